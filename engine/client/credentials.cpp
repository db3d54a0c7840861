#include "engine/client/credentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace Client {

namespace {
constexpr qint64 kRefreshMarginSeconds = 5 * 60;
constexpr int kProcessTimeoutMs = 60 * 1000;
} // namespace

bool Credentials::expiresWithin(qint64 marginSeconds, const QDateTime &now) const
{
    return expiration.isValid() && now.secsTo(expiration) < marginSeconds;
}

CredentialsProvider::~CredentialsProvider() = default;

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials, QObject *parent)
    : CredentialsProvider(parent)
    , m_credentials{std::move(credentials)}
{
}

void StaticCredentialsProvider::fetch(QObject *context, CredentialsCallback done)
{
    Q_UNUSED(context);
    if (!m_credentials.isValid()) {
        done(Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no access key configured")));
        return;
    }
    done(m_credentials);
}

std::optional<Credentials> StaticCredentialsProvider::cached() const
{
    if (!m_credentials.isValid())
        return std::nullopt;
    return m_credentials;
}

std::optional<Credentials> ProcessCredentialsProvider::cached() const
{
    if (m_cached && !m_cached->expiresWithin(kRefreshMarginSeconds))
        return m_cached;
    return std::nullopt;
}

ProcessCredentialsProvider::ProcessCredentialsProvider(QString command, QObject *parent)
    : CredentialsProvider(parent)
    , m_command{std::move(command)}
{
}

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reaps the child we started; it was just killed
    }
}

void ProcessCredentialsProvider::invalidate()
{
    m_cached.reset();
}

QStringList ProcessCredentialsProvider::splitCommand(const QString &command)
{
    return QProcess::splitCommand(command);
}

Core::Result<Credentials> ProcessCredentialsProvider::parseOutput(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("credential_process printed invalid JSON: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"Version").toInt(-1) != 1)
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("credential_process output has an unsupported Version (expected 1)"));
    Credentials c;
    c.accessKeyId = o.value(u"AccessKeyId").toString();
    c.secretAccessKey = o.value(u"SecretAccessKey").toString();
    c.sessionToken = o.value(u"SessionToken").toString();
    if (!c.isValid())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("credential_process output lacks AccessKeyId or SecretAccessKey"));
    const QString expiration = o.value(u"Expiration").toString();
    if (!expiration.isEmpty()) {
        c.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!c.expiration.isValid())
            c.expiration = QDateTime::fromString(expiration, Qt::ISODate);
        if (!c.expiration.isValid())
            return Core::fail(Core::ErrorCode::InvalidConfiguration,
                              QStringLiteral("credential_process Expiration is not ISO 8601: %1").arg(expiration));
        c.expiration = c.expiration.toUTC();
    }
    return c;
}

void ProcessCredentialsProvider::fetch(QObject *context, CredentialsCallback done)
{
    if (m_cached && !m_cached->expiresWithin(kRefreshMarginSeconds)) {
        done(*m_cached);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (m_process)
        return;
    QStringList args = splitCommand(m_command);
    if (args.isEmpty()) {
        answerAll(Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("credential_process is empty")));
        return;
    }
    const QString program = args.takeFirst();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &ProcessCredentialsProvider::handleProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        const QString message = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        answerAll(Core::fail(Core::ErrorCode::InvalidConfiguration,
                             QStringLiteral("credential_process could not start: %1").arg(message)));
    });
    QTimer::singleShot(kProcessTimeoutMs, m_process, [this] {
        if (!m_process)
            return;
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
        answerAll(Core::fail(Core::ErrorCode::Timeout, QStringLiteral("credential_process did not finish in 60 s")));
    });
    m_process->start(program, args);
}

void ProcessCredentialsProvider::handleProcessFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        answerAll(Core::fail(Core::ErrorCode::InvalidConfiguration,
                             QStringLiteral("credential_process failed (exit code %1): %2")
                                 .arg(process->exitCode())
                                 .arg(err)));
        return;
    }
    auto result = parseOutput(process->readAllStandardOutput());
    if (result)
        m_cached = *result;
    answerAll(result);
}

void ProcessCredentialsProvider::answerAll(const Core::Result<Credentials> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context)
            w.done(result);
    }
}

} // namespace Client
