#include <memory>
#include <vector>

#include <QDir>
#include <QDirIterator>
#include <QTcpSocket>
#include <QFileInfo>
#include <QTest>

#include "tests/integration/rawsigner.h"
#include "tests/integration/serverfixture.h"

using IntegrationSupport::RawRequest;
using IntegrationSupport::RawResponse;

// Raw-socket clients that misbehave: wrong signatures, stale dates, truncated bodies, clients
// that vanish mid-upload, over-long keys, garbage instead of HTTP. After each one the server must
// still answer, and the objects stored before must still be byte-exact.
class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongSecret();
    void unknownAccessKey();
    void anonymousRequest();
    void staleDate();
    void truncatedBody();
    void disconnectMidUpload();
    void truncatedOverwriteKeepsOldObject();
    void keyTooLong();
    void expectContinueWithBadSignature();
    void entityTooLarge();
    void manyIdleConnections();
    void garbageRequest();
    void storeIsIntact();
    void secretsStayOutOfLogsAndFilesAreOwnerOnly();

private:
    RawResponse signedRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {}, const QString &secret = {}, const QDateTime &when = QDateTime::currentDateTimeUtc());
    QByteArray head(const QByteArray &method, const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &payloadHash = "UNSIGNED-PAYLOAD") const;
    // Sends a PUT head announcing contentLength, then `sent` bytes, then closes (abort: RST).
    void sendPartialPut(const QByteArray &path, qint64 contentLength, const QByteArray &sent, bool abort);
    QStringList listKeys();
    QStringList tmpFiles() const;

    IntegrationSupport::ServerFixture m_server;
    QList<QPair<QByteArray, QByteArray>> m_baseline; // key, content
};

static QString describe(const RawResponse &r)
{
    return QStringLiteral("\n--- response (status %1) ---\n%2").arg(r.status).arg(QString::fromUtf8(r.raw.left(4000)));
}

QByteArray TestHostile::head(const QByteArray &method, const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &payloadHash) const
{
    RawRequest req;
    req.method = method;
    req.path = path;
    req.headers = headers;
    req.payloadHash = payloadHash;
    return IntegrationSupport::signedHead(req, QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(), m_server.accessKey(), m_server.secretKey(), m_server.region());
}

RawResponse TestHostile::signedRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QString &secret, const QDateTime &when)
{
    RawRequest req;
    req.method = method;
    const qsizetype q = path.indexOf('?');
    req.path = q < 0 ? path : path.left(q);
    req.query = q < 0 ? QByteArray() : path.mid(q + 1);
    req.headers = {{"Content-Length", QByteArray::number(body.size())}, {"Connection", "close"}};
    req.payloadHash = IntegrationSupport::sha256Hex(body);
    const QByteArray bytes = IntegrationSupport::signedHead(req,
                                                            QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(),
                                                            m_server.accessKey(),
                                                            secret.isEmpty() ? m_server.secretKey() : secret,
                                                            m_server.region(),
                                                            when)
                           + body;
    return IntegrationSupport::exchange(m_server.port(), bytes);
}

QStringList TestHostile::listKeys()
{
    const RawResponse r = signedRequest("GET", "/hostile?list-type=2");
    if (r.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("listing failed") + describe(r)), __FILE__, __LINE__);
        return {};
    }
    QStringList keys;
    qsizetype from = 0;
    while ((from = r.body.indexOf("<Key>", from)) >= 0) {
        from += 5;
        const qsizetype end = r.body.indexOf("</Key>", from);
        keys << QString::fromUtf8(r.body.mid(from, end - from));
    }
    return keys;
}

