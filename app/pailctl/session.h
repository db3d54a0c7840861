#pragma once

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

#include "engine/client/configreadback.h"
#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"
#include "engine/core/error.h"

namespace Ctl {

// pailctl's exit codes, the same for every command (listed by `pailctl --help`).
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,       // the operation failed (an S3 or local error not listed below)
    ExitUsage = 2,        // bad usage: unknown option, missing or extra argument
    ExitPartial = 3,      // some items of a multi-item command failed; the others were done
    ExitNotFound = 4,     // NoSuchBucket, NoSuchKey, NoSuchUpload, no such configuration
    ExitAccess = 5,       // AccessDenied, unknown key, bad signature, expired token, no credentials
    ExitUnreachable = 6,  // the endpoint could not be reached or kept failing (network, timeout, 5xx)
};

// The S3 error code of an error ("NoSuchKey"), or pailctl's name for a local one ("IoError").
QString errorCodeName(const Core::Error &e);
// What the user can do about it, one sentence; empty when there is nothing useful to say.
QString errorHint(const Core::Error &e);
ExitCode exitCodeFor(const Core::Error &e);
// {"code", "message", "hint", "httpStatus", "requestId"} for --json output.
QJsonObject errorJson(const Core::Error &e);
// Prints one JSON document on stdout.
void printJson(const QJsonObject &object);

// Options and connection shared by every pailctl client command: endpoint and credentials
// resolved the way aws-cli does (--endpoint-url, --profile, AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN / AWS_DEFAULT_REGION, ~/.aws with its
// addressing style and CA bundle) or given with --access-key/--secret-key; --json output; a
// second "source" connection for copies between endpoints. Owns the transports and clients;
// one per command run, on the main thread.
class Session
{
public:
    // credentialOptions: offer --access-key/--secret-key for the caller's own keys (the
    // sandbox user commands use those names for the new user's keys instead).
    explicit Session(QString command, bool credentialOptions = true);
    ~Session();

    QCommandLineParser &parser() { return m_parser; }
    // Parses; returns an exit code when the command should stop now (help, bad usage).
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional, const QString &syntax);
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    const QString &command() const { return m_command; }
    bool json() const { return m_json; }
    bool quiet() const { return m_quiet; }
    // A progress bar goes to stderr only when it is a terminal and neither --json nor --quiet.
    bool showProgress() const;

    // Builds credentials, transport and client. InvalidConfiguration without credentials.
    Core::Status connect();
    Client::S3Client &client() { return *m_client; }
    Client::Transport &transport() { return *m_transport; }
    Client::CredentialsProvider &credentials() { return *m_credentials; }
    QString accessKeyId() const { return m_accessKeyId; }

    // --source-profile / --source-endpoint-url / --source-region / --source-access-key /
    // --source-secret-key: the endpoint a cp/mv/sync reads s3:// sources from.
    void addSourceOptions();
    // Whether a source endpoint other than the destination's was asked for.
    bool hasSourceEndpoint() const;
    // Connects the source endpoint (after connect()).
    Core::Status connectSource();
    Client::S3Client &sourceClient() { return *m_sourceClient; }
    // A name for the source endpoint that stays the same across runs of the same command.
    QString sourceEndpointName() const;

    // Sends one request and waits for its answer (a local event loop).
    Core::Result<Client::Response> send(Client::Request request);

    // Prints the message (as {"error": ...} on stdout with --json) and returns ExitUsage.
    int usage(const QString &message) const;
    // Prints the error's code, message and hint (as {"error": ...} on stdout with --json) and
    // returns its exit code.
    int fail(const Core::Error &e) const;

private:
    struct Connection
    {
        std::unique_ptr<Client::CredentialsProvider> credentials;
        std::unique_ptr<Client::Transport> transport;
        std::unique_ptr<Client::S3Client> client;
        QString accessKeyId;
    };
    Core::Result<Connection> open(const QString &prefix) const;

    QString m_command;
    bool m_credentialOptions = true;
    bool m_sourceOptions = false;
    bool m_json = false;
    bool m_quiet = false;
    QString m_accessKeyId;
    QCommandLineParser m_parser;
    std::unique_ptr<Client::CredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
    std::unique_ptr<Client::CredentialsProvider> m_sourceCredentials;
    std::unique_ptr<Client::Transport> m_sourceTransport;
    std::unique_ptr<Client::S3Client> m_sourceClient;
};

// Reports a checked configuration write (S3Client::putBucketConfigChecked): the fields the
// provider dropped as warnings on stderr (or in the JSON document). Returns ExitOk: the write
// itself succeeded.
int reportConfigWrite(const Session &s, const QString &bucket, const QString &what, const Client::ConfigWriteReport &report);

// Waits for a client job in a local event loop.
void awaitJob(Client::Job *job);

// A one-line progress bar on stderr ("[####      ]  42%  420.0 MiB / 1.0 GiB  85.2 MB/s  ETA 0:05"),
// redrawn at most 5 times a second, cleared by finish(). Does nothing when disabled.
class ProgressBar
{
public:
    explicit ProgressBar(bool enabled);
    ~ProgressBar();
    void update(qint64 done, qint64 total, double bytesPerSecond, const QString &label = {});
    void finish();

private:
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
};

} // namespace Ctl
