// Multipart upload operations.

#include "engine/s3/uri.h"
#include "engine/s3/xml/documents.h"
#include "engine/server/s3service_p.h"
#include "engine/server/sse_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

Core::Result<int> partNumberParam(const RequestContext &ctx)
{
    bool ok = false;
    const int n = ctx.param("partNumber").value_or(QByteArray()).toInt(&ok);
    if (!ok || n < 1 || n > Store::Store::kMaxPartNumber)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"));
    return n;
}

S3::Owner ownerFor(const S3Service &s, const QString &canonicalId)
{
    return S3::Owner {canonicalId, ownerDisplayName(s, canonicalId)};
}

S3::Checksums checksumsOf(const Store::Checksum &c)
{
    S3::Checksums out;
    if (c.algorithm == QLatin1StringView("CRC32"))
        out.crc32 = c.value;
    else if (c.algorithm == QLatin1StringView("CRC32C"))
        out.crc32c = c.value;
    else if (c.algorithm == QLatin1StringView("SHA1"))
        out.sha1 = c.value;
    else if (c.algorithm == QLatin1StringView("SHA256"))
        out.sha256 = c.value;
    return out;
}

} // namespace

namespace Ops {

Dispatch createMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = Store::validateKey(ctx->route.key); !st)
        return answer(s.error(*ctx, st.error()));
    auto meta = metaFromHeaders(s, *ctx);
    if (!meta)
        return answer(s.error(*ctx, meta.error()));
    if (const std::string *alg = ctx->header("x-amz-checksum-algorithm"))
        meta->checksum.algorithm = QString::fromStdString(*alg).toUpper();
    // The upload's data key is made now; every part is encrypted with it.
    if (auto key = newObjectEncryption(s, *ctx, ctx->route.bucket, *meta); !key)
        return answer(sseError(s, *ctx, key.error()));
    auto upload = s.store().createUpload(ctx->route.bucket, ctx->route.key, *meta);
    if (!upload)
        return answer(s.error(*ctx, upload.error()));
    S3::InitiateMultipartUploadResult doc {ctx->route.bucket, QString::fromUtf8(ctx->route.key), upload->uploadId};
    HttpResponse r = xmlResponse(doc.toXml());
    if (!meta->checksum.algorithm.isEmpty())
        r.addHeader("x-amz-checksum-algorithm", toStd(meta->checksum.algorithm));
    addSseHeaders(r, s, meta->encryption);
    return answer(std::move(r));
}

Dispatch uploadPart(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto part = partNumberParam(*ctx);
    if (!part)
        return answer(s.error(*ctx, part.error()));
    const QString uploadId = ctx->paramString("uploadId");
    // Answer NoSuchUpload before the body is read (and before 100-continue).
    auto info = s.store().uploadInfo(ctx->route.bucket, ctx->route.key, uploadId);
    if (!info)
        return answer(s.error(*ctx, info.error()));
    auto dataKey = readDataKey(s, *ctx, info->meta.encryption, false);
    if (!dataKey)
        return answer(sseError(s, *ctx, dataKey.error()));
    ctx->sseDataKey = *dataKey;
    auto sink = makeBodySink(s, ctx, true, s.options().maxObjectSize,
                             [&s, ctx, uploadId, n = *part, enc = info->meta.encryption](VerifiedBody &body) {
                                 auto p = s.store().putPart(ctx->route.bucket, ctx->route.key, uploadId, n,
                                                            std::move(body.writer), body.checksum);
                                 if (!p)
                                     return s.error(*ctx, p.error());
                                 HttpResponse r = emptyResponse(200);
                                 r.addHeader("ETag", toStd(p->etag));
                                 addSseHeaders(r, s, enc);
                                 return r;
                             });
    if (!sink)
        return answer(s.error(*ctx, sink.error()));
    return Dispatch {HttpResponse {}, std::move(*sink)};
}

