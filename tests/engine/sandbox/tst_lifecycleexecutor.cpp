#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/sandbox/lifecycleexecutor.h"
#include "engine/store/store.h"

using Kind = Sandbox::LifecycleOperation::Kind;
using Lifecycle::ActionKind;

// Sandbox::LifecycleExecutor: the mapping from planned actions to store operations, and runs
// against a real store on a Core::Clock whose effects must equal what Lifecycle::plan() predicted.
class TestLifecycleExecutor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void operationFor_data();
    void operationFor();
    void planInputFromStore();
    void effectsEqualPlan();
    void unversionedExpiryDeletes();
    void expiredMarkersAndUploads();
    void noConfigurationDoesNothing();

private:
    Store::Store &store() { return *m_store; }
    void put(const QString &bucket, const QByteArray &key, const QByteArray &data, const QString &storageClass = {});
    void setConfig(const QString &bucket, const QByteArray &xml);
    QList<Store::ObjectEntry> versions(const QString &bucket);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Clock> m_clock;
    std::unique_ptr<Store::Store> m_store;
};

void TestLifecycleExecutor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Core::Clock>();
    Store::Store::Options o;
    o.sync = false;
    o.clock = m_clock.get();
    auto s = Store::Store::open(m_dir->path(), o);
    QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
    m_store = std::move(*s);
}

void TestLifecycleExecutor::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestLifecycleExecutor::put(const QString &bucket, const QByteArray &key, const QByteArray &data,
                                const QString &storageClass)
{
    auto w = store().beginWrite();
    QVERIFY(w.has_value());
    QVERIFY((*w)->write(data).has_value());
    Store::ObjectMeta meta;
    meta.storageClass = storageClass;
    QVERIFY(store().putObject(bucket, key, std::move(*w), meta).has_value());
}

void TestLifecycleExecutor::setConfig(const QString &bucket, const QByteArray &xml)
{
    auto config = Lifecycle::fromXml(xml);
    QVERIFY2(config.has_value(), config ? "" : qPrintable(config.error().message));
    QVERIFY(store().putBucketConfig(bucket, Store::BucketConfigKind::Lifecycle, Lifecycle::toXml(*config)).has_value());
}

QList<Store::ObjectEntry> TestLifecycleExecutor::versions(const QString &bucket)
{
    auto r = store().listObjectVersions(bucket, {});
    return r ? r->versions : QList<Store::ObjectEntry>();
}

void TestLifecycleExecutor::operationFor_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("versionId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedVersionId");
    QTest::addColumn<QString>("storageClass");
    QTest::newRow("transition") << int(ActionKind::Transition) << u"v1"_qs << int(Kind::SetStorageClass) << u"v1"_qs
                                << u"GLACIER"_qs;
    QTest::newRow("transition null") << int(ActionKind::Transition) << QString() << int(Kind::SetStorageClass)
                                     << u"null"_qs << u"GLACIER"_qs;
    QTest::newRow("noncurrent transition") << int(ActionKind::TransitionNoncurrent) << u"v2"_qs
                                           << int(Kind::SetStorageClass) << u"v2"_qs << u"STANDARD_IA"_qs;
    QTest::newRow("expire") << int(ActionKind::Expire) << u"null"_qs << int(Kind::DeleteVersion) << u"null"_qs
                            << QString();
    QTest::newRow("add marker") << int(ActionKind::AddDeleteMarker) << u"v3"_qs << int(Kind::AddDeleteMarker)
                                << u"v3"_qs << QString();
    QTest::newRow("noncurrent expire") << int(ActionKind::ExpireNoncurrent) << u"v4"_qs << int(Kind::DeleteVersion)
                                       << u"v4"_qs << QString();
    QTest::newRow("remove marker") << int(ActionKind::RemoveDeleteMarker) << u"m1"_qs << int(Kind::DeleteVersion)
                                   << u"m1"_qs << QString();
    QTest::newRow("abort upload") << int(ActionKind::AbortUpload) << QString() << int(Kind::AbortUpload) << QString()
                                  << QString();
}

