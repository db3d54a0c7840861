#include <QTest>

#include "engine/policy/condition.h"
#include "engine/policy/wildcard.h"

using namespace Qt::StringLiterals;
using Policy::ConditionOperator;

class TestCondition : public QObject
{
    Q_OBJECT

private slots:
    void operatorNames_data();
    void operatorNames();
    void evaluate_data();
    void evaluate();
    void variablesInValues();
    void wildcard_data();
    void wildcard();
    void ipRanges_data();
    void ipRanges();
    void dates_data();
    void dates();
};

void TestCondition::operatorNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<bool>("ifExists");
    QTest::addColumn<int>("qualifier");

    using F = ConditionOperator::Family;
    using Q = ConditionOperator::SetQualifier;
    QTest::newRow("StringEquals") << u"StringEquals"_s << true << int(F::String) << false << false << int(Q::None);
    QTest::newRow("StringNotEqualsIgnoreCaseIfExists")
        << u"StringNotEqualsIgnoreCaseIfExists"_s << true << int(F::StringIgnoreCase) << true << true << int(Q::None);
    QTest::newRow("ForAnyValue:StringLike")
        << u"ForAnyValue:StringLike"_s << true << int(F::StringLike) << false << false << int(Q::ForAnyValue);
    QTest::newRow("ForAllValues:StringNotLikeIfExists") << u"ForAllValues:StringNotLikeIfExists"_s << true
                                                        << int(F::StringLike) << true << true << int(Q::ForAllValues);
    QTest::newRow("NotIpAddress") << u"NotIpAddress"_s << true << int(F::IpAddress) << true << false << int(Q::None);
    QTest::newRow("ArnNotLikeIfExists") << u"ArnNotLikeIfExists"_s << true << int(F::Arn) << true << true
                                        << int(Q::None);
    QTest::newRow("DateGreaterThanEquals")
        << u"DateGreaterThanEquals"_s << true << int(F::Date) << false << false << int(Q::None);
    QTest::newRow("Null") << u"Null"_s << true << int(F::Null) << false << false << int(Q::None);
    QTest::newRow("BoolIfExists") << u"BoolIfExists"_s << true << int(F::Bool) << false << true << int(Q::None);
    QTest::newRow("StringEqualz") << u"StringEqualz"_s << false << 0 << false << false << 0;
    QTest::newRow("stringequals") << u"stringequals"_s << false << 0 << false << false << 0;
    QTest::newRow("NullIfExists") << u"NullIfExists"_s << false << 0 << false << false << 0;
    QTest::newRow("IfExists") << u"IfExists"_s << false << 0 << false << false << 0;
    QTest::newRow("ForAnyValue:") << u"ForAnyValue:"_s << false << 0 << false << false << 0;
}

void TestCondition::operatorNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto op = ConditionOperator::parse(name);
    QCOMPARE(op.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, family);
    QFETCH(bool, negated);
    QFETCH(bool, ifExists);
    QFETCH(int, qualifier);
    QCOMPARE(int(op->family), family);
    QCOMPARE(op->negated, negated);
    QCOMPARE(op->ifExists, ifExists);
    QCOMPARE(int(op->qualifier), qualifier);
    QCOMPARE(op->name, name);
}

