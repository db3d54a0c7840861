#include <QTest>

#include "engine/policy/jsonreader.h"

using Policy::JsonValue;
using namespace Qt::StringLiterals;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void positionsOfValues();
    void stringsAndNumbers();
    void nestingLimit();
    void deepNestingDoesNotCrash();
    void sizeLimit();
    void duplicateKeysCanBeAllowed();
    void invalidUtf8();
};

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray("") << 1 << 1 << u"Unexpected end of document"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << 1 << 9 << u"expected a member name"_s;
    QTest::newRow("bad word") << QByteArray("{\n  \"a\": tru\n}") << 2 << 8 << u"Unexpected word 'tru'"_s;
    QTest::newRow("newline in string") << QByteArray("{\n \"a\": \"x\n\"}") << 2 << 9 << u"Unescaped control"_s;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 1 << 4 << u"expected ',' or ']'"_s;
    QTest::newRow("after end") << QByteArray(R"({"a":1}{)") << 1 << 8 << u"after the end"_s;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << 1 << 7 << u"Leading zeros"_s;
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\q"})") << 1 << 8 << u"Invalid escape"_s;
    QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\n \"a\":2}") << 2 << 2 << u"Duplicate key \"a\""_s;
    QTest::newRow("missing colon") << QByteArray("{\r\n\t\"a\" 1}") << 2 << 6 << u"expected ':'"_s;
    QTest::newRow("unterminated") << QByteArray("[\"abc") << 1 << 6 << u"Unterminated string"_s;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2 << u"member name in double quotes"_s;
    QTest::newRow("bad number") << QByteArray("[1.]") << 1 << 4 << u"after '.'"_s;
    QTest::newRow("unclosed object") << QByteArray("{\"a\": [1, 2]\n") << 2 << 1 << u"expected ',' or '}'"_s;
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto r = Policy::readJson(json);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().pos.line, line);
    QCOMPARE(r.error().pos.column, column);
}

void TestJsonReader::positionsOfValues()
{
    const QByteArray json
        = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n  ]\n}";
    const auto r = Policy::readJson(json);
    QVERIFY(r);
    QCOMPARE(r->pos.line, 1);
    const auto *version = r->member(u"Version");
    QVERIFY(version);
    QCOMPARE(version->keyPos.line, 2);
    QCOMPARE(version->keyPos.column, 3);
    QCOMPARE(version->value.pos.column, 14);
    QCOMPARE(version->value.text, u"2012-10-17"_s);
    const auto *statement = r->member(u"Statement");
    QVERIFY(statement && statement->value.isArray());
    const JsonValue &first = statement->value.items.at(0);
    QCOMPARE(first.pos.line, 4);
    QCOMPARE(first.pos.column, 5);
    QCOMPARE(first.members.at(0).value.pos.column, 16);
    QCOMPARE(r->members.at(0).key, u"Version"_s); // document order kept
}

void TestJsonReader::stringsAndNumbers()
{
    const auto r = Policy::readJson(R"(["a\"b\\c\/\n\u00e9\u20AC", -1.5e3, 0, true, false, null])");
    QVERIFY(r);
    QCOMPARE(r->items.size(), size_t(6));
    QCOMPARE(r->items[0].text, u"a\"b\\c/\n\u00e9\u20ac"_s);
    QCOMPARE(r->items[1].type, JsonValue::Type::Number);
    QCOMPARE(r->items[1].text, u"-1.5e3"_s);
    QCOMPARE(r->items[2].text, u"0"_s);
    QVERIFY(r->items[3].boolean);
    QCOMPARE(r->items[4].type, JsonValue::Type::Bool);
    QVERIFY(!r->items[4].boolean);
    QCOMPARE(r->items[5].type, JsonValue::Type::Null);
}

void TestJsonReader::nestingLimit()
{
    const QByteArray ok = QByteArray(32, '[') + QByteArray(32, ']');
    QVERIFY(Policy::readJson(ok));
    const QByteArray tooDeep = QByteArray(33, '[') + QByteArray(33, ']');
    const auto r = Policy::readJson(tooDeep);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"deeper than 32"));
    QCOMPARE(r.error().pos.column, 33);
}

void TestJsonReader::deepNestingDoesNotCrash()
{
    Policy::JsonLimits limits;
    limits.maxBytes = 0; // no size limit: only the depth check protects the stack
    const QByteArray hostile = QByteArray(2'000'000, '[');
    const auto r = Policy::readJson(hostile, limits);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"nesting"));
    const QByteArray objects = QByteArray("{\"a\":").repeated(100000);
    QVERIFY(!Policy::readJson(objects, limits));
}

void TestJsonReader::sizeLimit()
{
    QByteArray big = "[\"" + QByteArray(20 * 1024, 'x') + "\"]";
    const auto r = Policy::readJson(big);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"maximum allowed document size"));
    Policy::JsonLimits limits;
    limits.maxBytes = 64 * 1024;
    QVERIFY(Policy::readJson(big, limits));
}

void TestJsonReader::duplicateKeysCanBeAllowed()
{
    Policy::JsonLimits limits;
    limits.rejectDuplicateKeys = false;
    const auto r = Policy::readJson(R"({"a":1,"a":2})", limits);
    QVERIFY(r);
    QCOMPARE(r->members.size(), size_t(2));
}

void TestJsonReader::invalidUtf8()
{
    const auto r = Policy::readJson(QByteArray("[\"\xff\xfe\"]"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"UTF-8"));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