void TestLifecycleExecutor::operationFor()
{
    QFETCH(int, action);
    QFETCH(QString, versionId);
    QFETCH(int, kind);
    QFETCH(QString, expectedVersionId);
    QFETCH(QString, storageClass);
    Lifecycle::Action a;
    a.kind = ActionKind(action);
    a.key = u"d\u00e9j\u00e0/vu"_qs;
    a.versionId = versionId;
    a.storageClass = storageClass;
    a.uploadId = a.kind == ActionKind::AbortUpload ? u"up1"_qs : QString();
    const Sandbox::LifecycleOperation op = Sandbox::LifecycleExecutor::operationFor(a);
    QCOMPARE(int(op.kind), kind);
    QCOMPARE(op.key, a.key.toUtf8());
    QCOMPARE(op.versionId, expectedVersionId);
    QCOMPARE(op.storageClass, storageClass);
    QCOMPARE(op.uploadId, a.uploadId);
}

void TestLifecycleExecutor::planInputFromStore()
{
    QVERIFY(store().createBucket({u"pin"_qs, u"owner"_qs, {}, {}, false}).has_value());
    QVERIFY(store().setBucketVersioning(u"pin"_qs, Store::VersioningState::Enabled).has_value());
    put(u"pin"_qs, "k", "1");
    m_clock->advance(std::chrono::hours(1));
    put(u"pin"_qs, "k", "2");
    m_clock->advance(std::chrono::hours(1));
    put(u"pin"_qs, "k", "3");
    QVERIFY(store().deleteObject(u"pin"_qs, "k").has_value());
    QVERIFY(store().createUpload(u"pin"_qs, "up", {}).has_value());
    auto input = Sandbox::LifecycleExecutor::planInput(store(), u"pin"_qs, false);
    QVERIFY(input.has_value());
    QCOMPARE(input->versioning, Lifecycle::Versioning::Enabled);
    QCOMPARE(input->objects.size(), 4);
    const auto &o = input->objects;
    QVERIFY(o[0].isLatest && o[0].isDeleteMarker);
    QCOMPARE(o[0].otherVersionCount, 3);
    QVERIFY(!o[1].isLatest);
    QCOMPARE(o[1].noncurrentSince, o[0].lastModified);
    QCOMPARE(o[1].newerNoncurrentVersions, 0);
    QCOMPARE(o[2].newerNoncurrentVersions, 1);
    QCOMPARE(o[3].newerNoncurrentVersions, 2);
    QCOMPARE(o[3].noncurrentSince, o[2].lastModified);
    QCOMPARE(input->uploads.size(), 1);
    QCOMPARE(input->uploads.first().key, u"up"_qs);
}

