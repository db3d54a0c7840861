#include "ui/share/sharedialog.h"

#include <memory>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qrencode.h>

#include "ui/common/errortext.h"
#include "ui/common/format.h"

namespace Gui {

namespace {
constexpr qint64 kPresets[] = {3600, 24 * 3600, 7 * 24 * 3600};
constexpr qint64 kUnitSeconds[] = {60, 3600, 24 * 3600};
constexpr int kMaxLinks = 200;
} // namespace

ShareDialog::ShareDialog(Client::S3Client &client, QString bucket, QString key, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
{
    setWindowTitle(tr("Share - %1").arg(m_key));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    auto *object = new QLabel(QStringLiteral("%1/%2").arg(m_bucket, m_key), this);
    object->setTextInteractionFlags(Qt::TextSelectableByMouse);
    object->setWordWrap(true);
    form->addRow(tr("Object:"), object);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Download (GET)"), QStringLiteral("GET"));
    m_method->addItem(tr("Upload (PUT)"), QStringLiteral("PUT"));
    form->addRow(tr("Link lets others:"), m_method);
    m_expiry = new QComboBox(this);
    m_expiry->addItems({tr("1 hour"), tr("1 day"), tr("7 days (maximum)"), tr("Custom")});
    m_expiry->setCurrentIndex(1);
    auto *expiryRow = new QHBoxLayout;
    m_customValue = new QSpinBox(this);
    m_customValue->setRange(1, 100000);
    m_customValue->setValue(2);
    m_customUnit = new QComboBox(this);
    m_customUnit->addItems({tr("minutes"), tr("hours"), tr("days")});
    m_customUnit->setCurrentIndex(1);
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_customValue);
    expiryRow->addWidget(m_customUnit);
    expiryRow->addStretch();
    form->addRow(tr("Expires after:"), expiryRow);
    m_fileName = new QLineEdit(this);
    m_fileName->setPlaceholderText(tr("optional: the name the browser saves it as"));
    m_fileNameLabel = new QLabel(tr("Download as:"), this);
    form->addRow(m_fileNameLabel, m_fileName);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->setWordWrap(true);
    form->addRow(QString(), m_error);
    m_create = new QPushButton(tr("Create link"), this);
    m_create->setDefault(true);
    form->addRow(QString(), m_create);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setReadOnly(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setEnabled(false);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copy);
    form->addRow(tr("Link:"), urlRow);
    m_expiresLabel = new QLabel(this);
    form->addRow(QString(), m_expiresLabel);
    top->addLayout(form, 1);
    m_qrLabel = new QLabel(this);
    m_qrLabel->setFixedSize(220, 220);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setFrameShape(QFrame::StyledPanel);
    m_qrLabel->setText(tr("QR code"));
    top->addWidget(m_qrLabel, 0, Qt::AlignTop);
    layout->addLayout(top);

    layout->addWidget(new QLabel(tr("Links handed out (still valid):"), this));
    m_history = new QTreeWidget(this);
    m_history->setHeaderLabels({tr("Object"), tr("Method"), tr("Expires"), tr("Link")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_history, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    resize(780, 520);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ShareDialog::createLink);
    connect(m_copy, &QPushButton::clicked, this, &ShareDialog::copyToClipboard);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ShareDialog::updateState);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &ShareDialog::updateState);
    connect(m_customValue, &QSpinBox::valueChanged, this, &ShareDialog::updateState);
    connect(m_customUnit, &QComboBox::currentIndexChanged, this, &ShareDialog::updateState);
    connect(m_history, &QTreeWidget::itemDoubleClicked, this, [](QTreeWidgetItem *item) {
        QGuiApplication::clipboard()->setText(item->text(3));
    });

    m_links = loadLinks();
    rebuildHistory();
    updateState();
}

void ShareDialog::setMethod(const QByteArray &method)
{
    m_method->setCurrentIndex(method == "PUT" ? 1 : 0);
}

void ShareDialog::setExpirySeconds(qint64 seconds)
{
    for (int i = 0; i < 3; ++i) {
        if (kPresets[i] == seconds) {
            m_expiry->setCurrentIndex(i);
            return;
        }
    }
    m_expiry->setCurrentIndex(3);
    const int unit = seconds % kUnitSeconds[2] == 0 ? 2 : seconds % kUnitSeconds[1] == 0 ? 1 : 0;
    m_customUnit->setCurrentIndex(unit);
    m_customValue->setValue(int(std::min<qint64>(100000, std::max<qint64>(1, seconds / kUnitSeconds[unit]))));
}

qint64 ShareDialog::expirySeconds() const
{
    const int preset = m_expiry->currentIndex();
    if (preset >= 0 && preset < 3)
        return kPresets[preset];
    return qint64(m_customValue->value()) * kUnitSeconds[std::clamp(m_customUnit->currentIndex(), 0, 2)];
}

void ShareDialog::setDownloadName(const QString &fileName)
{
    m_fileName->setText(fileName);
}

QString ShareDialog::errorText() const
{
    return m_error->text();
}

