#pragma once

#include <optional>

#include <QFutureWatcher>
#include <QHash>
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
    RemoteToRemote, // sync s3://bucket/prefix s3://bucket/prefix (same endpoint or another)
};

enum class SyncAction
{
    Upload,
    Download,
    DeleteRemote,
    DeleteLocal,
    Copy, // remote to remote: server-side on one endpoint, streamed between two
};

QString syncActionName(SyncAction action); // "upload", "download", "copy", "delete"

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
    // --checksum: items of the same size are compared by content (a file's MD5s against the
    // object's ETag; two objects' ETags), not by time. Where the content cannot be compared (a
    // multipart ETag whose part size is not found, an ETag that is not an MD5), time decides.
    bool compareChecksums = false;
};

// One step of a sync plan.
struct SyncItem
{
    SyncAction action = SyncAction::Upload;
    QString relativePath; // '/'-separated, relative to the folder and the prefix
    QString localPath;    // absolute
    QString key;          // full object key (the destination's for a copy)
    QString sourceKey;    // full source key of a copy, else empty
    qint64 size = 0;      // bytes to move (0 for deletes)
    QString reason;       // "new", "size", "newer", "checksum", "extra"
    bool operator==(const SyncItem &) const = default;
};

struct SyncPlan
{
    SyncDirection direction = SyncDirection::LocalToRemote;
    QString localRoot;
    QString bucket;
    QString prefix; // "" or ending with '/'
    QList<SyncItem> items; // sorted by relative path
    // RemoteToLocal only: keys left out because they cannot be a local path inside localRoot
    // (a "." or ".." segment, a NUL; see localPathForKey).
    QStringList unsafeKeys;
    // RemoteToRemote only: where copies come from. An empty sourceEndpoint means the same
    // endpoint (server-side copies); otherwise the name of a client registered with
    // TransferManager::setSourceClient (streamed copies).
    QString sourceBucket;
    QString sourcePrefix;
    QString sourceEndpoint;
};

// The pure comparison (aws-cli's rules): a source item is copied when the destination lacks it,
// when the sizes differ, or when the source is newer (modification time vs LastModified, in
// whole seconds). With deleteExtra, destination items without a source are deleted. Keys ending
// in '/' (folder markers) are ignored. O(n log n).
// With options.compareChecksums, sameContent says for relative paths of equal size whether the
// file's content matches the object's ETag (see fileMatchesEtag()); a path it lacks falls back
// to the time rule.
SyncPlan computeSyncPlan(SyncDirection direction, const QString &localRoot, const QList<LocalEntry> &local,
                         const QString &bucket, const QString &prefix, const QList<S3::ObjectEntry> &remote,
                         const SyncOptions &options, const QHash<QString, bool> &sameContent = {});

// Whether the file's bytes are those the ETag was computed from: its MD5 for a plain ETag; for
// a multipart ETag ("...-N") the MD5 of the part MD5s, for each usual part size that gives N
// parts (8, 5 and 16 MiB, partSizeHint, and the size split evenly in whole MiB). nullopt: cannot
// tell (no part size fits, the ETag is not an MD5, the file cannot be read). Reads the file: run
// it on a worker thread.
std::optional<bool> fileMatchesEtag(const QString &path, qint64 size, const QString &etag, qint64 partSizeHint = 0);

// The same comparison between two prefixes (aws-cli's rules for s3 to s3): a source object is
// copied when the destination lacks it, when the sizes differ, or when the source's LastModified
// is later than the destination's (so a second run after a copy changes nothing). With
// deleteExtra, destination objects without a source are deleted. O(n log n).
SyncPlan computeRemoteSyncPlan(const QString &sourceBucket, const QString &sourcePrefix,
                               const QList<S3::ObjectEntry> &source, const QString &bucket, const QString &prefix,
                               const QList<S3::ObjectEntry> &destination, const SyncOptions &options);

// Scans the folder (thread pool) and lists the prefix at the same time, then computes the plan.
// Lives in the client's thread; the caller owns it.
class SyncPlanJob final : public Client::ResultJob<SyncPlan>
{
    Q_OBJECT
public:
    SyncPlanJob(Client::S3Client &client, SyncDirection direction, QString localRoot, QString bucket, QString prefix,
                SyncOptions options = {}, QObject *parent = nullptr);
    // RemoteToRemote: lists both prefixes at once. `sourceEndpoint` is stored in the plan (empty
    // when sourceClient is the destination's client).
    SyncPlanJob(Client::S3Client &sourceClient, QString sourceEndpoint, QString sourceBucket, QString sourcePrefix,
                Client::S3Client &client, QString bucket, QString prefix, SyncOptions options = {},
                QObject *parent = nullptr);

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
    Client::S3Client *m_sourceClient = nullptr; // RemoteToRemote
    QString m_sourceEndpoint;
    QString m_sourceBucket;
    QString m_sourcePrefix;
    QPointer<LocalScanJob> m_scan;
    QPointer<ListAllObjectsJob> m_list;
    QPointer<ListAllObjectsJob> m_sourceList;
    QPointer<QFutureWatcher<QHash<QString, bool>>> m_compare; // --checksum: files hashed on the pool
    std::optional<QHash<QString, bool>> m_sameContent;
    std::optional<Core::Result<QList<LocalEntry>>> m_local;
    std::optional<Core::Result<QList<S3::ObjectEntry>>> m_remote;
    std::optional<Core::Result<QList<S3::ObjectEntry>>> m_source;
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