Dispatch uploadPartCopy(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto part = partNumberParam(*ctx);
    if (!part)
        return answer(s.error(*ctx, part.error()));
    const QString uploadId = ctx->paramString("uploadId");
    auto upload = s.store().uploadInfo(ctx->route.bucket, ctx->route.key, uploadId);
    if (!upload)
        return answer(s.error(*ctx, upload.error()));
    auto dstKey = readDataKey(s, *ctx, upload->meta.encryption, false);
    if (!dstKey)
        return answer(sseError(s, *ctx, dstKey.error()));

    // x-amz-copy-source: "[/]bucket/key[?versionId=v]".
    QByteArray raw = ctx->headerBytes("x-amz-copy-source");
    QString versionId;
    if (const qsizetype q = raw.indexOf('?'); q >= 0) {
        for (const auto &[name, value] : S3::parseQuery(QByteArrayView(raw).sliced(q + 1))) {
            if (name == "versionId")
                versionId = QString::fromUtf8(value);
        }
        raw.truncate(q);
    }
    QByteArray path = S3::uriDecode(raw).value_or(QByteArray());
    if (path.startsWith('/'))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf('/');
    if (slash <= 0 || slash + 1 >= path.size())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                            QStringLiteral("Copy Source must mention the source bucket and key: "
                                                           "sourcebucket/sourcekey"))));
    const QString srcBucket = QString::fromUtf8(path.left(slash));
    const QByteArray srcKey = path.mid(slash + 1);
    // Reading the source was authorised with the request (s3:GetObject on the source object,
    // under the source bucket's policy, settings and object ACL); an anonymous caller allowed
    // by policies gets here too.
    auto bucketInfo = s.store().bucketInfo(srcBucket);
    if (!bucketInfo)
        return answer(s.error(*ctx, bucketInfo.error()));
    auto reader = s.store().openObject(srcBucket, srcKey, versionId);
    if (!reader)
        return answer(s.error(*ctx, reader.error()));
    {
        auto srcDataKey = readDataKey(s, *ctx, (*reader)->info().meta.encryption, true);
        if (!srcDataKey)
            return answer(sseError(s, *ctx, srcDataKey.error()));
        if (!srcDataKey->isEmpty())
            (*reader)->decryptWith(*srcDataKey);
    }
    const qint64 size = (*reader)->size();
    qint64 first = 0;
    qint64 last = size - 1;
    if (const std::string *range = ctx->header("x-amz-copy-source-range")) {
        // Only "bytes=first-last" is allowed here.
        const QByteArray v = QByteArray::fromStdString(*range).trimmed();
        bool ok1 = false;
        bool ok2 = false;
        const qsizetype dash = v.indexOf('-');
        if (v.startsWith("bytes=") && dash > 6) {
            first = v.mid(6, dash - 6).toLongLong(&ok1);
            last = v.mid(dash + 1).toLongLong(&ok2);
        }
        if (!ok1 || !ok2 || first > last)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("The x-amz-copy-source-range value must be of the form "
                                                               "bytes=first-last where first and last are the zero-based "
                                                               "offsets of the first and last bytes to copy"))));
        if (last >= size)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidRange,
                                                QStringLiteral("The requested range is not satisfiable"))));
    }
    auto writer = s.store().beginWrite();
    if (!writer)
        return answer(s.error(*ctx, writer.error()));
    if (!dstKey->isEmpty()) {
        if (auto st = (*writer)->encryptWith(*dstKey); !st)
            return answer(s.error(*ctx, st.error()));
    }
    std::vector<char> buffer(std::size_t(1024 * 1024));
    for (qint64 offset = first; offset <= last;) {
        const qint64 want = std::min<qint64>(qint64(buffer.size()), last - offset + 1);
        auto got = (*reader)->read(offset, buffer.data(), want);
        if (!got)
            return answer(s.error(*ctx, got.error()));
        if (*got <= 0)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InternalError)));
        if (auto st = (*writer)->write(buffer.data(), *got); !st)
            return answer(s.error(*ctx, st.error()));
        offset += *got;
    }
    auto p = s.store().putPart(ctx->route.bucket, ctx->route.key, uploadId, *part, std::move(*writer));
    if (!p)
        return answer(s.error(*ctx, p.error()));
    S3::CopyPartResult doc;
    doc.etag = p->etag;
    doc.lastModified = p->lastModified;
    HttpResponse r = xmlResponse(doc.toXml());
    const QString srcVersion = (*reader)->info().versionId;
    if (!srcVersion.isEmpty() && srcVersion != Store::kNullVersionId)
        r.addHeader("x-amz-copy-source-version-id", toStd(srcVersion));
    addSseHeaders(r, s, upload->meta.encryption);
    return answer(std::move(r));
}

Dispatch completeMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxLargeRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::CompleteMultipartUpload::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        QList<Store::CompletedPart> parts;
        parts.reserve(doc->parts.size());
        for (const S3::CompletedPart &p : doc->parts)
            parts.append({p.partNumber, p.etag});
        auto upload = s.store().uploadInfo(ctx->route.bucket, ctx->route.key, ctx->paramString("uploadId"));
        if (!upload)
            return s.error(*ctx, upload.error());
        auto v = s.store().completeUpload(ctx->route.bucket, ctx->route.key, ctx->paramString("uploadId"), parts);
        if (!v)
            return s.error(*ctx, v.error());
        S3::CompleteMultipartUploadResult result;
        const std::string *host = ctx->header("host");
        result.location = QStringLiteral("http://%1/%2/%3")
                              .arg(host ? QString::fromStdString(*host) : QStringLiteral("localhost"), ctx->route.bucket,
                                   QString::fromLatin1(S3::uriEncode(ctx->route.key, false)));
        result.bucket = ctx->route.bucket;
        result.key = QString::fromUtf8(ctx->route.key);
        result.etag = v->etag;
        HttpResponse r = xmlResponse(result.toXml());
        if (v->versionId != Store::kNullVersionId)
            r.addHeader("x-amz-version-id", toStd(v->versionId));
        addSseHeaders(r, s, upload->meta.encryption);
        return r;
    });
}

