#pragma once

#include <functional>

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "engine/client/job.h"
#include "engine/core/error.h"
#include "engine/s3/xml/listingdocuments.h"
#include "engine/transfer/transfertypes.h"

namespace Client {
class S3Client;
} // namespace Client

namespace Transfer {

class Task;
class TransferStore;

// The transfer queue: uploads, downloads and server-side copies run through one S3Client with
// a global limit on active transfers and on part/range requests in flight, multipart uploads
// and parallel ranged downloads, pause/resume/cancel/retry, checksum verification and a
// bandwidth limit. The queue and each transfer's resume state (upload id, completed parts and
// their ETags, completed ranges) live in a SQLite file, so a new manager on the same file
// continues what an earlier one left: transfers that were Running restart from their completed
// pieces.
//
// Bandwidth limit: a token bucket paces the *start* of each part or range request (a request
// of N bytes may start when the bucket is not in debt and then takes N tokens), so the rate is
// exact on average over a few parts but bursty within one part.
//
// Never blocks on the network; hashing runs on the thread pool, and so does the whole local side
// of a download of up to 1 MiB (received into memory, then written, verified against its ETag and
// renamed into place on the pool, with its request slot held). Queue-file writes are short
// synchronous SQLite statements (WAL, synchronous=NORMAL). Lives in the thread of the S3Client
// (normally the GUI thread); owned by the caller, who keeps the S3Client alive longer.
// Destroying the manager stops the network work but leaves the queue file as it was, so the
// transfers resume with the next manager.
class TransferManager final : public QObject
{
    Q_OBJECT
public:
    TransferManager(Client::S3Client &client, TransferSettings settings = {}, QObject *parent = nullptr);
    ~TransferManager() override;

    // Opens the queue file (default QStandardPaths::AppDataLocation/transfers.db), loads its
    // transfers and starts the ones that were Queued or Running. Without open() the queue is
    // kept in memory only. DatabaseError when the file cannot be used.
    Core::Status open(const QString &queueFile = {});
    static QString defaultQueueFile();

    const TransferSettings &settings() const { return m_settings; }
    void setSettings(const TransferSettings &settings);

    // Adds a transfer in state Queued and returns its id; it starts when a slot is free.
    // The arguments are checked when the transfer runs (a missing file fails it then).
    qint64 enqueueUpload(const QString &localPath, const QString &bucket, const QString &key);
    qint64 enqueueDownload(const QString &bucket, const QString &key, const QString &localPath);
    // A download of an object a listing returned: its size, ETag and date are taken from the
    // entry, so no HEAD is sent (each GET still checks the ETag; a changed object fails the
    // transfer with PreconditionFailed and a retry starts from a HEAD).
    qint64 enqueueListedDownload(const QString &bucket, const S3::ObjectEntry &entry, const QString &localPath);
    // A server-side copy on this endpoint: CopyObject, or UploadPartCopy in parts for sources
    // larger than TransferSettings::copyMultipartThreshold (5 GiB), keeping the source's
    // metadata and tags.
    qint64 enqueueCopy(const QString &sourceBucket, const QString &sourceKey, const QString &bucket, const QString &key);
    // A copy from another endpoint, streamed through this process piece by piece (ranged GET
    // into memory, then UploadPart or PutObject with Content-MD5): never staged on disk, and at
    // most maxConcurrentRequests pieces in memory. `sourceEndpoint` names a client registered
    // with setSourceClient(); a transfer whose source is not registered when it runs fails with
    // InvalidConfiguration (register it again before open() to resume after a restart).
    qint64 enqueueStreamCopy(const QString &sourceEndpoint, const QString &sourceBucket, const QString &sourceKey,
                             const QString &bucket, const QString &key);
    // The client for another endpoint's name (not owned; must outlive the manager; nullptr removes).
    void setSourceClient(const QString &sourceEndpoint, Client::S3Client *client);
    // Expands a folder into one upload per file (keys = prefix + relative path with '/') or a
    // prefix into one download per object (paths = folder + key without the prefix). The
    // returned job (owned by the caller) finishes once the items are queued; its result holds
    // their ids.
    // `accept`, when set, is asked for each path relative to the folder / prefix ('/'-separated)
    // and leaves out those it refuses (cp --recursive --exclude/--include).
    using PathFilter = std::function<bool(const QString &relativePath)>;
    Client::ResultJob<QList<qint64>> *enqueueFolderUpload(const QString &localDir, const QString &bucket,
                                                          const QString &prefix, PathFilter accept = {});
    Client::ResultJob<QList<qint64>> *enqueueFolderDownload(const QString &bucket, const QString &prefix,
                                                            const QString &localDir, PathFilter accept = {});

