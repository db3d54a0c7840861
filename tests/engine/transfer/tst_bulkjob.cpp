#include <QTest>

#include "engine/transfer/bulkjob.h"

using namespace Transfer;

// Planning and estimating bulk jobs (pure logic); the jobs themselves run against the sandbox
// in tests/ui/browser/tst_bulkactions.
class TestBulkJob : public QObject
{
    Q_OBJECT
private slots:
    void planEachAction();
    void estimateBatchesDeletes();
    void pointInTimeBecomesOperations();
};

namespace {

S3::ObjectEntry entry(const QString &key, qint64 size, const QString &storageClass = {})
{
    S3::ObjectEntry e;
    e.key = key;
    e.size = size;
    e.storageClass = storageClass;
    return e;
}

} // namespace

void TestBulkJob::planEachAction()
{
    const QList<S3::ObjectEntry> entries {
        entry(u"photos/a.jpg"_qs, 100),
        entry(u"photos/old/b.jpg"_qs, 200, u"GLACIER"_qs),
        entry(u"photos/c.jpg"_qs, 300, u"STANDARD_IA"_qs),
        entry(u"photos/a.jpg"_qs, 100), // selected directly and through its folder: once
    };
    BulkOptions options;
    auto plan = planBulk(BulkAction::Delete, entries, options);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).kind, BulkOperation::Kind::Delete);

    options.storageClass = u"STANDARD"_qs;
    plan = planBulk(BulkAction::ChangeStorageClass, entries, options);
    QCOMPARE(plan.size(), 1); // a.jpg has no class = STANDARD already; b.jpg needs a restore first
    QCOMPARE(plan.at(0).key, u"photos/c.jpg"_qs);

    plan = planBulk(BulkAction::RestoreFromGlacier, entries, options);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).kind, BulkOperation::Kind::Restore);
    QCOMPARE(plan.at(0).size, 200);

    options.destBucket = u"backup"_qs;
    options.destPrefix = u"2026/"_qs;
    options.sourceBase = u"photos/"_qs;
    options.move = true;
    plan = planBulk(BulkAction::Copy, entries, options);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(1).destKey, u"2026/old/b.jpg"_qs);
    QCOMPARE(plan.at(1).destBucket, u"backup"_qs);
    QVERIFY(plan.at(1).moveSource);
}

void TestBulkJob::estimateBatchesDeletes()
{
    QList<S3::ObjectEntry> entries;
    for (int i = 0; i < 2500; ++i)
        entries.append(entry(QStringLiteral("k%1").arg(i), 2));
    BulkEstimate e = estimateBulk(planBulk(BulkAction::Delete, entries, {}));
    QCOMPARE(e.objects, 2500);
    QCOMPARE(e.bytes, 5000);
    QCOMPARE(e.requests, 3); // 1000 + 1000 + 500

    BulkOptions options;
    options.destBucket = u"b"_qs;
    options.destPrefix = u"x/"_qs;
    options.move = true;
    e = estimateBulk(planBulk(BulkAction::Copy, entries.mid(0, 1001), options));
    QCOMPARE(e.objects, 1001);
    QCOMPARE(e.requests, 1001 + 2); // one CopyObject each, then the sources in two DeleteObjects
    QCOMPARE(estimateBulk({}), BulkEstimate {});
}

void TestBulkJob::pointInTimeBecomesOperations()
{
    PointInTimeAction undelete;
    undelete.kind = PointInTimeAction::Kind::RemoveDeleteMarkers;
    undelete.key = u"a"_qs;
    undelete.markerIds = {u"m2"_qs, u"m1"_qs};
    PointInTimeAction copy;
    copy.kind = PointInTimeAction::Kind::CopyVersion;
    copy.key = u"b"_qs;
    copy.versionId = u"v1"_qs;
    copy.size = 42;
    PointInTimeAction remove;
    remove.kind = PointInTimeAction::Kind::DeleteCurrent;
    remove.key = u"c"_qs;
    const auto plan = planFromPointInTime({undelete, copy, remove});
    QCOMPARE(plan.size(), 4);
    QCOMPARE(plan.at(0).versionId, u"m2"_qs);
    QCOMPARE(plan.at(1).versionId, u"m1"_qs);
    QCOMPARE(plan.at(2).kind, BulkOperation::Kind::Copy);
    QCOMPARE(plan.at(2).destKey, u"b"_qs);
    QCOMPARE(plan.at(2).versionId, u"v1"_qs);
    QVERIFY(plan.at(3).versionId.isEmpty());
    const BulkEstimate e = estimateBulk(plan);
    QCOMPARE(e.objects, 3);
    QCOMPARE(e.bytes, 42);
    QCOMPARE(e.requests, 2);
}

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
