// TransferManager: uploads: a single PUT (small files from memory), multipart parts sent with
// their CRC32C, and the final check of the ETag against the local data.

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/transfermanager_p.h"

namespace Transfer {

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

namespace {

// Files up to this size are read into memory (with their MD5, in one pass on the pool) and sent
// as one buffer: Qt then writes the request from its HTTP thread without fetching the body from
// this thread 16 KiB at a time, which cost a small upload several event-loop round trips.
constexpr qint64 kInMemoryUpload = kMiB;

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

} // namespace

void Task::startUpload()
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
    createUploadThenPieces(multipart ? uploadAttributes(info.localPath) : Client::ObjectAttributes {});
}

// A file piece goes out with a checksum, hashed on the pool first (the request slot stays
// taken meanwhile): the server checks it, so the request needs no SHA-256 of the payload (no
// second pass over the file). A single PUT sends its Content-MD5, which is also the ETag the
// upload is verified against. A part sends its CRC32C (about 15 times cheaper than MD5 on
// this kind of machine); once the server has confirmed it, the part's ETag (the server's MD5
// of the same bytes) stands for the part's MD5 in the final check of the object's ETag. A
// part whose CRC32C the server did not confirm is hashed with MD5 for that check instead.
void Task::hashThenStartPiece(int i)
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

void Task::verifyUpload()
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

void Task::abortUpload(const QString &uploadId)
{
    auto *job = client().abortMultipartUpload(info.bucket, info.key, uploadId);
    connect(job, &Client::Job::finished, job, &QObject::deleteLater);
    job->start();
}

} // namespace Transfer
