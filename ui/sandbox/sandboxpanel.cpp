#include "ui/sandbox/sandboxpanel.h"

#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "engine/client/credentials.h"
#include "engine/client/requestjob.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"
#include "engine/core/clock.h"
#include "ui/common/errortext.h"
#include "ui/sandbox/sandboxbackend.h"
#include "ui/sandbox/storagechart.h"

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
                                 const QString &region, const QString &caBundle)
{
    QString text = QStringLiteral("export AWS_ACCESS_KEY_ID=%1\n"
                                  "export AWS_SECRET_ACCESS_KEY=%2\n"
                                  "export AWS_ENDPOINT_URL=%3\n"
                                  "export AWS_REGION=%4\n")
                       .arg(shellQuote(accessKey), shellQuote(secret), shellQuote(endpointText(endpoint)), shellQuote(region));
    if (!caBundle.isEmpty())
        text += QStringLiteral("export AWS_CA_BUNDLE=%1\n").arg(shellQuote(caBundle));
    return text;
}

QString SandboxPanel::awsCliSnippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                    const QString &region, const QString &caBundle)
{
    // AWS_CA_BUNDLE in the environment part covers the certificate.
    return envSnippet(endpoint, accessKey, secret, region, caBundle)
        + QStringLiteral("\naws --endpoint-url %1 s3 ls\n"
                         "aws --endpoint-url %1 s3 mb s3://my-bucket\n"
                         "aws --endpoint-url %1 s3 cp ./file.txt s3://my-bucket/\n")
              .arg(endpointText(endpoint));
}

