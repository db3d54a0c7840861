#include <QTest>
#include <QTimeZone>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleplanner.h"

using namespace Lifecycle;

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toUTC();
}

LifecycleConfiguration config(const QByteArray &rulesJson)
{
    const auto c = fromJson("{\"Rules\":[" + rulesJson + "]}");
    if (!c)
        qWarning("bad test configuration: %s", qPrintable(c.error().message));
    return c.value_or(LifecycleConfiguration {});
}

ObjectVersion object(const QString &key, const QDateTime &created, qint64 size = 100)
{
    ObjectVersion o;
    o.key = key;
    o.versionId = QStringLiteral("v-") + key;
    o.size = size;
    o.lastModified = created;
    return o;
}

ObjectVersion noncurrent(const QString &key, const QString &versionId, const QDateTime &since, int newer)
{
    ObjectVersion o = object(key, since.addDays(-10));
    o.versionId = versionId;
    o.isLatest = false;
    o.noncurrentSince = since;
    o.newerNoncurrentVersions = newer;
    return o;
}

ObjectVersion marker(const QString &key, const QDateTime &created)
{
    ObjectVersion o = object(key, created, 0);
    o.versionId = QStringLiteral("dm-") + key;
    o.isDeleteMarker = true;
    return o;
}

// "Transition@2024-02-01T00:00:00Z>STANDARD_IA" etc., to compare whole timelines in one line.
QStringList describe(const QList<Action> &actions)
{
    QStringList out;
    for (const Action &a : actions) {
        QString s = actionKindName(a.kind) + u'@' + a.when.toString(Qt::ISODate);
        if (a.kind == ActionKind::Transition || a.kind == ActionKind::TransitionNoncurrent)
            s += u'>' + a.storageClass;
        if (!a.versionId.isEmpty() && a.kind != ActionKind::Transition && a.kind != ActionKind::Expire
            && a.kind != ActionKind::AddDeleteMarker)
            s += u'#' + a.versionId;
        if (a.kind == ActionKind::AbortUpload)
            s += u'#' + a.uploadId;
        if (a.followsEarlier)
            s += QStringLiteral("(later)");
        out << s;
    }
    return out;
}

const QByteArray kTiered =
    R"({"ID":"tiered","Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":90,"StorageClass":"GLACIER"}],"Expiration":{"Days":365}})";

} // namespace

