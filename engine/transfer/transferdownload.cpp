// TransferManager: downloads: small ones received into memory and stored on the pool, ranged
// ones written in place, then verified against the ETag and renamed into place.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/transfermanager_p.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Transfer {

QString downloadTempPath(const QString &localPath)
{
    return localPath + QStringLiteral(".pail-download");
}

namespace {

// Downloads (single requests) up to this size are received into memory and written, verified
// and renamed into place on the pool in one step: creating, writing and hashing each file on
// this thread made it the bottleneck of a folder of small files (an ext4 file creation alone
// takes 0.1-0.2 ms). At most maxConcurrentRequests such bodies are held at once (the request
// slot stays taken until the file is written).
constexpr qint64 kInMemoryDownload = kMiB;

// Verifies the finished temp file against the object's ETag, renames it into place and sets
// its modification time. Runs on the pool. A plain-MD5 ETag must match; for a multipart ETag
// the part size is not known, so the common ones are tried (no match = unverified, not an error).
// rangeMd5s: the MD5 of every piece, hashed while it was written (empty when not all pieces
// were written in this session); when they settle the comparison the file is not read again.
// cancelled: set when the transfer is cancelled meanwhile; checked last before the rename, it
// removes the temp file and answers Cancelled instead (see Task::cancelWhileFinalizing()).
DownloadOutcome finalizeDownload(QString temp, QString dest, QString etag, qint64 size, qint64 pieceSize,
                                 QDateTime modified, bool verify, QList<QByteArray> rangeMd5s,
                                 std::shared_ptr<std::atomic<bool>> cancelled)
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
    if (cancelled->load(std::memory_order_acquire)) {
        QFile::remove(temp);
        out.error = Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("the download was cancelled"));
        return out;
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
DownloadOutcome storeDownload(QString temp, QString dest, QByteArray data, QString etag, QDateTime modified, bool verify,
                              std::shared_ptr<std::atomic<bool>> cancelled)
{
    DownloadOutcome out;
    if (cancelled->load(std::memory_order_acquire)) { // before any folder or file is made
        out.error = Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("the download was cancelled"));
        return out;
    }
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
    return finalizeDownload(temp, dest, etag, data.size(), std::max<qint64>(data.size(), 1), modified, verify, md5s,
                            std::move(cancelled));
}

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

// A download small enough to be received into memory (see kInMemoryDownload).
bool Task::isInMemoryDownload() const
{
    return info.kind == TransferKind::Download && pieces.size() == 1 && pieces.first().length <= kInMemoryDownload;
}

// The GET of an in-memory download; once it answered, storeDownload() writes, verifies and
// renames the file on the pool, with the request slot still taken (so at most
// maxConcurrentRequests bodies wait in memory), and the transfer completes from there.
void Task::startInMemoryGet(int i)
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
        startFinalizer(
            [temp = downloadTempPath(info.localPath), dest = info.localPath, data = r->data, etag = info.etag,
             modified = info.remoteModified, verify = m.m_settings.verifyChecksums && etagIsMd5](auto cancelled) {
                return storeDownload(temp, dest, data, etag, modified, verify, std::move(cancelled));
            },
            [this, i](const DownloadOutcome &out) {
                if (out.error.code != Core::ErrorCode::None) {
                    pieceFailed(i, out.error);
                    return;
                }
                pieceFinishedCommon(i);
                info.verified = out.verified;
                info.donePieces.clear();
                complete();
            });
    });
    inflight.insert(i, job);
    inflightBytes.insert(i, 0);
    connect(job, &Client::Job::progress, this, [this, i](qint64 done, qint64) {
        if (inflightBytes.contains(i))
            inflightBytes[i] = std::min(done, pieces[i].length);
    });
    job->start();
}

// A download's GET answer for piece i: fails the piece when the object changed since the
// download was planned (a retry plans again from a fresh HEAD); notes whether its ETag can
// verify the data.
bool Task::acceptRangeAnswer(int i, const Client::ObjectInfo &answer)
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

void Task::startDownload()
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

void Task::planDownload(const Client::ObjectInfo &head)
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

void Task::finishDownload()
{
    QList<QByteArray> md5s;
    if (rangeMd5s.size() == pieces.size())
        md5s = rangeMd5s.values(); // in piece order
    startFinalizer(
        [temp = downloadTempPath(info.localPath), dest = info.localPath, etag = info.etag, size = info.totalBytes,
         pieceSize = info.pieceSize, modified = info.remoteModified,
         verify = m.m_settings.verifyChecksums && etagIsMd5, md5s](auto cancelled) {
            return finalizeDownload(temp, dest, etag, size, pieceSize, modified, verify, md5s, std::move(cancelled));
        },
        [this](const DownloadOutcome &out) {
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
}

// Runs a download's last step (write, verify, rename into place) on the pool; done() takes its
// outcome here, unless the transfer was cancelled meanwhile (see finalizedAfterCancel()).
void Task::startFinalizer(std::function<DownloadOutcome(std::shared_ptr<std::atomic<bool>>)> work,
                          std::function<void(const DownloadOutcome &)> done)
{
    finalizeCancelled = std::make_shared<std::atomic<bool>>(false);
    finalizer = new QFutureWatcher<DownloadOutcome>(this);
    connect(finalizer, &QFutureWatcherBase::finished, this, [this, done = std::move(done)] {
        const DownloadOutcome out = finalizer->result();
        finalizer->deleteLater();
        finalizer = nullptr;
        if (phase == Phase::Aborting)
            finalizedAfterCancel(out);
        else
            done(out);
    });
    finalizer->setFuture(QtConcurrent::run(std::move(work), finalizeCancelled));
}

// cancel() while the finalizer runs. Its work cannot be interrupted midway and, left alone,
// would still rename the file into place under a transfer shown as cancelled. It is told to
// stop before its rename instead, and the transfer waits for its answer (as an upload waits
// for its abort): see finalizedAfterCancel().
void Task::cancelWhileFinalizing()
{
    finalizeCancelled->store(true, std::memory_order_release);
    phase = Phase::Aborting;
    ++m.m_abortingCount;
}

// The finalizer's answer after a cancel. Cancelled: nothing was put in place. Success: the file
// was in place before the cancel reached the pool, so the transfer completed and says so. Any
// other error: the transfer is cancelled and its temp file removed. The state always tells what
// is on disk.
void Task::finalizedAfterCancel(const DownloadOutcome &out)
{
    --m.m_abortingCount;
    phase = Phase::Idle;
    if (out.error.code == Core::ErrorCode::None) {
        info.verified = out.verified;
        info.donePieces.clear();
        complete();
        return;
    }
    stopWork();
    if (out.error.code != Core::ErrorCode::Cancelled)
        QFile::remove(downloadTempPath(info.localPath));
    info.donePieces.clear();
    m.setState(this, TransferState::Cancelled);
}

} // namespace Transfer
