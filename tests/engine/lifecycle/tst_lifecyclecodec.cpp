#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "engine/lifecycle/lifecyclecodec.h"

using namespace Lifecycle;
using Core::ErrorCode;

namespace {

// The example from `aws s3api put-bucket-lifecycle-configuration help`, extended with every action.
const char kAwsCliJson[] = R"({
    "Rules": [
        {
            "ID": "Move rotated logs to Glacier",
            "Filter": {
                "Prefix": "rotated/"
            },
            "Status": "Enabled",
            "Transitions": [
                {
                    "Date": "2015-11-10T00:00:00.000Z",
                    "StorageClass": "GLACIER"
                }
            ]
        },
        {
            "Status": "Enabled",
            "Filter": {
                "Prefix": ""
            },
            "NoncurrentVersionTransitions": [
                {
                    "NoncurrentDays": 2,
                    "StorageClass": "GLACIER"
                }
            ],
            "ID": "Move old versions to Glacier"
        },
        {
            "ID": "tiered",
            "Status": "Disabled",
            "Filter": {
                "And": {
                    "Prefix": "data/",
                    "Tags": [ { "Key": "class", "Value": "cold" }, { "Key": "team", "Value": "ml" } ],
                    "ObjectSizeGreaterThan": 1024,
                    "ObjectSizeLessThan": 1099511627776
                }
            },
            "Transitions": [
                { "Days": 30, "StorageClass": "STANDARD_IA" },
                { "Days": 90, "StorageClass": "GLACIER" }
            ],
            "Expiration": { "Days": 365 },
            "NoncurrentVersionTransitions": [
                { "NoncurrentDays": 30, "StorageClass": "STANDARD_IA", "NewerNoncurrentVersions": 2 }
            ],
            "NoncurrentVersionExpiration": { "NoncurrentDays": 60, "NewerNoncurrentVersions": 3 }
        },
        {
            "ID": "uploads",
            "Prefix": "tmp/",
            "Status": "Enabled",
            "AbortIncompleteMultipartUpload": { "DaysAfterInitiation": 7 },
            "Expiration": { "ExpiredObjectDeleteMarker": true }
        }
    ]
})";

const char kAwsXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Rule>
    <ID>id1</ID>
    <Filter>
      <And>
        <Prefix>documents/</Prefix>
        <Tag><Key>key1</Key><Value>value1</Value></Tag>
        <Tag><Key>key2</Key><Value></Value></Tag>
      </And>
    </Filter>
    <Status>Enabled</Status>
    <Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition>
    <Transition><Days>365</Days><StorageClass>GLACIER</StorageClass></Transition>
    <Expiration><Days>3650</Days></Expiration>
    <NoncurrentVersionTransition><NoncurrentDays>40</NoncurrentDays><StorageClass>ONEZONE_IA</StorageClass><NewerNoncurrentVersions>5</NewerNoncurrentVersions></NoncurrentVersionTransition>
    <NoncurrentVersionExpiration><NoncurrentDays>100</NoncurrentDays></NoncurrentVersionExpiration>
  </Rule>
  <Rule>
    <ID>all</ID>
    <Filter></Filter>
    <Status>Enabled</Status>
    <AbortIncompleteMultipartUpload><DaysAfterInitiation>3</DaysAfterInitiation></AbortIncompleteMultipartUpload>
  </Rule>
  <Rule>
    <Prefix>legacy/</Prefix>
    <Status>Disabled</Status>
    <Expiration><Date>2030-01-01T00:00:00.000Z</Date></Expiration>
  </Rule>
  <Rule>
    <ID>big</ID>
    <Filter><ObjectSizeGreaterThan>1048576</ObjectSizeGreaterThan></Filter>
    <Status>Enabled</Status>
    <Transition><Days>0</Days><StorageClass>INTELLIGENT_TIERING</StorageClass></Transition>
  </Rule>
</LifecycleConfiguration>
)";

QByteArray rulesXml(const QByteArray &rules)
{
    return "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + rules
        + "</LifecycleConfiguration>";
}

} // namespace

