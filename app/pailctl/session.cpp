#include "app/pailctl/session.h"

#include <cstdio>

#include <QEventLoop>
#include <QProcessEnvironment>

#include "engine/client/awsconfig.h"
#include "engine/client/job.h"
#include "engine/s3/errortable.h"

namespace Ctl {

Session::Session(QString command, bool credentialOptions)
    : m_command {std::move(command)}
    , m_credentialOptions {credentialOptions}
{
    m_parser.addHelpOption();
    m_parser.addOptions({
        {u"profile"_qs, u"aws-cli profile from ~/.aws (default: AWS_PROFILE or default)."_qs, u"NAME"_qs},
        {u"endpoint-url"_qs, u"Endpoint URL (http://127.0.0.1:9000)."_qs, u"URL"_qs},
        {u"endpoint"_qs, u"Same as --endpoint-url."_qs, u"URL"_qs},
        {u"region"_qs, u"Region (default us-east-1)."_qs, u"REGION"_qs},
    });
    if (m_credentialOptions) {
        m_parser.addOptions({
            {u"access-key"_qs, u"Access key id."_qs, u"KEY"_qs},
            {u"secret-key"_qs, u"Secret access key."_qs, u"SECRET"_qs},
        });
    }
}

std::optional<int> Session::parse(const QStringList &args, int minPositional, int maxPositional, const QString &syntax)
{
    m_parser.setApplicationDescription(QStringLiteral("pailctl ") + m_command + u' ' + syntax);
    if (!m_parser.parse(QStringList {QStringLiteral("pailctl ") + m_command} + args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_qs)) {
        std::printf("%s", qPrintable(m_parser.helpText()));
        return 0;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional)
        return usage(QStringLiteral("usage: pailctl %1 %2").arg(m_command, syntax));
    return std::nullopt;
}

Core::Status Session::connect()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Client::Profile profile;
    profile.name = u"pailctl"_qs;
    QString endpoint = value(u"endpoint-url"_qs);
    if (endpoint.isEmpty())
        endpoint = value(u"endpoint"_qs);
    if (m_credentialOptions && (isSet(u"access-key"_qs) || isSet(u"secret-key"_qs))) {
        Client::Credentials c {value(u"access-key"_qs), value(u"secret-key"_qs), {}, {}};
        if (!c.isValid())
            return Core::fail(Core::ErrorCode::InvalidConfiguration, u"--access-key needs --secret-key"_qs);
        m_credentials = std::make_unique<Client::StaticCredentialsProvider>(c);
        profile.accessKeyId = c.accessKeyId;
        m_accessKeyId = c.accessKeyId;
        profile.region = env.value(u"AWS_REGION"_qs, env.value(u"AWS_DEFAULT_REGION"_qs, u"us-east-1"_qs));
        if (endpoint.isEmpty())
            endpoint = env.value(u"AWS_ENDPOINT_URL_S3"_qs, env.value(u"AWS_ENDPOINT_URL"_qs));
    } else {
        const Client::AwsConfigReader reader(env);
        auto aws = reader.resolve(value(u"profile"_qs));
        if (!aws)
            return std::unexpected(aws.error());
        m_credentials = Client::makeCredentialsProvider(*aws);
        profile.credentialSource = Client::CredentialSource::AwsProfile;
        profile.awsProfileName = aws->name;
        m_accessKeyId = aws->credentials.accessKeyId;
        if (!aws->region.isEmpty())
            profile.region = aws->region;
        if (endpoint.isEmpty() && !aws->endpointUrl.isEmpty())
            endpoint = aws->endpointUrl.toString();
    }
    if (isSet(u"region"_qs))
        profile.region = value(u"region"_qs);
    if (endpoint.isEmpty())
        endpoint = QStringLiteral("https://s3.%1.amazonaws.com").arg(profile.region);
    profile.endpoint = QUrl(endpoint);
    profile.addressingStyle = Client::AddressingStyle::Path;
    if (auto ok = profile.validate(); !ok)
        return ok;
    m_transport = std::make_unique<Client::Transport>(profile, m_credentials.get());
    m_client = std::make_unique<Client::S3Client>(*m_transport);
    return {};
}

Core::Result<Client::Response> Session::send(Client::Request request)
{
    Client::TransportReply *reply = m_transport->send(std::move(request));
    QEventLoop loop;
    QObject::connect(reply, &Client::TransportReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Core::Result<Client::Response> result = reply->result();
    reply->deleteLater();
    return result;
}

int Session::usage(const QString &message) const
{
    std::fprintf(stderr, "pailctl %s: %s\n", qPrintable(m_command), qPrintable(message));
    return 2;
}

int Session::fail(const Core::Error &e) const
{
    QString code = e.s3Code;
    if (code.isEmpty())
        code = QString::fromLatin1(S3::errorInfo(e.code).s3Code);
    std::fprintf(stderr, "pailctl %s: %s%s%s\n", qPrintable(m_command), qPrintable(code), e.message.isEmpty() ? "" : ": ",
                 qPrintable(e.message));
    return 1;
}

void awaitJob(Client::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Client::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

} // namespace Ctl
