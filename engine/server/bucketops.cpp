// Bucket operations: ListBuckets, CreateBucket, HeadBucket, DeleteBucket, GetBucketLocation,
// versioning, bucket tagging, ListObjects v1/v2, ListObjectVersions, DeleteObjects.

#include "engine/s3/xml/documents.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

// max-keys / max-uploads / max-parts: default 1000, capped at 1000; InvalidArgument when not a
// non-negative integer.
Core::Result<int> maxParam(const RequestContext &ctx, QByteArrayView name)
{
    const auto v = ctx.param(name);
    if (!v)
        return 1000;
    bool ok = false;
    const qlonglong n = v->toLongLong(&ok);
    if (!ok || n < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Provided %1 not an integer or within integer range")
                              .arg(QString::fromLatin1(name.toByteArray())));
    return int(std::min<qlonglong>(n, 1000));
}

Core::Result<QString> encodingTypeParam(const RequestContext &ctx)
{
    const auto v = ctx.param("encoding-type");
    if (!v)
        return QString();
    if (*v != "url")
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid Encoding Method specified in Request"));
    return QStringLiteral("url");
}

S3::Owner ownerFor(const S3Service &s, const QString &canonicalId)
{
    return S3::Owner {canonicalId, ownerDisplayName(s, canonicalId)};
}

QStringList prefixesToStrings(const QList<QByteArray> &prefixes)
{
    QStringList out;
    out.reserve(prefixes.size());
    for (const QByteArray &p : prefixes)
        out.append(QString::fromUtf8(p));
    return out;
}

} // namespace

namespace Ops {

Dispatch listBuckets(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    // One account: its users see the account's (root's) buckets.
    const User &owner = s.rootUser();
    auto buckets = s.store().listBuckets(owner.canonicalId);
    if (!buckets)
        return answer(s.error(*ctx, buckets.error()));
    S3::ListAllMyBucketsResult doc;
    doc.owner = S3::Owner {owner.canonicalId, owner.name};
    for (const Store::BucketInfo &b : *buckets)
        doc.buckets.append(S3::BucketInfo {b.name, b.creationDate, {}});
    return answer(xmlResponse(doc.toXml()));
}

Dispatch createBucket(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = Store::validateBucketName(ctx->route.bucket); !st)
        return answer(s.error(*ctx, st.error()));
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        Store::CreateBucketRequest req;
        req.name = ctx->route.bucket;
        req.ownerId = s.rootUser().canonicalId; // buckets belong to the account
        req.region = s.options().region;
        if (!body.bytes.trimmed().isEmpty()) {
            auto conf = S3::CreateBucketConfiguration::fromXml(body.bytes);
            if (!conf)
                return s.error(*ctx, conf.error());
            if (!conf->locationConstraint.isEmpty() && conf->locationConstraint != s.options().region)
                return s.error(*ctx, s3Error(Core::ErrorCode::IllegalLocationConstraintException,
                                             QStringLiteral("The %1 location constraint is incompatible for the region "
                                                            "specific endpoint this request was sent to.")
                                                 .arg(conf->locationConstraint)));
        }
        req.objectOwnership = ctx->headerString("x-amz-object-ownership");
        if (const std::string *lock = ctx->header("x-amz-bucket-object-lock-enabled"))
            req.objectLockEnabled = strcasecmp(lock->c_str(), "true") == 0;
        auto acl = bucketAclForCreate(s, *ctx); // x-amz-acl / x-amz-grant-* against the ownership
        if (!acl)
            return s.error(*ctx, acl.error());
        auto info = s.store().createBucket(req);
        if (!info)
            return s.error(*ctx, info.error());
        if (*acl) {
            if (auto st = s.store().putBucketConfig(req.name, Store::BucketConfigKind::Acl, **acl); !st)
                return s.error(*ctx, st.error());
        }
        s.access().invalidate(ctx->route.bucket);
        HttpResponse r = emptyResponse(200);
        r.addHeader("Location", "/" + toStd(ctx->route.bucket));
        return r;
    });
}

Dispatch headBucket(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto info = s.store().bucketInfo(ctx->route.bucket);
    if (!info)
        return answer(s.error(*ctx, info.error()));
    HttpResponse r = emptyResponse(200);
    r.addHeader("x-amz-bucket-region", toStd(info->region.isEmpty() ? s.options().region : info->region));
    r.contentLength = 0;
    return answer(std::move(r));
}

