#include <QTest>

#include "engine/s3/uri.h"

class TestUri : public QObject
{
    Q_OBJECT
private slots:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("encodeSlash");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved") << QByteArray("AZaz09-._~") << true << QByteArray("AZaz09-._~");
        QTest::newRow("space") << QByteArray("a b") << true << QByteArray("a%20b");
        QTest::newRow("plus") << QByteArray("a+b") << true << QByteArray("a%2Bb");
        QTest::newRow("slash-kept") << QByteArray("a/b c") << false << QByteArray("a/b%20c");
        QTest::newRow("slash-encoded") << QByteArray("a/b") << true << QByteArray("a%2Fb");
        QTest::newRow("dollar") << QByteArray("/test$file.text") << false << QByteArray("/test%24file.text");
        QTest::newRow("utf8") << QByteArray("\xe1\x88\xb4") << true << QByteArray("%E1%88%B4");
        QTest::newRow("percent") << QByteArray("100%") << true << QByteArray("100%25");
        QTest::newRow("equals-amp") << QByteArray("a=b&c") << true << QByteArray("a%3Db%26c");
        QTest::newRow("nul-ff") << QByteArray("\x00\xff", 2) << true << QByteArray("%00%FF");
    }
    void encode()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, encodeSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(S3::uriEncode(input, encodeSlash), expected);
        QCOMPARE(S3::uriDecode(expected), input);
    }

    void decode()
    {
        QCOMPARE(S3::uriDecode("a%2fb%2F"), QByteArray("a/b/"));
        QCOMPARE(S3::uriDecode("a+b"), QByteArray("a+b"));
        QCOMPARE(S3::uriDecode("a+b", true), QByteArray("a b"));
        QCOMPARE(S3::uriDecode("%"), std::nullopt);
        QCOMPARE(S3::uriDecode("%4"), std::nullopt);
        QCOMPARE(S3::uriDecode("%zz"), std::nullopt);
        QCOMPARE(S3::uriDecode("ab%4"), std::nullopt);
        QCOMPARE(S3::uriDecode(""), QByteArray(""));
    }

    void query()
    {
        const auto params = S3::parseQuery("b=2&a&&c=%20x&a=1&d=");
        QCOMPARE(params.size(), 5);
        QCOMPARE(params[0], (std::pair<QByteArray, QByteArray> { "b", "2" }));
        QCOMPARE(params[1], (std::pair<QByteArray, QByteArray> { "a", "" }));
        QCOMPARE(params[2], (std::pair<QByteArray, QByteArray> { "c", " x" }));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("b=2&a&&c=%20x&a=1&d=")), QByteArray("a=&a=1&b=2&c=%20x&d="));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("lifecycle")), QByteArray("lifecycle="));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("prefix=J&max-keys=2")), QByteArray("max-keys=2&prefix=J"));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("prefix=a+b")), QByteArray("prefix=a%20b"));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("prefix=a%2Bb")), QByteArray("prefix=a%2Bb"));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("k=%7e%2f")), QByteArray("k=~%2F"));
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("")), QByteArray());
        // Sorted by name, then by value.
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("Param=b&Param=a&Param-3=x")),
            QByteArray("Param=a&Param=b&Param-3=x"));
        // An invalid escape stays literal (encoded as %25).
        QCOMPARE(S3::canonicalQueryString(QByteArrayView("a=%zz")), QByteArray("a=%25zz"));
    }

    void paths_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("normalize");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << false << QByteArray("/");
        QTest::newRow("root") << QByteArray("/") << true << QByteArray("/");
        QTest::newRow("s3-dots-kept") << QByteArray("/b/../k") << false << QByteArray("/b/../k");
        QTest::newRow("s3-slashes-kept") << QByteArray("/b//k/") << false << QByteArray("/b//k/");
        QTest::newRow("encoded-once") << QByteArray("/b/my%20key") << false << QByteArray("/b/my%20key");
        QTest::newRow("raw-space") << QByteArray("/b/my key") << false << QByteArray("/b/my%20key");
        QTest::newRow("lowercase-escape") << QByteArray("/b/%e1%88%b4") << false << QByteArray("/b/%E1%88%B4");
        QTest::newRow("encoded-slash") << QByteArray("/b/a%2Fb") << false << QByteArray("/b/a/b");
        QTest::newRow("normalized") << QByteArray("/a/./b/../c//d/") << true << QByteArray("/a/c/d/");
        QTest::newRow("normalized-up") << QByteArray("/example1/example2/../..") << true << QByteArray("/");
        QTest::newRow("normalized-above-root") << QByteArray("/../../x") << true << QByteArray("/x");
    }
    void paths()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, normalize);
        QFETCH(QByteArray, expected);
        QCOMPARE(S3::canonicalUri(wire, normalize), expected);
    }
};

QTEST_GUILESS_MAIN(TestUri)
#include "tst_uri.moc"
