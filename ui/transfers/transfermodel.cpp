#include "ui/transfers/transfermodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/common/errortext.h"
#include "ui/common/format.h"

namespace Gui {

namespace {

struct ScannedFile
{
    QString path;
    QString relativeKey;
    qint64 size = 0;
};

// Pool thread: expands folders into files with their paths relative to the dropped item's parent.
QList<ScannedFile> scanPaths(const QStringList &paths)
{
    QList<ScannedFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir base = info.absoluteDir();
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QFileInfo f = it.fileInfo();
                files.append({f.absoluteFilePath(), base.relativeFilePath(f.absoluteFilePath()), f.size()});
            }
        } else if (info.isFile()) {
            files.append({info.absoluteFilePath(), info.fileName(), info.size()});
        }
    }
    return files;
}

} // namespace

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_tick.setInterval(200); // ~5 updates a second
    connect(&m_tick, &QTimer::timeout, this, &TransferModel::publish);
}

TransferModel::~TransferModel()
{
    for (Item &item : m_items)
        stopJob(item);
}

int TransferModel::append(Item item)
{
    item.id = m_nextId++;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(std::move(item));
    endInsertRows();
    schedule();
    return row;
}

int TransferModel::addUpload(Client::S3Client *client, const QString &localPath, const QString &bucket,
                             const QString &key, qint64 size)
{
    Item item;
    item.client = client;
    item.direction = Direction::Upload;
    item.localPath = localPath;
    item.bucket = bucket;
    item.key = key;
    item.size = size;
    return append(std::move(item));
}

void TransferModel::addUploads(Client::S3Client *client, const QStringList &localPaths, const QString &bucket,
                               const QString &prefix)
{
    QPointer<TransferModel> self(this);
    QPointer<Client::S3Client> target(client);
    // The watcher-free form: the pool task posts its result back to the GUI thread.
    (void)QtConcurrent::run([self, target, localPaths, bucket, prefix] {
        const QList<ScannedFile> files = scanPaths(localPaths);
        QMetaObject::invokeMethod(self.data(), [self, target, files, bucket, prefix] {
            if (!self || !target)
                return;
            for (const ScannedFile &file : files)
                self->addUpload(target, file.path, bucket, prefix + file.relativeKey, file.size);
        }, Qt::QueuedConnection);
    });
}

int TransferModel::addDownload(Client::S3Client *client, const QString &bucket, const QString &key, qint64 size,
                               const QString &localPath)
{
    Item item;
    item.client = client;
    item.direction = Direction::Download;
    item.localPath = localPath;
    item.bucket = bucket;
    item.key = key;
    item.size = size;
    return append(std::move(item));
}

int TransferModel::addOperation(const QString &title, const QString &summary, std::function<Client::Job *()> factory)
{
    Item item;
    item.direction = Direction::Operation;
    item.key = title;
    item.summary = summary;
    item.factory = std::move(factory);
    return append(std::move(item));
}

int TransferModel::rowOfId(quint64 id) const
{
    // Rows only move on clearFinished(); a linear scan over the queue is fine at its sizes.
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

int TransferModel::activeCount() const
{
    return int(std::ranges::count_if(m_items, [](const Item &i) { return i.state == State::Running; }));
}

void TransferModel::schedule()
{
    int running = activeCount();
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).state == State::Queued && m_items.at(row).direction == Direction::Operation) {
            startItem(row); // bulk jobs pace their own requests; they take no transfer slot
            continue;
        }
        if (m_items.at(row).state == State::Queued && running < m_maxConcurrent) {
            startItem(row);
            ++running;
        }
    }
    if (running > 0 && !m_tick.isActive())
        m_tick.start();
}