class TestLifecyclePlanner : public QObject
{
    Q_OBJECT
private slots:
    void rounding_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("expected");
        // AWS's own example: created 2014-01-15 10:30 UTC, 3 days -> 2014-01-19 00:00 UTC.
        QTest::newRow("aws example") << utc(2014, 1, 15, 10, 30) << 3 << utc(2014, 1, 19);
        QTest::newRow("one minute before midnight") << utc(2014, 1, 15, 23, 59) << 1 << utc(2014, 1, 17);
        QTest::newRow("at midnight") << utc(2014, 1, 15) << 1 << utc(2014, 1, 17);
        QTest::newRow("zero days") << utc(2014, 1, 15, 12) << 0 << utc(2014, 1, 16);
        QTest::newRow("leap year") << utc(2024, 2, 28, 6) << 1 << utc(2024, 3, 1);
        QTest::newRow("year end") << utc(2024, 12, 31, 6) << 1 << utc(2025, 1, 2);
        QTest::newRow("other zone") << QDateTime(QDate(2014, 1, 16), QTime(1, 0), QTimeZone(3600)) << 3
                                    << utc(2014, 1, 20); // 00:00 UTC on the 16th, like "at midnight"
    }

    void rounding()
    {
        QFETCH(QDateTime, created);
        QFETCH(int, days);
        QFETCH(QDateTime, expected);
        QCOMPARE(dueTime(created, days), expected);
        QCOMPARE(dueTime(created, days).timeSpec(), Qt::UTC);
    }

    void timelineOfTieredObject()
    {
        const auto c = config(kTiered);
        const ObjectVersion o = object(QStringLiteral("a"), utc(2024, 1, 1, 12));
        QCOMPARE(describe(timeline(c, o, Versioning::Unversioned)),
                 strings({"Transition@2024-02-01T00:00:00Z>STANDARD_IA", "Transition@2024-04-01T00:00:00Z>GLACIER",
                              "Expire@2025-01-01T00:00:00Z"}));
        // The horizon cuts the future off.
        QCOMPARE(timeline(c, o, Versioning::Unversioned, utc(2024, 3, 1)).size(), 1);
        // An object already in GLACIER only waits for its expiration.
        ObjectVersion cold = o;
        cold.storageClass = QStringLiteral("GLACIER");
        QCOMPARE(describe(timeline(c, cold, Versioning::Unversioned)), strings({"Expire@2025-01-01T00:00:00Z"}));
    }

    void dueWithFixedClock()
    {
        const auto c = config(kTiered);
        PlanInput input;
        input.objects = {object(QStringLiteral("a"), utc(2024, 1, 1, 12))};
        QVERIFY(due(c, input, utc(2024, 1, 31, 23, 59)).isEmpty());
        QCOMPARE(describe(due(c, input, utc(2024, 2, 1))), strings({"Transition@2024-02-01T00:00:00Z>STANDARD_IA"}));
        // Both transitions passed: one step straight to the final class.
        const QList<Action> late = due(c, input, utc(2024, 5, 1));
        QCOMPARE(describe(late), strings({"Transition@2024-04-01T00:00:00Z>GLACIER"}));
        QCOMPARE(late.first().fromStorageClass, u"STANDARD");
        QCOMPARE(late.first().ruleId, u"tiered");
        QCOMPARE(late.first().size, 100);
        // After the expiration date: only the deletion.
        QCOMPARE(describe(due(c, input, utc(2025, 6, 1))), strings({"Expire@2025-01-01T00:00:00Z"}));
        // The executor already moved it: nothing more until the expiration.
        input.objects[0].storageClass = QStringLiteral("GLACIER");
        QVERIFY(due(c, input, utc(2024, 5, 1)).isEmpty());
    }

    void dateBasedRules()
    {
        const auto c = config(R"({"ID":"d","Status":"Enabled","Filter":{},"Transitions":[{"Date":"2030-01-01T00:00:00Z","StorageClass":"GLACIER"}],"Expiration":{"Date":"2031-01-01T00:00:00Z"}})");
        PlanInput input;
        input.objects = {object(QStringLiteral("early"), utc(2029, 6, 1, 9)),
                         object(QStringLiteral("late"), utc(2030, 2, 3, 5))};
        QCOMPARE(describe(plan(c, input)),
                 strings({"Transition@2030-01-01T00:00:00Z>GLACIER", "Transition@2030-02-04T00:00:00Z>GLACIER",
                              "Expire@2031-01-01T00:00:00Z", "Expire@2031-01-01T00:00:00Z"}));
        QCOMPARE(plan(c, input).at(0).key, u"early");
        QCOMPARE(due(c, input, utc(2030, 1, 1)).size(), 1);
    }

    void versionedExpirationAddsMarkerThenNoncurrentSteps()
    {
        const auto c = config(R"({"ID":"v","Status":"Enabled","Filter":{},"Expiration":{"Days":10},"NoncurrentVersionExpiration":{"NoncurrentDays":5}})");
        const ObjectVersion o = object(QStringLiteral("a"), utc(2024, 1, 1, 12));
        QCOMPARE(describe(timeline(c, o, Versioning::Enabled)),
                 strings({"AddDeleteMarker@2024-01-12T00:00:00Z", "ExpireNoncurrent@2024-01-18T00:00:00Z#v-a(later)"}));
        PlanInput input;
        input.versioning = Versioning::Enabled;
        input.objects = {o};
        QCOMPARE(describe(due(c, input, utc(2024, 3, 1))), strings({"AddDeleteMarker@2024-01-12T00:00:00Z"}));
        // Suspended bucket, null version: the null delete marker replaces it, nothing follows.
        ObjectVersion nullVersion = o;
        nullVersion.versionId = QStringLiteral("null");
        QCOMPARE(describe(timeline(c, nullVersion, Versioning::Suspended)),
                 strings({"AddDeleteMarker@2024-01-12T00:00:00Z"}));
    }

    void noncurrentWithNewerNoncurrentVersions()
    {
        const auto c = config(R"({"ID":"keep2","Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"STANDARD_IA","NewerNoncurrentVersions":1}],"NoncurrentVersionExpiration":{"NoncurrentDays":40,"NewerNoncurrentVersions":2}})");
        PlanInput input;
        input.versioning = Versioning::Enabled;
        input.objects = {object(QStringLiteral("k"), utc(2024, 3, 1, 8)),
                         noncurrent(QStringLiteral("k"), QStringLiteral("v2"), utc(2024, 3, 1, 8), 0),
                         noncurrent(QStringLiteral("k"), QStringLiteral("v1"), utc(2024, 2, 1, 8), 1),
                         noncurrent(QStringLiteral("k"), QStringLiteral("v0"), utc(2024, 1, 1, 8), 2)};
        // v2: retained by both actions (no newer noncurrent version). v1: one newer -> transitions, is kept from
        // expiring. v0: two newer -> transitions, then expires 40 days after becoming noncurrent.
        QCOMPARE(describe(plan(c, input)),
                 strings({"TransitionNoncurrent@2024-02-01T00:00:00Z>STANDARD_IA#v0", "ExpireNoncurrent@2024-02-11T00:00:00Z#v0",
                          "TransitionNoncurrent@2024-03-03T00:00:00Z>STANDARD_IA#v1"}));
        QCOMPARE(describe(due(c, input, utc(2024, 2, 5))), strings({"TransitionNoncurrent@2024-02-01T00:00:00Z>STANDARD_IA#v0"}));
        QCOMPARE(describe(due(c, input, utc(2024, 3, 5))),
                 strings({"ExpireNoncurrent@2024-02-11T00:00:00Z#v0", "TransitionNoncurrent@2024-03-03T00:00:00Z>STANDARD_IA#v1"}));
    }

    void noncurrentTransitionsChain()
    {
        const auto c = config(R"({"Status":"Enabled","Filter":{"Prefix":"k"},"NoncurrentVersionTransitions":[{"NoncurrentDays":60,"StorageClass":"GLACIER"},{"NoncurrentDays":30,"StorageClass":"STANDARD_IA"}],"NoncurrentVersionExpiration":{"NoncurrentDays":90}})");
        const ObjectVersion v = noncurrent(QStringLiteral("k"), QStringLiteral("v1"), utc(2024, 1, 1, 8), 0);
        QCOMPARE(describe(timeline(c, v, Versioning::Enabled)),
                 strings({"TransitionNoncurrent@2024-02-01T00:00:00Z>STANDARD_IA#v1",
                              "TransitionNoncurrent@2024-03-02T00:00:00Z>GLACIER#v1",
                              "ExpireNoncurrent@2024-04-01T00:00:00Z#v1"}));
        PlanInput input;
        input.versioning = Versioning::Enabled;
        input.objects = {v};
        // Past the expiration: delete, no pointless transitions first.
        QCOMPARE(describe(due(c, input, utc(2024, 5, 1))), strings({"ExpireNoncurrent@2024-04-01T00:00:00Z#v1"}));
    }

    void expiredDeleteMarkers()
    {
        const auto c = config(R"({"ID":"dm","Status":"Enabled","Filter":{},"Expiration":{"ExpiredObjectDeleteMarker":true}},{"ID":"nc","Status":"Enabled","Filter":{"Prefix":"soon"},"NoncurrentVersionExpiration":{"NoncurrentDays":5}})");
        PlanInput input;
        input.versioning = Versioning::Enabled;
        input.objects = {marker(QStringLiteral("gone"), utc(2024, 1, 10, 9)),
                         marker(QStringLiteral("busy"), utc(2024, 1, 10, 9)),
                         noncurrent(QStringLiteral("busy"), QStringLiteral("b1"), utc(2024, 1, 10, 9), 0),
                         marker(QStringLiteral("soon"), utc(2024, 1, 10, 9)),
                         noncurrent(QStringLiteral("soon"), QStringLiteral("s1"), utc(2024, 1, 10, 9), 0)};
        QCOMPARE(describe(plan(c, input)),
                 strings({"RemoveDeleteMarker@2024-01-11T00:00:00Z#dm-gone",
                              "ExpireNoncurrent@2024-01-16T00:00:00Z#s1",
                              "RemoveDeleteMarker@2024-01-17T00:00:00Z#dm-soon(later)"}));
        // Only the marker that is alone now is due; "busy" keeps a version no rule removes.
        QCOMPARE(describe(due(c, input, utc(2024, 2, 1))),
                 strings({"RemoveDeleteMarker@2024-01-11T00:00:00Z#dm-gone", "ExpireNoncurrent@2024-01-16T00:00:00Z#s1"}));
        // Once the store removed s1, the executor's next run removes the marker.
        input.objects.removeLast();
        QCOMPARE(describe(due(c, input, utc(2024, 2, 1))).last(), u"RemoveDeleteMarker@2024-01-11T00:00:00Z#dm-soon");
    }

    void daysExpirationAlsoCleansOldMarkers()
    {
        // "When you specify the Days tag, Amazon S3 automatically performs ExpiredObjectDeleteMarker cleanup when
        // the delete markers are old enough to satisfy the age criteria."
        const auto c = config(R"({"Status":"Enabled","Filter":{},"Expiration":{"Days":30}})");
        ObjectVersion m = marker(QStringLiteral("x"), utc(2024, 1, 10, 9));
        QCOMPARE(describe(timeline(c, m, Versioning::Enabled)), strings({"RemoveDeleteMarker@2024-02-10T00:00:00Z#dm-x"}));
        m.otherVersionCount = 2; // versions no rule expires: the marker stays
        QVERIFY(timeline(c, m, Versioning::Enabled).isEmpty());
        // A noncurrent delete marker is a noncurrent version like any other; tag filters never select markers.
        const auto nc = config(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":1}},{"Status":"Enabled","Filter":{"Tag":{"Key":"a","Value":"b"}},"NoncurrentVersionExpiration":{"NoncurrentDays":100}})");
        ObjectVersion old = marker(QStringLiteral("y"), utc(2024, 1, 1));
        old.isLatest = false;
        old.noncurrentSince = utc(2024, 1, 5, 5);
        QCOMPARE(describe(timeline(nc, old, Versioning::Enabled)), strings({"ExpireNoncurrent@2024-01-07T00:00:00Z#dm-y"}));
    }

    void abortUploads()
    {
        const auto c = config(R"({"ID":"up","Status":"Enabled","Filter":{"Prefix":"up/"},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}},{"ID":"all","Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":30}},{"ID":"off","Status":"Disabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}})");
        PlanInput input;
        input.uploads = {{QStringLiteral("up/big.iso"), QStringLiteral("u1"), utc(2024, 1, 1, 8)},
                         {QStringLiteral("other/x"), QStringLiteral("u2"), utc(2024, 1, 1, 8)}};
        const QList<Action> p = plan(c, input);
        QCOMPARE(describe(p), strings({"AbortUpload@2024-01-09T00:00:00Z#u1", "AbortUpload@2024-02-01T00:00:00Z#u2"}));
        QCOMPARE(p.at(0).ruleId, u"up");
        QCOMPARE(p.at(1).ruleId, u"all");
        QCOMPARE(describe(due(c, input, utc(2024, 1, 20))), strings({"AbortUpload@2024-01-09T00:00:00Z#u1"}));
    }

    void conflicts_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<int>("versioning");
        QTest::addColumn<QStringList>("expected");
        const ObjectVersion o = object(QStringLiteral("a"), utc(2024, 1, 1, 12));
        QTest::newRow("shortest expiration wins")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Expiration":{"Days":100}},{"Status":"Enabled","Filter":{"Prefix":"a"},"Expiration":{"Days":50}})")
            << int(Versioning::Unversioned) << strings({"Expire@2024-02-21T00:00:00Z"});
        QTest::newRow("glacier beats standard_ia on the same day")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"}]},{"Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"GLACIER"}]})")
            << int(Versioning::Unversioned) << strings({"Transition@2024-02-01T00:00:00Z>GLACIER"});
        QTest::newRow("intelligent tiering beats glacier_ir")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":5,"StorageClass":"GLACIER_IR"}]},{"Status":"Enabled","Filter":{},"Transitions":[{"Days":5,"StorageClass":"INTELLIGENT_TIERING"}]})")
            << int(Versioning::Unversioned) << strings({"Transition@2024-01-07T00:00:00Z>INTELLIGENT_TIERING"});
        QTest::newRow("deletion beats transition")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":60,"StorageClass":"GLACIER"}]},{"Status":"Enabled","Filter":{},"Expiration":{"Days":60}})")
            << int(Versioning::Unversioned) << strings({"Expire@2024-03-02T00:00:00Z"});
        QTest::newRow("transition before delete marker")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":60,"StorageClass":"GLACIER"}]},{"Status":"Enabled","Filter":{},"Expiration":{"Days":60}})")
            << int(Versioning::Enabled)
            << strings({"Transition@2024-03-02T00:00:00Z>GLACIER", "AddDeleteMarker@2024-03-02T00:00:00Z"});
        QTest::newRow("never up the waterfall")
            << QByteArray(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":10,"StorageClass":"GLACIER"}]},{"Status":"Enabled","Filter":{},"Transitions":[{"Days":60,"StorageClass":"STANDARD_IA"}]})")
            << int(Versioning::Unversioned) << strings({"Transition@2024-01-12T00:00:00Z>GLACIER"});
        QTest::newRow("disabled rule ignored")
            << QByteArray(R"({"Status":"Disabled","Filter":{},"Expiration":{"Days":1}},{"Status":"Enabled","Filter":{},"Expiration":{"Days":5}})")
            << int(Versioning::Unversioned) << strings({"Expire@2024-01-07T00:00:00Z"});
        QTest::newRow("non-matching rule ignored")
            << QByteArray(R"({"Status":"Enabled","Filter":{"Prefix":"b"},"Expiration":{"Days":1}},{"Status":"Enabled","Filter":{"ObjectSizeGreaterThan":100},"Expiration":{"Days":2}})")
            << int(Versioning::Unversioned) << QStringList();
    }

    void conflicts()
    {
        QFETCH(QByteArray, rules);
        QFETCH(int, versioning);
        QFETCH(QStringList, expected);
        const auto c = config(rules);
        QVERIFY(!c.rules.isEmpty());
        QCOMPARE(describe(timeline(c, object(QStringLiteral("a"), utc(2024, 1, 1, 12)), Versioning(versioning))), expected);
    }

    void ruleTimelineForEditor()
    {
        const auto c = config(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":90,"StorageClass":"GLACIER"},{"Days":30,"StorageClass":"STANDARD_IA"}],"Expiration":{"Days":365},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"GLACIER","NewerNoncurrentVersions":3}],"NoncurrentVersionExpiration":{"NoncurrentDays":60},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}})");
        const QList<RuleStep> steps = ruleTimeline(c.rules.first());
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.at(0).kind, RuleStep::Kind::Transition);
        QCOMPARE(steps.at(0).storageClass, u"STANDARD_IA");
        QCOMPARE(steps.at(0).day, std::optional<int>(30));
        QCOMPARE(steps.at(0).transitionIndex, 1);
        QCOMPARE(steps.at(1).storageClass, u"GLACIER");
        QCOMPARE(steps.at(2).kind, RuleStep::Kind::Expiration);
        QCOMPARE(steps.at(2).day, std::optional<int>(365));
        QCOMPARE(steps.at(3).kind, RuleStep::Kind::NoncurrentTransition);
        QCOMPARE(steps.at(3).newerNoncurrentVersions, std::optional<int>(3));
        QCOMPARE(steps.at(4).kind, RuleStep::Kind::NoncurrentExpiration);
        QCOMPARE(steps.at(5).kind, RuleStep::Kind::AbortUpload);
        QCOMPARE(steps.at(5).day, std::optional<int>(7));

        const auto d = config(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Date":"2030-01-01T00:00:00Z","StorageClass":"GLACIER"}]},{"Status":"Enabled","Filter":{},"Expiration":{"ExpiredObjectDeleteMarker":true}})");
        const QList<RuleStep> dated = ruleTimeline(d.rules.at(0));
        QCOMPARE(dated.size(), 1);
        QCOMPARE(dated.first().date, std::optional<QDate>(QDate(2030, 1, 1)));
        QVERIFY(!dated.first().day);
        QCOMPARE(ruleTimeline(d.rules.at(1)).first().kind, RuleStep::Kind::ExpiredDeleteMarkers);
    }

    void summaryForPreview()
    {
        const auto c = config(kTiered + R"(,{"Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":3}})");
        PlanInput input;
        input.objects = {object(QStringLiteral("new"), utc(2024, 1, 1, 12), 1000),
                         object(QStringLiteral("older"), utc(2023, 11, 1, 12), 2000),
                         object(QStringLiteral("oldest"), utc(2023, 1, 1, 12), 4000)};
        input.uploads = {{QStringLiteral("u"), QStringLiteral("u1"), utc(2024, 1, 25)}};
        const PlanSummary s = summarize(c, input, utc(2024, 1, 20), 14);
        // By 2024-02-03: "new" -> STANDARD_IA (2024-02-01), "older" -> GLACIER (2024-01-31; its STANDARD_IA step of December is overdue),
        // "oldest" expired (2024-01-02); the upload is aborted on 2024-01-29.
        QCOMPARE(s.transitions.value(QStringLiteral("STANDARD_IA")).count, 2); // "new", and "older" (overdue)
        QCOMPARE(s.transitions.value(QStringLiteral("GLACIER")).count, 1);
        QCOMPARE(s.transitions.value(QStringLiteral("GLACIER")).bytes, 2000);
        QCOMPARE(s.transitions.value(QStringLiteral("GLACIER")).keys, strings({"older"}));
        QCOMPARE(s.expirations.count, 1);
        QCOMPARE(s.expirations.bytes, 4000);
        QCOMPARE(s.expirations.keys, strings({"oldest"}));
        QCOMPARE(s.abortedUploads.count, 1);
        QCOMPARE(s.deleteMarkersRemoved.count, 0);
        const PlanSummary capped = summarize(c, input, utc(2024, 1, 20), 14, 1);
        QCOMPARE(capped.transitions.value(QStringLiteral("STANDARD_IA")).keys.size(), 1);
        QVERIFY(capped.transitions.value(QStringLiteral("STANDARD_IA")).keysTruncated);
    }

    void manyObjectsStayLinear()
    {
        const auto c = config(kTiered);
        PlanInput input;
        for (int i = 0; i < 20000; ++i)
            input.objects.append(object(QStringLiteral("k%1").arg(i), utc(2024, 1, 1).addSecs(i * 60)));
        QCOMPARE(due(c, input, utc(2024, 5, 1)).size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestLifecyclePlanner)
#include "tst_lifecycleplanner.moc"
