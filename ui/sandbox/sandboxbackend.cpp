#include "ui/sandbox/sandboxbackend.h"

#include "ui/browser/sandboxcontroller.h"

namespace Gui {

LocalServerBackend::LocalServerBackend(Sandbox::LocalServer &server, Sandbox::LocalServer::Options options,
                                       QObject *parent)
    : SandboxBackend(parent)
    , m_server(server)
    , m_options(std::move(options))
{
}

bool LocalServerBackend::isRunning() const
{
    return m_server.isRunning();
}

QUrl LocalServerBackend::endpoint() const
{
    return m_server.isRunning() ? QUrl(m_server.endpoint()) : QUrl();
}

QString LocalServerBackend::accessKeyId() const
{
    return m_options.users.isEmpty() ? QString() : m_options.users.first().accessKeyId;
}

QString LocalServerBackend::secretAccessKey() const
{
    return m_options.users.isEmpty() ? QString() : m_options.users.first().secretAccessKey;
}

QString LocalServerBackend::accessLogPath() const
{
    if (m_options.accessLog.isEmpty())
        return m_options.dataDir + QStringLiteral("/access.log");
    if (m_options.accessLog == u"-" || m_options.accessLog == u"off")
        return {};
    return m_options.accessLog;
}

void LocalServerBackend::start()
{
    if (!m_server.isRunning()) {
        const auto endpoint = m_server.start(m_options);
        m_error = endpoint ? Core::Error {} : endpoint.error();
    }
    emit stateChanged();
}

void LocalServerBackend::stop()
{
    m_server.stop();
    emit stateChanged();
}

SandboxBackend::ServeOptions LocalServerBackend::serveOptions() const
{
    return {m_options.address, m_options.port, m_options.tlsSelfSigned};
}

void LocalServerBackend::setServeOptions(const ServeOptions &options)
{
    m_options.address = options.address;
    m_options.port = options.port;
    m_options.tlsSelfSigned = options.tls;
}

QList<SandboxBackend::UserEntry> LocalServerBackend::users() const
{
    QList<UserEntry> out;
    for (const Server::User &u : m_options.users)
        out.append({u.name, u.accessKeyId, out.isEmpty()});
    return out;
}

void LocalServerBackend::runLifecycle()
{
    if (m_server.isRunning())
        (void)m_server.runLifecycle();
}

ControllerBackend::ControllerBackend(SandboxController &controller, QObject *parent)
    : SandboxBackend(parent)
    , m_controller(controller)
{
    connect(&m_controller, &SandboxController::started, this, &SandboxBackend::stateChanged);
    connect(&m_controller, &SandboxController::failed, this, &SandboxBackend::stateChanged);
    connect(&m_controller, &SandboxController::stopped, this, &SandboxBackend::stateChanged);
}

bool ControllerBackend::isRunning() const
{
    return m_controller.isRunning();
}

QUrl ControllerBackend::endpoint() const
{
    return m_controller.endpoint();
}

QString ControllerBackend::accessKeyId() const
{
    return m_controller.credentials().accessKeyId;
}

QString ControllerBackend::secretAccessKey() const
{
    return m_controller.credentials().secretAccessKey;
}

QString ControllerBackend::region() const
{
    return QStringLiteral("us-east-1");
}

QString ControllerBackend::accessLogPath() const
{
    return m_controller.dataDir().isEmpty() ? QString() : m_controller.dataDir() + QStringLiteral("/access.log");
}

void ControllerBackend::start()
{
    m_controller.start(m_controller.dataDir());
    emit stateChanged(); // "starting"; started()/failed() follow
}

void ControllerBackend::stop()
{
    m_controller.stop();
}

Core::Error ControllerBackend::lastError() const
{
    return m_controller.error();
}

SandboxBackend::ServeOptions ControllerBackend::serveOptions() const
{
    const SandboxController::ServeOptions o = m_controller.serveOptions();
    return {o.address, o.port, o.tls};
}

void ControllerBackend::setServeOptions(const ServeOptions &options)
{
    m_controller.setServeOptions({options.address, options.port, options.tls});
}

QString ControllerBackend::tlsCertificateFile() const
{
    return m_controller.server().tlsCertificateFile();
}

QList<SandboxBackend::UserEntry> ControllerBackend::users() const
{
    if (m_controller.credentials().accessKeyId.isEmpty())
        return {};
    return {{QStringLiteral("root"), m_controller.credentials().accessKeyId, true}};
}

Core::Clock *ControllerBackend::clock()
{
    return &m_controller.server().clock();
}

void ControllerBackend::runLifecycle()
{
    if (m_controller.isRunning())
        (void)m_controller.server().runLifecycle();
}

} // namespace Gui
