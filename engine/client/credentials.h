#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"

class QProcess;

namespace Client {

// An access key pair with an optional session token. Plain value; copy freely.
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty = none
    QDateTime expiration; // invalid = never expires

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    // True when the credentials expire within `margin` seconds of `now` (never when no expiration).
    bool expiresWithin(qint64 marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool operator==(const Credentials &) const = default;
};

using CredentialsCallback = std::function<void(const Core::Result<Credentials> &)>;

// Hands out credentials for signing. Implementations may answer at once (inside fetch()) or
// later from the event loop; callers must handle both. The callback is dropped when `context`
// is destroyed before the answer. Lives in the thread that created it; owned by the caller
// (usually next to the S3Client that uses it).
class CredentialsProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CredentialsProvider() override;

    virtual void fetch(QObject *context, CredentialsCallback done) = 0;
    // Forgets cached credentials so the next fetch() asks the source again (after ExpiredToken).
    virtual void invalidate() {}
    // Credentials known without waiting (for local work such as presigning); nullopt when a
    // fetch() is needed first.
    virtual std::optional<Credentials> cached() const { return std::nullopt; }
};

// Fixed credentials (environment, shared credentials file, tests). Answers inside fetch().
class StaticCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    explicit StaticCredentialsProvider(Credentials credentials, QObject *parent = nullptr);
    void fetch(QObject *context, CredentialsCallback done) override;
    std::optional<Credentials> cached() const override;
    const Credentials &credentials() const { return m_credentials; }

private:
    Credentials m_credentials;
};

// Runs an aws-cli `credential_process` command (QProcess, never blocking) and parses its JSON:
// {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?, "Expiration"?}.
// Caches the answer until 5 minutes before Expiration (forever without one). Concurrent
// fetch() calls share one process run. Errors: InvalidConfiguration for a command that cannot
// start, exits non-zero (stderr in the message), or prints malformed JSON; Timeout after 60 s.
class ProcessCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    // `command` is the credential_process line; split like a shell would (quotes honoured).
    explicit ProcessCredentialsProvider(QString command, QObject *parent = nullptr);
    ~ProcessCredentialsProvider() override;

    void fetch(QObject *context, CredentialsCallback done) override;
    void invalidate() override;
    std::optional<Credentials> cached() const override;

    // Parses the credential_process JSON document (exposed for tests).
    static Core::Result<Credentials> parseOutput(const QByteArray &json);
    // Splits a command line into program and arguments ("a 'b c'" -> a, b c).
    static QStringList splitCommand(const QString &command);

private:
    void handleProcessFinished();
    void answerAll(const Core::Result<Credentials> &result);

    QString m_command;
    std::optional<Credentials> m_cached;
    QProcess *m_process = nullptr;
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        CredentialsCallback done;
    };
    QList<Waiter> m_waiters;
};

} // namespace Client
