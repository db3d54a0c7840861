#include "ui/policy/policyeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include "engine/client/requestjob.h"
#include "engine/policy/publicaccess.h"
#include "engine/policy/s3actions.h"
#include "engine/policy/simulation.h"
#include "engine/policy/templates.h"
#include "engine/server/access.h"
#include "ui/common/errortext.h"
#include "ui/policy/policypickers.h"

namespace Gui {

namespace {

enum Column
{
    ColSid,
    ColEffect,
    ColPrincipal,
    ColActions,
    ColResources,
    ColConditions,
    ColumnCount,
};

const QColor kErrorColor(0xc6, 0x28, 0x28);

// Colours JSON keys, strings and literals.
class JsonHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression kString(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(\\s*:)?"));
        static const QRegularExpression kLiteral(QStringLiteral("\\b(true|false|null|-?\\d+(\\.\\d+)?)\\b"));
        QTextCharFormat key;
        key.setForeground(QColor(0x1a, 0x4f, 0x9c));
        key.setFontWeight(QFont::Bold);
        QTextCharFormat string;
        string.setForeground(QColor(0x2e, 0x7d, 0x32));
        QTextCharFormat literal;
        literal.setForeground(QColor(0x8e, 0x24, 0xaa));
        for (auto it = kLiteral.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), literal);
        }
        for (auto it = kString.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m.capturedLength(1) > 0 ? key : string);
        }
    }
};

QString withNot(bool negated, const QString &text)
{
    return negated ? QStringLiteral("NOT ") + text : text;
}