QString SandboxPanel::boto3Snippet(const QUrl &endpoint, const QString &accessKey, const QString &secret,
                                   const QString &region, const QString &caBundle)
{
    const QString verify = caBundle.isEmpty() ? QString() : QStringLiteral("    verify=%1,\n").arg(pythonQuote(caBundle));
    return QStringLiteral("import boto3\n\n"
                          "s3 = boto3.client(\n"
                          "    \"s3\",\n"
                          "    endpoint_url=%1,\n"
                          "    aws_access_key_id=%2,\n"
                          "    aws_secret_access_key=%3,\n"
                          "    region_name=%4,\n"
                          "%5"
                          ")\n"
                          "for bucket in s3.list_buckets()[\"Buckets\"]:\n"
                          "    print(bucket[\"Name\"])\n")
        .arg(pythonQuote(endpointText(endpoint)), pythonQuote(accessKey), pythonQuote(secret), pythonQuote(region), verify);
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

    // How to serve: applied on Start.
    auto *serveRow = new QHBoxLayout;
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_allInterfaces = new QCheckBox(tr("Reachable from other computers"), this);
    m_allInterfaces->setToolTip(tr("Off: the server listens on 127.0.0.1 only (this computer). On: on every network "
                                   "interface; anyone who can reach the port and has the keys can use it."));
    m_tls = new QCheckBox(tr("HTTPS (self-signed certificate)"), this);
    m_tls->setToolTip(tr("A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox's data "
                         "directory; clients must trust it (see the snippets)."));
    serveRow->addWidget(new QLabel(tr("Port:"), this));
    serveRow->addWidget(m_port);
    serveRow->addWidget(m_allInterfaces);
    serveRow->addWidget(m_tls);
    serveRow->addStretch();
    layout->addLayout(serveRow);
    const SandboxBackend::ServeOptions serve = m_backend.serveOptions();
    m_port->setValue(serve.port);
    m_allInterfaces->setChecked(serve.address != u"127.0.0.1" && serve.address != u"::1" && serve.address != u"localhost");
    m_tls->setChecked(serve.tls);

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
    m_certificate = readOnlyEdit(this);
    m_certificateRow = new QWidget(this);
    auto *certificateLayout = withCopy(m_certificate, [this] { return m_certificate->text(); });
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    m_certificateRow->setLayout(certificateLayout);
    form->addRow(tr("Certificate:"), m_certificateRow);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    auto *logPage = new QWidget(m_tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    m_filter = new QLineEdit(logPage);
    m_filter->setPlaceholderText(tr("Filter by method, path, status or user"));
    m_filter->setClearButtonEnabled(true);
    m_log = new QTableWidget(0, 6, logPage);
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Method"), tr("Path"), tr("Status"), tr("ms"), tr("User")});
    m_log->verticalHeader()->setVisible(false);
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int column : {0, 1, 3, 4, 5})
        m_log->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    logLayout->addWidget(m_filter);
    logLayout->addWidget(m_log, 1);
    m_tabs->addTab(logPage, tr("Request log"));
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        for (int row = 0; row < m_log->rowCount(); ++row)
            applyFilter(row);
    });

    auto *usersPage = new QWidget(m_tabs);
    auto *usersLayout = new QVBoxLayout(usersPage);
    m_users = new QTableWidget(0, 4, usersPage);
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Access key ID"), tr("Role"), tr("Identity policies")});
    m_users->verticalHeader()->setVisible(false);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->horizontalHeader()->setStretchLastSection(true);
    for (int column : {0, 1, 2})
        m_users->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    usersLayout->addWidget(m_users, 1);
    auto *userRow = new QHBoxLayout;
    m_newUserName = new QLineEdit(usersPage);
    m_newUserName->setPlaceholderText(tr("New user name (A-Z a-z 0-9 +=,.@_-)"));
    m_addUser = new QPushButton(tr("Add user"), usersPage);
    m_removeUser = new QPushButton(tr("Remove user"), usersPage);
    userRow->addWidget(m_newUserName, 1);
    userRow->addWidget(m_addUser);
    userRow->addWidget(m_removeUser);
    usersLayout->addLayout(userRow);
    m_newUserKeys = readOnlyEdit(usersPage);
    m_newUserKeys->setPlaceholderText(tr("The keys of a new user are shown here once"));
    auto *keysRow = new QHBoxLayout;
    auto *copyKeys = new QPushButton(tr("Copy"), usersPage);
    keysRow->addWidget(m_newUserKeys, 1);
    keysRow->addWidget(copyKeys);
    usersLayout->addLayout(keysRow);
    m_usersStatus = new QLabel(usersPage);
    m_usersStatus->setWordWrap(true);
    usersLayout->addWidget(m_usersStatus);
    m_tabs->addTab(usersPage, tr("Users"));
    connect(copyKeys, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_newUserKeys->text()); });
    connect(m_addUser, &QPushButton::clicked, this, &SandboxPanel::addUser);
    connect(m_removeUser, &QPushButton::clicked, this, &SandboxPanel::removeSelectedUser);

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
            const QString ca = m_backend.isRunning() ? m_backend.tlsCertificateFile() : QString();
            QGuiApplication::clipboard()->setText(i == 0   ? awsCliSnippet(endpoint, key, secret, region, ca)
                                                  : i == 1 ? boto3Snippet(endpoint, key, secret, region, ca)
                                                           : envSnippet(endpoint, key, secret, region, ca));
        });
        m_tabs->addTab(page, snippetTabs.at(i));
    }

    // The sandbox clock.
    auto *clockPage = new QWidget(m_tabs);
    auto *clockLayout = new QFormLayout(clockPage);
    m_clockLabel = new QLabel(clockPage);
    m_dayLength = new QSpinBox(clockPage);
    m_dayLength->setRange(0, 86400);
    m_dayLength->setSuffix(tr(" s"));
    m_dayLength->setSpecialValueText(tr("real time"));
    m_dayLength->setToolTip(tr("Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle "
                               "rules and presigned link expiry can be watched."));
    auto *setDayLength = new QPushButton(tr("Set"), clockPage);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_dayLength);
    dayRow->addWidget(setDayLength);
    dayRow->addStretch();
    m_advanceDays = new QSpinBox(clockPage);
    m_advanceDays->setRange(1, 3650);
    m_advanceDays->setValue(30);
    m_advanceDays->setSuffix(tr(" day(s)"));
    m_advance = new QPushButton(tr("Advance"), clockPage);
    auto *advanceRow = new QHBoxLayout;
    advanceRow->addWidget(m_advanceDays);
    advanceRow->addWidget(m_advance);
    advanceRow->addStretch();
    clockLayout->addRow(tr("Sandbox time:"), m_clockLabel);
    clockLayout->addRow(tr("Day length:"), dayRow);
    clockLayout->addRow(tr("Jump ahead:"), advanceRow);
    auto *clockNote = new QLabel(tr("Time only moves forward. Lifecycle rules run right after a jump; object "
                                    "dates, restores and presigned URL expiry follow the sandbox time."),
                                 clockPage);
    clockNote->setWordWrap(true);
    clockLayout->addRow(clockNote);
    m_tabs->addTab(clockPage, tr("Clock"));
    connect(setDayLength, &QPushButton::clicked, this, [this] {
        if (Core::Clock *clock = m_backend.clock())
            clock->setDayLength(std::chrono::seconds(m_dayLength->value()));
        updateClock();
    });
    connect(m_advance, &QPushButton::clicked, this, [this] {
        if (Core::Clock *clock = m_backend.clock()) {
            clock->advance(std::chrono::hours(24) * m_advanceDays->value());
            m_backend.runLifecycle();
        }
        updateClock();
    });
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &SandboxPanel::updateClock);
    m_clockTimer->start();
    if (Core::Clock *clock = m_backend.clock())
        m_dayLength->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(clock->dayLength()).count()));

    // Storage per bucket and class.
    auto *storagePage = new QWidget(m_tabs);
    auto *storageLayout = new QVBoxLayout(storagePage);
    m_storage = new StorageChart(storagePage);
    auto *refresh = new QPushButton(tr("Refresh"), storagePage);
    storageLayout->addWidget(m_storage, 1);
    storageLayout->addWidget(refresh, 0, Qt::AlignRight);
    m_tabs->addTab(storagePage, tr("Storage"));
    connect(refresh, &QPushButton::clicked, this, &SandboxPanel::refreshStorage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == StorageTab)
            refreshStorage();
    });

    layout->addWidget(m_tabs, 1);

    connect(m_start, &QPushButton::clicked, this, &SandboxPanel::onStartClicked);
    connect(m_stop, &QPushButton::clicked, &m_backend, &SandboxBackend::stop);
    connect(m_show, &QPushButton::clicked, this, [this] { setSecretShown(!m_secretShown); });
    connect(&m_backend, &SandboxBackend::stateChanged, this, &SandboxPanel::updateState);
    connect(m_tail, &AccessLogTail::entriesAdded, this, &SandboxPanel::appendLogEntries);
    m_tail->setPath(m_backend.accessLogPath());
    updateState();
    updateClock();
}

