#include <QTest>

#include "engine/s3/xml/xmlutil.h"

using namespace Qt::StringLiterals;

class TestXmlUtil : public QObject
{
    Q_OBJECT

private slots:
    void isoTimestamp_data();
    void isoTimestamp();
    void isoTimestampFormat();
    void httpDate_data();
    void httpDate();
    void httpDateFormat();
    void urlEncoding_data();
    void urlEncoding();
    void urlDecodeTolerant();
    void xmlSafe_data();
    void xmlSafe();
};

static QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

void TestXmlUtil::isoTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = must fail
    QTest::newRow("aws") << u"2009-10-12T17:50:30.000Z"_s << utc(2009, 10, 12, 17, 50, 30);
    QTest::newRow("ms") << u"2009-10-12T17:50:30.123Z"_s << utc(2009, 10, 12, 17, 50, 30, 123);
    QTest::newRow("no fraction") << u"2009-10-12T17:50:30Z"_s << utc(2009, 10, 12, 17, 50, 30);
    QTest::newRow("micro") << u"2009-10-12T17:50:30.123456Z"_s << utc(2009, 10, 12, 17, 50, 30, 123);
    QTest::newRow("offset") << u"2009-10-12T19:50:30.000+02:00"_s << utc(2009, 10, 12, 17, 50, 30);
    QTest::newRow("neg offset") << u"2009-10-12T12:20:30-0530"_s << utc(2009, 10, 12, 17, 50, 30);
    QTest::newRow("no zone") << u"2009-10-12T17:50:30"_s << QDateTime();
    QTest::newRow("bad month") << u"2009-13-12T17:50:30Z"_s << QDateTime();
    QTest::newRow("bad day") << u"2009-02-30T17:50:30Z"_s << QDateTime();
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestXmlUtil::isoTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = S3::parseIsoTimestamp(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestXmlUtil::isoTimestampFormat()
{
    QCOMPARE(S3::formatIsoTimestamp(utc(2009, 10, 12, 17, 50, 30)), u"2009-10-12T17:50:30.000Z"_s);
    QCOMPARE(S3::formatIsoTimestamp(utc(2024, 1, 2, 3, 4, 5, 67)), u"2024-01-02T03:04:05.067Z"_s);
    const QDateTime offset(QDate(2009, 10, 12), QTime(19, 50, 30), Qt::OffsetFromUTC, 7200);
    QCOMPARE(S3::formatIsoTimestamp(offset), u"2009-10-12T17:50:30.000Z"_s);
    QCOMPARE(S3::formatIsoTimestamp(QDateTime()), QString());
}

void TestXmlUtil::httpDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t = utc(2015, 10, 21, 7, 28, 0);
    QTest::newRow("imf-fixdate") << u"Wed, 21 Oct 2015 07:28:00 GMT"_s << t;
    QTest::newRow("rfc850") << u"Wednesday, 21-Oct-15 07:28:00 GMT"_s << t;
    QTest::newRow("rfc850 1994") << u"Sunday, 06-Nov-94 08:49:37 GMT"_s << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("asctime") << u"Wed Oct 21 07:28:00 2015"_s << t;
    QTest::newRow("asctime 1 digit") << u"Sun Nov  6 08:49:37 1994"_s << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("not GMT") << u"Wed, 21 Oct 2015 07:28:00 UTC"_s << QDateTime();
    QTest::newRow("bad month") << u"Wed, 21 Foo 2015 07:28:00 GMT"_s << QDateTime();
    QTest::newRow("bad hour") << u"Wed, 21 Oct 2015 25:28:00 GMT"_s << QDateTime();
    QTest::newRow("iso") << u"2015-10-21T07:28:00Z"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestXmlUtil::httpDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = S3::parseHttpDate(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void TestXmlUtil::httpDateFormat()
{
    QCOMPARE(S3::formatHttpDate(utc(2015, 10, 21, 7, 28, 0)), u"Wed, 21 Oct 2015 07:28:00 GMT"_s);
    QCOMPARE(S3::formatHttpDate(utc(1994, 11, 6, 8, 49, 37, 999)), u"Sun, 06 Nov 1994 08:49:37 GMT"_s);
    const QDateTime t = utc(2026, 2, 28, 23, 59, 59);
    QCOMPARE(S3::parseHttpDate(S3::formatHttpDate(t)), std::optional<QDateTime>(t));
}

void TestXmlUtil::urlEncoding_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << u"photos/2006/a-b_c.d~e"_s << u"photos/2006/a-b_c.d~e"_s;
    QTest::newRow("space") << u"my file.txt"_s << u"my+file.txt"_s;
    QTest::newRow("plus") << u"a+b"_s << u"a%2Bb"_s;
    QTest::newRow("percent") << u"100%"_s << u"100%25"_s;
    QTest::newRow("utf8") << u"café"_s << u"caf%C3%A9"_s;
    QTest::newRow("emoji") << u"\U0001F600"_s << u"%F0%9F%98%80"_s;
    QTest::newRow("control") << u"a\u0001b\rc"_s << u"a%01b%0Dc"_s;
    QTest::newRow("xml specials") << u"<&>\"'"_s << u"%3C%26%3E%22%27"_s;
}

void TestXmlUtil::urlEncoding()
{
    QFETCH(QString, plain);
    QFETCH(QString, encoded);
    QCOMPARE(S3::urlEncodeListValue(plain), encoded);
    QCOMPARE(S3::urlDecodeListValue(encoded), plain);
}

void TestXmlUtil::urlDecodeTolerant()
{
    // What other servers send: %20 for space, lower-case hex, stray '%'.
    QCOMPARE(S3::urlDecodeListValue(u"a%20b%2fc"), u"a b/c"_s);
    QCOMPARE(S3::urlDecodeListValue(u"100%"), u"100%"_s);
    QCOMPARE(S3::urlDecodeListValue(u"%zz"), u"%zz"_s);
    QCOMPARE(S3::urlDecodeListValue(u"caf\u00e9+\U0001F600"), u"caf\u00e9 \U0001F600"_s);
}

void TestXmlUtil::xmlSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("safe");
    QTest::newRow("ascii") << u"photos/a.jpg"_s << true;
    QTest::newRow("tab lf cr") << u"a\tb\nc\rd"_s << true;
    QTest::newRow("emoji") << u"\U0001F600"_s << true;
    QTest::newRow("soh") << u"a\u0001"_s << false;
    QTest::newRow("nul") << QString(QChar(0)) << false;
    QTest::newRow("fffe") << QString(QChar(0xFFFE)) << false;
    QTest::newRow("lone high") << QString(QChar(0xD83D)) << false;
    QTest::newRow("lone low") << QString(QChar(0xDE00)) << false;
}

void TestXmlUtil::xmlSafe()
{
    QFETCH(QString, text);
    QFETCH(bool, safe);
    QCOMPARE(S3::isXmlSafe(text), safe);
}

QTEST_GUILESS_MAIN(TestXmlUtil)
#include "tst_xmlutil.moc"
