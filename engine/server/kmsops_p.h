#pragma once

// Sandbox KMS administration endpoint (/_pail/kms...). Not part of the engine's API.
//   GET  /_pail/kms        {"Keys":[{"KeyId":..,"Arn":..}]}
//   GET  /_pail/kms/<id>   {"KeyId":..,"Arn":..} or 404
//   PUT  /_pail/kms/<id>   creates the key (409 when it exists)
//   POST /_pail/kms        creates a key with a random UUID id
// Root user only (the first user of the table), SigV4-signed like any S3 request.

#include <memory>

#include "engine/server/s3service_p.h"

namespace Server {

bool isKmsAdminPath(const QByteArray &rawPath);

namespace Ops {
Dispatch kmsAdmin(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

} // namespace Server