SandboxPanel::~SandboxPanel() = default;

void SandboxPanel::onStartClicked()
{
    SandboxBackend::ServeOptions options;
    options.address = m_allInterfaces->isChecked() ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
    options.port = quint16(m_port->value());
    options.tls = m_tls->isChecked();
    m_backend.setServeOptions(options);
    m_backend.start();
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
        m_state->setToolTip(error.code == Core::ErrorCode::None ? QString() : error.message);
    }
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_port->setEnabled(!running);
    m_allInterfaces->setEnabled(!running);
    m_tls->setEnabled(!running);
    if (running && m_port->value() == 0)
        m_port->setSpecialValueText(tr("any free port (now %1)").arg(m_backend.endpoint().port()));
    m_url->setText(running ? m_backend.endpoint().toString(QUrl::StripTrailingSlash) : QString());
    m_accessKey->setText(m_backend.accessKeyId());
    m_secret->setText(m_backend.secretAccessKey());
    m_region->setText(m_backend.region());
    const QString certificate = running ? m_backend.tlsCertificateFile() : QString();
    m_certificate->setText(certificate);
    m_certificateRow->setEnabled(!certificate.isEmpty());
    m_certificate->setPlaceholderText(tr("plain HTTP: no certificate"));
    if (m_tail->path() != m_backend.accessLogPath())
        m_tail->setPath(m_backend.accessLogPath());
    // A client for the storage chart, for this endpoint (a count on the old one is cancelled first:
    // its jobs must not outlive their transport).
    const QUrl endpoint = running ? m_backend.endpoint() : QUrl();
    if (!running || endpoint != m_clientEndpoint) {
        m_storage->clear(running ? tr("Not counted yet: press Refresh.") : tr("The server is not running."));
        m_client.reset();
        m_transport.reset();
        m_credentials.reset();
        m_clientEndpoint = endpoint;
    }
    if (running && !m_client) {
        Client::Profile profile;
        profile.name = QStringLiteral("sandbox-panel");
        profile.endpoint = m_backend.endpoint();
        profile.region = m_backend.region();
        profile.addressingStyle = Client::AddressingStyle::Path;
        profile.accessKeyId = m_backend.accessKeyId();
        profile.caBundlePath = certificate;
        m_credentials = std::make_unique<Client::StaticCredentialsProvider>(
            Client::Credentials {m_backend.accessKeyId(), m_backend.secretAccessKey(), {}, {}});
        m_transport = std::make_unique<Client::Transport>(profile, m_credentials.get());
        m_client = std::make_unique<Client::S3Client>(*m_transport);
    }
    m_addUser->setEnabled(running);
    m_removeUser->setEnabled(running);
    m_newUserName->setEnabled(running);
    refreshUsers();
    if (running && m_tabs->currentIndex() == StorageTab)
        refreshStorage();
    updateSnippets();
}

