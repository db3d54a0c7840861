#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>
#include <QUrl>

#include "tests/integration/rawsigner.h"
#include "tests/integration/serverfixture.h"

using IntegrationSupport::RawRequest;
using IntegrationSupport::RawResponse;

// Wire-level hostile clients against `pailctl serve` (raw POSIX sockets, byte by byte where it
// matters): slow heads and bodies, Content-Length and aws-chunked sizes that lie, oversized heads,
// deeply nested JSON and XML entities over the wire, keys that are not UTF-8, a connection flood
// beyond the server's descriptor limit. The server runs with short timeouts (header 2 s, body 2 s,
// idle 3 s) and a descriptor limit of 512. After every case it must still answer a signed
// request (healthy()), and at the end the store holds exactly what was acknowledged.

namespace {

constexpr int kHeaderTimeoutS = 2;
constexpr int kBodyTimeoutS = 2;
constexpr int kIdleTimeoutS = 3;
constexpr rlim_t kServerFdLimit = 512;

// One raw TCP connection to 127.0.0.1 with a read buffer that can hold several responses.
class Wire
{
public:
    explicit Wire(quint16 port, bool blocking = true)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (blocking ? 0 : SOCK_NONBLOCK), 0);
        if (m_fd < 0)
            return;
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int r = ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        m_connected = r == 0 || (!blocking && errno == EINPROGRESS);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~Wire() { close(); }
    Wire(const Wire &) = delete;
    Wire &operator=(const Wire &) = delete;

    bool connected() const { return m_fd >= 0 && m_connected; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }

    // Writes everything; false when the peer closed or reset the connection.
    bool send(const QByteArray &bytes)
    {
        qsizetype off = 0;
        while (off < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + off, size_t(bytes.size() - off), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN) {
                pollfd p {m_fd, POLLOUT, 0};
                if (::poll(&p, 1, 5000) <= 0)
                    return false;
                continue;
            }
            if (n <= 0)
                return false;
            off += n;
        }
        return true;
    }

    // Reads what arrives within timeoutMs into the buffer; false once the peer closed (EOF or
    // reset). True when the connection is still open at the deadline.
    bool pump(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            pollfd p {m_fd, POLLIN, 0};
            const int r = ::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime())));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                return true;
            char buf[65536];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0) {
                m_closed = true;
                return false;
            }
            m_in.append(buf, n);
            if (deadline.hasExpired())
                return true;
        }
    }

    // Waits at most timeoutMs for the server to close the connection (EOF or reset); reads any
    // answer sent before. True when it closed.
    bool waitClosed(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_closed && !deadline.hasExpired())
            pump(int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
        return m_closed;
    }

    // The next complete response from the buffer, reading more for at most timeoutMs. status 0:
    // none (closed or timed out first).
    RawResponse response(int timeoutMs = 15000, bool head = false)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end >= 0) {
                RawResponse r;
                const QList<QByteArray> lines = m_in.left(end).split('\n');
                r.statusLine = lines.value(0).trimmed();
                r.status = r.statusLine.split(' ').value(1).toInt();
                qint64 length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
                }
                if (!head)
                    length = r.header("content-length").toLongLong();
                if (r.status == 100) {
                    m_in.remove(0, end + 4);
                    continue;
                }
                if (m_in.size() >= end + 4 + length) {
                    r.raw = m_in.left(end + 4 + length);
                    r.body = m_in.mid(end + 4, length);
                    m_in.remove(0, end + 4 + length);
                    return r;
                }
            }
            if (m_closed || deadline.hasExpired())
                {
                RawResponse none;
                none.raw = m_in;
                return none;
            }
            pump(int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
        }
    }

    bool closedByPeer() const { return m_closed; }
    QByteArray pending() const { return m_in; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
    QByteArray m_in;
};

QString describe(const RawResponse &r)
{
    return QStringLiteral("\n--- response (status %1) ---\n%2").arg(r.status).arg(QString::fromUtf8(r.raw.left(3000)));
}

