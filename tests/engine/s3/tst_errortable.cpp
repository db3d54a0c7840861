#include <QTest>

#include "engine/s3/errortable.h"

using Core::ErrorCode;

class TestErrorTable : public QObject
{
    Q_OBJECT
private slots:
    void statusAndCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("s3Code");
        QTest::addColumn<int>("status");
        QTest::newRow("NoSuchKey") << int(ErrorCode::NoSuchKey) << "NoSuchKey" << 404;
        QTest::newRow("AccessDenied") << int(ErrorCode::AccessDenied) << "AccessDenied" << 403;
        QTest::newRow("InvalidRange") << int(ErrorCode::InvalidRange) << "InvalidRange" << 416;
        QTest::newRow("BucketNotEmpty") << int(ErrorCode::BucketNotEmpty) << "BucketNotEmpty" << 409;
        QTest::newRow("MissingContentLength") << int(ErrorCode::MissingContentLength) << "MissingContentLength" << 411;
        QTest::newRow("SlowDown") << int(ErrorCode::SlowDown) << "SlowDown" << 503;
        QTest::newRow("MethodNotAllowed") << int(ErrorCode::MethodNotAllowed) << "MethodNotAllowed" << 405;
    }
    void statusAndCode()
    {
        QFETCH(int, code);
        QFETCH(QString, s3Code);
        QFETCH(int, status);
        const S3::ErrorInfo &info = S3::errorInfo(ErrorCode(code));
        QCOMPARE(QString::fromLatin1(info.s3Code), s3Code);
        QCOMPARE(info.httpStatus, status);
        QCOMPARE(S3::errorCodeFromS3(s3Code), ErrorCode(code));
    }

    void unknownCode()
    {
        QCOMPARE(S3::errorCodeFromS3(u"NoSuchThing"), ErrorCode::UnknownS3Error);
        QCOMPARE(S3::errorInfo(ErrorCode::NetworkFailure).httpStatus, 500);
    }

    void xmlRoundTrip()
    {
        const Core::Error e = S3::makeError(ErrorCode::NoSuchKey);
        const QByteArray xml = S3::errorXml(e, QStringLiteral("/b/k<&>"), QStringLiteral("REQ1"),
                                            {{QStringLiteral("Key"), QStringLiteral("k<&>")}});
        QVERIFY(xml.contains("<Code>NoSuchKey</Code>"));
        QVERIFY(xml.contains("<Key>k&lt;&amp;&gt;</Key>"));
        const Core::Error back = S3::parseErrorXml(xml, 404);
        QCOMPARE(back.code, ErrorCode::NoSuchKey);
        QCOMPARE(back.s3Code, QStringLiteral("NoSuchKey"));
        QCOMPARE(back.message, QStringLiteral("The specified key does not exist."));
        QCOMPARE(back.requestId, QStringLiteral("REQ1"));
        QCOMPARE(back.httpStatus, 404);
    }

    void parseGarbage()
    {
        const Core::Error e = S3::parseErrorXml("<html>oops", 502);
        QCOMPARE(e.code, ErrorCode::UnknownS3Error);
        QCOMPARE(e.httpStatus, 502);
    }
};

QTEST_GUILESS_MAIN(TestErrorTable)
#include "tst_errortable.moc"
