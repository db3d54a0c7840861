#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTreeView>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include "engine/transfer/listing.h"
#include "sandboxfixture.h"
#include "engine/client/secretstore.h"
#include "ui/browser/bulkactions.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/mainwindow.h"
#include "ui/browser/objectdrag.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/transfers/transfermodel.h"

// Bulk jobs and the restore of a folder to a moment, driven through BulkActions (the preview
// dialog answered like a user) against the in-process sandbox on loopback; results are checked
// by listing the server.
class TestBulkActions : public QObject
{
    Q_OBJECT
private slots:
    void restoreFolderToMoment();
    void bulkDeleteWithFolders();
    void bulkStorageClassAndCopy();
    void bulkJobCancel();
    void dragAndDropCopiesAndMoves();
};

namespace {

using Mode = Gui::BulkPreviewDialog::Mode;

// Waits for the next BulkPreviewDialog, lets `inspect` look at it once counted (it may change
// options), saves a screenshot, then presses Start (or Cancel when `accept` is false).
void answerNextPreview(std::function<void(Gui::BulkPreviewDialog *)> inspect, const QString &shot, bool accept = true)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, inspect, shot, accept] {
        auto *dialog = qobject_cast<Gui::BulkPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isCounted())
            return;
        timer->stop();
        timer->deleteLater();
        inspect(dialog);
        QApplication::processEvents();
        dialog->grab().save(shot);
        QPushButton *button = dialog->buttons()->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel);
        if (button->isEnabled())
            button->click();
        else
            dialog->reject();
    });
    timer->start();
}

QList<S3::ObjectEntry> listAll(TestSupport::SandboxFixture &f, const QString &bucket, const QString &prefix = {})
{
    Transfer::ListAllObjectsJob job(*f.client, bucket, prefix);
    QSignalSpy spy(&job, &Client::Job::finished);
    job.start();
    if (spy.count() == 0 && !spy.wait(20000))
        return {};
    return job.result() ? *job.result() : QList<S3::ObjectEntry> {};
}

QStringList keysOf(const QList<S3::ObjectEntry> &entries)
{
    QStringList keys;
    for (const auto &e : entries)
        keys.append(e.key);
    return keys;
}

QByteArray bytesOf(TestSupport::SandboxFixture &f, const QString &bucket, const QString &key)
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

bool put(TestSupport::SandboxFixture &f, const QString &bucket, const QString &key, const QByteArray &body,
         const QString &storageClass = {})
{
    Client::PutObjectRequest request;
    request.bucket = bucket;
    request.key = key;
    request.body = Client::RequestBody::fromBytes(body);
    request.attributes.storageClass = storageClass;
    return f.run(f.client->putObject(request));
}

} // namespace

