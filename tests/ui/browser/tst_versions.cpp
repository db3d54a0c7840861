#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "sandboxfixture.h"
#include "ui/browser/detailspane.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/mainwindow.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/sandboxcontroller.h"
#include "engine/client/secretstore.h"
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QAbstractItemModelTester>

// The versions list of the details pane against the in-process sandbox on loopback.
class TestVersions : public QObject
{
    Q_OBJECT
private slots:
    void restoreDownloadDeleteVersion();
    void versionsModeListsPagedWithDeleteMarkers();
    void deleteOnVersionedBucketAndUndo();
    void pointInTimeView();
};

namespace {

QByteArray currentBytes(TestSupport::SandboxFixture &f, const QString &bucket, const QString &key)
{
    Client::GetObjectRequest request;
    request.bucket = bucket;
    request.key = key;
    auto *job = f.client->getObject(request);
    QSignalSpy spy(job, &Client::Job::finished);
    job->start();
    if (spy.count() == 0 && !spy.wait(10000))
        return "<timeout>";
    const QByteArray data = job->result() ? job->result()->data : QByteArray("<error>");
    delete job;
    return data;
}

} // namespace

void TestVersions::restoreDownloadDeleteVersion()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("versioned");
    const QString key = QStringLiteral("docs/report.txt");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    S3::VersioningConfiguration versioning;
    versioning.status = S3::VersioningConfiguration::Status::Enabled;
    QVERIFY(f.run(f.client->putBucketVersioning(bucket, versioning)));
    for (const QByteArray &body : {QByteArray("first draft"), QByteArray("second draft, longer")}) {
        Client::PutObjectRequest put;
        put.bucket = bucket;
        put.key = key;
        put.body = Client::RequestBody::fromBytes(body);
        QVERIFY(f.run(f.client->putObject(put)));
    }
    // A key that only starts with ours must not show up in its versions.
    Client::PutObjectRequest other;
    other.bucket = bucket;
    other.key = key + QStringLiteral(".bak");
    other.body = Client::RequestBody::fromBytes("other");
    QVERIFY(f.run(f.client->putObject(other)));
    QCOMPARE(currentBytes(f, bucket, key), QByteArray("second draft, longer"));

    Gui::DetailsPane pane;
    pane.resize(420, 600);
    pane.show();
    QSignalSpy loaded(&pane, &Gui::DetailsPane::versionsLoaded);
    pane.showObject(f.client.get(), bucket, key);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toInt(), 2);
    QTreeWidget *list = pane.versionList();
    QVERIFY(list->isVisible());
    QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("latest")));
    const QString oldId = pane.versionIdAt(1);
    QVERIFY(!oldId.isEmpty());

    // Download the older version.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.txt"));
    pane.downloadVersion(oldId, path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() == 11, 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("first draft"));

    // Restore it through the button: its bytes become the latest.
    list->setCurrentItem(list->topLevelItem(1));
    QPushButton *restore = nullptr;
    for (QPushButton *b : pane.findChildren<QPushButton *>())
        if (b->text() == u"Restore as latest")
            restore = b;
    QVERIFY(restore);
    QVERIFY(restore->isEnabled());
    QSignalSpy changed(&pane, &Gui::DetailsPane::objectChanged);
    loaded.clear();
    restore->click();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.last().at(1).toString(), key);
    QCOMPARE(currentBytes(f, bucket, key), QByteArray("first draft"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toInt(), 3);
    QCOMPARE(pane.versionIdAt(2), oldId); // the old version is still there, now a copy is latest
    QVERIFY(pane.versionIdAt(0) != oldId);
    const QPixmap shot = pane.grab();
    QVERIFY(shot.save(QStringLiteral("versions-pane.png")));

    // Delete the restored copy: the "second draft" is the latest again.
    loaded.clear();
    pane.deleteVersion(pane.versionIdAt(0));
    QVERIFY(changed.wait(10000));
    QCOMPARE(currentBytes(f, bucket, key), QByteArray("second draft, longer"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toInt(), 2);
}

void TestVersions::versionsModeListsPagedWithDeleteMarkers()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("history");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    S3::VersioningConfiguration versioning;
    versioning.status = S3::VersioningConfiguration::Status::Enabled;
    QVERIFY(f.run(f.client->putBucketVersioning(bucket, versioning)));
    for (const char *key : {"a.txt", "a.txt", "b.txt", "folder/c.txt"}) {
        Client::PutObjectRequest put;
        put.bucket = bucket;
        put.key = QString::fromLatin1(key);
        put.body = Client::RequestBody::fromBytes(QByteArray(key));
        QVERIFY(f.run(f.client->putObject(put)));
    }
    QVERIFY(f.run(f.client->deleteObject(bucket, QStringLiteral("b.txt")))); // a delete marker

    Gui::ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    model.setPageSize(2);
    model.setLocation(bucket, {});
    QTRY_VERIFY(model.state() == Gui::ObjectListModel::State::Complete || model.state() == Gui::ObjectListModel::State::HasMore);
    while (model.state() != Gui::ObjectListModel::State::Complete) {
        QTRY_VERIFY(model.state() != Gui::ObjectListModel::State::Fetching);
        QVERIFY(model.state() != Gui::ObjectListModel::State::Failed);
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 2); // a.txt and folder/ (b.txt is deleted)

    model.setShowVersions(true);
    int pages = 0;
    QSignalSpy pageSpy(&model, &Gui::ObjectListModel::pageLoaded);
    QTRY_VERIFY(model.state() != Gui::ObjectListModel::State::Fetching);
    while (model.state() == Gui::ObjectListModel::State::HasMore) {
        model.fetchMore({});
        QTRY_VERIFY(model.state() != Gui::ObjectListModel::State::Fetching);
    }
    pages = int(pageSpy.count());
    QCOMPARE(model.state(), Gui::ObjectListModel::State::Complete);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // 5 entries in pages of 2: lazily paged
    QCOMPARE(model.rowCount(), 5);
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.append(model.rowAt(r).key);
    QCOMPARE(keys, (QStringList {u"a.txt"_qs, u"a.txt"_qs, u"b.txt"_qs, u"b.txt"_qs, u"folder/"_qs}));
    QVERIFY(model.rowAt(0).isLatest);
    QVERIFY(!model.rowAt(1).isLatest);
    QVERIFY(model.rowAt(0).versionId != model.rowAt(1).versionId);
    QVERIFY(model.rowAt(2).isDeleteMarker);
    QVERIFY(model.rowAt(2).isLatest);
    QVERIFY(!model.rowAt(3).isDeleteMarker);
    QVERIFY(model.rowAt(4).isFolder);
    QCOMPARE(model.rowOfKey(u"a.txt"_qs), 0); // the newest row of a key
    QCOMPARE(model.index(2, Gui::ObjectListModel::NameColumn).data().toString(), u"b.txt (delete marker)"_qs);
    QCOMPARE(model.index(1, Gui::ObjectListModel::NameColumn).data().toString(), u"a.txt (older version)"_qs);
    QCOMPARE(model.index(1, 0).data(Gui::ObjectListModel::VersionIdRole).toString(), model.rowAt(1).versionId);

    model.setShowVersions(false);
    QTRY_COMPARE(model.state(), Gui::ObjectListModel::State::Complete);
    QCOMPARE(model.rowCount(), 2);
}

