// TransferManager: server-side copies (CopyObject, UploadPartCopy) and copies streamed from
// another endpoint, carrying the source's metadata and tags over.

#include "engine/client/s3client.h"
#include "engine/transfer/streamcopy.h"
#include "engine/transfer/transfermanager_p.h"

namespace Transfer {

// The client the copy reads from: this endpoint's, or a registered other endpoint's.
Client::S3Client *Task::sourceClient() const
{
    if (info.sourceEndpoint.isEmpty())
        return &m.m_client;
    return m.m_sourceClients.value(info.sourceEndpoint).data();
}

void Task::startCopy()
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
                createUploadThenPieces(copyAttributes());
            });
            tags->start();
            return;
        }
        createUploadThenPieces(copyAttributes());
    });
    head->start();
}

Client::ObjectAttributes Task::copyAttributes() const
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

QByteArray Task::sourceHeader(const char *name) const
{
    for (const auto &[n, v] : sourceInfo.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Client::Job *Task::startCopyPiece(int i)
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
void Task::verifyCopy()
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

} // namespace Transfer
