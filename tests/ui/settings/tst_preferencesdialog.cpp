#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "ui/common/aboutdialog.h"
#include "ui/common/appearance.h"
#include "ui/common/language.h"
#include "ui/settings/preferencesdialog.h"

// Preferences (language and colours saved in QSettings and applied at once), the About dialog
// (versions and licences) and the palettes.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void languageIsSavedAndApplied();
    void withoutManagerSaysRestart();
    void colourSchemes_data();
    void colourSchemes();
    void aboutShowsVersionsAndLicences();
    void ownIconsAreEmbedded_data();
    void ownIconsAreEmbedded();

private:
    QTemporaryDir m_dir;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PailTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    // Settings go to a temporary folder, never the user's.
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

void TestPreferencesDialog::languageIsSavedAndApplied()
{
    Gui::LanguageManager language;
    Gui::AppearanceManager appearance;
    Gui::PreferencesDialog dialog(&language, &appearance);
    QCOMPARE(dialog.selectedLanguage(), QString()); // follows the system by default
    QVERIFY(dialog.languageBox()->itemText(0).contains(u'('));

    dialog.setSelectedLanguage(QStringLiteral("fr"));
    QSignalSpy changed(&language, &Gui::LanguageManager::languageChanged);
    dialog.applyChoices();
    QCOMPARE(Gui::LanguageManager::savedLanguage(), QStringLiteral("fr"));
    QCOMPARE(language.currentLanguage(), QStringLiteral("fr"));
    QCOMPARE(changed.count(), 1);
    // The dialog itself follows the change.
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Préférences"));
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("note"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("redémarrage")), qPrintable(note->text()));

    // A new dialog shows the saved choice; "System default" removes the override.
    Gui::PreferencesDialog again(&language, &appearance);
    QCOMPARE(again.selectedLanguage(), QStringLiteral("fr"));
    again.setSelectedLanguage(QString());
    again.applyChoices();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(language.currentLanguage(), Gui::LanguageManager::systemLanguage());
}

void TestPreferencesDialog::withoutManagerSaysRestart()
{
    Gui::LanguageManager language;
    language.apply(QStringLiteral("en"));
    Gui::PreferencesDialog dialog(nullptr, nullptr);
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("note"));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("The language applies after Pail is restarted."));
    dialog.setSelectedLanguage(QStringLiteral("de"));
    dialog.applyChoices();
    QCOMPARE(Gui::LanguageManager::savedLanguage(), QStringLiteral("de"));
    QCOMPARE(language.currentLanguage(), QStringLiteral("en")); // nothing applied live
    Gui::LanguageManager::saveLanguage({});
}

void TestPreferencesDialog::colourSchemes_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << int(Gui::AppearanceManager::Scheme::Light) << false;
    QTest::newRow("dark") << int(Gui::AppearanceManager::Scheme::Dark) << true;
}

void TestPreferencesDialog::colourSchemes()
{
    QFETCH(int, scheme);
    QFETCH(bool, dark);
    Gui::AppearanceManager appearance;
    appearance.apply(Gui::AppearanceManager::Scheme(scheme));
    QCOMPARE(appearance.isDark(), dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QPalette palette = QApplication::palette();
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    QCOMPARE(darkWindow, dark);
    // Text stays readable on its background in both schemes.
    QVERIFY(qAbs(palette.color(QPalette::Text).lightness() - palette.color(QPalette::Base).lightness()) > 120);
    QVERIFY(qAbs(palette.color(QPalette::WindowText).lightness() - palette.color(QPalette::Window).lightness()) > 120);

    Gui::AppearanceManager::saveScheme(Gui::AppearanceManager::Scheme(scheme));
    QCOMPARE(int(Gui::AppearanceManager::savedScheme()), scheme);
    Gui::AppearanceManager::saveScheme(Gui::AppearanceManager::Scheme::System);
    QCOMPARE(Gui::AppearanceManager::savedScheme(), Gui::AppearanceManager::Scheme::System);
}

void TestPreferencesDialog::aboutShowsVersionsAndLicences()
{
    Gui::LanguageManager language;
    language.apply(QStringLiteral("en"));
    Gui::AboutDialog dialog;
    const auto *components = dialog.findChild<QTextBrowser *>(QStringLiteral("components"));
    QVERIFY(components);
    const QString text = components->toPlainText();
    QVERIFY2(text.contains(QStringLiteral(PAIL_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(Gui::AboutDialog::openSslVersion().startsWith(u"OpenSSL 3"));
    QVERIFY2(text.contains(Gui::AboutDialog::openSslVersion()), qPrintable(text));
    QVERIFY(Gui::AboutDialog::sqliteVersion().startsWith(u"3."));
    QVERIFY2(text.contains(Gui::AboutDialog::sqliteVersion()), qPrintable(text));
    for (const auto licence : {u"GPL-3.0-or-later", u"LGPL-3.0-only", u"Apache-2.0", u"BSL-1.0"})
        QVERIFY2(text.contains(licence), qPrintable(text));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Pail"));
}

void TestPreferencesDialog::ownIconsAreEmbedded_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"io.pail.Pail", "bucket-new", "delete", "download", "link", "preferences", "refresh", "upload"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPreferencesDialog::ownIconsAreEmbedded()
{
    QFETCH(QString, name);
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    QVERIFY(!icon.isNull());
    // Renders at the sizes a desktop asks for, through Qt's SVG icon engine.
    for (int size : {16, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.width(), size);
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y)
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(painted, qPrintable(name));
    }
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
