#pragma once

#include <QList>
#include <QWidget>

#include "engine/lifecycle/lifecycleconfiguration.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Gui {

// The form for one lifecycle rule: ID, status, filter (prefix, tags, object size range), transitions,
// expiration, noncurrent transitions/expiration and the multipart-upload abort. setRule() fills it,
// rule() reads it back (keeping what the form cannot show, such as a legacy rule-level Prefix), and
// setIssues() marks the fields the engine's validator complains about (red frame + the validator's text
// as tooltip). Emits changed() on every user edit, never from setRule().
// Lives in the GUI thread; owned by its parent widget.
class LifecycleRuleForm final : public QWidget
{
    Q_OBJECT
public:
    explicit LifecycleRuleForm(QWidget *parent = nullptr);

    void setRule(const Lifecycle::Rule &rule);
    Lifecycle::Rule rule() const;

    // Issues of this rule only (Issue::field starts with "Rules[i]"). An empty list clears the marks.
    void setIssues(const QList<Lifecycle::Issue> &issues);
    // The widget that shows a field path such as "Transitions[0].Days" (without "Rules[i]."), for tests.
    QWidget *widgetForField(const QString &field) const;

    // Widgets, for tests and for the dialog.
    QLineEdit *idEdit() const { return m_id; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QTableWidget *tagsTable() const { return m_tags; }
    QTableWidget *transitionsTable() const { return m_transitions; }
    QTableWidget *noncurrentTransitionsTable() const { return m_noncurrentTransitions; }
    QComboBox *expirationMode() const { return m_expirationMode; }
    QSpinBox *expirationDays() const { return m_expirationDays; }
    QCheckBox *abortBox() const { return m_abort; }
    QSpinBox *abortDays() const { return m_abortDays; }

    // Rows of the tables (also used by the buttons).
    void addTag(const QString &key = {}, const QString &value = {});
    void addTransition(std::optional<int> days, std::optional<QDate> date, const QString &storageClass);
    void addNoncurrentTransition(std::optional<int> days, const QString &storageClass, std::optional<int> newer);

signals:
    void changed();

private:
    void emitChanged();
    void updateEnabledState();
    void markInvalid(QWidget *widget, const QString &text);
    QComboBox *classCombo(const QString &current);

    Lifecycle::Rule m_original;
    bool m_loading = false;
    QList<QWidget *> m_marked;

    QLineEdit *m_id = nullptr;
    QCheckBox *m_enabled = nullptr;
    QGroupBox *m_filterGroup = nullptr;
    QLineEdit *m_prefix = nullptr;
    QTableWidget *m_tags = nullptr;
    QCheckBox *m_sizeMinOn = nullptr;
    QDoubleSpinBox *m_sizeMin = nullptr;
    QComboBox *m_sizeMinUnit = nullptr;
    QCheckBox *m_sizeMaxOn = nullptr;
    QDoubleSpinBox *m_sizeMax = nullptr;
    QComboBox *m_sizeMaxUnit = nullptr;
    QTableWidget *m_transitions = nullptr;
    QGroupBox *m_expirationGroup = nullptr;
    QComboBox *m_expirationMode = nullptr;
    QSpinBox *m_expirationDays = nullptr;
    QDateEdit *m_expirationDate = nullptr;
    QCheckBox *m_expiredMarkers = nullptr;
    QTableWidget *m_noncurrentTransitions = nullptr;
    QGroupBox *m_noncurrentExpirationGroup = nullptr;
    QCheckBox *m_noncurrentExpire = nullptr;
    QSpinBox *m_noncurrentDays = nullptr;
    QSpinBox *m_noncurrentNewer = nullptr;
    QCheckBox *m_abort = nullptr;
    QSpinBox *m_abortDays = nullptr;
};

} // namespace Gui