QByteArray errorCode(const RawResponse &r)
{
    const qsizetype from = r.body.indexOf("<Code>");
    const qsizetype to = r.body.indexOf("</Code>");
    return from < 0 || to < from ? QByteArray() : r.body.mid(from + 6, to - from - 6);
}

// The server process: the child of this test whose command line says "serve".
qint64 serverPid()
{
    QDirIterator tasks(QStringLiteral("/proc/self/task"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (tasks.hasNext()) {
        QFile children(tasks.next() + QStringLiteral("/children"));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &pid : children.readAll().split(' ')) {
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(QString::fromLatin1(pid.trimmed())));
            if (!pid.trimmed().isEmpty() && cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains("serve"))
                return pid.trimmed().toLongLong();
        }
    }
    return -1;
}

// CPU time (user + system) the process has used so far, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3; utime and stime are fields 14 and 15.
    return double(f.value(11).toLongLong() + f.value(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

int openFds(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

} // namespace

class TestHostileWire : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void slowHeadIsCutOff();
    void stalledBodyIsCutOff();
    void idleKeepAliveIsClosed();
    void slowClientsDoNotStarveOthers();
    void shortBodyThenClose();
    void longerBodyIsNextRequest();
    void awsChunkedControl();
    void awsChunkedSizesThatLie_data();
    void awsChunkedSizesThatLie();
    void oversizedHeads_data();
    void oversizedHeads();
    void deeplyNestedPolicy_data();
    void deeplyNestedPolicy();
    void xmlEntities_data();
    void xmlEntities();
    void awkwardKeys_data();
    void awkwardKeys();
    void connectionFlood();
    void storeIsConsistent();

private:
    QByteArray host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(); }
    QByteArray signedHead(const QByteArray &method, const QByteArray &pathAndQuery,
                          const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &payloadHash) const;
    RawResponse request(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body = {},
                        QList<QPair<QByteArray, QByteArray>> headers = {});
    // A signed PUT, GET and DELETE round trip: the server is up and serves normal clients.
    void healthy();
    int headStatus(const QByteArray &key);

    IntegrationSupport::ServerFixture m_server;
    QMap<QByteArray, QByteArray> m_expected; // key -> content the store must hold at the end
    qint64 m_pid = -1;
};

QByteArray TestHostileWire::signedHead(const QByteArray &method, const QByteArray &pathAndQuery,
                                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &payloadHash) const
{
    RawRequest req;
    req.method = method;
    const qsizetype q = pathAndQuery.indexOf('?');
    req.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    req.query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1);
    req.headers = headers;
    req.payloadHash = payloadHash;
    return IntegrationSupport::signedHead(req, host(), m_server.accessKey(), m_server.secretKey(), m_server.region());
}

RawResponse TestHostileWire::request(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body,
                                     QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append({"Content-Length", QByteArray::number(body.size())});
    Wire w(m_server.port());
    if (!w.connected() || !w.send(signedHead(method, pathAndQuery, headers, IntegrationSupport::sha256Hex(body)) + body))
        return {};
    return w.response(20000, method == "HEAD");
}

int TestHostileWire::headStatus(const QByteArray &key)
{
    return request("HEAD", "/wire/" + key).status;
}

void TestHostileWire::healthy()
{
    QVERIFY(m_server.isRunning());
    QElapsedTimer t;
    t.start();
    RawResponse r = request("PUT", "/wire/health/probe", "alive");
    PAIL_VERIFY2(r.status == 200, describe(r));
    r = request("GET", "/wire/health/probe");
    PAIL_VERIFY2(r.status == 200 && r.body == "alive", describe(r));
    r = request("DELETE", "/wire/health/probe");
    PAIL_VERIFY2(r.status == 204, describe(r));
    PAIL_VERIFY2(t.elapsed() < 10000, QStringLiteral("a normal client waited %1 ms").arg(t.elapsed()));
}