// "NOT a, b" -> (true, "a, b")
std::pair<bool, QString> splitNot(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u"NOT ", Qt::CaseInsensitive))
        return {true, t.mid(4).trimmed()};
    return {false, t};
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QString conditionSummary(const QList<EditableCondition> &conditions)
{
    QStringList parts;
    for (const EditableCondition &c : conditions)
        parts.append(QStringLiteral("%1 %2 %3").arg(c.op, c.key, c.values.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

QString templateTitle(const Policy::PolicyTemplate &t)
{
    if (t.id == u"public-read-prefix")
        return PolicyEditorDialog::tr("Public read of a prefix");
    if (t.id == u"deny-insecure-transport")
        return PolicyEditorDialog::tr("Deny access without TLS");
    if (t.id == u"deny-unencrypted-uploads")
        return PolicyEditorDialog::tr("Deny unencrypted uploads");
    if (t.id == u"user-read-write-prefix")
        return PolicyEditorDialog::tr("Grant a user read/write on a prefix");
    if (t.id == u"restrict-source-ip")
        return PolicyEditorDialog::tr("Restrict access to an IP range");
    if (t.id == u"read-only-user")
        return PolicyEditorDialog::tr("Read-only for a user");
    if (t.id == u"write-only-drop-box")
        return PolicyEditorDialog::tr("Write-only drop box for a user");
    return t.title;
}

QString parameterLabel(const QString &name)
{
    if (name == u"bucket")
        return PolicyEditorDialog::tr("Bucket:");
    if (name == u"prefix")
        return PolicyEditorDialog::tr("Prefix:");
    if (name == u"account")
        return PolicyEditorDialog::tr("Account ID:");
    if (name == u"user")
        return PolicyEditorDialog::tr("User name:");
    if (name == u"cidr")
        return PolicyEditorDialog::tr("Address range (CIDR):");
    return name + QLatin1Char(':');
}

Client::Request adminRequest(const QString &path)
{
    Client::Request r;
    r.bucket = QStringLiteral("_pail");
    r.key = path;
    return r;
}

Client::RequestJob<QByteArray> *adminGet(Client::S3Client &client, const QString &path)
{
    return new Client::RequestJob<QByteArray>(client.transport(), adminRequest(path),
                                              [](const Client::Response &r) { return Core::Result<QByteArray>(r.body); });
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(Client::S3Client &client, QString bucket, bool sandbox, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_sandbox(sandbox)
{
    setWindowTitle(tr("Bucket policy - %1").arg(m_bucket));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Bucket policy of <b>%1</b>").arg(m_bucket.toHtmlEscaped()), this));
    header->addStretch();
    auto *templates = new QPushButton(tr("Templates"), this);
    auto *menu = new QMenu(templates);
    for (const Policy::PolicyTemplate &t : Policy::bundledTemplates())
        menu->addAction(templateTitle(t), this, [this, id = t.id] { chooseTemplate(id); });
    templates->setMenu(menu);
    header->addWidget(templates);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #6b4f00; border: 1px solid #e0c060; "
                                           "padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);

    // Statements tab: the statement table, then the selected statement's conditions.
    m_tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    auto *splitter = new QSplitter(Qt::Vertical, m_tablePage);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setHorizontalHeaderLabels({tr("Sid"), tr("Effect"), tr("Principal"), tr("Actions"), tr("Resources"), tr("Conditions")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Edit a cell to change the statement. Lists are separated by commas; \"NOT \" in front "
                           "writes NotPrincipal, NotAction or NotResource."));
    auto *conditionsPane = new QWidget(splitter);
    auto *conditionsLayout = new QVBoxLayout(conditionsPane);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    conditionsLayout->addWidget(new QLabel(tr("Conditions of the selected statement (all must hold):"), conditionsPane));
    m_conditions = new QTableWidget(0, 3, conditionsPane);
    m_conditions->setHorizontalHeaderLabels({tr("Operator"), tr("Key"), tr("Values")});
    m_conditions->horizontalHeader()->setStretchLastSection(true);
    conditionsLayout->addWidget(m_conditions);
    auto *conditionButtons = new QHBoxLayout;
    auto *addCondition = new QPushButton(tr("Add condition"), conditionsPane);
    auto *removeCondition = new QPushButton(tr("Remove condition"), conditionsPane);
    conditionButtons->addWidget(addCondition);
    conditionButtons->addWidget(removeCondition);
    conditionButtons->addStretch();
    conditionsLayout->addLayout(conditionButtons);
    splitter->addWidget(m_table);
    splitter->addWidget(conditionsPane);
    splitter->setSizes({360, 200});
    tableLayout->addWidget(splitter, 1);
    auto *statementButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("Add statement"), m_tablePage);
    auto *removeButton = new QPushButton(tr("Remove statement"), m_tablePage);
    auto *actionsButton = new QPushButton(tr("Actions..."), m_tablePage);
    auto *resourcesButton = new QPushButton(tr("Resources..."), m_tablePage);
    statementButtons->addWidget(addButton);
    statementButtons->addWidget(removeButton);
    statementButtons->addWidget(actionsButton);
    statementButtons->addWidget(resourcesButton);
    statementButtons->addStretch();
    tableLayout->addLayout(statementButtons);
    m_tabs->addTab(m_tablePage, tr("Statements"));

    // JSON tab.
    auto *jsonPage = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->addWidget(new QLabel(tr("The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table."), jsonPage));
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_json->document());
    jsonLayout->addWidget(m_json, 1);
    m_jsonError = new QLabel(jsonPage);
    m_jsonError->setWordWrap(true);
    m_jsonError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_jsonError->hide();
    jsonLayout->addWidget(m_jsonError);
    m_tabs->addTab(jsonPage, tr("JSON"));

    // Simulator tab.
    auto *simPage = new QWidget(m_tabs);
    auto *simLayout = new QVBoxLayout(simPage);
    auto *simForm = new QFormLayout;
    m_simPrincipal = new QComboBox(simPage);
    m_simPrincipal->addItem(tr("Anonymous (no credentials)"), int(PrincipalKind::Anonymous));
    m_simPrincipal->addItem(tr("Account root (bucket owner)"), int(PrincipalKind::Root));
    m_simPrincipal->addItem(tr("IAM ARN..."), int(PrincipalKind::Arn));
    m_simArn = new QLineEdit(simPage);
    m_simArn->setPlaceholderText(QStringLiteral("arn:aws:iam::000000000000:user/alice"));
    m_simArn->setEnabled(false);
    m_simAction = new QComboBox(simPage);
    m_simAction->setEditable(true);
    for (const QString &a : Policy::S3Actions::all())
        m_simAction->addItem(QStringLiteral("s3:") + a);
    m_simAction->setCurrentText(QStringLiteral("s3:GetObject"));
    m_simKey = new QLineEdit(simPage);
    m_simKey->setPlaceholderText(tr("empty: the bucket itself"));
    m_simPrefix = new QLineEdit(simPage);
    m_simPrefix->setPlaceholderText(tr("s3:prefix of a listing (empty: not set)"));
    m_simIp = new QLineEdit(QStringLiteral("127.0.0.1"), simPage);
    m_simTls = new QCheckBox(tr("The request arrives over TLS (aws:SecureTransport)"), simPage);
    simForm->addRow(tr("Principal:"), m_simPrincipal);
    simForm->addRow(tr("ARN:"), m_simArn);
    simForm->addRow(tr("Action:"), m_simAction);
    simForm->addRow(tr("Object key:"), m_simKey);
    simForm->addRow(tr("List prefix:"), m_simPrefix);
    simForm->addRow(tr("Source IP:"), m_simIp);
    simForm->addRow(QString(), m_simTls);
    simLayout->addLayout(simForm);
    auto *simulateButton = new QPushButton(tr("Simulate"), simPage);
    auto *simRow = new QHBoxLayout;
    simRow->addWidget(simulateButton);
    m_verdict = new QLabel(simPage);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_verdict->setFont(big);
    simRow->addWidget(m_verdict, 1);
    simLayout->addLayout(simRow);
    m_explain = new QPlainTextEdit(simPage);
    m_explain->setReadOnly(true);
    m_explain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    simLayout->addWidget(m_explain, 1);
    simLayout->addWidget(new QLabel(tr("The simulator evaluates the policy in this editor (also before it is applied), "
                                       "as the server evaluates requests. The deciding statement is highlighted in the "
                                       "Statements table."),
                                    simPage));
    qobject_cast<QLabel *>(simLayout->itemAt(simLayout->count() - 1)->widget())->setWordWrap(true);
    m_tabs->addTab(simPage, tr("Simulator"));
    layout->addWidget(m_tabs, 1);

    m_problems = new QListWidget(this);
    m_problems->setMaximumHeight(90);
    m_problems->hide();
    layout->addWidget(m_problems);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reloadButton = box->addButton(tr("Reload"), QDialogButtonBox::ResetRole);
    m_delete = box->addButton(tr("Delete policy"), QDialogButtonBox::DestructiveRole);
    m_apply = box->addButton(tr("Apply to bucket"), QDialogButtonBox::ApplyRole);
    layout->addWidget(box);
    resize(1000, 720);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &PolicyEditorDialog::apply);
    connect(m_delete, &QPushButton::clicked, this, &PolicyEditorDialog::deletePolicy);
    connect(reloadButton, &QPushButton::clicked, this, &PolicyEditorDialog::reload);
    connect(addButton, &QPushButton::clicked, this, &PolicyEditorDialog::addStatement);
    connect(removeButton, &QPushButton::clicked, this, &PolicyEditorDialog::removeStatement);
    connect(actionsButton, &QPushButton::clicked, this, &PolicyEditorDialog::editActions);
    connect(resourcesButton, &QPushButton::clicked, this, &PolicyEditorDialog::editResources);
    connect(m_table, &QTableWidget::cellChanged, this, &PolicyEditorDialog::handleItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PolicyEditorDialog::rebuildConditions);
    connect(m_conditions, &QTableWidget::cellChanged, this, &PolicyEditorDialog::handleConditionChanged);
    connect(addCondition, &QPushButton::clicked, this, [this] {
        const int row = currentStatement();
        if (row < 0)
            return;
        m_policy.statements[row].conditions.append(
            {QStringLiteral("StringEquals"), QStringLiteral("aws:SourceIp"), {QStringLiteral("192.0.2.0/24")}});
        m_policy.statements[row].conditions.last().op = QStringLiteral("IpAddress");
        rebuildConditions();
        refresh(Origin::Table);
    });
    connect(removeCondition, &QPushButton::clicked, this, [this] {
        const int row = currentStatement();
        const int c = m_conditions->currentRow();
        if (row < 0 || c < 0 || c >= m_policy.statements[row].conditions.size())
            return;
        m_policy.statements[row].conditions.removeAt(c);
        rebuildConditions();
        refresh(Origin::Table);
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, &PolicyEditorDialog::handleJsonChanged);
    connect(m_simPrincipal, &QComboBox::currentIndexChanged, this, [this] {
        m_simArn->setEnabled(PrincipalKind(m_simPrincipal->currentData().toInt()) == PrincipalKind::Arn);
    });
    connect(simulateButton, &QPushButton::clicked, this, &PolicyEditorDialog::simulate);

    refresh(Origin::Program);
    reload();
    if (m_sandbox)
        loadUsers();

    // An endpoint without bucket policies: say so instead of letting Apply fail.
    auto *caps = m_client.probeCapabilities(m_bucket);
    caps->setParent(this);
    connect(caps, &Client::Job::finished, this, [this, caps] {
        caps->deleteLater();
        if (!caps->result() || caps->result()->policy != Client::Support::Unsupported)
            return;
        m_unsupported = true;
        m_apply->setEnabled(false);
        m_delete->setEnabled(false);
        m_apply->setToolTip(tr("This endpoint does not support bucket policies (it answered the capability probe with "
                               "NotImplemented). The editor and the simulator still work on the text."));
        setStatus(m_apply->toolTip(), true);
    });
    caps->start();
}

PolicyEditorDialog::~PolicyEditorDialog()
{
    if (m_job)
        m_job->cancel();
}

void PolicyEditorDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

QStringList PolicyEditorDialog::diagnostics() const
{
    QStringList out;
    for (const Policy::Diagnostic &d : m_diagnostics)
        out.append(d.toString());
    return out;
}

void PolicyEditorDialog::reload()
{
    if (m_job)
        m_job->cancel();
    setStatus(tr("Loading the bucket policy..."));
    m_apply->setEnabled(false);
    m_delete->setEnabled(false);
    auto *job = m_client.bucketConfig(m_bucket, Client::BucketConfig::Policy);
    m_job = job;
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        const auto &result = job->result();
        if (!result && result.error().code == Core::ErrorCode::Cancelled)
            return;
        m_loaded = true;
        if (!result && (result.error().code == Core::ErrorCode::NoSuchBucketPolicy
                        || result.error().s3Code == u"NoSuchBucketPolicy")) {
            setPolicy({});
            setStatus(tr("The bucket has no policy yet."));
        } else if (!result) {
            setPolicy({});
            setStatus(tr("Could not load the bucket policy: %1").arg(errorText(result.error())), true);
            m_status->setToolTip(errorDetails(result.error()));
        } else {
            // Show the text as the server keeps it; the table follows from it.
            m_json->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(*result).isObject()
                                                       ? QJsonDocument::fromJson(*result).toJson(QJsonDocument::Indented)
                                                       : *result));
            setStatus(tr("Loaded %n statement(s).", nullptr, int(m_policy.statements.size())));
        }
        m_apply->setEnabled(m_jsonValid && !m_unsupported);
        m_delete->setEnabled(!m_unsupported);
        emit loaded();
    });
    job->start();
}

