#include "ui/common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Gui {

namespace {

constexpr auto kSettingsKey = "ui/language";

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    // Native names, so that a user who cannot read the current language finds their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(QLatin1StringView(kSettingsKey)).toString();
}

void LanguageManager::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1StringView(kSettingsKey));
    else
        settings.setValue(QLatin1StringView(kSettingsKey), code);
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages() is the user's ordered preference ("de-AT", "de", "en-US", ...).
    const QList<Language> shipped = availableLanguages();
    for (QString wanted : QLocale::system().uiLanguages()) {
        wanted.replace(u'-', u'_');
        for (const Language &language : shipped) {
            if (wanted.compare(language.code, Qt::CaseInsensitive) == 0)
                return language.code;
        }
        // "zh_Hans_CN" and "zh_CN" both mean Simplified Chinese; "de_AT" falls back to "de".
        const QLocale locale(wanted);
        if (locale.language() == QLocale::Chinese) {
            if (locale.script() == QLocale::SimplifiedChineseScript || locale.territory() == QLocale::China
                || locale.territory() == QLocale::Singapore)
                return QStringLiteral("zh_CN");
            continue; // Traditional Chinese is not shipped
        }
        const QString base = wanted.section(u'_', 0, 0);
        for (const Language &language : shipped) {
            if (base.compare(language.code, Qt::CaseInsensitive) == 0)
                return language.code;
        }
    }
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
}

bool LanguageManager::apply(const QString &code)
{
    QString wanted = code.isEmpty() ? systemLanguage() : code;
    bool known = false;
    for (const Language &language : availableLanguages())
        known = known || language.code == wanted;
    if (!known)
        wanted = QStringLiteral("en");

    removeTranslators();
    if (wanted != u"en") {
        auto *app = new QTranslator(this);
        if (app->load(QStringLiteral(":/i18n/pail_%1.qm").arg(wanted))) {
            m_app = app;
            QCoreApplication::installTranslator(m_app);
        } else {
            delete app;
        }
        // Standard dialogs and context menus (QFileDialog, QMessageBox buttons, QLineEdit).
        auto *qt = new QTranslator(this);
        if (qt->load(QStringLiteral("qtbase_%1").arg(wanted), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt;
            QCoreApplication::installTranslator(m_qt);
        } else {
            delete qt;
        }
    }

    // Formatting follows the chosen language; an explicit choice keeps the system's territory
    // when it speaks that language (de with de_AT gives Austrian dates).
    if (code.isEmpty())
        QLocale::setDefault(QLocale::system());
    else if (QLocale::system().name().startsWith(wanted.section(u'_', 0, 0)))
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(wanted));

    const bool changed = m_current != wanted;
    m_current = wanted;
    if (changed)
        emit languageChanged(m_current);
    return known;
}

} // namespace Gui
