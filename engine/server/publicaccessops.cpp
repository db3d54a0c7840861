// Block Public Access per bucket: Get/Put/DeletePublicAccessBlock (?publicAccessBlock).

#include "engine/s3/xml/accessdocuments.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server::Ops {

Dispatch getPublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto access = s.access().bucketAccess(ctx->route.bucket);
    if (!access)
        return answer(s.error(*ctx, access.error()));
    if (!(*access)->publicAccessBlock)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchPublicAccessBlockConfiguration)));
    return answer(xmlResponse((*access)->publicAccessBlock->toXml()));
}

Dispatch putPublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::PublicAccessBlockConfiguration::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::PublicAccessBlock,
                                                doc->toXml());
            !st)
            return s.error(*ctx, st.error());
        s.access().invalidate(ctx->route.bucket);
        return emptyResponse(200);
    });
}

Dispatch deletePublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::PublicAccessBlock); !st)
        return answer(s.error(*ctx, st.error()));
    s.access().invalidate(ctx->route.bucket);
    return answer(emptyResponse(204));
}

} // namespace Server::Ops
