#include <set>
#include <thread>
#include <vector>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "engine/server/accesslog.h"

namespace {

Server::AccessLog::Entry entry(int n)
{
    Server::AccessLog::Entry e;
    e.requestId = "REQ" + std::to_string(n);
    e.remote = "127.0.0.1:5000";
    e.method = "GET";
    e.target = "/bucket/key-" + std::to_string(n);
    e.operation = "GetObject";
    e.status = 200;
    return e;
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT
private slots:
    // Lines are buffered, yet every one is in the file once the log is destroyed, whole and in
    // one piece each, also when written from several threads at once.
    void completeAfterDestruction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        constexpr int kThreads = 4;
        constexpr int kPerThread = 2500; // beyond kFlushBytes: flushes by size happen too
        {
            Server::AccessLog log;
            QVERIFY(log.open(path.toStdString()));
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.emplace_back([&log, t] {
                    for (int i = 0; i < kPerThread; ++i)
                        log.write(entry(t * kPerThread + i));
                });
            }
            for (auto &t : threads)
                t.join();
        }
        const QList<QByteArray> lines = linesOf(path);
        QCOMPARE(lines.size(), kThreads * kPerThread);
        std::set<QString> ids;
        for (const QByteArray &line : lines) {
            QJsonParseError err;
            const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
            QCOMPARE(err.error, QJsonParseError::NoError);
            ids.insert(o.value(QStringLiteral("requestId")).toString());
        }
        QCOMPARE(int(ids.size()), kThreads * kPerThread);
    }

    // Without flush(), a line reaches the file within the flush interval (the sandbox panel
    // follows the file); flush() writes it at once.
    void linesArriveWithoutFlush()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        Server::AccessLog log;
        QVERIFY(log.open(path.toStdString()));
        log.write(entry(1));
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(path).size(), 1, 5000);
        log.write(entry(2));
        log.write(entry(3));
        log.flush();
        QCOMPARE(linesOf(path).size(), 3);
        QVERIFY(linesOf(path).at(2).contains("\"requestId\":\"REQ3\""));
    }

    // The observer (server access log delivery) sees every entry, with or without a file.
    void observerWithoutFile()
    {
        Server::AccessLog log;
        int seen = 0;
        log.setObserver([&seen](const Server::AccessLog::Entry &, long long) { ++seen; });
        QVERIFY(log.open(std::string()));
        log.write(entry(1));
        log.write(entry(2));
        QCOMPARE(seen, 2);
    }

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
