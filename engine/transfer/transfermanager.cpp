#include "engine/transfer/transfermanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/listing.h"
#include "engine/transfer/localpath.h"
#include "engine/transfer/rangewritedevice.h"
#include "engine/transfer/streamcopy.h"
#include "engine/transfer/transferstore.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// What an upload sets on the new object: the Content-Type guessed from the file name, as aws-cli
// and the AWS console do (extension only: the file is not read on this thread).
Client::ObjectAttributes uploadAttributes(const QString &localPath)
{
    Client::ObjectAttributes a;
    static const QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForFile(localPath, QMimeDatabase::MatchExtension);
    if (type.isValid() && !type.isDefault())
        a.contentType = type.name();
    return a;
}

constexpr qint64 kReadChunk = kMiB; // all candidate part sizes are multiples of this
// Files up to this size are read into memory (with their MD5, in one pass on the pool) and sent
// as one buffer: Qt then writes the request from its HTTP thread without fetching the body from
// this thread 16 KiB at a time, which cost a small upload several event-loop round trips.
constexpr qint64 kInMemoryUpload = kMiB;
// Downloads (single requests) up to this size are received into memory and written, verified
// and renamed into place on the pool in one step: creating, writing and hashing each file on
// this thread made it the bottleneck of a folder of small files (an ext4 file creation alone
// takes 0.1-0.2 ms). At most maxConcurrentRequests such bodies are held at once (the request
// slot stays taken until the file is written).
constexpr qint64 kInMemoryDownload = kMiB;

struct FileBytes
{
    QByteArray data;
    QByteArray md5; // raw
};

Core::Result<FileBytes> readWithMd5(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    FileBytes out;
    out.data = file.read(size);
    if (out.data.size() != size || !file.atEnd())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("%1 changed while it was read").arg(path));
    out.md5 = S3::md5(out.data);
    return out;
}

bool isFinal(TransferState s)
{
    return s == TransferState::Completed || s == TransferState::Failed || s == TransferState::Cancelled;
}

QString downloadTempPath(const QString &localPath)
{
    return localPath + QStringLiteral(".pail-download");
}

// MD5 (or another checksum) of each piece of a file (raw digests). Runs on the pool.
Core::Result<QList<QByteArray>> hashPieces(const QString &path, const QList<Piece> &pieces,
                                           S3::ChecksumAlgorithm algorithm = S3::ChecksumAlgorithm::Md5)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<QByteArray> digests;
    digests.reserve(pieces.size());
    S3::Hasher hasher(algorithm);
    QByteArray buffer(int(kReadChunk), Qt::Uninitialized);
    for (const Piece &p : pieces) {
        if (!file.seek(p.offset))
            return Core::fail(Core::ErrorCode::IoError, file.errorString());
        qint64 left = p.length;
        while (left > 0) {
            const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0)
                return Core::fail(Core::ErrorCode::IoError, QStringLiteral("%1 changed while hashing").arg(path));
            hasher.update(buffer.constData(), n);
            left -= n;
        }
        digests.append(hasher.finish());
    }
    return digests;
}

struct DownloadOutcome
{
    bool verified = false;
    Core::Error error;
};

// Verifies the finished temp file against the object's ETag, renames it into place and sets
// its modification time. Runs on the pool. A plain-MD5 ETag must match; for a multipart ETag
// the part size is not known, so the common ones are tried (no match = unverified, not an error).
// rangeMd5s: the MD5 of every piece, hashed while it was written (empty when not all pieces
// were written in this session); when they settle the comparison the file is not read again.
DownloadOutcome finalizeDownload(QString temp, QString dest, QString etag, qint64 size, qint64 pieceSize,
                                 QDateTime modified, bool verify, QList<QByteArray> rangeMd5s)
{
    DownloadOutcome out;
    const QString expected = normalizedEtag(etag);
    const int parts = etagPartCount(etag);
    bool settled = false;
    if (verify && !rangeMd5s.isEmpty()) {
        if (isSinglePartEtag(etag) && rangeMd5s.size() == 1) {
            if (QString::fromLatin1(rangeMd5s.first().toHex()) != expected) {
                QFile::remove(temp);
                out.error = Core::Error::make(Core::ErrorCode::BadDigest,
                                              QStringLiteral("downloaded data does not match ETag %1").arg(etag));
                return out;
            }
            out.verified = settled = true;
        } else if (parts > 0 && parts == rangeMd5s.size() && multipartEtag(rangeMd5s) == expected) {
            out.verified = settled = true; // the ranges were the parts
        }
    }
    if (verify && !settled) {
        QList<qint64> candidates;
        if (isSinglePartEtag(etag)) {
            candidates.append(std::max<qint64>(size, 1));
        } else if (parts > 0) {
            const qint64 even = ((size + parts - 1) / parts + kMiB - 1) / kMiB * kMiB;
            for (qint64 c : {8 * kMiB, 5 * kMiB, 16 * kMiB, pieceSize, even}) {
                if (c > 0 && c % kMiB == 0 && (size + c - 1) / c == parts && !candidates.contains(c))
                    candidates.append(c);
            }
        }
        if (!candidates.isEmpty()) {
            QFile file(temp);
            if (!file.open(QIODevice::ReadOnly)) {
                out.error = Core::Error::make(Core::ErrorCode::IoError, file.errorString());
                return out;
            }
            std::vector<S3::Hasher> hashers;
            QList<QList<QByteArray>> digests(candidates.size());
            for (qsizetype i = 0; i < candidates.size(); ++i)
                hashers.emplace_back(S3::ChecksumAlgorithm::Md5);
            QByteArray buffer(int(kReadChunk), Qt::Uninitialized);
            qint64 pos = 0;
            while (pos < size) {
                const qint64 n = file.read(buffer.data(), std::min<qint64>(kReadChunk, size - pos));
                if (n <= 0) {
                    out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("short download file"));
                    return out;
                }
                pos += n;
                for (qsizetype i = 0; i < candidates.size(); ++i) {
                    hashers[size_t(i)].update(buffer.constData(), n);
                    if (pos % candidates[i] == 0 || pos == size)
                        digests[i].append(hashers[size_t(i)].finish());
                }
            }
            if (size == 0)
                digests[0].append(hashers[0].finish());
            bool match = false;
            for (qsizetype i = 0; i < candidates.size() && !match; ++i) {
                const QString actual = parts > 0 ? multipartEtag(digests[i]) : QString::fromLatin1(digests[i].value(0).toHex());
                match = actual == expected;
            }
            if (!match && parts == 0) {
                file.close();
                QFile::remove(temp);
                out.error = Core::Error::make(Core::ErrorCode::BadDigest,
                                              QStringLiteral("downloaded data does not match ETag %1").arg(etag));
                return out;
            }
            out.verified = match;
        }
    }
