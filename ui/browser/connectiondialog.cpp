#include "ui/browser/connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/secretstore.h"
#include "ui/browser/connection.h"
#include "ui/common/errortext.h"

namespace Gui {

ConnectionDialog::ConnectionDialog(Client::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets {secrets}
{
    setWindowTitle(tr("New Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(QStringLiteral("https://s3.eu-west-1.amazonaws.com"));
    m_region = new QLineEdit(QStringLiteral("us-east-1"), this);
    m_style = new QComboBox(this);
    m_style->addItem(tr("Automatic"), int(Client::AddressingStyle::Auto));
    m_style->addItem(tr("Path style (host/bucket/key)"), int(Client::AddressingStyle::Path));
    m_style->addItem(tr("Virtual-hosted (bucket.host/key)"), int(Client::AddressingStyle::Virtual));
    m_accessKey = new QLineEdit(this);
    m_secretKey = new QLineEdit(this);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_bucket = new QLineEdit(this);
    m_bucket->setPlaceholderText(tr("optional"));
    m_prefix = new QLineEdit(this);
    m_prefix->setPlaceholderText(tr("optional"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Endpoint URL:"), m_endpoint);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Addressing:"), m_style);
    form->addRow(tr("Access key:"), m_accessKey);
    form->addRow(tr("Secret key:"), m_secretKey);
    form->addRow(tr("Bucket:"), m_bucket);
    form->addRow(tr("Prefix:"), m_prefix);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("Test Connection"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Client::Profile ConnectionDialog::profile() const
{
    Client::Profile p;
    p.name = m_name->text().trimmed();
    p.endpoint = QUrl(m_endpoint->text().trimmed());
    p.region = m_region->text().trimmed();
    p.addressingStyle = Client::AddressingStyle(m_style->currentData().toInt());
    p.accessKeyId = m_accessKey->text().trimmed();
    p.credentialSource = p.accessKeyId.isEmpty() ? Client::CredentialSource::Anonymous : Client::CredentialSource::SecretStore;
    p.bucket = m_bucket->text().trimmed();
    p.prefix = m_prefix->text().trimmed();
    return p;
}

QString ConnectionDialog::secretKey() const
{
    return m_secretKey->text();
}

std::unique_ptr<Client::CredentialsProvider> ConnectionDialog::makeProvider(const Client::Profile &profile,
                                                                            Client::SecretStore &secrets)
{
    if (profile.credentialSource == Client::CredentialSource::Anonymous)
        return std::make_unique<Client::StaticCredentialsProvider>(Client::Credentials {});
    return std::make_unique<Client::SecretStoreCredentialsProvider>(secrets, profile);
}

QString ConnectionDialog::testFailureText(const Core::Error &error)
{
    using Core::ErrorCode;
    const QString m = error.message.toLower();
    switch (error.code) {
    case ErrorCode::InvalidAccessKeyId:
        return tr("The endpoint does not know this access key. Check the access key.");
    case ErrorCode::SignatureDoesNotMatch:
        return tr("The secret key does not match the access key. Check the secret key.");
    case ErrorCode::RequestTimeTooSkewed:
        return tr("This computer's clock is too far from the server's. Correct the clock (or enable time sync).");
    case ErrorCode::NetworkFailure:
    case ErrorCode::Timeout:
        if (m.contains(u"host") && (m.contains(u"not found") || m.contains(u"lookup")))
            return tr("The host name could not be found (DNS). Check the endpoint URL.");
        if (m.contains(u"refused"))
            return tr("The connection was refused: nothing listens at that address and port.");
        if (m.contains(u"ssl") || m.contains(u"tls") || m.contains(u"certificate") || m.contains(u"handshake"))
            return tr("The secure connection (TLS) failed: %1").arg(error.message);
        if (error.code == ErrorCode::Timeout)
            return tr("The server did not answer in time.");
        return tr("The server could not be reached: %1").arg(error.message);
    default:
        return errorText(error);
    }
}

void ConnectionDialog::testConnection()
{
    const Client::Profile p = profile();
    if (auto ok = p.validate(); !ok) {
        m_result->setText(tr("The settings are incomplete: %1").arg(ok.error().message));
        emit testFinished(false, m_result->text());
        return;
    }
    delete m_testConnection;
    m_testConnection = new Connection(Connection::Kind::Custom, p, this);
    Client::Credentials credentials {p.accessKeyId, secretKey(), {}, {}};
    m_testConnection->attach(p, std::make_unique<Client::StaticCredentialsProvider>(credentials));
    m_result->setText(tr("Testing..."));
    m_testButton->setEnabled(false);
    Client::S3Client *client = m_testConnection->client();
    const auto report = [this](const Core::Error &error) {
        m_testButton->setEnabled(true);
        const bool ok = error.code == Core::ErrorCode::None;
        m_result->setText(ok ? tr("Connection works.") : testFailureText(error));
        emit testFinished(ok, m_result->text());
    };
    Client::Job *job = p.bucket.isEmpty() ? static_cast<Client::Job *>(client->listBuckets())
                                          : static_cast<Client::Job *>(client->headBucket(p.bucket));
    connect(job, &Client::Job::finished, this, [job, report] {
        job->deleteLater();
        report(job->error());
    });
    job->start();
}

void ConnectionDialog::save()
{
    const Client::Profile p = profile();
    if (auto ok = p.validate(); !ok) {
        m_result->setText(tr("The settings are incomplete: %1").arg(ok.error().message));
        return;
    }
    if (p.credentialSource == Client::CredentialSource::Anonymous) {
        emit profileSaved(p);
        accept();
        return;
    }
    Client::Credentials credentials {p.accessKeyId, secretKey(), {}, {}};
    m_secrets.writeSecret(p.secretKeyName(), Client::encodeProfileSecret(credentials), this,
                          [this, p](const Core::Status &status) {
                              if (!status) {
                                  m_result->setText(tr("The secret key could not be stored: %1").arg(errorText(status.error())));
                                  return;
                              }
                              emit profileSaved(p);
                              accept();
                          });
}

} // namespace Gui
