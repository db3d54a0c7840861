#include <atomic>
#include <thread>
#include <vector>

#include <QTemporaryDir>
#include <QTest>

#include "engine/store/store.h"

using Core::ErrorCode;
using namespace Qt::StringLiterals;

// The latest-version cache behind Store::openObject()/headObject() (engine/store/latestcache_p.h):
// after every kind of change a read answers what a fresh database read would, with bodies stored
// in files and in rows, and a reader never sees a version older than one whose write has
// returned.
class TestLatestCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    int m_run = 0;

    Store::Store &store() { return *m_store; }

    void open(qint64 inlineMax, bool sync = false)
    {
        Store::Store::Options o;
        o.sync = sync;
        o.inlineMax = inlineMax;
        auto s = Store::Store::open(m_dir.path() + u"/data-"_s + QString::number(++m_run), o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        m_store = std::move(*s);
    }

    Core::Result<Store::VersionInfo> put(const QString &bucket, const QByteArray &key, const QByteArray &data,
                                         const Store::ObjectMeta &meta = {})
    {
        auto w = store().beginWrite();
        if (!w)
            return std::unexpected(w.error());
        if (auto s = (*w)->write(data); !s)
            return std::unexpected(s.error());
        return store().putObject(bucket, key, std::move(*w), meta);
    }

    // The body of the latest version, or the error code.
    QByteArray get(const QString &bucket, const QByteArray &key)
    {
        auto r = store().openObject(bucket, key);
        if (!r)
            return "error:" + QByteArray::number(int(r.error().code));
        auto all = (*r)->readAll();
        return all ? *all : QByteArray("read failed");
    }
    static QByteArray error(ErrorCode code) { return "error:" + QByteArray::number(int(code)); }

    void makeBucket(const QString &name)
    {
        auto b = store().createBucket({name, u"owner"_s, u"us-east-1"_s});
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_store.reset(); }

    void neverStale_data()
    {
        QTest::addColumn<qint64>("inlineMax");
        QTest::newRow("data files") << qint64(0);
        QTest::newRow("inline bodies") << qint64(64 * 1024);
    }

    void neverStale()
    {
        QFETCH(qint64, inlineMax);
        open(inlineMax);
        makeBucket(u"bkt"_s);

        // A read fills the cache; the next one answers from it.
        QVERIFY(put(u"bkt"_s, "k", "one"));
        QCOMPARE(store().cachedLatestCount(), std::size_t(0));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("one"));
        QCOMPARE(store().cachedLatestCount(), std::size_t(1));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("one"));

        // Overwrite.
        QVERIFY(put(u"bkt"_s, "k", "two"));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("two"));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->size, 3);

        // Metadata changes of the latest version: tags, ACL, storage class, restore state.
        QVERIFY(store().putObjectTags(u"bkt"_s, "k", {}, {{u"t"_s, u"1"_s}}));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->meta.tags.size(), 1);
        QVERIFY(store().deleteObjectTags(u"bkt"_s, "k", {}));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->meta.tags.size(), 0);
        QVERIFY(store().setObjectAcl(u"bkt"_s, "k", {}, u"public-read"_s));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->meta.acl, u"public-read"_s);
        QVERIFY(store().setStorageClass(u"bkt"_s, "k", {}, u"GLACIER"_s));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->meta.storageClass, u"GLACIER"_s);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(store().setRestoreState(u"bkt"_s, "k", {}, Store::RestoreState::Done, expiry));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->restoreState, Store::RestoreState::Done);
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("two"));

        // Copy onto the key (and from it).
        QVERIFY(put(u"bkt"_s, "src", "copied"));
        QCOMPARE(get(u"bkt"_s, "src"), QByteArray("copied"));
        QVERIFY(store().copyObject(u"bkt"_s, "src", {}, u"bkt"_s, "k", {}, false));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("copied"));
        QVERIFY(store().headObject(u"bkt"_s, "k")->meta.storageClass != u"GLACIER"_s);

        // Multipart complete onto the key.
        auto up = store().createUpload(u"bkt"_s, "k", {});
        QVERIFY(up);
        auto w = store().beginWrite();
        QVERIFY(w && (*w)->write(QByteArray("from parts")));
        auto part = store().putPart(u"bkt"_s, "k", up->uploadId, 1, std::move(*w));
        QVERIFY(part);
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("copied")); // not yet
        QVERIFY(store().completeUpload(u"bkt"_s, "k", up->uploadId, {{1, part->etag}}));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("from parts"));
        QCOMPARE(store().headObject(u"bkt"_s, "k")->partsCount, 1);

        // Delete, then a new object under the same key.
        QVERIFY(store().deleteObject(u"bkt"_s, "k"));
        QCOMPARE(get(u"bkt"_s, "k"), error(ErrorCode::NoSuchKey));
        QCOMPARE(store().headObject(u"bkt"_s, "k").error().code, ErrorCode::NoSuchKey);
        QVERIFY(put(u"bkt"_s, "k", "three"));
        QCOMPARE(get(u"bkt"_s, "k"), QByteArray("three"));

        // Batch delete.
        QCOMPARE(get(u"bkt"_s, "src"), QByteArray("copied"));
        QVERIFY(store().deleteObjects(u"bkt"_s, {{"src", {}}, {"k", {}}}));
        QCOMPARE(get(u"bkt"_s, "src"), error(ErrorCode::NoSuchKey));
        QCOMPARE(get(u"bkt"_s, "k"), error(ErrorCode::NoSuchKey));

        // A deleted and re-created bucket holds nothing of the old one.
        QVERIFY(put(u"gone"_s, "k", "x").error().code == ErrorCode::NoSuchBucket);
        makeBucket(u"tmpb"_s);
        QVERIFY(put(u"tmpb"_s, "k", "old bucket"));
        QCOMPARE(get(u"tmpb"_s, "k"), QByteArray("old bucket"));
        QVERIFY(store().deleteObject(u"tmpb"_s, "k"));
        QVERIFY(store().deleteBucket(u"tmpb"_s));
        QCOMPARE(get(u"tmpb"_s, "k"), error(ErrorCode::NoSuchBucket));
        makeBucket(u"tmpb"_s);
        QCOMPARE(get(u"tmpb"_s, "k"), error(ErrorCode::NoSuchKey));
    }

    void versions_data() { neverStale_data(); }

    void versions()
    {
        QFETCH(qint64, inlineMax);
        open(inlineMax);
        makeBucket(u"ver"_s);
        QVERIFY(store().setBucketVersioning(u"ver"_s, Store::VersioningState::Enabled));
        auto a = put(u"ver"_s, "k", "a");
        QVERIFY(a);
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("a"));
        auto b = put(u"ver"_s, "k", "b");
        QVERIFY(b);
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("b"));

        // Deleting the latest version by id makes the previous one latest.
        QVERIFY(store().deleteObject(u"ver"_s, "k", b->versionId));
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("a"));
        QCOMPARE(store().headObject(u"ver"_s, "k")->versionId, a->versionId);

        // A delete marker hides it (and says so); removing the marker brings it back.
        auto marker = store().deleteObject(u"ver"_s, "k");
        QVERIFY(marker && marker->isDeleteMarker);
        Store::ObjectInfo seen;
        auto r = store().openObject(u"ver"_s, "k", {}, &seen);
        QCOMPARE(r.error().code, ErrorCode::NoSuchKey);
        QVERIFY(seen.isDeleteMarker);
        QCOMPARE(seen.versionId, marker->versionId);
        QVERIFY(store().deleteObject(u"ver"_s, "k", marker->versionId));
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("a"));

        // A read by version id neither uses nor disturbs the latest entry.
        auto c = put(u"ver"_s, "k", "c");
        QVERIFY(c);
        auto old = store().openObject(u"ver"_s, "k", a->versionId);
        QVERIFY(old);
        QCOMPARE(*(*old)->readAll(), QByteArray("a"));
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("c"));

        // Suspended versioning replaces the null version.
        QVERIFY(store().setBucketVersioning(u"ver"_s, Store::VersioningState::Suspended));
        QVERIFY(put(u"ver"_s, "k", "null-1"));
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("null-1"));
        QVERIFY(put(u"ver"_s, "k", "null-2"));
        QCOMPARE(get(u"ver"_s, "k"), QByteArray("null-2"));
    }

    // A failing change in a batch (rolled back to its savepoint) leaves the cache right too.
    void failedWrite()
    {
        open(64 * 1024);
        makeBucket(u"fail"_s);
        QVERIFY(put(u"fail"_s, "k", "kept"));
        QCOMPARE(get(u"fail"_s, "k"), QByteArray("kept"));
        auto up = store().createUpload(u"fail"_s, "k", {});
        QVERIFY(up);
        QCOMPARE(store().completeUpload(u"fail"_s, "k", up->uploadId, {{1, u"\"00\""_s}}).error().code,
                 ErrorCode::InvalidPart);
        QCOMPARE(get(u"fail"_s, "k"), QByteArray("kept"));
        QCOMPARE(store().headObject(u"fail"_s, "k")->partsCount, 0);
    }

    // One writer overwrites a key with increasing numbers while readers read it: a reader never
    // gets a number below the last one whose putObject() had returned before its read began.
    void concurrentReadersNeverGoBack_data() { neverStale_data(); }

    void concurrentReadersNeverGoBack()
    {
        QFETCH(qint64, inlineMax);
        open(inlineMax);
        makeBucket(u"conc"_s);
        auto numbered = [](int n) {
            Store::ObjectMeta meta;
            meta.userMetadata.append({u"n"_s, QString::number(n)});
            return meta;
        };
        QVERIFY(put(u"conc"_s, "k", "0", numbered(0)));
        std::atomic<int> acknowledged {0};
        std::atomic<bool> stop {false};
        std::atomic<int> stale {0};
        std::atomic<int> failed {0};
        std::atomic<int> reads {0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&] {
                while (!stop) {
                    const int floor = acknowledged.load();
                    auto r = store().openObject(u"conc"_s, "k");
                    if (!r) {
                        ++failed;
                        continue;
                    }
                    auto data = (*r)->readAll();
                    if (!data) {
                        ++failed;
                        continue;
                    }
                    if (data->toInt() < floor)
                        ++stale;
                    ++reads;
                    // headObject() comes from the same cache (the number is in the metadata too).
                    const int headFloor = acknowledged.load();
                    auto info = store().headObject(u"conc"_s, "k");
                    if (!info || info->meta.userMetadata.size() != 1)
                        ++failed;
                    else if (info->meta.userMetadata[0].second.toInt() < headFloor)
                        ++stale;
                }
            });
        }
        for (int i = 1; i <= 1500; ++i) {
            QVERIFY(put(u"conc"_s, "k", QByteArray::number(i), numbered(i)));
            acknowledged = i;
            if (i % 300 == 0)
                QVERIFY(store().deleteObject(u"conc"_s, "other")); // writes elsewhere in the bucket
        }
        stop = true;
        for (auto &t : readers)
            t.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(stale.load(), 0);
        QVERIFY(reads.load() > 0);
        QCOMPARE(get(u"conc"_s, "k"), QByteArray("1500"));
        qInfo("%d reads during 1500 overwrites", reads.load());
    }

    // The cache is bounded.
    void bounded()
    {
        open(64 * 1024);
        makeBucket(u"many"_s);
        constexpr int kKeys = 17000;
        for (int i = 0; i < kKeys; ++i)
            QVERIFY(put(u"many"_s, QByteArray::number(i), "x"));
        for (int i = 0; i < kKeys; ++i)
            QCOMPARE(get(u"many"_s, QByteArray::number(i)), QByteArray("x"));
        QVERIFY(store().cachedLatestCount() <= std::size_t(16384));
        QVERIFY(store().cachedLatestCount() >= std::size_t(1000));
        QCOMPARE(get(u"many"_s, "0"), QByteArray("x")); // evicted and read again
    }
};

QTEST_GUILESS_MAIN(TestLatestCache)
#include "tst_latestcache.moc"
