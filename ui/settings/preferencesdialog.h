#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Gui {

class AppearanceManager;
class LanguageManager;

// Edit > Preferences: the interface language (follow the system or a shipped language) and the
// colour scheme (follow the system, light, dark). Both are stored in QSettings when the user
// presses OK and applied at once through the managers; without a manager the choice is saved
// and applies at the next start, and the dialog says so.
// GUI thread; owned by its parent. The managers are not owned and may be null.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(LanguageManager *language, AppearanceManager *appearance, QWidget *parent = nullptr);

    // The language code chosen in the combo box ("" = follow the system).
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &code);
    QComboBox *languageBox() const { return m_language; }

    // Saves and applies the choices (what OK does).
    void applyChoices();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LanguageManager *m_languageManager = nullptr;
    AppearanceManager *m_appearanceManager = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_schemeLabel = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Gui