namespace {

// Answers the next modal message box with Yes and returns its text through `text`.
void answerNextQuestion(QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        timer->stop();
        timer->deleteLater();
        box->button(QMessageBox::Yes)->click();
    });
    timer->start();
}

Core::Result<S3::ListVersionsResult> versionsOf(Client::S3Client *client, const QString &bucket, const QString &key)
{
    Client::ListVersionsRequest request;
    request.bucket = bucket;
    request.prefix = key;
    auto *job = client->listObjectVersions(request);
    QSignalSpy spy(job, &Client::Job::finished);
    job->start();
    if (spy.count() == 0)
        (void)spy.wait(10000);
    auto result = job->result();
    delete job;
    return result;
}

} // namespace

void TestVersions::deleteOnVersionedBucketAndUndo()
{
    QTemporaryDir dir;
    Gui::SandboxController sandbox;
    sandbox.start(dir.filePath(QStringLiteral("sandbox")));
    Client::InMemorySecretStore secrets;
    Gui::MainWindow::Options options;
    options.sandbox = &sandbox;
    options.secrets = &secrets;
    options.profileDir = dir.filePath(QStringLiteral("config"));
    options.loadAwsProfiles = false;
    Gui::MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Gui::Connection *local = window.connectionModel()->connectionAt(0);
    QTRY_COMPARE_WITH_TIMEOUT(local->state(), Gui::Connection::State::Ready, 20000);
    Client::S3Client *client = local->client();
    const QString bucket = QStringLiteral("kept");
    TestSupport::SandboxFixture runner; // only its run() helper
    QVERIFY(runner.run(client->createBucket(bucket)));
    S3::VersioningConfiguration versioning;
    versioning.status = S3::VersioningConfiguration::Status::Enabled;
    QVERIFY(runner.run(client->putBucketVersioning(bucket, versioning)));
    for (const QString &key : {u"one.txt"_qs, u"two.txt"_qs}) {
        Client::PutObjectRequest put;
        put.bucket = bucket;
        put.key = key;
        put.body = Client::RequestBody::fromBytes(key.toUtf8());
        QVERIFY(runner.run(client->putObject(put)));
    }
    window.openLocation(local, bucket, {});
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    QCOMPARE(window.objectModel()->rowCount(), 2);

    // Delete both: the confirmation says delete markers will be made.
    window.objectView()->selectAll();
    QString question;
    answerNextQuestion(&question);
    window.deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->rowCount(), 0, 10000);
    QVERIFY2(question.contains(u"delete marker"), qPrintable(question));
    QTRY_VERIFY(window.undoAction()->isEnabled());
    auto versions = versionsOf(client, bucket, u"one.txt"_qs);
    QVERIFY(versions.has_value());
    QCOMPARE(versions->entries.size(), 2);
    QVERIFY(versions->entries.at(0).isDeleteMarker);

    // Someone removes the marker of two.txt already; Undo removes the other and skips it.
    auto twoVersions = versionsOf(client, bucket, u"two.txt"_qs);
    QVERIFY(twoVersions.has_value() && twoVersions->entries.at(0).isDeleteMarker);
    QVERIFY(runner.run(client->deleteObject(bucket, u"two.txt"_qs, twoVersions->entries.at(0).versionId)));
    window.undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->rowCount(), 2, 10000);
    QVERIFY(!window.undoAction()->isEnabled());
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"already gone"));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Restored 1 object"), qPrintable(window.statusBar()->currentMessage()));
    versions = versionsOf(client, bucket, u"one.txt"_qs);
    QVERIFY(versions.has_value());
    QCOMPARE(versions->entries.size(), 1);
    QVERIFY(!versions->entries.at(0).isDeleteMarker);
    QVERIFY(versions->entries.at(0).isLatest);

    // A large transfer (threshold lowered) notifies when it ends: no tray offscreen, so the status bar.
    window.setLargeTransferThreshold(1000);
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'b'));
    file.close();
    window.uploadPaths({big}, {});
    QTRY_VERIFY_WITH_TIMEOUT(window.lastNotification().startsWith(u"Upload finished: big.bin"), 20000);
    QCOMPARE(window.statusBar()->currentMessage(), window.lastNotification());
    QVERIFY(window.grab().save(QStringLiteral("versions-mainwindow.png")));
}

