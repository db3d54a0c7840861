#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QString>

#include "engine/client/credentials.h"
#include "engine/client/profile.h"
#include "engine/core/error.h"

namespace Client {

// Where profile secrets (secret access keys, session tokens) live: the OS keychain in the app,
// memory in tests. Never a plain settings file. Asynchronous because keychains are: an
// implementation may answer inside the call or later from the event loop; callbacks are dropped
// when `context` dies first. Errors: InvalidConfiguration for "no such secret"; a keychain that
// cannot be reached (e.g. "Cannot autolaunch D-Bus" on a headless machine) must fail with
// ErrorCode::InvalidConfiguration and a message that names the keychain, never fall back to
// storing the secret elsewhere. Lives in the thread that created it; owned by app/.
// The app's implementation is KeychainSecretStore (keychainsecretstore.h, qtkeychain).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Core::Result<QString> &)>;
    using StatusCallback = std::function<void(const Core::Status &)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void readSecret(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const QString &key, const QString &value, QObject *context, StatusCallback done) = 0;
    virtual void deleteSecret(const QString &key, QObject *context, StatusCallback done) = 0;
};

// Secrets in a hash: for tests and for the in-process sandbox's throw-away keys. Answers inside
// each call. setFailure() makes every call fail with the given error (to test keychain errors).
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &value, QObject *context, StatusCallback done) override;
    void deleteSecret(const QString &key, QObject *context, StatusCallback done) override;

    void setFailure(std::optional<Core::Error> failure) { m_failure = std::move(failure); }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
    std::optional<Core::Error> m_failure;
};

// The stored secret of a Pail profile is "<secret access key>" or, with a session token,
// "<secret access key>\n<session token>".
QString encodeProfileSecret(const Credentials &credentials);

// Credentials for a Profile with CredentialSource::SecretStore: the access key id from the
// profile, the secret from the store (read once, then cached). Owned by the caller.
class SecretStoreCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    SecretStoreCredentialsProvider(SecretStore &store, Profile profile, QObject *parent = nullptr);
    void fetch(QObject *context, CredentialsCallback done) override;
    void invalidate() override { m_cached.reset(); }
    std::optional<Credentials> cached() const override { return m_cached; }

private:
    SecretStore &m_store;
    Profile m_profile;
    std::optional<Credentials> m_cached;
};

} // namespace Client
