// Load on `pailctl serve`: 64 concurrent clients, 20,000 mixed operations (PUT, GET, LIST, DELETE,
// multipart). Proves zero 5xx, zero lost or wrong writes, and that the server's resident memory
// and open file descriptors stay bounded under load and return to their baseline afterwards.
//
// Each client owns its own key space, so it knows exactly what every GET must return; at the end
// a fresh listing plus a GET of every key checks the final state against the clients' ledgers.
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include "tests/engine/server/s3testclient.h"
#include "tests/integration/serverfixture.h"

namespace {

constexpr int kClients = 64;
constexpr int kOperations = 20000;
constexpr int kKeysPerClient = 12;
const QByteArray kBucket = "load";

// Sizes: mostly small objects, some up to 256 KiB so bodies take several reads.
qsizetype pickSize(QRandomGenerator &gen)
{
    const quint32 roll = gen.bounded(100);
    if (roll < 60)
        return qsizetype(gen.bounded(4096));
    if (roll < 95)
        return qsizetype(4096 + gen.bounded(60 * 1024));
    return qsizetype(64 * 1024 + gen.bounded(192 * 1024));
}

QByteArray bytesFor(QRandomGenerator &gen, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(gen.generate() & 0xFF);
    return data;
}

// The server is built like this test. Under AddressSanitizer every allocation carries redzones,
// freed memory waits in a quarantine (256 MiB by default) and each of the server's threads keeps
// its own allocator cache, so RSS is several times the normal build's: the bounds stay, wider.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kPeakRssSlackKiB = 1024 * 1024;
constexpr qint64 kAfterRssSlackKiB = 768 * 1024;
#else
constexpr qint64 kPeakRssSlackKiB = 256 * 1024;
constexpr qint64 kAfterRssSlackKiB = 128 * 1024;
#endif

struct ProcessFigures
{
    qint64 rssKiB = 0;
    int openFds = 0;
    int databaseFds = 0; // the store's SQLite files: its read-connection pool grows to peak concurrency
};

ProcessFigures figuresOf(qint64 pid)
{
    ProcessFigures f;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmRSS:"))
                f.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        ++f.openFds;
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.endsWith(QLatin1StringView("/pail.db")) || target.endsWith(QLatin1StringView("/pail.db-wal")))
            ++f.databaseFds;
    }
    return f;
}

// What one client saw; merged by the test after the threads end.
struct ClientOutcome
{
    int operations = 0;                 // logical operations (a multipart upload is one)
    int requests = 0;                   // HTTP requests
    int serverErrors = 0;               // any 5xx
    QStringList failures;               // unexpected answers, with what was expected
    std::map<QByteArray, QByteArray> ledger; // key -> MD5 of its current content ("" = deleted)
};

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QList<QByteArray> keysInListing(const QByteArray &xml)
{
    QList<QByteArray> keys;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1StringView("Key"))
            keys.push_back(reader.readElementText().toUtf8());
    }
    return keys;
}

QByteArray xmlValue(const QByteArray &xml, const char *element)
{
    const QByteArray open = QByteArray("<") + element + '>';
    const qsizetype start = xml.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = xml.indexOf(QByteArray("</") + element + '>', start);
    return end < 0 ? QByteArray() : xml.mid(start + open.size(), end - start - open.size());
}

// One client's workload: a keep-alive connection (reopened when the server closes it), a private
// key space and a seeded generator, so a failure can be replayed.
class LoadClient
{
public:
    LoadClient(QByteArray prefix, int index, quint16 port, S3::Credentials credentials, int operations)
        : m_prefix {std::move(prefix)}
        , m_index {index}
        , m_client {port, std::move(credentials)}
        , m_gen {quint32(1000 + index)}
        , m_operations {operations}
    {
    }

    ClientOutcome run()
    {
        for (int i = 0; i < m_operations; ++i) {
            step();
            ++m_out.operations;
        }
        return std::move(m_out);
    }

private:
    QByteArray keyName(int slot) const
    {
        return m_prefix + QByteArray::number(m_index) + "/k" + QByteArray::number(slot);
    }