class TestLifecycleCodec : public QObject
{
    Q_OBJECT
private slots:
    void xmlSample()
    {
        const auto config = fromXml(kAwsXml);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->rules.size(), 4);
        const Rule &r0 = config->rules.at(0);
        QCOMPARE(r0.id, u"id1");
        QVERIFY(r0.filter && r0.filter->andOperator);
        QCOMPARE(r0.filter->andOperator->prefix, std::optional<QString>(QStringLiteral("documents/")));
        QCOMPARE(r0.filter->andOperator->tags.size(), 2);
        QCOMPARE(r0.filter->andOperator->tags.at(1).value, QString());
        QCOMPARE(r0.transitions.size(), 2);
        QCOMPARE(r0.transitions.at(1).storageClass, u"GLACIER");
        QCOMPARE(r0.expiration->days, std::optional<int>(3650));
        QCOMPARE(r0.noncurrentVersionTransitions.at(0).newerNoncurrentVersions, std::optional<int>(5));
        const Rule &r1 = config->rules.at(1);
        QVERIFY(r1.filter);
        QCOMPARE(r1.filter->predicateCount(), 0);
        QCOMPARE(r1.abortIncompleteMultipartUpload->daysAfterInitiation, std::optional<int>(3));
        const Rule &r2 = config->rules.at(2);
        QCOMPARE(r2.prefix, std::optional<QString>(QStringLiteral("legacy/")));
        QVERIFY(!r2.filter);
        QCOMPARE(r2.status, RuleStatus::Disabled);
        QCOMPARE(r2.expiration->date->toUTC(), QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(config->rules.at(3).filter->objectSizeGreaterThan, std::optional<qint64>(1048576));
    }

    void xmlRoundTrip()
    {
        const auto config = fromXml(kAwsXml);
        QVERIFY(config);
        const QByteArray written = toXml(*config);
        QVERIFY(written.contains("xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\""));
        QVERIFY(written.contains("<Date>2030-01-01T00:00:00.000Z</Date>"));
        const auto again = fromXml(written);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(*again, *config);
    }