void TestCondition::evaluate_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QStringList>("policy");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QStringList>("request");
    QTest::addColumn<bool>("expected");

    const QStringList none;
    auto row = [](const char *name, const QString &op, const QStringList &policy, const QStringList &request,
                   bool expected) { QTest::newRow(name) << op << policy << true << request << expected; };
    auto missing = [](const char *name, const QString &op, const QStringList &policy, bool expected) {
        QTest::newRow(name) << op << policy << false << QStringList() << expected;
    };

    // String family.
    row("StringEquals match", u"StringEquals"_s, { u"AES256"_s }, { u"AES256"_s }, true);
    row("StringEquals case", u"StringEquals"_s, { u"AES256"_s }, { u"aes256"_s }, false);
    row("StringEquals any of values", u"StringEquals"_s, { u"a"_s, u"b"_s }, { u"b"_s }, true);
    row("StringEquals no wildcard", u"StringEquals"_s, { u"a*"_s }, { u"abc"_s }, false);
    row("StringNotEquals other", u"StringNotEquals"_s, { u"a"_s }, { u"b"_s }, true);
    row("StringNotEquals same", u"StringNotEquals"_s, { u"a"_s }, { u"a"_s }, false);
    row("StringNotEquals values are ANDed", u"StringNotEquals"_s, { u"a"_s, u"b"_s }, { u"b"_s }, false);
    row("StringEqualsIgnoreCase", u"StringEqualsIgnoreCase"_s, { u"Public-Read"_s }, { u"public-read"_s }, true);
    row("StringNotEqualsIgnoreCase same", u"StringNotEqualsIgnoreCase"_s, { u"ABC"_s }, { u"abc"_s }, false);
    row("StringNotEqualsIgnoreCase other", u"StringNotEqualsIgnoreCase"_s, { u"ABC"_s }, { u"abd"_s }, true);
    row("StringLike star", u"StringLike"_s, { u"home/*"_s }, { u"home/alice/x"_s }, true);
    row("StringLike question", u"StringLike"_s, { u"v?"_s }, { u"v1"_s }, true);
    row("StringLike question one char only", u"StringLike"_s, { u"v?"_s }, { u"v12"_s }, false);
    row("StringLike case sensitive", u"StringLike"_s, { u"Home/*"_s }, { u"home/x"_s }, false);
    row("StringLike empty prefix matches star", u"StringLike"_s, { u"*"_s }, { u""_s }, true);
    row("StringNotLike match", u"StringNotLike"_s, { u"tmp/*"_s }, { u"tmp/a"_s }, false);
    row("StringNotLike no match", u"StringNotLike"_s, { u"tmp/*"_s }, { u"docs/a"_s }, true);
    // Numeric family.
    row("NumericEquals", u"NumericEquals"_s, { u"10"_s }, { u"10.0"_s }, true);
    row("NumericEquals differs", u"NumericEquals"_s, { u"10"_s }, { u"11"_s }, false);
    row("NumericNotEquals", u"NumericNotEquals"_s, { u"10"_s }, { u"11"_s }, true);
    row("NumericNotEquals same", u"NumericNotEquals"_s, { u"10"_s }, { u"10"_s }, false);
    row("NumericLessThan yes", u"NumericLessThan"_s, { u"100"_s }, { u"99"_s }, true);
    row("NumericLessThan equal", u"NumericLessThan"_s, { u"100"_s }, { u"100"_s }, false);
    row("NumericLessThanEquals equal", u"NumericLessThanEquals"_s, { u"100"_s }, { u"100"_s }, true);
    row("NumericGreaterThan yes", u"NumericGreaterThan"_s, { u"5"_s }, { u"6"_s }, true);
    row("NumericGreaterThan no", u"NumericGreaterThan"_s, { u"5"_s }, { u"5"_s }, false);
    row("NumericGreaterThanEquals equal", u"NumericGreaterThanEquals"_s, { u"5"_s }, { u"5"_s }, true);
    row("Numeric request not a number", u"NumericLessThan"_s, { u"5"_s }, { u"abc"_s }, false);
    // Date family.
    row("DateEquals iso", u"DateEquals"_s, { u"2024-01-01T00:00:00Z"_s }, { u"2024-01-01T00:00:00Z"_s }, true);
    row("DateEquals epoch vs iso", u"DateEquals"_s, { u"2024-01-01T00:00:00Z"_s }, { u"1704067200"_s }, true);
    row("DateEquals offset", u"DateEquals"_s, { u"2024-01-01T01:00:00+01:00"_s }, { u"2024-01-01T00:00:00Z"_s }, true);
    row("DateNotEquals", u"DateNotEquals"_s, { u"2024-01-01"_s }, { u"2024-01-02T00:00:00Z"_s }, true);
    row("DateLessThan yes", u"DateLessThan"_s, { u"2030-01-01T00:00:00Z"_s }, { u"2026-11-25T08:00:00Z"_s }, true);
    row("DateLessThan no", u"DateLessThan"_s, { u"2020-01-01T00:00:00Z"_s }, { u"2026-11-25T08:00:00Z"_s }, false);
    row("DateLessThanEquals equal", u"DateLessThanEquals"_s, { u"2024-01-01"_s }, { u"2024-01-01T00:00:00Z"_s }, true);
    row("DateGreaterThan yes", u"DateGreaterThan"_s, { u"2020-01-01"_s }, { u"2026-11-25T08:00:00.123Z"_s }, true);
    row("DateGreaterThanEquals no", u"DateGreaterThanEquals"_s, { u"2030-01-01"_s }, { u"2026-11-25T08:00:00Z"_s },
        false);
    // Bool.
    row("Bool true", u"Bool"_s, { u"true"_s }, { u"true"_s }, true);
    row("Bool false vs true", u"Bool"_s, { u"false"_s }, { u"true"_s }, false);
    row("Bool case", u"Bool"_s, { u"True"_s }, { u"true"_s }, true);
    // IP addresses.
    row("IpAddress v4 in", u"IpAddress"_s, { u"192.168.0.0/16"_s }, { u"192.168.12.1"_s }, true);
    row("IpAddress v4 out", u"IpAddress"_s, { u"192.168.0.0/16"_s }, { u"192.169.0.1"_s }, false);
    row("IpAddress single host", u"IpAddress"_s, { u"10.1.2.3"_s }, { u"10.1.2.3"_s }, true);
    row("IpAddress v6 in", u"IpAddress"_s, { u"2001:db8::/32"_s }, { u"2001:db8:1::5"_s }, true);
    row("IpAddress v6 out", u"IpAddress"_s, { u"2001:db8::/32"_s }, { u"2001:db9::1"_s }, false);
    row("IpAddress v4 vs v6", u"IpAddress"_s, { u"0.0.0.0/0"_s }, { u"::1"_s }, false);
    row("IpAddress list", u"IpAddress"_s, { u"10.0.0.0/8"_s, u"::1/128"_s }, { u"::1"_s }, true);
    row("NotIpAddress out", u"NotIpAddress"_s, { u"10.0.0.0/8"_s }, { u"11.0.0.1"_s }, true);
    row("NotIpAddress in", u"NotIpAddress"_s, { u"10.0.0.0/8"_s }, { u"10.9.9.9"_s }, false);
    // ARNs.
    row("ArnEquals", u"ArnEquals"_s, { u"arn:aws:iam::000000000000:user/alice"_s },
        { u"arn:aws:iam::000000000000:user/alice"_s }, true);
    row("ArnLike wildcard", u"ArnLike"_s, { u"arn:aws:iam::*:user/*"_s }, { u"arn:aws:iam::000000000000:user/bob"_s },
        true);
    row("ArnLike wildcard does not cross colons", u"ArnLike"_s, { u"arn:aws:*"_s },
        { u"arn:aws:iam::000000000000:user/bob"_s }, false);
    row("ArnLike other service", u"ArnLike"_s, { u"arn:aws:s3:::*"_s }, { u"arn:aws:iam::000000000000:user/bob"_s },
        false);
    row("ArnNotEquals", u"ArnNotEquals"_s, { u"arn:aws:iam::000000000000:user/alice"_s },
        { u"arn:aws:iam::000000000000:user/bob"_s }, true);
    row("ArnNotLike match", u"ArnNotLike"_s, { u"arn:aws:iam::*:user/*"_s }, { u"arn:aws:iam::1:user/x"_s }, false);
    // Missing keys.
    missing("missing StringEquals", u"StringEquals"_s, { u"a"_s }, false);
    missing("missing NumericLessThan", u"NumericLessThan"_s, { u"1"_s }, false);
    missing("missing Bool", u"Bool"_s, { u"false"_s }, false);
    missing("missing IpAddress", u"IpAddress"_s, { u"10.0.0.0/8"_s }, false);
    missing("missing StringNotEquals is true", u"StringNotEquals"_s, { u"a"_s }, true);
    missing("missing NotIpAddress is true", u"NotIpAddress"_s, { u"10.0.0.0/8"_s }, true);
    missing("missing StringEqualsIfExists", u"StringEqualsIfExists"_s, { u"a"_s }, true);
    missing("missing BoolIfExists", u"BoolIfExists"_s, { u"false"_s }, true);
    missing("missing ForAnyValue", u"ForAnyValue:StringEquals"_s, { u"a"_s }, false);
    missing("missing ForAllValues", u"ForAllValues:StringEquals"_s, { u"a"_s }, true);
    missing("Null true on missing", u"Null"_s, { u"true"_s }, true);
    missing("Null false on missing", u"Null"_s, { u"false"_s }, false);
    row("Null true on present", u"Null"_s, { u"true"_s }, { u"x"_s }, false);
    row("Null false on present", u"Null"_s, { u"false"_s }, { u"x"_s }, true);
    // IfExists when present behaves like the base operator.
    row("IfExists present match", u"StringEqualsIfExists"_s, { u"a"_s }, { u"a"_s }, true);
    row("IfExists present mismatch", u"StringEqualsIfExists"_s, { u"a"_s }, { u"b"_s }, false);
    // Set operators.
    row("ForAnyValue one matches", u"ForAnyValue:StringEquals"_s, { u"a"_s, u"b"_s }, { u"x"_s, u"b"_s }, true);
    row("ForAnyValue none", u"ForAnyValue:StringEquals"_s, { u"a"_s }, { u"x"_s, u"y"_s }, false);
    row("ForAllValues all in", u"ForAllValues:StringEquals"_s, { u"a"_s, u"b"_s }, { u"a"_s, u"b"_s }, true);
    row("ForAllValues one out", u"ForAllValues:StringEquals"_s, { u"a"_s, u"b"_s }, { u"a"_s, u"c"_s }, false);
    row("ForAllValues empty set", u"ForAllValues:StringEquals"_s, { u"a"_s }, {}, true);
    row("ForAnyValue empty set", u"ForAnyValue:StringEquals"_s, { u"a"_s }, {}, false);
    row("ForAllValues StringLike", u"ForAllValues:StringLike"_s, { u"team-*"_s }, { u"team-a"_s, u"team-b"_s }, true);
    row("ForAnyValue StringNotEquals", u"ForAnyValue:StringNotEquals"_s, { u"a"_s }, { u"a"_s, u"b"_s }, true);
    row("ForAllValues StringNotEquals", u"ForAllValues:StringNotEquals"_s, { u"a"_s }, { u"a"_s, u"b"_s }, false);
    row("plain operator on multi-valued key", u"StringEquals"_s, { u"b"_s }, { u"a"_s, u"b"_s }, true);
    row("plain negated on multi-valued key", u"StringNotEquals"_s, { u"b"_s }, { u"a"_s, u"b"_s }, false);
}