template <typename J, typename F>
void TransferModel::runJob(Item &item, J *job, F onDone)
{
    item.job = job;
    const quint64 id = item.id;
    connect(job, &Client::Job::progress, this, [this, id](qint64 done, qint64) {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        Item &it = m_items[row];
        it.done = it.doneParts + done;
        markDirty(row);
    });
    connect(job, &Client::Job::finished, this, [this, id, job, onDone] {
        job->deleteLater();
        const int row = rowOfId(id);
        if (row < 0 || m_items.at(row).job != job)
            return;
        m_items[row].job = nullptr;
        onDone(job);
    });
    job->start();
}

void TransferModel::startItem(int row)
{
    Item &item = m_items[row];
    item.state = State::Running;
    item.error = {};
    item.clock.start();
    item.rateBase = item.done;
    item.rate = 0;
    markDirty(row);
    if (item.direction == Direction::Operation) {
        startOperation(item);
        return;
    }
    if (!item.client) {
        finishItem(item.id, Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("connection closed")));
        return;
    }
    if (item.direction == Direction::Download) {
        startDownload(item);
        return;
    }
    if (item.size < 0)
        item.size = QFileInfo(item.localPath).size(); // one stat, only for rows added without a size
    if (item.size > m_multipartThreshold)
        startMultipart(item);
    else
        startSimpleUpload(item);
}

void TransferModel::startSimpleUpload(Item &item)
{
    item.done = 0;
    item.doneParts = 0;
    Client::PutObjectRequest request;
    request.bucket = item.bucket;
    request.key = item.key;
    request.body = Client::RequestBody::fromFile(item.localPath); // read by the transport, not here
    const quint64 id = item.id;
    runJob(item, item.client->putObject(request), [this, id](Client::PutObjectJob *job) {
        const int row = rowOfId(id);
        if (job->result()) {
            S3::ObjectEntry entry;
            entry.key = m_items.at(row).key;
            entry.size = m_items.at(row).size;
            entry.etag = job->result()->etag;
            entry.lastModified = QDateTime::currentDateTimeUtc();
            finishItem(id, {});
            emit uploadFinished(m_items.at(rowOfId(id)).client, m_items.at(rowOfId(id)).bucket, entry);
        } else {
            finishItem(id, job->result().error());
        }
    });
}

void TransferModel::startMultipart(Item &item)
{
    if (!item.uploadId.isEmpty()) {
        uploadNextPart(item.id); // resume after a pause: finished parts are kept
        return;
    }
    // AWS allows 10,000 parts: grow the part size for huge files.
    m_partSize = std::max(m_partSize, (item.size + 9999) / 10000);
    const quint64 id = item.id;
    runJob(item, item.client->createMultipartUpload(item.bucket, item.key), [this, id](Client::CreateMultipartUploadJob *job) {
        if (!job->result()) {
            finishItem(id, job->result().error());
            return;
        }
        m_items[rowOfId(id)].uploadId = job->result()->uploadId;
        uploadNextPart(id);
    });
}

void TransferModel::uploadNextPart(quint64 id)
{
    const int row = rowOfId(id);
    Item &item = m_items[row];
    if (item.state != State::Running)
        return;
    const qint64 offset = qint64(item.parts.size()) * m_partSize;
    if (offset >= item.size) {
        completeMultipart(id);
        return;
    }
    const qint64 length = std::min(m_partSize, item.size - offset);
    const int partNumber = int(item.parts.size()) + 1;
    item.doneParts = offset;
    auto *job = item.client->uploadPart(item.bucket, item.key, item.uploadId, partNumber,
                                        Client::RequestBody::fromFile(item.localPath, offset, length));
    runJob(item, job, [this, id, length](Client::UploadPartJob *j) {
        if (!j->result()) {
            finishItem(id, j->result().error());
            return;
        }
        Item &it = m_items[rowOfId(id)];
        S3::CompletedPart part;
        part.partNumber = j->result()->partNumber;
        part.etag = j->result()->etag;
        it.parts.append(part);
        it.doneParts += length;
        it.done = it.doneParts;
        uploadNextPart(id);
    });
}

