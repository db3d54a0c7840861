#pragma once

#include <QDialog>
#include <QPointer>

#include "engine/client/s3client.h"
#include "engine/lifecycle/lifecycleconfiguration.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace Gui {

class LifecyclePreviewWidget;
class LifecycleRuleForm;
class LifecycleTimelineWidget;

// The visual lifecycle editor of one bucket: rule list (add, duplicate, delete, enable/disable), a form per
// rule with the engine validator's problems marked on the fields, the JSON of the whole configuration
// (aws s3api format) kept in step both ways, a timeline of all rules, a preview on the bucket's objects,
// templates, import/export of JSON files, and Apply (PutBucketLifecycleConfiguration; no rules: Delete).
// Loads the current configuration when constructed (NoSuchLifecycleConfiguration = no rules).
// Lives in the GUI thread; the client must outlive the dialog; owned by its parent (or the caller).
class LifecycleEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Template
    {
        ArchiveLogs,      // logs/: Standard-IA at 30, Glacier at 90, expire at 365
        ExpireTemp,       // temp/: expire after 7 days
        CleanUploads,     // all objects: abort incomplete multipart uploads after 7 days
        KeepNoncurrent3,  // all objects: delete noncurrent versions after 30 days, keeping 3
    };

    LifecycleEditorDialog(Client::S3Client &client, QString bucket, QWidget *parent = nullptr);
    ~LifecycleEditorDialog() override;

    const Lifecycle::LifecycleConfiguration &configuration() const { return m_config; }
    void setConfiguration(const Lifecycle::LifecycleConfiguration &config);
    QList<Lifecycle::Issue> issues() const { return m_issues; }
    bool isJsonValid() const { return m_jsonValid; }
    bool isLoaded() const { return m_loaded; }

    void applyTemplate(Template which);
    static Lifecycle::Rule templateRule(Template which);
    void selectRule(int index);
    int currentRule() const { return m_current; }
    void addRule();
    void duplicateRule();
    void deleteRule();
    void toggleRuleEnabled();

    // Reads / writes an `aws s3api` lifecycle JSON file. Errors go to the status line; false on failure.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    // Reloads from the server (loaded() when done) / sends the configuration (applied() or applyFailed()).
    void reload();
    void apply();

    // Widgets, for tests.
    QListWidget *ruleList() const { return m_ruleList; }
    LifecycleRuleForm *form() const { return m_form; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QLabel *jsonErrorLabel() const { return m_jsonError; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    LifecycleTimelineWidget *timeline() const { return m_timeline; }
    LifecyclePreviewWidget *preview() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }

signals:
    void loaded();
    void applied();
    void applyFailed(const Core::Error &error);

private:
    enum class Origin
    {
        Program,
        Form,
        Json,
    };
    void refresh(Origin origin);
    void rebuildRuleList();
    void loadCurrentRuleIntoForm();
    void handleFormChanged();
    void handleJsonChanged();
    void setStatus(const QString &text, bool error = false);
    void setLocked(bool locked);
    QString uniqueId(const QString &base) const;

    Client::S3Client &m_client;
    QString m_bucket;
    Lifecycle::LifecycleConfiguration m_config;
    QList<Lifecycle::Issue> m_issues;
    int m_current = -1;
    bool m_jsonValid = true;
    bool m_loaded = false;
    bool m_settingJson = false;
    bool m_holdStatus = false; // keep a load/apply message until the next edit
    QPointer<Client::Job> m_job;

    QListWidget *m_ruleList = nullptr;
    QWidget *m_ruleButtons = nullptr;
    LifecycleRuleForm *m_form = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonError = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    LifecycleTimelineWidget *m_timeline = nullptr;
    LifecyclePreviewWidget *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_toggle = nullptr;
    QWidget *m_leftPane = nullptr;
};

} // namespace Gui