void TestVersions::pointInTimeView()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("travel");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    S3::VersioningConfiguration versioning;
    versioning.status = S3::VersioningConfiguration::Status::Enabled;
    QVERIFY(f.run(f.client->putBucketVersioning(bucket, versioning)));
    auto put = [&](const QString &key, const QByteArray &body) {
        Client::PutObjectRequest request;
        request.bucket = bucket;
        request.key = key;
        request.body = Client::RequestBody::fromBytes(body);
        return f.run(f.client->putObject(request));
    };
    QVERIFY(put(u"dir/x.txt"_qs, "old"));
    QVERIFY(put(u"dir/gone.txt"_qs, "gone"));
    QVERIFY(put(u"dir/sub/y.txt"_qs, "y"));
    QTest::qWait(1100); // Last-Modified may have whole seconds
    const QDateTime then = QDateTime::currentDateTimeUtc();
    QTest::qWait(1100);
    QVERIFY(put(u"dir/x.txt"_qs, "newer bytes"));
    QVERIFY(f.run(f.client->deleteObject(bucket, u"dir/gone.txt"_qs)));
    QVERIFY(put(u"dir/new.txt"_qs, "new"));

    Gui::ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    model.setPageSize(1); // versions of x.txt straddle pages
    model.setPointInTime(then);
    model.setLocation(bucket, u"dir/"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), Gui::ObjectListModel::State::Complete, 10000);
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.append(model.rowAt(r).key);
    QCOMPARE(keys, (QStringList {u"dir/gone.txt"_qs, u"dir/sub/"_qs, u"dir/x.txt"_qs}));
    QCOMPARE(model.rowAt(2).size, 3); // "old"
    QVERIFY(!model.rowAt(2).isLatest);

    model.setPointInTime({});
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != Gui::ObjectListModel::State::Fetching, 10000);
    while (model.state() == Gui::ObjectListModel::State::HasMore) {
        model.fetchMore({});
        QTRY_VERIFY(model.state() != Gui::ObjectListModel::State::Fetching);
    }
    keys.clear();
    for (int r = 0; r < model.rowCount(); ++r)
        keys.append(model.rowAt(r).key);
    QCOMPARE(keys, (QStringList {u"dir/new.txt"_qs, u"dir/sub/"_qs, u"dir/x.txt"_qs}));
}

QTEST_MAIN(TestVersions)
#include "tst_versions.moc"