    TestReply send(const TestRequest &req)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_client.socket().state() != QAbstractSocket::ConnectedState && !m_client.connectToServer())
                continue;
            // Write the whole request first (a 5 MiB part takes a while on a loaded machine),
            // then wait for the answer with a generous bound: slowness is not what is tested.
            QTcpSocket &socket = m_client.socket();
            socket.write(m_client.build(req));
            while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(60000)) {
            }
            TestReply r = m_client.readReply(req.method == "HEAD", 60000);
            if (!r.ok)
                m_lastError = socket.errorString();
            if (r.ok) {
                if (r.header("connection").compare("close", Qt::CaseInsensitive) == 0)
                    m_client.disconnect();
                return r;
            }
            m_client.disconnect();
        }
        return {};
    }

    void check(const TestReply &r, int expected, const QByteArray &what)
    {
        ++m_out.requests;
        if (r.status >= 500)
            ++m_out.serverErrors;
        if (r.status != expected)
            m_out.failures << QStringLiteral("client %1: %2 answered %3 (expected %4) %5")
                                  .arg(m_index)
                                  .arg(QString::fromLatin1(what))
                                  .arg(r.status)
                                  .arg(expected)
                                  .arg(r.ok ? QString::fromUtf8(r.body.left(300)) : m_lastError);
    }

    void step()
    {
        const int slot = int(m_gen.bounded(kKeysPerClient));
        const QByteArray key = keyName(slot);
        const QByteArray path = '/' + kBucket + '/' + key;
        const quint32 roll = m_gen.bounded(100);
        if (roll < 38) { // PUT
            const QByteArray body = bytesFor(m_gen, pickSize(m_gen));
            TestRequest req;
            req.method = "PUT";
            req.path = path;
            req.body = body;
            const TestReply r = send(req);
            check(r, 200, "PUT " + key);
            if (r.status == 200) {
                m_out.ledger[key] = md5Hex(body);
                if (r.header("etag") != '"' + md5Hex(body) + '"')
                    m_out.failures << QStringLiteral("client %1: ETag of %2 is %3").arg(m_index).arg(QString::fromLatin1(key), QString::fromLatin1(r.header("etag")));
            }
        } else if (roll < 72) { // GET
            TestRequest req;
            req.path = path;
            const TestReply r = send(req);
            const auto known = m_out.ledger.find(key);
            const bool exists = known != m_out.ledger.end() && !known->second.isEmpty();
            check(r, exists ? 200 : 404, "GET " + key);
            if (exists && r.status == 200 && md5Hex(r.body) != known->second)
                m_out.failures << QStringLiteral("client %1: GET %2 returned other bytes").arg(m_index).arg(QString::fromLatin1(key));
        } else if (roll < 82) { // LIST of the client's own prefix
            TestRequest req;
            req.path = '/' + kBucket;
            req.query = "list-type=2&prefix=" + m_prefix + QByteArray::number(m_index) + "%2F";
            const TestReply r = send(req);
            check(r, 200, "LIST");
            if (r.status == 200) {
                QList<QByteArray> listed = keysInListing(r.body);
                QList<QByteArray> expected;
                for (const auto &[k, md5] : m_out.ledger) {
                    if (!md5.isEmpty())
                        expected.push_back(k);
                }
                std::sort(listed.begin(), listed.end());
                if (listed != expected)
                    m_out.failures << QStringLiteral("client %1: LIST shows %2 keys, the ledger %3").arg(m_index).arg(listed.size()).arg(expected.size());
            }
        } else if (roll < 94) { // DELETE
            TestRequest req;
            req.method = "DELETE";
            req.path = path;
            const TestReply r = send(req);
            check(r, 204, "DELETE " + key);
            if (r.status == 204)
                m_out.ledger[key] = QByteArray();
        } else { // multipart: one to three parts, all but the last 5 MiB only rarely
            const bool big = m_gen.bounded(20) == 0;
            TestRequest create;
            create.method = "POST";
            create.path = path;
            create.query = "uploads=";
            const TestReply c = send(create);
            check(c, 200, "CreateMultipartUpload " + key);
            const QByteArray uploadId = xmlValue(c.body, "UploadId");
            if (c.status != 200 || uploadId.isEmpty())
                return;
            const int parts = big ? 2 : 1;
            QByteArray whole;
            QByteArray completeXml = "<CompleteMultipartUpload>";
            for (int p = 1; p <= parts; ++p) {
                const QByteArray body = bytesFor(m_gen, p < parts ? 5 * 1024 * 1024 : pickSize(m_gen) + 1);
                TestRequest part;
                part.method = "PUT";
                part.path = path;
                part.query = "partNumber=" + QByteArray::number(p) + "&uploadId=" + QUrl::toPercentEncoding(QString::fromLatin1(uploadId));
                part.body = body;
                const TestReply pr = send(part);
                check(pr, 200, "UploadPart " + key);
                if (pr.status != 200)
                    return;
                whole += body;
                completeXml += "<Part><PartNumber>" + QByteArray::number(p) + "</PartNumber><ETag>" + pr.header("etag")
                               + "</ETag></Part>";
            }
            completeXml += "</CompleteMultipartUpload>";
            TestRequest complete;
            complete.method = "POST";
            complete.path = path;
            complete.query = "uploadId=" + QUrl::toPercentEncoding(QString::fromLatin1(uploadId));
            complete.body = completeXml;
            const TestReply done = send(complete);
            check(done, 200, "CompleteMultipartUpload " + key);
            if (done.status == 200 && !done.body.contains("<Error>"))
                m_out.ledger[key] = md5Hex(whole);
        }
    }

    QByteArray m_prefix;
    int m_index;
    TestClient m_client;
    QRandomGenerator m_gen;
    int m_operations;
    ClientOutcome m_out;
    QString m_lastError;
};

} // namespace

class TestLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mixedLoad();
    void cleanupTestCase();

private:
    IntegrationSupport::ServerFixture m_server;
    qint64 m_pid = 0;
};

void TestLoad::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    // The fixture owns the QProcess; find its pid through /proc by the data directory argument.
    const QString dataDir = m_server.dataDir();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(dataDir.toUtf8())) {
            m_pid = pid;
            break;
        }
    }
    QVERIFY2(m_pid > 0, "the server's pid was not found");
}

void TestLoad::mixedLoad()
{
    const S3::Credentials creds {m_server.accessKey(), m_server.secretKey(), {}};
    {
        TestClient admin(m_server.port(), creds);
        QVERIFY(admin.connectToServer());
        QCOMPARE(admin.put('/' + kBucket).status, 200);
    }
    const auto runClients = [&](const QByteArray &prefix, int operations) {
        std::vector<ClientOutcome> outcomes(kClients);
        std::vector<std::thread> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                LoadClient client(prefix, i, m_server.port(), creds, operations / kClients + (i < operations % kClients ? 1 : 0));
                outcomes[std::size_t(i)] = client.run();
            });
        }
        for (auto &t : threads)
            t.join();
        return outcomes;
    };
    // Warm up with a short load of the same shape, so the server has created its lazily made,
    // bounded state (per-thread read connections, caches) before the baseline is taken: what grows
    // after this point is a leak.
    const std::vector<ClientOutcome> warm = runClients("w", 640);
    for (const ClientOutcome &o : warm)
        QVERIFY2(o.failures.isEmpty() && o.serverErrors == 0, qPrintable(o.failures.join(u'\n')));
    QTest::qWait(200);
    const ProcessFigures baseline = figuresOf(m_pid);
    qInfo("baseline: RSS %lld KiB, %d open fds", baseline.rssKiB, baseline.openFds);

    std::atomic<bool> running {true};
    ProcessFigures peak = baseline;
    std::mutex peakMutex;
    std::thread sampler([&] {
        while (running) {
            const ProcessFigures f = figuresOf(m_pid);
            {
                std::lock_guard lock(peakMutex);
                peak.rssKiB = std::max(peak.rssKiB, f.rssKiB);
                peak.openFds = std::max(peak.openFds, f.openFds);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    QElapsedTimer timer;
    timer.start();
    const std::vector<ClientOutcome> outcomes = runClients("c", kOperations);
    const qint64 elapsed = timer.elapsed();
    running = false;
    sampler.join();

    int operations = 0;
    int requests = 0;
    int serverErrors = 0;
    QStringList failures;
    for (const ClientOutcome &o : outcomes) {
        operations += o.operations;
        requests += o.requests;
        serverErrors += o.serverErrors;
        failures += o.failures;
    }
    qInfo("%d operations (%d requests) by %d clients in %lld ms (%.0f ops/s); peak RSS %lld KiB, peak fds %d",
          operations, requests, kClients, elapsed, operations * 1000.0 / double(std::max<qint64>(elapsed, 1)), peak.rssKiB, peak.openFds);
    QCOMPARE(operations, kOperations);
    QCOMPARE(serverErrors, 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(u'\n')));

    // Final state: every live key of every ledger reads back exactly, nothing else is listed.
    TestClient checker(m_server.port(), creds);
    QVERIFY(checker.connectToServer());
    QList<QByteArray> listed;
    QByteArray token;
    for (;;) {
        QByteArray query = "list-type=2&prefix=c&max-keys=1000";
        if (!token.isEmpty())
            query += "&continuation-token=" + QUrl::toPercentEncoding(QString::fromUtf8(token));
        const TestReply r = checker.get('/' + kBucket, query);
        QCOMPARE(r.status, 200);
        listed += keysInListing(r.body);
        token = xmlValue(r.body, "NextContinuationToken");
        if (token.isEmpty())
            break;
    }
    std::sort(listed.begin(), listed.end());
    QList<QByteArray> expected;
    for (const ClientOutcome &o : outcomes) {
        for (const auto &[key, md5] : o.ledger) {
            if (md5.isEmpty())
                continue;
            expected.push_back(key);
            const TestReply r = checker.get('/' + kBucket + '/' + key);
            QVERIFY2(r.status == 200 && md5Hex(r.body) == md5, key.constData());
        }
    }
    std::sort(expected.begin(), expected.end());
    QCOMPARE(listed, expected);
    checker.disconnect();

    // Bounded during the load: a few connections' worth of buffers, not a copy of the data moved.
    QVERIFY2(peak.rssKiB < baseline.rssKiB + kPeakRssSlackKiB, qPrintable(QStringLiteral("peak RSS %1 KiB, baseline %2 KiB").arg(peak.rssKiB).arg(baseline.rssKiB)));
    QVERIFY2(peak.openFds <= baseline.openFds + 2 * kClients + 16, qPrintable(QStringLiteral("peak fds %1, baseline %2").arg(peak.openFds).arg(baseline.openFds)));

    // Back to baseline once the clients are gone: every connection and file closed; memory back
    // within the allocator's retained arenas.
    ProcessFigures after;
    // The store keeps its read connections (two fds each) once opened, up to one per concurrent
    // reader: bounded by the server's threads, not by the work done. Everything else (sockets,
    // object files) must be back exactly.
    constexpr int kMaxDatabaseFds = 2 * 32;
    const auto otherFds = [](const ProcessFigures &f) { return f.openFds - f.databaseFds; };
    for (int i = 0; i < 100; ++i) {
        after = figuresOf(m_pid);
        if (otherFds(after) <= otherFds(baseline))
            break;
        QTest::qWait(100);
    }
    qInfo("after: RSS %lld KiB, %d open fds (%d of them SQLite)", after.rssKiB, after.openFds, after.databaseFds);
    QVERIFY2(after.databaseFds <= kMaxDatabaseFds, qPrintable(QStringLiteral("%1 SQLite fds").arg(after.databaseFds)));
    if (otherFds(after) > otherFds(baseline)) {
        QStringList open;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(m_pid));
        for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries))
            open << fd + QLatin1StringView(" -> ") + QFile::symLinkTarget(fds.filePath(fd));
        QFAIL(qPrintable(QStringLiteral("%1 fds after, %2 before:\n%3").arg(after.openFds).arg(baseline.openFds).arg(open.join(u'\n'))));
    }
    QVERIFY2(after.rssKiB <= baseline.rssKiB + kAfterRssSlackKiB, qPrintable(QStringLiteral("RSS %1 KiB after, %2 KiB before").arg(after.rssKiB).arg(baseline.rssKiB)));
}

void TestLoad::cleanupTestCase()
{
    QString error;
    QVERIFY2(m_server.stop(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
