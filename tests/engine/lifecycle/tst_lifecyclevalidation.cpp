#include <QTest>
#include <QTimeZone>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleconfiguration.h"

using namespace Lifecycle;
using Core::ErrorCode;

namespace {

QByteArray rules(const QByteArray &body)
{
    return "{\"Rules\":[" + body + "]}";
}

} // namespace

// Raw strings here keep their braces balanced: moc 6.4 loses track of a class after an unbalanced one.
void addTableRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code"); // ErrorCode::None: accepted
    QTest::addColumn<QString>("message");

    const int ok = int(ErrorCode::None);
    const int malformed = int(ErrorCode::MalformedXML);
    const int argument = int(ErrorCode::InvalidArgument);
    const int request = int(ErrorCode::InvalidRequest);

    // Accepted.
    QTest::newRow("expire days") << rules(R"({"ID":"a","Status":"Enabled","Filter":{"Prefix":"logs/"},"Expiration":{"Days":1}})") << ok << "";
    QTest::newRow("legacy prefix") << rules(R"({"ID":"a","Status":"Enabled","Prefix":"","Expiration":{"Days":1}})") << ok << "";
    QTest::newRow("empty filter") << rules(R"({"Status":"Disabled","Filter":{},"Expiration":{"Days":1}})") << ok << "";
    QTest::newRow("date midnight") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Date":"2030-01-01T00:00:00Z"}})") << ok << "";
    QTest::newRow("transition chain")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":60,"StorageClass":"GLACIER"},{"Days":180,"StorageClass":"DEEP_ARCHIVE"}],"Expiration":{"Days":365}})")
        << ok << "";
    QTest::newRow("glacier day 0") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":0,"StorageClass":"GLACIER"}]})") << ok << "";
    QTest::newRow("intelligent tiering day 0") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":0,"StorageClass":"INTELLIGENT_TIERING"}]})") << ok << "";
    QTest::newRow("date transitions")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Date":"2030-01-01T00:00:00Z","StorageClass":"STANDARD_IA"},{"Date":"2030-03-01T00:00:00Z","StorageClass":"GLACIER"}],"Expiration":{"Date":"2031-01-01T00:00:00Z"}})")
        << ok << "";
    QTest::newRow("delete marker cleanup") << rules(R"({"Status":"Enabled","Filter":{"Prefix":"a/"},"Expiration":{"ExpiredObjectDeleteMarker":true},"NoncurrentVersionExpiration":{"NoncurrentDays":1}})") << ok << "";
    QTest::newRow("noncurrent")
        << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"STANDARD_IA","NewerNoncurrentVersions":2}],"NoncurrentVersionExpiration":{"NoncurrentDays":60,"NewerNoncurrentVersions":100}})")
        << ok << "";
    QTest::newRow("abort with prefix") << rules(R"({"Status":"Enabled","Filter":{"Prefix":"up/"},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}})") << ok << "";
    QTest::newRow("and with size") << rules(R"({"Status":"Enabled","Filter":{"And":{"Prefix":"a","ObjectSizeGreaterThan":10,"ObjectSizeLessThan":11}},"Expiration":{"Days":1}})") << ok << "";
    QTest::newRow("same id twice in different case") << rules(R"({"ID":"a","Status":"Enabled","Filter":{},"Expiration":{"Days":1}},{"ID":"A","Status":"Enabled","Filter":{},"Expiration":{"Days":2}})") << ok << "";
    QTest::newRow("id of 255") << rules("{\"ID\":\"" + QByteArray(255, 'i') + "\",\"Status\":\"Enabled\",\"Filter\":{},\"Expiration\":{\"Days\":1}}") << ok << "";

    // Rejected.
    QTest::newRow("no rules") << QByteArray(R"({"Rules":[]})") << malformed << "The configuration must contain at least one rule";
    QTest::newRow("duplicate id")
        << rules(R"({"ID":"a","Status":"Enabled","Filter":{},"Expiration":{"Days":1}},{"ID":"a","Status":"Enabled","Filter":{},"Expiration":{"Days":2}})")
        << argument << "Rule ID must be unique. Found same ID for more than one rule (rule 'a', Rules[1].ID)";
    QTest::newRow("id too long") << rules("{\"ID\":\"" + QByteArray(256, 'i') + "\",\"Status\":\"Enabled\",\"Filter\":{},\"Expiration\":{\"Days\":1}}") << argument << "ID length should not exceed allowed limit of 255";
    QTest::newRow("bad status") << rules(R"({"Status":"Paused","Filter":{},"Expiration":{"Days":1}})") << malformed << "Status must be Enabled or Disabled";
    QTest::newRow("no action") << rules(R"({"ID":"lazy","Status":"Enabled","Filter":{}})") << request << "At least one action needs to be specified in a rule (rule 'lazy', Rules[0])";
    QTest::newRow("no filter nor prefix") << rules(R"({"Status":"Enabled","Expiration":{"Days":1}})") << malformed << "Rule must include either Filter or Prefix";
    QTest::newRow("prefix and filter") << rules(R"({"Status":"Enabled","Prefix":"a","Filter":{},"Expiration":{"Days":1}})") << malformed << "Rule should not include both Filter and Prefix";
    QTest::newRow("two predicates") << rules(R"({"Status":"Enabled","Filter":{"Prefix":"a","ObjectSizeLessThan":5},"Expiration":{"Days":1}})") << malformed << "Filter must contain only one of";
    QTest::newRow("expiration days 0") << rules(R"({"ID":"z","Status":"Enabled","Filter":{},"Expiration":{"Days":0}})") << argument << "'Days' for Expiration action must be a positive integer (rule 'z', Rules[0].Expiration.Days)";
    QTest::newRow("expiration days negative") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Days":-5}})") << argument << "'Days' for Expiration action must be a positive integer (rule #1, Rules[0].Expiration.Days)";
    QTest::newRow("empty expiration") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{}})") << malformed << "Expiration action must specify one of";
    QTest::newRow("date not midnight") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Date":"2030-01-01T10:00:00Z"}})") << argument << "'Date' must be at midnight GMT";
    QTest::newRow("date midnight elsewhere") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Date":"2030-01-01T00:00:00+02:00"}})") << argument << "'Date' must be at midnight GMT";
    QTest::newRow("transition date not midnight") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Date":"2030-01-01T00:00:01Z","StorageClass":"GLACIER"}]})") << argument << "'Date' must be at midnight GMT (rule #1, Rules[0].Transitions[0].Date)";
    QTest::newRow("days and date in expiration") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Days":1,"Date":"2030-01-01T00:00:00Z"}})") << malformed << "Expiration action must not specify both";
    QTest::newRow("standard_ia before 30") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":29,"StorageClass":"STANDARD_IA"}]})") << argument << "'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'";
    QTest::newRow("onezone_ia before 30") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":1,"StorageClass":"ONEZONE_IA"}]})") << argument << "'Days' in Transition action must be greater than or equal to 30 for storageClass 'ONEZONE_IA'";
    QTest::newRow("transition negative") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":-1,"StorageClass":"GLACIER"}]})") << argument << "'Days' in Transition action must be nonnegative";
    QTest::newRow("transition without time") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"StorageClass":"GLACIER"}]})") << malformed << "Transition action must specify exactly one of 'Days' or 'Date'";
    QTest::newRow("unknown class") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":1,"StorageClass":"COLD"}]})") << malformed << "'StorageClass' must be one of";
    QTest::newRow("standard is no target") << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":1,"StorageClass":"STANDARD"}]})") << malformed << "'StorageClass' must be one of";
    QTest::newRow("noncurrent ia before 30") << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":10,"StorageClass":"STANDARD_IA"}]})") << argument << "'NoncurrentDays' in NoncurrentVersionTransition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'";
    QTest::newRow("glacier before ia")
        << rules(R"({"Status":"Enabled","Filter":{"Prefix":"x/"},"Transitions":[{"Days":30,"StorageClass":"GLACIER"},{"Days":60,"StorageClass":"STANDARD_IA"}]})")
        << argument << "'Days' in the Transition action for StorageClass 'GLACIER' for filter '(prefix=x/)' must be greater than 'Days' in the Transition action for StorageClass 'STANDARD_IA' for filter '(prefix=x/)'";
    QTest::newRow("same day two classes")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":40,"StorageClass":"GLACIER"},{"Days":40,"StorageClass":"DEEP_ARCHIVE"}]})")
        << argument << "'Days' in the Transition action for StorageClass 'DEEP_ARCHIVE' for filter (all) must be greater than";
    QTest::newRow("30 days in ia")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":45,"StorageClass":"GLACIER"}]})")
        << argument << "'Days' in the Transition action for StorageClass 'GLACIER' for filter (all) must be 30 days more than";
    QTest::newRow("repeated class")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":1,"StorageClass":"GLACIER"},{"Days":5,"StorageClass":"GLACIER"}]})")
        << request << "'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter (all)";
    QTest::newRow("expiration not after transition")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":90,"StorageClass":"GLACIER"}],"Expiration":{"Days":90}})")
        << argument << "'Days' in the Expiration action for filter (all) must be greater than 'Days' in the Transition action for StorageClass 'GLACIER'";
    QTest::newRow("expiration date before transition date")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Date":"2030-06-01T00:00:00Z","StorageClass":"GLACIER"}],"Expiration":{"Date":"2030-01-01T00:00:00Z"}})")
        << argument << "'Date' in the Expiration action for filter (all) must be greater than 'Date'";
    QTest::newRow("mixed days and date transitions")
        << rules(R"({"Status":"Enabled","Filter":{"Prefix":"m"},"Transitions":[{"Days":1,"StorageClass":"GLACIER"},{"Date":"2030-01-01T00:00:00Z","StorageClass":"DEEP_ARCHIVE"}]})")
        << request << "Found mixed 'Date' and 'Days' based Transition actions in lifecycle rule for filter '(prefix=m)'";
    QTest::newRow("mixed expiration and transition")
        << rules(R"({"Status":"Enabled","Filter":{},"Transitions":[{"Days":1,"StorageClass":"GLACIER"}],"Expiration":{"Date":"2030-01-01T00:00:00Z"}})")
        << request << "Found mixed 'Date' and 'Days' based Expiration and Transition actions";
    QTest::newRow("marker with days") << rules(R"({"Status":"Enabled","Filter":{},"Expiration":{"Days":3,"ExpiredObjectDeleteMarker":true}})") << malformed << "ExpiredObjectDeleteMarker cannot be specified with Days or Date in a Lifecycle Expiration Policy";
    QTest::newRow("marker with tag")
        << rules(R"({"Status":"Enabled","Filter":{"Tag":{"Key":"k","Value":"v"}},"Expiration":{"ExpiredObjectDeleteMarker":true}})")
        << request << "Tag-based filter cannot be used with ExpiredObjectDeleteMarker action";
    QTest::newRow("abort with tag")
        << rules(R"({"Status":"Enabled","Filter":{"And":{"Prefix":"a","Tags":[{"Key":"k","Value":"v"}]}},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}})")
        << request << "Tag-based filter cannot be used with AbortIncompleteMultipartUpload action";
    QTest::newRow("abort days 0") << rules(R"({"Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":0}})") << argument << "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer";
    QTest::newRow("abort without days") << rules(R"({"Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{}})") << malformed << "AbortIncompleteMultipartUpload action must include 'DaysAfterInitiation'";
    QTest::newRow("size bounds crossed") << rules(R"({"Status":"Enabled","Filter":{"And":{"ObjectSizeGreaterThan":100,"ObjectSizeLessThan":100}},"Expiration":{"Days":1}})") << argument << "'ObjectSizeLessThan' must be greater than 'ObjectSizeGreaterThan'";
    QTest::newRow("negative size") << rules(R"({"Status":"Enabled","Filter":{"ObjectSizeGreaterThan":-1},"Expiration":{"Days":1}})") << argument << "'ObjectSizeGreaterThan' must be a nonnegative integer";
    QTest::newRow("empty and") << rules(R"({"Status":"Enabled","Filter":{"And":{}},"Expiration":{"Days":1}})") << malformed << "And must include at least one of";
    QTest::newRow("duplicate tag keys")
        << rules(R"({"Status":"Enabled","Filter":{"And":{"Tags":[{"Key":"k","Value":"1"},{"Key":"k","Value":"2"}]}},"Expiration":{"Days":1}})")
        << request << "Duplicate Tag Keys are not allowed. (rule #1, Rules[0].Filter.And.Tags[1].Key)";
    QTest::newRow("empty tag key") << rules(R"({"Status":"Enabled","Filter":{"Tag":{"Key":"","Value":"v"}},"Expiration":{"Days":1}})") << request << "A Tag's Key must be a length between 1 and 128";
    QTest::newRow("long prefix") << rules("{\"Status\":\"Enabled\",\"Filter\":{\"Prefix\":\"" + QByteArray(1025, 'p') + "\"},\"Expiration\":{\"Days\":1}}") << request << "The maximum size of a prefix is 1024";
    QTest::newRow("noncurrent days 0") << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":0}})") << argument << "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer";
    QTest::newRow("noncurrent without days") << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NewerNoncurrentVersions":3}})") << malformed << "NoncurrentVersionExpiration action must include 'NoncurrentDays'";
    QTest::newRow("newer versions 101") << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":1,"NewerNoncurrentVersions":101}})") << argument << "'NewerNoncurrentVersions' in NoncurrentVersionExpiration action must be a positive integer";
    QTest::newRow("noncurrent glacier before ia")
        << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"GLACIER"},{"NoncurrentDays":60,"StorageClass":"ONEZONE_IA"}]})")
        << argument << "'NoncurrentDays' in the NoncurrentVersionTransition action for StorageClass 'GLACIER' for filter (all) must be greater than";
    QTest::newRow("noncurrent 30 days in ia")
        << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"STANDARD_IA"},{"NoncurrentDays":31,"StorageClass":"DEEP_ARCHIVE"}]})")
        << argument << "'NoncurrentDays' in the NoncurrentVersionTransition action for StorageClass 'DEEP_ARCHIVE' for filter (all) must be 30 days more than";
    QTest::newRow("noncurrent expiration before transition")
        << rules(R"({"Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":40,"StorageClass":"GLACIER"}],"NoncurrentVersionExpiration":{"NoncurrentDays":40}})")
        << argument << "'NoncurrentDays' in the NoncurrentVersionExpiration action for filter (all) must be greater than";
}

