#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;
using namespace Qt::StringLiterals;

// `pailctl serve --tls` end to end: the self-signed certificate it makes (where, which
// permissions, kept across restarts), aws-cli with --ca-bundle, boto3 with verify=, curl with
// --cacert, SSE-C accepted over TLS without --allow-sse-c-over-http, and a bucket policy that
// denies aws:SecureTransport=false refusing plain HTTP and allowing HTTPS on the same data.
class TestAccessTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificateFiles();
    void awsCli();
    void curl();
    void boto3();
    void secureTransportDeny();

private:
    QString caBundle() const { return m_server.dataDir() + u"/tls/cert.pem"_s; }
    ProcessResult aws(const QStringList &args, bool tls = true) const;
    ProcessResult python(const QString &caseName) const;
    bool restart(bool tls, QString *error);

    IntegrationSupport::ServerFixture m_server;
    QString m_files;
};

namespace {

const QString kAws = u"/usr/bin/aws"_s;
const QString kPython = u"/usr/bin/python3"_s;
const QString kCurl = u"/usr/bin/curl"_s;

} // namespace

ProcessResult TestAccessTls::aws(const QStringList &args, bool tls) const
{
    QStringList all {u"--endpoint-url"_s, m_server.endpoint(), u"--output"_s, u"json"_s};
    if (tls)
        all << u"--ca-bundle"_s << caBundle();
    return IntegrationSupport::runProgram(kAws, all + args, m_server.clientEnvironment(), 120000, m_files);
}

ProcessResult TestAccessTls::python(const QString &caseName) const
{
    QProcessEnvironment env = m_server.clientEnvironment();
    env.insert(u"PAIL_ENDPOINT"_s, m_server.endpoint());
    if (m_server.endpoint().startsWith(u"https"))
        env.insert(u"PAIL_CA_BUNDLE"_s, caBundle());
    return IntegrationSupport::runProgram(kPython, {QStringLiteral(ACCESS_CASES_PY), caseName}, env, 180000, m_files);
}

bool TestAccessTls::restart(bool tls, QString *error)
{
    if (m_server.isRunning() && !m_server.stop(error))
        return false;
    return m_server.start(error, tls ? QStringList {u"--tls"_s} : QStringList {});
}

void TestAccessTls::initTestCase()
{
    if (!QFileInfo(kAws).isExecutable() || !QFileInfo(kCurl).isExecutable())
        QSKIP("Debian's aws-cli (/usr/bin/aws) and curl are needed");
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {u"--tls"_s}), error);
    m_files = m_server.newScratchFolder(u"files"_s);
    QFile body(m_files + u"/body.txt"_s);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("hello tls\n");
}

void TestAccessTls::cleanupTestCase()
{
    QString error;
    if (m_server.isRunning())
        PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestAccessTls::certificateFiles()
{
    QVERIFY2(m_server.endpoint().startsWith(u"https://127.0.0.1:"), qPrintable(m_server.endpoint()));
    const QByteArray out = m_server.serverOutput();
    PAIL_VERIFY2(out.contains("pail: TLS certificate " + caBundle().toUtf8()), QString::fromUtf8(out));
    QVERIFY(QFileInfo::exists(caBundle()));
    const QString key = m_server.dataDir() + u"/tls/key.pem"_s;
    QVERIFY(QFileInfo::exists(key));
    // Owner-only key: no group or other bits.
    QCOMPARE(QFile::permissions(key) & 0x0077, QFileDevice::Permissions {});
    // openssl agrees on the names the certificate is for.
    const ProcessResult r = IntegrationSupport::runProgram(u"/usr/bin/openssl"_s, {u"x509"_s, u"-in"_s, caBundle(),
                                                                                  u"-noout"_s, u"-text"_s},
                                                           m_server.clientEnvironment(), 30000);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("DNS:localhost") && r.out.contains("IP Address:127.0.0.1"), r.describe());
}

