// The transport's direct HTTP path (GET/HEAD over its own keep-alive sockets, see
// Transport::setDirectHttp) against a scripted HTTP server on 127.0.0.1: body framings
// (Content-Length, chunked, until close), answers split at awkward places, keep-alive reuse,
// error bodies, HEAD, and a reset connection being retried.

#include <QBuffer>
#include <QHostAddress>
#include <QList>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QPointer>

#include "clienttestutil.h"
#include "engine/client/credentials.h"
#include "engine/client/transport.h"

using namespace Client;

namespace {

// Answers each request (read up to its blank line) with the next scripted answer. An answer is
// sent in pieces of `piece` bytes with event-loop turns between them; "RESET" aborts the
// connection instead; "CLOSE:" sends the rest and closes.
class ScriptedServer : public QObject
{
public:
    ScriptedServer()
    {
        m_sender.setInterval(1);
        connect(&m_sender, &QTimer::timeout, this, [this] { sendNext(); });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QList<QByteArray> answers;
    QList<QByteArray> requests; // request heads as received
    int connections = 0;
    int piece = 1 << 20;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_pending[s];
        buffer += s->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
            requests.append(buffer.left(end));
            buffer.remove(0, end + 4);
            const QByteArray answer = answers.isEmpty() ? QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n")
                                                        : answers.takeFirst();
            if (answer == "RESET") {
                m_pending.remove(s);
                s->abort();
                return;
            }
            const bool close = answer.startsWith("CLOSE:");
            const QByteArray bytes = close ? answer.mid(6) : answer;
            for (qsizetype i = 0; i < bytes.size(); i += piece)
                m_outbox.append({s, bytes.mid(i, piece), close && i + piece >= bytes.size()});
            if (!m_sender.isActive())
                m_sender.start();
        }
    }

    // One piece per timer tick, so the client reads the answer in as many parts.
    void sendNext()
    {
        if (m_outbox.isEmpty()) {
            m_sender.stop();
            return;
        }
        const Piece p = m_outbox.takeFirst();
        if (!p.socket)
            return;
        p.socket->write(p.bytes);
        p.socket->flush();
        if (p.close) {
            m_pending.remove(p.socket.data());
            p.socket->disconnectFromHost();
        }
    }

    struct Piece
    {
        QPointer<QTcpSocket> socket;
        QByteArray bytes;
        bool close = false;
    };
    QList<Piece> m_outbox;
    QTimer m_sender;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

struct Run
{
    Core::Result<Response> result = Core::fail(Core::ErrorCode::Cancelled, QString());
    int attempts = 0;
};

Run send(Transport &transport, Request request)
{
    Run run;
    std::unique_ptr<TransportReply> reply(transport.send(std::move(request)));
    QSignalSpy spy(reply.get(), &TransportReply::finished);
    if (!spy.wait(10000))
        return run;
    run.result = reply->result();
    run.attempts = reply->attempts();
    return run;
}

Request getRequest(const char *key, QIODevice *sink = nullptr)
{
    Request r;
    r.bucket = QStringLiteral("bucket");
    r.key = QString::fromLatin1(key);
    r.responseSink = sink;
    return r;
}

} // namespace

class TestDirectHttp : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &url)
            : credentials(Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}})
            , transport(TestSupport::fakeProfile(url), &credentials)
        {
            transport.setRetryPolicy({4, 1, 5});
            transport.setTransferTimeoutMs(5000);
        }
        StaticCredentialsProvider credentials;
        Transport transport;
    };