void PolicyEditorDialog::apply()
{
    if (!m_jsonValid || m_job)
        return;
    auto *job = m_client.putBucketConfig(m_bucket, Client::BucketConfig::Policy, m_json->toPlainText().toUtf8());
    m_job = job;
    m_apply->setEnabled(false);
    setStatus(tr("Applying..."));
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        m_apply->setEnabled(m_jsonValid && !m_unsupported);
        const auto &result = job->result();
        if (!result) {
            if (result.error().code == Core::ErrorCode::Cancelled)
                return;
            // The server's own words name the statement and field: show them too.
            setStatus(tr("The server refused the policy: %1\n%2").arg(errorText(result.error()), result.error().message), true);
            m_status->setToolTip(errorDetails(result.error()));
            emit applyFailed(result.error());
            return;
        }
        setStatus(tr("Applied %n statement(s) to the bucket.", nullptr, int(m_policy.statements.size())));
        emit applied();
    });
    job->start();
}

void PolicyEditorDialog::deletePolicy()
{
    if (m_job)
        return;
    auto *job = m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Policy);
    m_job = job;
    setStatus(tr("Deleting the bucket policy..."));
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        const auto &result = job->result();
        if (!result) {
            if (result.error().code == Core::ErrorCode::Cancelled)
                return;
            setStatus(tr("The server refused to delete the policy: %1\n%2").arg(errorText(result.error()), result.error().message),
                      true);
            m_status->setToolTip(errorDetails(result.error()));
            return;
        }
        setPolicy({});
        setStatus(tr("The bucket policy was deleted."));
        emit deleted();
    });
    job->start();
}

