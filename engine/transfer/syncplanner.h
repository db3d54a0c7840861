#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

#include "engine/client/job.h"
#include "engine/transfer/listing.h"

namespace Client {
class S3Client;
} // namespace Client

namespace Transfer {

class TransferManager;

enum class SyncDirection
{
    LocalToRemote, // sync DIR s3://bucket/prefix
    RemoteToLocal, // sync s3://bucket/prefix DIR
};

enum class SyncAction
{
    Upload,
    Download,
    DeleteRemote,
    DeleteLocal,
};

QString syncActionName(SyncAction action); // "upload", "download", "delete"

// One --include or --exclude pattern (aws-cli's rules): '*' matches any run of characters,
// '/' included, '?' one character, [abc] / [!abc] a class; matched against the whole path
// relative to the folder and the prefix.
struct SyncFilter
{
    bool include = false;
    QString pattern;
    bool operator==(const SyncFilter &) const = default;
};

// Whether the glob matches the whole text. O(n*m) at worst, no recursion.
bool globMatches(QStringView pattern, QStringView text);
// Whether a relative path takes part: everything does, then each filter in order that matches
// it decides (so later filters win, as in aws-cli).
bool passesFilters(const QString &relativePath, const QList<SyncFilter> &filters);

struct SyncOptions
{
    bool deleteExtra = false; // --delete: remove destination items the source lacks
    QList<SyncFilter> filters; // --exclude/--include in command-line order; filtered-out paths are
                               // neither copied nor deleted
};

// One step of a sync plan.
struct SyncItem
{
    SyncAction action = SyncAction::Upload;
    QString relativePath; // '/'-separated, relative to the folder and the prefix
    QString localPath;    // absolute
    QString key;          // full object key
    qint64 size = 0;      // bytes to move (0 for deletes)
    QString reason;       // "new", "size", "newer", "extra"
    bool operator==(const SyncItem &) const = default;
};

struct SyncPlan
{
    SyncDirection direction = SyncDirection::LocalToRemote;
    QString localRoot;
    QString bucket;
    QString prefix; // "" or ending with '/'
    QList<SyncItem> items; // sorted by relative path
};

// The pure comparison (aws-cli's rules): a source item is copied when the destination lacks it,
// when the sizes differ, or when the source is newer (modification time vs LastModified, in
// whole seconds). With deleteExtra, destination items without a source are deleted. Keys ending
// in '/' (folder markers) are ignored. O(n log n).
SyncPlan computeSyncPlan(SyncDirection direction, const QString &localRoot, const QList<LocalEntry> &local,
                         const QString &bucket, const QString &prefix, const QList<S3::ObjectEntry> &remote,
                         const SyncOptions &options);

// Scans the folder (thread pool) and lists the prefix at the same time, then computes the plan.
// Lives in the client's thread; the caller owns it.
class SyncPlanJob final : public Client::ResultJob<SyncPlan>
{
    Q_OBJECT
public:
    SyncPlanJob(Client::S3Client &client, SyncDirection direction, QString localRoot, QString bucket, QString prefix,
                SyncOptions options = {}, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void maybeFinish();

    Client::S3Client &m_client;
    SyncDirection m_direction;
    QString m_localRoot;
    QString m_bucket;
    QString m_prefix;
    SyncOptions m_options;
    QPointer<LocalScanJob> m_scan;
    QPointer<ListAllObjectsJob> m_list;
    std::optional<Core::Result<QList<LocalEntry>>> m_local;
    std::optional<Core::Result<QList<S3::ObjectEntry>>> m_remote;
};

struct SyncSummary
{
    int transferred = 0;
    int deleted = 0;
    int failed = 0;
    Core::Error firstError; // of the first failure
};

// Runs a plan: transfers go through the manager's queue, remote deletes are one DeleteObjects
// call, local deletes are file removals. Finishes when every queued transfer reached a final
// state; fails (with the first error in the summary) when anything failed. The manager and
// client must outlive the job; the caller owns it.
class SyncExecuteJob final : public Client::ResultJob<SyncSummary>
{
    Q_OBJECT
public:
    SyncExecuteJob(TransferManager &manager, Client::S3Client &client, SyncPlan plan, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void handleStateChanged(qint64 id);
    void maybeFinish();

    TransferManager &m_manager;
    Client::S3Client &m_client;
    SyncPlan m_plan;
    QSet<qint64> m_pending;
    bool m_deletesPending = false;
    QPointer<Client::Job> m_delete;
    SyncSummary m_summary;
};

} // namespace Transfer