Dispatch deleteBucket(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = s.store().deleteBucket(ctx->route.bucket); !st)
        return answer(s.error(*ctx, st.error()));
    s.access().invalidate(ctx->route.bucket);
    return answer(emptyResponse(204));
}

Dispatch getBucketLocation(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto info = s.store().bucketInfo(ctx->route.bucket);
    if (!info)
        return answer(s.error(*ctx, info.error()));
    S3::LocationConstraint doc;
    doc.region = info->region == QLatin1StringView("us-east-1") ? QString() : info->region;
    return answer(xmlResponse(doc.toXml()));
}

Dispatch getBucketVersioning(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto info = s.store().bucketInfo(ctx->route.bucket);
    if (!info)
        return answer(s.error(*ctx, info.error()));
    S3::VersioningConfiguration doc;
    switch (info->versioning) {
    case Store::VersioningState::Unversioned: break;
    case Store::VersioningState::Enabled: doc.status = S3::VersioningConfiguration::Status::Enabled; break;
    case Store::VersioningState::Suspended: doc.status = S3::VersioningConfiguration::Status::Suspended; break;
    }
    return answer(xmlResponse(doc.toXml()));
}

Dispatch putBucketVersioning(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::VersioningConfiguration::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        if (doc->status == S3::VersioningConfiguration::Status::Unset)
            return s.error(*ctx, s3Error(Core::ErrorCode::IllegalVersioningConfigurationException,
                                         QStringLiteral("The Versioning element must be specified")));
        const auto state = doc->status == S3::VersioningConfiguration::Status::Enabled ? Store::VersioningState::Enabled
                                                                                       : Store::VersioningState::Suspended;
        if (auto st = s.store().setBucketVersioning(ctx->route.bucket, state); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(200);
    });
}

Dispatch getBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Tagging);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchTagSet)));
    return answer(xmlResponse(**doc));
}

Dispatch putBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::Tagging::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        if (auto st = S3::validateTags(doc->tags, S3::TagTarget::Bucket); !st)
            return s.error(*ctx, st.error());
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Tagging, doc->toXml()); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(204);
    });
}

Dispatch deleteBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Tagging); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

Dispatch listObjects(S3Service &s, std::shared_ptr<RequestContext> ctx, bool v2)
{
    auto maxKeys = maxParam(*ctx, "max-keys");
    if (!maxKeys)
        return answer(s.error(*ctx, maxKeys.error()));
    auto encoding = encodingTypeParam(*ctx);
    if (!encoding)
        return answer(s.error(*ctx, encoding.error()));
    Store::ListObjectsRequest req;
    req.prefix = ctx->param("prefix").value_or(QByteArray());
    req.delimiter = ctx->param("delimiter").value_or(QByteArray());
    req.maxKeys = *maxKeys;
    S3::ListBucketResult doc;
    doc.listType = v2 ? S3::ListBucketResult::ListType::V2 : S3::ListBucketResult::ListType::V1;
    if (v2) {
        if (const auto token = ctx->param("continuation-token")) {
            const auto decoded = QByteArray::fromBase64Encoding(*token, QByteArray::Base64UrlEncoding
                                                                            | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || token->isEmpty())
                return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                    QStringLiteral("The continuation token provided is incorrect"))));
            req.startAfter = decoded.decoded;
            doc.continuationToken = QString::fromUtf8(*token);
        } else if (const auto startAfter = ctx->param("start-after")) {
            req.startAfter = *startAfter;
        }
        doc.startAfter = ctx->paramString("start-after");
    } else {
        req.startAfter = ctx->param("marker").value_or(QByteArray());
        doc.marker = QString::fromUtf8(req.startAfter);
    }
    auto result = s.store().listObjects(ctx->route.bucket, req);
    if (!result)
        return answer(s.error(*ctx, result.error()));
    const bool withOwner = !v2 || ctx->param("fetch-owner") == QByteArray("true");
    doc.name = ctx->route.bucket;
    doc.prefix = QString::fromUtf8(req.prefix);
    doc.delimiter = QString::fromUtf8(req.delimiter);
    doc.maxKeys = req.maxKeys;
    doc.encodingType = *encoding;
    doc.isTruncated = result->isTruncated;
    doc.contents.reserve(result->entries.size());
    for (const Store::ObjectEntry &e : result->entries) {
        S3::ObjectEntry o;
        o.key = QString::fromUtf8(e.key);
        o.lastModified = e.lastModified;
        o.etag = e.etag;
        o.size = e.size;
        o.storageClass = e.storageClass.isEmpty() ? QStringLiteral("STANDARD") : e.storageClass;
        if (withOwner)
            o.owner = ownerFor(s, e.ownerId);
        doc.contents.append(std::move(o));
    }
    doc.commonPrefixes = prefixesToStrings(result->commonPrefixes);
    if (v2) {
        doc.keyCount = int(doc.contents.size() + doc.commonPrefixes.size());
        if (result->isTruncated)
            doc.nextContinuationToken = QString::fromLatin1(result->nextMarker.toBase64(QByteArray::Base64UrlEncoding));
    } else if (result->isTruncated && !req.delimiter.isEmpty()) {
        doc.nextMarker = QString::fromUtf8(result->nextMarker);
    }
    return answer(xmlResponse(doc.toXml()));
}