// A table of configurations AWS accepts and rejects, with the code and message AWS answers.
class TestLifecycleValidation : public QObject
{
    Q_OBJECT
private slots:
    void table_data() { addTableRows(); }

    void table()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = fromJson(json);
        if (code == int(ErrorCode::None)) {
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
            // Whatever is accepted must survive the XML the server stores and serves.
            const auto viaXml = fromXml(toXml(*r));
            QVERIFY2(viaXml.has_value(), qPrintable(viaXml ? QString() : viaXml.error().message));
            QCOMPARE(*viaXml, *r);
            return;
        }
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
        // The XML path gives the same answer (JSON-only shape errors aside).
        const auto structure = fromJson(json, Check::StructureOnly);
        if (structure) {
            const auto x = fromXml(toXml(*structure));
            QVERIFY(!x);
            QCOMPARE(int(x.error().code), code);
        }
    }

    void issuesListEveryProblemWithLocation()
    {
        LifecycleConfiguration config;
        Rule a;
        a.id = QStringLiteral("a");
        a.filter = Filter {};
        a.expiration = Expiration {.days = 0};
        a.transitions.append({.days = 5, .date = {}, .storageClass = QStringLiteral("STANDARD_IA")});
        Rule b;
        b.id = QStringLiteral("a");
        b.prefix = QString();
        config.rules = {a, b};
        const QList<Issue> issues = validationIssues(config);
        QStringList fields;
        for (const Issue &i : issues)
            fields << i.field;
        QVERIFY2(fields.contains(u"Rules[0].Expiration.Days"), qPrintable(fields.join(u' ')));
        QVERIFY(fields.contains(u"Rules[0].Transitions[0].Days"));
        QVERIFY(fields.contains(u"Rules[1].ID"));
        QVERIFY(fields.contains(u"Rules[1]")); // no action
        QCOMPARE(issues.first().ruleIndex, 0);
        QCOMPARE(issues.first().ruleId, u"a");
    }

    void thousandAndOneRules()
    {
        LifecycleConfiguration config;
        for (int i = 0; i < 1001; ++i) {
            Rule r;
            r.id = QString::number(i);
            r.filter = Filter {};
            r.expiration = Expiration {.days = 1};
            config.rules.append(r);
        }
        const auto status = validate(config);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::MalformedXML);
        QCOMPARE(validationIssues(config).size(), 1);
        config.rules.removeLast();
        QVERIFY(validate(config));
    }

    void assignMissingIdsMakesUniqueIds()
    {
        LifecycleConfiguration config;
        Rule r;
        r.filter = Filter {};
        r.expiration = Expiration {.days = 1};
        config.rules = {r, r};
        assignMissingIds(config);
        QVERIFY(!config.rules.at(0).id.isEmpty());
        QVERIFY(config.rules.at(0).id != config.rules.at(1).id);
        QVERIFY(config.rules.at(0).id.size() <= kMaxIdLength);
        QVERIFY(validate(config));
    }

    void conflictPreference()
    {
        QVERIFY(preferredTransitionClass(QStringLiteral("GLACIER"), QStringLiteral("STANDARD_IA")));
        QVERIFY(preferredTransitionClass(QStringLiteral("GLACIER"), QStringLiteral("ONEZONE_IA")));
        QVERIFY(preferredTransitionClass(QStringLiteral("INTELLIGENT_TIERING"), QStringLiteral("GLACIER_IR")));
        QVERIFY(preferredTransitionClass(QStringLiteral("DEEP_ARCHIVE"), QStringLiteral("INTELLIGENT_TIERING")));
        QVERIFY(!preferredTransitionClass(QStringLiteral("STANDARD_IA"), QStringLiteral("ONEZONE_IA")));
        QVERIFY(waterfallRank(QStringLiteral("STANDARD")) < waterfallRank(QStringLiteral("STANDARD_IA")));
        QVERIFY(waterfallRank(QStringLiteral("GLACIER")) < waterfallRank(QStringLiteral("DEEP_ARCHIVE")));
        QCOMPARE(waterfallRank(QStringLiteral("REDUCED_REDUNDANCY")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleValidation)
#include "tst_lifecyclevalidation.moc"
