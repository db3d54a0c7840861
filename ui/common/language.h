#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace Gui {

// Installs the translators of the user interface: Pail's own messages (":/i18n/pail_<lang>.qm",
// built from translations/*.ts and embedded in pail_ui) and Qt's standard dialogs
// (qtbase_<lang>.qm from Qt's translations directory). The language follows the system locale
// unless the user picked one in Preferences (QSettings key "ui/language"; empty = system).
// apply() works at any time: QCoreApplication then sends QEvent::LanguageChange to every
// widget, and windows retranslate their menus, actions and headers.
// Lives in the GUI thread; created by main() (or a test) after the QApplication and passed to
// the windows that need it; not a singleton. Removes its translators when destroyed.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       // "de", "zh_CN"; "en" is the source language
        QString nativeName; // "Deutsch", "简体中文"
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages Pail ships, English first.
    static QList<Language> availableLanguages();
    // The saved override ("" = follow the system).
    static QString savedLanguage();
    static void saveLanguage(const QString &code);
    // The shipped language that the system locale asks for ("en" when none fits).
    static QString systemLanguage();

    // Installs the translators for code ("" = the system's language) and makes QLocale's
    // default match, so that sizes, dates and numbers follow. Returns false when code names no
    // shipped language (English is then used).
    bool apply(const QString &code);
    // The language in effect after the last apply() ("en" before any).
    QString currentLanguage() const { return m_current; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace Gui