void TestCondition::evaluate()
{
    QFETCH(QString, op);
    QFETCH(QStringList, policy);
    QFETCH(bool, present);
    QFETCH(QStringList, request);
    QFETCH(bool, expected);
    Policy::ConditionEntry entry;
    const auto parsed = ConditionOperator::parse(op);
    QVERIFY(parsed);
    entry.op = *parsed;
    entry.key = u"test:key"_s;
    entry.values = policy;
    for (const QString &v : policy)
        QVERIFY2(Policy::validateConditionValue(entry.op, v).isEmpty(), qPrintable(v));
    const auto check = Policy::evaluateCondition(entry, present ? &request : nullptr, nullptr);
    QVERIFY2(check.passed == expected, qPrintable(check.detail));
    QVERIFY(!check.detail.isEmpty());
}

void TestCondition::variablesInValues()
{
    const Policy::VariableLookup lookup = [](const QString &key) -> std::optional<QString> {
        if (key.compare(u"aws:username", Qt::CaseInsensitive) == 0)
            return u"al*ce"_s;
        return std::nullopt;
    };
    Policy::ConditionEntry entry;
    entry.op = *ConditionOperator::parse(u"StringLike");
    entry.key = u"s3:prefix"_s;
    entry.values = { u"home/${aws:username}/*"_s };
    const QStringList own { u"home/al*ce/docs"_s };
    const QStringList other { u"home/alice/docs"_s };
    QVERIFY(Policy::evaluateCondition(entry, &own, &lookup).passed);
    // The substituted '*' is literal, not a wildcard.
    QVERIFY(!Policy::evaluateCondition(entry, &other, &lookup).passed);
    // Without variable support (2008-10-17) the text is a plain pattern.
    QVERIFY(!Policy::evaluateCondition(entry, &own, nullptr).passed);

    entry.op = *ConditionOperator::parse(u"StringEquals");
    entry.values = { u"${aws:username}"_s };
    const QStringList exact { u"al*ce"_s };
    QVERIFY(Policy::evaluateCondition(entry, &exact, &lookup).passed);
    entry.values = { u"${aws:userid}"_s }; // no value: matches nothing
    QVERIFY(!Policy::evaluateCondition(entry, &exact, &lookup).passed);
    entry.values = { u"${aws:userid, 'al*ce'}"_s }; // default value
    QVERIFY(Policy::evaluateCondition(entry, &exact, &lookup).passed);
    entry.values = { u"a${*}b${?}c${$}"_s };
    const QStringList specials { u"a*b?c$"_s };
    QVERIFY(Policy::evaluateCondition(entry, &specials, &lookup).passed);
    entry.op = *ConditionOperator::parse(u"StringLike");
    const QStringList notLiteral { u"aXXb?c$"_s };
    QVERIFY(Policy::evaluateCondition(entry, &specials, &lookup).passed);
    QVERIFY(!Policy::evaluateCondition(entry, &notLiteral, &lookup).passed);
}