void PolicyEditorDialog::setPolicy(const EditablePolicy &policy)
{
    m_policy = policy;
    rebuildTable();
    refresh(Origin::Program);
}

int PolicyEditorDialog::currentStatement() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_policy.statements.size() ? row : -1;
}

void PolicyEditorDialog::rebuildTable()
{
    const int keep = m_table->currentRow();
    m_updating = true;
    m_table->setRowCount(int(m_policy.statements.size()));
    for (int row = 0; row < m_policy.statements.size(); ++row) {
        const EditableStatement &st = m_policy.statements.at(row);
        m_table->setItem(row, ColSid, new QTableWidgetItem(st.sid));
        auto *effect = new QComboBox(m_table);
        effect->addItems({QStringLiteral("Allow"), QStringLiteral("Deny")});
        effect->setCurrentIndex(st.deny ? 1 : 0);
        connect(effect, &QComboBox::currentIndexChanged, this, [this, effect](int index) {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                if (m_table->cellWidget(r, ColEffect) == effect && r < m_policy.statements.size()) {
                    m_policy.statements[r].deny = index == 1;
                    refresh(Origin::Table);
                }
            }
        });
        m_table->setCellWidget(row, ColEffect, effect);
        m_table->setItem(row, ColEffect, new QTableWidgetItem);
        m_table->setItem(row, ColPrincipal, new QTableWidgetItem(st.hasPrincipal ? withNot(st.notPrincipal, st.principal) : QString()));
        m_table->setItem(row, ColActions, new QTableWidgetItem(withNot(st.notAction, st.actions.join(QStringLiteral(", ")))));
        m_table->setItem(row, ColResources, new QTableWidgetItem(withNot(st.notResource, st.resources.join(QStringLiteral(", ")))));
        auto *conditions = new QTableWidgetItem(conditionSummary(st.conditions));
        conditions->setFlags(conditions->flags() & ~Qt::ItemIsEditable);
        conditions->setToolTip(tr("Edit the conditions in the table below."));
        m_table->setItem(row, ColConditions, conditions);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 300));
    m_updating = false;
    if (!m_policy.statements.isEmpty())
        m_table->selectRow(std::clamp(keep, 0, int(m_policy.statements.size()) - 1));
    highlightRow(-1);
    rebuildConditions();
}

void PolicyEditorDialog::rebuildConditions()
{
    const int row = currentStatement();
    m_updating = true;
    m_conditions->setRowCount(0);
    if (row >= 0) {
        const auto &conditions = m_policy.statements.at(row).conditions;
        m_conditions->setRowCount(int(conditions.size()));
        for (int i = 0; i < conditions.size(); ++i) {
            m_conditions->setItem(i, 0, new QTableWidgetItem(conditions.at(i).op));
            m_conditions->setItem(i, 1, new QTableWidgetItem(conditions.at(i).key));
            m_conditions->setItem(i, 2, new QTableWidgetItem(conditions.at(i).values.join(QStringLiteral(", "))));
        }
    }
    m_updating = false;
}

