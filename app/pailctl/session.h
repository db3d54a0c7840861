#pragma once

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QStringList>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"
#include "engine/core/error.h"

namespace Ctl {

// Options and connection shared by pailctl's policy and sandbox commands: endpoint and
// credentials resolved the way aws-cli does (--endpoint-url, --profile, AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY / AWS_DEFAULT_REGION, ~/.aws) or given with --access-key/--secret-key.
// Owns the transport and client; one per command run, on the main thread.
class Session
{
public:
    // credentialOptions: offer --access-key/--secret-key for the caller's own keys (the
    // sandbox user commands use those names for the new user's keys instead).
    explicit Session(QString command, bool credentialOptions = true);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; returns an exit code when the command should stop now (help, bad usage).
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional, const QString &syntax);
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

    // Builds credentials, transport and client. InvalidConfiguration without credentials.
    Core::Status connect();
    Client::S3Client &client() { return *m_client; }
    Client::Transport &transport() { return *m_transport; }
    QString accessKeyId() const { return m_accessKeyId; }

    // Sends one request and waits for its answer (a local event loop).
    Core::Result<Client::Response> send(Client::Request request);

    int usage(const QString &message) const;
    int fail(const Core::Error &e) const;

private:
    QString m_command;
    bool m_credentialOptions = true;
    QString m_accessKeyId;
    QCommandLineParser m_parser;
    std::unique_ptr<Client::CredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
};

// Waits for a client job in a local event loop.
void awaitJob(Client::Job *job);

} // namespace Ctl