void TestCondition::wildcard_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<bool>("expected");
    QTest::newRow("exact") << u"abc"_s << u"abc"_s << false << true;
    QTest::newRow("star all") << u"*"_s << u"anything/at/all"_s << false << true;
    QTest::newRow("star empty") << u"*"_s << u""_s << false << true;
    QTest::newRow("prefix") << u"s3:Get*"_s << u"s3:GetObject"_s << false << true;
    QTest::newRow("prefix no") << u"s3:Get*"_s << u"s3:PutObject"_s << false << false;
    QTest::newRow("middle") << u"s3:*Object"_s << u"s3:DeleteObject"_s << false << true;
    QTest::newRow("middle no") << u"s3:*Object"_s << u"s3:DeleteObjectTagging"_s << false << false;
    QTest::newRow("question") << u"s3:?etObject"_s << u"s3:GetObject"_s << false << true;
    QTest::newRow("backtracking") << u"a*b*c"_s << u"aXbXXbYc"_s << false << true;
    QTest::newRow("backtracking no") << u"a*b*c"_s << u"aXbXXbY"_s << false << false;
    QTest::newRow("case-insensitive") << u"s3:getobject"_s << u"s3:GetObject"_s << true << true;
    QTest::newRow("case-sensitive") << u"s3:getobject"_s << u"s3:GetObject"_s << false << false;
    QTest::newRow("resource key") << u"arn:aws:s3:::photos/2024/*.jpg"_s << u"arn:aws:s3:::photos/2024/a/b.jpg"_s
                                  << false << true;
    QTest::newRow("longer text") << u"abc"_s << u"abcd"_s << false << false;
    QTest::newRow("longer pattern") << u"abcd"_s << u"abc"_s << false << false;
    QTest::newRow("many stars") << u"**a**"_s << u"xxaxx"_s << false << true;
}