void TestBulkActions::restoreFolderToMoment()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("moments");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    S3::VersioningConfiguration versioning;
    versioning.status = S3::VersioningConfiguration::Status::Enabled;
    QVERIFY(f.run(f.client->putBucketVersioning(bucket, versioning)));
    QVERIFY(put(f, bucket, u"dir/changed.txt"_qs, "old bytes"));
    QVERIFY(put(f, bucket, u"dir/deleted.txt"_qs, "deleted later"));
    QVERIFY(put(f, bucket, u"dir/twice-deleted.txt"_qs, "two markers"));
    QVERIFY(put(f, bucket, u"dir/sub/same.txt"_qs, "unchanged"));
    QVERIFY(put(f, bucket, u"dir/changed-then-deleted.txt"_qs, "v1"));
    QVERIFY(put(f, bucket, u"outside.txt"_qs, "outside v1"));
    QTest::qWait(1100); // Last-Modified may have whole seconds
    const QDateTime then = QDateTime::currentDateTimeUtc();
    QTest::qWait(1100);
    QVERIFY(put(f, bucket, u"dir/changed.txt"_qs, "new bytes, longer"));
    QVERIFY(f.run(f.client->deleteObject(bucket, u"dir/deleted.txt"_qs)));
    QVERIFY(f.run(f.client->deleteObject(bucket, u"dir/twice-deleted.txt"_qs)));
    QVERIFY(f.run(f.client->deleteObject(bucket, u"dir/twice-deleted.txt"_qs)));
    QVERIFY(put(f, bucket, u"dir/changed-then-deleted.txt"_qs, "v2"));
    QVERIFY(f.run(f.client->deleteObject(bucket, u"dir/changed-then-deleted.txt"_qs)));
    QVERIFY(put(f, bucket, u"dir/created-later.txt"_qs, "new"));
    QVERIFY(put(f, bucket, u"dir/sub/created-later.txt"_qs, "new too"));
    QVERIFY(put(f, bucket, u"outside.txt"_qs, "outside v2")); // not under dir/: untouched

    QWidget window;
    Gui::TransferModel transfers;
    Gui::BulkActions actions(
        [&] {
            Gui::BulkActions::Target t;
            t.client = f.client.get();
            t.bucket = bucket;
            t.prefix = u"dir/"_qs;
            t.pointInTime = then;
            return t;
        },
        &transfers, &window);
    actions.update();
    QVERIFY(actions.restoreFolderAction()->isEnabled());
    QString summary;
    Transfer::BulkEstimate estimate;
    answerNextPreview(
        [&](Gui::BulkPreviewDialog *d) {
            summary = d->summaryText();
            estimate = d->estimate();
        },
        QStringLiteral("bulk-restore-to-moment.png"));
    QSignalSpy finished(&transfers, &Gui::TransferModel::operationFinished);
    actions.restoreFolderAction()->trigger();
    QVERIFY2(summary.contains(u"2 object(s) come back"), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 object(s) get their old version copied back"), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 object(s) created since are deleted"), qPrintable(summary));
    QCOMPARE(estimate.objects, 6);
    QCOMPARE(estimate.bytes, qint64(QByteArray("old bytes").size() + QByteArray("v1").size()));
    QCOMPARE(estimate.requests, 3); // two CopyObject, one DeleteObjects (3 markers + 2 deletes)
    QCOMPARE(transfers.rowCount(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    QCOMPARE(transfers.state(0), Gui::TransferModel::State::Done);
    QCOMPARE(transfers.index(0, Gui::TransferModel::ProgressColumn).data().toString(), u"100%"_qs);

    // The listing of dir/ now equals the listing at `then`, on the server.
    const QList<S3::ObjectEntry> now = listAll(f, bucket, u"dir/"_qs);
    QCOMPARE(keysOf(now), (QStringList {u"dir/changed-then-deleted.txt"_qs, u"dir/changed.txt"_qs, u"dir/deleted.txt"_qs,
                                       u"dir/sub/same.txt"_qs, u"dir/twice-deleted.txt"_qs}));
    QCOMPARE(bytesOf(f, bucket, u"dir/changed.txt"_qs), QByteArray("old bytes"));
    QCOMPARE(bytesOf(f, bucket, u"dir/changed-then-deleted.txt"_qs), QByteArray("v1"));
    QCOMPARE(bytesOf(f, bucket, u"dir/deleted.txt"_qs), QByteArray("deleted later"));
    QCOMPARE(bytesOf(f, bucket, u"dir/twice-deleted.txt"_qs), QByteArray("two markers"));
    QCOMPARE(bytesOf(f, bucket, u"outside.txt"_qs), QByteArray("outside v2"));
    // Against the point-in-time view computed from the versions (keys, sizes, ETags).
    Transfer::ListAllVersionsJob versions(*f.client, bucket, u"dir/"_qs);
    QSignalSpy listed(&versions, &Client::Job::finished);
    versions.start();
    QVERIFY(listed.wait(10000));
    QVERIFY(versions.result().has_value());
    const QList<S3::VersionEntry> atThen = Transfer::versionsAt(*versions.result(), then);
    QCOMPARE(atThen.size(), now.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        QCOMPARE(now.at(i).key, atThen.at(i).key);
        QCOMPARE(now.at(i).size, atThen.at(i).size);
        QCOMPARE(now.at(i).etag, atThen.at(i).etag);
    }

    // A second restore finds nothing to change.
    answerNextPreview([&](Gui::BulkPreviewDialog *d) { summary = d->summaryText(); },
                      QStringLiteral("bulk-restore-nothing.png"), false);
    actions.restoreFolderAction()->trigger();
    QVERIFY2(summary.startsWith(u"Nothing to change"), qPrintable(summary));
    QCOMPARE(transfers.rowCount(), 1);
}

void TestBulkActions::bulkDeleteWithFolders()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("bulk");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    QStringList keys;
    for (int i = 0; i < 1203; ++i)
        keys.append(QStringLiteral("big/%1.txt").arg(i, 5, 10, QLatin1Char('0')));
    QVERIFY(f.putMany(bucket, keys));
    QVERIFY(put(f, bucket, u"a/one.txt"_qs, "12345"));
    QVERIFY(put(f, bucket, u"a/deeper/two.txt"_qs, "123"));
    QVERIFY(put(f, bucket, u"single.txt"_qs, "1234567"));
    QVERIFY(put(f, bucket, u"kept.txt"_qs, "k"));

    QWidget window;
    Gui::TransferModel transfers;
    S3::ObjectEntry single;
    single.key = u"single.txt"_qs;
    single.size = 7;
    Gui::BulkActions actions(
        [&] {
            Gui::BulkActions::Target t;
            t.client = f.client.get();
            t.bucket = bucket;
            t.objects = {single};
            t.prefixes = {u"a/"_qs, u"big/"_qs};
            return t;
        },
        &transfers, &window);
    actions.update();
    QAction *deleteAction = actions.selectionActions().at(0);
    QVERIFY(deleteAction->isEnabled());
    QString summary;
    Transfer::BulkEstimate estimate;
    answerNextPreview(
        [&](Gui::BulkPreviewDialog *d) {
            summary = d->summaryText();
            estimate = d->estimate();
        },
        QStringLiteral("bulk-delete-preview.png"));
    QSignalSpy finished(&transfers, &Gui::TransferModel::operationFinished);
    deleteAction->trigger();
    QCOMPARE(estimate.objects, 1206);
    QCOMPARE(estimate.bytes, 7 + 5 + 3 + 1203);
    QCOMPARE(estimate.requests, 2); // 1206 keys in DeleteObjects calls of at most 1000
    QVERIFY2(summary.contains(u"1206 object(s)"), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 request(s) (after 3 listing request(s))"), qPrintable(summary)); // a/: 1 page, big/: 2
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    QCOMPARE(keysOf(listAll(f, bucket)), QStringList {u"kept.txt"_qs});
}

void TestBulkActions::bulkStorageClassAndCopy()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("classes");
    const QString other = QStringLiteral("other");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    QVERIFY(f.run(f.client->createBucket(other)));
    QVERIFY(put(f, bucket, u"docs/a.txt"_qs, "aaaa"));
    QVERIFY(put(f, bucket, u"docs/sub/b.txt"_qs, "bb"));
    QVERIFY(put(f, bucket, u"docs/ia.txt"_qs, "ia", u"STANDARD_IA"_qs));
    QVERIFY(put(f, bucket, u"docs/cold.txt"_qs, "cold", u"GLACIER"_qs));

    QWidget window;
    Gui::TransferModel transfers;
    Gui::BulkActions actions(
        [&] {
            Gui::BulkActions::Target t;
            t.client = f.client.get();
            t.bucket = bucket;
            t.prefixes = {u"docs/"_qs};
            return t;
        },
        &transfers, &window);
    QSignalSpy finished(&transfers, &Gui::TransferModel::operationFinished);

    // Storage class: the object already in STANDARD_IA is skipped.
    Transfer::BulkEstimate estimate;
    answerNextPreview(
        [&](Gui::BulkPreviewDialog *d) {
            d->storageClassBox()->setCurrentText(u"STANDARD_IA"_qs);
            estimate = d->estimate();
        },
        QStringLiteral("bulk-storageclass-preview.png"));
    actions.selectionActions().at(1)->trigger();
    QCOMPARE(estimate.objects, 2);
    QCOMPARE(estimate.skipped, 2); // already STANDARD_IA, and archived (needs a restore first)
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    for (const S3::ObjectEntry &e : listAll(f, bucket))
        QCOMPARE(e.storageClass, e.key == u"docs/cold.txt" ? u"GLACIER"_qs : u"STANDARD_IA"_qs);

    // Restore from Glacier: only the archived object gets a request.
    answerNextPreview([&](Gui::BulkPreviewDialog *d) { estimate = d->estimate(); },
                      QStringLiteral("bulk-restore-glacier-preview.png"));
    actions.selectionActions().at(3)->trigger();
    QCOMPARE(estimate.objects, 1);
    QCOMPARE(estimate.skipped, 3);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    auto *head = f.client->headObject(bucket, u"docs/cold.txt"_qs);
    QSignalSpy headDone(head, &Client::Job::finished);
    head->start();
    QVERIFY(headDone.wait(10000));
    QVERIFY(head->result().has_value());
    QVERIFY2(head->result()->restore.contains(u"ongoing-request"), qPrintable(head->result()->restore));
    delete head;

    // Copy the folder into another bucket under backup/ (the GLACIER object cannot be read
    // until restored: one failure is reported, the others are copied).
    answerNextPreview(
        [&](Gui::BulkPreviewDialog *d) {
            d->destinationBucketEdit()->setText(bucket);
            d->destinationPrefixEdit()->clear(); // onto itself: refused
            QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            d->destinationBucketEdit()->setText(other);
            d->destinationPrefixEdit()->setText(u"backup"_qs);
            estimate = d->estimate();
        },
        QStringLiteral("bulk-copy-preview.png"));
    actions.selectionActions().at(2)->trigger();
    QCOMPARE(estimate.objects, 4);
    QVERIFY(finished.wait(20000));
    const Core::Error error = finished.last().at(1).value<Core::Error>();
    QVERIFY(error.code != Core::ErrorCode::None);
    QVERIFY2(error.message.contains(u"docs/cold.txt"), qPrintable(error.message));
    QCOMPARE(transfers.state(2), Gui::TransferModel::State::Failed);
    QCOMPARE(keysOf(listAll(f, other)),
             (QStringList {u"backup/docs/a.txt"_qs, u"backup/docs/ia.txt"_qs, u"backup/docs/sub/b.txt"_qs}));
    QCOMPARE(bytesOf(f, other, u"backup/docs/a.txt"_qs), QByteArray("aaaa"));
    QCOMPARE(listAll(f, bucket).size(), 4); // a copy leaves the sources
}