void TestLifecycleExecutor::effectsEqualPlan()
{
    QVERIFY(store().createBucket({u"equal"_qs, u"owner"_qs, {}, {}, false}).has_value());
    QVERIFY(store().setBucketVersioning(u"equal"_qs, Store::VersioningState::Enabled).has_value());
    setConfig(u"equal"_qs,
              "<LifecycleConfiguration><Rule><ID>logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled"
              "</Status><Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition><Transition>"
              "<Days>90</Days><StorageClass>GLACIER</StorageClass></Transition><Expiration><Days>365</Days>"
              "</Expiration><NoncurrentVersionExpiration><NoncurrentDays>30</NoncurrentDays>"
              "<NewerNoncurrentVersions>1</NewerNoncurrentVersions></NoncurrentVersionExpiration></Rule>"
              "<Rule><ID>big</ID><Filter><ObjectSizeGreaterThan>10</ObjectSizeGreaterThan></Filter><Status>Enabled"
              "</Status><Transition><Days>0</Days><StorageClass>GLACIER_IR</StorageClass></Transition></Rule>"
              "</LifecycleConfiguration>");
    for (const char *k : {"logs/a", "logs/a", "logs/a", "logs/b", "data/big", "data/small"})
        put(u"equal"_qs, k, QByteArray(k).startsWith("data/big") ? QByteArray(100, 'x') : QByteArray("tiny"));
    auto config = Lifecycle::fromXml(store().bucketConfig(u"equal"_qs, Store::BucketConfigKind::Lifecycle)->value_or(QByteArray()));
    QVERIFY(config.has_value());
    Sandbox::LifecycleExecutor executor(store());
    // Step through time: at every step, what the executor applies is exactly what due() says for the
    // store's state, and those are the plan's actions up to that moment (collapsed transitions).
    for (int days : {1, 31, 60, 300}) {
        m_clock->advance(std::chrono::hours(24 * days));
        const QDateTime now = m_clock->now();
        auto input = Sandbox::LifecycleExecutor::planInput(store(), u"equal"_qs, false);
        QVERIFY(input.has_value());
        const QList<Lifecycle::Action> expected = Lifecycle::due(*config, *input, now);
        const QList<Lifecycle::Action> planned = Lifecycle::plan(*config, *input, now);
        auto report = executor.runBucket(u"equal"_qs, now);
        QVERIFY(report.has_value());
        QVERIFY(report->failed.isEmpty());
        QCOMPARE(report->applied.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(report->applied[i].kind, expected[i].kind);
            QCOMPARE(report->applied[i].key, expected[i].key);
            QCOMPARE(report->applied[i].versionId, expected[i].versionId);
            bool inPlan = false;
            for (const Lifecycle::Action &p : planned)
                inPlan = inPlan || (p.kind == expected[i].kind && p.key == expected[i].key && p.versionId == expected[i].versionId);
            QVERIFY(inPlan);
        }
        // The store now holds what the actions say: nothing is due any more.
        auto after = Sandbox::LifecycleExecutor::planInput(store(), u"equal"_qs, false);
        QVERIFY(after.has_value());
        for (const Lifecycle::Action &a : Lifecycle::due(*config, *after, now))
            QVERIFY2(a.kind == ActionKind::ExpireNoncurrent || a.kind == ActionKind::RemoveDeleteMarker,
                     qPrintable(Lifecycle::actionKindName(a.kind) + u' ' + a.key)); // chained ones come next run
    }
    // After 392 days: logs/* hidden behind markers, data/big in GLACIER_IR, data/small untouched.
    QCOMPARE(store().headObject(u"equal"_qs, "logs/a").error().code, Core::ErrorCode::NoSuchKey);
    QCOMPARE(store().headObject(u"equal"_qs, "logs/b").error().code, Core::ErrorCode::NoSuchKey);
    QCOMPARE(store().headObject(u"equal"_qs, "data/big")->meta.storageClass, u"GLACIER_IR"_qs);
    QCOMPARE(store().headObject(u"equal"_qs, "data/small")->meta.storageClass, u"STANDARD"_qs);
    // logs/a had 3 versions: with NewerNoncurrentVersions 1 the oldest noncurrent went after 30 days,
    // the newer one stays; the current one became noncurrent behind the marker (in GLACIER).
    int logsA = 0;
    for (const Store::ObjectEntry &e : versions(u"equal"_qs)) {
        if (e.key == "logs/a")
            ++logsA;
        if (e.key == "logs/a" && !e.isDeleteMarker && e.versionId.isEmpty())
            QFAIL("version without id");
    }
    QCOMPARE(logsA, 3); // marker + 2 versions
}

void TestLifecycleExecutor::unversionedExpiryDeletes()
{
    QVERIFY(store().createBucket({u"unv"_qs, u"owner"_qs, {}, {}, false}).has_value());
    setConfig(u"unv"_qs, "<LifecycleConfiguration><Rule><ID>tmp</ID><Filter><Prefix>tmp/</Prefix></Filter><Status>"
                         "Enabled</Status><Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>");
    put(u"unv"_qs, "tmp/x", "x");
    put(u"unv"_qs, "keep", "k");
    Sandbox::LifecycleExecutor executor(store());
    auto r = executor.runBucket(u"unv"_qs, m_clock->now());
    QVERIFY(r.has_value());
    QVERIFY(r->applied.isEmpty());
    m_clock->advance(std::chrono::hours(48));
    r = executor.runBucket(u"unv"_qs, m_clock->now());
    QVERIFY(r.has_value());
    QCOMPARE(r->applied.size(), 1);
    QCOMPARE(r->applied.first().kind, ActionKind::Expire);
    QCOMPARE(versions(u"unv"_qs).size(), 1); // deleted for good: no marker
    QVERIFY(store().headObject(u"unv"_qs, "keep").has_value());
}

