// Server access logging: Get/PutBucketLogging (?logging). Delivery: engine/server/logdelivery.h.

#include "engine/s3/errortable.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/server/logdelivery.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server::Ops {

namespace {

// InvalidTargetBucketForLogging (400) has no Core::ErrorCode of its own (it only ever comes from
// here); the client sees it as UnknownS3Error with this s3Code.
HttpResponse invalidTarget(const RequestContext &ctx, const QString &targetBucket)
{
    Core::Error e = S3::makeError(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("The target bucket for logging does not exist, or is not owned by you: %1")
                                      .arg(targetBucket));
    e.s3Code = QStringLiteral("InvalidTargetBucketForLogging");
    ctx.http.errorCode = "InvalidTargetBucketForLogging";
    const QByteArray xml = S3::errorXml(e, ctx.resource, QString::fromStdString(ctx.http.requestId),
                                        {{QStringLiteral("TargetBucket"), targetBucket}});
    HttpResponse r;
    r.status = 400;
    r.addHeader("Content-Type", "application/xml");
    r.body.assign(xml.constData(), std::size_t(xml.size()));
    return r;
}

} // namespace

Dispatch getBucketLogging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Logging);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    // No configuration: an empty <BucketLoggingStatus/> (S3 has no NoSuch... error here).
    return answer(xmlResponse(*doc ? **doc : S3::BucketLoggingStatus {}.toXml()));
}

Dispatch putBucketLogging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::BucketLoggingStatus::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        auto source = s.store().bucketInfo(ctx->route.bucket);
        if (!source)
            return s.error(*ctx, source.error());
        if (doc->loggingEnabled) {
            // The target must exist and belong to the source bucket's owner (AWS's rule for
            // log delivery without grants).
            auto target = s.store().bucketInfo(doc->loggingEnabled->targetBucket);
            if (!target || target->ownerId != source->ownerId)
                return invalidTarget(*ctx, doc->loggingEnabled->targetBucket);
        }
        const auto st = doc->loggingEnabled
                            ? s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Logging, doc->toXml())
                            : s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Logging);
        if (!st)
            return s.error(*ctx, st.error());
        if (LogDelivery *delivery = s.options().logDelivery)
            delivery->invalidate(ctx->route.bucket);
        return emptyResponse(200);
    });
}

} // namespace Server::Ops
