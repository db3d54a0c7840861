// TransferManager: the life of one transfer (Task) and its pieces: starting, dispatching each
// piece request, counting finished pieces and completing a multipart upload or copy.

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/rangewritedevice.h"
#include "engine/transfer/transfermanager_p.h"

namespace Transfer {

// MD5 (or another checksum) of each piece of a file (raw digests). Runs on the pool.
Core::Result<QList<QByteArray>> hashPieces(const QString &path, const QList<Piece> &pieces,
                                           S3::ChecksumAlgorithm algorithm)
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

qint64 Task::currentDone() const
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

void Task::dropJob(Client::Job *job, QObject *context)
{
    if (!job)
        return;
    job->disconnect(context);
    job->cancel();
    job->deleteLater();
}

// Stops every request and hash of this transfer (the queue file keeps its resume state).
void Task::stopWork()
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

void Task::fail(const Core::Error &error)
{
    stopWork();
    info.doneBytes = currentDone();
    m.setState(this, TransferState::Failed, error);
}

void Task::complete()
{
    stopWork();
    info.doneBytes = std::max<qint64>(info.totalBytes, 0);
    m.setState(this, TransferState::Completed);
    emit m.progressChanged(info.id, info.doneBytes, info.totalBytes);
}

// Next piece to request, or -1.
int Task::nextPiece()
{
    if (phase != Phase::Pieces)
        return -1;
    while (cursor < pieces.size() && (info.donePieces.contains(cursor) || inflight.contains(cursor)))
        ++cursor;
    return cursor < pieces.size() ? cursor : -1;
}

void Task::start()
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

void Task::createUploadThenPieces(const Client::ObjectAttributes &attributes)
{
    if (!multipart || !info.uploadId.isEmpty()) {
        enterPieces();
        return;
    }
    auto *job = client().createMultipartUpload(info.bucket, info.key, attributes);
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

void Task::enterPieces()
{
    phase = Phase::Pieces;
    if (info.donePieces.size() == pieces.size())
        finishPieces();
    else
        m.scheduleSoon();
}

void Task::startPiece(int i)
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

void Task::pieceFinishedCommon(int i)
{
    if (Client::Job *job = inflight.take(i))
        job->deleteLater();
    inflightBytes.remove(i);
    m.releaseRequestSlot();
}

void Task::pieceFailed(int i, const Core::Error &error)
{
    pieceFinishedCommon(i);
    if (error.code == Core::ErrorCode::NoSuchUpload) {
        info.uploadId.clear(); // gone on the server: the next retry starts a new upload
        info.donePieces.clear();
    }
    fail(error);
}

void Task::pieceDone(int i, const QString &etag)
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

void Task::finishPieces()
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

} // namespace Transfer
