#include "engine/client/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Client {

namespace {

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::SecretStore:
        return QStringLiteral("secret-store");
    case CredentialSource::AwsProfile:
        return QStringLiteral("aws-profile");
    case CredentialSource::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

CredentialSource credentialSourceFromName(QStringView name)
{
    if (name == u"aws-profile")
        return CredentialSource::AwsProfile;
    if (name == u"anonymous")
        return CredentialSource::Anonymous;
    return CredentialSource::SecretStore;
}

} // namespace

QString addressingStyleName(AddressingStyle style)
{
    switch (style) {
    case AddressingStyle::Path:
        return QStringLiteral("path");
    case AddressingStyle::Virtual:
        return QStringLiteral("virtual");
    case AddressingStyle::Auto:
        break;
    }
    return QStringLiteral("auto");
}

AddressingStyle addressingStyleFromName(QStringView name)
{
    if (name.compare(u"path", Qt::CaseInsensitive) == 0)
        return AddressingStyle::Path;
    if (name.compare(u"virtual", Qt::CaseInsensitive) == 0)
        return AddressingStyle::Virtual;
    return AddressingStyle::Auto;
}

QString Profile::secretKeyName() const
{
    return QStringLiteral("pail/profile/") + name;
}

Core::Status Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("profile name is empty"));
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https"))
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("endpoint must be an http or https URL: %1").arg(endpoint.toString()));
    if (region.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("region is empty"));
    if (maxAttempts < 1 || maxAttempts > 20)
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("max attempts must be 1..20"));
    if (!prefix.isEmpty() && bucket.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("a prefix needs a bucket"));
    if (credentialSource == CredentialSource::SecretStore && accessKeyId.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("access key id is empty"));
    return {};
}

ProfileStore::ProfileStore(QString directory)
    : m_directory{directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                      : std::move(directory)}
{
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("profiles.json"));
}

QByteArray ProfileStore::toJson(const QList<Profile> &profiles)
{
    QJsonArray list;
    for (const Profile &p : profiles) {
        QJsonObject o;
        o.insert(u"name", p.name);
        o.insert(u"endpoint", p.endpoint.toString());
        o.insert(u"region", p.region);
        o.insert(u"addressingStyle", addressingStyleName(p.addressingStyle));
        o.insert(u"bucket", p.bucket);
        o.insert(u"prefix", p.prefix);
        o.insert(u"caBundle", p.caBundlePath);
        o.insert(u"credentialSource", credentialSourceName(p.credentialSource));
        o.insert(u"accessKeyId", p.accessKeyId);
        o.insert(u"awsProfile", p.awsProfileName);
        o.insert(u"unsignedPayload", p.unsignedPayload);
        o.insert(u"maxAttempts", p.maxAttempts);
        list.append(o);
    }
    QJsonObject root;
    root.insert(u"version", 1);
    root.insert(u"profiles", list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Core::Result<QList<Profile>> ProfileStore::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(u"profiles").isArray())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("profiles.json is malformed: %1").arg(parseError.errorString()));
    QList<Profile> out;
    const QJsonArray list = doc.object().value(u"profiles").toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Profile p;
        p.name = o.value(u"name").toString();
        p.endpoint = QUrl(o.value(u"endpoint").toString());
        p.region = o.value(u"region").toString(QStringLiteral("us-east-1"));
        p.addressingStyle = addressingStyleFromName(o.value(u"addressingStyle").toString());
        p.bucket = o.value(u"bucket").toString();
        p.prefix = o.value(u"prefix").toString();
        p.caBundlePath = o.value(u"caBundle").toString();
        p.credentialSource = credentialSourceFromName(o.value(u"credentialSource").toString());
        p.accessKeyId = o.value(u"accessKeyId").toString();
        p.awsProfileName = o.value(u"awsProfile").toString();
        p.unsignedPayload = o.value(u"unsignedPayload").toBool(false);
        p.maxAttempts = o.value(u"maxAttempts").toInt(4);
        out.append(p);
    }
    return out;
}

Core::Result<QList<Profile>> ProfileStore::load() const
{
    QFile f(filePath());
    if (!f.exists())
        return QList<Profile>{};
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return fromJson(f.readAll());
}

Core::Status ProfileStore::save(const QList<Profile> &profiles) const
{
    if (!QDir().mkpath(m_directory))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(m_directory));
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    f.write(toJson(profiles));
    if (!f.commit())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

} // namespace Client