void PolicyEditorDialog::handleItemChanged(int row, int column)
{
    if (m_updating || row < 0 || row >= m_policy.statements.size())
        return;
    EditableStatement &st = m_policy.statements[row];
    const QString text = m_table->item(row, column) ? m_table->item(row, column)->text() : QString();
    switch (column) {
    case ColSid:
        st.sid = text.trimmed();
        break;
    case ColPrincipal: {
        const auto [negated, rest] = splitNot(text);
        st.hasPrincipal = !rest.isEmpty();
        st.notPrincipal = negated;
        st.principal = rest;
        break;
    }
    case ColActions: {
        const auto [negated, rest] = splitNot(text);
        st.notAction = negated;
        st.actions = splitList(rest);
        break;
    }
    case ColResources: {
        const auto [negated, rest] = splitNot(text);
        st.notResource = negated;
        st.resources = splitList(rest);
        break;
    }
    default:
        return;
    }
    refresh(Origin::Table);
}

void PolicyEditorDialog::handleConditionChanged()
{
    const int row = currentStatement();
    if (m_updating || row < 0)
        return;
    QList<EditableCondition> conditions;
    for (int i = 0; i < m_conditions->rowCount(); ++i) {
        auto text = [this, i](int c) { return m_conditions->item(i, c) ? m_conditions->item(i, c)->text().trimmed() : QString(); };
        conditions.append({text(0), text(1), splitList(text(2))});
    }
    m_policy.statements[row].conditions = conditions;
    m_updating = true;
    if (QTableWidgetItem *item = m_table->item(row, ColConditions))
        item->setText(conditionSummary(conditions));
    m_updating = false;
    refresh(Origin::Table);
}

void PolicyEditorDialog::handleJsonChanged()
{
    if (m_updating)
        return;
    auto parsed = EditablePolicy::fromJson(m_json->toPlainText().toUtf8());
    if (!parsed) {
        m_jsonValid = false;
        const Policy::SourcePos pos = parsed.error().pos;
        m_jsonError->setText(tr("Line %1, column %2: %3. The table is locked until the JSON is fixed.")
                                 .arg(pos.line)
                                 .arg(pos.column)
                                 .arg(parsed.error().message));
        m_jsonError->show();
        // Mark the line with the error.
        QList<QTextEdit::ExtraSelection> marks;
        const QTextBlock block = m_json->document()->findBlockByNumber(std::max(0, pos.line - 1));
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.format.setBackground(QColor(0xff, 0xd6, 0xd6));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.cursor = QTextCursor(block);
            marks.append(mark);
        }
        m_json->setExtraSelections(marks);
        setLocked(true);
        m_document.reset();
        updateBanner();
        return;
    }
    m_json->setExtraSelections({});
    m_jsonValid = true;
    m_jsonError->hide();
    setLocked(false);
    m_policy = *parsed;
    rebuildTable();
    refresh(Origin::Json);
}

void PolicyEditorDialog::setLocked(bool locked)
{
    m_tablePage->setEnabled(!locked);
    m_apply->setEnabled(!locked && m_loaded && !m_job && !m_unsupported);
    m_tabs->setTabToolTip(0, locked ? tr("Locked while the JSON has an error") : QString());
}

void PolicyEditorDialog::refresh(Origin origin)
{
    if (origin != Origin::Json) {
        m_updating = true;
        m_json->setPlainText(QString::fromUtf8(m_policy.toJson()));
        m_json->setExtraSelections({});
        m_updating = false;
        m_jsonValid = true;
        m_jsonError->hide();
        setLocked(false);
    }
    // The engine's validator on the text that Apply sends.
    Policy::ParseOptions options;
    options.bucket = m_bucket;
    Policy::ParseResult parsed = Policy::parseDocument(m_json->toPlainText().toUtf8(), options);
    m_diagnostics = parsed.diagnostics;
    m_document = parsed.document;
    m_problems->clear();
    if (!m_policy.statements.isEmpty()) {
        for (const Policy::Diagnostic &d : m_diagnostics) {
            auto *item = new QListWidgetItem(
                d.pos.line > 0 ? tr("Line %1, column %2: %3").arg(d.pos.line).arg(d.pos.column).arg(d.toString()) : d.toString(),
                m_problems);
            item->setForeground(kErrorColor);
        }
    }
    m_problems->setVisible(m_problems->count() > 0);
    const QSignalBlocker blocker(m_table); // tool tips are not edits
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem *item = m_table->item(row, c))
                item->setToolTip(QString());
        }
    }
    for (const Policy::Diagnostic &d : m_diagnostics) {
        if (d.statementIndex >= 0 && d.statementIndex < m_table->rowCount()) {
            const int col = d.field == u"Action" || d.field == u"NotAction"         ? ColActions
                            : d.field == u"Resource" || d.field == u"NotResource"   ? ColResources
                            : d.field == u"Principal" || d.field == u"NotPrincipal" ? ColPrincipal
                            : d.field == u"Condition"                               ? ColConditions
                                                                                    : ColSid;
            if (QTableWidgetItem *item = m_table->item(d.statementIndex, col))
                item->setToolTip(d.message);
        }
    }
    updateBanner();
    m_apply->setEnabled(m_jsonValid && m_loaded && !m_job && !m_unsupported);
    if (origin != Origin::Program && m_loaded && !m_job) {
        setStatus(m_diagnostics.empty() || m_policy.statements.isEmpty()
                      ? tr("%n statement(s), no problems found.", nullptr, int(m_policy.statements.size()))
                      : tr("%n problem(s): the server will refuse this policy.", nullptr, int(m_diagnostics.size())),
                  !m_diagnostics.empty() && !m_policy.statements.isEmpty());
    }
}

