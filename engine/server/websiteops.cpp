// Static website configuration: Put/Get/DeleteBucketWebsite (?website).

#include "engine/s3/xml/configdocuments.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server::Ops {

Dispatch getBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Website);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchWebsiteConfiguration)));
    return answer(xmlResponse(**doc));
}

Dispatch putBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        // MalformedXML for the form, InvalidArgument (naming the field) for refused values.
        auto doc = S3::WebsiteConfiguration::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
            return s.error(*ctx, info.error());
        // Stored as we write it (the canonical form GetBucketWebsite answers with).
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Website, doc->toXml()); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(200);
    });
}

Dispatch deleteBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    // Deleting a configuration that is not there succeeds, as in S3.
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Website); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

} // namespace Server::Ops