void TestAccessTls::awsCli()
{
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"tls-cli"_s}));
    const QString big = m_files + u"/big.bin"_s;
    QVERIFY(IntegrationSupport::writeRandomFile(big, 20 * 1024 * 1024 + 3, 7)); // multipart: 3 parts
    PAIL_VERIFY_RUN(aws({u"s3"_s, u"cp"_s, big, u"s3://tls-cli/big.bin"_s}));
    PAIL_VERIFY_RUN(aws({u"s3"_s, u"cp"_s, u"s3://tls-cli/big.bin"_s, m_files + u"/big.out"_s}));
    QVERIFY(IntegrationSupport::sameFileContent(big, m_files + u"/big.out"_s));
    const ProcessResult ls = aws({u"s3"_s, u"ls"_s, u"s3://tls-cli/"_s});
    PAIL_VERIFY_RUN(ls);
    PAIL_VERIFY2(ls.out.contains("big.bin"), ls.describe());
    // Without the CA bundle aws-cli refuses the certificate.
    const ProcessResult untrusted = aws({u"s3"_s, u"ls"_s}, false);
    PAIL_VERIFY2(!untrusted.ok() && untrusted.err.contains("CERTIFICATE_VERIFY_FAILED"), untrusted.describe());
}

void TestAccessTls::curl()
{
    ProcessResult r = m_server.run(kCurl, {u"-sS"_s, u"--cacert"_s, caBundle(), u"-w"_s, u"%{http_code}"_s,
                                           m_server.endpoint() + u"/tls-cli/big.bin"_s},
                                   30000);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.endsWith("403") && r.out.contains("<Code>AccessDenied</Code>"), r.describe());
    // localhost is in the certificate too.
    r = m_server.run(kCurl, {u"-sS"_s, u"--cacert"_s, caBundle(), u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s,
                             u"https://localhost:%1/"_s.arg(m_server.port())},
                     30000);
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out, QByteArray("403"));
    // Without it curl refuses the self-signed certificate (exit 60).
    r = m_server.run(kCurl, {u"-sS"_s, m_server.endpoint() + u"/"_s}, 30000);
    QCOMPARE(r.exitCode, 60);
    // Plain HTTP on the TLS port gets no HTTP answer.
    r = m_server.run(kCurl, {u"-sS"_s, u"http://127.0.0.1:%1/"_s.arg(m_server.port())}, 30000);
    QVERIFY2(!r.ok(), qPrintable(r.describe()));
}

void TestAccessTls::boto3()
{
    PAIL_VERIFY_RUN(python(u"tls_round_trip"_s));
}

void TestAccessTls::secureTransportDeny()
{
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"tls-only"_s}));
    const QByteArray policy = R"({"Version":"2012-10-17","Statement":[{"Sid":"TlsOnly","Effect":"Deny","Principal":"*",
      "Action":"s3:*","Resource":["arn:aws:s3:::tls-only","arn:aws:s3:::tls-only/*"],
      "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})";
    QFile f(m_files + u"/tls-only.json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(policy);
    f.close();
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-bucket-policy"_s, u"--bucket"_s, u"tls-only"_s, u"--policy"_s,
                         u"file://"_s + f.fileName()}));
    const QStringList put {u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"tls-only"_s, u"--key"_s, u"x"_s, u"--body"_s, u"body.txt"_s};
    PAIL_VERIFY_RUN(aws(put));

    // The same data served over plain HTTP: the deny applies.
    const QByteArray pem = [this] {
        QFile c(caBundle());
        return c.open(QIODevice::ReadOnly) ? c.readAll() : QByteArray();
    }();
    QString error;
    PAIL_VERIFY2(restart(false, &error), error);
    QVERIFY(m_server.endpoint().startsWith(u"http://"));
    ProcessResult r = aws(put, false);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    r = aws({u"s3api"_s, u"get-object"_s, u"--bucket"_s, u"tls-only"_s, u"--key"_s, u"x"_s, u"out.txt"_s}, false);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    // SSE-C is refused over plain HTTP.
    PAIL_VERIFY_RUN(python(u"sse_c_over_http"_s));

    // Back to HTTPS: the certificate was kept (clients' CA bundles stay valid) and access returns.
    PAIL_VERIFY2(restart(true, &error), error);
    QFile c(caBundle());
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), pem);
    PAIL_VERIFY_RUN(aws(put));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"get-object"_s, u"--bucket"_s, u"tls-only"_s, u"--key"_s, u"x"_s, u"out.txt"_s}));
}

QTEST_GUILESS_MAIN(TestAccessTls)
#include "tst_accesstls.moc"