void SandboxPanel::refreshStorage()
{
    m_storage->refresh(m_client.get());
}

void SandboxPanel::updateClock()
{
    Core::Clock *clock = m_backend.clock();
    if (!clock) {
        m_clockLabel->setText(tr("This server has no sandbox clock."));
        return;
    }
    const QDateTime now = clock->now();
    const qint64 aheadDays = std::chrono::duration_cast<std::chrono::hours>(clock->offset()).count() / 24;
    m_clockLabel->setText(tr("%1 UTC (%n day(s) ahead of real time)", nullptr, int(aheadDays))
                              .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

void SandboxPanel::updateSnippets()
{
    const QUrl endpoint = m_backend.endpoint();
    const QString key = m_backend.accessKeyId();
    const QString secret = m_secretShown ? m_backend.secretAccessKey() : QStringLiteral("********");
    const QString region = m_backend.region();
    const QString ca = m_backend.isRunning() ? m_backend.tlsCertificateFile() : QString();
    m_snippets.at(0)->setPlainText(awsCliSnippet(endpoint, key, secret, region, ca));
    m_snippets.at(1)->setPlainText(boto3Snippet(endpoint, key, secret, region, ca));
    m_snippets.at(2)->setPlainText(envSnippet(endpoint, key, secret, region, ca));
}

QString SandboxPanel::userFor(const QString &accessKeyId) const
{
    if (accessKeyId.isEmpty())
        return tr("anonymous");
    if (const auto it = m_userNames.constFind(accessKeyId); it != m_userNames.cend())
        return *it;
    for (const SandboxBackend::UserEntry &user : m_backend.users()) {
        if (user.accessKeyId == accessKeyId)
            return user.name;
    }
    return accessKeyId;
}

namespace {

// The sandbox's admin API (/_pail/users, engine/server/adminops.h), signed as the root user.
Client::Request adminRequest(QByteArray method, const QString &path)
{
    Client::Request r;
    r.method = std::move(method);
    r.bucket = QStringLiteral("_pail");
    r.key = path;
    r.idempotent = r.method != "POST";
    return r;
}

Client::RequestJob<QByteArray> *adminJob(Client::S3Client &client, Client::Request request)
{
    return new Client::RequestJob<QByteArray>(client.transport(), std::move(request),
                                              [](const Client::Response &r) { return Core::Result<QByteArray>(r.body); });
}

} // namespace

void SandboxPanel::showUsers(const QList<SandboxBackend::UserEntry> &users, const QHash<QString, QStringList> &policies)
{
    m_users->setRowCount(0);
    m_userNames.clear();
    for (const SandboxBackend::UserEntry &user : users) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        m_users->setItem(row, 0, new QTableWidgetItem(user.name));
        m_users->setItem(row, 1, new QTableWidgetItem(user.accessKeyId));
        m_users->setItem(row, 2, new QTableWidgetItem(user.root ? tr("account root (full access)")
                                                                : tr("user (access from policies)")));
        m_users->setItem(row, 3, new QTableWidgetItem(policies.value(user.name).join(QStringLiteral(", "))));
        m_userNames.insert(user.accessKeyId, user.name);
    }
}

// The configured users, then (when running) the server's list, which also has the users added at run time.
void SandboxPanel::refreshUsers()
{
    showUsers(m_backend.users(), {});
    if (!m_client)
        return;
    auto *job = adminJob(*m_client, adminRequest("GET", QStringLiteral("users")));
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        const auto &r = job->result();
        if (!r) {
            m_usersStatus->setText(tr("Could not list the users: %1").arg(errorText(r.error())));
            return;
        }
        QList<SandboxBackend::UserEntry> users;
        QHash<QString, QStringList> policies;
        for (const QJsonValue &v : QJsonDocument::fromJson(*r).object().value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toObject();
            SandboxBackend::UserEntry user;
            user.name = o.value(QStringLiteral("name")).toString();
            user.accessKeyId = o.value(QStringLiteral("accessKeyId")).toString();
            user.root = o.value(QStringLiteral("root")).toBool();
            for (const QJsonValue &p : o.value(QStringLiteral("policies")).toArray())
                policies[user.name].append(p.toString());
            users.append(user);
        }
        showUsers(users, policies);
        emit usersRefreshed();
    });
    job->start();
}