void TestHostileWire::initTestCase()
{
    // The server inherits a low descriptor limit (for connectionFlood); ours goes back up after.
    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    QVERIFY2(saved.rlim_max >= 4096, "connectionFlood needs a hard descriptor limit of at least 4096");
    rlimit low = saved;
    low.rlim_cur = kServerFdLimit;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    QString error;
    const bool started = m_server.start(&error, {QStringLiteral("--header-timeout"), QString::number(kHeaderTimeoutS),
                                                 QStringLiteral("--body-timeout"), QString::number(kBodyTimeoutS),
                                                 QStringLiteral("--idle-timeout"), QString::number(kIdleTimeoutS)});
    rlimit high = saved;
    high.rlim_cur = saved.rlim_max;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &high) == 0);
    PAIL_VERIFY2(started, error);
    m_pid = serverPid();
    QVERIFY(m_pid > 0);
    QFile limits(QStringLiteral("/proc/%1/limits").arg(m_pid));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    QVERIFY(limits.readAll().contains(QByteArray("Max open files            ") + QByteArray::number(qulonglong(kServerFdLimit))));

    RawResponse r = request("PUT", "/wire");
    PAIL_VERIFY2(r.status == 200, describe(r));
    m_expected.insert("keep/small", "small object");
    QByteArray big(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 13 + (i >> 9));
    m_expected.insert("keep/big", big);
    m_expected.insert("victim", "do not delete me");
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        r = request("PUT", "/wire/" + it.key(), it.value());
        PAIL_VERIFY2(r.status == 200, describe(r));
    }
}

void TestHostileWire::cleanupTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestHostileWire::init()
{
    QVERIFY(m_server.isRunning());
}

void TestHostileWire::cleanup()
{
    if (!QTest::currentTestFailed())
        healthy();
}

void TestHostileWire::slowHeadIsCutOff()
{
    // Slowloris: a head trickled one byte every 500 ms never completes; the header timeout (2 s
    // for the whole head, not per byte) closes the connection.
    const QByteArray headBytes = signedHead("GET", "/wire/keep/small", {}, "UNSIGNED-PAYLOAD");
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QElapsedTimer t;
    t.start();
    bool open = true;
    for (qsizetype i = 0; i + 4 < headBytes.size() && open && t.elapsed() < 15000; ++i) {
        open = w.send(headBytes.mid(i, 1)) && w.pump(500);
    }
    QVERIFY2(!open || w.waitClosed(2000), "a trickled head was still open after 15 s");
    const qint64 closedAfter = t.elapsed();
    PAIL_VERIFY2(closedAfter < (kHeaderTimeoutS + 3) * 1000, QStringLiteral("closed after %1 ms").arg(closedAfter));
    PAIL_VERIFY2(closedAfter >= (kHeaderTimeoutS * 1000) - 600, QStringLiteral("closed after %1 ms").arg(closedAfter));
    QVERIFY2(!w.pending().startsWith("HTTP/1.1 200"), w.pending().constData());
}

void TestHostileWire::stalledBodyIsCutOff()
{
    // A signed PUT announcing 10,000 bytes sends 1,000 and stalls: the body timeout closes it and
    // nothing is stored (no object, no temporary file left behind).
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QVERIFY(w.send(signedHead("PUT", "/wire/stalled", {{"Content-Length", "10000"}}, "UNSIGNED-PAYLOAD")
                   + QByteArray(1000, 'x')));
    QElapsedTimer t;
    t.start();
    QVERIFY2(w.waitClosed((kBodyTimeoutS + 5) * 1000), "a stalled body was not cut off");
    PAIL_VERIFY2(t.elapsed() < (kBodyTimeoutS + 4) * 1000, QStringLiteral("closed after %1 ms").arg(t.elapsed()));
    QVERIFY2(!w.pending().startsWith("HTTP/1.1 200"), w.pending().constData());
    QCOMPARE(headStatus("stalled"), 404);
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_server.dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty(), 5000);
}

