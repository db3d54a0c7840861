#include "engine/client/awsconfig.h"

#include <memory>

#include <QDir>
#include <QFile>

namespace Client {

namespace {

bool isIndented(QByteArrayView line)
{
    return !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
}

QString envValue(const QProcessEnvironment &env, const QString &name)
{
    return env.value(name).trimmed();
}

} // namespace

IniFile IniFile::parse(const QByteArray &text)
{
    IniFile ini;
    QString section;
    QString nested; // name of the open "s3 =" sub-section
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray raw : lines) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[') && line.endsWith(']')) {
            section = QString::fromUtf8(line.mid(1, line.size() - 2)).simplified();
            nested.clear();
            if (!ini.sections.contains(section)) {
                ini.sections.insert(section, {});
                ini.order.append(section);
            }
            continue;
        }
        if (section.isEmpty())
            continue; // keys before any section are ignored, as aws-cli does
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq)).trimmed().toLower();
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (isIndented(raw) && !nested.isEmpty()) {
            ini.sections[section].insert(nested + u'.' + key, value);
            continue;
        }
        nested.clear();
        if (value.isEmpty()) {
            nested = key; // "s3 =" opens a nested block of indented lines
            continue;
        }
        // Inline comments are only recognised after whitespace, as botocore does.
        for (QLatin1StringView marker : {QLatin1StringView(" #"), QLatin1StringView(" ;")}) {
            const qsizetype at = value.indexOf(marker);
            if (at >= 0)
                value = value.left(at).trimmed();
        }
        ini.sections[section].insert(key, value);
    }
    return ini;
}

AwsConfigReader::AwsConfigReader(QProcessEnvironment env, QString homeDir)
    : m_env{std::move(env)}
    , m_home{homeDir.isEmpty() ? QDir::homePath() : std::move(homeDir)}
{
}

QString AwsConfigReader::configFilePath() const
{
    const QString fromEnv = envValue(m_env, QStringLiteral("AWS_CONFIG_FILE"));
    return fromEnv.isEmpty() ? QDir(m_home).filePath(QStringLiteral(".aws/config")) : fromEnv;
}

