#pragma once

#include <memory>

#include <QHash>

#include <QUrl>
#include <QWidget>

#include "ui/sandbox/accesslogtail.h"
#include "ui/sandbox/sandboxbackend.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace Client {
class CredentialsProvider;
class S3Client;
class Transport;
}

namespace Gui {

class SandboxBackend;
class StorageChart;

// The local S3 server at a glance: running or not, start/stop with the port, the address (loopback
// unless the user opens it to the network) and HTTPS with a self-signed certificate; its URL, root
// keys (the secret hidden until "Show") and certificate with copy buttons; the live request log
// (AccessLogTail on the server's access log: time, method, path, status, ms, user; filterable; the
// newest kMaxLogRows kept), the users (listed, added and removed through the sandbox's /_pail/users
// admin API; a new user's keys are shown once), copy-ready snippets for aws-cli, boto3 and environment
// variables, the sandbox clock (day length, "advance N days") and the storage used per bucket and
// class (StorageChart). Lives in the GUI thread; the backend must outlive the panel; owned by its parent.
class SandboxPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLogRows = 1000;
    enum Tab
    {
        LogTab,
        UsersTab,
        AwsCliTab,
        Boto3Tab,
        EnvironmentTab,
        ClockTab,
        StorageTab,
    };

    explicit SandboxPanel(SandboxBackend &backend, QWidget *parent = nullptr);
    ~SandboxPanel() override;

    // Snippets with the given values (the panel passes the real secret for Copy, a mask for display).
    // caBundle: the certificate clients must trust (HTTPS with the self-signed certificate).
    static QString awsCliSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                 const QString &region, const QString &caBundle = {});
    static QString boto3Snippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                const QString &region, const QString &caBundle = {});
    static QString envSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                              const QString &region, const QString &caBundle = {});

    bool isSecretShown() const { return m_secretShown; }
    void setSecretShown(bool shown);
    void appendLogEntries(const QList<AccessLogEntry> &entries);
    // Counts the storage again (the Storage tab's Refresh).
    void refreshStorage();

    // Widgets, for tests.
    QTableWidget *logTable() const { return m_log; }
    QLineEdit *logFilter() const { return m_filter; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QSpinBox *portSpin() const { return m_port; }
    QCheckBox *allInterfacesCheck() const { return m_allInterfaces; }
    QCheckBox *tlsCheck() const { return m_tls; }
    QTableWidget *usersTable() const { return m_users; }
    QLineEdit *newUserNameEdit() const { return m_newUserName; }
    QPushButton *addUserButton() const { return m_addUser; }
    QPushButton *removeUserButton() const { return m_removeUser; }
    QLineEdit *newUserKeys() const { return m_newUserKeys; }
    QLabel *clockLabel() const { return m_clockLabel; }
    QSpinBox *dayLengthSpin() const { return m_dayLength; }
    QSpinBox *advanceDaysSpin() const { return m_advanceDays; }
    QPushButton *advanceButton() const { return m_advance; }
    StorageChart *storageChart() const { return m_storage; }
    QPlainTextEdit *snippetView(int index) const; // 0 aws-cli, 1 boto3, 2 environment
    AccessLogTail *logTail() const { return m_tail; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The Users tab has the server's list (after start, add and remove).
    void usersRefreshed();

private:
    void updateState();
    void updateSnippets();
    void updateClock();
    void applyFilter(int row);
    void onStartClicked();
    void refreshUsers();
    void showUsers(const QList<SandboxBackend::UserEntry> &users, const QHash<QString, QStringList> &policies);
    void addUser();
    void removeSelectedUser();
    QString userFor(const QString &accessKeyId) const;

    SandboxBackend &m_backend;
    AccessLogTail *m_tail = nullptr;
    bool m_secretShown = false;

    QLabel *m_state = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_allInterfaces = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_show = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_certificate = nullptr;
    QWidget *m_certificateRow = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_log = nullptr;
    QTableWidget *m_users = nullptr;
    QLineEdit *m_newUserName = nullptr;
    QPushButton *m_addUser = nullptr;
    QPushButton *m_removeUser = nullptr;
    QLineEdit *m_newUserKeys = nullptr;
    QLabel *m_usersStatus = nullptr;
    QHash<QString, QString> m_userNames; // access key -> user name, for the log's user column
    QList<QPlainTextEdit *> m_snippets;
    QLabel *m_clockLabel = nullptr;
    QSpinBox *m_dayLength = nullptr;
    QSpinBox *m_advanceDays = nullptr;
    QPushButton *m_advance = nullptr;
    QTimer *m_clockTimer = nullptr;
    StorageChart *m_storage = nullptr;
    // The client the storage chart lists with (made for the current endpoint).
    std::unique_ptr<Client::CredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
    QUrl m_clientEndpoint;
};

} // namespace Gui
