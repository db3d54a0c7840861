#include "app/pailctl/session.h"

#include <algorithm>
#include <cstdio>

#include <unistd.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include "engine/client/awsconfig.h"
#include "engine/client/job.h"
#include "engine/s3/errortable.h"

namespace Ctl {

QString errorCodeName(const Core::Error &e)
{
    if (!e.s3Code.isEmpty())
        return e.s3Code;
    switch (e.code) {
    case Core::ErrorCode::NetworkFailure: return QStringLiteral("NetworkFailure");
    case Core::ErrorCode::Timeout: return QStringLiteral("Timeout");
    case Core::ErrorCode::Cancelled: return QStringLiteral("Cancelled");
    case Core::ErrorCode::IoError: return QStringLiteral("IoError");
    case Core::ErrorCode::InvalidConfiguration: return QStringLiteral("InvalidConfiguration");
    case Core::ErrorCode::DatabaseError: return QStringLiteral("DatabaseError");
    case Core::ErrorCode::ParseError: return QStringLiteral("ParseError");
    default: break;
    }
    const QString name = QString::fromLatin1(S3::errorInfo(e.code).s3Code);
    return name.isEmpty() ? QStringLiteral("Error") : name;
}

QString errorHint(const Core::Error &e)
{
    using C = Core::ErrorCode;
    switch (e.code) {
    case C::NoSuchBucket: return QStringLiteral("check the bucket name (pailctl ls lists your buckets) or create it with pailctl mb");
    case C::NoSuchKey:
    case C::NoSuchVersion: return QStringLiteral("check the key (pailctl ls s3://BUCKET/PREFIX lists what exists)");
    case C::NoSuchUpload: return QStringLiteral("the multipart upload was aborted or expired: run the command again to start over");
    case C::NoSuchBucketPolicy:
    case C::NoSuchLifecycleConfiguration:
    case C::NoSuchCORSConfiguration:
    case C::NoSuchTagSet:
    case C::NoSuchWebsiteConfiguration:
    case C::NoSuchObjectLockConfiguration:
    case C::ServerSideEncryptionConfigurationNotFoundError: return QStringLiteral("the bucket has no such configuration yet");
    case C::AccessDenied: return QStringLiteral("these credentials may not do this: check the bucket policy and the user's policies, or use another --profile");
    case C::InvalidAccessKeyId: return QStringLiteral("this endpoint does not know the access key: check --profile, AWS_ACCESS_KEY_ID and --endpoint-url");
    case C::SignatureDoesNotMatch: return QStringLiteral("the secret key does not belong to the access key: check AWS_SECRET_ACCESS_KEY or the profile");
    case C::ExpiredToken:
    case C::InvalidToken: return QStringLiteral("the session token expired: get new temporary credentials");
    case C::RequestTimeTooSkewed: return QStringLiteral("this machine's clock is off by more than 15 minutes: set the clock");
    case C::InvalidConfiguration: return QStringLiteral("give credentials and an endpoint: --profile, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, --endpoint-url");
    case C::NetworkFailure: return QStringLiteral("check --endpoint-url and that the server is running and reachable");
    case C::Timeout:
    case C::RequestTimeout: return QStringLiteral("the endpoint stopped answering: check the network and run the command again");
    case C::SlowDown:
    case C::ServiceUnavailable:
    case C::InternalError: return QStringLiteral("the service is overloaded or failing (pailctl already retried): run the command again later");
    case C::BucketAlreadyExists: return QStringLiteral("bucket names are shared by all users of the endpoint: choose another name");
    case C::BucketAlreadyOwnedByYou: return QStringLiteral("you own this bucket already");
    case C::BucketNotEmpty: return QStringLiteral("delete its objects first: pailctl rb --force, or pailctl rm --recursive --versions for a versioned bucket");
    case C::InvalidBucketName: return QStringLiteral("bucket names are 3 to 63 lower-case letters, digits, '.' and '-'");
    case C::MalformedPolicy:
    case C::MalformedXML:
    case C::InvalidPolicyDocument: return QStringLiteral("fix the document where the message points");
    case C::BadDigest: return QStringLiteral("the data changed in transit or on disk: run the command again");
    case C::PreconditionFailed: return QStringLiteral("the object changed while it was transferred: run the command again");
    case C::IoError: return QStringLiteral("check the local path, its permissions and the free disk space");
    case C::NotImplemented:
    case C::MethodNotAllowed: return QStringLiteral("this endpoint does not offer the operation");
    case C::InvalidObjectState: return QStringLiteral("the object is archived: restore it first");
    case C::EntityTooLarge: return QStringLiteral("objects are limited to 5 TiB (5 GiB in one PUT)");
    default: return {};
    }
}

ExitCode exitCodeFor(const Core::Error &e)
{
    using C = Core::ErrorCode;
    switch (e.code) {
    case C::None: return ExitOk;
    case C::NoSuchBucket:
    case C::NoSuchKey:
    case C::NoSuchVersion:
    case C::NoSuchUpload:
    case C::NoSuchBucketPolicy:
    case C::NoSuchLifecycleConfiguration:
    case C::NoSuchCORSConfiguration:
    case C::NoSuchTagSet:
    case C::NoSuchWebsiteConfiguration:
    case C::NoSuchObjectLockConfiguration:
    case C::ServerSideEncryptionConfigurationNotFoundError: return ExitNotFound;
    case C::AccessDenied:
    case C::InvalidAccessKeyId:
    case C::SignatureDoesNotMatch:
    case C::ExpiredToken:
    case C::InvalidToken:
    case C::RequestTimeTooSkewed:
    case C::InvalidConfiguration: return ExitAccess;
    case C::NetworkFailure:
    case C::Timeout:
    case C::RequestTimeout:
    case C::SlowDown:
    case C::ServiceUnavailable:
    case C::InternalError: return ExitUnreachable;
    default: return ExitFailed;
    }
}

QJsonObject errorJson(const Core::Error &e)
{
    QJsonObject o {{u"code"_qs, errorCodeName(e)}, {u"message"_qs, e.message}};
    if (const QString hint = errorHint(e); !hint.isEmpty())
        o.insert(u"hint"_qs, hint);
    if (e.httpStatus > 0)
        o.insert(u"httpStatus"_qs, e.httpStatus);
    if (!e.requestId.isEmpty())
        o.insert(u"requestId"_qs, e.requestId);
    return o;
}

void printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

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
        {u"path-style"_qs, u"Path-style addressing."_qs},
        {u"json"_qs, u"Machine-readable output: one JSON document on stdout (errors too)."_qs},
        {u"quiet"_qs, u"Print nothing but errors (and no progress bar)."_qs},
    });
    if (m_credentialOptions) {
        m_parser.addOptions({
            {u"access-key"_qs, u"Access key id."_qs, u"KEY"_qs},
            {u"secret-key"_qs, u"Secret access key."_qs, u"SECRET"_qs},
            {u"session-token"_qs, u"Session token."_qs, u"TOKEN"_qs},
        });
    }
}