void TestHostileWire::idleKeepAliveIsClosed()
{
    // A keep-alive connection that answers one request and then says nothing is closed after the
    // idle timeout; the response itself arrives whole.
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QVERIFY(w.send(signedHead("GET", "/wire/keep/small", {}, "UNSIGNED-PAYLOAD")));
    const RawResponse r = w.response();
    PAIL_VERIFY2(r.status == 200 && r.body == "small object", describe(r));
    QElapsedTimer t;
    t.start();
    QVERIFY2(w.waitClosed((kIdleTimeoutS + 5) * 1000), "an idle keep-alive connection stayed open");
    PAIL_VERIFY2(t.elapsed() >= kIdleTimeoutS * 1000 - 600 && t.elapsed() < (kIdleTimeoutS + 4) * 1000,
                 QStringLiteral("closed after %1 ms").arg(t.elapsed()));
}

void TestHostileWire::slowClientsDoNotStarveOthers()
{
    // 200 slow clients at once (half stuck in a head, half in a body) while normal clients work.
    std::vector<std::unique_ptr<Wire>> slow;
    const QByteArray headBytes = signedHead("GET", "/wire/keep/small", {}, "UNSIGNED-PAYLOAD");
    for (int i = 0; i < 200; ++i) {
        auto w = std::make_unique<Wire>(m_server.port());
        QVERIFY(w->connected());
        if (i % 2)
            QVERIFY(w->send(headBytes.left(headBytes.size() / 2)));
        else
            QVERIFY(w->send(signedHead("PUT", "/wire/slow/" + QByteArray::number(i), {{"Content-Length", "5000"}},
                                       "UNSIGNED-PAYLOAD")
                            + "partial"));
        slow.push_back(std::move(w));
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer one;
        one.start();
        const RawResponse r = request("GET", "/wire/keep/small");
        PAIL_VERIFY2(r.status == 200 && r.body == "small object", describe(r));
        PAIL_VERIFY2(one.elapsed() < 3000, QStringLiteral("a normal GET took %1 ms beside 200 slow clients").arg(one.elapsed()));
    }
    // Every slow client is cut off by its timeout.
    for (const auto &w : slow)
        QVERIFY2(w->waitClosed(qMax<int>(1000, int((kBodyTimeoutS + kHeaderTimeoutS + 6) * 1000 - t.elapsed()))),
                 "a slow client outlived its timeout");
    for (int i = 0; i < 200; i += 2)
        QCOMPARE(headStatus("slow/" + QByteArray::number(i)), 404);
}

void TestHostileWire::shortBodyThenClose()
{
    // Content-Length 4096, 100 bytes, then the client closes its side: IncompleteBody (or a
    // closed connection), and no object or partial object.
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QVERIFY(w.send(signedHead("PUT", "/wire/short", {{"Content-Length", "4096"}}, "UNSIGNED-PAYLOAD") + QByteArray(100, 's')));
    w.shutdownWrite();
    const RawResponse r = w.response(10000);
    PAIL_VERIFY2(r.status == 0 || (r.status == 400 && errorCode(r) == "IncompleteBody"), describe(r));
    QCOMPARE(headStatus("short"), 404);

    // The same over an existing object: the old content stays.
    Wire o(m_server.port());
    QVERIFY(o.connected());
    QVERIFY(o.send(signedHead("PUT", "/wire/keep/small", {{"Content-Length", "4096"}}, "UNSIGNED-PAYLOAD") + QByteArray(10, 'n')));
    o.shutdownWrite();
    const RawResponse r2 = o.response(10000);
    PAIL_VERIFY2(r2.status == 0 || (r2.status == 400 && errorCode(r2) == "IncompleteBody"), describe(r2));
    const RawResponse g = request("GET", "/wire/keep/small");
    QCOMPARE(g.body, QByteArray("small object"));
}

