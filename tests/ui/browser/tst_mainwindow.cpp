#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "engine/client/secretstore.h"
#include "ui/browser/bucketactions.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/createbucketdialog.h"
#include "ui/browser/mainwindow.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/lifecycle/lifecycleeditordialog.h"
#include "ui/policy/policyeditordialog.h"
#include "ui/settings/bucketsettingsdialog.h"
#include "ui/share/sharedialog.h"
#include "ui/transfers/transfermodel.h"

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void firstStartCreateBucketAndDrop();
    void sandboxKeysPersistWithPrivateMode();
};

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

void TestMainWindow::firstStartCreateBucketAndDrop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Gui::SandboxController sandbox;
    sandbox.start(dir.filePath(QStringLiteral("sandbox")));
    Client::InMemorySecretStore secrets;
    Gui::MainWindow::Options options;
    options.sandbox = &sandbox;
    options.secrets = &secrets;
    options.profileDir = dir.filePath(QStringLiteral("config"));
    options.loadAwsProfiles = false;
    Gui::MainWindow window(options);
    QAbstractItemModelTester connectionTester(window.connectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester objectTester(window.objectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester transferTester(window.transferModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The sandbox connection is there and selected from the start.
    QCOMPARE(window.connectionModel()->connectionCount(), 1);
    Gui::Connection *local = window.connectionModel()->connectionAt(0);
    QCOMPARE(local->kind(), Gui::Connection::Kind::Sandbox);
    QCOMPARE(window.currentConnection(), local);
    QCOMPARE(window.sidebar()->currentIndex(), window.connectionModel()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(local->state(), Gui::Connection::State::Ready, 20000);
    QVERIFY(sandbox.endpoint().host() == u"127.0.0.1");

    // Create a bucket through the UI action and its dialog.
    QTRY_VERIFY(window.createBucketAction()->isEnabled());
    window.createBucketAction()->trigger();
    Gui::CreateBucketDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<Gui::CreateBucketDialog *>()) != nullptr);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("photos"));
    QCOMPARE(dialog->feedback(), QStringLiteral("This name is valid."));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentBucket(), QStringLiteral("photos"), 10000);
    QVERIFY(window.connectionModel()->indexOf(local, QStringLiteral("photos")).isValid());
    QTRY_COMPARE(window.objectModel()->state(), Gui::ObjectListModel::State::Complete);

    // Drop a file and a folder on the object table.
    const QString file = dir.filePath(QStringLiteral("local/hello.txt"));
    writeFile(file, "hello, sandbox\n");
    writeFile(dir.filePath(QStringLiteral("local/album/2024/cat.txt")), "meow");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(dir.filePath(QStringLiteral("local/album")))});
    QWidget *viewport = window.objectView()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());

    QTRY_VERIFY_WITH_TIMEOUT(window.objectModel()->rowOfKey(QStringLiteral("hello.txt")) >= 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.objectModel()->rowOfKey(QStringLiteral("album/")) >= 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.transferModel()->rowCount(), 2, 10000);
    for (int row = 0; row < 2; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(window.transferModel()->state(row), Gui::TransferModel::State::Done, 20000);

    // Relist from the server: the nested key kept its relative path.
    window.openLocation(local, QStringLiteral("photos"), QStringLiteral("album/2024/"));
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    QCOMPARE(window.objectModel()->rowCount(), 1);
    QCOMPARE(window.objectModel()->rowAt(0).key, QStringLiteral("album/2024/cat.txt"));
    window.openLocation(local, QStringLiteral("photos"), {});
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    QCOMPARE(window.objectModel()->rowCount(), 2);
    window.objectView()->setCurrentIndex(window.objectView()->model()->index(1, 0));
    // The details pane answers the selection with a (debounced) HEAD.
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(window.findChildren<QLabel *>(),
                                                 [](QLabel *l) { return l->text() == u"Storage class:"; }),
                             10000);

    // The Bucket menu opens the editors for the current bucket and the selected object.
    Gui::BucketActions *bucketActions = window.bucketActions();
    QVERIFY(window.menuBar()->actions().contains(bucketActions->menu()->menuAction()));
    bucketActions->update();
    for (QAction *action : bucketActions->bucketActions())
        QVERIFY(action->isEnabled());
    QCOMPARE(bucketActions->shareAction()->isEnabled(),
             !window.objectModel()->rowAt(1).isFolder); // one file selected
    bucketActions->bucketActions().at(1)->trigger();
    auto *policy = window.findChild<Gui::PolicyEditorDialog *>();
    QVERIFY(policy);
    QVERIFY(policy->windowTitle().contains(QStringLiteral("photos")));
    QTRY_VERIFY_WITH_TIMEOUT(policy->isLoaded(), 10000);
    bucketActions->bucketActions().at(2)->trigger();
    QVERIFY(window.findChild<Gui::BucketSettingsDialog *>());
    bucketActions->bucketActions().at(0)->trigger();
    QVERIFY(window.findChild<Gui::LifecycleEditorDialog *>());
    if (bucketActions->shareAction()->isEnabled()) {
        bucketActions->shareAction()->trigger();
        QVERIFY(window.findChild<Gui::ShareDialog *>());
    }
    for (QDialog *d : window.findChildren<QDialog *>())
        d->close();

    const QPixmap shot = window.grab();
    QVERIFY(shot.save(dir.filePath(QStringLiteral("mainwindow.png"))));
    QVERIFY(shot.save(QStringLiteral("/tmp/pail-screenshot.png")));
}

void TestMainWindow::sandboxKeysPersistWithPrivateMode()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("sb"));
    auto first = Gui::SandboxController::loadOrCreateCredentials(data);
    QVERIFY(first.has_value());
    QVERIFY(first->isValid());
    auto second = Gui::SandboxController::loadOrCreateCredentials(data);
    QVERIFY(second.has_value());
    QCOMPARE(*second, *first);
    const QFile::Permissions perms = QFile::permissions(data + QStringLiteral("/sandbox-credentials"));
    QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