void PolicyEditorDialog::updateBanner()
{
    if (!m_document) {
        m_banner->hide();
        return;
    }
    const auto grants = Policy::publicGrants(*m_document);
    if (grants.empty()) {
        m_banner->hide();
        return;
    }
    QStringList lines;
    for (const Policy::PublicGrant &g : grants) {
        const QString statement = g.sid.isEmpty() ? tr("Statement %1").arg(g.statementIndex + 1)
                                                  : tr("Statement %1 (%2)").arg(g.statementIndex + 1).arg(g.sid.toHtmlEscaped());
        const QString who = g.except.isEmpty() ? tr("<b>anyone on the internet, also without credentials</b>")
                                               : tr("<b>everyone except %1</b>").arg(g.except.join(QStringLiteral(", ")).toHtmlEscaped());
        const QString what = g.notAction ? tr("every action except %1").arg(g.actions.join(QStringLiteral(", ")).toHtmlEscaped())
                                         : g.actions.join(QStringLiteral(", ")).toHtmlEscaped();
        const QString where = g.notResource
                                  ? tr("everything except %1").arg(g.resources.join(QStringLiteral(", ")).toHtmlEscaped())
                                  : g.resources.join(QStringLiteral(", ")).toHtmlEscaped();
        QString line = tr("%1 lets %2 do %3 on %4").arg(statement, who, what, where);
        if (!g.conditions.isEmpty())
            line += tr(", when %1").arg(g.conditions.join(QStringLiteral("; ")).toHtmlEscaped());
        lines.append(line + QLatin1Char('.'));
    }
    m_banner->setText(tr("<b>This policy makes the bucket public.</b>") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_banner->show();
}

void PolicyEditorDialog::addStatement()
{
    EditableStatement st;
    st.sid = QStringLiteral("Statement%1").arg(m_policy.statements.size() + 1);
    st.principal = QStringLiteral("AWS: arn:aws:iam::000000000000:root");
    st.actions = {QStringLiteral("s3:GetObject")};
    st.resources = {Policy::S3Actions::objectArn(m_bucket, QStringLiteral("*"))};
    m_policy.statements.append(st);
    rebuildTable();
    m_table->selectRow(int(m_policy.statements.size()) - 1);
    refresh(Origin::Table);
}

void PolicyEditorDialog::removeStatement()
{
    const int row = currentStatement();
    if (row < 0)
        return;
    m_policy.statements.removeAt(row);
    rebuildTable();
    refresh(Origin::Table);
}

void PolicyEditorDialog::editActions()
{
    const int row = currentStatement();
    if (row < 0)
        return;
    ActionPickerDialog picker(m_policy.statements.at(row).actions, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    m_policy.statements[row].actions = picker.actions();
    rebuildTable();
    refresh(Origin::Table);
}

void PolicyEditorDialog::editResources()
{
    const int row = currentStatement();
    if (row < 0)
        return;
    ResourcePickerDialog picker(m_client, m_bucket, m_policy.statements.at(row).resources, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    m_policy.statements[row].resources = picker.resources();
    rebuildTable();
    refresh(Origin::Table);
}

void PolicyEditorDialog::chooseTemplate(const QString &templateId)
{
    const auto &all = Policy::bundledTemplates();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Policy::PolicyTemplate &t) { return t.id == templateId; });
    if (it == all.end())
        return;
    QDialog ask(this);
    ask.setWindowTitle(templateTitle(*it));
    auto *form = new QFormLayout(&ask);
    QMap<QString, QLineEdit *> edits;
    const QMap<QString, QString> defaults {
        {QStringLiteral("bucket"), m_bucket},
        {QStringLiteral("prefix"), QStringLiteral("public/")},
        {QStringLiteral("account"), m_sandbox ? QString::fromLatin1(Server::kSandboxAccount) : QString()},
        {QStringLiteral("cidr"), QStringLiteral("192.0.2.0/24")},
    };
    for (const QString &p : it->parameters) {
        auto *edit = new QLineEdit(defaults.value(p), &ask);
        edits.insert(p, edit);
        form->addRow(parameterLabel(p), edit);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    QMap<QString, QString> values;
    for (auto e = edits.cbegin(); e != edits.cend(); ++e)
        values.insert(e.key(), e.value()->text().trimmed());
    applyTemplate(templateId, values);
}

bool PolicyEditorDialog::applyTemplate(const QString &templateId, const QMap<QString, QString> &values)
{
    const auto &all = Policy::bundledTemplates();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Policy::PolicyTemplate &t) { return t.id == templateId; });
    if (it == all.end() || !m_jsonValid)
        return false;
    QMap<QString, QString> filled = values;
    if (!filled.contains(QStringLiteral("bucket")))
        filled.insert(QStringLiteral("bucket"), m_bucket);
    auto parsed = EditablePolicy::fromJson(it->instantiate(filled).toUtf8());
    if (!parsed)
        return false;
    // Append, with Sids kept unique.
    for (EditableStatement st : parsed->statements) {
        QString sid = st.sid;
        for (int n = 2; std::any_of(m_policy.statements.cbegin(), m_policy.statements.cend(),
                                    [&](const EditableStatement &s) { return !sid.isEmpty() && s.sid == sid; });
             ++n)
            sid = st.sid + QString::number(n);
        st.sid = sid;
        m_policy.statements.append(st);
    }
    if (m_policy.version.isEmpty())
        m_policy.version = parsed->version;
    rebuildTable();
    refresh(Origin::Table);
    setStatus(tr("Added the template \"%1\". Apply to send it to the bucket.").arg(templateTitle(*it)));
    return true;
}