void TestHostileWire::longerBodyIsNextRequest()
{
    // HTTP/1.1 framing: bytes beyond Content-Length are the next request on the connection, as
    // on AWS. They are parsed and authenticated like any request, never appended to the object
    // nor executed on the first request's credentials.
    {
        Wire w(m_server.port());
        QVERIFY(w.connected());
        const QByteArray body = "hello";
        QVERIFY(w.send(signedHead("PUT", "/wire/longer", {{"Content-Length", "5"}}, IntegrationSupport::sha256Hex(body))
                       + body + "THIS IS NOT HTTP AT ALL\r\n\r\n"));
        const RawResponse first = w.response();
        PAIL_VERIFY2(first.status == 200, describe(first));
        const RawResponse second = w.response();
        PAIL_VERIFY2(second.status == 0 || second.status == 400, describe(second));
        QVERIFY2(w.waitClosed(5000), "the connection stayed open after a malformed request");
    }
    {
        // The trailing bytes are a well-formed but unsigned DELETE: refused (AccessDenied).
        Wire w(m_server.port());
        QVERIFY(w.connected());
        const QByteArray body = "world";
        QVERIFY(w.send(signedHead("PUT", "/wire/longer2", {{"Content-Length", "5"}}, IntegrationSupport::sha256Hex(body))
                       + body + "DELETE /wire/victim HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n"));
        const RawResponse first = w.response();
        PAIL_VERIFY2(first.status == 200, describe(first));
        const RawResponse second = w.response();
        PAIL_VERIFY2(second.status == 403 && errorCode(second) == "AccessDenied", describe(second));
    }
    RawResponse g = request("GET", "/wire/longer");
    QCOMPARE(g.body, QByteArray("hello"));
    g = request("GET", "/wire/longer2");
    QCOMPARE(g.body, QByteArray("world"));
    g = request("GET", "/wire/victim");
    QCOMPARE(g.body, QByteArray("do not delete me"));
    m_expected.insert("longer", "hello");
    m_expected.insert("longer2", "world");
}

namespace {

QList<QPair<QByteArray, QByteArray>> chunkedHeaders(qsizetype wireLength, const QByteArray &decodedLength)
{
    return {{"Content-Length", QByteArray::number(wireLength)},
            {"Content-Encoding", "aws-chunked"},
            {"x-amz-decoded-content-length", decodedLength}};
}

} // namespace

void TestHostileWire::awsChunkedControl()
{
    // The well-formed unsigned aws-chunked upload the lying variants below start from.
    const QByteArray body = "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QVERIFY(w.send(signedHead("PUT", "/wire/chunked-ok", chunkedHeaders(body.size(), "11"), "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                   + body));
    const RawResponse r = w.response();
    PAIL_VERIFY2(r.status == 200, describe(r));
    QCOMPARE(request("GET", "/wire/chunked-ok").body, QByteArray("hello world"));
    m_expected.insert("chunked-ok", "hello world");
}

void TestHostileWire::awsChunkedSizesThatLie_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("decodedLength");
    QTest::newRow("chunk size larger than its data") << QByteArray("a\r\nhello\r\n0\r\n\r\n") << QByteArray("10");
    QTest::newRow("chunk size smaller than its data") << QByteArray("3\r\nhello\r\n0\r\n\r\n") << QByteArray("5");
    QTest::newRow("decoded length larger") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("7");
    QTest::newRow("decoded length smaller") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("3");
    QTest::newRow("huge hex size") << QByteArray("ffffffffffffffffffffffff\r\nhello\r\n0\r\n\r\n") << QByteArray("5");
    QTest::newRow("2^64-1 hex size") << QByteArray("ffffffffffffffff\r\nhello\r\n0\r\n\r\n") << QByteArray("5");
    QTest::newRow("negative size") << QByteArray("-5\r\nhello\r\n0\r\n\r\n") << QByteArray("5");
    QTest::newRow("no final chunk") << QByteArray("5\r\nhello\r\n") << QByteArray("5");
    QTest::newRow("size not hex") << QByteArray("zz\r\nhello\r\n0\r\n\r\n") << QByteArray("5");
    QTest::newRow("decoded length not a number") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("5x");
}

