#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "engine/server/accesslog.h"

class TestAccessLog : public QObject
{
    Q_OBJECT
private slots:
    void formatsOneJsonLineWithoutQuery()
    {
        Server::AccessLog::Entry e;
        e.requestId = "ABCDEF0123456789";
        e.remote = "127.0.0.1:5000";
        e.method = "GET";
        e.target = "/bucket/a%22b?X-Amz-Signature=deadbeef&X-Amz-Credential=AK";
        e.operation = "GetObject";
        e.accessKeyId = "AK";
        e.status = 200;
        e.bytesIn = 1;
        e.bytesOut = 42;
        e.milliseconds = 1.5;
        const std::string line = Server::AccessLog::format(e, 1700000000123LL);
        QVERIFY(line.find('\n') == std::string::npos);
        QVERIFY(line.find("deadbeef") == std::string::npos);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("/bucket/a%22b"));
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("bytesOut")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("accessKeyId")).toString(), QStringLiteral("AK"));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    }
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
