#pragma once

#include <optional>

#include <QDialog>

#include "engine/client/s3client.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace Gui {

// Bucket settings, one tab per configuration: versioning (enable/suspend; it cannot be turned off
// again), default encryption (SSE-S3 or SSE-KMS with a key), tags, CORS rules (XML, shown as a
// table), static website (index and error documents). Each tab loads and applies its own
// configuration asynchronously and shows the server's error. The endpoint's capability probe
// (S3Client::probeCapabilities) disables what the endpoint does not support, with the reason.
// Lives in the GUI thread; the client must outlive the dialog; owned by its parent (or the caller).
class BucketSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Versioning,
        Encryption,
        Tags,
        Cors,
        Website,
    };

    BucketSettingsDialog(Client::S3Client &client, QString bucket, QWidget *parent = nullptr);

    // Loaded: every page has its answer (or its error) and the capability probe is done.
    bool isLoaded() const { return m_pending == 0; }
    void applyPage(Page page);
    void showPage(Page page);

    // Widgets, for tests.
    QRadioButton *versioningEnabled() const { return m_versioningOn; }
    QRadioButton *versioningSuspended() const { return m_versioningSuspended; }
    QLabel *versioningState() const { return m_versioningState; }
    QComboBox *encryptionAlgorithm() const { return m_sseAlgorithm; }
    QLineEdit *kmsKey() const { return m_kmsKey; }
    QTableWidget *tagTable() const { return m_tags; }
    QPlainTextEdit *corsXml() const { return m_corsXml; }
    QTableWidget *corsTable() const { return m_corsTable; }
    QLineEdit *indexDocument() const { return m_index; }
    QLineEdit *errorDocument() const { return m_error; }
    QWidget *page(Page page) const;
    QLabel *pageStatus(Page page) const;

signals:
    void loaded();
    void pageApplied(Page page);
    void pageFailed(Page page, const Core::Error &error);

private:
    void load();
    void loadFinished();
    void setPageStatus(Page page, const QString &text, bool error = false);
    void runWrite(Page page, Client::VoidJob *job, const QString &done);
    void handleCapabilities(const Client::BucketCapabilities &caps);
    void updateCorsTable();
    QWidget *makePage(Page page, QWidget *content, const QString &applyText);

    Client::S3Client &m_client;
    QString m_bucket;
    int m_pending = 0;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_pages[5] {};
    QWidget *m_contents[5] {};
    QLabel *m_status[5] {};
    QLabel *m_reason[5] {};

    QRadioButton *m_versioningOn = nullptr;
    QRadioButton *m_versioningSuspended = nullptr;
    QLabel *m_versioningState = nullptr;
    QComboBox *m_sseAlgorithm = nullptr;
    QLineEdit *m_kmsKey = nullptr;
    QTableWidget *m_tags = nullptr;
    QPlainTextEdit *m_corsXml = nullptr;
    QTableWidget *m_corsTable = nullptr;
    QLineEdit *m_index = nullptr;
    QLineEdit *m_error = nullptr;
};

} // namespace Gui
