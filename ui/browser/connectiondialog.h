#pragma once

#include <memory>

#include <QDialog>

#include "engine/client/profile.h"
#include "engine/core/error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Client {
class CredentialsProvider;
class SecretStore;
}

namespace Gui {

class Connection;

// Adds an S3 endpoint: name, endpoint URL, region, addressing style, access key + secret
// (the secret goes to the SecretStore, never to the profile file), optional bucket/prefix.
// "Test connection" runs ListBuckets (HeadBucket when a bucket is given) and says in words what
// failed. Emits profileSaved() after the secret was stored. Owned by its parent window.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Client::SecretStore &secrets, QWidget *parent = nullptr);

    Client::Profile profile() const;
    QString secretKey() const;

    // Credentials for a saved profile: SecretStore-backed (or anonymous).
    static std::unique_ptr<Client::CredentialsProvider> makeProvider(const Client::Profile &profile,
                                                                     Client::SecretStore &secrets);
    // A sentence for a failed test: DNS/refused, TLS, clock skew, bad keys, others.
    static QString testFailureText(const Core::Error &error);

    void testConnection();

signals:
    void profileSaved(const Client::Profile &profile);
    void testFinished(bool ok, const QString &text);

private:
    void save();

    Client::SecretStore &m_secrets;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_style = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_bucket = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_testButton = nullptr;
    Connection *m_testConnection = nullptr;
};

} // namespace Gui
