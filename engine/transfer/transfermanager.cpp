#include "engine/transfer/transfermanager.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include "engine/client/s3client.h"
#include "engine/transfer/listing.h"
#include "engine/transfer/localpath.h"
#include "engine/transfer/transfermanager_p.h"
#include "engine/transfer/transferstore.h"

namespace Transfer {

QString transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::Queued: return QStringLiteral("queued");
    case TransferState::Running: return QStringLiteral("running");
    case TransferState::Paused: return QStringLiteral("paused");
    case TransferState::Completed: return QStringLiteral("completed");
    case TransferState::Failed: return QStringLiteral("failed");
    case TransferState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString transferKindName(TransferKind kind)
{
    switch (kind) {
    case TransferKind::Upload: return QStringLiteral("upload");
    case TransferKind::Download: return QStringLiteral("download");
    case TransferKind::Copy: return QStringLiteral("copy");
    }
    return {};
}

namespace {

bool isFinal(TransferState s)
{
    return s == TransferState::Completed || s == TransferState::Failed || s == TransferState::Cancelled;
}

// A job whose work is a lambda: used for folder expansion.
class FolderEnqueueJob final : public Client::ResultJob<QList<qint64>>
{
public:
    std::function<void(FolderEnqueueJob *)> starter;
    QPointer<Client::Job> child;

    void done(Core::Result<QList<qint64>> result) { finishWith(std::move(result)); }

protected:
    void doStart() override { starter(this); }
    void doCancel() override
    {
        if (child) {
            child->disconnect(this);
            child->cancel();
            child->deleteLater();
        }
        doCancelResult();
    }
};

} // namespace

TransferManager::TransferManager(Client::S3Client &client, TransferSettings settings, QObject *parent)
    : QObject(parent)
    , m_client{client}
    , m_settings{settings}
{
    m_tokenClock.start();
    m_totalClock.start();
    m_client.transport().setMaxConnections(m_settings.maxConcurrentRequests);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &TransferManager::schedule);
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(50);
    connect(&m_commitTimer, &QTimer::timeout, this, &TransferManager::commitBatch);
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &TransferManager::tick);
}

TransferManager::~TransferManager()
{
    // Stop the network work without touching the queue file: Running rows resume next time.
    for (Task *t : std::as_const(m_tasks))
        t->stopWork();
    qDeleteAll(m_tasks);
    m_tasks.clear();
    m_pending.clear();
    commitBatch();
}

namespace {

bool isPending(TransferState state)
{
    return state == TransferState::Queued || state == TransferState::Running;
}

} // namespace

QList<Task *> TransferManager::runningTasks() const
{
    QList<Task *> running;
    for (Task *t : m_pending) {
        if (running.size() >= m_runningCount)
            break;
        if (t->info.state == TransferState::Running)
            running.append(t);
    }
    return running;
}

void TransferManager::addTask(Task *t)
{
    t->seq = m_nextSeq++;
    m_tasks.append(t);
    m_byId.insert(t->info.id, t);
    if (isPending(t->info.state)) // the newest: last in queue order
        m_pending.append(t);
    if (t->info.state == TransferState::Running)
        ++m_runningCount;
}

QString TransferManager::defaultQueueFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/transfers.db");
}

Core::Status TransferManager::open(const QString &queueFile)
{
    auto store = std::make_unique<TransferStore>();
    if (auto s = store->open(queueFile.isEmpty() ? defaultQueueFile() : queueFile); !s)
        return s;
    auto rows = store->loadAll();
    if (!rows)
        return std::unexpected(rows.error());
    m_store = std::move(store);
    for (TransferInfo &info : *rows) {
        if (info.state == TransferState::Running)
            info.state = TransferState::Queued;
        auto *t = new Task(*this, std::move(info));
        addTask(t);
        m_nextMemoryId = std::max(m_nextMemoryId, t->info.id + 1);
        emit transferAdded(t->info.id);
    }
    scheduleSoon();
    return {};
}

void TransferManager::setSettings(const TransferSettings &settings)
{
    m_settings = settings;
    m_client.transport().setMaxConnections(m_settings.maxConcurrentRequests);
    scheduleSoon();
}