Session::~Session() = default;

std::optional<int> Session::parse(const QStringList &args, int minPositional, int maxPositional, const QString &syntax)
{
    m_parser.setApplicationDescription(QStringLiteral("pailctl ") + m_command + u' ' + syntax);
    const bool parsed = m_parser.parse(QStringList {QStringLiteral("pailctl ") + m_command} + args);
    m_json = args.contains(u"--json"_qs);
    if (!parsed)
        return usage(m_parser.errorText());
    m_json = m_parser.isSet(u"json"_qs);
    m_quiet = m_parser.isSet(u"quiet"_qs);
    if (m_parser.isSet(u"help"_qs)) {
        std::printf("%s", qPrintable(m_parser.helpText()));
        return 0;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional)
        return usage(QStringLiteral("usage: pailctl %1 %2").arg(m_command, syntax));
    return std::nullopt;
}

bool Session::showProgress() const
{
    return !m_json && !m_quiet && isatty(STDERR_FILENO) == 1;
}

Core::Result<Session::Connection> Session::open(const QString &prefix) const
{
    const auto opt = [&](const char *name) { return prefix + QString::fromLatin1(name); };
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Connection c;
    Client::Profile profile;
    profile.name = prefix.isEmpty() ? u"pailctl"_qs : u"pailctl-source"_qs;
    QString endpoint = value(opt("endpoint-url"));
    if (endpoint.isEmpty() && prefix.isEmpty())
        endpoint = value(u"endpoint"_qs);
    const bool keysGiven = (m_credentialOptions || !prefix.isEmpty()) && (isSet(opt("access-key")) || isSet(opt("secret-key")));
    if (keysGiven) {
        Client::Credentials k {value(opt("access-key")), value(opt("secret-key")),
                               prefix.isEmpty() ? value(u"session-token"_qs) : QString(), {}};
        if (!k.isValid())
            return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("--%1 needs --%2").arg(opt("access-key"), opt("secret-key")));
        c.credentials = std::make_unique<Client::StaticCredentialsProvider>(k);
        profile.accessKeyId = k.accessKeyId;
        c.accessKeyId = k.accessKeyId;
        profile.region = env.value(u"AWS_REGION"_qs, env.value(u"AWS_DEFAULT_REGION"_qs, u"us-east-1"_qs));
        if (endpoint.isEmpty())
            endpoint = env.value(u"AWS_ENDPOINT_URL_S3"_qs, env.value(u"AWS_ENDPOINT_URL"_qs));
    } else {
        const Client::AwsConfigReader reader(env);
        auto aws = reader.resolve(value(opt("profile")));
        if (!aws)
            return std::unexpected(aws.error());
        c.credentials = Client::makeCredentialsProvider(*aws);
        profile.credentialSource = Client::CredentialSource::AwsProfile;
        profile.awsProfileName = aws->name;
        c.accessKeyId = aws->credentials.accessKeyId;
        if (!aws->region.isEmpty())
            profile.region = aws->region;
        profile.addressingStyle = aws->addressingStyle;
        profile.caBundlePath = aws->caBundle;
        if (endpoint.isEmpty() && !aws->endpointUrl.isEmpty())
            endpoint = aws->endpointUrl.toString();
    }
    if (isSet(opt("region")))
        profile.region = value(opt("region"));
    if (endpoint.isEmpty())
        endpoint = QStringLiteral("https://s3.%1.amazonaws.com").arg(profile.region);
    profile.endpoint = QUrl(endpoint);
    if (isSet(u"path-style"_qs))
        profile.addressingStyle = Client::AddressingStyle::Path;
    if (auto ok = profile.validate(); !ok)
        return std::unexpected(ok.error());
    c.transport = std::make_unique<Client::Transport>(profile, c.credentials.get());
    if (!profile.caBundlePath.isEmpty() && profile.endpoint.scheme() == QLatin1StringView("https")) {
        if (auto ok = c.transport->loadCaBundle(); !ok)
            return std::unexpected(ok.error());
    }
    c.client = std::make_unique<Client::S3Client>(*c.transport);
    return c;
}

