#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "engine/client/job.h"
#include "engine/client/s3client.h"
#include "engine/transfer/timetravel.h"

namespace Transfer {

// Bulk work on many objects of one bucket: delete, change storage class, copy (or move) and
// restore from Glacier for a selection of keys and folders (prefixes), and the restore of a
// folder to a moment (timetravel.h plans it). The flow is: collect (list what a selection
// covers), plan (pure, below), estimate (objects, bytes, requests; shown before starting),
// then run a BulkJob. No widgets; the GUI shows the estimate and the job's progress.

enum class BulkAction
{
    Delete,
    ChangeStorageClass,
    Copy,
    RestoreFromGlacier,
};

// One object-level step. Plain value.
struct BulkOperation
{
    enum class Kind
    {
        Delete,             // DeleteObject(s) of key (versionId set: that version or marker, permanently)
        Copy,               // CopyObject key (versionId: source version) -> destBucket/destKey
        ChangeStorageClass, // CopyObject of key onto itself with storageClass
        Restore,            // RestoreObject of an archived (GLACIER, DEEP_ARCHIVE) key
    };
    Kind kind = Kind::Delete;
    QString key;
    QString versionId;
    QString destBucket; // Copy
    QString destKey;    // Copy
    bool moveSource = false; // Copy: delete the source key once copied (a move)
    qint64 size = 0;         // bytes the step copies or restores (0 for deletes)

    bool operator==(const BulkOperation &) const = default;
};

struct BulkOptions
{
    QString storageClass;  // ChangeStorageClass: "STANDARD_IA", "GLACIER", ...
    QString destBucket;    // Copy
    QString destPrefix;    // Copy: destination folder ("" or ending in '/')
    QString sourceBase;    // Copy: the part of each key replaced by destPrefix (the folder shown)
    bool move = false;     // Copy: delete the sources afterwards
    int restoreDays = 7;   // RestoreFromGlacier
    S3::RestoreRequest::Tier restoreTier = S3::RestoreRequest::Tier::Standard;
};

// What a plan will take. Requests count the listing pages already read plus the S3 calls the
// job will make (deletes are batched 1000 keys per DeleteObjects call).
struct BulkEstimate
{
    qint64 objects = 0;  // objects the job touches
    qint64 bytes = 0;    // bytes copied or restored; for deletes the bytes of the deleted objects
    qint64 requests = 0; // S3 calls of the job
    qint64 skipped = 0;  // selected objects the action does not apply to (e.g. not archived)

