#include "ui/browser/detailspane.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "engine/client/s3client.h"
#include "ui/common/errortext.h"
#include "ui/common/format.h"

namespace Gui {

namespace {

constexpr qint64 kImagePreviewBytes = 2 * 1024 * 1024;
constexpr qint64 kTextPreviewBytes = 64 * 1024;

bool isImage(const QString &contentType, const QString &key)
{
    static const QStringList exts {u".png"_qs, u".jpg"_qs, u".jpeg"_qs, u".gif"_qs, u".bmp"_qs, u".webp"_qs};
    return contentType.startsWith(u"image/")
           || std::ranges::any_of(exts, [&](const QString &e) { return key.endsWith(e, Qt::CaseInsensitive); });
}

bool isText(const QString &contentType, const QString &key)
{
    static const QStringList exts {u".txt"_qs, u".md"_qs, u".json"_qs, u".xml"_qs, u".csv"_qs, u".log"_qs,
                                   u".yaml"_qs, u".yml"_qs, u".html"_qs, u".css"_qs, u".js"_qs, u".ini"_qs};
    return contentType.startsWith(u"text/") || contentType.contains(u"json") || contentType.contains(u"xml")
           || std::ranges::any_of(exts, [&](const QString &e) { return key.endsWith(e, Qt::CaseInsensitive); });
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("No object selected"), this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_tags = new QLabel(this);
    m_tags->setWordWrap(true);
    layout->addWidget(m_tags);
    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Versions"), tr("Size"), tr("Version ID")});
    m_versions->header()->setStretchLastSection(true);
    m_versions->setMaximumHeight(160);
    m_versions->hide();
    layout->addWidget(m_versions);
    auto *buttons = new QHBoxLayout;
    m_downloadVersion = new QPushButton(tr("Download…"), this);
    m_restoreVersion = new QPushButton(tr("Restore as latest"), this);
    m_restoreVersion->setToolTip(tr("Copy this version onto the object so that it becomes the latest version"));
    m_deleteVersion = new QPushButton(tr("Delete version"), this);
    for (QPushButton *b : {m_downloadVersion, m_restoreVersion, m_deleteVersion}) {
        buttons->addWidget(b);
        b->hide();
    }
    layout->addLayout(buttons);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &DetailsPane::updateVersionButtons);
    connect(m_downloadVersion, &QPushButton::clicked, this, [this] {
        const QString id = versionIdAt(m_versions->indexOfTopLevelItem(m_versions->currentItem()));
        const QString path = QFileDialog::getSaveFileName(this, tr("Download Version"), m_key.section(u'/', -1));
        if (!id.isEmpty() && !path.isEmpty())
            downloadVersion(id, path);
    });
    connect(m_restoreVersion, &QPushButton::clicked, this, [this] {
        const QString id = versionIdAt(m_versions->indexOfTopLevelItem(m_versions->currentItem()));
        if (!id.isEmpty())
            restoreVersion(id);
    });
    connect(m_deleteVersion, &QPushButton::clicked, this, [this] {
        const QString id = versionIdAt(m_versions->indexOfTopLevelItem(m_versions->currentItem()));
        if (id.isEmpty())
            return;
        const auto answer = QMessageBox::question(this, tr("Delete Version"),
                                                  tr("Delete version %1 of “%2” permanently? This cannot be undone.").arg(id, m_key));
        if (answer == QMessageBox::Yes)
            deleteVersion(id);
    });
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->hide();
    layout->addWidget(m_image);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->hide();
    layout->addWidget(m_text, 1);
    layout->addStretch();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &DetailsPane::load);
}

void DetailsPane::showObject(Client::S3Client *client, const QString &bucket, const QString &key)
{
    ++m_generation; // answers for the previous selection are dropped
    m_client = client;
    m_bucket = bucket;
    m_key = key;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_tags->clear();
    m_versions->clear();
    m_versions->hide();
    updateVersionButtons();
    m_image->hide();
    m_text->hide();
    if (!client || key.isEmpty()) {
        m_title->setText(tr("No object selected"));
        m_debounce.stop();
        return;
    }
    m_title->setText(key.section(u'/', -1));
    m_debounce.start();
}

