#include "ui/sandbox/sandboxbackend.h"

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

} // namespace Gui
