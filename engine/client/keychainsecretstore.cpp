#include "engine/client/keychainsecretstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Client {

namespace {

// A keychain failure as Pail reports it: "no such secret" stays distinguishable; everything
// else names the keychain and says that nothing was stored elsewhere.
Core::Error keychainError(const QKeychain::Job &job, const QString &key)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Core::Error::make(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no secret stored for %1").arg(key));
    return Core::Error::make(
        Core::ErrorCode::InvalidConfiguration,
        QStringLiteral("%1 is not available (%2). Pail keeps secret keys only in the system keychain, never in a "
                       "plain file: start or unlock a keyring (for example GNOME Keyring or KWallet), or use a "
                       "profile from ~/.aws/credentials instead.")
            .arg(KeychainSecretStore::keychainName(), job.errorString()));
}

// Runs a configured job and calls `finish(job)` once it ends, unless `context` died meanwhile.
template <typename JobT, typename Finish>
void runJob(JobT *job, QObject *context, Finish finish)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, hasContext, finish = std::move(finish)] {
        if (hasContext && !guard)
            return;
        finish(*job);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service {std::move(service)}
{
}

QString KeychainSecretStore::keychainName()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("The macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("The Windows Credential Manager");
#else
    return QStringLiteral("The system keychain (Secret Service: GNOME Keyring or KWallet)");
#endif
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, [key, done = std::move(done)](QKeychain::Job &j) {
        if (j.error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(j, key)));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob &>(j).textData());
    });
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    runJob(job, context, [key, done = std::move(done)](QKeychain::Job &j) {
        if (j.error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(j, key)));
            return;
        }
        done({});
    });
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, [key, done = std::move(done)](QKeychain::Job &j) {
        // Deleting what is not there is success: the secret is gone either way.
        if (j.error() != QKeychain::NoError && j.error() != QKeychain::EntryNotFound) {
            done(std::unexpected(keychainError(j, key)));
            return;
        }
        done({});
    });
}

} // namespace Client
