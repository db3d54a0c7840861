#include "ui/browser/connection.h"

namespace Gui {

Connection::Connection(Kind kind, Client::Profile profile, QObject *parent)
    : QObject(parent)
    , m_kind {kind}
    , m_profile {std::move(profile)}
{
}

Connection::~Connection() = default;

void Connection::attach(Client::Profile profile, std::unique_ptr<Client::CredentialsProvider> credentials)
{
    m_client.reset();
    m_transport.reset();
    m_profile = std::move(profile);
    m_credentials = std::move(credentials);
    m_transport = std::make_unique<Client::Transport>(m_profile, m_credentials.get());
    if (!m_profile.caBundlePath.isEmpty())
        (void)m_transport->loadCaBundle();
    m_transport->setRetryPolicy(Client::RetryPolicy {m_profile.maxAttempts, 100, 20000});
    m_client = std::make_unique<Client::S3Client>(*m_transport);
    m_state = State::Ready;
    m_statusText.clear();
    emit stateChanged();
}

void Connection::setFailed(const QString &statusText)
{
    m_state = State::Failed;
    m_statusText = statusText;
    emit stateChanged();
}

} // namespace Gui