    void jsonAwsCliSample()
    {
        const auto config = fromJson(kAwsCliJson);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->rules.size(), 4);
        QCOMPARE(config->rules.at(0).transitions.at(0).date->toUTC(),
                 QDateTime(QDate(2015, 11, 10), QTime(0, 0), QTimeZone::utc()));
        const Rule &tiered = config->rules.at(2);
        QCOMPARE(tiered.filter->andOperator->objectSizeLessThan, std::optional<qint64>(1099511627776LL));
        QCOMPARE(tiered.noncurrentVersionExpiration->newerNoncurrentVersions, std::optional<int>(3));
        QCOMPARE(config->rules.at(3).prefix, std::optional<QString>(QStringLiteral("tmp/")));
        QCOMPARE(config->rules.at(3).expiration->expiredObjectDeleteMarker, std::optional<bool>(true));
    }

    void jsonRoundTripAndCrossFormat()
    {
        const auto config = fromJson(kAwsCliJson);
        QVERIFY(config);
        const QByteArray json = toJson(*config);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QVERIFY(root.contains(u"Rules"));
        QCOMPARE(root.value(u"Rules")[0][u"Transitions"][0][u"Date"].toString(), u"2015-11-10T00:00:00+00:00");
        QCOMPARE(root.value(u"Rules")[2][u"Filter"][u"And"][u"Tags"][1][u"Key"].toString(), u"team");
        const auto again = fromJson(json);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(*again, *config);
        // JSON -> XML -> JSON keeps everything.
        const auto viaXml = fromXml(toXml(*config));
        QVERIFY2(viaXml.has_value(), qPrintable(viaXml ? QString() : viaXml.error().message));
        QCOMPARE(*viaXml, *config);
        QCOMPARE(toJson(*viaXml), json);
    }

    void jsonSyntaxErrorHasLineAndColumn()
    {
        const QByteArray broken = "{\n  \"Rules\": [\n    {\"ID\": \"a\",, \"Status\": \"Enabled\"}\n  ]\n}";
        const auto r = fromJson(broken);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QVERIFY2(r.error().message.startsWith(u"line 3, column "), qPrintable(r.error().message));
    }

    void lineColumnCountsCharacters()
    {
        const QByteArray text = "ab\n\xc3\xa9x"; // "é" is two bytes, one character
        QCOMPARE(lineColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(lineColumn(text, 3), std::make_pair(2, 1));
        QCOMPARE(lineColumn(text, 5), std::make_pair(2, 2));
    }

    void jsonShapeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("not an object") << QByteArray("[]") << int(ErrorCode::ParseError) << "LifecycleConfiguration";
        QTest::newRow("no Rules") << QByteArray("{}") << int(ErrorCode::ParseError) << "LifecycleConfiguration: Missing";
        QTest::newRow("unknown key")
            << QByteArray(R"({"Rules":[{"ID":"a","Status":"Enabled","Expiry":{}}]})") << int(ErrorCode::ParseError)
            << "Rules[0]: Unknown parameter \"Expiry\"";
        QTest::newRow("string days")
            << QByteArray(R"({"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Days":"3"}}]})")
            << int(ErrorCode::ParseError) << "Rules[0].Expiration.Days: Invalid type";
        QTest::newRow("fraction")
            << QByteArray(R"({"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Days":1.5}}]})")
            << int(ErrorCode::ParseError) << "Rules[0].Expiration.Days: Invalid type";
        QTest::newRow("huge days")
            << QByteArray(R"({"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Days":99999999999999999999}}]})")
            << int(ErrorCode::MalformedXML) << "The value is out of range";
        QTest::newRow("huge size")
            << QByteArray(R"({"Rules":[{"Status":"Enabled","Filter":{"ObjectSizeLessThan":1e300},"Expiration":{"Days":1}}]})")
            << int(ErrorCode::MalformedXML) << "The value is out of range";
        QTest::newRow("bad status")
            << QByteArray(R"({"Rules":[{"Status":"enabled","Filter":{},"Expiration":{"Days":1}}]})")
            << int(ErrorCode::MalformedXML) << "Status must be Enabled or Disabled";
        QTest::newRow("bad date")
            << QByteArray(R"({"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Date":"tomorrow"}}]})")
            << int(ErrorCode::ParseError) << "Rules[0].Expiration.Date: Invalid timestamp";
        QTest::newRow("validation names rule and field")
            << QByteArray(R"({"Rules":[{"ID":"x","Status":"Enabled","Filter":{},"Expiration":{"Days":0}}]})")
            << int(ErrorCode::InvalidArgument)
            << "'Days' for Expiration action must be a positive integer (rule 'x', Rules[0].Expiration.Days)";
    }

    void jsonShapeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, messageStart);
        const auto r = fromJson(json);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.startsWith(messageStart), qPrintable(r.error().message));
    }

    void structureOnlySkipsValidation()
    {
        const QByteArray json = R"({"Rules":[{"ID":"x","Status":"Enabled","Filter":{},"Expiration":{"Days":0}}]})";
        QVERIFY(!fromJson(json));
        const auto loose = fromJson(json, Check::StructureOnly);
        QVERIFY(loose);
        QCOMPARE(loose->rules.at(0).expiration->days, std::optional<int>(0));
    }

    void hostileXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                                               "<LifecycleConfiguration><Rule><ID>&a;</ID></Rule></LifecycleConfiguration>")
                                 << "DOCTYPE";
        QTest::newRow("billion laughs")
            << QByteArray("<!DOCTYPE l [<!ENTITY a \"x\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                          "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><LifecycleConfiguration>&c;</LifecycleConfiguration>")
            << "DOCTYPE";
        QByteArray deep = "<LifecycleConfiguration><Rule><Filter><And>";
        for (int i = 0; i < 100000; ++i)
            deep += "<Tag>";
        QTest::newRow("deep nesting") << deep << "Unexpected element Tag"; // the strict schema stops it early
        QTest::newRow("wrong root") << QByteArray("<Lifecycle/>") << "root element";
        QTest::newRow("empty") << QByteArray() << "Premature end";
        QTest::newRow("not xml") << QByteArray("{\"Rules\":[]}") << "";
        QTest::newRow("unknown element")
            << rulesXml("<Rule><Status>Enabled</Status><Filter/><Foo/></Rule>") << "Unexpected element Foo";
        QTest::newRow("repeated ID")
            << rulesXml("<Rule><ID>a</ID><ID>b</ID><Status>Enabled</Status></Rule>") << "Repeated element ID";
        QTest::newRow("huge days")
            << rulesXml("<Rule><Status>Enabled</Status><Filter/><Expiration><Days>99999999999999999999999</Days>"
                        "</Expiration></Rule>")
            << "Days must be an integer";
        QTest::newRow("days over int32")
            << rulesXml("<Rule><Status>Enabled</Status><Filter/><Expiration><Days>2147483648</Days></Expiration></Rule>")
            << "Days must be an integer";
        QTest::newRow("size over int64")
            << rulesXml("<Rule><Status>Enabled</Status><Filter><ObjectSizeLessThan>9223372036854775808"
                        "</ObjectSizeLessThan></Filter><Expiration><Days>1</Days></Expiration></Rule>")
            << "ObjectSizeLessThan must be an integer";
        QTest::newRow("text in element")
            << rulesXml("<Rule>junk<Status>Enabled</Status></Rule>") << "Unexpected text";
        QTest::newRow("element in text")
            << rulesXml("<Rule><ID><b>x</b></ID><Status>Enabled</Status></Rule>") << "in a text element";
        QTest::newRow("truncated") << QByteArray("<LifecycleConfiguration><Rule><ID>x</ID>") << "";
        QTest::newRow("trailing element") << rulesXml("") + "<More/>" << "";
        QTest::newRow("bad marker flag")
            << rulesXml("<Rule><Status>Enabled</Status><Filter/><Expiration><ExpiredObjectDeleteMarker>yes"
                        "</ExpiredObjectDeleteMarker></Expiration></Rule>")
            << "true or false";
        QTest::newRow("transition days and date")
            << rulesXml("<Rule><Status>Enabled</Status><Filter/><Transition><Days>1</Days><Date>2030-01-01T00:00:00Z"
                        "</Date><StorageClass>GLACIER</StorageClass></Transition></Rule>")
            << "exactly one of Days or Date";
        QTest::newRow("bad status")
            << rulesXml("<Rule><Status>On</Status><Filter/><Expiration><Days>1</Days></Expiration></Rule>")
            << "Status must be Enabled or Disabled";
        QTest::newRow("missing status")
            << rulesXml("<Rule><Filter/><Expiration><Days>1</Days></Expiration></Rule>") << "must contain Status";
        QTest::newRow("prefix and filter")
            << rulesXml("<Rule><Prefix>a</Prefix><Filter/><Status>Enabled</Status><Expiration><Days>1</Days>"
                        "</Expiration></Rule>")
            << "both Prefix and Filter";
        QTest::newRow("two predicates")
            << rulesXml("<Rule><Filter><Prefix>a</Prefix><Tag><Key>k</Key><Value>v</Value></Tag></Filter>"
                        "<Status>Enabled</Status><Expiration><Days>1</Days></Expiration></Rule>")
            << "only one of";
        QByteArray many;
        for (int i = 0; i < 1001; ++i)
            many += "<Rule><ID>r" + QByteArray::number(i) + "</ID><Filter/><Status>Enabled</Status>"
                    "<Expiration><Days>1</Days></Expiration></Rule>";
        QTest::newRow("1001 rules") << rulesXml(many) << "more than 1000 rules";
        QTest::newRow("oversized") << QByteArray(kMaxDocumentBytes + 1, ' ') << "larger than";
    }

    void hostileXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, fragment);
        const auto r = fromXml(xml);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::MalformedXML);
        QCOMPARE(r.error().s3Code, u"MalformedXML");
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }

    void hostileJson()
    {
        QByteArray deep(100000, '[');
        auto r = fromJson(deep);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QByteArray many = R"({"Rules":[)";
        for (int i = 0; i < 1001; ++i)
            many += (i ? "," : "") + QByteArray("{\"ID\":\"r") + QByteArray::number(i)
                + "\",\"Status\":\"Enabled\",\"Filter\":{},\"Expiration\":{\"Days\":1}}";
        many += "]}";
        r = fromJson(many);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::MalformedXML);
        QCOMPARE(fromJson(QByteArray(kMaxDocumentBytes + 1, ' ')).error().code, ErrorCode::ParseError);
    }

    void thousandRulesAccepted()
    {
        QByteArray many;
        for (int i = 0; i < 1000; ++i)
            many += "<Rule><ID>r" + QByteArray::number(i) + "</ID><Filter><Prefix>p" + QByteArray::number(i)
                + "/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>1</Days></Expiration></Rule>";
        const auto r = fromXml(rulesXml(many));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->rules.size(), 1000);
    }

    void timestampsWithoutZoneAreUtc()
    {
        const auto r = fromXml(rulesXml("<Rule><Filter/><Status>Enabled</Status><Expiration><Date>2031-02-03T00:00:00"
                                        "</Date></Expiration></Rule>"));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->rules.at(0).expiration->date->toUTC(), QDateTime(QDate(2031, 2, 3), QTime(0, 0), QTimeZone::utc()));
        const auto j = fromJson(R"({"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Date":"2031-02-03"}}]})");
        QVERIFY2(j.has_value(), qPrintable(j ? QString() : j.error().message));
        QCOMPARE(j->rules.at(0).expiration->date->toUTC(), QDateTime(QDate(2031, 2, 3), QTime(0, 0), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleCodec)
#include "tst_lifecyclecodec.moc"