    bool operator==(const BulkEstimate &) const = default;
};

// Maximum keys in one DeleteObjects call (AWS's limit).
inline constexpr int kBulkDeleteBatch = 1000;
// Streamed copies between endpoints: one PutObject up to this size, else multipart pieces.
inline constexpr qint64 kStreamSinglePutMax = 64LL * 1024 * 1024;
inline constexpr qint64 kStreamPieceSize = 16LL * 1024 * 1024;

// Pure planning. Objects in `entries` outside the action's reach are left out (Restore: not
// GLACIER/DEEP_ARCHIVE; ChangeStorageClass: already in that class, or archived).
QList<BulkOperation> planBulk(BulkAction action, const QList<S3::ObjectEntry> &entries, const BulkOptions &options);
// The steps of a point-in-time restore (timetravel.h) as bulk operations on one bucket.
QList<BulkOperation> planFromPointInTime(const QList<PointInTimeAction> &actions);
// Counts of a plan; `deleteBytes` are the sizes of the deleted objects when known (by key).
BulkEstimate estimateBulk(const QList<BulkOperation> &operations, qint64 deleteBytes = 0);

// What a selection covers: the objects listed plus how many listing requests it took.
struct BulkListing
{
    QList<S3::ObjectEntry> entries; // in selection order, each prefix in key order
    qint64 listRequests = 0;
};

// Lists every object a selection covers: the given objects as they are, plus every object under
// each prefix (ListObjectsV2 without delimiter, all pages, one prefix after another). Network
// work is asynchronous; nothing blocks the caller's thread. Lives in the client's thread; the
// caller owns it.
class CollectSelectionJob final : public Client::ResultJob<BulkListing>
{
    Q_OBJECT
public:
    CollectSelectionJob(Client::S3Client &client, QString bucket, QList<S3::ObjectEntry> objects, QStringList prefixes,
                        QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void fetch(const QString &token);

    QPointer<Client::S3Client> m_client;
    QString m_bucket;
    QStringList m_prefixes;
    BulkListing m_listing;
    int m_next = 0;
    QPointer<Client::Job> m_page;
};

// Every version and delete marker under a prefix (ListObjectVersions, all pages), newest first
// per key as listed. Lives in the client's thread; the caller owns it.
class ListAllVersionsJob final : public Client::ResultJob<QList<S3::VersionEntry>>
{
    Q_OBJECT
public:
    ListAllVersionsJob(Client::S3Client &client, QString bucket, QString prefix, QObject *parent = nullptr);
    qint64 pages() const { return m_pages; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void fetch(const QString &keyMarker, const QString &versionIdMarker);

    QPointer<Client::S3Client> m_client;
    QString m_bucket;
    QString m_prefix;
    QList<S3::VersionEntry> m_entries;
    qint64 m_pages = 0;
    QPointer<Client::Job> m_page;
};

// Copies one object from one endpoint to another through this process (streamcopy.h's
// StreamPieceJob): a single PutObject up to kStreamSinglePutMax, else a multipart upload of
// kStreamPieceSize pieces sent one after another (aborted on failure or cancel). Lives in the
// clients' thread; the caller owns it.
class StreamObjectJob final : public Client::VoidJob
{
    Q_OBJECT
public:
    StreamObjectJob(Client::S3Client &source, Client::S3Client &destination, QString sourceBucket, QString sourceKey,
                    QString bucket, QString key, qint64 size, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void sendPiece(int index);
    void abortUpload();

    QPointer<Client::S3Client> m_source;
    QPointer<Client::S3Client> m_destination;
    QString m_sourceBucket;
    QString m_sourceKey;
    QString m_bucket;
    QString m_key;
    qint64 m_size = 0;
    QString m_uploadId;
    QList<S3::CompletedPart> m_parts;
    QPointer<Client::Job> m_step;
};

// How a bulk job ended: objects done and the ones that failed.
struct BulkOutcome
{
    struct Failure
    {
        QString key;
        Core::Error error;
    };
    qint64 succeeded = 0;
    QList<Failure> failures;
};

// Runs bulk operations on one bucket with at most `concurrency` requests in flight: deletes in
// DeleteObjects calls of up to 1000 keys, the other steps one request each; moves delete their
// sources (in batches) after every copy has been tried, and only the sources that copied.
// progress() counts objects (done, total). Failures of single objects do not stop the job; it
// finishes with the first failure's error when any failed (outcome() has them all) and with
// Cancelled after cancel() (requests in flight are aborted; finished steps stay done).
// Lives in the client's thread; the caller owns it; the client must outlive it.
class BulkJob final : public Client::ResultJob<BulkOutcome>
{
    Q_OBJECT
public:
    BulkJob(Client::S3Client &client, QString bucket, QList<BulkOperation> operations, BulkOptions options = {},
            QObject *parent = nullptr);
    // Selection mode (used by drag and drop): the job first lists the prefixes (as
    // CollectSelectionJob does) and plans `action` on what it finds with the job's options;
    // `operations` given to the constructor run as well.
    void setSelection(BulkAction action, QList<S3::ObjectEntry> objects, QStringList prefixes);
    // Copies to another endpoint: Copy steps are streamed through this process (a ranged GET
    // on this job's client, a PUT on `destination`; objects above kStreamSinglePutMax go as
    // multipart uploads of kStreamPieceSize pieces, one piece in memory at a time). Null or the
    // same client: CopyObject on the server. Not owned; must outlive the job.
    void setDestinationClient(Client::S3Client *destination);
    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }
    const BulkOutcome &outcome() const { return m_outcome; }
    // The steps that have not succeeded (failed, cancelled or not started), for a retry; a move
    // whose copy succeeded comes back as the delete of its source.
    QList<BulkOperation> remainingOperations() const;
    qint64 totalObjects() const { return m_total; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void addOperations(QList<BulkOperation> operations);
    void pump();
    void startOne(qsizetype index);
    Client::Job *startStreamCopy(const BulkOperation &op);
    void startDeleteBatch(qsizetype first, qsizetype count);
    void stepDone(qint64 objects);
    void fail(const QString &key, const Core::Error &error);

    QPointer<Client::S3Client> m_client;
    QPointer<Client::S3Client> m_destination;
    QString m_bucket;
    BulkOptions m_options;
    bool m_collect = false;
    BulkAction m_action = BulkAction::Delete;
    QList<S3::ObjectEntry> m_selectedObjects;
    QStringList m_selectedPrefixes;
    QList<BulkOperation> m_singles;          // non-delete steps, in order
    QList<S3::ObjectIdentifier> m_deletes;   // delete steps, batched later
    QList<S3::ObjectIdentifier> m_moveDeletes; // sources of finished moves
    QList<bool> m_singleDone;
    QList<bool> m_deleteDone;
    qsizetype m_nextSingle = 0;
    qsizetype m_nextDelete = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_concurrency = 4;
    QList<QPointer<Client::Job>> m_running;
    BulkOutcome m_outcome;
};

} // namespace Transfer
