#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

#include "ui/browser/mainwindow.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/common/format.h"
#include "ui/common/language.h"

// Switching the interface language: at start-up and live, through LanguageManager, with the
// main window retranslating its menus, actions and headers on QEvent::LanguageChange.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsInGerman();
    void switchesLiveAndBack();
    void systemLanguageMapsLocales();
    void unknownLanguageFallsBackToEnglish();

private:
    QStringList menuTitles(const Gui::MainWindow &window) const;
    std::unique_ptr<Gui::MainWindow> makeWindow();
    QTemporaryDir m_dir;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QStringList TestLanguageSwitch::menuTitles(const Gui::MainWindow &window) const
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

std::unique_ptr<Gui::MainWindow> TestLanguageSwitch::makeWindow()
{
    Gui::MainWindow::Options options;
    options.profileDir = m_dir.filePath(QStringLiteral("config"));
    options.loadAwsProfiles = false;
    options.loadSavedProfiles = false;
    return std::make_unique<Gui::MainWindow>(options);
}

void TestLanguageSwitch::startsInGerman()
{
    Gui::LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("de")));
    QCOMPARE(language.currentLanguage(), QStringLiteral("de"));
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QCOMPARE(menuTitles(*window),
             QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("B&ucket"),
                          QStringLiteral("&Ansicht"),
                          QStringLiteral("&Hilfe")}));
    QCOMPARE(window->createBucketAction()->text(), QStringLiteral("&Bucket erstellen..."));
    QCOMPARE(window->objectModel()->headerData(Gui::ObjectListModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Größe"));
    // Qt's own strings (standard buttons) come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // Numbers follow the language: a German decimal comma.
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QVERIFY2(Gui::formatSize(1536).contains(u','), qPrintable(Gui::formatSize(1536)));
}

void TestLanguageSwitch::switchesLiveAndBack()
{
    Gui::LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("en")));
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(menuTitles(*window).first(), QStringLiteral("&File"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Pail"));

    QSignalSpy headers(window->objectModel(), &QAbstractItemModel::headerDataChanged);
    QVERIFY(language.apply(QStringLiteral("de")));
    QTRY_COMPARE(menuTitles(*window).first(), QStringLiteral("&Datei"));
    QCOMPARE(menuTitles(*window).last(), QStringLiteral("&Hilfe"));
    QVERIFY(headers.count() >= 1);
    const auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(toolBar->windowTitle(), QStringLiteral("Hauptleiste"));

    QVERIFY(language.apply(QStringLiteral("ja")));
    QTRY_COMPARE(menuTitles(*window).first(), QStringLiteral("ファイル(&F)"));

    QVERIFY(language.apply(QStringLiteral("en")));
    QTRY_COMPARE(menuTitles(*window).first(), QStringLiteral("&File"));
    QCOMPARE(window->createBucketAction()->text(), QStringLiteral("Create &Bucket..."));
}

void TestLanguageSwitch::systemLanguageMapsLocales()
{
    // The mapping is done on QLocale::system(); only check that it names a shipped language.
    const QString system = Gui::LanguageManager::systemLanguage();
    bool shipped = false;
    for (const auto &l : Gui::LanguageManager::availableLanguages())
        shipped = shipped || l.code == system;
    QVERIFY2(shipped, qPrintable(system));
    QCOMPARE(Gui::LanguageManager::availableLanguages().size(), 6);
}

void TestLanguageSwitch::unknownLanguageFallsBackToEnglish()
{
    Gui::LanguageManager language;
    QVERIFY(!language.apply(QStringLiteral("tlh")));
    QCOMPARE(language.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Gui::MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