Task *TransferManager::task(qint64 id) const
{
    return m_byId.value(id);
}

void TransferManager::openBatch()
{
    if (!m_store || m_store->inTransaction())
        return;
    if (auto s = m_store->begin(); !s) {
        qWarning("transfer queue: %s", qPrintable(s.error().message));
        return;
    }
    m_commitTimer.start();
}

void TransferManager::commitBatch()
{
    m_commitTimer.stop();
    if (m_store && m_store->inTransaction()) {
        if (auto s = m_store->commit(); !s)
            qWarning("transfer queue: %s", qPrintable(s.error().message));
    }
}

void TransferManager::persist(const TransferInfo &info)
{
    if (m_store) {
        openBatch();
        if (auto s = m_store->update(info); !s)
            qWarning("transfer queue: %s", qPrintable(s.error().message));
        // What a resume needs of a multi-piece transfer (its upload id, its finished parts) is
        // committed now; a small transfer lost from a batch by a crash just runs again.
        if (!info.uploadId.isEmpty() || (info.pieceSize > 0 && info.pieceSize < info.totalBytes))
            commitBatch();
    }
}

qint64 TransferManager::add(TransferInfo info)
{
    info.state = TransferState::Queued;
    if (m_store) {
        openBatch();
        if (auto s = m_store->insert(info); !s) {
            qWarning("transfer queue: %s", qPrintable(s.error().message));
            info.id = m_nextMemoryId;
        }
    } else {
        info.id = m_nextMemoryId;
    }
    m_nextMemoryId = std::max(m_nextMemoryId, info.id + 1);
    auto *t = new Task(*this, std::move(info));
    addTask(t);
    emit transferAdded(t->info.id);
    scheduleSoon();
    return t->info.id;
}

qint64 TransferManager::enqueueUpload(const QString &localPath, const QString &bucket, const QString &key)
{
    TransferInfo info;
    info.kind = TransferKind::Upload;
    info.localPath = QFileInfo(localPath).absoluteFilePath();
    info.bucket = bucket;
    info.key = key;
    return add(std::move(info));
}

qint64 TransferManager::enqueueDownload(const QString &bucket, const QString &key, const QString &localPath)
{
    TransferInfo info;
    info.kind = TransferKind::Download;
    info.localPath = QFileInfo(localPath).absoluteFilePath();
    info.bucket = bucket;
    info.key = key;
    return add(std::move(info));
}

qint64 TransferManager::enqueueListedDownload(const QString &bucket, const S3::ObjectEntry &entry, const QString &localPath)
{
    TransferInfo info;
    info.kind = TransferKind::Download;
    info.localPath = QFileInfo(localPath).absoluteFilePath();
    info.bucket = bucket;
    info.key = entry.key;
    info.totalBytes = entry.size;
    info.etag = entry.etag;
    info.remoteModified = entry.lastModified;
    return add(std::move(info));
}

qint64 TransferManager::enqueueCopy(const QString &sourceBucket, const QString &sourceKey, const QString &bucket,
                                    const QString &key)
{
    TransferInfo info;
    info.kind = TransferKind::Copy;
    info.sourceBucket = sourceBucket;
    info.sourceKey = sourceKey;
    info.bucket = bucket;
    info.key = key;
    return add(std::move(info));
}

qint64 TransferManager::enqueueStreamCopy(const QString &sourceEndpoint, const QString &sourceBucket,
                                          const QString &sourceKey, const QString &bucket, const QString &key)
{
    TransferInfo info;
    info.kind = TransferKind::Copy;
    info.sourceEndpoint = sourceEndpoint;
    info.sourceBucket = sourceBucket;
    info.sourceKey = sourceKey;
    info.bucket = bucket;
    info.key = key;
    return add(std::move(info));
}

void TransferManager::setSourceClient(const QString &sourceEndpoint, Client::S3Client *client)
{
    if (client)
        m_sourceClients.insert(sourceEndpoint, client);
    else
        m_sourceClients.remove(sourceEndpoint);
}

