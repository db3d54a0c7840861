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
    void packedRowsRoundTrip();
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

void TestObjectListModel::packedRowsRoundTrip()
{
    // Rows are stored packed (UTF-8 key, binary ETag, storage class index, ms time): every
    // field must come back exactly as it went in.
    ObjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_sandbox.client.get());
    model.setLocation(QStringLiteral("big"), QStringLiteral("dir-04/"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ObjectListModel::State::Complete, 10000);
    QCOMPARE(model.rowCount(), 1);
    // From the server: a quoted MD5 ETag and a time.
    const QString listedEtag = model.index(0, ObjectListModel::EtagColumn).data().toString();
    QCOMPARE(listedEtag.size(), 34);
    QVERIFY(listedEtag.startsWith(u'"') && listedEtag.endsWith(u'"'));
    QCOMPARE(model.rowAt(0).etag, listedEtag);
    QVERIFY(model.rowAt(0).lastModified.isValid());

    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    S3::ObjectEntry multipart;
    multipart.key = QString::fromUtf8("dir-04/\xc3\xbcn\xc3\xaf \xe2\x82\xac.txt");
    multipart.size = 123456789012;
    multipart.etag = QStringLiteral("\"0123456789abcdef0123456789abcdef-12\"");
    multipart.storageClass = QStringLiteral("GLACIER");
    multipart.lastModified = when;
    model.upsertObject(multipart);
    S3::ObjectEntry odd;
    odd.key = QStringLiteral("dir-04/a.txt");
    odd.etag = QStringLiteral("0123456789ABCDEF0123456789ABCDEF"); // upper case: kept as text
    odd.storageClass = QStringLiteral("SOME_NEW_CLASS");
    model.upsertObject(odd);
    S3::ObjectEntry plain;
    plain.key = QStringLiteral("dir-04/b.txt");
    plain.etag = QStringLiteral("00ff00ff00ff00ff00ff00ff00ff00ff"); // no quotes, no parts
    model.upsertObject(plain);
    QCOMPARE(model.rowCount(), 4);
    // UTF-8 byte order (as S3): "a" < "b" < "inner" < "\xc3\xbc..."
    QCOMPARE(model.rowOfKey(odd.key), 0);
    QCOMPARE(model.rowOfKey(plain.key), 1);
    QCOMPARE(model.rowOfKey(QStringLiteral("dir-04/inner.txt")), 2);
    QCOMPARE(model.rowOfKey(multipart.key), 3);
    QCOMPARE(model.rowOfKey(QStringLiteral("dir-04/missing")), -1);

    const ObjectListModel::Row row = model.rowAt(3);
    QCOMPARE(row.key, multipart.key);
    QCOMPARE(row.name, QString::fromUtf8("\xc3\xbcn\xc3\xaf \xe2\x82\xac.txt"));
    QCOMPARE(row.size, multipart.size);
    QCOMPARE(row.etag, multipart.etag);
    QCOMPARE(row.storageClass, multipart.storageClass);
    QCOMPARE(row.lastModified, when);
    QCOMPARE(row.lastModified.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QVERIFY(!row.isFolder);
    QCOMPARE(model.keyAt(3), multipart.key);
    QCOMPARE(model.sizeAt(3), multipart.size);
    QCOMPARE(model.index(3, ObjectListModel::NameColumn).data().toString(), row.name);
    QCOMPARE(model.index(3, ObjectListModel::EtagColumn).data().toString(), multipart.etag);
    QCOMPARE(model.index(3, ObjectListModel::StorageClassColumn).data().toString(), QStringLiteral("GLACIER"));
    QCOMPARE(model.index(3, ObjectListModel::ModifiedColumn).data(ObjectListModel::SortRole).toDateTime(), when);
    QCOMPARE(model.index(3, ObjectListModel::SizeColumn).data(ObjectListModel::SortRole).toLongLong(), multipart.size);
    QCOMPARE(model.index(3, 0).data(ObjectListModel::KeyRole).toString(), multipart.key);

    QCOMPARE(model.rowAt(0).etag, odd.etag);
    QCOMPARE(model.rowAt(0).storageClass, odd.storageClass);
    QVERIFY(!model.rowAt(0).lastModified.isValid());
    QCOMPARE(model.index(0, ObjectListModel::ModifiedColumn).data().toString(), QString());
    QCOMPARE(model.rowAt(1).etag, plain.etag);
    QCOMPARE(model.index(1, ObjectListModel::StorageClassColumn).data().toString(), QStringLiteral("STANDARD"));

    // Replacing a row in place keeps the order and takes the new values.
    plain.size = 7;
    plain.etag = QStringLiteral("\"not-an-md5\"");
    model.upsertObject(plain);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowAt(1).size, 7);
    QCOMPARE(model.rowAt(1).etag, plain.etag);
    model.removeKeys({odd.key, multipart.key});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).key, plain.key);
    QCOMPARE(model.rowAt(1).key, QStringLiteral("dir-04/inner.txt"));
    QCOMPARE(model.rowAt(1).etag, listedEtag);
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