QStringList TestHostile::tmpFiles() const
{
    QStringList files;
    QDirIterator it(m_server.dataDir() + QLatin1StringView("/tmp"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestHostile::initTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.start(&error), error);
    RawResponse r = signedRequest("PUT", "/hostile");
    PAIL_VERIFY2(r.status == 200, describe(r));
    QByteArray big(1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + (i >> 11));
    m_baseline = {{"keep/small", "small object"}, {"keep/empty", {}}, {"keep/medium", big.left(100 * 1024)}, {"keep/large", big}};
    for (const auto &[key, content] : std::as_const(m_baseline)) {
        r = signedRequest("PUT", "/hostile/" + key, content);
        PAIL_VERIFY2(r.status == 200, QString::fromLatin1(key) + describe(r));
    }
}

void TestHostile::cleanupTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestHostile::wrongSecret()
{
    RawResponse r = signedRequest("GET", "/hostile/keep/small", {}, QStringLiteral("not-the-secret"));
    PAIL_VERIFY2(r.status == 403, describe(r));
    PAIL_VERIFY2(r.body.contains("<Code>SignatureDoesNotMatch</Code>"), describe(r));
    PAIL_VERIFY2(r.header("Content-Type").startsWith("application/xml"), describe(r));
    PAIL_VERIFY2(!r.body.contains("small object"), describe(r));

    // A PUT with a wrong secret stores nothing.
    r = signedRequest("PUT", "/hostile/evil", "evil bytes", QStringLiteral("not-the-secret"));
    PAIL_VERIFY2(r.status == 403 && r.body.contains("<Code>SignatureDoesNotMatch</Code>"), describe(r));
    r = signedRequest("HEAD", "/hostile/evil");
    PAIL_VERIFY2(r.status == 404, describe(r));

    // A body that does not match the signed X-Amz-Content-Sha256.
    RawRequest req;
    req.method = "PUT";
    req.path = "/hostile/tampered";
    req.headers = {{"Content-Length", "8"}, {"Connection", "close"}};
    req.payloadHash = IntegrationSupport::sha256Hex("original");
    const QByteArray bytes = IntegrationSupport::signedHead(req, QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(), m_server.accessKey(), m_server.secretKey(), m_server.region()) + "tampered";
    r = IntegrationSupport::exchange(m_server.port(), bytes);
    PAIL_VERIFY2(r.status == 400 && r.body.contains("<Code>XAmzContentSHA256Mismatch</Code>"), describe(r));
    r = signedRequest("HEAD", "/hostile/tampered");
    PAIL_VERIFY2(r.status == 404, describe(r));
}

void TestHostile::unknownAccessKey()
{
    RawRequest req;
    req.path = "/hostile";
    req.headers = {{"Connection", "close"}};
    const QByteArray bytes = IntegrationSupport::signedHead(req, QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(), QStringLiteral("AKIAUNKNOWN000000000"), m_server.secretKey(), m_server.region());
    const RawResponse r = IntegrationSupport::exchange(m_server.port(), bytes);
    PAIL_VERIFY2(r.status == 403 && r.body.contains("<Code>InvalidAccessKeyId</Code>"), describe(r));
}

void TestHostile::anonymousRequest()
{
    const RawResponse r = IntegrationSupport::exchange(m_server.port(),
                                                       QStringLiteral("GET /hostile/keep/small HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nConnection: close\r\n\r\n").arg(m_server.port()).toLatin1());
    PAIL_VERIFY2(r.status == 403 && r.body.contains("<Code>AccessDenied</Code>"), describe(r));
}

void TestHostile::staleDate()
{
    const RawResponse r = signedRequest("GET", "/hostile/keep/small", {}, {}, QDateTime::currentDateTimeUtc().addSecs(-3600));
    PAIL_VERIFY2(r.status == 403 && r.body.contains("<Code>RequestTimeTooSkewed</Code>"), describe(r));
}

void TestHostile::sendPartialPut(const QByteArray &path, qint64 contentLength, const QByteArray &sent, bool abort)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write(head("PUT", path, {{"Content-Length", QByteArray::number(contentLength)}}));
    socket.write(sent);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(10000))
            break;
    }
    if (abort) {
        socket.abort(); // RST
    } else {
        socket.disconnectFromHost(); // FIN after the partial body
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(10000);
    }
}

