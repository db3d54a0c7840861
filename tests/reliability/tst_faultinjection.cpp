// Retries against real faults: a proxy between `pailctl` and `pailctl serve` answers the first
// request of some connections with 503 SlowDown, 500 InternalError or a connection reset, once
// per request target (the retry of that target goes through). Uploads (single and multipart),
// downloads and listings must all succeed, byte-exact, and every kind of fault must have been
// injected and retried.
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ServerFixture;

namespace {

enum class Fault
{
    None,
    SlowDown,
    InternalError,
    Reset,
};

// A TCP proxy on 127.0.0.1 that pipes each client connection to the server, except that the
// first request of a connection may be answered with a fault instead. Each request target
// (method + path + query) is faulted at most once, so the client's retry succeeds. Lives in the
// test thread (its event loop runs while the test waits for pailctl).
class FaultProxy : public QObject
{
public:
    explicit FaultProxy(quint16 upstreamPort)
        : m_upstreamPort {upstreamPort}
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int injected(Fault f) const { return m_injected.value(int(f)); }
    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(client, &QTcpSocket::readyRead, this, [this, client] { onFirstBytes(client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    void onFirstBytes(QTcpSocket *client)
    {
        QByteArray &pending = m_pending[client];
        pending += client->readAll();
        const qsizetype lineEnd = pending.indexOf("\r\n");
        if (lineEnd < 0)
            return;
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        const QByteArray requestLine = pending.left(lineEnd);
        const QByteArray data = m_pending.take(client);
        const Fault fault = decide(requestLine);
        if (fault == Fault::None) {
            pipe(client, data);
            return;
        }
        ++m_injected[int(fault)];
        if (fault == Fault::Reset) {
            client->abort();
            client->deleteLater();
            return;
        }
        const bool slow = fault == Fault::SlowDown;
        const QByteArray body = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>")
                                + (slow ? "SlowDown" : "InternalError") + "</Code><Message>"
                                + (slow ? "Please reduce your request rate." : "We encountered an internal error. Please try again.")
                                + "</Message><RequestId>FAULTPROXY</RequestId></Error>";
        client->write(QByteArray("HTTP/1.1 ") + (slow ? "503 Slow Down" : "500 Internal Server Error")
                      + "\r\nContent-Type: application/xml\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        client->flush();
        client->disconnectFromHost();
    }

    // Every third new target gets a fault, cycling through the kinds; a target is faulted once.
    Fault decide(const QByteArray &requestLine)
    {
        if (m_seen.contains(requestLine))
            return Fault::None;
        m_seen.insert(requestLine);
        if (++m_targets % 3 != 0)
            return Fault::None;
        static constexpr Fault cycle[] = {Fault::SlowDown, Fault::InternalError, Fault::Reset};
        return cycle[(m_targets / 3) % 3];
    }

    void pipe(QTcpSocket *client, const QByteArray &already)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        upstream->write(already);
        QPointer<QTcpSocket> c(client);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [c] {
            if (c)
                c->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QSet<QByteArray> m_seen;
    int m_targets = 0;
    int m_connections = 0;
    QHash<int, int> m_injected;
};

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void transfersSurviveFaults();
    void cleanupTestCase();

private:
    IntegrationSupport::ProcessResult pailctl(const QStringList &args);
    ServerFixture m_server;
    std::unique_ptr<FaultProxy> m_proxy;
};

void TestFaultInjection::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_proxy = std::make_unique<FaultProxy>(m_server.port());
    QVERIFY(m_proxy->listen());
}

IntegrationSupport::ProcessResult TestFaultInjection::pailctl(const QStringList &args)
{
    QStringList all {args.first(), QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port())};
    all += args.mid(1);
    return m_server.run(m_server.pailctlPath(), all, 300000);
}

void TestFaultInjection::transfersSurviveFaults()
{
    PAIL_VERIFY_RUN(pailctl({QStringLiteral("mb"), QStringLiteral("s3://faults")}));

    // A folder of small files (single PUTs) and one multipart file.
    const QString src = m_server.newScratchFolder(QStringLiteral("src"));
    QDir().mkpath(src + QStringLiteral("/small"));
    for (int i = 0; i < 30; ++i)
        QVERIFY(IntegrationSupport::writeRandomFile(src + QStringLiteral("/small/f%1.bin").arg(i), 1000 + i * 977, quint32(i)));
    QVERIFY(IntegrationSupport::writeRandomFile(src + QStringLiteral("/big.bin"), 8 * 5 * 1024 * 1024 + 12345, 99));

    PAIL_VERIFY_RUN(pailctl({QStringLiteral("cp"), QStringLiteral("--recursive"), src + QStringLiteral("/small"),
                             QStringLiteral("s3://faults/small/")}));
    PAIL_VERIFY_RUN(pailctl({QStringLiteral("cp"), QStringLiteral("--multipart-threshold"), QStringLiteral("5"),
                             QStringLiteral("--part-size"), QStringLiteral("5"), src + QStringLiteral("/big.bin"),
                             QStringLiteral("s3://faults/big.bin")}));
    const auto ls = pailctl({QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://faults/")});
    PAIL_VERIFY_RUN(ls);
    QCOMPARE(ls.out.count("small/f"), 30);
    QVERIFY(ls.out.contains("big.bin"));

    // Everything back down, through the same faults.
    const QString down = m_server.newScratchFolder(QStringLiteral("down"));
    PAIL_VERIFY_RUN(pailctl({QStringLiteral("cp"), QStringLiteral("--recursive"), QStringLiteral("s3://faults/small/"),
                             down + QStringLiteral("/small")}));
    PAIL_VERIFY_RUN(pailctl({QStringLiteral("cp"), QStringLiteral("s3://faults/big.bin"), down + QStringLiteral("/big.bin")}));
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("/small/f%1.bin").arg(i);
        QVERIFY2(IntegrationSupport::sameFileContent(src + name, down + name), qPrintable(name));
    }
    QVERIFY(IntegrationSupport::sameFileContent(src + QStringLiteral("/big.bin"), down + QStringLiteral("/big.bin")));

    qInfo("%d connections; injected %d SlowDown, %d InternalError, %d resets", m_proxy->connections(),
          m_proxy->injected(Fault::SlowDown), m_proxy->injected(Fault::InternalError), m_proxy->injected(Fault::Reset));
    QVERIFY(m_proxy->injected(Fault::SlowDown) > 0);
    QVERIFY(m_proxy->injected(Fault::InternalError) > 0);
    QVERIFY(m_proxy->injected(Fault::Reset) > 0);
}

void TestFaultInjection::cleanupTestCase()
{
    m_proxy.reset();
    QString error;
    QVERIFY2(m_server.stop(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
