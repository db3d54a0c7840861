// Keys from a server are hostile: a folder download, sync or drag-out must never write outside
// the folder the user chose, whatever the key says.
#include <QTest>

#include "engine/transfer/localpath.h"
#include "engine/transfer/syncplanner.h"

using Transfer::localPathForKey;

class TestLocalPath : public QObject
{
    Q_OBJECT
private slots:
    void plainKeys();
    void emptySegmentsAreDropped();
    void escapingKeysAreRefused_data();
    void escapingKeysAreRefused();
    void syncFromRemoteLeavesUnsafeKeysOut();
};

void TestLocalPath::plainKeys()
{
    QCOMPARE(*localPathForKey(u"/tmp/dl"_qs, u"a.txt"_qs), u"/tmp/dl/a.txt"_qs);
    QCOMPARE(*localPathForKey(u"/tmp/dl/"_qs, u"photos/2024/cat.jpg"_qs), u"/tmp/dl/photos/2024/cat.jpg"_qs);
    QCOMPARE(*localPathForKey(u"/"_qs, u"x"_qs), u"/x"_qs);
    // Dots inside a name are names, not parent references.
    QCOMPARE(*localPathForKey(u"/d"_qs, u"..hidden/a..b/..."_qs), u"/d/..hidden/a..b/..."_qs);
    QCOMPARE(*localPathForKey(u"/d"_qs, u"\u00e9t\u00e9/\u732b.txt"_qs), u"/d/\u00e9t\u00e9/\u732b.txt"_qs);
}

void TestLocalPath::emptySegmentsAreDropped()
{
    QCOMPARE(*localPathForKey(u"/d"_qs, u"/abs/path"_qs), u"/d/abs/path"_qs);
    QCOMPARE(*localPathForKey(u"/d"_qs, u"a//b"_qs), u"/d/a/b"_qs);
}

void TestLocalPath::escapingKeysAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("parent") << u"../etc/passwd"_qs;
    QTest::newRow("parent inside") << u"a/../../b"_qs;
    QTest::newRow("parent at end") << u"a/.."_qs;
    QTest::newRow("only parent") << u".."_qs;
    QTest::newRow("dot") << u"a/./b"_qs;
    QTest::newRow("nul") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("empty") << QString();
    QTest::newRow("only slashes") << u"///"_qs;
    QTest::newRow("name over 255 bytes") << QString(256, u'x');
    QTest::newRow("multibyte name over 255 bytes") << QString(128, QChar(0x00e9));
}

void TestLocalPath::escapingKeysAreRefused()
{
    QFETCH(QString, key);
    QVERIFY(!localPathForKey(u"/tmp/dl"_qs, key).has_value());
}

void TestLocalPath::syncFromRemoteLeavesUnsafeKeysOut()
{
    QList<S3::ObjectEntry> remote;
    for (const char *key : {"p/ok.txt", "p/../escape.txt", "p/a/../../up.txt", "p/sub/fine.txt"}) {
        S3::ObjectEntry e;
        e.key = QString::fromUtf8(key);
        e.size = 3;
        e.lastModified = QDateTime::currentDateTimeUtc();
        remote.append(e);
    }
    const Transfer::SyncPlan plan = Transfer::computeSyncPlan(Transfer::SyncDirection::RemoteToLocal, u"/tmp/sync-root"_qs,
                                                              {}, u"b"_qs, u"p"_qs, remote, {});
    QStringList paths;
    for (const Transfer::SyncItem &item : plan.items)
        paths.append(item.localPath);
    QCOMPARE(paths, (QStringList {u"/tmp/sync-root/ok.txt"_qs, u"/tmp/sync-root/sub/fine.txt"_qs}));
    QCOMPARE(plan.unsafeKeys, (QStringList {u"p/../escape.txt"_qs, u"p/a/../../up.txt"_qs}));
}

QTEST_GUILESS_MAIN(TestLocalPath)
#include "tst_localpath.moc"
