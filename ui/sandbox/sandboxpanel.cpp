#include "ui/sandbox/sandboxpanel.h"

#include <functional>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/common/errortext.h"
#include "ui/sandbox/sandboxbackend.h"

namespace Gui {

namespace {

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString pythonQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString endpointText(const QUrl &endpoint)
{
    return endpoint.isValid() ? endpoint.toString(QUrl::StripTrailingSlash) : QStringLiteral("http://127.0.0.1:PORT");
}

QLineEdit *readOnlyEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

QString SandboxPanel::envSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                 const QString &region)
{
    return QStringLiteral("export AWS_ACCESS_KEY_ID=%1\n"
                          "export AWS_SECRET_ACCESS_KEY=%2\n"
                          "export AWS_ENDPOINT_URL=%3\n"
                          "export AWS_REGION=%4\n")
        .arg(shellQuote(accessKey), shellQuote(secret), shellQuote(endpointText(endpoint)), shellQuote(region));
}

QString SandboxPanel::awsCliSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                    const QString &region)
{
    return envSnippet(endpoint, accessKey, secret, region)
        + QStringLiteral("\naws --endpoint-url %1 s3 ls\n"
                         "aws --endpoint-url %1 s3 mb s3://my-bucket\n"
                         "aws --endpoint-url %1 s3 cp ./file.txt s3://my-bucket/\n")
              .arg(endpointText(endpoint));
}

QString SandboxPanel::boto3Snippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                   const QString &region)
{
    return QStringLiteral("import boto3\n\n"
                          "s3 = boto3.client(\n"
                          "    \"s3\",\n"
                          "    endpoint_url=%1,\n"
                          "    aws_access_key_id=%2,\n"
                          "    aws_secret_access_key=%3,\n"
                          "    region_name=%4,\n"
                          ")\n"
                          "for bucket in s3.list_buckets()[\"Buckets\"]:\n"
                          "    print(bucket[\"Name\"])\n")
        .arg(pythonQuote(endpointText(endpoint)), pythonQuote(accessKey), pythonQuote(secret), pythonQuote(region));
}

