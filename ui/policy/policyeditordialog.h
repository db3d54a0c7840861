#pragma once

#include <optional>

#include <QDialog>
#include <QMap>
#include <QPointer>

#include "engine/client/s3client.h"
#include "engine/policy/document.h"
#include "engine/policy/evaluator.h"
#include "ui/policy/editablepolicy.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Gui {

// The bucket policy editor: statements as a table (Sid, Effect, Principal, Actions from a grouped
// picker, Resources from bucket/prefix pickers, Conditions as operator/key/value rows), the JSON
// kept in step both ways (a syntax error shows its line and column and locks the table), the
// engine validator's diagnostics, templates (engine/policy/templates), a banner saying what the
// policy makes public and to whom (Policy::publicGrants), a simulator (Policy::simulationContext
// + Server::explainAccess, as `pailctl policy simulate`), Apply (PutBucketPolicy) and Delete.
// Loads the bucket's policy when constructed. For the local sandbox (`sandbox` true) the
// simulator offers the sandbox's users and evaluates their identity policies, read through the
// sandbox's admin API. Every request is asynchronous. Lives in the GUI thread; the client must
// outlive the dialog; owned by its parent (or the caller).
class PolicyEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    PolicyEditorDialog(Client::S3Client &client, QString bucket, bool sandbox, QWidget *parent = nullptr);
    ~PolicyEditorDialog() override;

    const EditablePolicy &policy() const { return m_policy; }
    void setPolicy(const EditablePolicy &policy);
    bool isLoaded() const { return m_loaded; }
    bool isJsonValid() const { return m_jsonValid; }
    bool areUsersLoaded() const { return m_usersLoaded; }
    bool isPolicySupported() const { return !m_unsupported; }
    // The engine's parse of the current text (nullopt while it has diagnostics).
    const std::optional<Policy::Document> &document() const { return m_document; }
    QStringList diagnostics() const;

    // Appends the template's statements, filled in with `values` (bucket defaults to this one).
    bool applyTemplate(const QString &templateId, const QMap<QString, QString> &values);

    void reload();
    void apply();
    void deletePolicy();

    // Simulator: what the tab's fields ask; result in simulationFinished().
    enum class PrincipalKind
    {
        Anonymous,
        Root,
        SandboxUser,
        Arn,
    };
    void setSimulation(PrincipalKind kind, const QString &principal, const QString &action, const QString &key,
                       const QString &sourceIp = QStringLiteral("127.0.0.1"), bool tls = false);
    void simulate();
    const std::optional<Policy::Explanation> &lastExplanation() const { return m_explanation; }
    int highlightedRow() const { return m_highlightedRow; }

    // Widgets, for tests.
    QTableWidget *statementTable() const { return m_table; }
    QTableWidget *conditionTable() const { return m_conditions; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QLabel *jsonErrorLabel() const { return m_jsonError; }
    QLabel *publicBanner() const { return m_banner; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *simPrincipalCombo() const { return m_simPrincipal; }

signals:
    void loaded();
    void applied();
    void applyFailed(const Core::Error &error);
    void deleted();
    void simulationFinished();
    void usersLoaded();

private:
    enum class Origin
    {
        Program,
        Table,
        Json,
    };
    void refresh(Origin origin);
    void rebuildTable();
    void rebuildConditions();
    void handleItemChanged(int row, int column);
    void handleConditionChanged();
    void handleJsonChanged();
    void setLocked(bool locked);
    void setStatus(const QString &text, bool error = false);
    void updateBanner();
    void addStatement();
    void removeStatement();
    void editActions();
    void editResources();
    void chooseTemplate(const QString &templateId);
    void loadUsers();
    void finishSimulation(const std::vector<Policy::Document> &identity);
    void highlightRow(int row);
    int currentStatement() const;

    Client::S3Client &m_client;
    QString m_bucket;
    bool m_sandbox = false;
    EditablePolicy m_policy;
    std::optional<Policy::Document> m_document;
    std::vector<Policy::Diagnostic> m_diagnostics;
    std::optional<Policy::Explanation> m_explanation;
    bool m_loaded = false;
    bool m_jsonValid = true;
    bool m_updating = false;
    bool m_usersLoaded = false;
    bool m_unsupported = false; // the capability probe says the endpoint has no bucket policies
    int m_highlightedRow = -1;
    QPointer<Client::Job> m_job;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_conditions = nullptr;
    QWidget *m_tablePage = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonError = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_delete = nullptr;

    QComboBox *m_simPrincipal = nullptr;
    QLineEdit *m_simArn = nullptr;
    QComboBox *m_simAction = nullptr;
    QLineEdit *m_simKey = nullptr;
    QLineEdit *m_simPrefix = nullptr;
    QLineEdit *m_simIp = nullptr;
    QCheckBox *m_simTls = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_explain = nullptr;
};

} // namespace Gui