#ifdef Q_OS_UNIX
    // rename(2) replaces an existing file atomically: the old file stays until the new one
    // takes its name (QFile::rename refuses to replace, so it needed an exists() and a remove()).
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(dest).constData()) != 0) {
        out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot rename %1 to %2: %3")
                                                                    .arg(temp, dest, QString::fromLocal8Bit(std::strerror(errno))));
        return out;
    }
#else
    if (QFile::exists(dest) && !QFile::remove(dest)) {
        out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot replace %1").arg(dest));
        return out;
    }
    if (!QFile::rename(temp, dest)) {
        out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot rename %1 to %2").arg(temp, dest));
        return out;
    }
#endif
    if (modified.isValid()) {
#ifdef Q_OS_UNIX
        // By path: opening the file only to set its time cost an open/close per small download.
        const qint64 ms = modified.toMSecsSinceEpoch();
        struct timespec times[2] = {{0, UTIME_OMIT}, {time_t(ms / 1000), long((ms % 1000) * 1000000)}};
        if (ms < 0)
            times[1] = {time_t((ms - 999) / 1000), long(((ms % 1000) + 1000) % 1000 * 1000000)};
        ::utimensat(AT_FDCWD, QFile::encodeName(dest).constData(), times, 0);
#else
        QFile f(dest);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(modified, QFileDevice::FileModificationTime);
#endif
    }
    return out;
}

// Creates (truncates) `path` and writes `data` into it. False with `error` set on failure;
// `missingFolder` tells that the folder does not exist. On Unix with plain system calls (QFile
// added an fstat() per file).
bool writeNewFile(const QString &path, const QByteArray &data, QString &error, bool &missingFolder)
{
    missingFolder = false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        missingFolder = errno == ENOENT;
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : EIO));
            ::close(fd);
            return false;
        }
        done += n;
    }
    if (::close(fd) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        missingFolder = !QFileInfo(QFileInfo(path).absolutePath()).isDir();
        error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size()) {
        error = file.errorString();
        return false;
    }
    file.close();
    return true;
#endif
}

// A whole object received into memory: writes the temp file (making its folder when missing)
// and hands it to finalizeDownload() with the MD5 of the bytes (so the file is not read again).
// Runs on the pool. A body whose MD5 does not match a plain ETag is refused before anything is
// written.
DownloadOutcome storeDownload(QString temp, QString dest, QByteArray data, QString etag, QDateTime modified, bool verify)
{
    DownloadOutcome out;
    QList<QByteArray> md5s;
    if (verify) {
        md5s.append(S3::md5(data));
        if (isSinglePartEtag(etag) && QString::fromLatin1(md5s.first().toHex()) != normalizedEtag(etag)) {
            out.error = Core::Error::make(Core::ErrorCode::BadDigest,
                                          QStringLiteral("downloaded data does not match ETag %1").arg(etag));
            return out;
        }
    }
    QString why;
    bool missingFolder = false;
    bool written = writeNewFile(temp, data, why, missingFolder);
    if (!written && missingFolder) { // the first file of its folder: make the folder, once
        const QString folder = QFileInfo(dest).absolutePath();
        if (!QDir().mkpath(folder)) {
            out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot create the folder %1").arg(folder));
            return out;
        }
        written = writeNewFile(temp, data, why, missingFolder);
    }
    if (!written) {
        QFile::remove(temp);
        out.error = Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(temp, why));
        return out;
    }
    return finalizeDownload(temp, dest, etag, data.size(), std::max<qint64>(data.size(), 1), modified, verify, md5s);
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

