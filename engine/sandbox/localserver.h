#pragma once

#include <chrono>
#include <memory>

#include <QList>
#include <QString>

#include "engine/core/clock.h"
#include "engine/core/error.h"
#include "engine/server/users.h"

namespace Sandbox {

// The embedded S3 endpoint in one object: opens the Store in a data directory and serves it
// over HTTP on its own I/O threads (Server::HttpServer + Server::S3Service). Used in-process by
// the GUI's sandbox and by `pailctl serve`. Nothing here needs an event loop.
// Owned by one thread (start/stop are not to be called concurrently); destroying it stops it.
class LocalServer
{
public:
    struct Options
    {
        QString dataDir;
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0; // 0 picks a free port
        QList<Server::User> users; // the first one is the root user
        QString region = QStringLiteral("us-east-1");
        // Access log file; empty: <dataDir>/access.log; "-": stdout; "off": none.
        QString accessLog;
        int threads = 0; // 0: the HTTP server's default
        std::chrono::milliseconds idleTimeout {std::chrono::seconds(60)};
        std::chrono::milliseconds headerTimeout {std::chrono::seconds(60)}; // see HttpServer::Options
        std::chrono::milliseconds bodyTimeout {std::chrono::seconds(30)};
        bool syncWrites = true; // fsync data and database (tests may turn it off)
        // The sandbox clock: real milliseconds per simulated day (0: real time). The clock can
        // also be advanced through POST /_pail/clock/advance (root only).
        std::chrono::milliseconds dayLength {0};
        // How often (real time) the lifecycle executor runs in the background; 0: one simulated
        // hour, kept between 200 ms and 60 s. It also runs right after every clock advance.
        std::chrono::milliseconds lifecycleInterval {0};
        bool allowSseCOverHttp = false; // accept SSE-C keys over plain HTTP (tests only)
        // HTTPS: either a PEM certificate and key of the user's, or tlsSelfSigned for the
        // sandbox's own certificate for localhost/127.0.0.1/::1 (<dataDir>/tls/, made on first
        // use by Server::ensureSandboxCertificate). Neither: plain HTTP.
        QString tlsCertificateFile;
        QString tlsPrivateKeyFile;
        bool tlsSelfSigned = false;
        // Server access log delivery (PutBucketLogging): a batch of records goes to the target
        // bucket this often (real time), at 1000 records, and when the server stops.
        std::chrono::milliseconds logDeliveryInterval {std::chrono::seconds(5)};
    };

    LocalServer();
    ~LocalServer();
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    // Opens the store and binds. Returns the endpoint URL ("http://127.0.0.1:PORT", or https://
    // with TLS). InvalidConfiguration (no users, bad address, unusable TLS files), IoError /
    // DatabaseError (store, bind).
    Core::Result<QString> start(const Options &options);
    Core::Result<QString> start(const QString &dataDir, const QString &address, quint16 port,
                                const QList<Server::User> &users);
    // Stops accepting, lets in-flight requests finish for up to grace, closes the store.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    bool isRunning() const;
    quint16 port() const;
    QString endpoint() const; // empty when not running
    // The certificate served over TLS (a client's CA bundle for a self-signed one); empty
    // without TLS or when not running.
    QString tlsCertificateFile() const;
    // The sandbox clock (lives as long as this object; valid also when not running).
    Core::Clock &clock();
    // Runs the lifecycle executor once now, on this thread. Applied action count, or an error
    // when not running.
    Core::Result<int> runLifecycle();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
