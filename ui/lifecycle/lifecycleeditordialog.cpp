#include "ui/lifecycle/lifecycleeditordialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "engine/lifecycle/lifecyclecodec.h"
#include "ui/common/errortext.h"
#include "ui/lifecycle/lifecyclepreview.h"
#include "ui/lifecycle/lifecycleruleform.h"
#include "ui/lifecycle/lifecycletimeline.h"

namespace Gui {

LifecycleEditorDialog::LifecycleEditorDialog(Client::S3Client &client, QString bucket, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
{
    setWindowTitle(tr("Lifecycle rules - %1").arg(m_bucket));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Lifecycle rules of bucket <b>%1</b>").arg(m_bucket.toHtmlEscaped()), this));
    header->addStretch();
    auto *templates = new QPushButton(tr("Templates"), this);
    auto *menu = new QMenu(templates);
    const QList<std::pair<QString, Template>> templateNames {
        {tr("Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)"), Template::ArchiveLogs},
        {tr("Expire a temp/ prefix after 7 days"), Template::ExpireTemp},
        {tr("Clean incomplete multipart uploads after 7 days"), Template::CleanUploads},
        {tr("Keep 3 noncurrent versions"), Template::KeepNoncurrent3},
    };
    for (const auto &[name, which] : templateNames)
        menu->addAction(name, this, [this, which = which] { applyTemplate(which); });
    templates->setMenu(menu);
    auto *importButton = new QPushButton(tr("Import..."), this);
    auto *exportButton = new QPushButton(tr("Export..."), this);
    header->addWidget(templates);
    header->addWidget(importButton);
    header->addWidget(exportButton);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    // Rules tab: list on the left, the form (with this rule's timeline) on the right.
    auto *splitter = new QSplitter(m_tabs);
    m_leftPane = new QWidget(splitter);
    auto *left = new QVBoxLayout(m_leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    m_ruleList = new QListWidget(m_leftPane);
    left->addWidget(m_ruleList);
    m_ruleButtons = new QWidget(m_leftPane);
    auto *buttons = new QGridLayout(m_ruleButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *addButton = new QPushButton(tr("Add"), m_ruleButtons);
    auto *duplicateButton = new QPushButton(tr("Duplicate"), m_ruleButtons);
    auto *deleteButton = new QPushButton(tr("Delete"), m_ruleButtons);
    m_toggle = new QPushButton(tr("Disable"), m_ruleButtons);
    buttons->addWidget(addButton, 0, 0);
    buttons->addWidget(duplicateButton, 0, 1);
    buttons->addWidget(deleteButton, 1, 0);
    buttons->addWidget(m_toggle, 1, 1);
    left->addWidget(m_ruleButtons);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_form = new LifecycleRuleForm(scroll);
    scroll->setWidget(m_form);
    splitter->addWidget(m_leftPane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    m_tabs->addTab(splitter, tr("Rules"));

    auto *jsonPage = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonError = new QLabel(jsonPage);
    m_jsonError->setWordWrap(true);
    m_jsonError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_jsonError->hide();
    jsonLayout->addWidget(new QLabel(tr("The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. "
                                        "Edits here update the form."),
                                     jsonPage));
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonError);
    m_tabs->addTab(jsonPage, tr("JSON"));

    auto *timelineScroll = new QScrollArea(m_tabs);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline = new LifecycleTimelineWidget(timelineScroll);
    timelineScroll->setWidget(m_timeline);
    m_tabs->addTab(timelineScroll, tr("Timeline"));

    m_preview = new LifecyclePreviewWidget(m_client, m_bucket, m_tabs);
    m_tabs->addTab(m_preview, tr("Preview"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = box->addButton(tr("Apply to bucket"), QDialogButtonBox::ApplyRole);
    layout->addWidget(box);
    resize(960, 720);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &LifecycleEditorDialog::apply);
    connect(addButton, &QPushButton::clicked, this, &LifecycleEditorDialog::addRule);
    connect(duplicateButton, &QPushButton::clicked, this, &LifecycleEditorDialog::duplicateRule);
    connect(deleteButton, &QPushButton::clicked, this, &LifecycleEditorDialog::deleteRule);
    connect(m_toggle, &QPushButton::clicked, this, &LifecycleEditorDialog::toggleRuleEnabled);
    connect(m_ruleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current && row >= 0) {
            m_current = row;
            loadCurrentRuleIntoForm();
        }
    });
    connect(m_form, &LifecycleRuleForm::changed, this, &LifecycleEditorDialog::handleFormChanged);
    connect(m_json, &QPlainTextEdit::textChanged, this, &LifecycleEditorDialog::handleJsonChanged);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import lifecycle configuration"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export lifecycle configuration"),
                                                          m_bucket + QStringLiteral("-lifecycle.json"),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            exportFile(path);
    });