// Whether the object's ETag is the MD5 of its data, as the download checks assume. AWS gives
// objects encrypted with SSE-KMS (or DSSE-KMS) or with a customer key (SSE-C) an ETag that is
// not: their downloads cannot be checked against it, and must not fail for it.
bool etagIsDataMd5(const Client::ObjectInfo &object)
{
    if (object.serverSideEncryption.startsWith(QLatin1String("aws:kms")))
        return false;
    for (const auto &[name, value] : object.headers) {
        if (name.compare("x-amz-server-side-encryption-customer-algorithm", Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

} // namespace

// One transfer while the manager holds it: its info plus the work in flight. A plain QObject
// child of the manager, used as the context of its job connections.
class Task final : public QObject
{
public:
    enum class Phase
    {
        Idle,
        Preparing,
        Pieces,
        Finishing,
        Aborting,
    };

    Task(TransferManager &manager, TransferInfo info)
        : QObject(&manager)
        , m{manager}
        , info{std::move(info)}
    {
    }
    ~Task() override { stopWork(); }

    TransferManager &m;
    TransferInfo info;
    Phase phase = Phase::Idle;
    QList<Piece> pieces;
    QHash<int, QPointer<Client::Job>> inflight;
    QHash<int, qint64> inflightBytes;
    int cursor = 0;
    bool multipart = false;
    bool etagIsMd5 = true; // Download: see etagIsDataMd5(); from the HEAD or GET answers
    QPointer<Client::Job> control;
    QFutureWatcher<Core::Result<QList<QByteArray>>> *hash = nullptr; // Upload: pieces sent in an earlier session
    QFutureWatcher<DownloadOutcome> *finalizer = nullptr;
    QFutureWatcher<Core::Result<FileBytes>> *reader = nullptr; // small upload: file read into memory
    FileBytes smallFile;
    QMap<int, QByteArray> rangeMd5s; // Download: MD5 of each range written this session
    // Download: ranges being hashed once written; Upload: parts being hashed before they are sent.
    QHash<int, QFutureWatcher<Core::Result<QList<QByteArray>>> *> pieceHashers;
    QString finalEtag;
    Client::ObjectInfo sourceInfo;               // Copy: HEAD of the source
    QList<std::pair<QString, QString>> sourceTags; // Copy: tags carried over to a new object
    QMap<int, QByteArray> pieceMd5s;             // Upload, streamed Copy: MD5 of each piece sent this session
    QMap<int, QByteArray> pieceCrcs;             // multipart Upload: CRC32C of each part, sent with it
    // Progress bookkeeping for the ticker.
    qint64 lastReportedDone = -1;
    qint64 rateBytes = 0;
    QElapsedTimer rateClock;

    Client::S3Client &client() const { return m.m_client; }

    qint64 currentDone() const
    {
        if (pieces.isEmpty())
            return info.doneBytes;
        qint64 done = 0;
        for (auto it = info.donePieces.cbegin(); it != info.donePieces.cend(); ++it) {
            if (it.key() >= 0 && it.key() < pieces.size())
                done += pieces[it.key()].length;
        }
        for (qint64 b : inflightBytes)
            done += b;
        return done;
    }

    static void dropJob(Client::Job *job, QObject *context)
    {
        if (!job)
            return;
        job->disconnect(context);
        job->cancel();
        job->deleteLater();
    }

    // Stops every request and hash of this transfer (the queue file keeps its resume state).
    void stopWork()
    {
        for (auto it = inflight.cbegin(); it != inflight.cend(); ++it) {
            dropJob(it.value(), this);
            m.releaseRequestSlot();
        }
        inflight.clear();
        inflightBytes.clear();
        dropJob(control, this);
        control = nullptr;
        if (hash) {
            hash->disconnect(this);
            hash->deleteLater();
            hash = nullptr;
        }
        if (finalizer) {
            finalizer->disconnect(this);
            finalizer->deleteLater();
            finalizer = nullptr;
        }
        if (reader) {
            reader->disconnect(this);
            reader->deleteLater();
            reader = nullptr;
        }
        for (auto *hasher : std::as_const(pieceHashers)) {
            hasher->disconnect(this);
            hasher->deleteLater();
        }
        pieceHashers.clear();
        smallFile = {};
        phase = Phase::Idle;
    }

    void fail(const Core::Error &error)
    {
        stopWork();
        info.doneBytes = currentDone();
        m.setState(this, TransferState::Failed, error);
    }

    void complete()
    {
        stopWork();
        info.doneBytes = std::max<qint64>(info.totalBytes, 0);
        m.setState(this, TransferState::Completed);
        emit m.progressChanged(info.id, info.doneBytes, info.totalBytes);
    }

    // Next piece to request, or -1.
    int nextPiece()
    {
        if (phase != Phase::Pieces)
            return -1;
        while (cursor < pieces.size() && (info.donePieces.contains(cursor) || inflight.contains(cursor)))
            ++cursor;
        return cursor < pieces.size() ? cursor : -1;
    }

    void start()
    {
        phase = Phase::Preparing;
        cursor = 0;
        rateClock.start();
        rateBytes = currentDone();
        switch (info.kind) {
        case TransferKind::Upload:
            startUpload();
            break;
        case TransferKind::Download:
            startDownload();
            break;
        case TransferKind::Copy:
            startCopy();
            break;
        }
    }

    // --- Upload ------------------------------------------------------------------------

    void startUpload()
    {
        const QFileInfo fi(info.localPath);
        if (!fi.isFile()) {
            fail(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("%1 is not a readable file").arg(info.localPath)));
            return;
        }
        const qint64 size = fi.size();
        if (size > kMaxObjectSize) {
            fail(Core::Error::make(Core::ErrorCode::EntityTooLarge, QStringLiteral("file over 5 TiB")));
            return;
        }
        const TransferSettings &s = m.m_settings;
        if (info.pieceSize <= 0 || info.totalBytes != size) {
            if (!info.uploadId.isEmpty())
                abortUpload(info.uploadId); // the file changed: start over
            info.uploadId.clear();
            info.donePieces.clear();
            multipart = size >= s.multipartThreshold;
            info.pieceSize = multipart ? partSizeFor(size, s.partSize) : std::max<qint64>(size, 1);
        } else {
            multipart = !info.uploadId.isEmpty() || size >= s.multipartThreshold;
            if (!multipart || info.uploadId.isEmpty())
                info.donePieces.clear(); // a single PUT or an upload not created yet restarts
        }
        info.totalBytes = size;
        pieces = splitIntoPieces(size, multipart ? info.pieceSize : std::max<qint64>(size, 1));
        pieceMd5s.clear(); // the file may have changed since an earlier attempt: hash it again
        pieceCrcs.clear();
        info.resumedPieces = int(info.donePieces.size());
        info.doneBytes = currentDone();
        m.persist(info);
        if (!multipart && size <= kInMemoryUpload) {
            reader = new QFutureWatcher<Core::Result<FileBytes>>(this);
            connect(reader, &QFutureWatcherBase::finished, this, [this] {
                const Core::Result<FileBytes> bytes = reader->result();
                reader->deleteLater();
                reader = nullptr;
                if (!bytes) {
                    fail(bytes.error());
                    return;
                }
                smallFile = *bytes;
                enterPieces();
            });
            reader->setFuture(QtConcurrent::run(&readWithMd5, info.localPath, size));
            return;
        }
        if (multipart && info.uploadId.isEmpty()) {
            auto *job = client().createMultipartUpload(info.bucket, info.key, uploadAttributes(info.localPath));
            control = job;
            connect(job, &Client::Job::finished, this, [this, job] {
                job->deleteLater();
                control = nullptr;
                if (!job->result()) {
                    fail(job->result().error());
                    return;
                }
                info.uploadId = job->result()->uploadId;
                m.persist(info);
                enterPieces();
            });
            job->start();
            return;
        }
        enterPieces();
    }

    void enterPieces()
    {
        phase = Phase::Pieces;
        if (info.donePieces.size() == pieces.size())
            finishPieces();
        else
            m.scheduleSoon();
    }

    void startPiece(int i)
    {
        const Piece p = pieces[i];
        Client::Job *job = nullptr;
        if (info.kind == TransferKind::Copy) {
            job = startCopyPiece(i);
            if (!job) {
                m.releaseRequestSlot();
                fail(Core::Error::make(Core::ErrorCode::InvalidConfiguration,
                                       QStringLiteral("the source endpoint '%1' is not available").arg(info.sourceEndpoint)));
                return;
            }
        } else if (info.kind == TransferKind::Upload) {
            if (smallFile.md5.isEmpty() && !(multipart ? pieceCrcs : pieceMd5s).contains(i)) {
                hashThenStartPiece(i);
                return;
            }
            const Client::RequestBody body = Client::RequestBody::fromFile(info.localPath, p.offset, p.length);
            const QByteArray md5 = pieceMd5s.value(i);
            if (multipart) {
                const QByteArray crc = pieceCrcs.value(i);
                auto *part = client().uploadPart(info.bucket, info.key, info.uploadId, i + 1, body, {}, crc);
                connect(part, &Client::Job::finished, this, [this, part, i, crc] {
                    const auto &r = part->result();
                    if (!r) {
                        pieceFailed(i, r.error());
                        return;
                    }
                    if (r->checksumCrc32c == crc.toBase64() && isSinglePartEtag(r->etag))
                        pieceMd5s.insert(i, QByteArray::fromHex(normalizedEtag(r->etag).toLatin1()));
                    pieceDone(i, r->etag);
                });
                job = part;
            } else {
                Client::PutObjectRequest put;
                put.bucket = info.bucket;
                put.key = info.key;
                put.body = body;
                put.contentMd5 = md5;
                if (!smallFile.md5.isEmpty()) {
                    put.body = Client::RequestBody::fromBytes(smallFile.data);
                    put.contentMd5 = smallFile.md5; // the server refuses bytes that differ (BadDigest)
                }
                put.attributes = uploadAttributes(info.localPath);
                auto *putJob = client().putObject(put);
                connect(putJob, &Client::Job::finished, this, [this, putJob, i] {
                    if (putJob->result())
                        pieceDone(i, putJob->result()->etag);
                    else
                        pieceFailed(i, putJob->result().error());
                });
                job = putJob;
            }
        } else if (isInMemoryDownload()) {
            startInMemoryGet(i);
            return;
        } else {
            auto *sink = new RangeWriteDevice(downloadTempPath(info.localPath), p.offset, p.length);
            sink->setTruncate(pieces.size() == 1);
            if (!sink->open(QIODevice::WriteOnly)) {
                const QString why = sink->errorString();
                delete sink;
                m.releaseRequestSlot();
                fail(Core::Error::make(Core::ErrorCode::IoError, why));
                return;
            }
            Client::GetObjectRequest get;
            get.bucket = info.bucket;
            get.key = info.key;
            if (p.length > 0) {
                get.rangeStart = p.offset;
                get.rangeEnd = p.offset + p.length - 1;
            }
            get.sink = sink;
            // Ranges of a large download are hashed on the pool once written (hashing every
            // byte on this thread as it arrives made it the bottleneck); a single piece inline.
            const bool hashLater = pieces.size() > 1 && m.m_settings.verifyChecksums;
            sink->setHashing(!hashLater);
            auto *getJob = client().getObject(get);
            sink->setParent(getJob);
            connect(getJob, &Client::Job::finished, this, [this, getJob, sink, i, hashLater] {
                const auto &r = getJob->result();
                if (!r) {
                    pieceFailed(i, r.error());
                    return;
                }
                if (!acceptRangeAnswer(i, r->info))
                    return;
                if (sink->written() != pieces[i].length) {
                    pieceFailed(i, Core::Error::make(Core::ErrorCode::IncompleteBody,
                                                     QStringLiteral("range %1 came back short").arg(i)));
                    return;
                }
                if (hashLater) {
                    // The request slot stays taken while hashing (a few ms per 8 MiB).
                    auto *hasher = new QFutureWatcher<Core::Result<QList<QByteArray>>>(this);
                    pieceHashers.insert(i, hasher);
                    connect(hasher, &QFutureWatcherBase::finished, this, [this, hasher, i] {
                        pieceHashers.remove(i);
                        hasher->deleteLater();
                        if (const auto digest = hasher->result(); digest && digest->size() == 1)
                            rangeMd5s.insert(i, digest->first());
                        if (inflight.contains(i))
                            pieceDone(i, {});
                    });
                    hasher->setFuture(QtConcurrent::run(&hashPieces, downloadTempPath(info.localPath), QList<Piece>{pieces[i]}, S3::ChecksumAlgorithm::Md5));
                    return;
                }
                if (QByteArray md5 = sink->md5(); !md5.isEmpty())
                    rangeMd5s.insert(i, md5);
                pieceDone(i, {});
            });
            job = getJob;
        }
        inflight.insert(i, job);
        inflightBytes.insert(i, 0);
        connect(job, &Client::Job::progress, this, [this, i](qint64 done, qint64) {
            if (inflightBytes.contains(i))
                inflightBytes[i] = std::min(done, pieces[i].length);
        });
        job->start();
    }

    // A download small enough to be received into memory (see kInMemoryDownload).
    bool isInMemoryDownload() const
    {
        return info.kind == TransferKind::Download && pieces.size() == 1 && pieces.first().length <= kInMemoryDownload;
    }

    // The GET of an in-memory download; once it answered, storeDownload() writes, verifies and
    // renames the file on the pool, with the request slot still taken (so at most
    // maxConcurrentRequests bodies wait in memory), and the transfer completes from there.
    void startInMemoryGet(int i)
    {
        const Piece p = pieces[i];
        Client::GetObjectRequest get;
        get.bucket = info.bucket;
        get.key = info.key;
        if (p.length > 0) { // the range keeps a grown object from filling memory
            get.rangeStart = p.offset;
            get.rangeEnd = p.offset + p.length - 1;
        }
        auto *job = client().getObject(get);
        connect(job, &Client::Job::finished, this, [this, job, i] {
            const auto &r = job->result();
            if (!r) {
                pieceFailed(i, r.error());
                return;
            }
            if (!acceptRangeAnswer(i, r->info))
                return;
            if (r->data.size() != pieces[i].length) {
                pieceFailed(i, Core::Error::make(Core::ErrorCode::IncompleteBody,
                                                 QStringLiteral("the object came back with %1 of %2 bytes")
                                                     .arg(r->data.size())
                                                     .arg(pieces[i].length)));
                return;
            }
            finalizer = new QFutureWatcher<DownloadOutcome>(this);
            connect(finalizer, &QFutureWatcherBase::finished, this, [this, i] {
                const DownloadOutcome out = finalizer->result();
                finalizer->deleteLater();
                finalizer = nullptr;
                if (out.error.code != Core::ErrorCode::None) {
                    pieceFailed(i, out.error);
                    return;
                }
                pieceFinishedCommon(i);
                info.verified = out.verified;
                info.donePieces.clear();
                complete();
            });
            finalizer->setFuture(QtConcurrent::run(&storeDownload, downloadTempPath(info.localPath), info.localPath,
                                                   r->data, info.etag, info.remoteModified,
                                                   m.m_settings.verifyChecksums && etagIsMd5));
        });
        inflight.insert(i, job);
        inflightBytes.insert(i, 0);
        connect(job, &Client::Job::progress, this, [this, i](qint64 done, qint64) {
            if (inflightBytes.contains(i))
                inflightBytes[i] = std::min(done, pieces[i].length);
        });
        job->start();
    }

    // A file piece goes out with a checksum, hashed on the pool first (the request slot stays
    // taken meanwhile): the server checks it, so the request needs no SHA-256 of the payload (no
    // second pass over the file). A single PUT sends its Content-MD5, which is also the ETag the
    // upload is verified against. A part sends its CRC32C (about 15 times cheaper than MD5 on
    // this kind of machine); once the server has confirmed it, the part's ETag (the server's MD5
    // of the same bytes) stands for the part's MD5 in the final check of the object's ETag. A
    // part whose CRC32C the server did not confirm is hashed with MD5 for that check instead.
    void hashThenStartPiece(int i)
    {
        inflight.insert(i, nullptr);
        inflightBytes.insert(i, 0);
        auto *hasher = new QFutureWatcher<Core::Result<QList<QByteArray>>>(this);
        pieceHashers.insert(i, hasher);
        connect(hasher, &QFutureWatcherBase::finished, this, [this, hasher, i] {
            pieceHashers.remove(i);
            hasher->deleteLater();
            if (!inflight.contains(i))
                return;
            const Core::Result<QList<QByteArray>> digest = hasher->result();
            if (!digest || digest->size() != 1) {
                pieceFailed(i, digest ? Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot hash part %1").arg(i + 1))
                                      : digest.error());
                return;
            }
            (multipart ? pieceCrcs : pieceMd5s).insert(i, digest->first());
            inflight.remove(i);
            inflightBytes.remove(i);
            startPiece(i); // the slot taken for the hash is the part's
        });
        hasher->setFuture(QtConcurrent::run(&hashPieces, info.localPath, QList<Piece>{pieces[i]},
                                            multipart ? S3::ChecksumAlgorithm::Crc32c : S3::ChecksumAlgorithm::Md5));
    }

    // A download's GET answer for piece i: fails the piece when the object changed since the
    // download was planned (a retry plans again from a fresh HEAD); notes whether its ETag can
    // verify the data.
    bool acceptRangeAnswer(int i, const Client::ObjectInfo &answer)
    {
        if (!info.etag.isEmpty() && normalizedEtag(answer.etag) != normalizedEtag(info.etag)) {
            info.etag.clear();
            info.pieceSize = 0;
            info.donePieces.clear();
            pieceFailed(i, Core::Error::make(Core::ErrorCode::PreconditionFailed,
                                             QStringLiteral("the object changed during the download")));
            return false;
        }
        etagIsMd5 = etagIsMd5 && etagIsDataMd5(answer);
        return true;
    }

    void pieceFinishedCommon(int i)
    {
        if (Client::Job *job = inflight.take(i))
            job->deleteLater();
        inflightBytes.remove(i);
        m.releaseRequestSlot();
    }

    void pieceFailed(int i, const Core::Error &error)
    {
        pieceFinishedCommon(i);
        if (error.code == Core::ErrorCode::NoSuchUpload) {
            info.uploadId.clear(); // gone on the server: the next retry starts a new upload
            info.donePieces.clear();
        }
        fail(error);
    }

    void pieceDone(int i, const QString &etag)
    {
        pieceFinishedCommon(i);
        info.donePieces.insert(i, etag);
        info.doneBytes = currentDone();
        m.persist(info);
        if (info.donePieces.size() == pieces.size() && inflight.isEmpty())
            finishPieces();
        else
            m.scheduleSoon();
    }

    void finishPieces()
    {
        phase = Phase::Finishing;
        if (info.kind == TransferKind::Download) {
            finishDownload();
            return;
        }
        if (!multipart) {
            finalEtag = info.donePieces.value(0);
            if (info.kind == TransferKind::Copy)
                verifyCopy();
            else
                verifyUpload();
            return;
        }
        QList<S3::CompletedPart> parts;
        for (auto it = info.donePieces.cbegin(); it != info.donePieces.cend(); ++it) {
            S3::CompletedPart part;
            part.partNumber = it.key() + 1;
            part.etag = it.value();
            parts.append(part);
        }
        auto *job = client().completeMultipartUpload(info.bucket, info.key, info.uploadId, parts);
        control = job;
        connect(job, &Client::Job::finished, this, [this, job] {
            job->deleteLater();
            control = nullptr;
            if (!job->result()) {
                if (job->result().error().code == Core::ErrorCode::NoSuchUpload) {
                    info.uploadId.clear();
                    info.donePieces.clear();
                }
                fail(job->result().error());
                return;
            }
            finalEtag = job->result()->etag;
            info.uploadId.clear();
            info.donePieces.clear();
            m.persist(info);
            if (info.kind == TransferKind::Copy)
                verifyCopy();
            else
                verifyUpload();
        });
        job->start();
    }

    void verifyUpload()
    {
        info.etag = finalEtag;
        if (!m.m_settings.verifyChecksums) {
            complete();
            return;
        }
        const QString actual = normalizedEtag(finalEtag);
        if (!smallFile.md5.isEmpty()) {
            const QString expected = QString::fromLatin1(smallFile.md5.toHex());
            if (isSinglePartEtag(actual) && actual != expected) {
                fail(Core::Error::make(Core::ErrorCode::BadDigest,
                                       QStringLiteral("ETag %1 does not match the local data (%2)").arg(actual, expected)));
                return;
            }
            info.verified = isSinglePartEtag(actual);
            complete();
            return;
        }
        // Parts sent in an earlier session (or attempt) were not hashed in this one.
        QList<int> missing;
        QList<Piece> missingPieces;
        for (int i = 0; i < pieces.size(); ++i) {
            if (!pieceMd5s.contains(i)) {
                missing.append(i);
                missingPieces.append(pieces[i]);
            }
        }
        if (!missing.isEmpty()) {
            if (hash)
                return;
            hash = new QFutureWatcher<Core::Result<QList<QByteArray>>>(this);
            connect(hash, &QFutureWatcherBase::finished, this, [this, missing] {
                const Core::Result<QList<QByteArray>> digests = hash->result();
                hash->deleteLater();
                hash = nullptr;
                if (!digests || digests->size() != missing.size()) {
                    fail(digests ? Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot hash the file"))
                                 : digests.error());
                    return;
                }
                for (qsizetype k = 0; k < missing.size(); ++k)
                    pieceMd5s.insert(missing[k], digests->at(k));
                verifyUpload();
            });
            hash->setFuture(QtConcurrent::run(&hashPieces, info.localPath, missingPieces, S3::ChecksumAlgorithm::Md5));
            return;
        }
        const QList<QByteArray> digests = pieceMd5s.values(); // in piece order
        const QString expected = multipart ? multipartEtag(digests) : QString::fromLatin1(digests.value(0).toHex());
        const bool comparable = multipart ? etagPartCount(actual) == digests.size() : isSinglePartEtag(actual);
        if (comparable && actual != expected) {
            fail(Core::Error::make(Core::ErrorCode::BadDigest,
                                   QStringLiteral("ETag %1 does not match the local data (%2)").arg(actual, expected)));
            return;
        }
        info.verified = comparable;
        complete();
    }

    void abortUpload(const QString &uploadId)
    {
        auto *job = client().abortMultipartUpload(info.bucket, info.key, uploadId);
        connect(job, &Client::Job::finished, job, &QObject::deleteLater);
        job->start();
    }

    // --- Download ----------------------------------------------------------------------

    void startDownload()
    {
        rangeMd5s.clear();
        if (info.pieceSize <= 0 && !info.etag.isEmpty() && info.totalBytes >= 0) {
            // Size, ETag and date came from the listing: no HEAD (each GET still checks the ETag).
            Client::ObjectInfo listed;
            listed.size = info.totalBytes;
            listed.etag = info.etag;
            listed.lastModified = info.remoteModified;
            planDownload(listed);
            return;
        }
        auto *job = client().headObject(info.bucket, info.key);
        control = job;
        connect(job, &Client::Job::finished, this, [this, job] {
            job->deleteLater();
            control = nullptr;
            if (!job->result()) {
                fail(job->result().error());
                return;
            }
            planDownload(*job->result());
        });
        job->start();
    }

    void planDownload(const Client::ObjectInfo &head)
    {
        const TransferSettings &s = m.m_settings;
        const QString temp = downloadTempPath(info.localPath);
        bool fresh = info.etag.isEmpty() || normalizedEtag(info.etag) != normalizedEtag(head.etag)
            || info.totalBytes != head.size || info.pieceSize <= 0 || QFileInfo(temp).size() != head.size;
        info.etag = head.etag;
        etagIsMd5 = etagIsDataMd5(head);
        info.totalBytes = head.size;
        info.remoteModified = head.lastModified;
        multipart = head.size >= s.multipartThreshold;
        if (fresh) {
            info.donePieces.clear();
            info.pieceSize = multipart ? partSizeFor(head.size, s.partSize) : std::max<qint64>(head.size, 1);
        }
        pieces = splitIntoPieces(head.size, info.pieceSize);
        if (fresh && !isInMemoryDownload()) // an in-memory download makes its folder on the pool
            QDir().mkpath(QFileInfo(info.localPath).absolutePath());
        if (fresh && multipart) { // a single piece creates (truncates) the file when it starts
            QFile file(temp);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(head.size)) {
                fail(Core::Error::make(Core::ErrorCode::IoError,
                                       QStringLiteral("cannot create %1: %2").arg(temp, file.errorString())));
                return;
            }
        }
        info.resumedPieces = int(info.donePieces.size());
        info.doneBytes = currentDone();
        m.persist(info);
        enterPieces();
    }

    void finishDownload()
    {
        finalizer = new QFutureWatcher<DownloadOutcome>(this);
        connect(finalizer, &QFutureWatcherBase::finished, this, [this] {
            const DownloadOutcome out = finalizer->result();
            if (out.error.code != Core::ErrorCode::None) {
                if (out.error.code == Core::ErrorCode::BadDigest)
                    info.donePieces.clear();
                fail(out.error);
                return;
            }
            info.verified = out.verified;
            info.donePieces.clear();
            complete();
        });
        QList<QByteArray> md5s;
        if (rangeMd5s.size() == pieces.size())
            md5s = rangeMd5s.values(); // in piece order
        finalizer->setFuture(QtConcurrent::run(&finalizeDownload, downloadTempPath(info.localPath), info.localPath, info.etag,
                                               info.totalBytes, info.pieceSize, info.remoteModified,
                                               m.m_settings.verifyChecksums && etagIsMd5, md5s));
    }

    // --- Copy --------------------------------------------------------------------------

    // The client the copy reads from: this endpoint's, or a registered other endpoint's.
    Client::S3Client *sourceClient() const
    {
        if (info.sourceEndpoint.isEmpty())
            return &m.m_client;
        return m.m_sourceClients.value(info.sourceEndpoint).data();
    }
    bool isStreamed() const { return !info.sourceEndpoint.isEmpty(); }

    void startCopy()
    {
        Client::S3Client *source = sourceClient();
        if (!source) {
            fail(Core::Error::make(Core::ErrorCode::InvalidConfiguration,
                                   QStringLiteral("the source endpoint '%1' is not available").arg(info.sourceEndpoint)));
            return;
        }
        auto *head = source->headObject(info.sourceBucket, info.sourceKey);
        control = head;
        connect(head, &Client::Job::finished, this, [this, head] {
            head->deleteLater();
            control = nullptr;
            if (!head->result()) {
                fail(head->result().error());
                return;
            }
            sourceInfo = *head->result();
            const qint64 size = sourceInfo.size;
            const TransferSettings &s = m.m_settings;
            multipart = isStreamed() ? size >= s.multipartThreshold : size > s.copyMultipartThreshold;
            const bool fresh = info.pieceSize <= 0 || info.totalBytes != size
                || normalizedEtag(info.etag) != normalizedEtag(sourceInfo.etag) || !multipart || info.uploadId.isEmpty();
            if (fresh) {
                if (!info.uploadId.isEmpty())
                    abortUpload(info.uploadId); // the source changed: start over
                info.uploadId.clear();
                info.donePieces.clear();
                info.pieceSize = multipart ? partSizeFor(size, s.partSize) : std::max<qint64>(size, 1);
            }
            info.totalBytes = size;
            info.etag = sourceInfo.etag; // the source version the pieces belong to, until complete
            pieces = splitIntoPieces(size, info.pieceSize);
            info.resumedPieces = int(info.donePieces.size());
            info.doneBytes = currentDone();
            m.persist(info);
            // Multipart and streamed copies write a new object: carry the metadata and tags over
            // as CopyObject does.
            if ((multipart || isStreamed()) && sourceInfo.tagCount > 0 && (info.uploadId.isEmpty() || !multipart)) {
                auto *tags = sourceClient()->objectTagging(info.sourceBucket, info.sourceKey);
                control = tags;
                connect(tags, &Client::Job::finished, this, [this, tags] {
                    tags->deleteLater();
                    control = nullptr;
                    if (!tags->result()) {
                        fail(tags->result().error());
                        return;
                    }
                    for (const S3::Tag &t : tags->result()->tags)
                        sourceTags.append({t.key, t.value});
                    createCopyUpload();
                });
                tags->start();
                return;
            }
            createCopyUpload();
        });
        head->start();
    }

    Client::ObjectAttributes copyAttributes() const
    {
        Client::ObjectAttributes a;
        a.contentType = sourceInfo.contentType;
        const auto header = [this](const char *name) { return QString::fromUtf8(sourceHeader(name)); };
        a.cacheControl = header("Cache-Control");
        a.contentDisposition = header("Content-Disposition");
        a.contentEncoding = header("Content-Encoding");
        if (!isStreamed() && !sourceInfo.storageClass.isEmpty() && sourceInfo.storageClass != u"STANDARD")
            a.storageClass = sourceInfo.storageClass;
        a.metadata = sourceInfo.metadata;
        a.tags = sourceTags;
        return a;
    }

    QByteArray sourceHeader(const char *name) const
    {
        for (const auto &[n, v] : sourceInfo.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }

    void createCopyUpload()
    {
        if (!multipart || !info.uploadId.isEmpty()) {
            enterPieces();
            return;
        }
        auto *job = client().createMultipartUpload(info.bucket, info.key, copyAttributes());
        control = job;
        connect(job, &Client::Job::finished, this, [this, job] {
            job->deleteLater();
            control = nullptr;
            if (!job->result()) {
                fail(job->result().error());
                return;
            }
            info.uploadId = job->result()->uploadId;
            m.persist(info);
            enterPieces();
        });
        job->start();
    }

    Client::Job *startCopyPiece(int i)
    {
        const Piece p = pieces[i];
        if (isStreamed()) {
            Client::S3Client *source = sourceClient();
            if (!source)
                return nullptr;
            StreamPieceJob::Spec spec;
            spec.sourceBucket = info.sourceBucket;
            spec.sourceKey = info.sourceKey;
            spec.sourceEtag = info.etag;
            spec.offset = p.offset;
            spec.length = p.length;
            spec.bucket = info.bucket;
            spec.key = info.key;
            spec.uploadId = multipart ? info.uploadId : QString();
            spec.partNumber = i + 1;
            if (!multipart)
                spec.attributes = copyAttributes();
            auto *job = new StreamPieceJob(*source, client(), spec);
            connect(job, &Client::Job::finished, this, [this, job, i] {
                if (!job->result()) {
                    pieceFailed(i, job->result().error());
                    return;
                }
                pieceMd5s.insert(i, job->result()->md5);
                pieceDone(i, job->result()->etag);
            });
            return job;
        }
        if (multipart) {
            Client::UploadPartCopyRequest request;
            request.sourceBucket = info.sourceBucket;
            request.sourceKey = info.sourceKey;
            request.sourceIfMatch = info.etag;
            request.rangeStart = p.offset;
            request.rangeEnd = p.offset + p.length - 1;
            request.bucket = info.bucket;
            request.key = info.key;
            request.uploadId = info.uploadId;
            request.partNumber = i + 1;
            auto *job = client().uploadPartCopy(request);
            connect(job, &Client::Job::finished, this, [this, job, i] {
                if (job->result())
                    pieceDone(i, job->result()->etag);
                else
                    pieceFailed(i, job->result().error());
            });
            return job;
        }
        Client::CopyObjectRequest request;
        request.sourceBucket = info.sourceBucket;
        request.sourceKey = info.sourceKey;
        request.bucket = info.bucket;
        request.key = info.key;
        auto *job = client().copyObject(request);
        connect(job, &Client::Job::finished, this, [this, job, i] {
            if (job->result())
                pieceDone(i, job->result()->etag);
            else
                pieceFailed(i, job->result().error());
        });
        return job;
    }

    // A copy is verified when the new object's ETag is the one its bytes must give: the
    // source's for a single-request copy of a single-part object, the multipart ETag of the
    // parts' MD5s for a streamed multipart copy (each part was also checked with Content-MD5).
    void verifyCopy()
    {
        info.etag = finalEtag;
        const QString actual = normalizedEtag(finalEtag);
        if (multipart && isStreamed() && pieceMd5s.size() == pieces.size()) {
            const QString expected = multipartEtag(pieceMd5s.values());
            if (etagPartCount(actual) == pieces.size() && actual != expected) {
                fail(Core::Error::make(Core::ErrorCode::BadDigest,
                                       QStringLiteral("ETag %1 does not match the copied data (%2)").arg(actual, expected)));
                return;
            }
            info.verified = etagPartCount(actual) == pieces.size();
        } else if (!multipart) {
            const QString source = normalizedEtag(sourceInfo.etag);
            info.verified = isSinglePartEtag(source) && source == actual;
        } else {
            info.verified = false; // UploadPartCopy: the server copied the bytes itself
        }
        complete();
    }
};

// --- TransferManager -----------------------------------------------------------------------

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
    commitBatch();
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
        m_tasks.append(t);
        m_byId.insert(t->info.id, t);
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
    m_tasks.append(t);
    m_byId.insert(t->info.id, t);
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
    if (!t || (t->info.state != TransferState::Running && t->info.state != TransferState::Queued)
        || t->phase == Task::Phase::Aborting)
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
    t->stopWork();
    if (t->info.kind == TransferKind::Download)
        QFile::remove(downloadTempPath(t->info.localPath));
    if (t->info.kind != TransferKind::Download && !t->info.uploadId.isEmpty()) {
        t->phase = Task::Phase::Aborting;
        auto *job = m_client.abortMultipartUpload(t->info.bucket, t->info.key, t->info.uploadId);
        t->control = job;
        connect(job, &Client::Job::finished, t, [this, t, job] {
            job->deleteLater();
            t->control = nullptr;
            t->phase = Task::Phase::Idle;
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
    return std::none_of(m_tasks.cbegin(), m_tasks.cend(), [](const Task *t) {
        return t->info.state == TransferState::Queued || t->info.state == TransferState::Running
            || t->phase == Task::Phase::Aborting;
    });
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
    int running = 0;
    for (const Task *t : std::as_const(m_tasks))
        running += t->info.state == TransferState::Running ? 1 : 0;
    for (Task *t : QList<Task *>(m_tasks)) {
        if (running >= std::max(1, m_settings.maxActiveTransfers))
            break;
        if (t->info.state != TransferState::Queued)
            continue;
        ++running;
        t->info.error = {};
        setState(t, TransferState::Running);
        t->start();
    }
    bool blocked = false;
    for (Task *t : QList<Task *>(m_tasks)) {
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
    const bool anyRunning = std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                                        [](const Task *t) { return t->info.state == TransferState::Running; });
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
    for (Task *t : std::as_const(m_tasks)) {
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
