#pragma once

#include "engine/server/http.h"

namespace Server {

class S3Service;
struct RequestContext;

// The sandbox clock's admin API under the reserved /_pail/ prefix (root user only; the request
// is SigV4-verified like any other, everyone else gets AccessDenied):
//   GET  /_pail/clock                              -> the clock as JSON
//   POST /_pail/clock/advance?days=N[&hours=H&minutes=M&seconds=S]
//                                                  -> moves it forward, runs the service's
//                                                     clockAdvanced hook (lifecycle), then the
//                                                     clock as JSON
// JSON: {"now":"2026-01-01T00:00:00.000Z","offsetSeconds":N,"dayLengthSeconds":N}.
// InvalidArgument for a missing, negative or malformed amount; MethodNotAllowed for other
// methods; NotImplemented when the service has no clock.
HttpResponse clockAdmin(S3Service &service, const RequestContext &ctx);

} // namespace Server