SandboxPanel::SandboxPanel(SandboxBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_tail(new AccessLogTail(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *stateRow = new QHBoxLayout;
    m_state = new QLabel(this);
    m_start = new QPushButton(tr("Start"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_start);
    stateRow->addWidget(m_stop);
    layout->addLayout(stateRow);

    auto *form = new QFormLayout;
    const auto withCopy = [this](QLineEdit *edit, std::function<QString()> text) {
        auto *row = new QHBoxLayout;
        auto *copy = new QPushButton(tr("Copy"), this);
        row->addWidget(edit, 1);
        row->addWidget(copy);
        connect(copy, &QPushButton::clicked, this, [text] { QGuiApplication::clipboard()->setText(text()); });
        return row;
    };
    m_url = readOnlyEdit(this);
    form->addRow(tr("Endpoint URL:"), withCopy(m_url, [this] { return m_url->text(); }));
    m_accessKey = readOnlyEdit(this);
    form->addRow(tr("Access key ID:"), withCopy(m_accessKey, [this] { return m_backend.accessKeyId(); }));
    m_secret = readOnlyEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    auto *secretRow = withCopy(m_secret, [this] { return m_backend.secretAccessKey(); });
    m_show = new QPushButton(tr("Show"), this);
    secretRow->insertWidget(1, m_show);
    form->addRow(tr("Secret access key:"), secretRow);
    m_region = readOnlyEdit(this);
    form->addRow(tr("Region:"), m_region);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_log = new QTableWidget(0, 5, m_tabs);
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Method"), tr("Path"), tr("Status"), tr("ms")});
    m_log->verticalHeader()->setVisible(false);
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_log->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_log, tr("Request log"));
    const QStringList snippetTabs {tr("aws-cli"), tr("boto3"), tr("Environment")};
    for (int i = 0; i < snippetTabs.size(); ++i) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        auto *view = new QPlainTextEdit(page);
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *copy = new QPushButton(tr("Copy"), page);
        pageLayout->addWidget(view, 1);
        pageLayout->addWidget(copy, 0, Qt::AlignRight);
        m_snippets.append(view);
        connect(copy, &QPushButton::clicked, this, [this, i] {
            const QUrl endpoint = m_backend.endpoint();
            const QString key = m_backend.accessKeyId();
            const QString secret = m_backend.secretAccessKey();
            const QString region = m_backend.region();
            QGuiApplication::clipboard()->setText(i == 0   ? awsCliSnippet(endpoint, key, secret, region)
                                                  : i == 1 ? boto3Snippet(endpoint, key, secret, region)
                                                           : envSnippet(endpoint, key, secret, region));
        });
        m_tabs->addTab(page, snippetTabs.at(i));
    }
    layout->addWidget(m_tabs, 1);

    connect(m_start, &QPushButton::clicked, &m_backend, &SandboxBackend::start);
    connect(m_stop, &QPushButton::clicked, &m_backend, &SandboxBackend::stop);
    connect(m_show, &QPushButton::clicked, this, [this] { setSecretShown(!m_secretShown); });
    connect(&m_backend, &SandboxBackend::stateChanged, this, &SandboxPanel::updateState);
    connect(m_tail, &AccessLogTail::entriesAdded, this, &SandboxPanel::appendLogEntries);
    m_tail->setPath(m_backend.accessLogPath());
    updateState();
}

QPlainTextEdit *SandboxPanel::snippetView(int index) const
{
    return m_snippets.value(index);
}

void SandboxPanel::setSecretShown(bool shown)
{
    m_secretShown = shown;
    m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_show->setText(shown ? tr("Hide") : tr("Show"));
    updateSnippets();
}

void SandboxPanel::updateState()
{
    const bool running = m_backend.isRunning();
    if (running) {
        m_state->setText(tr("<b style='color:#2e7d32'>&#9679; Running</b> on %1")
                             .arg(m_backend.endpoint().toString().toHtmlEscaped()));
    } else {
        const Core::Error error = m_backend.lastError();
        m_state->setText(error.code == Core::ErrorCode::None
                             ? tr("<b style='color:#777'>&#9679; Stopped</b>")
                             : tr("<b style='color:#c62828'>&#9679; Stopped:</b> %1").arg(errorText(error).toHtmlEscaped()));
    }
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_url->setText(running ? m_backend.endpoint().toString(QUrl::StripTrailingSlash) : QString());
    m_accessKey->setText(m_backend.accessKeyId());
    m_secret->setText(m_backend.secretAccessKey());
    m_region->setText(m_backend.region());
    if (m_tail->path() != m_backend.accessLogPath())
        m_tail->setPath(m_backend.accessLogPath());
    updateSnippets();
}

void SandboxPanel::updateSnippets()
{
    const QUrl endpoint = m_backend.endpoint();
    const QString key = m_backend.accessKeyId();
    const QString secret = m_secretShown ? m_backend.secretAccessKey() : QStringLiteral("********");
    const QString region = m_backend.region();
    m_snippets.at(0)->setPlainText(awsCliSnippet(endpoint, key, secret, region));
    m_snippets.at(1)->setPlainText(boto3Snippet(endpoint, key, secret, region));
    m_snippets.at(2)->setPlainText(envSnippet(endpoint, key, secret, region));
}

void SandboxPanel::appendLogEntries(const QList<AccessLogEntry> &entries)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    m_log->setUpdatesEnabled(false);
    for (const AccessLogEntry &e : entries) {
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        const QString time = e.time.isValid() ? e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
        m_log->setItem(row, 0, new QTableWidgetItem(time));
        m_log->setItem(row, 1, new QTableWidgetItem(e.method));
        auto *path = new QTableWidgetItem(e.path);
        path->setToolTip(tr("%1\noperation: %2\nrequest id: %3\nbytes in/out: %4/%5")
                             .arg(e.path, e.operation, e.requestId)
                             .arg(e.bytesIn)
                             .arg(e.bytesOut));
        m_log->setItem(row, 2, path);
        auto *status = new QTableWidgetItem(QString::number(e.status));
        if (e.status >= 400)
            status->setForeground(QColor(0xc6, 0x28, 0x28));
        m_log->setItem(row, 3, status);
        m_log->setItem(row, 4, new QTableWidgetItem(QLocale().toString(e.milliseconds, 'f', 1)));
    }
    const int excess = m_log->rowCount() - kMaxLogRows;
    for (int i = 0; i < excess; ++i)
        m_log->removeRow(0);
    m_log->setUpdatesEnabled(true);
    if (atBottom)
        m_log->scrollToBottom();
}

} // namespace Gui
