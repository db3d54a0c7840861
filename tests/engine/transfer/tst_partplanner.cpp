#include <QTest>

#include "engine/s3/checksum.h"
#include "engine/transfer/partplanner.h"
#include "engine/transfer/syncplanner.h"

using namespace Transfer;

// Part-size computation, piece splitting, ETag helpers and the sync comparison (pure logic).
class TestPartPlanner : public QObject
{
    Q_OBJECT

private slots:
    void partSize_data()
    {
        QTest::addColumn<qint64>("fileSize");
        QTest::addColumn<qint64>("configured");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("small") << qint64(20 * kMiB) << qint64(8 * kMiB) << qint64(8 * kMiB);
        QTest::newRow("below minimum") << qint64(20 * kMiB) << qint64(kMiB) << qint64(5 * kMiB);
        QTest::newRow("exactly 10000 parts") << qint64(10000 * 8 * kMiB) << qint64(8 * kMiB) << qint64(8 * kMiB);
        QTest::newRow("one byte over") << qint64(10000 * 8 * kMiB + 1) << qint64(8 * kMiB) << qint64(16 * kMiB);
        QTest::newRow("80 GiB") << qint64(80 * 1024 * kMiB) << qint64(8 * kMiB) << qint64(16 * kMiB);
        QTest::newRow("5 TiB") << kMaxObjectSize << qint64(8 * kMiB) << qint64(1024 * kMiB);
        QTest::newRow("5 TiB from 5 MiB") << kMaxObjectSize << qint64(5 * kMiB) << qint64(640 * kMiB);
    }

    void partSize()
    {
        QFETCH(qint64, fileSize);
        QFETCH(qint64, configured);
        QFETCH(qint64, expected);
        const qint64 size = partSizeFor(fileSize, configured);
        QCOMPARE(size, expected);
        QVERIFY(size >= kMinPartSize);
        QVERIFY(size <= kMaxPartSize);
        QVERIFY((fileSize + size - 1) / size <= kMaxParts);
    }

    void fiveTebibytesFit()
    {
        const qint64 size = partSizeFor(kMaxObjectSize, 8 * kMiB);
        const QList<Piece> pieces = splitIntoPieces(kMaxObjectSize, size);
        QVERIFY(pieces.size() <= kMaxParts);
        QCOMPARE(pieces.last().offset + pieces.last().length, kMaxObjectSize);
    }

    void split()
    {
        QCOMPARE(splitIntoPieces(0, 5), (QList<Piece>{{0, 0}}));
        QCOMPARE(splitIntoPieces(12, 5), (QList<Piece>{{0, 5}, {5, 5}, {10, 2}}));
        QCOMPARE(splitIntoPieces(10, 5), (QList<Piece>{{0, 5}, {5, 5}}));
    }

    void etags()
    {
        QCOMPARE(normalizedEtag(u"\"ABCDEF\""_qs), u"abcdef"_qs);
        QVERIFY(isSinglePartEtag(u"\"d41d8cd98f00b204e9800998ecf8427e\""_qs));
        QVERIFY(!isSinglePartEtag(u"\"d41d8cd98f00b204e9800998ecf8427e-2\""_qs));
        QCOMPARE(etagPartCount(u"\"d41d8cd98f00b204e9800998ecf8427e-12\""_qs), 12);
        QCOMPARE(etagPartCount(u"\"d41d8cd98f00b204e9800998ecf8427e\""_qs), 0);
        const QByteArray a = S3::md5("part one"), b = S3::md5("part two");
        QCOMPARE(multipartEtag({a, b}), QString::fromLatin1(S3::md5(a + b).toHex()) + u"-2"_qs);
    }

    void syncPlan()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QList<LocalEntry> local{
            {u"a.txt"_qs, 10, t0},
            {u"same.txt"_qs, 5, t0},
            {u"newer.txt"_qs, 5, t0.addSecs(100)},
            {u"sub/new.bin"_qs, 7, t0},
        };
        const auto obj = [&](const QString &key, qint64 size, QDateTime modified) {
            S3::ObjectEntry e;
            e.key = key;
            e.size = size;
            e.lastModified = modified;
            return e;
        };
        const QList<S3::ObjectEntry> remote{
            obj(u"p/a.txt"_qs, 11, t0.addSecs(50)),
            obj(u"p/same.txt"_qs, 5, t0.addSecs(10)),
            obj(u"p/newer.txt"_qs, 5, t0),
            obj(u"p/extra.txt"_qs, 3, t0),
            obj(u"p/folder/"_qs, 0, t0),
        };
        SyncPlan up = computeSyncPlan(SyncDirection::LocalToRemote, u"/tmp/x"_qs, local, u"b"_qs, u"p"_qs, remote, {});
        QStringList got;
        for (const SyncItem &i : up.items)
            got << syncActionName(i.action) + u' ' + i.key + u' ' + i.reason;
        QCOMPARE(got, (QStringList{u"upload p/a.txt size"_qs, u"upload p/newer.txt newer"_qs, u"upload p/sub/new.bin new"_qs}));

        up = computeSyncPlan(SyncDirection::LocalToRemote, u"/tmp/x"_qs, local, u"b"_qs, u"p/"_qs, remote, {true});
        QCOMPARE(up.items.size(), 4);
        QCOMPARE(up.items.at(1).action, SyncAction::DeleteRemote);
        QCOMPARE(up.items.at(1).key, u"p/extra.txt"_qs);

        SyncPlan down = computeSyncPlan(SyncDirection::RemoteToLocal, u"/tmp/x"_qs, local, u"b"_qs, u"p"_qs, remote, {true});
        got.clear();
        for (const SyncItem &i : down.items)
            got << syncActionName(i.action) + u' ' + i.relativePath + u' ' + i.reason;
        QCOMPARE(got, (QStringList{u"download a.txt size"_qs, u"download extra.txt new"_qs, u"download same.txt newer"_qs,
                                   u"delete sub/new.bin extra"_qs}));
        QCOMPARE(down.items.last().localPath, u"/tmp/x/sub/new.bin"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPartPlanner)
#include "tst_partplanner.moc"
