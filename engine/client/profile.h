#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include "engine/core/error.h"

namespace Client {

// How the bucket appears in request URLs.
enum class AddressingStyle
{
    Auto,    // virtual-hosted on AWS hosts, path style elsewhere and for names that need it
    Path,    // https://host/bucket/key
    Virtual, // https://bucket.host/key
};

QString addressingStyleName(AddressingStyle style);              // "auto", "path", "virtual"
AddressingStyle addressingStyleFromName(QStringView name);       // unknown -> Auto

// Where credentials for a profile come from.
enum class CredentialSource
{
    SecretStore, // access key id in the profile, secret key (and session token) in the SecretStore
    AwsProfile,  // an aws-cli profile (~/.aws/config + credentials, environment)
    Anonymous,   // unsigned requests (public buckets)
};

// One endpoint the user connects to: Pail's own profile, stored as JSON by ProfileStore.
// Secrets are never part of it (see SecretStore). Plain value; copy freely.
struct Profile
{
    QString name;                  // unique, shown in the sidebar
    QUrl endpoint;                 // https://s3.eu-west-1.amazonaws.com, http://127.0.0.1:9000
    QString region = QStringLiteral("us-east-1");
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    QString bucket;                // optional: for keys that cannot ListBuckets
    QString prefix;                // optional: start browsing here (with bucket)
    QString caBundlePath;          // optional PEM file of extra trusted CAs
    CredentialSource credentialSource = CredentialSource::SecretStore;
    QString accessKeyId;           // with SecretStore (the secret key is in the store)
    QString awsProfileName;        // with AwsProfile; empty = AWS_PROFILE or "default"
    bool unsignedPayload = false;  // UNSIGNED-PAYLOAD for every body over TLS
    int maxAttempts = 4;           // total tries of a retryable request

    // The key under which SecretStore keeps this profile's secret ("pail/profile/<name>").
    QString secretKeyName() const;
    // Checks names, URL scheme (http/https), region, attempts. InvalidConfiguration on failure.
    Core::Status validate() const;
    bool operator==(const Profile &) const = default;
};

// Loads and saves the list of profiles as <dir>/profiles.json (QSaveFile, so a crash keeps the
// old file). Default dir: QStandardPaths::AppConfigLocation. Small synchronous file I/O: call
// it at start-up or from a worker, not per frame. Plain object; no thread affinity.
class ProfileStore
{
public:
    explicit ProfileStore(QString directory = {});

    QString filePath() const;
    // A missing file is an empty list; a malformed one is InvalidConfiguration.
    Core::Result<QList<Profile>> load() const;
    Core::Status save(const QList<Profile> &profiles) const;

    static QByteArray toJson(const QList<Profile> &profiles);
    static Core::Result<QList<Profile>> fromJson(const QByteArray &json);

private:
    QString m_directory;
};

} // namespace Client