void SandboxPanel::addUser()
{
    const QString name = m_newUserName->text().trimmed();
    if (!m_client || name.isEmpty())
        return;
    Client::Request request = adminRequest("POST", QStringLiteral("users"));
    request.body = Client::RequestBody::fromBytes(QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson());
    request.setHeader("Content-Type", "application/json");
    auto *job = adminJob(*m_client, std::move(request));
    connect(job, &Client::Job::finished, this, [this, job, name] {
        job->deleteLater();
        const auto &r = job->result();
        if (!r) {
            m_usersStatus->setText(tr("The server refused the user: %1\n%2").arg(errorText(r.error()), r.error().message));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(*r).object();
        m_newUserKeys->setText(QStringLiteral("%1 %2").arg(o.value(QStringLiteral("accessKeyId")).toString(),
                                                          o.value(QStringLiteral("secretAccessKey")).toString()));
        m_usersStatus->setText(tr("User %1 added. It can do nothing until an identity or bucket policy allows it; "
                                  "copy its keys now (access key ID, then secret), they are not shown again.")
                                   .arg(name));
        m_newUserName->clear();
        refreshUsers();
    });
    job->start();
}

void SandboxPanel::removeSelectedUser()
{
    const int row = m_users->currentRow();
    if (!m_client || row < 0 || !m_users->item(row, 0))
        return;
    const QString name = m_users->item(row, 0)->text();
    auto *job = adminJob(*m_client, adminRequest("DELETE", QStringLiteral("users/") + name));
    connect(job, &Client::Job::finished, this, [this, job, name] {
        job->deleteLater();
        const auto &r = job->result();
        m_usersStatus->setText(r ? tr("User %1 removed.").arg(name)
                                 : tr("The server refused: %1\n%2").arg(errorText(r.error()), r.error().message));
        refreshUsers();
    });
    job->start();
}

void SandboxPanel::applyFilter(int row)
{
    const QString filter = m_filter->text().trimmed();
    bool shown = filter.isEmpty();
    for (int column = 1; !shown && column < m_log->columnCount(); ++column) {
        if (const QTableWidgetItem *item = m_log->item(row, column))
            shown = item->text().contains(filter, Qt::CaseInsensitive);
    }
    m_log->setRowHidden(row, !shown);
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
        auto *user = new QTableWidgetItem(userFor(e.accessKeyId));
        user->setToolTip(e.accessKeyId);
        m_log->setItem(row, 5, user);
        applyFilter(row);
    }
    const int excess = m_log->rowCount() - kMaxLogRows;
    for (int i = 0; i < excess; ++i)
        m_log->removeRow(0);
    m_log->setUpdatesEnabled(true);
    if (atBottom)
        m_log->scrollToBottom();
}

} // namespace Gui