void TestHostile::truncatedBody()
{
    QByteArray half(50000, 'h');
    sendPartialPut("/hostile/truncated", 100000, half, false);
    // The server must notice the early close, answer nothing it cannot, and store nothing.
    RawResponse r = signedRequest("HEAD", "/hostile/truncated");
    PAIL_VERIFY2(r.status == 404, QStringLiteral("a truncated PUT left an object") + describe(r));
    QVERIFY(!listKeys().contains(QStringLiteral("truncated")));
    QTRY_VERIFY2_WITH_TIMEOUT(tmpFiles().isEmpty(), qPrintable(tmpFiles().join(u'\n')), 10000);
}

void TestHostile::disconnectMidUpload()
{
    QByteArray chunk(8 * 1024 * 1024, 'd');
    sendPartialPut("/hostile/vanished", 64 * 1024 * 1024, chunk, true);
    RawResponse r = signedRequest("HEAD", "/hostile/vanished");
    PAIL_VERIFY2(r.status == 404, QStringLiteral("a PUT whose client vanished left an object") + describe(r));
    QVERIFY(!listKeys().contains(QStringLiteral("vanished")));
    QTRY_VERIFY2_WITH_TIMEOUT(tmpFiles().isEmpty(), qPrintable(tmpFiles().join(u'\n')), 10000);
}

void TestHostile::truncatedOverwriteKeepsOldObject()
{
    sendPartialPut("/hostile/keep/medium", 200000, QByteArray(150000, 'x'), false);
    sendPartialPut("/hostile/keep/large", 4 * 1024 * 1024, QByteArray(3 * 1024 * 1024, 'y'), true);
    for (const char *key : {"keep/medium", "keep/large"}) {
        const RawResponse r = signedRequest("GET", QByteArray("/hostile/") + key);
        PAIL_VERIFY2(r.status == 200, describe(r));
        QByteArray expected;
        for (const auto &[k, content] : std::as_const(m_baseline)) {
            if (k == key)
                expected = content;
        }
        PAIL_VERIFY2(r.body == expected, QStringLiteral("%1 changed after a truncated overwrite (%2 bytes, expected %3)").arg(QString::fromLatin1(key)).arg(r.body.size()).arg(expected.size()));
    }
}

void TestHostile::keyTooLong()
{
    const QByteArray tooLong(1025, 'k');
    RawResponse r = signedRequest("PUT", "/hostile/" + tooLong, "body");
    PAIL_VERIFY2(r.status == 400 && r.body.contains("<Code>KeyTooLongError</Code>"), describe(r));
    const QByteArray longest(1024, 'k');
    r = signedRequest("PUT", "/hostile/" + longest, "body");
    PAIL_VERIFY2(r.status == 200, QStringLiteral("a 1024-byte key is allowed") + describe(r));
    r = signedRequest("GET", "/hostile/" + longest);
    PAIL_VERIFY2(r.status == 200 && r.body == "body", describe(r));
    r = signedRequest("DELETE", "/hostile/" + longest);
    PAIL_VERIFY2(r.status == 204, describe(r));
    // 1024 bytes of UTF-8 in fewer characters is still 1024 bytes: 342 x "é" (2 bytes) = 684 bytes fits,
    // 513 x "é" = 1026 bytes does not.
    const QByteArray twoByte = QByteArray("%C3%A9").repeated(513);
    r = signedRequest("PUT", "/hostile/" + twoByte, "body");
    PAIL_VERIFY2(r.status == 400 && r.body.contains("<Code>KeyTooLongError</Code>"), describe(r));
}

void TestHostile::expectContinueWithBadSignature()
{
    // AWS authenticates before it answers 100 Continue: the client must never be invited to send
    // 10 MiB that will be refused.
    RawRequest req;
    req.method = "PUT";
    req.path = "/hostile/expect-bad";
    req.headers = {{"Content-Length", "10485760"}, {"Expect", "100-continue"}};
    const QByteArray bytes = IntegrationSupport::signedHead(req, QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1(), m_server.accessKey(), QStringLiteral("not-the-secret"), m_server.region());
    const RawResponse r = IntegrationSupport::exchange(m_server.port(), bytes, 10000);
    PAIL_VERIFY2(r.status == 403 && r.body.contains("<Code>SignatureDoesNotMatch</Code>"), describe(r));
    const RawResponse h = signedRequest("HEAD", "/hostile/expect-bad");
    PAIL_VERIFY2(h.status == 404, describe(h));
}

