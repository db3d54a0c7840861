#pragma once

#include <QString>

#include "engine/client/secretstore.h"

namespace Client {

// Profile secrets in the operating system's keychain through qtkeychain: the Secret Service
// (GNOME Keyring, KWallet's secret service) on Linux, the Keychain on macOS, the Credential
// Manager on Windows. Every secret is stored under the service name ("pail") and its key
// ("pail/profile/<name>"). Jobs run asynchronously; callbacks come from the event loop of the
// thread that owns the store and are dropped when `context` dies first.
//
// There is no plain-text fallback: when no keychain answers (a headless machine without a
// session bus, a locked or absent keyring), every call fails with InvalidConfiguration and a
// message that says which keychain was tried and how to get one. Lives in the thread that
// created it; owned by app/.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("pail"), QObject *parent = nullptr);

    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &value, QObject *context, StatusCallback done) override;
    void deleteSecret(const QString &key, QObject *context, StatusCallback done) override;

    // The keychain qtkeychain talks to on this platform, for messages ("the Secret Service").
    static QString keychainName();

private:
    QString m_service;
};

} // namespace Client
