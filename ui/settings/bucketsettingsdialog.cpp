#include "ui/settings/bucketsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "engine/s3/xml/configdocuments.h"
#include "ui/common/errortext.h"

namespace Gui {

namespace {

constexpr int kPageCount = 5;

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

bool isMissingConfig(const Core::Error &e)
{
    return e.httpStatus == 404 && e.code != Core::ErrorCode::NoSuchBucket;
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
    m_corsTable = new QTableWidget(0, 5, cors);
    m_corsTable->setHorizontalHeaderLabels({tr("Origins"), tr("Methods"), tr("Headers"), tr("Expose headers"), tr("Max age (s)")});
    m_corsTable->horizontalHeader()->setStretchLastSection(true);
    m_corsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_corsTable->setMaximumHeight(140);
    m_corsXml = new QPlainTextEdit(cors);
    m_corsXml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_corsXml->setPlaceholderText(corsExample());
    cl->addWidget(new QLabel(tr("Rules (from the XML below; empty XML removes the CORS configuration):"), cors));
    cl->addWidget(m_corsTable);
    cl->addWidget(m_corsXml, 1);
    connect(m_corsXml, &QPlainTextEdit::textChanged, this, &BucketSettingsDialog::updateCorsTable);
    m_tabs->addTab(makePage(Page::Cors, cors, tr("Apply CORS")), tr("CORS"));

    // Static website.
    auto *website = new QWidget;
    auto *wl = new QFormLayout(website);
    m_index = new QLineEdit(website);
    m_index->setPlaceholderText(QStringLiteral("index.html"));
    m_error = new QLineEdit(website);
    m_error->setPlaceholderText(QStringLiteral("error.html"));
    wl->addRow(tr("Index document:"), m_index);
    wl->addRow(tr("Error document:"), m_error);
    wl->addRow(new QLabel(tr("An empty index document removes the website configuration."), website));
    m_tabs->addTab(makePage(Page::Website, website, tr("Apply website")), tr("Static website"));

    layout->addWidget(m_tabs, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(720, 520);
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
    m_pending = 6;
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
    rawLoad(Page::Cors, Client::BucketConfig::Cors, [this](const QByteArray &xml) { m_corsXml->setPlainText(QString::fromUtf8(xml)); });
    rawLoad(Page::Website, Client::BucketConfig::Website, [this](const QByteArray &xml) {
        const auto config = S3::WebsiteConfiguration::fromXml(xml);
        m_index->setText(config ? config->indexDocumentSuffix : QString());
        m_error->setText(config ? config->errorDocumentKey : QString());
    });
}

void BucketSettingsDialog::handleCapabilities(const Client::BucketCapabilities &caps)
{
    const std::pair<Page, Client::Support> pages[] = {
        {Page::Versioning, caps.versioning},
        {Page::Encryption, caps.encryption},
        {Page::Tags, caps.tagging},
        {Page::Cors, caps.cors},
        {Page::Website, caps.website},
    };
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

void BucketSettingsDialog::updateCorsTable()
{
    m_corsTable->setRowCount(0);
    const QByteArray xml = m_corsXml->toPlainText().toUtf8().trimmed();
    if (xml.isEmpty())
        return;
    const auto config = S3::CORSConfiguration::fromXml(xml);
    if (!config) {
        m_corsTable->setRowCount(1);
        auto *item = new QTableWidgetItem(tr("The XML cannot be read: %1").arg(config.error().message));
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_corsTable->setItem(0, 0, item);
        m_corsTable->setSpan(0, 0, 1, 5);
        return;
    }
    m_corsTable->clearSpans();
    for (const S3::CORSRule &rule : config->rules) {
        const int row = m_corsTable->rowCount();
        m_corsTable->insertRow(row);
        const QStringList cells {rule.allowedOrigins.join(QStringLiteral(", ")), rule.allowedMethods.join(QStringLiteral(", ")),
                                 rule.allowedHeaders.join(QStringLiteral(", ")), rule.exposeHeaders.join(QStringLiteral(", ")),
                                 rule.maxAgeSeconds ? QString::number(*rule.maxAgeSeconds) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_corsTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
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
        if (m_index->text().trimmed().isEmpty()) {
            runWrite(page, m_client.deleteBucketConfig(m_bucket, Client::BucketConfig::Website), tr("Website configuration removed."));
            return;
        }
        S3::WebsiteConfiguration config;
        config.indexDocumentSuffix = m_index->text().trimmed();
        config.errorDocumentKey = m_error->text().trimmed();
        runWrite(page, m_client.putBucketConfig(m_bucket, Client::BucketConfig::Website, config.toXml()),
                 tr("Website configuration applied."));
        return;
    }
    }
}

} // namespace Gui
