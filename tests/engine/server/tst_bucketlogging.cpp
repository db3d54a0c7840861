#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sandbox/localserver.h"
#include "engine/server/logdelivery.h"
#include "s3testclient.h"

namespace {

const S3::Credentials kRoot {QStringLiteral("ROOTKEY"), QStringLiteral("root-secret"), {}};
const S3::Credentials kNewRoot {QStringLiteral("NEWROOTKEY"), QStringLiteral("new-root-secret"), {}};

QByteArray loggingXml(const QByteArray &target, const QByteArray &prefix)
{
    return "<BucketLoggingStatus xmlns=\"http://doc.s3.amazonaws.com/2006-03-01\"><LoggingEnabled><TargetBucket>" + target
           + "</TargetBucket><TargetPrefix>" + prefix + "</TargetPrefix></LoggingEnabled></BucketLoggingStatus>";
}

QList<QByteArray> keysOf(const QByteArray &listing)
{
    QList<QByteArray> keys;
    static const QRegularExpression re(QStringLiteral("<Key>([^<]*)</Key>"));
    for (auto it = re.globalMatch(QString::fromUtf8(listing)); it.hasNext();)
        keys.append(it.next().captured(1).toUtf8());
    return keys;
}

// AWS's record: owner bucket [time] ip requester id operation key "uri" status error bytes size
// total turnaround "referer" "agent" version host-id sigv cipher auth host tls ap acl.
const QRegularExpression kRecord(QStringLiteral(
    "^[0-9a-f]{64} (\\S+) \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\\] (\\S+) (\\S+) (\\S+) (REST\\.\\S+) (\\S+) "
    "\"([^\"]*)\" (\\d{3}) (\\S+) (\\S+) - (\\d+) - \"[^\"]*\" \"[^\"]*\" - \\S+ (SigV4|-) - (AuthHeader|QueryString|-) "
    "\\S+ \\S+ - -$"));

} // namespace