void ShareDialog::updateState()
{
    const bool custom = m_expiry->currentIndex() == 3;
    m_customValue->setVisible(custom);
    m_customUnit->setVisible(custom);
    const bool get = m_method->currentIndex() == 0;
    m_fileName->setVisible(get);
    m_fileNameLabel->setVisible(get);
    if (expirySeconds() > kMaxExpirySeconds) {
        m_error->setText(tr("A presigned link can last at most 7 days (a limit of AWS Signature Version 4)."));
        m_create->setEnabled(false);
    } else {
        m_error->clear();
        m_create->setEnabled(true);
    }
    m_error->setVisible(!m_error->text().isEmpty());
}

bool ShareDialog::createLink()
{
    const qint64 seconds = expirySeconds();
    if (seconds > kMaxExpirySeconds || seconds < 1) {
        updateState();
        return false;
    }
    const QByteArray method = m_method->currentData().toString().toLatin1();
    Client::S3Client::PresignOptions options;
    options.time = QDateTime::currentDateTimeUtc();
    const QString name = m_fileName->text().trimmed();
    if (method == "GET" && !name.isEmpty()) {
        // RFC 6266: a quoted ASCII fallback plus the UTF-8 name in filename*.
        QString ascii = name;
        for (QChar &c : ascii) {
            if (c.unicode() > 126 || c.unicode() < 32 || c == u'"' || c == u'\\')
                c = u'_';
        }
        options.responseContentDisposition =
            QStringLiteral("attachment; filename=\"%1\"; filename*=UTF-8''%2")
                .arg(ascii, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    }
    const auto url = m_client.presignUrl(method, m_bucket, m_key, seconds, options);
    if (!url) {
        m_error->setText(tr("Cannot create the link: %1").arg(Gui::errorText(url.error())));
        m_error->setToolTip(errorDetails(url.error()));
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    m_url = *url;
    const QString text = m_url.toString(QUrl::FullyEncoded);
    m_urlEdit->setText(text);
    m_urlEdit->setCursorPosition(0);
    m_copy->setEnabled(true);
    const QDateTime expires = options.time.addSecs(seconds);
    m_expiresLabel->setText(tr("Valid until %1").arg(formatDateTime(expires)));
    m_qr = renderQr(text.toUtf8());
    if (m_qr.isNull()) {
        m_qrLabel->setText(tr("Too long for a QR code"));
    } else {
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qr.scaled(m_qrLabel->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                                            Qt::FastTransformation)));
    }
    m_links.prepend({m_url, m_bucket, m_key, QString::fromLatin1(method), options.time, expires});
    while (m_links.size() > kMaxLinks)
        m_links.removeLast();
    saveLinks(m_links);
    rebuildHistory();
    emit linkCreated(m_url);
    return true;
}

void ShareDialog::copyToClipboard() const
{
    if (!m_url.isEmpty())
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
}

QImage ShareDialog::renderQr(const QByteArray &text, int moduleSize, int border)
{
    // Medium error correction: a presigned URL (~600 characters) still fits comfortably (version <= 20).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width + 2 * border;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + border) * moduleSize, (y + border) * moduleSize, moduleSize, moduleSize, Qt::black);
        }
    }
    return image;
}

QList<SharedLink> ShareDialog::loadLinks()
{
    QSettings settings;
    QList<SharedLink> links;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int n = settings.beginReadArray(QStringLiteral("share/links"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SharedLink link;
        link.url = QUrl(settings.value(QStringLiteral("url")).toString());
        link.bucket = settings.value(QStringLiteral("bucket")).toString();
        link.key = settings.value(QStringLiteral("key")).toString();
        link.method = settings.value(QStringLiteral("method")).toString();
        link.created = settings.value(QStringLiteral("created")).toDateTime();
        link.expires = settings.value(QStringLiteral("expires")).toDateTime();
        if (link.expires > now)
            links.append(link);
    }
    settings.endArray();
    return links;
}

void ShareDialog::saveLinks(const QList<SharedLink> &links)
{
    QSettings settings;
    settings.remove(QStringLiteral("share/links"));
    settings.beginWriteArray(QStringLiteral("share/links"), int(links.size()));
    for (int i = 0; i < links.size(); ++i) {
        settings.setArrayIndex(i);
        const SharedLink &link = links.at(i);
        settings.setValue(QStringLiteral("url"), link.url.toString(QUrl::FullyEncoded));
        settings.setValue(QStringLiteral("bucket"), link.bucket);
        settings.setValue(QStringLiteral("key"), link.key);
        settings.setValue(QStringLiteral("method"), link.method);
        settings.setValue(QStringLiteral("created"), link.created);
        settings.setValue(QStringLiteral("expires"), link.expires);
    }
    settings.endArray();
}

void ShareDialog::rebuildHistory()
{
    m_history->clear();
    QList<QTreeWidgetItem *> items;
    for (const SharedLink &link : std::as_const(m_links)) {
        auto *item = new QTreeWidgetItem(QStringList {QStringLiteral("%1/%2").arg(link.bucket, link.key), link.method,
                                                      formatDateTime(link.expires),
                                                      link.url.toString(QUrl::FullyEncoded)});
        item->setToolTip(3, tr("Double-click to copy"));
        items.append(item);
    }
    m_history->addTopLevelItems(items);
}

} // namespace Gui