void TestBulkActions::bulkJobCancel()
{
    TestSupport::SandboxFixture f;
    QVERIFY(f.start());
    const QString bucket = QStringLiteral("cancelled");
    QVERIFY(f.run(f.client->createBucket(bucket)));
    QStringList keys;
    for (int i = 0; i < 300; ++i)
        keys.append(QStringLiteral("k/%1").arg(i, 4, 10, QLatin1Char('0')));
    QVERIFY(f.putMany(bucket, keys));
    const QList<S3::ObjectEntry> entries = listAll(f, bucket);
    QCOMPARE(entries.size(), 300);
    Transfer::BulkOptions options;
    options.storageClass = u"STANDARD_IA"_qs;
    const auto plan = Transfer::planBulk(Transfer::BulkAction::ChangeStorageClass, entries, options);
    QCOMPARE(plan.size(), 300);

    Gui::TransferModel transfers;
    QSignalSpy finished(&transfers, &Gui::TransferModel::operationFinished);
    auto pending = std::make_shared<QList<Transfer::BulkOperation>>(plan);
    transfers.addOperation(u"change"_qs, u"300 objects"_qs, [&]() -> Client::Job * {
        auto *job = new Transfer::BulkJob(*f.client, bucket, *pending, options);
        job->setConcurrency(1);
        QObject::connect(job, &Client::Job::finished, job, [job, pending] { *pending = job->remainingOperations(); });
        return job;
    });
    QTRY_VERIFY_WITH_TIMEOUT(transfers.index(0, Gui::TransferModel::ProgressColumn).data(Gui::TransferModel::ProgressRole).toInt() > 0, 20000);
    transfers.cancel(0);
    QCOMPARE(transfers.state(0), Gui::TransferModel::State::Cancelled);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::Cancelled);
    int changed = 0;
    for (const S3::ObjectEntry &e : listAll(f, bucket))
        changed += e.storageClass == u"STANDARD_IA" ? 1 : 0;
    QVERIFY2(changed > 0 && changed < 300, qPrintable(QString::number(changed)));
    // A retry runs only the rest (the request in flight at the cancel may still have landed).
    QVERIFY2(pending->size() == 300 - changed || pending->size() == 301 - changed, qPrintable(QString::number(pending->size())));

    // Retry runs the job again from a fresh one: every object ends in the new class.
    transfers.retry(0);
    QVERIFY(finished.wait(30000));
    QVERIFY2(transfers.state(0) == Gui::TransferModel::State::Done, qPrintable(finished.last().at(1).value<Core::Error>().message));
    for (const S3::ObjectEntry &e : listAll(f, bucket))
        QCOMPARE(e.storageClass, u"STANDARD_IA"_qs);
}

