#pragma once

// CORS for the S3 service: Put/Get/DeleteBucketCors, the preflight OPTIONS request and the
// Access-Control-* headers on actual requests, as AWS answers them. Not part of the engine's
// API.

#include <memory>

#include "engine/server/s3service_p.h"

namespace Server {

// Access-Control-* headers for an actual (non-preflight) request that carries an Origin
// header, from the first rule of the bucket's CORS configuration that matches the origin and
// the method. Nothing when the request has no Origin, the bucket has no configuration or no
// rule matches.
HeaderList corsHeaders(S3Service &s, const RequestContext &ctx);

// Wraps a body sink so its answer carries extra headers (the CORS headers of the request).
std::unique_ptr<BodySink> withExtraHeaders(std::unique_ptr<BodySink> sink, HeaderList headers);

namespace Ops {
Dispatch getBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx);
// OPTIONS /bucket[/key]: needs no authentication.
Dispatch corsPreflight(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

} // namespace Server
