#pragma once

// POST Object (browser form upload) for the S3 service. Not part of the engine's API.

#include <memory>

#include "engine/server/s3service_p.h"

namespace Server {

// POST /bucket with a multipart/form-data body.
bool isPostObject(const RequestContext &ctx);

namespace Ops {
// Streams the form: fields first (policy, x-amz-credential, x-amz-signature, key...), then the
// file, which goes straight to the store. The policy's signature names the user (the request
// itself carries no Authorization header).
Dispatch postObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

} // namespace Server
