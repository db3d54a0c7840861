// Bucket policy operations: Get/Put/DeleteBucketPolicy and GetBucketPolicyStatus.

#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace Ops {

Dispatch getBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Policy);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchBucketPolicy)));
    HttpResponse r;
    r.status = 200;
    r.addHeader("Content-Type", "application/json");
    r.body.assign((*doc)->constData(), std::size_t((*doc)->size()));
    return answer(std::move(r));
}

Dispatch putBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    // 20 KB is S3's limit; a larger body is still read so the answer can be MalformedPolicy.
    return withBody(s, ctx, 64 * 1024, [&s, ctx](VerifiedBody &body) {
        if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
            return s.error(*ctx, info.error());
        auto policy = s.access().parseBucketPolicy(ctx->route.bucket, body.bytes);
        if (!policy)
            return s.error(*ctx, s3Error(Core::ErrorCode::MalformedPolicy, policy.error().message));
        if (auto st = checkPolicyAllowed(s, ctx->route.bucket, (*policy)->isPublic); !st) // BlockPublicPolicy
            return s.error(*ctx, st.error());
        if (auto st = s.access().putBucketPolicy(ctx->route.bucket, *policy); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(204);
    });
}

Dispatch deleteBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    if (auto st = s.access().deleteBucketPolicy(ctx->route.bucket); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

Dispatch getBucketPolicyStatus(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    auto policy = s.access().bucketPolicy(ctx->route.bucket);
    if (!policy)
        return answer(s.error(*ctx, policy.error()));
    if (!*policy)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchBucketPolicy)));
    const QByteArray xml = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             "<PolicyStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><IsPublic>")
                           + (isBucketPublic(s, ctx->route.bucket, (*policy)->isPublic) ? "true" : "false") + "</IsPublic></PolicyStatus>";
    return answer(xmlResponse(xml));
}

} // namespace Ops

} // namespace Server