void PolicyEditorDialog::loadUsers()
{
    auto *job = adminGet(m_client, QStringLiteral("users"));
    job->setParent(this);
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (!job->result())
            return;
        const QJsonArray users = QJsonDocument::fromJson(*job->result()).object().value(QStringLiteral("users")).toArray();
        int at = 2; // after Anonymous and Root
        for (const QJsonValue &v : users) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("root")).toBool())
                continue;
            const QString name = o.value(QStringLiteral("name")).toString();
            bool present = false;
            for (int i = 0; i < m_simPrincipal->count(); ++i) {
                if (PrincipalKind(m_simPrincipal->itemData(i).toInt()) == PrincipalKind::SandboxUser
                    && m_simPrincipal->itemData(i, Qt::UserRole + 1).toString() == name)
                    present = true;
            }
            if (present)
                continue;
            m_simPrincipal->insertItem(at, tr("Sandbox user %1").arg(name), int(PrincipalKind::SandboxUser));
            m_simPrincipal->setItemData(at, name, Qt::UserRole + 1);
            ++at;
        }
        m_usersLoaded = true;
        emit usersLoaded();
    });
    job->start();
}

void PolicyEditorDialog::setSimulation(PrincipalKind kind, const QString &principal, const QString &action,
                                       const QString &key, const QString &sourceIp, bool tls)
{
    int index = -1;
    for (int i = 0; i < m_simPrincipal->count() && index < 0; ++i) {
        if (PrincipalKind(m_simPrincipal->itemData(i).toInt()) != kind)
            continue;
        if (kind != PrincipalKind::SandboxUser || m_simPrincipal->itemData(i, Qt::UserRole + 1).toString() == principal)
            index = i;
    }
    if (index < 0 && kind == PrincipalKind::SandboxUser) {
        m_simPrincipal->addItem(tr("Sandbox user %1").arg(principal), int(kind));
        index = m_simPrincipal->count() - 1;
        m_simPrincipal->setItemData(index, principal, Qt::UserRole + 1);
    }
    m_simPrincipal->setCurrentIndex(index);
    if (kind == PrincipalKind::Arn)
        m_simArn->setText(principal);
    m_simAction->setCurrentText(action);
    m_simKey->setText(key);
    m_simIp->setText(sourceIp);
    m_simTls->setChecked(tls);
}

void PolicyEditorDialog::simulate()
{
    m_explanation.reset();
    highlightRow(-1);
    if (!m_jsonValid || (!m_policy.statements.isEmpty() && !m_document)) {
        m_verdict->setText(tr("Fix the policy first"));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_explain->setPlainText(diagnostics().join(QLatin1Char('\n')));
        emit simulationFinished();
        return;
    }
    const auto kind = PrincipalKind(m_simPrincipal->currentData().toInt());
    QString userName = m_simPrincipal->currentData(Qt::UserRole + 1).toString();
    bool needsIdentity = kind == PrincipalKind::SandboxUser;
    if (kind == PrincipalKind::Arn) {
        const Policy::PrincipalChoice c =
            Policy::parsePrincipalText(m_simArn->text(), QString::fromLatin1(Server::kSandboxAccount));
        userName = c.userName;
        needsIdentity = m_sandbox && c.kind == Policy::PrincipalChoice::Kind::User;
    }
    if (!needsIdentity || !m_sandbox) {
        finishSimulation({});
        return;
    }
    // The user's identity policies, as the server holds them.
    m_verdict->setText(tr("Reading the user's policies..."));
    m_verdict->setStyleSheet(QString());
    auto *job = adminGet(m_client, QStringLiteral("users/%1/policies").arg(userName));
    job->setParent(this);
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        std::vector<Policy::Document> identity;
        if (!job->result()) {
            m_verdict->setText(tr("Could not read the user's policies: %1").arg(errorText(job->result().error())));
            m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
            emit simulationFinished();
            return;
        }
        identity = Policy::identityPoliciesFromAdminJson(*job->result());
        finishSimulation(identity);
    });
    job->start();
}

