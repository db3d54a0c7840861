#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "engine/server/http.h"
#include "engine/server/users.h"

namespace Core {
class Clock;
}

namespace Store {
class Store;
}

namespace Server {

struct RequestContext;
class AccessControl;
class LogDelivery;

// The S3 REST API behind the HTTP layer: routing (path-style and virtual-hosted-style),
// authentication (SigV4 header and presigned, every payload mode), authorisation, and one
// handler per operation on top of Store::Store. Stateless apart from its configuration, so the
// I/O threads call handle() concurrently. Owned by whoever owns the server (Sandbox); the store
// must outlive it.
class S3Service final : public RequestHandler
{
public:
    struct Options
    {
        QString region = QStringLiteral("us-east-1");
        // Host names whose sub-domains name buckets: "bucket.localhost:9000" -> bucket.
        QStringList virtualHostSuffixes {QStringLiteral("localhost")};
        std::uint64_t maxObjectSize = 5ull * 1024 * 1024 * 1024; // PutObject/UploadPart (EntityTooLarge)
        int maxMetadataBytes = 2048;                              // x-amz-meta-* (MetadataTooLarge)
        // The sandbox clock: lifecycle, restores and presigned URL expiry run on it (the store
        // takes object times from it too); null: real time. Must outlive the service.
        Core::Clock *clock = nullptr;
        // Called (on the request's thread) after POST /_pail/clock/advance moved the clock, before
        // the answer is sent: the sandbox runs its lifecycle executor here so tests are deterministic.
        std::function<void()> clockAdvanced;
        // SSE-C is refused over plain HTTP (as AWS does) unless the request came over TLS or
        // this is set (tests: `pailctl serve --allow-sse-c-over-http`).
        bool allowSseCOverHttp = false;
        // Server access log delivery (PutBucketLogging); told when a bucket's configuration
        // changes. Null: configurations are kept but nothing is delivered. Must outlive the service.
        LogDelivery *logDelivery = nullptr;
    };

    S3Service(Store::Store &store, UserTable users, Options options);
    ~S3Service() override;

    Dispatch handle(HttpRequest &request) override;
    HttpResponse errorResponse(const HttpRequest &request, Core::ErrorCode code) override;

    const UserTable &users() const { return m_users; }
    UserTable &users() { return m_users; }
    const Options &options() const { return m_options; }
    Store::Store &store() const { return m_store; }
    // Now on the sandbox clock (real time without one).
    QDateTime now() const;
    // Policies (bucket policy cache, identity policies). Thread-safe.
    AccessControl &access() const { return *m_access; }
    // The sandbox owner (the account's root user): the first user of the table.
    const User &rootUser() const { return *m_users.root(); }
    bool isRoot(const User &user) const { return &user == m_users.root(); }

    // The <Error> answer for a request (no body for HEAD), status from the error table.
    HttpResponse error(const RequestContext &ctx, Core::Error error) const;

private:
    // handle() after routing: authenticate, authorise, run the operation.
    Dispatch authenticateAndRun(const std::shared_ptr<RequestContext> &ctx);

    Store::Store &m_store;
    UserTable m_users;
    Options m_options;
    std::unique_ptr<AccessControl> m_access;
};

} // namespace Server
