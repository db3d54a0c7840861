#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "engine/client/credentials.h"
#include "engine/client/profile.h"
#include "engine/core/error.h"

namespace Client {

// One parsed INI file as aws-cli reads it: sections of key = value, '#' and ';' comments,
// and nested sub-sections ("s3 =" followed by indented "key = value" lines), which are kept
// as "s3.key". Keys are lower-cased; values trimmed. Plain value.
struct IniFile
{
    QHash<QString, QHash<QString, QString>> sections; // section name as written -> key -> value
    QStringList order;                                 // section names in file order

    static IniFile parse(const QByteArray &text);
};

// An aws-cli profile resolved with aws-cli's precedence. Plain value.
struct AwsProfile
{
    enum class Source
    {
        None,
        Environment,     // AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
        CredentialsFile, // ~/.aws/credentials
        Process,         // credential_process
        ConfigFile,      // keys written in ~/.aws/config
    };

    QString name;
    QString region;      // empty when nothing configured it
    QUrl endpointUrl;    // empty = AWS
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    QString caBundle;
    Source source = Source::None;
    Credentials credentials;   // for every source but Process
    QString credentialProcess; // for Process
};

// Reads ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE)
// and the AWS_* environment the way aws-cli v2 does:
//  - profile: the explicit name, else AWS_PROFILE, else "default";
//  - credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) unless a
//    profile was named explicitly; then the credentials file's section; then credential_process;
//    then keys in the config file's section;
//  - region: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region;
//  - endpoint: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, then s3.endpoint_url / endpoint_url
//    (all ignored with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true);
//  - CA bundle: AWS_CA_BUNDLE, then ca_bundle.
// Small synchronous file reads. Plain object; no thread affinity.
class AwsConfigReader
{
public:
    // `homeDir` stands in for ~ (tests pass a temp dir).
    explicit AwsConfigReader(QProcessEnvironment env = QProcessEnvironment::systemEnvironment(), QString homeDir = {});

    QString configFilePath() const;
    QString credentialsFilePath() const;

    // Profile names found in either file, "default" first when present.
    QStringList profileNames() const;
    // InvalidConfiguration when the named profile exists nowhere (an explicit name or
    // AWS_PROFILE) or has no credentials; "default" may be absent when env keys are set.
    Core::Result<AwsProfile> resolve(const QString &explicitProfile = {}) const;

private:
    IniFile readFile(const QString &path) const;

    QProcessEnvironment m_env;
    QString m_home;
};

// A provider for a resolved profile: Static for keys, Process for credential_process.
// The returned provider has no parent; the caller owns it.
std::unique_ptr<CredentialsProvider> makeCredentialsProvider(const AwsProfile &profile);

} // namespace Client
