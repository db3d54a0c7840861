#include <QTest>

#include "engine/transfer/timetravel.h"

using namespace Transfer;

// Which version was current at a time, and the plan that restores a prefix to it (pure logic).
class TestTimeTravel : public QObject
{
    Q_OBJECT
private slots:
    void versionsAtPicksNewestNotAfterTime();
    void planRestoresEachCase();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

S3::VersionEntry version(const QString &key, const QString &id, int minutes, qint64 size = 10, bool latest = false)
{
    S3::VersionEntry e;
    e.key = key;
    e.versionId = id;
    e.lastModified = t0.addSecs(minutes * 60);
    e.size = size;
    e.isLatest = latest;
    return e;
}

S3::VersionEntry marker(const QString &key, const QString &id, int minutes, bool latest = false)
{
    S3::VersionEntry e = version(key, id, minutes, 0, latest);
    e.isDeleteMarker = true;
    return e;
}

// a: v1@0, v2@10, v3@20 (edited twice later)
// b: v1@0, marker@15 (deleted later)
// c: v1@30 (created later)
// d: v1@0 (untouched)
// e: v1@0, m1@5, m2@25 (deleted before t=10 and again later)
// f: v1@0, m1@12, v2@14, m2@16 (deleted, recreated, deleted again)
QList<S3::VersionEntry> history()
{
    return {
        version(u"a"_qs, u"a3"_qs, 20, 30, true), version(u"a"_qs, u"a2"_qs, 10, 20), version(u"a"_qs, u"a1"_qs, 0, 10),
        marker(u"b"_qs, u"bm"_qs, 15, true), version(u"b"_qs, u"b1"_qs, 0, 11),
        version(u"c"_qs, u"c1"_qs, 30, 12, true),
        version(u"d"_qs, u"d1"_qs, 0, 13, true),
        marker(u"e"_qs, u"em2"_qs, 25, true), marker(u"e"_qs, u"em1"_qs, 5), version(u"e"_qs, u"e1"_qs, 0, 14),
        marker(u"f"_qs, u"fm2"_qs, 16, true), version(u"f"_qs, u"f2"_qs, 14, 15), marker(u"f"_qs, u"fm1"_qs, 12),
        version(u"f"_qs, u"f1"_qs, 0, 16),
    };
}

QStringList ids(const QList<S3::VersionEntry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out.append(e.versionId);
    return out;
}

} // namespace

void TestTimeTravel::versionsAtPicksNewestNotAfterTime()
{
    QList<S3::VersionEntry> shuffled = history();
    std::ranges::reverse(shuffled); // input order does not matter
    QCOMPARE(ids(versionsAt(shuffled, t0.addSecs(-60))), QStringList());
    QCOMPARE(ids(versionsAt(shuffled, t0)), (QStringList {u"a1"_qs, u"b1"_qs, u"d1"_qs, u"e1"_qs, u"f1"_qs}));
    // Exactly at a version's time: that version counts.
    QCOMPARE(ids(versionsAt(shuffled, t0.addSecs(10 * 60))), (QStringList {u"a2"_qs, u"b1"_qs, u"d1"_qs, u"f1"_qs}));
    QCOMPARE(ids(versionsAt(shuffled, t0.addSecs(14 * 60 + 30))), (QStringList {u"a2"_qs, u"b1"_qs, u"d1"_qs, u"f2"_qs}));
    QCOMPARE(ids(versionsAt(shuffled, t0.addSecs(3600))), (QStringList {u"a3"_qs, u"c1"_qs, u"d1"_qs}));
    // The latest view equals the isLatest non-marker entries.
    QList<S3::VersionEntry> latest;
    for (const auto &e : history())
        if (e.isLatest && !e.isDeleteMarker)
            latest.append(e);
    QCOMPARE(versionsAt(history(), t0.addYears(1)), latest);
}

void TestTimeTravel::planRestoresEachCase()
{
    const auto plan = planRestoreToTime(history(), t0.addSecs(14 * 60 + 30));
    using Kind = PointInTimeAction::Kind;
    QCOMPARE(plan.size(), 4);
    // a: a2 was current, a3 came later -> copy a2 back.
    QCOMPARE(plan.at(0), (PointInTimeAction {Kind::CopyVersion, u"a"_qs, u"a2"_qs, {}, 20}));
    // b: only a delete marker came later -> remove it.
    QCOMPARE(plan.at(1), (PointInTimeAction {Kind::RemoveDeleteMarkers, u"b"_qs, {}, {u"bm"_qs}, 0}));
    // c: did not exist then -> delete.
    QCOMPARE(plan.at(2), (PointInTimeAction {Kind::DeleteCurrent, u"c"_qs, {}, {}, 0}));
    // d unchanged; e did not exist then and is deleted now: nothing.
    // f: f2 current then, one marker later.
    QCOMPARE(plan.at(3), (PointInTimeAction {Kind::RemoveDeleteMarkers, u"f"_qs, {}, {u"fm2"_qs}, 0}));

    // Back to the start: several later markers are all removed; a later version means a copy.
    const auto first = planRestoreToTime(history(), t0);
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.at(0), (PointInTimeAction {Kind::CopyVersion, u"a"_qs, u"a1"_qs, {}, 10}));
    QCOMPARE(first.at(1).kind, Kind::RemoveDeleteMarkers);
    QCOMPARE(first.at(2).kind, Kind::DeleteCurrent);
    QCOMPARE(first.at(3), (PointInTimeAction {Kind::RemoveDeleteMarkers, u"e"_qs, {}, {u"em2"_qs, u"em1"_qs}, 0}));
    QCOMPARE(first.at(4), (PointInTimeAction {Kind::CopyVersion, u"f"_qs, u"f1"_qs, {}, 16}));

    // Now: nothing to change.
    QVERIFY(planRestoreToTime(history(), t0.addYears(1)).isEmpty());
}

QTEST_APPLESS_MAIN(TestTimeTravel)
#include "tst_timetravel.moc"