void TransferModel::completeMultipart(quint64 id)
{
    Item &item = m_items[rowOfId(id)];
    auto *job = item.client->completeMultipartUpload(item.bucket, item.key, item.uploadId, item.parts);
    runJob(item, job, [this, id](Client::CompleteMultipartUploadJob *j) {
        if (!j->result()) {
            finishItem(id, j->result().error());
            return;
        }
        const Item &it = m_items.at(rowOfId(id));
        S3::ObjectEntry entry;
        entry.key = it.key;
        entry.size = it.size;
        entry.etag = j->result()->etag;
        entry.lastModified = QDateTime::currentDateTimeUtc();
        const QPointer<Client::S3Client> client = it.client;
        const QString bucket = it.bucket;
        finishItem(id, {});
        emit uploadFinished(client, bucket, entry);
    });
}

void TransferModel::startDownload(Item &item)
{
    item.done = 0;
    item.doneParts = 0;
    QDir().mkpath(QFileInfo(item.localPath).absolutePath());
    Client::GetObjectRequest request;
    request.bucket = item.bucket;
    request.key = item.key;
    request.filePath = item.localPath; // the job writes the file, streamed by the transport
    const quint64 id = item.id;
    runJob(item, item.client->getObject(request), [this, id](Client::GetObjectJob *job) {
        if (!job->result()) {
            finishItem(id, job->result().error());
            return;
        }
        Item &it = m_items[rowOfId(id)];
        it.size = job->result()->info.size;
        const QString path = it.localPath;
        finishItem(id, {});
        emit downloadFinished(path);
    });
}

void TransferModel::startOperation(Item &item)
{
    Client::Job *job = item.factory ? item.factory() : nullptr;
    if (!job) {
        finishItem(item.id, Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("connection closed")));
        return;
    }
    const quint64 id = item.id;
    item.done = 0;
    connect(job, &Client::Job::progress, this, [this, id](qint64, qint64 total) {
        const int row = rowOfId(id);
        if (row >= 0 && total > 0)
            m_items[row].size = total; // objects; done follows through runJob
    });
    runJob(item, job, [this, id](Client::Job *finished) { finishItem(id, finished->error()); });
}

void TransferModel::stopJob(Item &item)
{
    if (!item.job)
        return;
    Client::Job *job = item.job;
    item.job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

void TransferModel::finishItem(quint64 id, const Core::Error &error)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.error = error;
    if (error.code == Core::ErrorCode::None) {
        item.state = State::Done;
        if (item.size >= 0)
            item.done = item.size;
    } else {
        item.state = error.code == Core::ErrorCode::Cancelled ? State::Cancelled : State::Failed;
        if (item.state == State::Failed)
            emit transferFailed(row, error);
    }
    item.rate = 0;
    markDirty(row);
    publish();
    if (item.direction == Direction::Operation)
        emit operationFinished(item.key, error);
    schedule();
}

void TransferModel::pause(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    Item &item = m_items[row];
    if ((item.state != State::Running && item.state != State::Queued) || item.direction == Direction::Operation)
        return;
    stopJob(item);
    item.state = State::Paused;
    item.done = item.doneParts; // a single request restarts; multipart keeps finished parts
    markDirty(row);
    schedule();
}

void TransferModel::resume(int row)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).state != State::Paused)
        return;
    m_items[row].state = State::Queued;
    markDirty(row);
    schedule();
}

void TransferModel::cancel(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    Item &item = m_items[row];
    if (item.state == State::Done || item.state == State::Cancelled)
        return;
    stopJob(item);
    if (!item.uploadId.isEmpty() && item.client) {
        // Free the parts stored so far; nobody waits for the answer.
        auto *abort = item.client->abortMultipartUpload(item.bucket, item.key, item.uploadId);
        connect(abort, &Client::Job::finished, abort, &QObject::deleteLater);
        abort->start();
        item.uploadId.clear();
        item.parts.clear();
    }
    item.state = State::Cancelled;
    item.rate = 0;
    markDirty(row);
    if (item.direction == Direction::Operation)
        emit operationFinished(item.key, Core::Error::make(Core::ErrorCode::Cancelled));
    schedule();
}

