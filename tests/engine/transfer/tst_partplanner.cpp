#include <QFile>
#include <QTemporaryDir>
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

    // --checksum: equal sizes are compared by content where it is known, by time where not.
    void syncByChecksum()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QList<LocalEntry> local{{u"differs.txt"_qs, 4, t0},            // older, other bytes
                                      {u"same.txt"_qs, 4, t0.addSecs(600)},   // newer, same bytes
                                      {u"unknown.txt"_qs, 4, t0.addSecs(600)}}; // newer, no comparison
        QList<S3::ObjectEntry> remote;
        for (const QString &name : {u"differs.txt"_qs, u"same.txt"_qs, u"unknown.txt"_qs}) {
            S3::ObjectEntry e;
            e.key = u"p/"_qs + name;
            e.size = 4;
            e.lastModified = t0.addSecs(60);
            remote.append(e);
        }
        const QHash<QString, bool> same{{u"differs.txt"_qs, false}, {u"same.txt"_qs, true}};
        SyncOptions options;
        options.compareChecksums = true;
        const auto steps = [](const SyncPlan &plan) {
            QStringList got;
            for (const SyncItem &i : plan.items)
                got << syncActionName(i.action) + u' ' + i.relativePath + u' ' + i.reason;
            return got;
        };
        QCOMPARE(steps(computeSyncPlan(SyncDirection::LocalToRemote, u"/x"_qs, local, u"b"_qs, u"p"_qs, remote, options, same)),
                 (QStringList{u"upload differs.txt checksum"_qs, u"upload unknown.txt newer"_qs}));
        QCOMPARE(steps(computeSyncPlan(SyncDirection::RemoteToLocal, u"/x"_qs, local, u"b"_qs, u"p"_qs, remote, options, same)),
                 (QStringList{u"download differs.txt checksum"_qs}));
        // Without --checksum the comparison is ignored: times decide.
        QCOMPARE(steps(computeSyncPlan(SyncDirection::LocalToRemote, u"/x"_qs, local, u"b"_qs, u"p"_qs, remote, {}, same)),
                 (QStringList{u"upload same.txt newer"_qs, u"upload unknown.txt newer"_qs}));

        // Remote to remote: ETags. Equal: nothing; two plain MD5s that differ: copy; a multipart
        // one that differs: times.
        const auto obj = [&](const QString &key, const QString &etag, QDateTime modified) {
            S3::ObjectEntry e;
            e.key = key;
            e.size = 10;
            e.etag = etag;
            e.lastModified = modified;
            return e;
        };
        const QString md5a = u"\"0123456789abcdef0123456789abcdef\""_qs;
        const QString md5b = u"\"fedcba9876543210fedcba9876543210\""_qs;
        const QList<S3::ObjectEntry> src{obj(u"s/eq"_qs, md5a, t0.addSecs(100)), obj(u"s/md5"_qs, md5a, t0),
                                         obj(u"s/mp"_qs, u"\"0123456789abcdef0123456789abcdef-2\""_qs, t0)};
        const QList<S3::ObjectEntry> dst{obj(u"d/eq"_qs, md5a, t0), obj(u"d/md5"_qs, md5b, t0.addSecs(100)),
                                         obj(u"d/mp"_qs, md5b, t0.addSecs(100))};
        QStringList got;
        for (const SyncItem &i : computeRemoteSyncPlan(u"b"_qs, u"s"_qs, src, u"b"_qs, u"d"_qs, dst, options).items)
            got << i.relativePath + u' ' + i.reason;
        QCOMPARE(got, (QStringList{u"md5 checksum"_qs}));
    }

    void fileMatchesEtagOfItsBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray data(11 * kMiB + 5, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) >> 3);
        const QString path = dir.filePath(u"f.bin"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
        f.close();
        const QString plain = u"\""_qs + QString::fromLatin1(S3::md5(data).toHex()) + u"\""_qs;
        QList<QByteArray> parts5;
        for (qint64 off = 0; off < data.size(); off += 5 * kMiB)
            parts5.append(S3::md5(data.mid(off, 5 * kMiB)));
        QCOMPARE(fileMatchesEtag(path, data.size(), plain), std::optional<bool>(true));
        QCOMPARE(fileMatchesEtag(path, data.size(), u"\"0123456789abcdef0123456789abcdef\""_qs), std::optional<bool>(false));
        QCOMPARE(fileMatchesEtag(path, data.size(), multipartEtag(parts5)), std::optional<bool>(true)); // 5 MiB parts, 3 of them
        QList<QByteArray> parts3 = parts5;
        parts3[1] = S3::md5("something else");
        QCOMPARE(fileMatchesEtag(path, data.size(), multipartEtag(parts3)), std::nullopt); // another part size, maybe
        QCOMPARE(fileMatchesEtag(path, data.size(), u"not-an-etag"_qs), std::nullopt);
        QCOMPARE(fileMatchesEtag(dir.filePath(u"missing"_qs), data.size(), plain), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPartPlanner)
#include "tst_partplanner.moc"
