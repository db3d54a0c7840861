// Object Ownership: Get/Put/DeleteBucketOwnershipControls (?ownershipControls).

#include "engine/policy/acl.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server::Ops {

Dispatch getBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto info = s.store().bucketInfo(ctx->route.bucket);
    if (!info)
        return answer(s.error(*ctx, info.error()));
    if (info->objectOwnership.isEmpty())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::OwnershipControlsNotFoundError)));
    S3::OwnershipControls doc;
    doc.objectOwnership = info->objectOwnership;
    return answer(xmlResponse(doc.toXml()));
}

Dispatch putBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::OwnershipControls::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        auto access = s.access().bucketAccess(ctx->route.bucket);
        if (!access)
            return s.error(*ctx, access.error());
        // Disabling ACLs needs a bucket ACL that grants nothing beyond the owner (S3 refuses to
        // drop grants silently).
        if (doc->objectOwnership == QLatin1StringView("BucketOwnerEnforced")
            && !Policy::grantsOnlyOwnerFullControl((*access)->acl, (*access)->ownerId))
            return s.error(*ctx, s3Error(Core::ErrorCode::InvalidBucketAclWithObjectOwnership));
        if (auto st = s.store().setBucketOwnership(ctx->route.bucket, doc->objectOwnership); !st)
            return s.error(*ctx, st.error());
        s.access().invalidate(ctx->route.bucket);
        return emptyResponse(200);
    });
}

Dispatch deleteBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    // No controls: S3 then treats objects as ObjectWriter did (ACLs enabled).
    if (auto st = s.store().setBucketOwnership(ctx->route.bucket, QString()); !st)
        return answer(s.error(*ctx, st.error()));
    s.access().invalidate(ctx->route.bucket);
    return answer(emptyResponse(204));
}

} // namespace Server::Ops