void TestHostile::entityTooLarge()
{
    // A single PUT is limited to 5 GiB; the server must say so from the headers alone.
    const QByteArray bytes = head("PUT", "/hostile/too-large", {{"Content-Length", "5368709121"}, {"Expect", "100-continue"}});
    const RawResponse r = IntegrationSupport::exchange(m_server.port(), bytes, 10000);
    PAIL_VERIFY2(r.status == 400 && r.body.contains("<Code>EntityTooLarge</Code>"), describe(r));
    const RawResponse h = signedRequest("HEAD", "/hostile/too-large");
    PAIL_VERIFY2(h.status == 404, describe(h));
}

void TestHostile::manyIdleConnections()
{
    // 300 connections that never send a byte must not starve a real client.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        idle.push_back(std::move(socket));
    }
    for (const auto &socket : idle)
        QVERIFY(socket->state() == QAbstractSocket::ConnectedState || socket->waitForConnected(10000));
    const RawResponse r = signedRequest("GET", "/hostile/keep/small");
    PAIL_VERIFY2(r.status == 200 && r.body == "small object", describe(r));
    for (const auto &socket : idle)
        socket->abort();
}

void TestHostile::garbageRequest()
{
    RawResponse r = IntegrationSupport::exchange(m_server.port(), "THIS IS NOT HTTP\r\n\r\n", 10000);
    PAIL_VERIFY2(r.status == 0 || r.status == 400, describe(r));
    r = IntegrationSupport::exchange(m_server.port(), QByteArray("GET /") + QByteArray(100000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 10000);
    PAIL_VERIFY2(r.status == 0 || r.status == 400 || r.status == 414 || r.status == 431, describe(r));
    r = IntegrationSupport::exchange(m_server.port(), "PUT /hostile/neg HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", 10000);
    PAIL_VERIFY2(r.status == 0 || r.status == 400, describe(r));
    r = signedRequest("HEAD", "/hostile/neg");
    PAIL_VERIFY2(r.status == 404, describe(r));
}

void TestHostile::storeIsIntact()
{
    for (const auto &[key, content] : std::as_const(m_baseline)) {
        const RawResponse r = signedRequest("GET", "/hostile/" + key);
        PAIL_VERIFY2(r.status == 200, QString::fromLatin1(key) + describe(r));
        PAIL_VERIFY2(r.body == content, QStringLiteral("%1: %2 bytes, expected %3").arg(QString::fromLatin1(key)).arg(r.body.size()).arg(content.size()));
    }
    QStringList expected;
    for (const auto &[key, content] : std::as_const(m_baseline))
        expected << QString::fromLatin1(key);
    expected.sort();
    QCOMPARE(listKeys(), expected);
}

// After everything above (wrong secrets, failed signatures, garbage): the secret key appears neither
// in what the server printed nor in its access log, and its database, lock and log files are
// readable by their owner only.
void TestHostile::secretsStayOutOfLogsAndFilesAreOwnerOnly()
{
    const QByteArray secret = m_server.secretKey().toUtf8();
    QVERIFY(!secret.isEmpty());
    PAIL_VERIFY2(!m_server.serverOutput().contains(secret), QString::fromUtf8(m_server.serverOutput()));
    const QDir data(m_server.dataDir());
    QFile log(data.filePath(QStringLiteral("access.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY(!logText.isEmpty());
    QVERIFY(!logText.contains(secret));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther;
    for (const QString &name : data.entryList(QDir::Files)) {
        const QFileDevice::Permissions p = QFileInfo(data.filePath(name)).permissions();
        PAIL_VERIFY2(!(p & others), QStringLiteral("%1 is readable or writable by others (%2)").arg(name).arg(int(p), 0, 16));
    }
    const QFileDevice::Permissions dirOthers = others | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    PAIL_VERIFY2(!(QFileInfo(data.absolutePath()).permissions() & dirOthers), QStringLiteral("the data directory is open to others"));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