void TestHostileWire::awsChunkedSizesThatLie()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, decodedLength);
    const QByteArray key = "chunked-lie-" + QByteArray::number(QTest::currentDataTag() ? qHash(QByteArray(QTest::currentDataTag())) : 0);
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QVERIFY(w.send(signedHead("PUT", "/wire/" + key, chunkedHeaders(body.size(), decodedLength), "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                   + body));
    const RawResponse r = w.response(10000);
    // The codes AWS uses for these (InvalidChunkSizeError is a 403 there too).
    static const QList<QByteArray> codes {"IncompleteBody", "InvalidRequest", "InvalidArgument", "SignatureDoesNotMatch"};
    PAIL_VERIFY2(r.status == 0 || (r.status == 400 && codes.contains(errorCode(r)))
                     || (r.status == 403 && errorCode(r) == "InvalidChunkSizeError"),
                 describe(r));
    QCOMPARE(headStatus(key), 404);
}

void TestHostileWire::oversizedHeads_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("1 MiB header value") << ("X-Pad: " + QByteArray(1024 * 1024, 'p') + "\r\n") << true;
    QByteArray many;
    for (int i = 0; i < 10000; ++i)
        many += "X-Amz-Meta-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("10,000 headers") << many << true;
    QByteArray tiny;
    for (int i = 0; i < 10000; ++i)
        tiny += "a:b\r\n"; // 50 KB: under the 64 KiB head limit
    QTest::newRow("10,000 tiny headers") << tiny << false;
}

void TestHostileWire::oversizedHeads()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, tooLarge);
    const QByteArray headBytes = signedHead("GET", "/wire/keep/small", {}, "UNSIGNED-PAYLOAD");
    Wire w(m_server.port());
    QVERIFY(w.connected());
    QElapsedTimer t;
    t.start();
    w.send(headBytes.left(headBytes.size() - 2) + extra + "\r\n"); // may fail half-way: the server closed
    const RawResponse r = w.response(10000);
    PAIL_VERIFY2(t.elapsed() < 8000, QStringLiteral("answered after %1 ms").arg(t.elapsed()));
    if (tooLarge)
        PAIL_VERIFY2(r.status == 0 || (r.status == 400 && errorCode(r) == "RequestHeaderSectionTooLarge"), describe(r));
    else // S3 signs only Host and x-amz-*: the extra unsigned headers are allowed, answered in time
        PAIL_VERIFY2(r.status == 200 && r.body == "small object", describe(r));
}

void TestHostileWire::deeplyNestedPolicy_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArrayList>("codes");
    // 100,000 levels is larger than any policy may be (AWS: 20 KB; here 64 KiB): refused by size
    // or as malformed; 60,000 levels fits the size limit and must be refused by the parser.
    QTest::newRow("100,000 arrays") << QByteArray(100000, '[') << QByteArrayList {"MalformedPolicy", "MaxMessageLengthExceeded", "EntityTooLarge"};
    QTest::newRow("60,000 arrays") << QByteArray(60000, '[') << QByteArrayList {"MalformedPolicy"};
    QByteArray objects;
    for (int i = 0; i < 12000; ++i)
        objects += "{\"a\":";
    QTest::newRow("12,000 objects") << objects << QByteArrayList {"MalformedPolicy"};
    QByteArray statement = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                           "\"Resource\":\"arn:aws:s3:::wire/*\",\"Condition\":"
                           + QByteArray(20000, '[') + QByteArray(20000, ']') + "}]}";
    QTest::newRow("nested condition") << statement << QByteArrayList {"MalformedPolicy"};
}

void TestHostileWire::deeplyNestedPolicy()
{
    QFETCH(QByteArray, policy);
    QFETCH(QByteArrayList, codes);
    const RawResponse r = request("PUT", "/wire?policy=", policy);
    PAIL_VERIFY2(r.status == 400 && codes.contains(errorCode(r)), describe(r));
    const RawResponse g = request("GET", "/wire?policy=");
    PAIL_VERIFY2(g.status == 404 && errorCode(g) == "NoSuchBucketPolicy", describe(g));
}

