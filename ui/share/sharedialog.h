#pragma once

#include <QDateTime>
#include <QDialog>
#include <QImage>
#include <QUrl>

#include "engine/client/s3client.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Gui {

// A link handed out by the share dialog (kept for this session and in QSettings under "share/links").
struct SharedLink
{
    QUrl url;
    QString bucket;
    QString key;
    QString method; // "GET" or "PUT"
    QDateTime created; // UTC
    QDateTime expires; // UTC
};

// Presigned links to one object: GET (download, optionally under another file name through
// response-content-disposition) or PUT (upload), expiring after 1 hour, 1 day, 7 days (the SigV4 maximum) or a
// custom time (more than 7 days is refused). The URL is computed locally by S3Client::presignUrl (no request),
// shown with a Copy button and a QR code (libqrencode), and listed with the links handed out before.
// Lives in the GUI thread; the client must outlive the dialog; owned by its parent (or the caller).
class ShareDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxExpirySeconds = 7 * 24 * 3600;

    ShareDialog(Client::S3Client &client, QString bucket, QString key, QWidget *parent = nullptr);

    void setMethod(const QByteArray &method); // "GET" or "PUT"
    // Picks the matching preset or a custom value (in minutes when not whole hours).
    void setExpirySeconds(qint64 seconds);
    qint64 expirySeconds() const;
    void setDownloadName(const QString &fileName);

    // Presigns with the current choices; false (and the reason on the dialog) when refused.
    bool createLink();
    QUrl url() const { return m_url; }
    QImage qrImage() const { return m_qr; }
    QString errorText() const;
    QList<SharedLink> links() const { return m_links; }
    void copyToClipboard() const;

    // The QR code of text as a black-on-white image: moduleSize pixels per module, a quiet zone of border
    // modules. A null image when the text does not fit a QR code.
    static QImage renderQr(const QByteArray &text, int moduleSize = 4, int border = 4);

    // The persisted history (QSettings "share/links"); links that have expired are dropped.
    static QList<SharedLink> loadLinks();
    static void saveLinks(const QList<SharedLink> &links);

signals:
    void linkCreated(const QUrl &url);

private:
    void updateState();
    void rebuildHistory();

    Client::S3Client &m_client;
    QString m_bucket;
    QString m_key;
    QUrl m_url;
    QImage m_qr;
    QList<SharedLink> m_links;

    QComboBox *m_method = nullptr;
    QComboBox *m_expiry = nullptr;
    QSpinBox *m_customValue = nullptr;
    QComboBox *m_customUnit = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLabel *m_fileNameLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_expiresLabel = nullptr;
    QLabel *m_qrLabel = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace Gui
