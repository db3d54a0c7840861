#include "engine/client/secretstore.h"

#include <QPointer>

namespace Client {

SecretStore::~SecretStore() = default;

void InMemorySecretStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    Q_UNUSED(context);
    if (m_failure) {
        done(std::unexpected(*m_failure));
        return;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        done(Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no secret stored for %1").arg(key)));
        return;
    }
    done(*it);
}

void InMemorySecretStore::writeSecret(const QString &key, const QString &value, QObject *context, StatusCallback done)
{
    Q_UNUSED(context);
    if (m_failure) {
        done(std::unexpected(*m_failure));
        return;
    }
    m_secrets.insert(key, value);
    done({});
}

void InMemorySecretStore::deleteSecret(const QString &key, QObject *context, StatusCallback done)
{
    Q_UNUSED(context);
    if (m_failure) {
        done(std::unexpected(*m_failure));
        return;
    }
    m_secrets.remove(key);
    done({});
}

QString encodeProfileSecret(const Credentials &credentials)
{
    if (credentials.sessionToken.isEmpty())
        return credentials.secretAccessKey;
    return credentials.secretAccessKey + u'\n' + credentials.sessionToken;
}

SecretStoreCredentialsProvider::SecretStoreCredentialsProvider(SecretStore &store, Profile profile, QObject *parent)
    : CredentialsProvider(parent)
    , m_store{store}
    , m_profile{std::move(profile)}
{
}

void SecretStoreCredentialsProvider::fetch(QObject *context, CredentialsCallback done)
{
    if (m_cached) {
        done(*m_cached);
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store.readSecret(m_profile.secretKeyName(), this,
                       [this, guard, hasContext, done = std::move(done)](const Core::Result<QString> &secret) {
                           if (hasContext && !guard)
                               return;
                           if (!secret) {
                               done(std::unexpected(secret.error()));
                               return;
                           }
                           Credentials c;
                           c.accessKeyId = m_profile.accessKeyId;
                           const qsizetype nl = secret->indexOf(u'\n');
                           c.secretAccessKey = nl < 0 ? *secret : secret->left(nl);
                           c.sessionToken = nl < 0 ? QString() : secret->mid(nl + 1);
                           m_cached = c;
                           done(c);
                       });
}

} // namespace Client
