#include "ui/settings/bucketsettingsdialog.h"

#include <algorithm>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "engine/s3/xml/configdocuments.h"
#include "ui/common/errortext.h"

namespace Gui {

namespace {

constexpr int kPageCount = 7;

QString corsExample()
{
    return QStringLiteral("<CORSConfiguration>\n"
                          "  <CORSRule>\n"
                          "    <AllowedOrigin>https://example.com</AllowedOrigin>\n"
                          "    <AllowedMethod>GET</AllowedMethod>\n"
                          "    <AllowedHeader>*</AllowedHeader>\n"
                          "    <MaxAgeSeconds>3000</MaxAgeSeconds>\n"
                          "  </CORSRule>\n"
                          "</CORSConfiguration>\n");
}

// The CORS table: origins, one checkable column per method, headers, expose headers, max age.
constexpr const char *kCorsMethods[] = {"GET", "PUT", "POST", "DELETE", "HEAD"};
constexpr int kCorsMethodCount = 5;
constexpr int kCorsOrigins = 0;
constexpr int kCorsFirstMethod = 1;
constexpr int kCorsHeaders = kCorsFirstMethod + kCorsMethodCount;
constexpr int kCorsExpose = kCorsHeaders + 1;
constexpr int kCorsMaxAge = kCorsExpose + 1;
constexpr int kCorsColumns = kCorsMaxAge + 1;

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    }
    return out;
}

// The document indented for the text view (the codec writes one line), with the S3 namespace
// kept as the default namespace.
QString indentedXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    bool root = true;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            writer.writeStartElement(reader.name().toString());
            if (root && !reader.namespaceUri().isEmpty())
                writer.writeDefaultNamespace(reader.namespaceUri().toString());
            root = false;
            break;
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            writer.writeComment(reader.text().toString());
            break;
        default:
            break;
        }
    }
    return reader.hasError() ? QString::fromUtf8(xml) : QString::fromUtf8(out).trimmed() + u'\n';
}

bool isMissingConfig(const Core::Error &e)
{
    return e.httpStatus == 404 && e.code != Core::ErrorCode::NoSuchBucket;
}

// The endpoint does not have the operation at all (the capability probe reports it too).
bool isUnsupported(const Core::Error &e)
{
    return e.code == Core::ErrorCode::NotImplemented || e.code == Core::ErrorCode::MethodNotAllowed || e.httpStatus == 501
           || e.httpStatus == 405;
}

} // namespace

