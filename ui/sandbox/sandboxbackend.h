#pragma once

#include <QObject>
#include <QUrl>

#include "engine/core/error.h"
#include "engine/sandbox/localserver.h"

namespace Gui {

// What the sandbox panel needs from whoever runs the local S3 server: state, endpoint, root keys,
// the access log file, and start/stop. The app can adapt its own controller to this; LocalServerBackend
// drives a Sandbox::LocalServer directly. Lives in the GUI thread; owned by the caller.
class SandboxBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

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

private:
    Sandbox::LocalServer &m_server;
    Sandbox::LocalServer::Options m_options;
    Core::Error m_error;
};

} // namespace Gui
