#pragma once

#include <memory>

#include <QObject>

#include "engine/client/credentials.h"
#include "engine/client/profile.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"

namespace Gui {

// One endpoint in the sidebar: its profile and, once usable, the credentials provider,
// Transport and S3Client that talk to it. The sandbox connection starts in State::Starting and
// becomes Ready when the embedded server is up. Lives in the GUI thread; owned by ConnectionModel.
class Connection final : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Sandbox,
        AwsProfile,
        Custom,
    };
    enum class State
    {
        Starting,
        Ready,
        Failed,
    };

    Connection(Kind kind, Client::Profile profile, QObject *parent = nullptr);
    ~Connection() override;

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    QString name() const { return m_profile.name; }
    const Client::Profile &profile() const { return m_profile; }
    // Null unless Ready.
    Client::S3Client *client() const { return m_client.get(); }
    QString statusText() const { return m_statusText; }

    // Makes the connection usable with this profile and credentials source (takes ownership).
    void attach(Client::Profile profile, std::unique_ptr<Client::CredentialsProvider> credentials);
    void setFailed(const QString &statusText);

signals:
    void stateChanged();

private:
    Kind m_kind;
    State m_state = State::Starting;
    Client::Profile m_profile;
    QString m_statusText;
    // Destroyed in reverse order: client, transport, then the provider they use.
    std::unique_ptr<Client::CredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
};

} // namespace Gui