BucketSettingsDialog::BucketSettingsDialog(Client::S3Client &client, QString bucket, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
{
    setWindowTitle(tr("Bucket settings - %1").arg(m_bucket));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Settings of bucket <b>%1</b>. Each tab applies on its own.").arg(m_bucket.toHtmlEscaped()), this));
    m_tabs = new QTabWidget(this);

    // Versioning.
    auto *versioning = new QWidget;
    auto *vl = new QVBoxLayout(versioning);
    m_versioningState = new QLabel(versioning);
    m_versioningOn = new QRadioButton(tr("Enabled: keep every version of every object"), versioning);
    m_versioningSuspended = new QRadioButton(tr("Suspended: new writes replace the null version; existing versions stay"), versioning);
    auto *warning = new QLabel(tr("Once versioning has been enabled it cannot be turned off again, only suspended. "
                                  "Existing versions are kept (and billed) until deleted or expired by a lifecycle rule."),
                               versioning);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    vl->addWidget(m_versioningState);
    vl->addWidget(m_versioningOn);
    vl->addWidget(m_versioningSuspended);
    vl->addWidget(warning);
    vl->addStretch();
    m_tabs->addTab(makePage(Page::Versioning, versioning, tr("Apply versioning")), tr("Versioning"));

    // Default encryption.
    auto *encryption = new QWidget;
    auto *el = new QFormLayout(encryption);
    m_sseAlgorithm = new QComboBox(encryption);
    m_sseAlgorithm->addItem(tr("None (no default encryption)"), QString());
    m_sseAlgorithm->addItem(tr("SSE-S3 (AES256, keys managed by the server)"), QStringLiteral("AES256"));
    m_sseAlgorithm->addItem(tr("SSE-KMS (a KMS key)"), QStringLiteral("aws:kms"));
    m_kmsKey = new QLineEdit(encryption);
    m_kmsKey->setPlaceholderText(tr("KMS key ID or ARN (empty: the AWS managed key)"));
    m_kmsKey->setEnabled(false);
    el->addRow(tr("Encryption:"), m_sseAlgorithm);
    el->addRow(tr("KMS key:"), m_kmsKey);
    connect(m_sseAlgorithm, &QComboBox::currentIndexChanged, this,
            [this] { m_kmsKey->setEnabled(m_sseAlgorithm->currentData().toString() == u"aws:kms"); });
    m_tabs->addTab(makePage(Page::Encryption, encryption, tr("Apply encryption")), tr("Encryption"));

    // Tags.
    auto *tags = new QWidget;
    auto *tl = new QVBoxLayout(tags);
    m_tags = new QTableWidget(0, 2, tags);
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    tl->addWidget(m_tags);
    auto *tagButtons = new QHBoxLayout;
    auto *addTag = new QPushButton(tr("Add tag"), tags);
    auto *removeTag = new QPushButton(tr("Remove tag"), tags);
    tagButtons->addWidget(addTag);
    tagButtons->addWidget(removeTag);
    tagButtons->addStretch();
    tl->addLayout(tagButtons);
    connect(addTag, &QPushButton::clicked, this, [this] {
        m_tags->insertRow(m_tags->rowCount());
        m_tags->setCurrentCell(m_tags->rowCount() - 1, 0);
    });
    connect(removeTag, &QPushButton::clicked, this, [this] {
        if (m_tags->currentRow() >= 0)
            m_tags->removeRow(m_tags->currentRow());
    });
    m_tabs->addTab(makePage(Page::Tags, tags, tr("Apply tags")), tr("Tags"));

    // CORS.
    auto *cors = new QWidget;
    auto *cl = new QVBoxLayout(cors);
    m_corsTable = new QTableWidget(0, kCorsColumns, cors);
    QStringList corsHeaders {tr("Allowed origins")};
    for (const char *method : kCorsMethods)
        corsHeaders.append(QString::fromLatin1(method));
    corsHeaders << tr("Allowed headers") << tr("Expose headers") << tr("Max age (s)");
    m_corsTable->setHorizontalHeaderLabels(corsHeaders);
    m_corsTable->horizontalHeader()->setStretchLastSection(true);
    m_corsTable->setColumnWidth(kCorsOrigins, 200);
    for (int i = 0; i < kCorsMethodCount; ++i)
        m_corsTable->setColumnWidth(kCorsFirstMethod + i, 62);
    m_corsTable->setToolTip(tr("One rule per row. Lists are separated by commas; an empty max age is left out."));
    m_corsXml = new QPlainTextEdit(cors);
    m_corsXml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_corsXml->setPlaceholderText(corsExample());
    m_corsXmlError = new QLabel(cors);
    m_corsXmlError->setWordWrap(true);
    m_corsXmlError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_corsXmlError->hide();
    auto *corsButtons = new QHBoxLayout;
    auto *addRule = new QPushButton(tr("Add rule"), cors);
    auto *removeRule = new QPushButton(tr("Remove rule"), cors);
    corsButtons->addWidget(new QLabel(tr("Rules (kept in step with the XML below; no rules removes the CORS configuration):"), cors), 1);
    corsButtons->addWidget(addRule);
    corsButtons->addWidget(removeRule);
    cl->addLayout(corsButtons);
    cl->addWidget(m_corsTable, 1);
    cl->addWidget(m_corsXmlError);
    cl->addWidget(m_corsXml, 1);
    connect(m_corsXml, &QPlainTextEdit::textChanged, this, &BucketSettingsDialog::updateCorsTable);
    connect(m_corsTable, &QTableWidget::itemChanged, this, &BucketSettingsDialog::updateCorsXml);
    connect(addRule, &QPushButton::clicked, this, [this] {
        if (!m_corsTable->isEnabled())
            return;
        S3::CORSRule rule;
        rule.allowedOrigins = {QStringLiteral("*")};
        rule.allowedMethods = {QStringLiteral("GET")};
        appendCorsRow(rule);
        updateCorsXml();
        m_corsTable->setCurrentCell(m_corsTable->rowCount() - 1, kCorsOrigins);
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        if (!m_corsTable->isEnabled() || m_corsTable->currentRow() < 0)
            return;
        m_corsTable->removeRow(m_corsTable->currentRow());
        updateCorsXml();
    });
    m_tabs->addTab(makePage(Page::Cors, cors, tr("Apply CORS")), tr("CORS"));

    m_tabs->addTab(makePage(Page::Website, makeWebsitePage(), tr("Apply website")), tr("Static website"));

    m_tabs->addTab(makePage(Page::Access, makeAccessPage(), tr("Apply ownership and access")),
                   tr("Ownership / public access"));
    m_tabs->addTab(makePage(Page::Logging, makeLoggingPage(), tr("Apply logging")), tr("Logging"));

    connect(this, &BucketSettingsDialog::pageApplied, this, [this](Page applied) {
        if (applied != Page::Website)
            return;
        m_websiteConfigured = m_websiteEnabled->isChecked();
        updateWebsiteEndpoint();
    });

    layout->addWidget(m_tabs, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(760, 620);
    load();
}

QWidget *BucketSettingsDialog::makePage(Page page, QWidget *content, const QString &applyText)
{
    const int i = int(page);
    auto *wrapper = new QWidget;
    auto *layout = new QVBoxLayout(wrapper);
    m_reason[i] = new QLabel(wrapper);
    m_reason[i]->setWordWrap(true);
    m_reason[i]->setStyleSheet(QStringLiteral("QLabel { background: #eceff1; padding: 6px; }"));
    m_reason[i]->hide();
    layout->addWidget(m_reason[i]);
    content->setParent(wrapper);
    layout->addWidget(content, 1);
    m_status[i] = new QLabel(wrapper);
    m_status[i]->setWordWrap(true);
    m_status[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status[i]);
    auto *apply = new QPushButton(applyText, wrapper);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(apply);
    layout->addLayout(row);
    connect(apply, &QPushButton::clicked, this, [this, page] { applyPage(page); });
    m_pages[i] = wrapper;
    m_contents[i] = content;
    content->setEnabled(false); // until loaded
    return wrapper;
}

QWidget *BucketSettingsDialog::page(Page page) const
{
    return m_pages[int(page)];
}

QLabel *BucketSettingsDialog::pageStatus(Page page) const
{
    return m_status[int(page)];
}

void BucketSettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void BucketSettingsDialog::setPageStatus(Page page, const QString &text, bool error)
{
    QLabel *label = m_status[int(page)];
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void BucketSettingsDialog::loadFinished()
{
    if (--m_pending == 0)
        emit loaded();
}

void BucketSettingsDialog::load()
{
    m_pending = 12; // capabilities, five pages, three answers for the access page, two for logging, the region
    for (int i = 0; i < kPageCount; ++i)
        setPageStatus(Page(i), tr("Loading..."));

    auto *caps = m_client.probeCapabilities(m_bucket);
    caps->setParent(this);
    connect(caps, &Client::Job::finished, this, [this, caps] {
        caps->deleteLater();
        if (caps->result())
            handleCapabilities(*caps->result());
        loadFinished();
    });
    caps->start();

    auto *versioning = m_client.bucketVersioning(m_bucket);
    versioning->setParent(this);
    connect(versioning, &Client::Job::finished, this, [this, versioning] {
        versioning->deleteLater();
        const auto &r = versioning->result();
        m_contents[int(Page::Versioning)]->setEnabled(r.has_value());
        if (!r) {
            setPageStatus(Page::Versioning, tr("Could not load: %1").arg(errorText(r.error())), true);
        } else {
            using S = S3::VersioningConfiguration::Status;
            m_versioningState->setText(r->status == S::Enabled     ? tr("Versioning is enabled.")
                                       : r->status == S::Suspended ? tr("Versioning is suspended.")
                                                                   : tr("Versioning has never been enabled on this bucket."));
            m_versioningOn->setChecked(r->status == S::Enabled);
            m_versioningSuspended->setChecked(r->status != S::Enabled);
            setPageStatus(Page::Versioning, QString());
        }
        loadFinished();
    });
    versioning->start();

    auto rawLoad = [this](Page page, Client::BucketConfig config, auto onBody) {
        auto *job = m_client.bucketConfig(m_bucket, config);
        job->setParent(this);
        connect(job, &Client::Job::finished, this, [this, job, page, onBody] {
            job->deleteLater();
            const auto &r = job->result();
            if (r) {
                onBody(*r);
                setPageStatus(page, QString());
                m_contents[int(page)]->setEnabled(m_reason[int(page)]->isHidden());
            } else if (isMissingConfig(r.error())) {
                onBody(QByteArray());
                setPageStatus(page, tr("Not configured."));
                m_contents[int(page)]->setEnabled(m_reason[int(page)]->isHidden());
            } else {
                setPageStatus(page, tr("Could not load: %1").arg(errorText(r.error())), true);
                m_status[int(page)]->setToolTip(errorDetails(r.error()));
            }
            loadFinished();
        });
        job->start();
    };
    loadAccess();
    loadLogging();
    rawLoad(Page::Encryption, Client::BucketConfig::Encryption, [this](const QByteArray &xml) {
        const auto config = S3::ServerSideEncryptionConfiguration::fromXml(xml);
        const S3::ServerSideEncryptionRule rule = config && !config->rules.isEmpty() ? config->rules.first() : S3::ServerSideEncryptionRule {};
        const int index = m_sseAlgorithm->findData(rule.sseAlgorithm.startsWith(u"aws:kms") ? QStringLiteral("aws:kms") : rule.sseAlgorithm);
        m_sseAlgorithm->setCurrentIndex(std::max(0, index));
        m_kmsKey->setText(rule.kmsMasterKeyId);
    });
    rawLoad(Page::Tags, Client::BucketConfig::Tagging, [this](const QByteArray &xml) {
        const auto tagging = S3::Tagging::fromXml(xml);
        m_tags->setRowCount(0);
        if (!tagging)
            return;
        for (const S3::Tag &tag : tagging->tags) {
            const int row = m_tags->rowCount();
            m_tags->insertRow(row);
            m_tags->setItem(row, 0, new QTableWidgetItem(tag.key));
            m_tags->setItem(row, 1, new QTableWidgetItem(tag.value));
        }
    });
    rawLoad(Page::Cors, Client::BucketConfig::Cors, [this](const QByteArray &xml) {
        m_corsXml->setPlainText(xml.isEmpty() ? QString() : indentedXml(xml));
    });
    rawLoad(Page::Website, Client::BucketConfig::Website, [this](const QByteArray &xml) {
        const auto config = S3::WebsiteConfiguration::fromXml(xml);
        showWebsite(config ? *config : S3::WebsiteConfiguration {}, !xml.isEmpty() && config.has_value());
    });
    loadWebsiteRegion();
}

void BucketSettingsDialog::handleCapabilities(const Client::BucketCapabilities &caps)
{
    const std::pair<Page, Client::Support> pages[] = {
        {Page::Versioning, caps.versioning},
        {Page::Encryption, caps.encryption},
        {Page::Tags, caps.tagging},
        {Page::Cors, caps.cors},
        {Page::Website, caps.website},
        {Page::Logging, caps.logging},
        {Page::Access,
         caps.ownershipControls == Client::Support::Unsupported && caps.publicAccessBlock == Client::Support::Unsupported
             ? Client::Support::Unsupported
             : Client::Support::Supported},
    };
    // One half of the access page unsupported: that half is disabled, the other stays usable.
    const QString partReason = tr("This endpoint does not support this setting: it answered the capability probe with "
                                  "NotImplemented (or an error it does not explain).");
    if (caps.ownershipControls == Client::Support::Unsupported && caps.publicAccessBlock != Client::Support::Unsupported)
        markUnsupported(m_ownershipBox, partReason);
    if (caps.publicAccessBlock == Client::Support::Unsupported && caps.ownershipControls != Client::Support::Unsupported)
        markUnsupported(m_blockBox, partReason);
    for (const auto &[page, support] : pages) {
        const int i = int(page);
        if (support != Client::Support::Unsupported)
            continue;
        m_reason[i]->setText(tr("This endpoint does not support this setting: it answered the capability probe with "
                                "NotImplemented (or an error it does not explain)."));
        m_reason[i]->show();
        m_contents[i]->setEnabled(false);
        for (QPushButton *button : m_pages[i]->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly))
            button->setEnabled(false);
        m_tabs->setTabToolTip(i, m_reason[i]->text());
    }
}

void BucketSettingsDialog::appendCorsRow(const S3::CORSRule &rule)
{
    const QSignalBlocker block(m_corsTable);
    const int row = m_corsTable->rowCount();
    m_corsTable->insertRow(row);
    auto *origins = new QTableWidgetItem(rule.allowedOrigins.join(QStringLiteral(", ")));
    origins->setData(Qt::UserRole, rule.id); // kept, not shown
    m_corsTable->setItem(row, kCorsOrigins, origins);
    for (int i = 0; i < kCorsMethodCount; ++i) {
        auto *method = new QTableWidgetItem;
        method->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        method->setCheckState(rule.allowedMethods.contains(QString::fromLatin1(kCorsMethods[i])) ? Qt::Checked : Qt::Unchecked);
        m_corsTable->setItem(row, kCorsFirstMethod + i, method);
    }
    m_corsTable->setItem(row, kCorsHeaders, new QTableWidgetItem(rule.allowedHeaders.join(QStringLiteral(", "))));
    m_corsTable->setItem(row, kCorsExpose, new QTableWidgetItem(rule.exposeHeaders.join(QStringLiteral(", "))));
    m_corsTable->setItem(row, kCorsMaxAge,
                         new QTableWidgetItem(rule.maxAgeSeconds ? QString::number(*rule.maxAgeSeconds) : QString()));
}

std::optional<S3::CORSConfiguration> BucketSettingsDialog::corsFromTable(QString *problem) const
{
    S3::CORSConfiguration config;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_corsTable->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < m_corsTable->rowCount(); ++row) {
        S3::CORSRule rule;
        if (const QTableWidgetItem *origins = m_corsTable->item(row, kCorsOrigins))
            rule.id = origins->data(Qt::UserRole).toString();
        rule.allowedOrigins = splitList(text(row, kCorsOrigins));
        for (int i = 0; i < kCorsMethodCount; ++i) {
            const QTableWidgetItem *method = m_corsTable->item(row, kCorsFirstMethod + i);
            if (method && method->checkState() == Qt::Checked)
                rule.allowedMethods.append(QString::fromLatin1(kCorsMethods[i]));
        }
        rule.allowedHeaders = splitList(text(row, kCorsHeaders));
        rule.exposeHeaders = splitList(text(row, kCorsExpose));
        if (const QString maxAge = text(row, kCorsMaxAge).trimmed(); !maxAge.isEmpty()) {
            bool ok = false;
            const int seconds = maxAge.toInt(&ok);
            if (!ok || seconds < 0) {
                if (problem)
                    *problem = tr("Rule %1: the max age must be a whole number of seconds.").arg(row + 1);
                return std::nullopt;
            }
            rule.maxAgeSeconds = seconds;
        }
        if (problem && problem->isEmpty() && (rule.allowedOrigins.isEmpty() || rule.allowedMethods.isEmpty()))
            *problem = tr("Rule %1 needs at least one origin and one method.").arg(row + 1);
        config.rules.append(rule);
    }
    return config;
}

// Table -> XML. A rule the server would refuse (no origin or method) still goes to the XML, so
// the two views stay the same; the problem is shown and the server has the last word on Apply.
void BucketSettingsDialog::updateCorsXml()
{
    if (m_syncingCors)
        return;
    QString problem;
    const auto config = corsFromTable(&problem);
    m_corsXmlError->setText(problem);
    m_corsXmlError->setVisible(!problem.isEmpty());
    if (!config)
        return;
    m_syncingCors = true;
    m_corsXml->setPlainText(config->rules.isEmpty() ? QString() : indentedXml(config->toXml()));
    m_syncingCors = false;
}

// XML -> table. XML that cannot be read locks the table and says where (line and column) or,
// for a well-formed document the codec refuses, why.
void BucketSettingsDialog::updateCorsTable()
{
    if (m_syncingCors)
        return;
    const QByteArray xml = m_corsXml->toPlainText().toUtf8();
    QString error;
    std::optional<S3::CORSConfiguration> config;
    if (!xml.trimmed().isEmpty()) {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        if (reader.hasError()) {
            error = tr("Line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        } else if (auto parsed = S3::CORSConfiguration::fromXml(xml.trimmed()); !parsed) {
            error = tr("The XML is not a valid CORS configuration: %1").arg(parsed.error().message);
        } else {
            config = *parsed;
        }
    } else {
        config = S3::CORSConfiguration {};
    }
    m_corsXmlError->setText(error);
    m_corsXmlError->setVisible(!error.isEmpty());
    m_corsTable->setEnabled(error.isEmpty());
    if (!config)
        return;
    m_syncingCors = true;
    m_corsTable->setRowCount(0);
    for (const S3::CORSRule &rule : config->rules)
        appendCorsRow(rule);
    m_syncingCors = false;
}

QWidget *BucketSettingsDialog::makeAccessPage()
{
    auto *access = new QWidget;
    auto *al = new QVBoxLayout(access);

    auto *ownershipBox = new QGroupBox(tr("Object Ownership"), access);
    m_ownershipBox = ownershipBox;
    auto *ol = new QVBoxLayout(ownershipBox);
    m_ownership = new QButtonGroup(this);
    const struct
    {
        const char *value;
        QString title;
        QString text;
    } choices[] = {
        {"BucketOwnerEnforced", tr("ACLs disabled: bucket owner enforced (recommended)"),
         tr("All objects in this bucket are owned by this account. Access to this bucket and its objects is "
            "specified using only policies.")},
        {"BucketOwnerPreferred", tr("ACLs enabled: bucket owner preferred"),
         tr("Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new "
            "objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the "
            "bucket owner. Otherwise, they are owned by the object writer.")},
        {"ObjectWriter", tr("ACLs enabled: object writer"),
         tr("Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object "
            "writer remains the object owner.")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.title, ownershipBox);
        button->setObjectName(QString::fromLatin1(choice.value));
        m_ownership->addButton(button);
        auto *text = new QLabel(choice.text, ownershipBox);
        text->setWordWrap(true);
        text->setContentsMargins(22, 0, 0, 4);
        text->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        ol->addWidget(button);
        ol->addWidget(text);
    }
    al->addWidget(ownershipBox);

    auto *blockBox = new QGroupBox(tr("Block Public Access (bucket settings)"), access);
    m_blockBox = blockBox;
    auto *bl = new QVBoxLayout(blockBox);
    m_blockAll = new QCheckBox(tr("Block all public access"), blockBox);
    m_blockAll->setTristate(true);
    auto flag = [blockBox, bl](const QString &text, const char *element) {
        auto *box = new QCheckBox(text, blockBox);
        box->setToolTip(QString::fromLatin1(element));
        box->setObjectName(QString::fromLatin1(element));
        box->setStyleSheet(QStringLiteral("QCheckBox { margin-left: 22px; }"));
        bl->addWidget(box);
        return box;
    };
    bl->addWidget(m_blockAll);
    m_blockPublicAcls = flag(tr("Block public access to buckets and objects granted through new access control lists (ACLs)"),
                             "BlockPublicAcls");
    m_ignorePublicAcls = flag(tr("Block public access to buckets and objects granted through any access control lists (ACLs)"),
                              "IgnorePublicAcls");
    m_blockPublicPolicy = flag(tr("Block public access to buckets and objects granted through new public bucket policies"),
                               "BlockPublicPolicy");
    m_restrictPublicBuckets = flag(tr("Block public and cross-account access to buckets and objects through any public "
                                      "bucket policies"),
                                   "RestrictPublicBuckets");
    const QList<QCheckBox *> flags {m_blockPublicAcls, m_ignorePublicAcls, m_blockPublicPolicy, m_restrictPublicBuckets};
    for (QCheckBox *box : flags) {
        connect(box, &QCheckBox::toggled, this, [this, flags] {
            const auto on = std::count_if(flags.begin(), flags.end(), [](QCheckBox *b) { return b->isChecked(); });
            const QSignalBlocker block(m_blockAll);
            m_blockAll->setCheckState(on == 0 ? Qt::Unchecked : on == flags.size() ? Qt::Checked : Qt::PartiallyChecked);
        });
    }
    connect(m_blockAll, &QCheckBox::clicked, this, [this, flags] {
        // A click on the partial state goes to "all on", as the AWS console does.
        const bool on = m_blockAll->checkState() != Qt::Unchecked;
        for (QCheckBox *box : flags)
            box->setChecked(on);
    });
    auto *note = new QLabel(tr("Public access is granted to buckets and objects through ACLs and bucket policies. "
                               "The server refuses new public grants while the matching setting is on."),
                            blockBox);
    note->setWordWrap(true);
    bl->addWidget(note);
    al->addWidget(blockBox);

    m_policyStatus = new QLabel(access);
    m_policyStatus->setWordWrap(true);
    al->addWidget(m_policyStatus);
    al->addStretch();
    // Long explanations: scroll rather than squeeze them.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(access);
    return scroll;
}

QWidget *BucketSettingsDialog::makeLoggingPage()
{
    auto *logging = new QWidget;
    auto *form = new QFormLayout(logging);
    m_loggingEnabled = new QCheckBox(tr("Log requests made to this bucket"), logging);
    m_loggingTarget = new QComboBox(logging);
    m_loggingTarget->setEditable(true);
    m_loggingTarget->setInsertPolicy(QComboBox::NoInsert);
    m_loggingTarget->setPlaceholderText(tr("Target bucket"));
    m_loggingPrefix = new QLineEdit(logging);
    m_loggingPrefix->setPlaceholderText(QStringLiteral("logs/%1/").arg(m_bucket));
    form->addRow(m_loggingEnabled);
    form->addRow(tr("Target bucket:"), m_loggingTarget);
    form->addRow(tr("Target prefix:"), m_loggingPrefix);
    auto *about = new QLabel(tr("Server access log records (one line per request, in S3's space-separated format) are "
                                "delivered in batches as objects named &lt;prefix&gt;YYYY-MM-DD-hh-mm-ss-&lt;id&gt; in the "
                                "target bucket. The target must exist and belong to the same owner; use a different bucket "
                                "than this one, or the logs of the logs will be logged too."),
                             logging);
    about->setWordWrap(true);
    form->addRow(about);
    auto sync = [this] {
        m_loggingTarget->setEnabled(m_loggingEnabled->isChecked());
        m_loggingPrefix->setEnabled(m_loggingEnabled->isChecked());
    };
    connect(m_loggingEnabled, &QCheckBox::toggled, this, sync);
    sync();
    return logging;
}

void BucketSettingsDialog::loadLogging()
{
    auto *status = m_client.bucketLogging(m_bucket);
    status->setParent(this);
    connect(status, &Client::Job::finished, this, [this, status] {
        status->deleteLater();
        const auto &r = status->result();
        if (!r && isUnsupported(r.error())) {
            setPageStatus(Page::Logging, QString()); // the probe's reason says it
        } else if (!r) {
            setPageStatus(Page::Logging, tr("Could not load: %1").arg(errorText(r.error())), true);
            m_status[int(Page::Logging)]->setToolTip(errorDetails(r.error()));
        } else {
            m_loggingEnabled->setChecked(r->loggingEnabled.has_value());
            if (r->loggingEnabled) {
                m_loggingTarget->setCurrentText(r->loggingEnabled->targetBucket);
                m_loggingPrefix->setText(r->loggingEnabled->targetPrefix);
            }
            setPageStatus(Page::Logging, r->loggingEnabled ? QString() : tr("Logging is off."));
            m_contents[int(Page::Logging)]->setEnabled(m_reason[int(Page::Logging)]->isHidden());
        }
        loadFinished();
    });
    status->start();

    auto *buckets = m_client.listBuckets();
    buckets->setParent(this);
    connect(buckets, &Client::Job::finished, this, [this, buckets] {
        buckets->deleteLater();
        if (const auto &r = buckets->result()) {
            const QString current = m_loggingTarget->currentText();
            m_loggingTarget->clear();
            for (const S3::BucketInfo &b : r->buckets) {
                if (b.name != m_bucket)
                    m_loggingTarget->addItem(b.name);
            }
            m_loggingTarget->setCurrentText(current);
        }
        loadFinished();
    });
    buckets->start();
}

QWidget *BucketSettingsDialog::makeWebsitePage()
{
    auto *website = new QWidget;
    auto *layout = new QVBoxLayout(website);
    m_websiteEnabled = new QCheckBox(tr("Enable static website hosting"), website);
    layout->addWidget(m_websiteEnabled);

    auto *kind = new QGroupBox(tr("Hosting type"), website);
    auto *form = new QFormLayout(kind);
    m_websiteHosting = new QRadioButton(tr("Host a static website"), kind);
    m_websiteRedirect = new QRadioButton(tr("Redirect every request to another host"), kind);
    m_websiteHosting->setChecked(true);
    m_index = new QLineEdit(kind);
    m_index->setPlaceholderText(QStringLiteral("index.html"));
    m_index->setToolTip(tr("Returned for requests to the root and to any folder (a key ending in /)."));
    m_error = new QLineEdit(kind);
    m_error->setPlaceholderText(tr("error.html (optional)"));
    m_error->setToolTip(tr("Returned, with status 404, when a requested object does not exist."));
    m_redirectHost = new QLineEdit(kind);
    m_redirectHost->setPlaceholderText(QStringLiteral("www.example.com"));
    m_redirectProtocol = new QComboBox(kind);
    m_redirectProtocol->addItem(tr("Same as the request"), QString());
    m_redirectProtocol->addItem(QStringLiteral("http"), QStringLiteral("http"));
    m_redirectProtocol->addItem(QStringLiteral("https"), QStringLiteral("https"));
    form->addRow(m_websiteHosting);
    form->addRow(tr("Index document:"), m_index);
    form->addRow(tr("Error document:"), m_error);
    form->addRow(m_websiteRedirect);
    form->addRow(tr("Host name:"), m_redirectHost);
    form->addRow(tr("Protocol:"), m_redirectProtocol);
    layout->addWidget(kind);

    m_websiteRulesNote = new QLabel(website);
    m_websiteRulesNote->setWordWrap(true);
    m_websiteRulesNote->hide();
    layout->addWidget(m_websiteRulesNote);

    m_websiteEndpoint = new QLabel(website);
    m_websiteEndpoint->setWordWrap(true);
    m_websiteEndpoint->setTextFormat(Qt::RichText);
    m_websiteEndpoint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_websiteEndpoint->setOpenExternalLinks(true);
    layout->addWidget(m_websiteEndpoint);

    auto *note = new QLabel(tr("Turning hosting off removes the website configuration. Visitors read objects anonymously: "
                               "the bucket policy must allow s3:GetObject to everyone, and Block Public Access must "
                               "not block it."),
                            website);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    layout->addWidget(note);
    layout->addStretch();

    connect(m_websiteEnabled, &QCheckBox::toggled, this, &BucketSettingsDialog::updateWebsiteForm);
    connect(m_websiteHosting, &QRadioButton::toggled, this, &BucketSettingsDialog::updateWebsiteForm);
    connect(m_websiteRedirect, &QRadioButton::toggled, this, &BucketSettingsDialog::updateWebsiteForm);
    updateWebsiteForm();
    updateWebsiteEndpoint();
    return website;
}

void BucketSettingsDialog::showWebsite(const S3::WebsiteConfiguration &config, bool configured)
{
    m_websiteConfigured = configured;
    m_websiteEnabled->setChecked(configured);
    const bool redirect = !config.redirectHostName.isEmpty();
    (redirect ? m_websiteRedirect : m_websiteHosting)->setChecked(true);
    m_index->setText(config.indexDocumentSuffix);
    m_error->setText(config.errorDocumentKey);
    m_redirectHost->setText(config.redirectHostName);
    m_redirectProtocol->setCurrentIndex(std::max(0, m_redirectProtocol->findData(config.redirectProtocol)));
    m_websiteRules = config.routingRules;
    m_websiteRulesNote->setText(tr("%n routing rule(s) of this bucket are kept as they are when hosting is applied.",
                                   nullptr, int(m_websiteRules.size())));
    m_websiteRulesNote->setVisible(!m_websiteRules.isEmpty());
    updateWebsiteForm();
    updateWebsiteEndpoint();
}

void BucketSettingsDialog::updateWebsiteForm()
{
    const bool on = m_websiteEnabled->isChecked();
    const bool hosting = m_websiteHosting->isChecked();
    m_websiteHosting->setEnabled(on);
    m_websiteRedirect->setEnabled(on);
    m_index->setEnabled(on && hosting);
    m_error->setEnabled(on && hosting);
    m_redirectHost->setEnabled(on && !hosting);
    m_redirectProtocol->setEnabled(on && !hosting);
}

void BucketSettingsDialog::loadWebsiteRegion()
{
    m_websiteRegion = m_client.profile().region;
    auto *location = m_client.bucketLocation(m_bucket);
    location->setParent(this);
    connect(location, &Client::Job::finished, this, [this, location] {
        location->deleteLater();
        if (const auto &r = location->result(); r && !r->isEmpty())
            m_websiteRegion = *r;
        updateWebsiteEndpoint();
        loadFinished();
    });
    location->start();
}

void BucketSettingsDialog::updateWebsiteEndpoint()
{
    const QUrl url = Client::websiteEndpoint(m_client.profile(), m_bucket, m_websiteRegion);
    QString text;
    if (url.isValid() && !url.isEmpty()) {
        const QString address = url.toString();
        text = m_websiteConfigured
                   ? tr("Website endpoint: <a href=\"%1\">%1</a>").arg(address.toHtmlEscaped())
                   : tr("Once hosting is applied, the website is served at %1").arg(address.toHtmlEscaped());
    } else if (Client::isLoopbackEndpoint(m_client.profile())) {
        text = tr("Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as "
                  "aws-cli read it back), but it does not serve websites; on AWS the site would be at "
                  "http://%1.s3-website-&lt;region&gt;.amazonaws.com.")
                   .arg(m_bucket.toHtmlEscaped());
    } else {
        text = tr("Website endpoint: this provider publishes websites on its own host names; see its documentation.");
    }
    m_websiteEndpoint->setText(text);
}

void BucketSettingsDialog::markUnsupported(QWidget *part, const QString &reason)
{
    part->setEnabled(false);
    part->setToolTip(reason);
}

QRadioButton *BucketSettingsDialog::ownershipButton(const QString &objectOwnership) const
{
    for (QAbstractButton *button : m_ownership->buttons()) {
        if (button->objectName() == objectOwnership)
            return static_cast<QRadioButton *>(button);
    }
    return nullptr;
}

S3::PublicAccessBlockConfiguration BucketSettingsDialog::publicAccessBlockFromForm() const
{
    S3::PublicAccessBlockConfiguration c;
    c.blockPublicAcls = m_blockPublicAcls->isChecked();
    c.ignorePublicAcls = m_ignorePublicAcls->isChecked();
    c.blockPublicPolicy = m_blockPublicPolicy->isChecked();
    c.restrictPublicBuckets = m_restrictPublicBuckets->isChecked();
    return c;
}

// Three answers: ownership controls, the public access block and the policy status. The page
// is usable once the first two are in (a missing document is "not set", not an error).
void BucketSettingsDialog::loadAccess()
{
    auto failures = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(2);
    auto partDone = [this, failures, remaining] {
        if (--*remaining > 0)
            return;
        if (failures->isEmpty()) {
            setPageStatus(Page::Access, QString());
            m_contents[int(Page::Access)]->setEnabled(m_reason[int(Page::Access)]->isHidden());
        } else {
            setPageStatus(Page::Access, tr("Could not load: %1").arg(failures->join(QStringLiteral("; "))), true);
        }
    };

    auto *ownership = m_client.bucketOwnershipControls(m_bucket);
    ownership->setParent(this);
    connect(ownership, &Client::Job::finished, this, [this, ownership, failures, partDone] {
        ownership->deleteLater();
        const auto &r = ownership->result();
        if (r) {
            m_loadedOwnership = r->objectOwnership;
        } else if (r.error().code == Core::ErrorCode::OwnershipControlsNotFoundError) {
            m_loadedOwnership.clear(); // no controls: objects behave as under ObjectWriter
        } else if (!isUnsupported(r.error())) { // unsupported: the probe disables the part
            failures->append(errorText(r.error()));
        }
        if (QRadioButton *button = ownershipButton(m_loadedOwnership.isEmpty() ? QStringLiteral("ObjectWriter") : m_loadedOwnership))
            button->setChecked(true);
        partDone();
        loadFinished();
    });
    ownership->start();

    auto *block = m_client.publicAccessBlock(m_bucket);
    block->setParent(this);
    connect(block, &Client::Job::finished, this, [this, block, failures, partDone] {
        block->deleteLater();
        const auto &r = block->result();
        S3::PublicAccessBlockConfiguration c;
        if (r)
            c = *r;
        else if (r.error().code != Core::ErrorCode::NoSuchPublicAccessBlockConfiguration && !isUnsupported(r.error()))
            failures->append(errorText(r.error()));
        m_blockPublicAcls->setChecked(c.blockPublicAcls);
        m_ignorePublicAcls->setChecked(c.ignorePublicAcls);
        m_blockPublicPolicy->setChecked(c.blockPublicPolicy);
        m_restrictPublicBuckets->setChecked(c.restrictPublicBuckets);
        partDone();
        loadFinished();
    });
    block->start();

    refreshPolicyStatus();
}

void BucketSettingsDialog::refreshPolicyStatus()
{
    auto *status = m_client.bucketPolicyStatus(m_bucket);
    status->setParent(this);
    connect(status, &Client::Job::finished, this, [this, status] {
        status->deleteLater();
        const auto &r = status->result();
        if (r && r->isPublic) {
            m_policyStatus->setText(tr("The bucket policy makes this bucket public."));
            m_policyStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        } else {
            m_policyStatus->setStyleSheet(QString());
            if (r)
                m_policyStatus->setText(tr("The bucket policy does not make this bucket public."));
            else if (r.error().code == Core::ErrorCode::NoSuchBucketPolicy)
                m_policyStatus->setText(tr("The bucket has no bucket policy."));
            else
                m_policyStatus->setText(tr("Policy status unknown: %1").arg(errorText(r.error())));
        }
        if (!m_pendingPolicyStatusCounted) {
            m_pendingPolicyStatusCounted = true;
            loadFinished();
        }
    });
    status->start();
}

void BucketSettingsDialog::runWrites(Page page, QList<std::function<Client::VoidJob *()>> writes, const QString &done,
                                     std::function<void()> onDone)
{
    if (writes.isEmpty()) {
        setPageStatus(page, done);
        if (onDone)
            onDone();
        emit pageApplied(page);
        return;
    }
    Client::VoidJob *job = writes.takeFirst()();
    job->setParent(this);
    setPageStatus(page, tr("Applying..."));
    connect(job, &Client::Job::finished, this, [this, job, page, writes, done, onDone] {
        job->deleteLater();
        const auto &r = job->result();
        if (!r) {
            setPageStatus(page, tr("The server refused: %1\n%2").arg(errorText(r.error()), r.error().message), true);
            m_status[int(page)]->setToolTip(errorDetails(r.error()));
            emit pageFailed(page, r.error());
            return;
        }
        runWrites(page, writes, done, onDone);
    });
    job->start();
}

void BucketSettingsDialog::runWrite(Page page, Client::VoidJob *job, const QString &done)
{
    job->setParent(this);
    setPageStatus(page, tr("Applying..."));
    connect(job, &Client::Job::finished, this, [this, job, page, done] {
        job->deleteLater();
        const auto &r = job->result();
        if (!r) {
            // The server's words matter here: show them with our sentence.
            setPageStatus(page, tr("The server refused: %1\n%2").arg(errorText(r.error()), r.error().message), true);
            m_status[int(page)]->setToolTip(errorDetails(r.error()));
            emit pageFailed(page, r.error());
            return;
        }
        setPageStatus(page, done);
        emit pageApplied(page);
    });
    job->start();
}

void BucketSettingsDialog::applyPage(Page page)
{
    switch (page) {
    case Page::Versioning: {
        S3::VersioningConfiguration config;
        config.status = m_versioningOn->isChecked() ? S3::VersioningConfiguration::Status::Enabled
                                                    : S3::VersioningConfiguration::Status::Suspended;
        runWrite(page, m_client.putBucketVersioning(m_bucket, config),
                 m_versioningOn->isChecked() ? tr("Versioning is enabled.") : tr("Versioning is suspended."));
        if (m_versioningOn->isChecked())
            m_versioningState->setText(tr("Versioning is enabled."));
        return;
    }
    case Page::Encryption: {
        const QString algorithm = m_sseAlgorithm->currentData().toString();
        if (algorithm.isEmpty()) {
            runWrite(page, m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Encryption),
                     tr("Default encryption removed."));
            return;
        }
        S3::ServerSideEncryptionConfiguration config;
        S3::ServerSideEncryptionRule rule;
        rule.sseAlgorithm = algorithm;
        if (algorithm == u"aws:kms")
            rule.kmsMasterKeyId = m_kmsKey->text().trimmed();
        config.rules.append(rule);
        runWrite(page, m_client.putBucketConfig(m_bucket, Client::BucketConfig::Encryption, config.toXml()),
                 tr("Default encryption applied."));
        return;
    }
    case Page::Tags: {
        S3::Tagging tagging;
        for (int row = 0; row < m_tags->rowCount(); ++row) {
            const QString key = m_tags->item(row, 0) ? m_tags->item(row, 0)->text().trimmed() : QString();
            const QString value = m_tags->item(row, 1) ? m_tags->item(row, 1)->text() : QString();
            if (!key.isEmpty())
                tagging.tags.append({key, value});
        }
        if (tagging.tags.isEmpty())
            runWrite(page, m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Tagging), tr("Tags removed."));
        else
            runWrite(page, m_client.putBucketTagging(m_bucket, tagging), tr("%n tag(s) applied.", nullptr, int(tagging.tags.size())));
        return;
    }
    case Page::Cors: {
        const QByteArray xml = m_corsXml->toPlainText().toUtf8().trimmed();
        if (xml.isEmpty())
            runWrite(page, m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Cors), tr("CORS configuration removed."));
        else
            runWrite(page, m_client.putBucketConfig(m_bucket, Client::BucketConfig::Cors, xml), tr("CORS configuration applied."));
        return;
    }
    case Page::Website: {
        if (!m_websiteEnabled->isChecked()) {
            runWrite(page, m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Website),
                     tr("Website hosting turned off; the configuration was removed."));
            return;
        }
        // The server checks the values (an empty index document, a slash in it, a protocol...) and
        // its refusal is shown on the page.
        S3::WebsiteConfiguration config;
        if (m_websiteRedirect->isChecked()) {
            if (m_redirectHost->text().trimmed().isEmpty()) {
                setPageStatus(page, tr("Enter the host name to redirect every request to."), true);
                emit pageFailed(page, Core::Error {Core::ErrorCode::InvalidArgument,
                                                   QStringLiteral("RedirectAllRequestsTo needs a HostName")});
                return;
            }
            config.redirectHostName = m_redirectHost->text().trimmed();
            config.redirectProtocol = m_redirectProtocol->currentData().toString();
        } else {
            config.indexDocumentSuffix = m_index->text().trimmed();
            config.errorDocumentKey = m_error->text().trimmed();
            config.routingRules = m_websiteRules;
        }
        runWrite(page, m_client.putBucketConfig(m_bucket, Client::BucketConfig::Website, config.toXml()),
                 m_websiteRedirect->isChecked() ? tr("Every request is redirected to %1.").arg(config.redirectHostName)
                                                : tr("Website hosting applied."));
        return;
    }
    case Page::Logging: {
        S3::BucketLoggingStatus status;
        if (m_loggingEnabled->isChecked())
            status.loggingEnabled = S3::LoggingEnabled {m_loggingTarget->currentText().trimmed(), m_loggingPrefix->text()};
        runWrite(page, m_client.putBucketLogging(m_bucket, status),
                 status.loggingEnabled ? tr("Logging to %1 enabled.").arg(status.loggingEnabled->targetBucket)
                                       : tr("Logging turned off."));
        return;
    }
    case Page::Access: {
        QList<std::function<Client::VoidJob *()>> writes;
        const QString ownership = m_ownership->checkedButton() ? m_ownership->checkedButton()->objectName() : QString();
        if (m_ownershipBox->isEnabled() && !ownership.isEmpty() && ownership != m_loadedOwnership) {
            writes.append([this, ownership] {
                return m_client.putBucketOwnershipControls(m_bucket, S3::OwnershipControls {ownership});
            });
        }
        const S3::PublicAccessBlockConfiguration block = publicAccessBlockFromForm();
        if (m_blockBox->isEnabled()) {
            writes.append([this, block] {
                return block.any() ? m_client.putPublicAccessBlock(m_bucket, block) : m_client.deletePublicAccessBlock(m_bucket);
            });
        }
        runWrites(page, writes, tr("Object ownership and Block Public Access applied."), [this, ownership] {
            m_loadedOwnership = ownership;
            refreshPolicyStatus();
        });
        return;
    }
    }
}

} // namespace Gui