namespace {

// Sends drag enter, move and drop of `mime` at `pos` of `viewport`; returns whether the drop was
// accepted (a refused drop is ignored already at the move).
bool simulateDrop(QWidget *viewport, QMimeData *mime, QPoint pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::DropAction proposed = modifiers.testFlag(Qt::ShiftModifier) ? Qt::MoveAction : Qt::CopyAction;
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
    enter.setDropAction(proposed);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
    move.setDropAction(proposed);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
    drop.setDropAction(proposed);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

QPoint rowCenter(Gui::MainWindow &window, const QString &key)
{
    const int row = window.objectModel()->rowOfKey(key);
    auto *view = window.objectView();
    auto *proxy = view->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        if (index.data(Gui::ObjectListModel::KeyRole).toString() == key)
            return view->visualRect(index).center();
    }
    return QPoint(-1, row);
}

std::unique_ptr<QMimeData> dragOf(Gui::MainWindow &window, const QStringList &keys)
{
    QModelIndexList indexes;
    for (const QString &key : keys)
        indexes.append(window.objectModel()->index(window.objectModel()->rowOfKey(key), 0));
    return std::unique_ptr<QMimeData>(window.objectModel()->mimeData(indexes));
}

} // namespace

void TestBulkActions::dragAndDropCopiesAndMoves()
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

    // A second endpoint: another server, added as a custom connection.
    TestSupport::SandboxFixture remote;
    QVERIFY(remote.start());
    QVERIFY(remote.run(remote.client->createBucket(u"remote"_qs)));
    auto *other = new Gui::Connection(Gui::Connection::Kind::Custom, remote.transport->profile());
    other->attach(remote.transport->profile(), std::make_unique<Client::StaticCredentialsProvider>(Client::Credentials {
                                                    u"TESTKEY"_qs, u"test-secret"_qs, {}, {}}));
    window.connectionModel()->addConnection(other);

    TestSupport::SandboxFixture runner; // only its run() helper
    const QString bucket = u"drag"_qs;
    QVERIFY(runner.run(client->createBucket(bucket)));
    QVERIFY(runner.run(client->createBucket(u"second"_qs)));
    for (const char *key : {"top.txt", "mover.txt", "album/x.txt", "album/deep/y.txt", "dest/keep.txt"}) {
        Client::PutObjectRequest request;
        request.bucket = bucket;
        request.key = QString::fromLatin1(key);
        request.body = Client::RequestBody::fromBytes(QByteArray(key));
        QVERIFY(runner.run(client->putObject(request)));
    }
    window.openLocation(local, bucket, {});
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    QCOMPARE(window.objectModel()->rowCount(), 4); // album/, dest/, mover.txt, top.txt
    QWidget *viewport = window.objectView()->viewport();
    Gui::TransferModel *transfers = window.transferModel();
    QSignalSpy finished(transfers, &Gui::TransferModel::operationFinished);

    // Refused: onto the folder the rows are in (empty area), and a folder onto itself.
    auto mime = dragOf(window, {u"album/"_qs, u"top.txt"_qs});
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(Gui::kObjectsMimeType));
    QVERIFY(!simulateDrop(viewport, mime.get(), QPoint(viewport->width() / 2, viewport->height() - 5)));
    QVERIFY(!simulateDrop(viewport, mime.get(), rowCenter(window, u"album/"_qs)));
    QCOMPARE(transfers->rowCount(), 0);

    // Copy a folder and a file onto the dest/ folder row: server-side copies, sources stay.
    QVERIFY(simulateDrop(viewport, mime.get(), rowCenter(window, u"dest/"_qs)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    Transfer::ListAllObjectsJob listing(*client, bucket, {});
    QSignalSpy listed(&listing, &Client::Job::finished);
    listing.start();
    QVERIFY(listed.wait(10000));
    QCOMPARE(keysOf(*listing.result()),
             (QStringList {u"album/deep/y.txt"_qs, u"album/x.txt"_qs, u"dest/album/deep/y.txt"_qs, u"dest/album/x.txt"_qs,
                           u"dest/keep.txt"_qs, u"dest/top.txt"_qs, u"mover.txt"_qs, u"top.txt"_qs}));

    // Shift = move: mover.txt onto dest/ (copied, then the source deleted).
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    auto moving = dragOf(window, {u"mover.txt"_qs});
    QVERIFY(simulateDrop(viewport, moving.get(), rowCenter(window, u"dest/"_qs), Qt::ShiftModifier));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    QTRY_VERIFY_WITH_TIMEOUT(window.objectModel()->rowOfKey(u"mover.txt"_qs) < 0, 10000);

    // Onto a bucket of the same connection in the sidebar (server-side), and onto a bucket of
    // the other connection (streamed between the endpoints).
    QTRY_COMPARE_WITH_TIMEOUT(window.objectModel()->state(), Gui::ObjectListModel::State::Complete, 10000);
    window.connectionModel()->refreshBuckets(local);
    window.connectionModel()->refreshBuckets(other);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionModel()->indexOf(local, u"second"_qs).isValid(), 10000);
    window.sidebar()->expandAll();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionModel()->indexOf(other, u"remote"_qs).isValid(), 10000);
    window.sidebar()->expandAll();
    QWidget *side = window.sidebar()->viewport();
    auto albumDrag = dragOf(window, {u"album/"_qs, u"top.txt"_qs});
    const QModelIndex second = window.connectionModel()->indexOf(local, u"second"_qs);
    QVERIFY(simulateDrop(side, albumDrag.get(), window.sidebar()->visualRect(second).center()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    const QModelIndex remoteBucket = window.connectionModel()->indexOf(other, u"remote"_qs);
    QVERIFY(simulateDrop(side, albumDrag.get(), window.sidebar()->visualRect(remoteBucket).center()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).value<Core::Error>().code, Core::ErrorCode::None);
    // The sidebar refuses the rows' own bucket top level (the folder they are in).
    const QModelIndex own = window.connectionModel()->indexOf(local, bucket);
    QVERIFY(!simulateDrop(side, albumDrag.get(), window.sidebar()->visualRect(own).center()));
    QCOMPARE(transfers->rowCount(), 4);

    Transfer::ListAllObjectsJob secondListing(*client, u"second"_qs, {});
    QSignalSpy secondListed(&secondListing, &Client::Job::finished);
    secondListing.start();
    QVERIFY(secondListed.wait(10000));
    const QStringList copied {u"album/deep/y.txt"_qs, u"album/x.txt"_qs, u"top.txt"_qs};
    QCOMPARE(keysOf(*secondListing.result()), copied);
    QCOMPARE(keysOf(listAll(remote, u"remote"_qs)), copied);
    QCOMPARE(bytesOf(remote, u"remote"_qs, u"album/deep/y.txt"_qs), QByteArray("album/deep/y.txt"));

    // Out to the desktop: the file URLs are rendered when asked for, by downloading.
    auto outward = dragOf(window, {u"top.txt"_qs});
    auto *delayed = qobject_cast<Gui::ObjectDragMimeData *>(outward.get());
    QVERIFY(delayed);
    QVERIFY(delayed->downloadFolder().isEmpty()); // nothing downloaded by starting the drag
    QVERIFY(outward->text().contains(u"X-Amz-Signature"));
    const QList<QUrl> urls = outward->urls();
    QCOMPARE(urls.size(), 1);
    QVERIFY(urls.first().isLocalFile());
    QFile downloaded(urls.first().toLocalFile());
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QCOMPARE(downloaded.readAll(), QByteArray("top.txt"));
    QDir(delayed->downloadFolder()).removeRecursively();
    // A dragged folder comes out as a folder with its tree.
    auto folderOut = dragOf(window, {u"album/"_qs, u"top.txt"_qs});
    auto *folderMime = qobject_cast<Gui::ObjectDragMimeData *>(folderOut.get());
    QVERIFY(folderMime);
    QStringList names;
    for (const QUrl &url : folderOut->urls()) {
        QVERIFY(url.isLocalFile());
        names.append(QFileInfo(url.toLocalFile()).fileName());
    }
    names.sort();
    QCOMPARE(names, (QStringList {u"album"_qs, u"top.txt"_qs}));
    QFile deep(folderMime->downloadFolder() + u"/album/deep/y.txt"_qs);
    QVERIFY(deep.open(QIODevice::ReadOnly));
    QCOMPARE(deep.readAll(), QByteArray("album/deep/y.txt"));
    QFile shallow(folderMime->downloadFolder() + u"/album/x.txt"_qs);
    QVERIFY(shallow.open(QIODevice::ReadOnly));
    QCOMPARE(shallow.readAll(), QByteArray("album/x.txt"));
    QDir(folderMime->downloadFolder()).removeRecursively();

    // The main window offers "Restore Folder to This Moment..." only in the Browse-at-Date view.
    QAction *restore = window.bulkActions()->restoreFolderAction();
    QVERIFY(!restore->isEnabled());
    QVERIFY(window.menuBar()->findChild<QMenu *>(u"viewMenu"_qs)->actions().contains(restore));
    window.objectModel()->setPointInTime(QDateTime::currentDateTimeUtc());
    QTRY_VERIFY_WITH_TIMEOUT(restore->isEnabled(), 10000);
    window.objectModel()->setPointInTime({});
    QTRY_VERIFY_WITH_TIMEOUT(!restore->isEnabled(), 10000);
    QVERIFY(window.grab().save(QStringLiteral("drag-and-drop-mainwindow.png")));
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