void TestLifecycleExecutor::expiredMarkersAndUploads()
{
    QVERIFY(store().createBucket({u"markers"_qs, u"owner"_qs, {}, {}, false}).has_value());
    QVERIFY(store().setBucketVersioning(u"markers"_qs, Store::VersioningState::Enabled).has_value());
    setConfig(u"markers"_qs, "<LifecycleConfiguration><Rule><ID>clean</ID><Filter/><Status>Enabled</Status><Expiration>"
                        "<ExpiredObjectDeleteMarker>true</ExpiredObjectDeleteMarker></Expiration>"
                        "<NoncurrentVersionExpiration><NoncurrentDays>1</NoncurrentDays></NoncurrentVersionExpiration>"
                        "<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>"
                        "</AbortIncompleteMultipartUpload></Rule></LifecycleConfiguration>");
    put(u"markers"_qs, "gone", "x");
    QVERIFY(store().deleteObject(u"markers"_qs, "gone").has_value());
    auto upload = store().createUpload(u"markers"_qs, "big", {});
    QVERIFY(upload.has_value());
    Sandbox::LifecycleExecutor executor(store());
    // Day 2: the noncurrent version expires; the marker is not alone yet.
    m_clock->advance(std::chrono::hours(48));
    auto r = executor.runBucket(u"markers"_qs, m_clock->now());
    QVERIFY(r.has_value());
    QCOMPARE(r->applied.size(), 1);
    QCOMPARE(r->applied.first().kind, ActionKind::ExpireNoncurrent);
    QCOMPARE(versions(u"markers"_qs).size(), 1);
    // Next run: the marker is alone and expired: removed.
    r = executor.runBucket(u"markers"_qs, m_clock->now());
    QVERIFY(r.has_value());
    QCOMPARE(r->applied.size(), 1);
    QCOMPARE(r->applied.first().kind, ActionKind::RemoveDeleteMarker);
    QVERIFY(versions(u"markers"_qs).isEmpty());
    QCOMPARE(store().listUploads(u"markers"_qs, {})->uploads.size(), 1);
    // Day 9: the upload is aborted.
    m_clock->advance(std::chrono::hours(24 * 7));
    auto all = executor.runAll(m_clock->now());
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().applied.first().kind, ActionKind::AbortUpload);
    QVERIFY(store().listUploads(u"markers"_qs, {})->uploads.isEmpty());
}

void TestLifecycleExecutor::noConfigurationDoesNothing()
{
    QVERIFY(store().createBucket({u"none"_qs, u"owner"_qs, {}, {}, false}).has_value());
    put(u"none"_qs, "k", "v");
    m_clock->advance(std::chrono::hours(24 * 1000));
    Sandbox::LifecycleExecutor executor(store());
    auto r = executor.runBucket(u"none"_qs, m_clock->now());
    QVERIFY(r.has_value());
    QVERIFY(r->applied.isEmpty());
    QCOMPARE(executor.runBucket(u"missing"_qs, m_clock->now()).error().code, Core::ErrorCode::NoSuchBucket);
    // Timestamps come from the clock.
    put(u"none"_qs, "later", "v");
    QVERIFY(store().headObject(u"none"_qs, "later")->lastModified > QDateTime::currentDateTimeUtc().addDays(999));
}

QTEST_GUILESS_MAIN(TestLifecycleExecutor)
#include "tst_lifecycleexecutor.moc"