void TransferModel::retry(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    Item &item = m_items[row];
    if (item.state != State::Failed && item.state != State::Cancelled)
        return;
    item.state = State::Queued;
    item.done = item.doneParts;
    markDirty(row);
    schedule();
}

void TransferModel::clearFinished()
{
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const State s = m_items.at(row).state;
        if (s == State::Done || s == State::Cancelled) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    m_dirtyFirst = m_dirtyLast = -1;
}

TransferModel::State TransferModel::state(int row) const
{
    return m_items.at(row).state;
}

QString TransferModel::errorText(int row) const
{
    return Gui::errorText(m_items.at(row).error);
}

void TransferModel::markDirty(int row)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
}

void TransferModel::publish()
{
    for (Item &item : m_items) {
        if (item.state == State::Running && item.clock.elapsed() > 0) {
            const double seconds = double(item.clock.elapsed()) / 1000.0;
            item.rate = double(item.done - item.rateBase) / seconds;
        }
    }
    if (m_dirtyFirst >= 0 && m_dirtyFirst < m_items.size()) {
        const int last = std::min(m_dirtyLast, int(m_items.size()) - 1);
        emit dataChanged(index(m_dirtyFirst, 0), index(last, ColumnCount - 1)); // one range per tick
    }
    m_dirtyFirst = m_dirtyLast = -1;
    if (activeCount() == 0)
        m_tick.stop();
    else
        markDirty(0), markDirty(int(m_items.size()) - 1); // rates and ETAs move every tick
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const int perMille = item.size > 0 ? int(std::min<qint64>(1000, item.done * 1000 / item.size))
                                       : (item.state == State::Done ? 1000 : -1);
    if (role == ProgressRole)
        return perMille;
    if (role == StateRole)
        return int(item.state);
    if (role == Qt::ToolTipRole) {
        if (item.state == State::Failed)
            return Gui::errorText(item.error);
        if (item.direction == Direction::Operation)
            return item.key;
        return item.direction == Direction::Upload ? tr("%1 → %2/%3").arg(item.localPath, item.bucket, item.key)
                                                   : tr("%2/%3 → %1").arg(item.localPath, item.bucket, item.key);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (item.direction == Direction::Operation)
            return item.key;
        return item.key.section(u'/', -1).isEmpty() ? item.key : item.key.section(u'/', -1);
    case DirectionColumn:
        if (item.direction == Direction::Operation)
            return tr("Bulk job");
        return item.direction == Direction::Upload ? tr("Upload") : tr("Download");
    case SizeColumn:
        if (item.direction == Direction::Operation)
            return item.summary;
        return item.size >= 0 ? formatSize(item.size) : QString();
    case ProgressColumn:
        return perMille < 0 ? QString() : QStringLiteral("%1%").arg(perMille / 10);
    case RateColumn:
        if (item.direction == Direction::Operation)
            return item.state == State::Running && item.rate > 0 ? tr("%1 objects/s").arg(qRound(item.rate)) : QString();
        return item.state == State::Running && item.rate > 0 ? formatRate(item.rate) : QString();
    case EtaColumn:
        if (item.state == State::Running && item.rate > 0 && item.size > 0)
            return formatDuration(qint64(double(item.size - item.done) / item.rate));
        return {};
    case StateColumn:
        switch (item.state) {
        case State::Queued:
            return tr("Queued");
        case State::Running:
            return tr("Running");
        case State::Paused:
            return tr("Paused");
        case State::Done:
            return tr("Done");
        case State::Failed:
            // The S3 error code as received (NoSuchBucket, SlowDown...) next to the explanation.
            if (!item.error.s3Code.isEmpty())
                return tr("Failed (%1): %2").arg(item.error.s3Code, Gui::errorText(item.error));
            return tr("Failed: %1").arg(Gui::errorText(item.error));
        case State::Cancelled:
            return tr("Cancelled");
        }
    }
    return {};
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("ETA");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace Gui