private slots:
    void keepAliveReusesOneConnection()
    {
        ScriptedServer server;
        server.answers = {"HTTP/1.1 200 OK\r\nETag: \"abc\"\r\nContent-Length: 5\r\n\r\nhello",
                          "HTTP/1.1 206 Partial Content\r\nContent-Length: 3\r\n\r\nxyz"};
        Fixture f(server.url());
        QVERIFY(f.transport.directHttp());
        const Run first = send(f.transport, getRequest("a"));
        QVERIFY2(first.result.has_value(), qPrintable(first.result.error().message));
        QCOMPARE(first.result->httpStatus, 200);
        QCOMPARE(first.result->body, QByteArray("hello"));
        QCOMPARE(first.result->header("etag"), QByteArray("\"abc\""));
        const Run second = send(f.transport, getRequest("b"));
        QVERIFY(second.result.has_value());
        QCOMPARE(second.result->httpStatus, 206);
        QCOMPARE(second.result->body, QByteArray("xyz"));
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests[0].startsWith("GET /bucket/a HTTP/1.1\r\n"));
        QVERIFY(server.requests[1].contains("\r\nAuthorization: AWS4-HMAC-SHA256 "));
        QVERIFY(server.requests[1].contains("\r\nHost: 127.0.0.1:"));
    }

    void chunkedAndSplitAnswerStreamsExactBytes()
    {
        ScriptedServer server;
        QByteArray body;
        for (int i = 0; i < 3000; ++i)
            body += char('a' + i % 26);
        QByteArray chunked;
        for (qsizetype i = 0; i < body.size(); i += 700)
            chunked += QByteArray::number(qMin<qsizetype>(700, body.size() - i), 16) + ";ext=1\r\n" + body.mid(i, 700) + "\r\n";
        chunked += "0\r\nX-Trailer: t\r\n\r\n";
        server.answers = {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
                          "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ntail"};
        server.piece = 7; // headers, chunk sizes and data cut anywhere
        Fixture f(server.url());
        f.transport.setRetryPolicy({1, 1, 1}); // the first attempt must succeed
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        const Run run = send(f.transport, getRequest("k", &sink));
        QVERIFY2(run.result.has_value(), qPrintable(run.result.error().message));
        QCOMPARE(run.result->bodyBytes, body.size());
        QCOMPARE(sink.data(), body);
        // The connection stays usable after the trailer.
        const Run next = send(f.transport, getRequest("k2"));
        QVERIFY(next.result.has_value());
        QCOMPARE(next.result->body, QByteArray("tail"));
        QCOMPARE(server.connections, 1);
    }

    void bodyUntilCloseAndHead()
    {
        ScriptedServer server;
        server.answers = {"CLOSE:HTTP/1.1 200 OK\r\n\r\nuntil the end",
                          "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nETag: \"e\"\r\n\r\n",
                          "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
        Fixture f(server.url());
        const Run run = send(f.transport, getRequest("k"));
        QVERIFY(run.result.has_value());
        QCOMPARE(run.result->body, QByteArray("until the end"));
        Request head = getRequest("k");
        head.method = "HEAD";
        const Run h = send(f.transport, head);
        QVERIFY(h.result.has_value());
        QCOMPARE(h.result->header("content-length"), QByteArray("100"));
        QVERIFY(h.result->body.isEmpty());
        const Run after = send(f.transport, getRequest("k"));
        QVERIFY(after.result.has_value());
        QCOMPARE(after.result->body, QByteArray("ok"));
        QCOMPARE(server.connections, 2); // the closed one, then one for HEAD and GET
    }

    void errorBodyBecomesS3Error()
    {
        ScriptedServer server;
        const QByteArray xml = "<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>gone</Message>"
                               "<RequestId>R1</RequestId></Error>";
        server.answers = {"HTTP/1.1 404 Not Found\r\nContent-Length: " + QByteArray::number(xml.size()) + "\r\n\r\n" + xml};
        Fixture f(server.url());
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        const Run run = send(f.transport, getRequest("k", &sink));
        QVERIFY(!run.result.has_value());
        QCOMPARE(run.result.error().code, Core::ErrorCode::NoSuchKey);
        QCOMPARE(run.result.error().requestId, QStringLiteral("R1"));
        QVERIFY(sink.data().isEmpty()); // an error body never reaches the sink
    }

    void resetAndServerErrorAreRetried()
    {
        ScriptedServer server;
        server.answers = {"RESET", "HTTP/1.1 503 Slow Down\r\nContent-Length: 0\r\n\r\n",
                          "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
        Fixture f(server.url());
        const Run run = send(f.transport, getRequest("k"));
        QVERIFY2(run.result.has_value(), qPrintable(run.result.error().message));
        QCOMPARE(run.result->body, QByteArray("ok"));
        QCOMPARE(run.attempts, 3);
        QCOMPARE(server.requests.size(), 3);
    }

    void putWithBodyInMemory()
    {
        ScriptedServer server;
        server.answers = {"HTTP/1.1 200 OK\r\nETag: \"e1\"\r\nContent-Length: 0\r\n\r\n"};
        Fixture f(server.url());
        Request put = getRequest("up");
        put.method = "PUT";
        put.body = RequestBody::fromBytes(QByteArray("payload-bytes"));
        const Run run = send(f.transport, put);
        QVERIFY2(run.result.has_value(), qPrintable(run.result.error().message));
        QCOMPARE(run.result->header("ETag"), QByteArray("\"e1\""));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests[0].startsWith("PUT /bucket/up HTTP/1.1\r\n"));
        QVERIFY(server.requests[0].contains("\r\nContent-Length: 13"));
        QVERIFY(server.requests[0].contains("\r\nx-amz-content-sha256: "));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Fixture f(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        f.transport.setRetryPolicy({1, 1, 1});
        f.transport.setTransferTimeoutMs(300);
        const Run run = send(f.transport, getRequest("k"));
        QVERIFY(!run.result.has_value());
        QCOMPARE(run.result.error().code, Core::ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestDirectHttp)
#include "tst_directhttp.moc"
