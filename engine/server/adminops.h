#pragma once

#include <memory>

#include <QByteArrayView>

#include "engine/server/http.h"

namespace Server {

class S3Service;
struct RequestContext;

// The sandbox's admin API under the reserved path prefix /_pail/: SigV4-signed like any S3
// request, root credentials only (anything else is AccessDenied). JSON in and out.
//   GET    /_pail/users                          list users (no secrets)
//   POST   /_pail/users                          {"name", ["accessKeyId", "secretAccessKey"]} -> keys
//   DELETE /_pail/users/NAME                     remove a user added through the API
//   GET    /_pail/users/NAME/policies            {"policies": {"name": "<policy JSON>"}}
//   PUT    /_pail/users/NAME/policies/POLICY     body: the identity policy JSON
//   DELETE /_pail/users/NAME/policies/POLICY
// Routed through one table of (method, path pattern) -> handler in adminops.cpp: a new call
// is one entry there.
bool isAdminPath(QByteArrayView rawPath);
Dispatch handleAdmin(S3Service &service, std::shared_ptr<RequestContext> ctx);

// Adds the users saved by earlier admin calls (<data-dir>/users.json) to the service's table.
void loadRuntimeUsers(S3Service &service);

} // namespace Server
