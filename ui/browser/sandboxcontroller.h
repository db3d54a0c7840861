#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QUrl>

#include "engine/client/credentials.h"
#include "engine/core/error.h"

namespace Sandbox {
class LocalServer;
}

namespace Gui {

// Runs the embedded S3 engine (Sandbox::LocalServer) for the "Local sandbox" connection.
// start() opens the store and binds 127.0.0.1 port 0 on a pool thread (opening a large store
// can take time) and reports back through started()/failed() in the GUI thread. The root
// key pair is random per data directory, kept in <dataDir>/sandbox-credentials (mode 0600).
// Lives in the GUI thread; owned by main() (or a test); destroying it stops the server.
class SandboxController final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    // How start() serves (the sandbox panel changes it): loopback and any free port by default.
    struct ServeOptions
    {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        bool tls = false; // HTTPS with the sandbox's self-signed certificate
    };

    void start(const QString &dataDir);
    // Stops serving (waits for a start in progress); stopped() follows. start() serves again.
    void stop();
    void setServeOptions(const ServeOptions &options) { m_serveOptions = options; }
    ServeOptions serveOptions() const { return m_serveOptions; }
    QString dataDir() const { return m_dataDir; }
    // The server itself (its clock, TLS certificate); valid for the controller's lifetime.
    Sandbox::LocalServer &server() const { return *m_server; }
    bool isStarting() const { return m_starting; }
    bool isRunning() const { return m_endpoint.isValid(); }
    QUrl endpoint() const { return m_endpoint; }
    const Client::Credentials &credentials() const { return m_credentials; }
    const Core::Error &error() const { return m_error; }

    // Reads or creates the key pair of a data directory (disk I/O: call off the GUI thread).
    static Core::Result<Client::Credentials> loadOrCreateCredentials(const QString &dataDir);

signals:
    void started(const QUrl &endpoint);
    void failed(const Core::Error &error);
    void stopped();

private:
    struct StartResult
    {
        Core::Result<QString> endpoint;
        Client::Credentials credentials;
    };

    std::unique_ptr<Sandbox::LocalServer> m_server;
    QFuture<void> m_future;
    QUrl m_endpoint;
    Client::Credentials m_credentials;
    Core::Error m_error;
    bool m_starting = false;
    QString m_dataDir;
    int m_generation = 0; // a start's answer arriving after stop() is dropped
    ServeOptions m_serveOptions;
};

} // namespace Gui