QString AwsConfigReader::credentialsFilePath() const
{
    const QString fromEnv = envValue(m_env, QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return fromEnv.isEmpty() ? QDir(m_home).filePath(QStringLiteral(".aws/credentials")) : fromEnv;
}

IniFile AwsConfigReader::readFile(const QString &path) const
{
    QString expanded = path;
    if (expanded.startsWith(u"~/"))
        expanded = QDir(m_home).filePath(expanded.mid(2));
    QFile f(expanded);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return IniFile::parse(f.readAll());
}

namespace {

// The config file's section name for a profile: "default" or "profile NAME" (aws-cli also
// accepts "profile default").
const QHash<QString, QString> *configSection(const IniFile &config, const QString &name)
{
    const QString prefixed = QStringLiteral("profile ") + name;
    if (auto it = config.sections.constFind(prefixed); it != config.sections.cend())
        return &*it;
    if (name == u"default") {
        if (auto it = config.sections.constFind(name); it != config.sections.cend())
            return &*it;
    }
    return nullptr;
}

} // namespace

QStringList AwsConfigReader::profileNames() const
{
    QStringList names;
    const IniFile config = readFile(configFilePath());
    for (const QString &s : config.order) {
        if (s == u"default")
            names.append(s);
        else if (s.startsWith(u"profile "))
            names.append(s.mid(8).trimmed());
    }
    const IniFile creds = readFile(credentialsFilePath());
    names.append(creds.order);
    names.removeDuplicates();
    if (names.removeAll(QStringLiteral("default")) > 0)
        names.prepend(QStringLiteral("default"));
    return names;
}

Core::Result<AwsProfile> AwsConfigReader::resolve(const QString &explicitProfile) const
{
    AwsProfile p;
    const QString envProfile = envValue(m_env, QStringLiteral("AWS_PROFILE"));
    p.name = !explicitProfile.isEmpty() ? explicitProfile : (!envProfile.isEmpty() ? envProfile : QStringLiteral("default"));
    const bool named = !explicitProfile.isEmpty() || !envProfile.isEmpty();

    const IniFile config = readFile(configFilePath());
    const IniFile creds = readFile(credentialsFilePath());
    static const QHash<QString, QString> kEmpty;
    const QHash<QString, QString> *configValues = configSection(config, p.name);
    const auto credIt = creds.sections.constFind(p.name);
    const QHash<QString, QString> *credValues = credIt != creds.sections.cend() ? &*credIt : nullptr;
    if (named && !configValues && !credValues)
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("the AWS profile \"%1\" is not in %2 or %3")
                              .arg(p.name, configFilePath(), credentialsFilePath()));
    const QHash<QString, QString> &cfg = configValues ? *configValues : kEmpty;
    const QHash<QString, QString> &crd = credValues ? *credValues : kEmpty;

    // Region.
    p.region = envValue(m_env, QStringLiteral("AWS_REGION"));
    if (p.region.isEmpty())
        p.region = envValue(m_env, QStringLiteral("AWS_DEFAULT_REGION"));
    if (p.region.isEmpty())
        p.region = cfg.value(QStringLiteral("region"));

    // Endpoint.
    const bool ignoreEndpoints =
        envValue(m_env, QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")).compare(u"true", Qt::CaseInsensitive) == 0
        || cfg.value(QStringLiteral("ignore_configured_endpoint_urls")).compare(u"true", Qt::CaseInsensitive) == 0;
    if (!ignoreEndpoints) {
        QString endpoint = envValue(m_env, QStringLiteral("AWS_ENDPOINT_URL_S3"));
        if (endpoint.isEmpty())
            endpoint = envValue(m_env, QStringLiteral("AWS_ENDPOINT_URL"));
        if (endpoint.isEmpty())
            endpoint = cfg.value(QStringLiteral("s3.endpoint_url"));
        if (endpoint.isEmpty())
            endpoint = cfg.value(QStringLiteral("endpoint_url"));
        p.endpointUrl = QUrl(endpoint);
    }
    p.addressingStyle = addressingStyleFromName(cfg.value(QStringLiteral("s3.addressing_style")));

    p.caBundle = envValue(m_env, QStringLiteral("AWS_CA_BUNDLE"));
    if (p.caBundle.isEmpty())
        p.caBundle = cfg.value(QStringLiteral("ca_bundle"));

    // Credentials, in the provider chain's order.
    const auto keysFrom = [](const QHash<QString, QString> &values) {
        Credentials c;
        c.accessKeyId = values.value(QStringLiteral("aws_access_key_id"));
        c.secretAccessKey = values.value(QStringLiteral("aws_secret_access_key"));
        c.sessionToken = values.value(QStringLiteral("aws_session_token"));
        return c;
    };
    Credentials envCreds;
    envCreds.accessKeyId = envValue(m_env, QStringLiteral("AWS_ACCESS_KEY_ID"));
    envCreds.secretAccessKey = envValue(m_env, QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    envCreds.sessionToken = envValue(m_env, QStringLiteral("AWS_SESSION_TOKEN"));
    if (explicitProfile.isEmpty() && envCreds.isValid()) {
        p.source = AwsProfile::Source::Environment;
        p.credentials = envCreds;
    } else if (const Credentials c = keysFrom(crd); c.isValid()) {
        p.source = AwsProfile::Source::CredentialsFile;
        p.credentials = c;
    } else if (const QString process = cfg.value(QStringLiteral("credential_process")); !process.isEmpty()) {
        p.source = AwsProfile::Source::Process;
        p.credentialProcess = process;
    } else if (const Credentials c2 = keysFrom(cfg); c2.isValid()) {
        p.source = AwsProfile::Source::ConfigFile;
        p.credentials = c2;
    } else if (const QString process2 = crd.value(QStringLiteral("credential_process")); !process2.isEmpty()) {
        p.source = AwsProfile::Source::Process; // botocore also reads it from the credentials file
        p.credentialProcess = process2;
    } else {
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("no credentials for the AWS profile \"%1\"").arg(p.name));
    }
    return p;
}

std::unique_ptr<CredentialsProvider> makeCredentialsProvider(const AwsProfile &profile)
{
    if (profile.source == AwsProfile::Source::Process)
        return std::make_unique<ProcessCredentialsProvider>(profile.credentialProcess);
    return std::make_unique<StaticCredentialsProvider>(profile.credentials);
}

} // namespace Client
