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

    void start(const QString &dataDir);
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
};

} // namespace Gui