    refresh(Origin::Program);
    reload();
}

LifecycleEditorDialog::~LifecycleEditorDialog()
{
    if (m_job)
        m_job->cancel();
}

void LifecycleEditorDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void LifecycleEditorDialog::reload()
{
    if (m_job)
        m_job->cancel();
    setStatus(tr("Loading the lifecycle configuration..."));
    m_apply->setEnabled(false);
    auto *job = m_client.bucketConfig(m_bucket, Client::BucketConfig::Lifecycle);
    m_job = job;
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        const auto &result = job->result();
        if (!result && result.error().code == Core::ErrorCode::Cancelled)
            return;
        m_loaded = true;
        if (!result && result.error().code == Core::ErrorCode::NoSuchLifecycleConfiguration) {
            setConfiguration({});
            setStatus(tr("The bucket has no lifecycle rules yet."));
        } else if (!result) {
            setConfiguration({});
            setStatus(tr("Could not load the lifecycle configuration: %1").arg(errorText(result.error())), true);
            m_status->setToolTip(errorDetails(result.error()));
            m_holdStatus = true;
        } else if (auto config = Lifecycle::fromXml(*result, Lifecycle::Check::StructureOnly); !config) {
            setConfiguration({});
            setStatus(tr("The bucket's lifecycle configuration cannot be read: %1").arg(config.error().message), true);
            m_holdStatus = true;
        } else {
            setConfiguration(*config);
            setStatus(tr("Loaded %n rule(s).", nullptr, int(config->rules.size())));
        }
        m_apply->setEnabled(m_jsonValid);
        emit loaded();
    });
    job->start();
}

void LifecycleEditorDialog::apply()
{
    if (!m_jsonValid || m_job)
        return;
    Client::VoidJob *job = nullptr;
    if (m_config.rules.isEmpty())
        job = m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Lifecycle);
    else
        job = m_client.putBucketConfig(m_bucket, Client::BucketConfig::Lifecycle, Lifecycle::toXml(m_config));
    m_job = job;
    m_apply->setEnabled(false);
    setStatus(tr("Applying..."));
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        m_apply->setEnabled(m_jsonValid);
        const auto &result = job->result();
        if (!result) {
            if (result.error().code == Core::ErrorCode::Cancelled)
                return;
            // The server's own words matter here (which rule, which field): show them, not only our sentence.
            setStatus(tr("The server refused the configuration: %1\n%2")
                          .arg(errorText(result.error()), result.error().message),
                      true);
            m_status->setToolTip(errorDetails(result.error()));
            m_holdStatus = true;
            emit applyFailed(result.error());
            return;
        }
        setStatus(m_config.rules.isEmpty() ? tr("The lifecycle configuration was deleted.")
                                           : tr("Applied %n rule(s) to the bucket.", nullptr, int(m_config.rules.size())));
        emit applied();
    });
    job->start();
}

void LifecycleEditorDialog::setConfiguration(const Lifecycle::LifecycleConfiguration &config)
{
    m_config = config;
    m_current = m_config.rules.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_config.rules.size()) - 1);
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