Core::Status Session::connect()
{
    auto c = open({});
    if (!c)
        return std::unexpected(c.error());
    m_credentials = std::move(c->credentials);
    m_transport = std::move(c->transport);
    m_client = std::move(c->client);
    m_accessKeyId = c->accessKeyId;
    return {};
}

void Session::addSourceOptions()
{
    m_sourceOptions = true;
    m_parser.addOptions({
        {u"source-profile"_qs, u"Profile of the endpoint s3:// sources are read from (copy between endpoints)."_qs, u"NAME"_qs},
        {u"source-endpoint-url"_qs, u"Endpoint s3:// sources are read from."_qs, u"URL"_qs},
        {u"source-region"_qs, u"Region of the source endpoint."_qs, u"REGION"_qs},
        {u"source-access-key"_qs, u"Access key id for the source endpoint."_qs, u"KEY"_qs},
        {u"source-secret-key"_qs, u"Secret access key for the source endpoint."_qs, u"SECRET"_qs},
    });
}

bool Session::hasSourceEndpoint() const
{
    if (!m_sourceOptions)
        return false;
    for (const char *name : {"source-profile", "source-endpoint-url", "source-region", "source-access-key", "source-secret-key"}) {
        if (isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

Core::Status Session::connectSource()
{
    auto c = open(u"source-"_qs);
    if (!c)
        return std::unexpected(c.error());
    m_sourceCredentials = std::move(c->credentials);
    m_sourceTransport = std::move(c->transport);
    m_sourceClient = std::move(c->client);
    return {};
}

QString Session::sourceEndpointName() const
{
    if (!m_sourceTransport)
        return {};
    const Client::Profile &p = m_sourceTransport->profile();
    return p.endpoint.toString() + u'|' + p.region + u'|' + p.awsProfileName + u'|' + p.accessKeyId;
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
    if (m_json)
        printJson({{u"error"_qs, QJsonObject {{u"code"_qs, u"Usage"_qs}, {u"message"_qs, message}}}, {u"exitCode"_qs, int(ExitUsage)}});
    std::fprintf(stderr, "pailctl %s: %s\n", qPrintable(m_command), qPrintable(message));
    return ExitUsage;
}

int Session::fail(const Core::Error &e) const
{
    const ExitCode code = exitCodeFor(e);
    if (m_json) {
        printJson({{u"error"_qs, errorJson(e)}, {u"exitCode"_qs, int(code == ExitOk ? ExitFailed : code)}});
        return code == ExitOk ? ExitFailed : code;
    }
    QString line = errorCodeName(e);
    if (!e.message.isEmpty())
        line += u": "_qs + e.message;
    std::fprintf(stderr, "pailctl %s: %s\n", qPrintable(m_command), qPrintable(line));
    if (const QString hint = errorHint(e); !hint.isEmpty())
        std::fprintf(stderr, "  what to do: %s\n", qPrintable(hint));
    return code == ExitOk ? ExitFailed : code;
}

int reportConfigWrite(const Session &s, const QString &bucket, const QString &what, const Client::ConfigWriteReport &report)
{
    if (s.json()) {
        QJsonObject o {{u"bucket"_qs, bucket}, {u"written"_qs, true}, {u"readBack"_qs, report.readBack},
                       {u"droppedFields"_qs, QJsonArray::fromStringList(report.droppedFields)}};
        if (!report.readBack)
            o.insert(u"readBackError"_qs, errorJson(report.readError));
        printJson(o);
        return ExitOk;
    }
    if (!report.readBack)
        std::fprintf(stderr, "pailctl %s: warning: the %s was written but could not be read back to check it (%s)\n",
                     qPrintable(s.command()), qPrintable(what), qPrintable(errorCodeName(report.readError)));
    for (const QString &field : report.droppedFields)
        std::fprintf(stderr, "pailctl %s: warning: the endpoint dropped %s from the %s\n", qPrintable(s.command()),
                     qPrintable(field), qPrintable(what));
    if (!s.quiet())
        std::printf("%s: %s written to %s%s\n", qPrintable(s.command()), qPrintable(what), qPrintable(bucket),
                    report.isComplete() ? " (read back: complete)" : "");
    return ExitOk;
}

void awaitJob(Client::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Client::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

namespace {

QString humanBytes(double bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (bytes >= 1024.0 && u < 4) {
        bytes /= 1024.0;
        ++u;
    }
    return QString::number(bytes, 'f', u == 0 ? 0 : 1) + u' ' + QString::fromLatin1(units[u]);
}

} // namespace

ProgressBar::ProgressBar(bool enabled)
    : m_enabled {enabled}
{
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(qint64 done, qint64 total, double bytesPerSecond, const QString &label)
{
    if (!m_enabled || (m_clock.isValid() && m_clock.elapsed() < 200))
        return;
    m_clock.start();
    constexpr int kWidth = 24;
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    const int filled = int(fraction * kWidth);
    QString bar = QString(filled, u'#') + QString(kWidth - filled, u' ');
    QString eta = QStringLiteral("--:--");
    if (bytesPerSecond > 0 && total >= done) {
        const qint64 s = qint64(double(total - done) / bytesPerSecond);
        eta = QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    const QString line = QStringLiteral("[%1] %2%  %3 / %4  %5/s  ETA %6  %7")
                             .arg(bar)
                             .arg(int(fraction * 100), 3)
                             .arg(humanBytes(double(done)), humanBytes(double(std::max<qint64>(total, 0))),
                                  humanBytes(bytesPerSecond), eta, label.left(40));
    std::fprintf(stderr, "\r%s\033[K", qPrintable(line));
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace Ctl