void TestHostileWire::xmlEntities_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("xml");
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                              " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                              " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                              " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                              " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                              " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                              " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                              " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                              " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                              " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n]>\n";
    const QByteArray external = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
    QTest::newRow("lifecycle billion laughs")
        << QByteArray("lifecycle=")
        << laughs + "<LifecycleConfiguration><Rule><ID>&lol9;</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status>"
                    "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";
    QTest::newRow("tagging billion laughs")
        << QByteArray("tagging=")
        << laughs + "<Tagging><TagSet><Tag><Key>k</Key><Value>&lol9;</Value></Tag></TagSet></Tagging>";
    QTest::newRow("delete billion laughs")
        << QByteArray("delete=") << laughs + "<Delete><Object><Key>&lol9;</Key></Object></Delete>";
    QTest::newRow("delete external entity")
        << QByteArray("delete=") << external + "<Delete><Object><Key>&xxe;</Key></Object></Delete>";
    QTest::newRow("tagging external entity")
        << QByteArray("tagging=") << external + "<Tagging><TagSet><Tag><Key>k</Key><Value>&xxe;</Value></Tag></TagSet></Tagging>";
    QTest::newRow("delete undeclared entity")
        << QByteArray("delete=") << QByteArray("<Delete><Object><Key>&victim;</Key></Object></Delete>");
}

void TestHostileWire::xmlEntities()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, xml);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (query == "delete=") // DeleteObjects needs Content-MD5 (or a checksum)
        headers.append({"Content-MD5", QCryptographicHash::hash(xml, QCryptographicHash::Md5).toBase64()});
    // DeleteObjects is a POST; the lifecycle and tagging configurations are PUTs.
    const RawResponse r = request(query == "delete=" ? "POST" : "PUT", "/wire?" + query, xml, headers);
    PAIL_VERIFY2(r.status == 400 && errorCode(r) == "MalformedXML", describe(r));
    QVERIFY(!request("GET", "/wire?tagging=").body.contains("lollol"));
    QCOMPARE(request("GET", "/wire/victim").body, QByteArray("do not delete me"));
}

void TestHostileWire::awkwardKeys_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("storedKey"); // for the keys that are valid
    QTest::newRow("lone continuation byte") << QByteArray("bad%80key") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("overlong slash") << QByteArray("bad%C0%AFkey") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("surrogate") << QByteArray("bad%ED%A0%80key") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("truncated sequence") << QByteArray("bad%E2%82") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("0xFF byte") << QByteArray("bad%FF") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("nul%00key") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("bad percent escape") << QByteArray("bad%zzkey") << 400 << QByteArray("InvalidURI") << QByteArray();
    QTest::newRow("dot dot") << QByteArray("a/../b") << 200 << QByteArray() << QByteArray("a/../b");
    QTest::newRow("leading dot dots") << QByteArray("../../etc") << 200 << QByteArray() << QByteArray("../../etc");
    QTest::newRow("valid UTF-8") << QByteArray("caf%C3%A9/%F0%9F%98%80") << 200 << QByteArray() << QByteArray("caf\xc3\xa9/\xf0\x9f\x98\x80");
    QTest::newRow("1024-byte key") << QByteArray(1024, 'k') << 200 << QByteArray() << QByteArray(1024, 'k');
    QTest::newRow("1025-byte key") << QByteArray(1025, 'k') << 400 << QByteArray("KeyTooLongError") << QByteArray();
}

void TestHostileWire::awkwardKeys()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, storedKey);
    const QByteArray content = "awkward";
    const RawResponse r = request("PUT", "/wire/" + path, content);
    PAIL_VERIFY2(r.status == status && errorCode(r) == code, describe(r));
    if (!storedKey.isEmpty()) {
        const RawResponse g = request("GET", "/wire/" + path);
        PAIL_VERIFY2(g.status == 200 && g.body == content, describe(g));
        m_expected.insert(storedKey, content);
        // ".." is a key like any other: nothing outside the store was touched.
        QVERIFY(!QFileInfo::exists(m_server.dataDir() + QStringLiteral("/../etc")));
    } else {
        const RawResponse g = request("GET", "/wire/" + path);
        PAIL_VERIFY2(g.status == 400 || g.status == 404, describe(g));
    }
}

