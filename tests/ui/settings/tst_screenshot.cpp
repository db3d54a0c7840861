#include <algorithm>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "engine/client/secretstore.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/mainwindow.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/common/appearance.h"
#include "ui/transfers/transfermodel.h"

// The main window on the local sandbox with a bucket of a few objects, rendered offscreen with
// QWidget::grab(): the picture the README shows. Checks that the window renders what the model
// holds; PAIL_SCREENSHOT_OUT names a file to keep the picture in.
class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void mainWindowOnSandbox();
};

void TestScreenshot::mainWindowOnSandbox()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Gui::AppearanceManager appearance;
    appearance.apply(Gui::AppearanceManager::Scheme::Light);
    Gui::SandboxController sandbox;
    sandbox.start(dir.filePath(QStringLiteral("sandbox")));
    Client::InMemorySecretStore secrets;
    Gui::MainWindow::Options options;
    options.sandbox = &sandbox;
    options.secrets = &secrets;
    options.profileDir = dir.filePath(QStringLiteral("config"));
    options.loadAwsProfiles = false;
    Gui::MainWindow window(options);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Gui::Connection *local = window.connectionModel()->connectionAt(0);
    QTRY_COMPARE_WITH_TIMEOUT(local->state(), Gui::Connection::State::Ready, 20000);

    window.createBucket(QStringLiteral("holiday-photos"));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentBucket(), QStringLiteral("holiday-photos"), 10000);
    const QList<std::pair<QString, int>> files {
        {QStringLiteral("beach.jpg"), 2'480'000}, {QStringLiteral("harbour-at-night.jpg"), 3'150'000},
        {QStringLiteral("itinerary.pdf"), 184'000},  {QStringLiteral("notes.txt"), 2'300},
        {QStringLiteral("albums/2024/lighthouse.png"), 910'000},
    };
    QStringList paths;
    for (const auto &[name, size] : files) {
        const QString path = dir.filePath(QStringLiteral("local/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(size, 'x'));
    }
    for (const QString &entry : QDir(dir.filePath(QStringLiteral("local"))).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        paths.append(dir.filePath(QStringLiteral("local/") + entry));
    window.uploadPaths(paths, {});
    QTRY_COMPARE_WITH_TIMEOUT(window.transferModel()->rowCount(), 5, 20000);
    for (int row = 0; row < window.transferModel()->rowCount(); ++row)
        QTRY_COMPARE_WITH_TIMEOUT(window.transferModel()->state(row), Gui::TransferModel::State::Done, 30000);

    window.openLocation(local, QStringLiteral("holiday-photos"), {});
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    QCOMPARE(window.objectModel()->rowCount(), 5); // albums/ and four files
    window.sidebar()->expandAll();
    window.objectView()->setCurrentIndex(window.objectView()->model()->index(1, 0));
    // The details pane answers the selection with a (debounced) HEAD.
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(window.findChildren<QLabel *>(),
                                                 [](QLabel *l) { return l->text() == u"Storage class:"; }),
                             10000);

    const QPixmap shot = window.grab();
    QCOMPARE(shot.size(), window.size() * shot.devicePixelRatio());
    // Something was drawn: the picture is not one flat colour.
    const QImage image = shot.toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
    QVERIFY(shot.save(dir.filePath(QStringLiteral("main-window.png"))));
    const QString out = qEnvironmentVariable("PAIL_SCREENSHOT_OUT");
    if (!out.isEmpty())
        QVERIFY(shot.save(out));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