// Server access logging (PutBucketLogging) on the real server: configuration and its errors,
// and records delivered as objects in the target bucket, in batches and on shutdown.
class TestBucketLogging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(start(kRoot, std::chrono::milliseconds(300)));
    }
    void cleanupTestCase() { m_server.stop(std::chrono::seconds(1)); }

    void recordFormat()
    {
        Server::AccessLog::Entry e;
        e.bucket = "src";
        e.key = "a b/c.txt";
        e.method = "GET";
        e.target = "/src/a%20b/c.txt?X-Amz-Credential=K&X-Amz-Signature=deadbeef";
        e.operation = "GetObject";
        e.remote = "127.0.0.1:5000";
        e.requestId = "ABC";
        e.requester = "arn:aws:iam::123456789012:root";
        e.accessKeyId = "K";
        e.presigned = true;
        e.status = 200;
        e.bytesOut = 42;
        e.milliseconds = 3.4;
        e.userAgent = "aws-cli/2";
        e.host = "127.0.0.1:9000";
        const std::string owner(64, 'a');
        const QString line = QString::fromStdString(Server::LogDelivery::formatRecord(e, owner, 1549411238000LL));
        QVERIFY2(kRecord.match(line).hasMatch(), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("[06/Feb/2019:00:00:38 +0000]")));
        QVERIFY(line.contains(QStringLiteral(" REST.GET.OBJECT a%20b/c.txt ")));
        QVERIFY(line.contains(QStringLiteral("\"GET /src/a%20b/c.txt?X-Amz-Credential=K HTTP/1.1\" 200 - 42 - 3 - ")));
        QVERIFY(!line.contains(QStringLiteral("deadbeef")));
        QVERIFY(line.contains(QStringLiteral(" QueryString ")));
    }

    void configurationAndErrors()
    {
        TestClient c = client();
        QCOMPARE(c.put("/cfg-src").status, 200);
        QCOMPARE(c.put("/cfg-logs").status, 200);
        TestReply r = c.get("/cfg-src", "logging");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("BucketLoggingStatus"));
        QVERIFY(!r.body.contains("LoggingEnabled"));

        r = c.put("/cfg-src", loggingXml("no-such-target", "x/"), "logging");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidTargetBucketForLogging"));
        r = c.put("/cfg-src", "<BucketLoggingStatus><LoggingEnabled><TargetPrefix>x/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>",
                  "logging");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("MalformedXML"));
        r = c.put("/cfg-src", "not xml", "logging");
        QCOMPARE(r.errorCode(), QStringLiteral("MalformedXML"));
        QCOMPARE(c.put("/no-such-source", loggingXml("cfg-logs", "x/"), "logging").errorCode(), QStringLiteral("NoSuchBucket"));

        QCOMPARE(c.put("/cfg-src", loggingXml("cfg-logs", "src/"), "logging").status, 200);
        r = c.get("/cfg-src", "logging");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<TargetBucket>cfg-logs</TargetBucket>"));
        QVERIFY(r.body.contains("<TargetPrefix>src/</TargetPrefix>"));
        // An empty status turns logging off.
        QCOMPARE(c.put("/cfg-src", "<BucketLoggingStatus/>", "logging").status, 200);
        QVERIFY(!c.get("/cfg-src", "logging").body.contains("LoggingEnabled"));
    }

    void deliversRecordsInBatches()
    {
        TestClient c = client();
        QCOMPARE(c.put("/logged").status, 200);
        QCOMPARE(c.put("/access-logs").status, 200);
        QCOMPARE(c.put("/logged", loggingXml("access-logs", "logged/"), "logging").status, 200);
        QCOMPARE(c.put("/logged/hello.txt", "hello").status, 200);
        QCOMPARE(c.get("/logged/hello.txt").status, 200);
        QCOMPARE(c.get("/logged/missing.txt").status, 404);
        QCOMPARE(c.get("/logged", "list-type=2").status, 200);

        // Delivered within a few batch intervals (300 ms here).
        QList<QByteArray> keys;
        QTRY_VERIFY_WITH_TIMEOUT(!(keys = keysOf(c.get("/access-logs", "list-type=2&prefix=logged/").body)).isEmpty(), 20000);
        static const QRegularExpression keyForm(QStringLiteral("^logged/\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-[0-9A-F]{16}$"));
        QByteArray logs;
        // The four requests may span two batches: read until all are in.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                logs.clear();
                for (const QByteArray &key : keysOf(c.get("/access-logs", "list-type=2&prefix=logged/").body)) {
                    if (!keyForm.match(QString::fromUtf8(key)).hasMatch())
                        return false;
                    logs += c.get("/access-logs/" + key).body;
                }
                return logs.contains("REST.GET.BUCKET");
            }(),
            20000);
        const QStringList lines = QString::fromUtf8(logs).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        bool put = false, get = false, missing = false;
        for (const QString &line : lines) {
            const auto m = kRecord.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(m.captured(1), QStringLiteral("logged")); // never the target's own requests
            QCOMPARE(m.captured(2), QStringLiteral("127.0.0.1"));
            QVERIFY2(m.captured(3).startsWith(u"arn:aws:iam::") && m.captured(3).endsWith(u":root"), qPrintable(line));
            put = put || (m.captured(5) == u"REST.PUT.OBJECT" && m.captured(6) == u"hello.txt" && m.captured(8) == u"200");
            get = get || (m.captured(5) == u"REST.GET.OBJECT" && m.captured(6) == u"hello.txt" && m.captured(8) == u"200");
            missing = missing
                      || (m.captured(6) == u"missing.txt" && m.captured(8) == u"404" && m.captured(9) == u"NoSuchKey");
        }
        QVERIFY(put);
        QVERIFY(get);
        QVERIFY(missing);
    }

    void flushesOnShutdownAndChecksOwner()
    {
        // A long interval: only stopping the server delivers the batch.
        m_server.stop(std::chrono::seconds(1));
        QVERIFY(start(kRoot, std::chrono::hours(1)));
        {
            TestClient c = client();
            QCOMPARE(c.put("/shut-src").status, 200);
            QCOMPARE(c.put("/shut-logs").status, 200);
            QCOMPARE(c.put("/shut-src", loggingXml("shut-logs", ""), "logging").status, 200);
            QCOMPARE(c.put("/shut-src/k", "v").status, 200);
            QVERIFY(keysOf(c.get("/shut-logs", "list-type=2").body).isEmpty());
        }
        m_server.stop(std::chrono::seconds(1));

        // Restarted with another account's root: the log is there, and the old buckets are not
        // this owner's, so they cannot be a logging target.
        QVERIFY(start(kNewRoot, std::chrono::milliseconds(300)));
        TestClient c = client(kNewRoot);
        QCOMPARE(c.put("/new-src").status, 200);
        const TestReply r = c.put("/new-src", loggingXml("shut-logs", "x/"), "logging");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidTargetBucketForLogging"));
        m_server.stop(std::chrono::seconds(1));
        QVERIFY(start(kRoot, std::chrono::milliseconds(300)));
        TestClient root = client();
        const QList<QByteArray> keys = keysOf(root.get("/shut-logs", "list-type=2").body);
        QCOMPARE(keys.size(), 1);
        const QByteArray log = root.get("/shut-logs/" + keys.first()).body;
        QVERIFY2(log.contains("REST.PUT.OBJECT k "), log.constData());
    }

private:
    bool start(const S3::Credentials &root, std::chrono::milliseconds interval)
    {
        Sandbox::LocalServer::Options o;
        o.dataDir = m_dir.filePath(QStringLiteral("data"));
        o.users = {Server::User::make(root.accessKeyId == kRoot.accessKeyId ? QStringLiteral("root") : QStringLiteral("newroot"),
                                      root.accessKeyId, root.secretAccessKey)};
        o.syncWrites = false;
        o.accessLog = QStringLiteral("off");
        o.logDeliveryInterval = interval;
        auto endpoint = m_server.start(o);
        if (!endpoint)
            qWarning() << endpoint.error().message;
        return endpoint.has_value();
    }
    TestClient client(const S3::Credentials &c = kRoot) { return TestClient(m_server.port(), c); }

    QTemporaryDir m_dir;
    Sandbox::LocalServer m_server;
};

QTEST_GUILESS_MAIN(TestBucketLogging)
#include "tst_bucketlogging.moc"
