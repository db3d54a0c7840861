// ACL operations: Get/PutBucketAcl and Get/PutObjectAcl (?acl, with ?versionId on objects).

#include "engine/policy/acl.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

// With ACLs disabled S3 answers reads of an ACL with the bucket owner's full control.
S3::AccessControlPolicy ownerOnly(const S3Service &s, const QString &ownerId)
{
    auto acl = Policy::cannedAcl(u"private", ownerOf(s, ownerId), ownerOf(s, ownerId));
    return acl ? *acl : S3::AccessControlPolicy {};
}

S3::AccessControlPolicy withDisplayNames(const S3Service &s, S3::AccessControlPolicy acl)
{
    acl.owner = ownerOf(s, acl.owner.id);
    for (S3::Grant &g : acl.grants) {
        if (g.grantee.type == S3::Grantee::Type::CanonicalUser && g.grantee.displayName.isEmpty())
            g.grantee.displayName = ownerDisplayName(s, g.grantee.id);
    }
    return acl;
}

} // namespace

namespace Ops {

Dispatch getBucketAcl(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto access = s.access().bucketAccess(ctx->route.bucket);
    if (!access)
        return answer(s.error(*ctx, access.error()));
    const BucketAccess &a = **access;
    const S3::AccessControlPolicy acl = a.aclsEnabled() ? withDisplayNames(s, a.acl) : ownerOnly(s, a.ownerId);
    return answer(xmlResponse(acl.toXml()));
}

Dispatch putBucketAcl(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto access = s.access().bucketAccess(ctx->route.bucket);
        if (!access)
            return s.error(*ctx, access.error());
        auto acl = aclForPut(s, *ctx, body.bytes, (*access)->ownerId, **access);
        if (!acl)
            return s.error(*ctx, acl.error());
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Acl, acl->toXml()); !st)
            return s.error(*ctx, st.error());
        s.access().invalidate(ctx->route.bucket);
        return emptyResponse(200);
    });
}

Dispatch getObjectAcl(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto access = s.access().bucketAccess(ctx->route.bucket);
    if (!access)
        return answer(s.error(*ctx, access.error()));
    auto info = s.store().headObject(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx));
    if (!info)
        return answer(s.error(*ctx, info.error()));
    const BucketAccess &a = **access;
    const S3::AccessControlPolicy acl = a.aclsEnabled()
                                            ? expandObjectAcl(s, info->meta.acl, info->meta.ownerId, a.ownerId)
                                            : ownerOnly(s, a.ownerId);
    HttpResponse r = xmlResponse(acl.toXml());
    if (info->versionId != Store::kNullVersionId && !info->versionId.isEmpty())
        r.addHeader("x-amz-version-id", toStd(info->versionId));
    return answer(std::move(r));
}

Dispatch putObjectAcl(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto access = s.access().bucketAccess(ctx->route.bucket);
        if (!access)
            return s.error(*ctx, access.error());
        auto info = s.store().headObject(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx));
        if (!info)
            return s.error(*ctx, info.error());
        const QString owner = info->meta.ownerId.isEmpty() ? (*access)->ownerId : info->meta.ownerId;
        auto acl = aclForPut(s, *ctx, body.bytes, owner, **access);
        if (!acl)
            return s.error(*ctx, acl.error());
        // The version read above, even if a newer one arrived in between.
        auto v = s.store().setObjectAcl(ctx->route.bucket, ctx->route.key, info->versionId,
                                        QString::fromUtf8(acl->toXml()));
        if (!v)
            return s.error(*ctx, v.error());
        HttpResponse r = emptyResponse(200);
        if (*v != Store::kNullVersionId)
            r.addHeader("x-amz-version-id", toStd(*v));
        return r;
    });
}

} // namespace Ops

} // namespace Server