void DetailsPane::setField(const QString &name, const QString &value)
{
    auto *label = new QLabel(value, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(name, label);
}

void DetailsPane::load()
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString key = m_key;
    auto *head = m_client->headObject(m_bucket, key);
    connect(head, &Client::Job::finished, this, [this, head, generation, key] {
        head->deleteLater();
        if (generation != m_generation || !m_client)
            return;
        const auto &info = head->result();
        if (!info) {
            setField(tr("Error:"), errorText(info.error()));
            return;
        }
        setField(tr("Size:"), formatSize(info->size));
        setField(tr("Modified:"), formatDateTime(info->lastModified));
        setField(tr("Type:"), info->contentType);
        setField(tr("Storage class:"), info->storageClass.isEmpty() ? QStringLiteral("STANDARD") : info->storageClass);
        setField(tr("ETag:"), info->etag);
        if (!info->versionId.isEmpty())
            setField(tr("Version:"), info->versionId);
        if (!info->restore.isEmpty())
            setField(tr("Restore:"), info->restore);
        for (auto it = info->metadata.cbegin(); it != info->metadata.cend(); ++it)
            setField(it.key() + u':', it.value());
        if (!info->versionId.isEmpty() && info->versionId != u"null")
            loadVersions(generation, {}, {});

        auto *tags = m_client->objectTagging(m_bucket, key);
        connect(tags, &Client::Job::finished, this, [this, tags, generation] {
            tags->deleteLater();
            if (generation != m_generation || !tags->result())
                return;
            QStringList lines;
            for (const S3::Tag &tag : tags->result()->tags)
                lines.append(tag.key + QStringLiteral(" = ") + tag.value);
            m_tags->setText(lines.isEmpty() ? tr("No tags") : tr("Tags:\n%1").arg(lines.join(u'\n')));
        });
        tags->start();

        const bool image = isImage(info->contentType, key);
        const bool text = !image && isText(info->contentType, key);
        if (!image && !text)
            return;
        const qint64 limit = image ? kImagePreviewBytes : kTextPreviewBytes;
        if (image && info->size > limit)
            return; // a partial image does not decode
        Client::GetObjectRequest request;
        request.bucket = m_bucket;
        request.key = key;
        if (info->size > 0) {
            request.rangeStart = 0;
            request.rangeEnd = std::min(info->size, limit) - 1;
        }
        auto *get = m_client->getObject(request);
        connect(get, &Client::Job::finished, this, [this, get, generation, image] {
            get->deleteLater();
            if (generation != m_generation || !get->result())
                return;
            if (image) {
                // Decoding a ≤ 2 MiB image in memory; the bytes came from the network job.
                const QImage picture = QImage::fromData(get->result()->data);
                if (picture.isNull())
                    return;
                m_image->setPixmap(QPixmap::fromImage(picture.scaled(240, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                m_image->show();
            } else {
                m_text->setPlainText(QString::fromUtf8(get->result()->data));
                m_text->show();
            }
        });
        get->start();
    });
    head->start();
}

QString DetailsPane::versionIdAt(int row) const
{
    if (row < 0 || row >= m_versions->topLevelItemCount())
        return {};
    return m_versions->topLevelItem(row)->data(0, Qt::UserRole).toString();
}

void DetailsPane::loadVersions(quint64 generation, const QString &keyMarker, const QString &versionIdMarker)
{
    if (!m_client)
        return;
    Client::ListVersionsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_key;
    request.keyMarker = keyMarker;
    request.versionIdMarker = versionIdMarker;
    auto *job = m_client->listObjectVersions(request);
    connect(job, &Client::Job::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        const auto &page = job->result();
        if (!page)
            return;
        bool pastKey = false;
        for (const S3::VersionEntry &v : page->entries) {
            if (v.key != m_key) { // keys that only start with ours ("a.txt" vs "a.txt.bak")
                pastKey = pastKey || v.key > m_key;
                continue;
            }
            auto *item = new QTreeWidgetItem(m_versions);
            QString when = formatDateTime(v.lastModified);
            if (v.isLatest)
                when = tr("%1 (latest)").arg(when);
            item->setText(0, when);
            item->setText(1, v.isDeleteMarker ? tr("Delete marker") : formatSize(v.size));
            item->setText(2, v.versionId);
            item->setData(0, Qt::UserRole, v.versionId);
            item->setData(1, Qt::UserRole, v.isDeleteMarker);
            item->setData(2, Qt::UserRole, v.isLatest);
        }
        if (page->isTruncated && !pastKey && !page->nextKeyMarker.isEmpty()) {
            loadVersions(generation, page->nextKeyMarker, page->nextVersionIdMarker);
            return;
        }
        m_versions->setVisible(m_versions->topLevelItemCount() > 0);
        updateVersionButtons();
        emit versionsLoaded(m_versions->topLevelItemCount());
    });
    job->start();
}

void DetailsPane::updateVersionButtons()
{
    QTreeWidgetItem *item = m_versions->currentItem();
    const bool shown = m_versions->isVisible() || m_versions->topLevelItemCount() > 0;
    const bool marker = item && item->data(1, Qt::UserRole).toBool();
    const bool latest = item && item->data(2, Qt::UserRole).toBool();
    for (QPushButton *b : {m_downloadVersion, m_restoreVersion, m_deleteVersion})
        b->setVisible(shown);
    m_downloadVersion->setEnabled(item && !marker);
    m_restoreVersion->setEnabled(item && !marker && !latest);
    m_deleteVersion->setEnabled(item != nullptr);
}

void DetailsPane::versionActionDone(const Core::Error *error)
{
    if (error) {
        emit versionActionFailed(errorText(*error));
        return;
    }
    emit objectChanged(m_bucket, m_key);
    showObject(m_client, m_bucket, m_key); // relist the versions
}

void DetailsPane::restoreVersion(const QString &versionId)
{
    if (!m_client)
        return;
    Client::CopyObjectRequest request;
    request.sourceBucket = m_bucket;
    request.sourceKey = m_key;
    request.sourceVersionId = versionId;
    request.bucket = m_bucket;
    request.key = m_key;
    auto *job = m_client->copyObject(request);
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        versionActionDone(job->result() ? nullptr : &job->result().error());
    });
    job->start();
}

void DetailsPane::deleteVersion(const QString &versionId)
{
    if (!m_client)
        return;
    auto *job = m_client->deleteObject(m_bucket, m_key, versionId);
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        versionActionDone(job->result() ? nullptr : &job->result().error());
    });
    job->start();
}

void DetailsPane::downloadVersion(const QString &versionId, const QString &localPath)
{
    if (!m_client)
        return;
    Client::GetObjectRequest request;
    request.bucket = m_bucket;
    request.key = m_key;
    request.versionId = versionId;
    request.filePath = localPath;
    auto *job = m_client->getObject(request);
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (!job->result())
            emit versionActionFailed(errorText(job->result().error()));
    });
    job->start();
}

} // namespace Gui
