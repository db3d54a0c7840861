#include "ui/settings/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/common/appearance.h"
#include "ui/common/language.h"

namespace Gui {

PreferencesDialog::PreferencesDialog(LanguageManager *language, AppearanceManager *appearance, QWidget *parent)
    : QDialog(parent)
    , m_languageManager {language}
    , m_appearanceManager {appearance}
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString()); // "System default", text set in retranslate()
    for (const LanguageManager::Language &l : LanguageManager::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_schemeLabel = new QLabel(this);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("colorScheme"));
    m_scheme->addItem(QString(), int(AppearanceManager::Scheme::System));
    m_scheme->addItem(QString(), int(AppearanceManager::Scheme::Light));
    m_scheme->addItem(QString(), int(AppearanceManager::Scheme::Dark));
    m_schemeLabel->setBuddy(m_scheme);
    form->addRow(m_schemeLabel, m_scheme);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        applyChoices();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setSelectedLanguage(LanguageManager::savedLanguage());
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(AppearanceManager::savedScheme()))));
    retranslate();
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setSelectedLanguage(const QString &code)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

void PreferencesDialog::applyChoices()
{
    const QString code = selectedLanguage();
    LanguageManager::saveLanguage(code);
    const auto scheme = AppearanceManager::Scheme(m_scheme->currentData().toInt());
    AppearanceManager::saveScheme(scheme);
    if (m_appearanceManager)
        m_appearanceManager->apply(scheme);
    if (m_languageManager)
        m_languageManager->apply(code);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    QString system = LanguageManager::systemLanguage();
    for (const LanguageManager::Language &l : LanguageManager::availableLanguages()) {
        if (l.code == system)
            system = l.nativeName;
    }
    m_language->setItemText(0, tr("System default (%1)").arg(system));
    m_schemeLabel->setText(tr("&Colours:"));
    m_scheme->setItemText(0, tr("Follow the system"));
    m_scheme->setItemText(1, tr("Light"));
    m_scheme->setItemText(2, tr("Dark"));
    if (m_languageManager) {
        m_note->setText(tr("A new language applies at once to the menus, the toolbar, the status bar and the column "
                           "headers. Panels and dialogs that are already open, and the details pane, show it after "
                           "Pail is restarted."));
    } else {
        m_note->setText(tr("The language applies after Pail is restarted."));
    }
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Gui