void TestHostileWire::connectionFlood()
{
    // 2,000 connections opened and held against a server limited to 512 descriptors: accept()
    // fails with EMFILE. The server must neither die nor spin on the failing accept(), and normal
    // clients are served again once the flood is released.
    const int baselineFds = openFds(m_pid);
    QVERIFY(baselineFds > 0);
    std::vector<std::unique_ptr<Wire>> flood;
    for (int i = 0; i < 2000; ++i) {
        auto w = std::make_unique<Wire>(m_server.port(), false);
        QVERIFY2(w->connected(), qPrintable(QStringLiteral("socket %1: %2").arg(i).arg(QString::fromLocal8Bit(std::strerror(errno)))));
        flood.push_back(std::move(w));
    }
    QTest::qWait(500);
    const int heldFds = openFds(m_pid);
    PAIL_VERIFY2(heldFds >= int(kServerFdLimit) - 64,
                 QStringLiteral("the server holds %1 descriptors: the flood did not reach its limit").arg(heldFds));
    const double before = cpuSeconds(m_pid);
    QTest::qWait(2000);
    const double used = cpuSeconds(m_pid) - before;
    PAIL_VERIFY2(used < 0.2, QStringLiteral("the server used %1 s of CPU in 2 s while out of descriptors").arg(used));
    QVERIFY(m_server.isRunning());

    flood.clear(); // release
    QElapsedTimer t;
    t.start();
    RawResponse r;
    while (t.elapsed() < 20000) {
        r = request("GET", "/wire/keep/small");
        if (r.status == 200)
            break;
        QTest::qWait(200);
    }
    PAIL_VERIFY2(r.status == 200 && r.body == "small object", describe(r));
    qInfo("flood: server held %d descriptors (baseline %d); served again %lld ms after release; CPU %.2f s in 2 s",
          heldFds, baselineFds, t.elapsed(), used);
    // Descriptors go back to about the baseline once the released connections are swept.
    QTRY_VERIFY_WITH_TIMEOUT(openFds(m_pid) <= baselineFds + 16, (kIdleTimeoutS + kHeaderTimeoutS + 10) * 1000);
}

void TestHostileWire::storeIsConsistent()
{
    // Exactly the acknowledged objects, byte-exact; no temporary files left.
    QByteArrayList keys;
    QByteArray marker;
    for (;;) {
        const RawResponse r = request("GET", "/wire?list-type=2" + (marker.isEmpty() ? QByteArray() : "&start-after=" + marker));
        PAIL_VERIFY2(r.status == 200, describe(r));
        qsizetype from = 0;
        while ((from = r.body.indexOf("<Key>", from)) >= 0) {
            from += 5;
            const qsizetype end = r.body.indexOf("</Key>", from);
            keys << r.body.mid(from, end - from);
        }
        if (!r.body.contains("<IsTruncated>true</IsTruncated>"))
            break;
        marker = QUrl::toPercentEncoding(QString::fromUtf8(keys.constLast()));
    }
    QByteArrayList expected = m_expected.keys();
    for (QByteArray &k : expected)
        k = k.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    std::sort(expected.begin(), expected.end());
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, expected);
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const QByteArray path = QUrl::toPercentEncoding(QString::fromUtf8(it.key()), "/");
        const RawResponse g = request("GET", "/wire/" + path);
        PAIL_VERIFY2(g.status == 200 && g.body == it.value(), QString::fromUtf8(it.key()) + describe(g));
    }
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_server.dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty(), 5000);
}

QTEST_GUILESS_MAIN(TestHostileWire)

#include "tst_hostilewire.moc"