QString LifecycleEditorDialog::uniqueId(const QString &base) const
{
    const auto taken = [this](const QString &id) {
        return std::any_of(m_config.rules.cbegin(), m_config.rules.cend(), [&](const auto &r) { return r.id == id; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken(id))
            return id;
    }
}

Lifecycle::Rule LifecycleEditorDialog::templateRule(Template which)
{
    Lifecycle::Rule rule;
    Lifecycle::Filter filter;
    switch (which) {
    case Template::ArchiveLogs:
        rule.id = QStringLiteral("archive-logs");
        filter.prefix = QStringLiteral("logs/");
        rule.transitions = {{30, std::nullopt, QStringLiteral("STANDARD_IA")}, {90, std::nullopt, QStringLiteral("GLACIER")}};
        rule.expiration = Lifecycle::Expiration {365, std::nullopt, std::nullopt};
        break;
    case Template::ExpireTemp:
        rule.id = QStringLiteral("expire-temp");
        filter.prefix = QStringLiteral("temp/");
        rule.expiration = Lifecycle::Expiration {7, std::nullopt, std::nullopt};
        break;
    case Template::CleanUploads:
        rule.id = QStringLiteral("abort-incomplete-uploads");
        rule.abortIncompleteMultipartUpload = Lifecycle::AbortIncompleteMultipartUpload {7};
        break;
    case Template::KeepNoncurrent3:
        rule.id = QStringLiteral("keep-3-noncurrent-versions");
        rule.noncurrentVersionExpiration = Lifecycle::NoncurrentVersionExpiration {30, 3};
        break;
    }
    rule.filter = filter;
    return rule;
}

void LifecycleEditorDialog::applyTemplate(Template which)
{
    m_holdStatus = false;
    Lifecycle::Rule rule = templateRule(which);
    rule.id = uniqueId(rule.id);
    m_config.rules.append(rule);
    m_current = int(m_config.rules.size()) - 1;
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

void LifecycleEditorDialog::addRule()
{
    m_holdStatus = false;
    Lifecycle::Rule rule;
    rule.id = uniqueId(QStringLiteral("rule-%1").arg(m_config.rules.size() + 1));
    rule.filter = Lifecycle::Filter {};
    rule.expiration = Lifecycle::Expiration {365, std::nullopt, std::nullopt};
    m_config.rules.append(rule);
    m_current = int(m_config.rules.size()) - 1;
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

void LifecycleEditorDialog::duplicateRule()
{
    m_holdStatus = false;
    if (m_current < 0)
        return;
    Lifecycle::Rule rule = m_config.rules.at(m_current);
    rule.id = uniqueId(rule.id.isEmpty() ? QStringLiteral("rule") : rule.id + QStringLiteral("-copy"));
    m_config.rules.insert(m_current + 1, rule);
    ++m_current;
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

void LifecycleEditorDialog::deleteRule()
{
    m_holdStatus = false;
    if (m_current < 0)
        return;
    m_config.rules.removeAt(m_current);
    m_current = std::min(m_current, int(m_config.rules.size()) - 1);
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

void LifecycleEditorDialog::toggleRuleEnabled()
{
    m_holdStatus = false;
    if (m_current < 0)
        return;
    Lifecycle::Rule &rule = m_config.rules[m_current];
    rule.status = rule.isEnabled() ? Lifecycle::RuleStatus::Disabled : Lifecycle::RuleStatus::Enabled;
    loadCurrentRuleIntoForm();
    refresh(Origin::Program);
}

void LifecycleEditorDialog::selectRule(int index)
{
    m_ruleList->setCurrentRow(index);
}

void LifecycleEditorDialog::rebuildRuleList()
{
    const QSignalBlocker blocker(m_ruleList);
    m_ruleList->clear();
    for (int i = 0; i < m_config.rules.size(); ++i)
        m_ruleList->addItem(QString());
    m_ruleList->setCurrentRow(m_current);
}

void LifecycleEditorDialog::loadCurrentRuleIntoForm()
{
    const bool has = m_current >= 0 && m_current < m_config.rules.size();
    m_form->setEnabled(has && m_jsonValid);
    m_form->setRule(has ? m_config.rules.at(m_current) : Lifecycle::Rule {});
    {
        const QSignalBlocker blocker(m_ruleList);
        m_ruleList->setCurrentRow(m_current);
    }
    m_toggle->setText(has && !m_config.rules.at(m_current).isEnabled() ? tr("Enable") : tr("Disable"));
}

void LifecycleEditorDialog::handleFormChanged()
{
    if (m_current < 0 || m_current >= m_config.rules.size())
        return;
    m_config.rules[m_current] = m_form->rule();
    m_toggle->setText(m_config.rules.at(m_current).isEnabled() ? tr("Disable") : tr("Enable"));
    refresh(Origin::Form);
}

void LifecycleEditorDialog::handleJsonChanged()
{
    if (m_settingJson)
        return;
    const QByteArray text = m_json->toPlainText().toUtf8();
    auto parsed = text.trimmed().isEmpty() ? Core::Result<Lifecycle::LifecycleConfiguration>(Lifecycle::LifecycleConfiguration {})
                                           : Lifecycle::fromJson(text, Lifecycle::Check::StructureOnly);
    if (!parsed) {
        m_jsonValid = false;
        m_jsonError->setText(tr("The JSON cannot be read, so the form is locked until it is fixed: %1")
                                 .arg(parsed.error().message));
        m_jsonError->show();
        setLocked(true);
        return;
    }
    m_jsonValid = true;
    m_jsonError->hide();
    m_jsonError->clear();
    setLocked(false);
    m_config = *parsed;
    m_current = m_config.rules.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_config.rules.size()) - 1);
    rebuildRuleList();
    loadCurrentRuleIntoForm();
    refresh(Origin::Json);
}

void LifecycleEditorDialog::setLocked(bool locked)
{
    m_leftPane->setEnabled(!locked);
    m_form->setEnabled(!locked && m_current >= 0);
    m_apply->setEnabled(!locked && m_loaded && !m_job);
    m_tabs->setTabToolTip(0, locked ? tr("Locked while the JSON has an error") : QString());
}

void LifecycleEditorDialog::refresh(Origin origin)
{
    m_issues = Lifecycle::validationIssues(m_config);

    // Rule list labels, with the rule's problems on the item.
    for (int i = 0; i < m_config.rules.size() && i < m_ruleList->count(); ++i) {
        const Lifecycle::Rule &rule = m_config.rules.at(i);
        QListWidgetItem *item = m_ruleList->item(i);
        QString label = rule.id.isEmpty() ? tr("(rule %1, no ID)").arg(i + 1) : rule.id;
        if (!rule.isEnabled())
            label = tr("%1 (disabled)").arg(label);
        QStringList problems;
        for (const Lifecycle::Issue &issue : std::as_const(m_issues)) {
            if (issue.ruleIndex == i)
                problems.append(issue.error.message);
        }
        item->setText(label);
        item->setForeground(problems.isEmpty() ? palette().text() : QBrush(QColor(0xc6, 0x28, 0x28)));
        item->setToolTip(problems.join(QLatin1Char('\n')));
    }
    QList<Lifecycle::Issue> formIssues;
    for (const Lifecycle::Issue &issue : std::as_const(m_issues)) {
        if (issue.ruleIndex == m_current && m_current >= 0)
            formIssues.append(issue);
    }
    m_form->setIssues(formIssues);

    if (origin != Origin::Json) {
        m_settingJson = true;
        m_json->setPlainText(QString::fromUtf8(Lifecycle::toJson(m_config)));
        m_settingJson = false;
        m_jsonValid = true;
        m_jsonError->hide();
        setLocked(false);
    }
    m_timeline->setConfiguration(m_config);
    m_preview->setConfiguration(m_config);
    m_apply->setEnabled(m_jsonValid && m_loaded && !m_job);
    if (origin != Origin::Program)
        m_holdStatus = false; // a user edit replaces the last load/apply message
    if (m_loaded && !m_job && !m_holdStatus) {
        setStatus(m_issues.isEmpty() ? tr("%n rule(s), no problems found.", nullptr, int(m_config.rules.size()))
                                     : tr("%n problem(s): the server will refuse this configuration. First: %1", nullptr,
                                          int(m_issues.size()))
                                           .arg(m_issues.first().error.message),
                  !m_issues.isEmpty());
    }
}

bool LifecycleEditorDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot open %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    if (file.size() > Lifecycle::kMaxDocumentBytes) {
        setStatus(tr("%1 is too large for a lifecycle configuration.").arg(path), true);
        return false;
    }
    m_tabs->setCurrentIndex(1);
    m_json->setPlainText(QString::fromUtf8(file.readAll()));
    return m_jsonValid;
}

bool LifecycleEditorDialog::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Lifecycle::toJson(m_config)) < 0 || !file.commit()) {
        setStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace Gui
