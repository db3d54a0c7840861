#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include "tests/ui/browser/sandboxfixture.h"
#include "ui/browser/objectlistmodel.h"

using Gui::ObjectListModel;

class TestObjectListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstPageThenFetchMore();
    void foldersFromDelimiter();
    void prefixChangeMidFetchDropsStalePage();
    void filterPrefixGoesToServer();
    void upsertAndRemove();
    void dragOutOffersPresignedUrls();

private:
    TestSupport::SandboxFixture m_sandbox;
};

void TestObjectListModel::initTestCase()
{
    QVERIFY(m_sandbox.dir.isValid());
    QVERIFY(m_sandbox.start());
    QVERIFY(m_sandbox.run(m_sandbox.client->createBucket(QStringLiteral("big"))));
    QStringList keys;
    for (int i = 0; i < 2500; ++i)
        keys.append(QStringLiteral("key-%1").arg(i, 5, 10, QLatin1Char('0')));
    for (int i = 0; i < 30; ++i)
        keys.append(QStringLiteral("dir-%1/inner.txt").arg(i, 2, 10, QLatin1Char('0')));
    keys.append(QStringLiteral("dir-00/deeper/x.txt"));
    QVERIFY(m_sandbox.putMany(QStringLiteral("big"), keys));
}

void TestObjectListModel::firstPageThenFetchMore()
{
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setLocation(QStringLiteral("big"), {});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1000, 10000);
    QCOMPARE(inserted.count(), 1); // one beginInsertRows per page
    QCOMPARE(model.state(), ObjectListModel::State::HasMore);
    QVERIFY(model.canFetchMore({}));
    // 30 folders sort before "key-": they are in the first page.
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("dir-00"));
    QVERIFY(model.data(model.index(0, 0), ObjectListModel::IsFolderRole).toBool());
    QCOMPARE(model.rowOfKey(QStringLiteral("key-00000")), 30);

    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2000, 10000);
    QCOMPARE(inserted.count(), 2);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 2530);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowOfKey(QStringLiteral("key-02499")), 2529);
    // Key order survives across pages.
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.rowAt(i - 1).key < model.rowAt(i).key);
}

void TestObjectListModel::foldersFromDelimiter()
{
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-00/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).name, QStringLiteral("deeper"));
    QVERIFY(model.rowAt(0).isFolder);
    QCOMPARE(model.rowAt(0).key, QStringLiteral("dir-00/deeper/"));
    QCOMPARE(model.rowAt(1).name, QStringLiteral("inner.txt"));
    QCOMPARE(model.rowAt(1).size, 1);
    QVERIFY(!model.data(model.index(1, ObjectListModel::ModifiedColumn)).toString().isEmpty());
}

void TestObjectListModel::prefixChangeMidFetchDropsStalePage()
{
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), {});
    QCOMPARE(model.state(), ObjectListModel::State::Fetching);
    // Change location while the root page is in flight.
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-01/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowAt(0).key, QStringLiteral("dir-01/inner.txt"));
    // Let any stale reply arrive; it must not land.
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 1);

    // Same while fetching a later page.
    model.setPageSize(100);
    model.setLocation(QStringLiteral("big"), {});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QTRY_COMPARE(model.state(), ObjectListModel::State::HasMore);
    model.fetchMore({});
    QCOMPARE(model.state(), ObjectListModel::State::Fetching);
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-02/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowAt(0).key, QStringLiteral("dir-02/inner.txt"));
}

void TestObjectListModel::filterPrefixGoesToServer()
{
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), {});
    model.setFilterPrefix(QStringLiteral("key-0249"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowAt(0).name, QStringLiteral("key-02490"));
}

void TestObjectListModel::upsertAndRemove()
{
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-03/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    S3::ObjectEntry entry;
    entry.key = QStringLiteral("dir-03/a.txt");
    entry.size = 5;
    model.upsertObject(entry);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).key, QStringLiteral("dir-03/a.txt"));
    QCOMPARE(model.rowOfKey(QStringLiteral("dir-03/inner.txt")), 1);
    entry.key = QStringLiteral("dir-03/sub/b.txt");
    model.upsertObject(entry);
    QCOMPARE(model.rowOfKey(QStringLiteral("dir-03/sub/")), 2);
    model.removeKeys({QStringLiteral("dir-03/a.txt")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(QStringLiteral("dir-03/inner.txt")), 0);
}

void TestObjectListModel::dragOutOffersPresignedUrls()
{
    ObjectListModel model;
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-04/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0)}));
    QVERIFY(mime);
    // Presigned URLs as text for a browser; the file URLs (downloaded on request) for a file
    // manager are checked in tst_bulkactions.
    QVERIFY(mime->hasFormat(QStringLiteral("text/uri-list")));
    QVERIFY(mime->text().contains(QStringLiteral("X-Amz-Signature")));
}

QTEST_MAIN(TestObjectListModel)
#include "tst_objectlistmodel.moc"