void PolicyEditorDialog::finishSimulation(const std::vector<Policy::Document> &identity)
{
    const auto kind = PrincipalKind(m_simPrincipal->currentData().toInt());
    Server::Caller caller = Server::Caller::Anonymous;
    Policy::SimulationRequest request;
    const auto sandboxUser = [](const QString &name) { return Server::User::make(name, QStringLiteral("-"), QStringLiteral("-")); };
    switch (kind) {
    case PrincipalKind::Anonymous:
        request.principal = Server::principalFor(nullptr, false);
        break;
    case PrincipalKind::Root: {
        const Server::User root = sandboxUser(QStringLiteral("root"));
        caller = Server::Caller::Root;
        request.principal = Server::principalFor(&root, true);
        break;
    }
    case PrincipalKind::SandboxUser: {
        const Server::User user = sandboxUser(m_simPrincipal->currentData(Qt::UserRole + 1).toString());
        caller = Server::Caller::User;
        request.principal = Server::principalFor(&user, false);
        break;
    }
    case PrincipalKind::Arn: {
        const QString arn = m_simArn->text().trimmed();
        const Policy::PrincipalChoice c = Policy::parsePrincipalText(arn, QString::fromLatin1(Server::kSandboxAccount));
        if (c.kind == Policy::PrincipalChoice::Kind::Anonymous) {
            request.principal = Server::principalFor(nullptr, false);
        } else if (m_sandbox) {
            // In the sandbox an ARN names one of its identities (the same mapping as pailctl).
            const Server::User user = sandboxUser(c.kind == Policy::PrincipalChoice::Kind::Root ? QStringLiteral("root") : c.userName);
            caller = c.kind == Policy::PrincipalChoice::Kind::Root ? Server::Caller::Root : Server::Caller::User;
            request.principal = Server::principalFor(&user, caller == Server::Caller::Root);
        } else {
            caller = c.kind == Policy::PrincipalChoice::Kind::Root ? Server::Caller::Root : Server::Caller::User;
            request.principal.arn = arn;
            request.principal.account = c.account;
            request.principal.userName = c.userName;
        }
        break;
    }
    }
    request.bucket = m_bucket;
    request.key = m_simKey->text();
    request.action = m_simAction->currentText();
    request.sourceIp = m_simIp->text().trimmed();
    request.secureTransport = m_simTls->isChecked();
    request.hasPrefix = !m_simPrefix->text().isEmpty();
    request.prefix = m_simPrefix->text();
    const Policy::RequestContext ctx = Policy::simulationContext(request);

    std::vector<const Policy::Document *> identityDocs;
    for (const Policy::Document &d : identity)
        identityDocs.push_back(&d);
    const Policy::Document *bucketPolicy = m_document && !m_document->statements.empty() ? &*m_document : nullptr;
    m_explanation = Server::explainAccess(caller, ctx, identityDocs, bucketPolicy);

    const bool allowed = m_explanation->decision == Policy::Decision::Allow;
    m_verdict->setText(allowed ? tr("Allow") : m_explanation->decision == Policy::Decision::ExplicitDeny
                                                   ? tr("Deny (explicit)")
                                                   : tr("Deny (no statement allows it)"));
    m_verdict->setStyleSheet(allowed ? QStringLiteral("QLabel { color: #2e7d32; }") : QStringLiteral("QLabel { color: #c62828; }"));
    QString text = tr("Request: %1 %2 on %3")
                       .arg(ctx.principal.anonymous ? tr("anonymous") : ctx.principal.arn, ctx.action, ctx.resource)
                   + QLatin1Char('\n');
    const Policy::StatementTrace *deciding = m_explanation->deciding();
    if (caller == Server::Caller::Root && !deciding)
        text += tr("Decided by: the account root (allowed unless the bucket policy denies explicitly)") + QLatin1Char('\n');
    else if (deciding && deciding->source == Policy::PolicySource::Identity)
        text += tr("Decided by the user's identity policy \"%1\", statement %2.").arg(deciding->policyName).arg(deciding->statementIndex + 1)
                + QLatin1Char('\n');
    text += QLatin1Char('\n') + m_explanation->toText();
    m_explain->setPlainText(text);
    if (deciding && deciding->source == Policy::PolicySource::Bucket)
        highlightRow(deciding->statementIndex);
    emit simulationFinished();
}

void PolicyEditorDialog::highlightRow(int row)
{
    m_highlightedRow = row;
    const QSignalBlocker blocker(m_table); // colours are not edits
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setBackground(r == row ? QBrush(QColor(0xff, 0xe0, 0x82)) : QBrush());
                QFont font = item->font();
                font.setBold(r == row);
                item->setFont(font);
            }
        }
    }
    if (row >= 0) {
        // Coloured, not selected: a selection would paint over the highlight.
        m_table->clearSelection();
        m_table->scrollToItem(m_table->item(row, ColSid));
    }
}

} // namespace Gui