void TestCondition::wildcard()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, caseInsensitive);
    QFETCH(bool, expected);
    QCOMPARE(Policy::wildcardMatch(pattern, text, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive), expected);
}

void TestCondition::ipRanges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");
    QTest::newRow("v4 /24 in") << u"203.0.113.0/24"_s << u"203.0.113.200"_s << true;
    QTest::newRow("v4 /24 out") << u"203.0.113.0/24"_s << u"203.0.114.1"_s << false;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("v4 /32") << u"8.8.8.8/32"_s << u"8.8.8.9"_s << false;
    QTest::newRow("v4 /19 in") << u"10.0.32.0/19"_s << u"10.0.63.255"_s << true;
    QTest::newRow("v4 /19 out") << u"10.0.32.0/19"_s << u"10.0.64.0"_s << false;
    QTest::newRow("v6 /64 in") << u"2001:db8:abcd:12::/64"_s << u"2001:db8:abcd:12:ffff::1"_s << true;
    QTest::newRow("v6 /64 out") << u"2001:db8:abcd:12::/64"_s << u"2001:db8:abcd:13::1"_s << false;
    QTest::newRow("v6 full form") << u"2001:0db8:0000:0000:0000:0000:0000:0001/128"_s << u"2001:db8::1"_s << true;
    QTest::newRow("v6 loopback") << u"::1/128"_s << u"::1"_s << true;
    QTest::newRow("v6 mapped v4 tail") << u"::ffff:10.0.0.0/104"_s << u"::ffff:10.1.2.3"_s << true;
    QTest::newRow("v6 /0") << u"::/0"_s << u"fe80::1"_s << true;
}