Dispatch listObjectVersions(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto maxKeys = maxParam(*ctx, "max-keys");
    if (!maxKeys)
        return answer(s.error(*ctx, maxKeys.error()));
    auto encoding = encodingTypeParam(*ctx);
    if (!encoding)
        return answer(s.error(*ctx, encoding.error()));
    Store::ListVersionsRequest req;
    req.prefix = ctx->param("prefix").value_or(QByteArray());
    req.delimiter = ctx->param("delimiter").value_or(QByteArray());
    req.keyMarker = ctx->param("key-marker").value_or(QByteArray());
    req.versionIdMarker = ctx->paramString("version-id-marker");
    req.maxKeys = *maxKeys;
    if (!req.versionIdMarker.isEmpty() && req.keyMarker.isEmpty())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                            QStringLiteral("A version-id marker cannot be specified without a key marker."))));
    auto result = s.store().listObjectVersions(ctx->route.bucket, req);
    if (!result)
        return answer(s.error(*ctx, result.error()));
    S3::ListVersionsResult doc;
    doc.name = ctx->route.bucket;
    doc.prefix = QString::fromUtf8(req.prefix);
    doc.delimiter = QString::fromUtf8(req.delimiter);
    doc.keyMarker = QString::fromUtf8(req.keyMarker);
    doc.versionIdMarker = req.versionIdMarker;
    doc.maxKeys = req.maxKeys;
    doc.encodingType = *encoding;
    doc.isTruncated = result->isTruncated;
    if (result->isTruncated) {
        doc.nextKeyMarker = QString::fromUtf8(result->nextKeyMarker);
        doc.nextVersionIdMarker = result->nextVersionIdMarker;
    }
    for (const Store::ObjectEntry &e : result->versions) {
        S3::VersionEntry v;
        v.isDeleteMarker = e.isDeleteMarker;
        v.key = QString::fromUtf8(e.key);
        v.versionId = e.versionId;
        v.isLatest = e.isLatest;
        v.lastModified = e.lastModified;
        v.etag = e.etag;
        v.size = e.size;
        v.storageClass = e.storageClass.isEmpty() ? QStringLiteral("STANDARD") : e.storageClass;
        v.owner = ownerFor(s, e.ownerId);
        doc.entries.append(std::move(v));
    }
    doc.commonPrefixes = prefixesToStrings(result->commonPrefixes);
    return answer(xmlResponse(doc.toXml()));
}

Dispatch deleteObjects(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxLargeRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::Delete::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        QList<Store::ObjectIdentifier> ids;
        ids.reserve(doc->objects.size());
        S3::DeleteResult result;
        for (const S3::ObjectIdentifier &o : doc->objects) {
            const QByteArray key = o.key.toUtf8();
            const QString action = o.versionId.isEmpty() ? QStringLiteral("s3:DeleteObject")
                                                         : QStringLiteral("s3:DeleteObjectVersion");
            if (auto allowed = authorizeObjectAction(s, *ctx, action, key, o.versionId); !allowed) {
                result.errors.append({o.key, o.versionId, allowed.error().s3Code, allowed.error().message});
                continue;
            }
            ids.append({key, o.versionId});
        }
        auto outcomes = s.store().deleteObjects(ctx->route.bucket, ids);
        if (!outcomes)
            return s.error(*ctx, outcomes.error());
        for (const Store::DeleteOutcome &o : *outcomes) {
            if (!o.status) {
                const Core::Error e = s3Error(o.status.error());
                result.errors.append({QString::fromUtf8(o.key), o.versionId, e.s3Code, e.message});
            } else if (!doc->quiet) {
                result.deleted.append({QString::fromUtf8(o.key), o.versionId, o.deleteMarker, o.deleteMarkerVersionId});
            }
        }
        return xmlResponse(result.toXml());
    });
}

} // namespace Ops

} // namespace Server