    // Running/Queued -> Paused (in-flight requests are dropped; completed pieces are kept).
    bool pause(qint64 id);
    // Paused -> Queued.
    bool resume(qint64 id);
    // -> Cancelled; aborts the multipart upload (the state changes once the abort answered)
    // and removes a partial download.
    bool cancel(qint64 id);
    // Failed/Cancelled -> Queued, keeping the resume state of a failed transfer.
    bool retry(qint64 id);
    // Forgets a finished (Completed/Failed/Cancelled) transfer.
    bool remove(qint64 id);
    void pauseAll();
    void resumeAll();

    QList<TransferInfo> transfers() const; // in queue order
    std::optional<TransferInfo> transfer(qint64 id) const;
    // Whether nothing is Queued or Running (also while a cancel's abort is pending: false).
    bool isIdle() const;
    qint64 totalBytes() const; // over the transfers not finished
    qint64 doneBytes() const;

signals:
    void transferAdded(qint64 id);
    void transferRemoved(qint64 id);
    void stateChanged(qint64 id, Transfer::TransferState state);
    // Throttled to about 5 a second per transfer (and once at the end).
    void progressChanged(qint64 id, qint64 done, qint64 total);
    void totalProgressChanged(qint64 done, qint64 total, double bytesPerSecond);
    // Emitted when the last Queued/Running transfer reached another state.
    void idle();
    // A folder download left out a key that cannot be a local path inside the target folder
    // (a "." or ".." segment, a NUL; see localPathForKey).
    void unsafeKeySkipped(const QString &bucket, const QString &key);

private:
    friend class Task;
    Task *task(qint64 id) const;
    qint64 add(TransferInfo info);
    void persist(const TransferInfo &info);
    // Queue-file writes of small transfers are grouped into one transaction committed within
    // 50 ms (and when the queue goes idle); the resume state of multi-piece transfers (upload id, parts) commits at once.
    void openBatch();
    void commitBatch();
    void setState(Task *task, TransferState state, const Core::Error &error = {});
    void scheduleSoon();
    void schedule();
    bool takeRequestSlot(qint64 bytes);
    void releaseRequestSlot();
    void tick();

    Client::S3Client &m_client;
    QHash<QString, QPointer<Client::S3Client>> m_sourceClients;
    TransferSettings m_settings;
    std::unique_ptr<TransferStore> m_store;
    QList<Task *> m_tasks; // queue order; children of this
    // The queued and running tasks, in queue order (by Task::seq), and counts kept by setState():
    // a pass of the scheduler looks at these, not at every finished transfer of a long queue.
    QList<Task *> m_pending;
    int m_runningCount = 0;
    int m_abortingCount = 0;
    quint64 m_nextSeq = 0;
    void addTask(Task *t);
    QList<Task *> runningTasks() const; // in queue order, from m_pending
    QHash<qint64, Task *> m_byId;
    qint64 m_nextMemoryId = 1;
    int m_requestsInFlight = 0;
    bool m_schedulePending = false;
    bool m_wasIdle = true;
    double m_tokens = 0;
    QElapsedTimer m_tokenClock;
    QTimer m_paceTimer;
    QTimer m_commitTimer;
    QTimer m_ticker;
    qint64 m_lastTotalDone = 0;
    QElapsedTimer m_totalClock;
    double m_totalRate = 0;
};

} // namespace Transfer