Client::ResultJob<QList<qint64>> *TransferManager::enqueueFolderUpload(const QString &localDir, const QString &bucket,
                                                                        const QString &prefix, PathFilter accept)
{
    auto *job = new FolderEnqueueJob;
    QPointer<TransferManager> self(this);
    QString keyPrefix = prefix;
    if (!keyPrefix.isEmpty() && !keyPrefix.endsWith(u'/'))
        keyPrefix += u'/';
    const QString root = QFileInfo(localDir).absoluteFilePath();
    job->starter = [self, root, bucket, keyPrefix, accept](FolderEnqueueJob *j) {
        auto *scan = new LocalScanJob(root);
        j->child = scan;
        QObject::connect(scan, &Client::Job::finished, j, [self, j, scan, root, bucket, keyPrefix, accept] {
            scan->deleteLater();
            if (!scan->result()) {
                j->done(std::unexpected(scan->result().error()));
                return;
            }
            if (!self) {
                j->done(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transfer manager destroyed")));
                return;
            }
            QList<qint64> ids;
            for (const LocalEntry &e : *scan->result()) {
                if (!accept || accept(e.relativePath))
                    ids.append(self->enqueueUpload(root + u'/' + e.relativePath, bucket, keyPrefix + e.relativePath));
            }
            j->done(ids);
        });
        scan->start();
    };
    return job;
}

Client::ResultJob<QList<qint64>> *TransferManager::enqueueFolderDownload(const QString &bucket, const QString &prefix,
                                                                          const QString &localDir, PathFilter accept)
{
    auto *job = new FolderEnqueueJob;
    QPointer<TransferManager> self(this);
    QString keyPrefix = prefix;
    if (!keyPrefix.isEmpty() && !keyPrefix.endsWith(u'/'))
        keyPrefix += u'/';
    const QString root = QFileInfo(localDir).absoluteFilePath();
    Client::S3Client *client = &m_client;
    job->starter = [self, client, root, bucket, keyPrefix, accept](FolderEnqueueJob *j) {
        auto *list = new ListAllObjectsJob(*client, bucket, keyPrefix);
        j->child = list;
        QObject::connect(list, &Client::Job::finished, j, [self, j, list, root, bucket, keyPrefix, accept] {
            list->deleteLater();
            if (!list->result()) {
                j->done(std::unexpected(list->result().error()));
                return;
            }
            if (!self) {
                j->done(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transfer manager destroyed")));
                return;
            }
            QList<qint64> ids;
            for (const S3::ObjectEntry &e : *list->result()) {
                if (e.key.endsWith(u'/'))
                    continue; // folder marker
                if (accept && !accept(e.key.mid(keyPrefix.size())))
                    continue;
                const std::optional<QString> path = localPathForKey(root, e.key.mid(keyPrefix.size()));
                if (!path) {
                    emit self->unsafeKeySkipped(bucket, e.key);
                    continue;
                }
                ids.append(self->enqueueListedDownload(bucket, e, *path));
            }
            j->done(ids);
        });
        list->start();
    };
    return job;
}

void TransferManager::setState(Task *t, TransferState state, const Core::Error &error)
{
    const TransferState old = t->info.state;
    m_runningCount += (state == TransferState::Running) - (old == TransferState::Running);
    if (isPending(old) != isPending(state)) {
        const auto at = std::lower_bound(m_pending.begin(), m_pending.end(), t,
                                         [](const Task *a, const Task *b) { return a->seq < b->seq; });
        if (isPending(state))
            m_pending.insert(at, t);
        else if (at != m_pending.end() && *at == t)
            m_pending.erase(at);
    }
    t->info.state = state;
    t->info.error = error;
    if (state != TransferState::Running) {
        t->info.bytesPerSecond = 0;
        t->info.etaSeconds = -1;
    }
    persist(t->info);
    emit stateChanged(t->info.id, state);
    scheduleSoon();
}

bool TransferManager::pause(qint64 id)
{
    Task *t = task(id);
    // A download's finalizer (write, verify, rename) cannot stop midway and is about to
    // complete the transfer: there is nothing left to pause.
    if (!t || (t->info.state != TransferState::Running && t->info.state != TransferState::Queued)
        || t->phase == Task::Phase::Aborting || t->finalizer)
        return false;
    t->stopWork();
    t->info.doneBytes = t->currentDone();
    setState(t, TransferState::Paused);
    return true;
}

bool TransferManager::resume(qint64 id)
{
    Task *t = task(id);
    if (!t || t->info.state != TransferState::Paused)
        return false;
    setState(t, TransferState::Queued);
    return true;
}

bool TransferManager::cancel(qint64 id)
{
    Task *t = task(id);
    if (!t || t->info.state == TransferState::Completed || t->info.state == TransferState::Cancelled
        || t->phase == Task::Phase::Aborting)
        return false;
    if (t->finalizer) {
        t->cancelWhileFinalizing();
        return true;
    }
    t->stopWork();
    if (t->info.kind == TransferKind::Download)
        QFile::remove(downloadTempPath(t->info.localPath));
    if (t->info.kind != TransferKind::Download && !t->info.uploadId.isEmpty()) {
        t->phase = Task::Phase::Aborting;
        ++m_abortingCount;
        auto *job = m_client.abortMultipartUpload(t->info.bucket, t->info.key, t->info.uploadId);
        t->control = job;
        connect(job, &Client::Job::finished, t, [this, t, job] {
            job->deleteLater();
            t->control = nullptr;
            t->phase = Task::Phase::Idle;
            --m_abortingCount;
            t->info.uploadId.clear();
            t->info.donePieces.clear();
            setState(t, TransferState::Cancelled, job->error().code == Core::ErrorCode::None ? Core::Error{} : job->error());
        });
        job->start();
        return true;
    }
    t->info.donePieces.clear();
    setState(t, TransferState::Cancelled);
    return true;
}

bool TransferManager::retry(qint64 id)
{
    Task *t = task(id);
    if (!t || (t->info.state != TransferState::Failed && t->info.state != TransferState::Cancelled))
        return false;
    setState(t, TransferState::Queued);
    return true;
}

bool TransferManager::remove(qint64 id)
{
    Task *t = task(id);
    if (!t || !isFinal(t->info.state) || t->phase == Task::Phase::Aborting)
        return false;
    if (m_store) {
        openBatch();
        m_store->remove(id);
    }
    m_tasks.removeOne(t);
    m_byId.remove(id);
    t->deleteLater();
    emit transferRemoved(id);
    return true;
}

void TransferManager::pauseAll()
{
    for (Task *t : QList<Task *>(m_tasks))
        pause(t->info.id);
}

void TransferManager::resumeAll()
{
    for (Task *t : QList<Task *>(m_tasks))
        resume(t->info.id);
}

QList<TransferInfo> TransferManager::transfers() const
{
    QList<TransferInfo> list;
    list.reserve(m_tasks.size());
    for (const Task *t : m_tasks) {
        TransferInfo info = t->info;
        if (info.state == TransferState::Running)
            info.doneBytes = t->currentDone();
        list.append(std::move(info));
    }
    return list;
}

std::optional<TransferInfo> TransferManager::transfer(qint64 id) const
{
    const Task *t = task(id);
    if (!t)
        return std::nullopt;
    TransferInfo info = t->info;
    if (info.state == TransferState::Running)
        info.doneBytes = t->currentDone();
    return info;
}

bool TransferManager::isIdle() const
{
    return m_pending.isEmpty() && m_abortingCount == 0;
}

qint64 TransferManager::totalBytes() const
{
    qint64 total = 0;
    for (const Task *t : m_tasks) {
        if (t->info.state == TransferState::Queued || t->info.state == TransferState::Running
            || t->info.state == TransferState::Paused)
            total += std::max<qint64>(t->info.totalBytes, 0);
    }
    return total;
}

qint64 TransferManager::doneBytes() const
{
    qint64 done = 0;
    for (const Task *t : m_tasks) {
        if (t->info.state == TransferState::Queued || t->info.state == TransferState::Running
            || t->info.state == TransferState::Paused)
            done += t->currentDone();
    }
    return done;
}

void TransferManager::scheduleSoon()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QMetaObject::invokeMethod(this, &TransferManager::schedule, Qt::QueuedConnection);
}

bool TransferManager::takeRequestSlot(qint64 bytes)
{
    if (m_requestsInFlight >= std::max(1, m_settings.maxConcurrentRequests))
        return false;
    if (const qint64 limit = m_settings.bandwidthLimit; limit > 0) {
        m_tokens = std::min(m_tokens + double(limit) * double(m_tokenClock.restart()) / 1000.0, double(limit));
        if (m_tokens < 0) {
            if (!m_paceTimer.isActive())
                m_paceTimer.start(int(-m_tokens * 1000.0 / double(limit)) + 1);
            return false;
        }
        m_tokens -= double(bytes);
    }
    ++m_requestsInFlight;
    return true;
}

void TransferManager::releaseRequestSlot()
{
    if (m_requestsInFlight > 0)
        --m_requestsInFlight;
}

void TransferManager::schedule()
{
    m_schedulePending = false;
    // Only pending tasks are looked at, and only as far as needed: the running ones (at most
    // maxActiveTransfers) and the first queued ones. Scanning every task made a pass O(queue)
    // and a long queue quadratic (a 20,000-file folder spent most of its CPU here).
    const int maxActive = std::max(1, m_settings.maxActiveTransfers);
    QList<Task *> toStart;
    for (Task *t : std::as_const(m_pending)) {
        if (m_runningCount + toStart.size() >= maxActive)
            break;
        if (t->info.state == TransferState::Queued)
            toStart.append(t);
    }
    for (Task *t : std::as_const(toStart)) {
        if (t->info.state != TransferState::Queued)
            continue; // changed by an earlier start()
        t->info.error = {};
        setState(t, TransferState::Running);
        t->start();
    }
    const QList<Task *> running = runningTasks();
    bool blocked = false;
    for (Task *t : running) {
        if (blocked)
            break;
        if (t->info.state != TransferState::Running)
            continue;
        for (int i = t->nextPiece(); i >= 0; i = t->nextPiece()) {
            if (!takeRequestSlot(t->pieces[i].length)) {
                blocked = true;
                break;
            }
            t->startPiece(i);
            if (t->info.state != TransferState::Running)
                break;
        }
    }
    const bool anyRunning = m_runningCount > 0;
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    const bool nowIdle = isIdle();
    if (nowIdle && !m_wasIdle) {
        commitBatch();
        m_ticker.stop();
        tick();
        m_wasIdle = true;
        emit idle();
    } else if (!nowIdle) {
        m_wasIdle = false;
    }
}

void TransferManager::tick()
{
    // A copy: a slot of progressChanged may change states (and so m_pending).
    const QList<Task *> running = runningTasks();
    for (Task *t : running) {
        if (t->info.state != TransferState::Running)
            continue;
        const qint64 done = t->currentDone();
        const qint64 ms = t->rateClock.elapsed();
        if (ms >= 200) {
            const double instant = double(done - t->rateBytes) * 1000.0 / double(ms);
            t->info.bytesPerSecond = t->info.bytesPerSecond <= 0 ? instant : 0.7 * t->info.bytesPerSecond + 0.3 * instant;
            t->rateBytes = done;
            t->rateClock.restart();
            t->info.etaSeconds = t->info.bytesPerSecond > 0 && t->info.totalBytes >= 0
                ? qint64(double(t->info.totalBytes - done) / t->info.bytesPerSecond)
                : -1;
        }
        if (done != t->lastReportedDone) {
            t->lastReportedDone = done;
            emit progressChanged(t->info.id, done, t->info.totalBytes);
        }
    }
    const qint64 done = doneBytes();
    const qint64 ms = m_totalClock.elapsed();
    if (ms >= 200) {
        m_totalRate = std::max(0.0, double(done - m_lastTotalDone) * 1000.0 / double(ms));
        m_lastTotalDone = done;
        m_totalClock.restart();
    }
    emit totalProgressChanged(done, totalBytes(), m_totalRate);
}

} // namespace Transfer
