#pragma once

#include <QWidget>

#include "ui/sandbox/accesslogtail.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Gui {

class SandboxBackend;

// The local S3 server at a glance: running or not, its URL and root keys (the secret hidden until "Show"),
// start/stop, the live request log (AccessLogTail on the server's access log: time, method, path, status,
// ms; the newest kMaxLogRows kept), and copy-ready snippets for aws-cli, boto3 and environment variables.
// Lives in the GUI thread; the backend must outlive the panel; owned by its parent.
class SandboxPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLogRows = 1000;

    explicit SandboxPanel(SandboxBackend &backend, QWidget *parent = nullptr);

    // Snippets with the given values (the panel passes the real secret for Copy, a mask for display).
    static QString awsCliSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                 const QString &region);
    static QString boto3Snippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                const QString &region);
    static QString envSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                              const QString &region);

    bool isSecretShown() const { return m_secretShown; }
    void setSecretShown(bool shown);
    void appendLogEntries(const QList<AccessLogEntry> &entries);

    // Widgets, for tests.
    QTableWidget *logTable() const { return m_log; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *stateLabel() const { return m_state; }
    QPlainTextEdit *snippetView(int index) const; // 0 aws-cli, 1 boto3, 2 environment
    AccessLogTail *logTail() const { return m_tail; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void updateState();
    void updateSnippets();

    SandboxBackend &m_backend;
    AccessLogTail *m_tail = nullptr;
    bool m_secretShown = false;

    QLabel *m_state = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_show = nullptr;
    QLineEdit *m_region = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_log = nullptr;
    QList<QPlainTextEdit *> m_snippets;
};

} // namespace Gui