void TestCondition::ipRanges()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    QFETCH(bool, expected);
    const auto r = Policy::IpRange::parse(range);
    const auto a = Policy::IpRange::parse(address);
    QVERIFY(r);
    QVERIFY(a);
    QCOMPARE(r->contains(*a), expected);
    for (const char16_t *bad : { u"1.2.3", u"1.2.3.4.5", u"256.0.0.1", u"1.2.3.4/33", u"::1/129", u"1:2:3", u"1::2::3",
             u"gggg::1", u"1.2.3.4/", u"", u"10.0.0.0/-1", u"1:2:3:4:5:6:7:8:9" })
        QVERIFY2(!Policy::IpRange::parse(QStringView(bad)), qPrintable(QString::fromUtf16(bad)));
}

void TestCondition::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epochSeconds");
    QTest::newRow("iso Z") << u"2024-01-01T00:00:00Z"_s << qint64(1704067200);
    QTest::newRow("iso millis") << u"2024-01-01T00:00:01.500Z"_s << qint64(1704067201);
    QTest::newRow("iso offset") << u"2024-01-01T02:00:00+02:00"_s << qint64(1704067200);
    QTest::newRow("date only") << u"2024-01-01"_s << qint64(1704067200);
    QTest::newRow("no zone is UTC") << u"2024-01-01T00:00:00"_s << qint64(1704067200);
    QTest::newRow("epoch") << u"1704067200"_s << qint64(1704067200);
    QTest::newRow("invalid") << u"yesterday"_s << qint64(-1);
    QTest::newRow("invalid date") << u"2024-13-01"_s << qint64(-1);
}

void TestCondition::dates()
{
    QFETCH(QString, text);
    QFETCH(qint64, epochSeconds);
    const auto d = Policy::parseConditionDate(text);
    if (epochSeconds < 0) {
        QVERIFY(!d);
        return;
    }
    QVERIFY(d);
    QCOMPARE(d->toSecsSinceEpoch(), epochSeconds);
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
