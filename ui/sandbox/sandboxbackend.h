#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include "engine/core/error.h"
#include "engine/sandbox/localserver.h"

namespace Core {
class Clock;
}

namespace Gui {

class SandboxController;

// What the sandbox panel needs from whoever runs the local S3 server: state, endpoint, root keys,
// the access log file, the users, the sandbox clock, and start/stop with a port, address and TLS.
// LocalServerBackend drives a Sandbox::LocalServer directly; ControllerBackend adapts the app's
// SandboxController (the "Local sandbox" connection). Lives in the GUI thread; owned by the caller.
class SandboxBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // How the next start() serves: address (127.0.0.1 by default: loopback only), port (0: any
    // free one) and HTTPS with the sandbox's self-signed certificate.
    struct ServeOptions
    {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        bool tls = false;
        bool operator==(const ServeOptions &) const = default;
    };
    struct UserEntry
    {
        QString name;
        QString accessKeyId;
        bool root = false;
    };

    virtual bool isRunning() const = 0;
    virtual QUrl endpoint() const = 0; // invalid when stopped
    virtual QString accessKeyId() const = 0;
    virtual QString secretAccessKey() const = 0;
    virtual QString region() const = 0;
    virtual QString accessLogPath() const = 0; // empty: no log file
    // Asynchronous or not; stateChanged() follows either way (also on failure, with lastError()).
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual Core::Error lastError() const { return {}; }

    virtual ServeOptions serveOptions() const { return {}; }
    virtual void setServeOptions(const ServeOptions &) {}
    // The certificate served over HTTPS (a CA bundle for clients); empty without TLS.
    virtual QString tlsCertificateFile() const { return {}; }
    virtual QList<UserEntry> users() const { return {}; }
    // The sandbox clock; null when the backend has none.
    virtual Core::Clock *clock() { return nullptr; }
    // After moving the clock: runs the lifecycle rules now (as POST /_pail/clock/advance does).
    virtual void runLifecycle() {}

signals:
    void stateChanged();
};

// SandboxBackend over a Sandbox::LocalServer the caller owns. start() runs LocalServer::start() in the
// calling thread (it opens the store: fast for the small stores of tests and fresh sandboxes).
class LocalServerBackend final : public SandboxBackend
{
    Q_OBJECT
public:
    LocalServerBackend(Sandbox::LocalServer &server, Sandbox::LocalServer::Options options, QObject *parent = nullptr);

    bool isRunning() const override;
    QUrl endpoint() const override;
    QString accessKeyId() const override;
    QString secretAccessKey() const override;
    QString region() const override { return m_options.region; }
    QString accessLogPath() const override;
    void start() override;
    void stop() override;
    Core::Error lastError() const override { return m_error; }
    ServeOptions serveOptions() const override;
    void setServeOptions(const ServeOptions &options) override;
    QString tlsCertificateFile() const override { return m_server.tlsCertificateFile(); }
    QList<UserEntry> users() const override;
    Core::Clock *clock() override { return &m_server.clock(); }
    void runLifecycle() override;

private:
    Sandbox::LocalServer &m_server;
    Sandbox::LocalServer::Options m_options;
    Core::Error m_error;
};

// SandboxBackend over the app's SandboxController: the same server, store and keys the browser's
// "Local sandbox" connection uses; stop and start again to serve on another port or with TLS.
class ControllerBackend final : public SandboxBackend
{
    Q_OBJECT
public:
    ControllerBackend(SandboxController &controller, QObject *parent = nullptr);

    bool isRunning() const override;
    QUrl endpoint() const override;
    QString accessKeyId() const override;
    QString secretAccessKey() const override;
    QString region() const override;
    QString accessLogPath() const override;
    void start() override;
    void stop() override;
    Core::Error lastError() const override;
    ServeOptions serveOptions() const override;
    void setServeOptions(const ServeOptions &options) override;
    QString tlsCertificateFile() const override;
    QList<UserEntry> users() const override;
    Core::Clock *clock() override;
    void runLifecycle() override;

private:
    SandboxController &m_controller;
};

} // namespace Gui