Dispatch abortMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = s.store().abortUpload(ctx->route.bucket, ctx->route.key, ctx->paramString("uploadId")); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

Dispatch listParts(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    Store::ListPartsRequest req;
    if (const auto m = ctx->param("max-parts")) {
        bool ok = false;
        req.maxParts = std::min(1000, m->toInt(&ok));
        if (!ok || req.maxParts < 0)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("Provided max-parts not an integer or within integer range"))));
    }
    if (const auto m = ctx->param("part-number-marker")) {
        bool ok = false;
        req.partNumberMarker = m->toInt(&ok);
        if (!ok || req.partNumberMarker < 0)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("Provided part-number-marker not an integer or within "
                                                               "integer range"))));
    }
    auto result = s.store().listParts(ctx->route.bucket, ctx->route.key, ctx->paramString("uploadId"), req);
    if (!result)
        return answer(s.error(*ctx, result.error()));
    S3::ListPartsResult doc;
    doc.bucket = ctx->route.bucket;
    doc.key = QString::fromUtf8(ctx->route.key);
    doc.uploadId = result->upload.uploadId;
    doc.partNumberMarker = req.partNumberMarker;
    doc.nextPartNumberMarker = result->nextPartNumberMarker;
    doc.maxParts = req.maxParts;
    doc.isTruncated = result->isTruncated;
    doc.initiator = ownerFor(s, result->upload.meta.ownerId);
    doc.owner = doc.initiator;
    doc.storageClass = result->upload.meta.storageClass.isEmpty() ? QStringLiteral("STANDARD")
                                                                  : result->upload.meta.storageClass;
    doc.checksumAlgorithm = result->upload.meta.checksum.algorithm;
    for (const Store::PartInfo &p : result->parts)
        doc.parts.append({p.partNumber, p.lastModified, p.etag, p.size, checksumsOf(p.checksum)});
    return answer(xmlResponse(doc.toXml()));
}

Dispatch listMultipartUploads(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    Store::ListUploadsRequest req;
    req.prefix = ctx->param("prefix").value_or(QByteArray());
    req.delimiter = ctx->param("delimiter").value_or(QByteArray());
    req.keyMarker = ctx->param("key-marker").value_or(QByteArray());
    req.uploadIdMarker = ctx->paramString("upload-id-marker");
    if (const auto m = ctx->param("max-uploads")) {
        bool ok = false;
        req.maxUploads = std::min(1000, m->toInt(&ok));
        if (!ok || req.maxUploads < 0)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("Provided max-uploads not an integer or within integer range"))));
    }
    QString encoding;
    if (const auto e = ctx->param("encoding-type")) {
        if (*e != "url")
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("Invalid Encoding Method specified in Request"))));
        encoding = QStringLiteral("url");
    }
    auto result = s.store().listUploads(ctx->route.bucket, req);
    if (!result)
        return answer(s.error(*ctx, result.error()));
    S3::ListMultipartUploadsResult doc;
    doc.bucket = ctx->route.bucket;
    doc.keyMarker = QString::fromUtf8(req.keyMarker);
    doc.uploadIdMarker = req.uploadIdMarker;
    doc.nextKeyMarker = QString::fromUtf8(result->nextKeyMarker);
    doc.nextUploadIdMarker = result->nextUploadIdMarker;
    doc.prefix = QString::fromUtf8(req.prefix);
    doc.delimiter = QString::fromUtf8(req.delimiter);
    doc.maxUploads = req.maxUploads;
    doc.encodingType = encoding;
    doc.isTruncated = result->isTruncated;
    for (const Store::UploadInfo &u : result->uploads) {
        S3::UploadEntry e;
        e.key = QString::fromUtf8(u.key);
        e.uploadId = u.uploadId;
        e.initiator = ownerFor(s, u.meta.ownerId);
        e.owner = e.initiator;
        e.storageClass = u.meta.storageClass.isEmpty() ? QStringLiteral("STANDARD") : u.meta.storageClass;
        e.initiated = u.initiated;
        doc.uploads.append(std::move(e));
    }
    for (const QByteArray &p : result->commonPrefixes)
        doc.commonPrefixes.append(QString::fromUtf8(p));
    return answer(xmlResponse(doc.toXml()));
}

} // namespace Ops

} // namespace Server
