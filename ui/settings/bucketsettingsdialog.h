#pragma once

#include <functional>
#include <optional>

#include <QDialog>

#include "engine/client/s3client.h"
#include "engine/s3/xml/configdocuments.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
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
// table), static website (hosting with index and error documents, or a redirect of every request
// to another host; routing rules loaded from the bucket are kept; the website endpoint is shown),
// object ownership with Block Public Access
// (and whether the bucket policy makes the bucket public), server access logging (target bucket
// picked from the listing, prefix). Each tab loads and applies its own
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
        Access,  // object ownership and Block Public Access
        Logging, // server access logging
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
    QLabel *corsXmlError() const { return m_corsXmlError; }
    QLineEdit *indexDocument() const { return m_index; }
    QLineEdit *errorDocument() const { return m_error; }
    QCheckBox *websiteEnabled() const { return m_websiteEnabled; }
    QRadioButton *websiteHosting() const { return m_websiteHosting; }
    QRadioButton *websiteRedirect() const { return m_websiteRedirect; }
    QLineEdit *redirectHost() const { return m_redirectHost; }
    QComboBox *redirectProtocol() const { return m_redirectProtocol; }
    QLabel *websiteEndpoint() const { return m_websiteEndpoint; }
    QRadioButton *ownershipButton(const QString &objectOwnership) const;
    QCheckBox *blockPublicAcls() const { return m_blockPublicAcls; }
    QCheckBox *ignorePublicAcls() const { return m_ignorePublicAcls; }
    QCheckBox *blockPublicPolicy() const { return m_blockPublicPolicy; }
    QCheckBox *restrictPublicBuckets() const { return m_restrictPublicBuckets; }
    QLabel *policyStatus() const { return m_policyStatus; }
    QCheckBox *loggingEnabled() const { return m_loggingEnabled; }
    QComboBox *loggingTarget() const { return m_loggingTarget; }
    QLineEdit *loggingPrefix() const { return m_loggingPrefix; }
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
    void updateCorsXml();
    void appendCorsRow(const S3::CORSRule &rule);
    // The table as a configuration; nullopt (and *problem) when a cell cannot be read. *problem
    // also names a rule the server will refuse.
    std::optional<S3::CORSConfiguration> corsFromTable(QString *problem) const;
    QWidget *makeAccessPage();
    QWidget *makeLoggingPage();
    QWidget *makeWebsitePage();
    void loadWebsiteRegion();
    void showWebsite(const S3::WebsiteConfiguration &config, bool configured);
    void updateWebsiteForm();
    void updateWebsiteEndpoint();
    // Disables a part of a page the endpoint does not support, with the reason as its tooltip.
    void markUnsupported(QWidget *part, const QString &reason);
    void loadLogging();
    void loadAccess();
    void refreshPolicyStatus();
    // Runs the writes one after another; the first failure stops the chain and is shown.
    void runWrites(Page page, QList<std::function<Client::VoidJob *()>> writes, const QString &done,
                   std::function<void()> onDone = {});
    S3::PublicAccessBlockConfiguration publicAccessBlockFromForm() const;
    QWidget *makePage(Page page, QWidget *content, const QString &applyText);

    Client::S3Client &m_client;
    QString m_bucket;
    int m_pending = 0;
    QTabWidget *m_tabs = nullptr;
    static constexpr int kPages = 7;
    QWidget *m_pages[kPages] {};
    QWidget *m_contents[kPages] {};
    QLabel *m_status[kPages] {};
    QLabel *m_reason[kPages] {};

    QRadioButton *m_versioningOn = nullptr;
    QRadioButton *m_versioningSuspended = nullptr;
    QLabel *m_versioningState = nullptr;
    QComboBox *m_sseAlgorithm = nullptr;
    QLineEdit *m_kmsKey = nullptr;
    QTableWidget *m_tags = nullptr;
    QPlainTextEdit *m_corsXml = nullptr;
    QTableWidget *m_corsTable = nullptr;
    QLabel *m_corsXmlError = nullptr;
    bool m_syncingCors = false;
    QLineEdit *m_index = nullptr;
    QLineEdit *m_error = nullptr;
    QCheckBox *m_websiteEnabled = nullptr;
    QRadioButton *m_websiteHosting = nullptr;
    QRadioButton *m_websiteRedirect = nullptr;
    QLineEdit *m_redirectHost = nullptr;
    QComboBox *m_redirectProtocol = nullptr;
    QLabel *m_websiteEndpoint = nullptr;
    QLabel *m_websiteRulesNote = nullptr;
    QList<S3::WebsiteRoutingRule> m_websiteRules; // loaded from the bucket, written back as they are
    bool m_websiteConfigured = false;
    QString m_websiteRegion; // the bucket's region (GetBucketLocation); the profile's until known
    QGroupBox *m_ownershipBox = nullptr;
    QGroupBox *m_blockBox = nullptr;
    QButtonGroup *m_ownership = nullptr;
    QString m_loadedOwnership; // empty: no ownership controls on the bucket
    QCheckBox *m_blockAll = nullptr;
    QCheckBox *m_blockPublicAcls = nullptr;
    QCheckBox *m_ignorePublicAcls = nullptr;
    QCheckBox *m_blockPublicPolicy = nullptr;
    QCheckBox *m_restrictPublicBuckets = nullptr;
    QLabel *m_policyStatus = nullptr;
    QCheckBox *m_loggingEnabled = nullptr;
    QComboBox *m_loggingTarget = nullptr;
    QLineEdit *m_loggingPrefix = nullptr;
    bool m_pendingPolicyStatusCounted = false; // the first policy status answer counts for loaded()
};

} // namespace Gui
