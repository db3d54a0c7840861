#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sandbox/localserver.h"
#include "engine/server/tlscertificate.h"
#include "s3testclient.h"

// HTTPS on the local server: the sandbox's self-signed certificate (names, key permissions,
// reuse), LocalServer with TLS (https endpoint, signed requests through a verifying client),
// aws:SecureTransport true over TLS and false over HTTP, SSE-C accepted over TLS only, a plain
// HTTP client on the TLS port, and unusable certificate files.
class TestTlsServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificate();
    void certificateReused();
    void httpsRoundTrip();
    void secureTransportCondition();
    void sseCustomerKey();
    void plainClientOnTlsPort();
    void unusableFiles();

private:
    TestClient tlsClient(const S3::Credentials &c)
    {
        return TestClient(m_tls.port(), c, "us-east-1", QSslCertificate::fromPath(m_tls.tlsCertificateFile()));
    }
    TestClient plainClient(const S3::Credentials &c) { return TestClient(m_plain.port(), c); }
    // An unsigned GET (anonymous).
    static TestReply anonymousGet(TestClient client, const QByteArray &path)
    {
        TestRequest r;
        r.path = path;
        r.sign = false;
        return client.send(r);
    }

    QTemporaryDir m_dir;
    Sandbox::LocalServer m_tls;
    Sandbox::LocalServer m_plain;
};

namespace {

const S3::Credentials kRoot {QStringLiteral("ROOTKEY"), QStringLiteral("root-secret"), {}};
const S3::Credentials kAnonymous {};

Sandbox::LocalServer::Options options(const QString &dataDir)
{
    Sandbox::LocalServer::Options o;
    o.dataDir = dataDir;
    o.users = {Server::User::make(QStringLiteral("root"), kRoot.accessKeyId, kRoot.secretAccessKey)};
    o.syncWrites = false;
    o.accessLog = QStringLiteral("off");
    return o;
}

// A policy that lets anyone read tls/* only over TLS, and denies everything over plain HTTP.
const QByteArray kTlsOnlyPolicy = R"({"Version":"2012-10-17","Statement":[
  {"Sid":"ReadOverTls","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::sec/*",
   "Condition":{"Bool":{"aws:SecureTransport":"true"}}},
  {"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::sec","arn:aws:s3:::sec/*"],
   "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})";

QList<std::pair<QByteArray, QByteArray>> sseCHeaders()
{
    const QByteArray key(32, 'k');
    return {{"x-amz-server-side-encryption-customer-algorithm", "AES256"},
            {"x-amz-server-side-encryption-customer-key", key.toBase64()},
            {"x-amz-server-side-encryption-customer-key-md5", QCryptographicHash::hash(key, QCryptographicHash::Md5).toBase64()}};
}

} // namespace

void TestTlsServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Sandbox::LocalServer::Options o = options(m_dir.filePath(QStringLiteral("tls")));
    o.tlsSelfSigned = true;
    auto endpoint = m_tls.start(o);
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
    QCOMPARE(*endpoint, QStringLiteral("https://127.0.0.1:%1").arg(m_tls.port()));
    QCOMPARE(m_tls.tlsCertificateFile(), m_dir.filePath(QStringLiteral("tls/tls/cert.pem")));

    endpoint = m_plain.start(options(m_dir.filePath(QStringLiteral("plain"))));
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
    QVERIFY(endpoint->startsWith(QLatin1StringView("http://")));
    QVERIFY(m_plain.tlsCertificateFile().isEmpty());
}

void TestTlsServer::cleanupTestCase()
{
    m_tls.stop(std::chrono::seconds(1));
    m_plain.stop(std::chrono::seconds(1));
}

void TestTlsServer::certificate()
{
    const QString cert = m_dir.filePath(QStringLiteral("gen-cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("gen-key.pem"));
    QVERIFY(Server::generateSelfSignedCertificate(cert, key, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                                              QStringLiteral("::1"), QStringLiteral("my.host")}));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
    QCOMPARE(certs.size(), 1);
    const QSslCertificate c = certs.first();
    QVERIFY(c.isSelfSigned());
    QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("localhost")});
    const auto names = c.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("my.host")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
            || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
    QVERIFY(c.expiryDate() > QDateTime::currentDateTimeUtc().addDays(365));
    // Owner-only (group and others have no bits).
    QCOMPARE(QFile::permissions(key) & 0x0077, QFileDevice::Permissions {});
    QVERIFY(QFile::permissions(key) & QFileDevice::ReadOwner);
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey parsed(&keyFile, QSsl::Ec);
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.type(), QSsl::PrivateKey);

    QVERIFY(!Server::generateSelfSignedCertificate(cert, key, {}));
    QVERIFY(!Server::generateSelfSignedCertificate(cert, key, {QStringLiteral("a,b")}));
}

void TestTlsServer::certificateReused()
{
    const QString data = m_dir.filePath(QStringLiteral("reuse"));
    auto first = Server::ensureSandboxCertificate(data);
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));
    const QByteArray pem = QSslCertificate::fromPath(first->certificateFile).value(0).toPem();
    QVERIFY(!pem.isEmpty());
    QCOMPARE(QFile::permissions(first->privateKeyFile) & 0x0077, QFileDevice::Permissions {});
    // Kept across restarts: a CA bundle handed to a client stays valid.
    auto second = Server::ensureSandboxCertificate(data);
    QVERIFY(second.has_value());
    QCOMPARE(QSslCertificate::fromPath(second->certificateFile).value(0).toPem(), pem);
    // A key that no longer matches (or is damaged) gets a new pair.
    QFile broken(first->privateKeyFile);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not a key");
    broken.close();
    auto third = Server::ensureSandboxCertificate(data);
    QVERIFY(third.has_value());
    QVERIFY(QSslCertificate::fromPath(third->certificateFile).value(0).toPem() != pem);
}

void TestTlsServer::httpsRoundTrip()
{
    TestClient c = tlsClient(kRoot);
    QCOMPARE(c.put("/round").status, 200);
    QCOMPARE(c.put("/round/a.txt", "over tls").status, 200);
    TestReply r = c.get("/round/a.txt");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("over tls"));
    // Keep-alive: the same TLS connection serves a second request.
    r = c.get("/round", "list-type=2");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<Key>a.txt</Key>"));
    // A large body crosses several TLS records and the server's bounded chunks.
    const QByteArray big(3 * 1024 * 1024 + 17, 'z');
    QCOMPARE(c.put("/round/big", big).status, 200);
    r = c.get("/round/big");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), big.size());
    QCOMPARE(r.body, big);
    QCOMPARE(anonymousGet(tlsClient(kAnonymous), "/round/a.txt").errorCode(), QStringLiteral("AccessDenied"));

    // A client that does not trust the certificate cannot connect.
    TestClient untrusted(m_tls.port(), kRoot);
    untrusted.setTls({});
    QVERIFY(!untrusted.connectToServer());
}

void TestTlsServer::secureTransportCondition()
{
    for (Sandbox::LocalServer *server : {&m_tls, &m_plain}) {
        TestClient root(server->port(), kRoot);
        if (server == &m_tls)
            root.setTls(QSslCertificate::fromPath(m_tls.tlsCertificateFile()));
        QCOMPARE(root.put("/sec").status, 200);
        QCOMPARE(root.put("/sec/a", "secret").status, 200);
        QCOMPARE(root.put("/sec", kTlsOnlyPolicy, "policy").status, 204);
    }
    // Over TLS: the anonymous read is allowed and the deny does not apply.
    TestReply r = anonymousGet(tlsClient(kAnonymous), "/sec/a");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("secret"));
    QCOMPARE(tlsClient(kRoot).put("/sec/b", "x").status, 200);
    // Over plain HTTP: the same policy denies everyone, root included.
    QCOMPARE(anonymousGet(plainClient(kAnonymous), "/sec/a").errorCode(), QStringLiteral("AccessDenied"));
    QCOMPARE(plainClient(kRoot).put("/sec/b", "x").errorCode(), QStringLiteral("AccessDenied"));
}

void TestTlsServer::sseCustomerKey()
{
    TestClient tls = tlsClient(kRoot);
    QCOMPARE(tls.put("/ssec").status, 200);
    QCOMPARE(tls.put("/ssec/k", "customer data", {}, sseCHeaders()).status, 200);
    TestReply r = tls.get("/ssec/k", {}, sseCHeaders());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("customer data"));

    TestClient plain = plainClient(kRoot);
    QCOMPARE(plain.put("/ssec").status, 200);
    r = plain.put("/ssec/k", "customer data", {}, sseCHeaders());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidRequest"));
}

void TestTlsServer::plainClientOnTlsPort()
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_tls.port());
    QVERIFY(s.waitForConnected(5000));
    s.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(s.waitForBytesWritten(5000));
    // The handshake fails and the server closes the connection; nothing HTTP comes back.
    QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(!s.readAll().startsWith("HTTP/"));
    // The server still serves TLS clients.
    QCOMPARE(tlsClient(kRoot).get("/").status, 200);
}

void TestTlsServer::unusableFiles()
{
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(dir));
    const QString certA = dir + QStringLiteral("/a.pem");
    const QString keyA = dir + QStringLiteral("/a.key");
    const QString certB = dir + QStringLiteral("/b.pem");
    const QString keyB = dir + QStringLiteral("/b.key");
    QVERIFY(Server::generateSelfSignedCertificate(certA, keyA, {QStringLiteral("127.0.0.1")}));
    QVERIFY(Server::generateSelfSignedCertificate(certB, keyB, {QStringLiteral("localhost")}));

    Sandbox::LocalServer server;
    Sandbox::LocalServer::Options o = options(dir + QStringLiteral("/data"));
    o.tlsCertificateFile = certA;
    o.tlsPrivateKeyFile = keyB; // not its key
    auto started = server.start(o);
    QVERIFY(!started);
    QCOMPARE(started.error().code, Core::ErrorCode::InvalidConfiguration);
    QVERIFY2(started.error().message.contains(QLatin1StringView("private key")), qPrintable(started.error().message));

    o.tlsPrivateKeyFile = dir + QStringLiteral("/missing.key");
    started = server.start(o);
    QVERIFY(!started);
    QCOMPARE(started.error().code, Core::ErrorCode::InvalidConfiguration);

    o.tlsPrivateKeyFile = keyA; // the right pair works
    started = server.start(o);
    QVERIFY2(started.has_value(), started ? "" : qPrintable(started.error().message));
    QVERIFY(started->startsWith(QLatin1StringView("https://")));
    TestClient c(server.port(), kRoot);
    c.setTls(QSslCertificate::fromPath(certA));
    QCOMPARE(c.get("/").status, 200);
    // Another certificate (b.pem, for localhost only) is not trusted.
    TestClient wrongName(server.port(), kRoot);
    wrongName.setTls(QSslCertificate::fromPath(certB));
    QVERIFY(!wrongName.connectToServer());
    server.stop(std::chrono::seconds(1));
}

QTEST_GUILESS_MAIN(TestTlsServer)
#include "tst_tlsserver.moc"
