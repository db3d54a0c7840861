#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

// Access control end to end against `pailctl serve` with two extra users: aws-cli (s3api) as
// root, alice (identity policy read-only, attached with `pailctl sandbox user attach-policy`),
// bob (allowed a prefix by the bucket policy) and anonymous curl; bucket policy documents and
// status; `pailctl policy simulate` agreeing with the server; the sandbox user admin commands.
class TestAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void anonymousCurl();
    void secureTransport();
    void malformedPolicy();
    void policyStatus();
    void simulate_data();
    void simulate();
    void sandboxUsers();

private:
    QString aws() const { return QStringLiteral("/usr/bin/aws"); }
    QProcessEnvironment envFor(const QString &who) const;
    ProcessResult s3api(const QString &who, const QStringList &args) const;
    ProcessResult pailctl(const QStringList &args) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    IntegrationSupport::ServerFixture m_server;
    QString m_files;
};

namespace {

const QString kAliceKey = QStringLiteral("ALICEKEY0000000000000");
const QString kAliceSecret = QStringLiteral("alice-secret-key");
const QString kBobKey = QStringLiteral("BOBKEY00000000000000");
const QString kBobSecret = QStringLiteral("bob-secret-key");

const QByteArray kReadOnly = R"({"Version":"2012-10-17","Statement":[{"Sid":"ReadOnly","Effect":"Allow",
  "Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::acc","arn:aws:s3:::acc/*"]}]})";

const QByteArray kBucketPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::acc/public/*"},
    {"Sid": "BobPrefix", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
     "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::acc/bob/*"},
    {"Sid": "BobList", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
     "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::acc",
     "Condition": {"StringLike": {"s3:prefix": "bob/*"}}},
    {"Sid": "NeedSSE", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
     "Resource": "arn:aws:s3:::acc/sse/*",
     "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}},
    {"Sid": "NoAliceSecrets", "Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::000000000000:user/alice"},
     "Action": "s3:*", "Resource": "arn:aws:s3:::acc/secret/*"}
  ]
})";

} // namespace


QProcessEnvironment TestAccess::envFor(const QString &who) const
{
    if (who == u"alice")
        return m_server.clientEnvironment(kAliceKey, kAliceSecret);
    if (who == u"bob")
        return m_server.clientEnvironment(kBobKey, kBobSecret);
    return m_server.clientEnvironment();
}

ProcessResult TestAccess::s3api(const QString &who, const QStringList &args) const
{
    QStringList all {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("--output"), QStringLiteral("json")};
    if (who == u"anonymous")
        all << QStringLiteral("--no-sign-request");
    all << QStringLiteral("s3api") << args;
    return IntegrationSupport::runProgram(aws(), all, envFor(who), 60000, m_files);
}

ProcessResult TestAccess::pailctl(const QStringList &args) const
{
    return IntegrationSupport::runProgram(m_server.pailctlPath(), args, m_server.clientEnvironment(), 60000, m_files);
}

QString TestAccess::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = QDir(m_files).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestAccess::initTestCase()
{
    if (!QFileInfo(aws()).isExecutable())
        QSKIP("Debian's aws-cli (/usr/bin/aws) is not installed");
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {QStringLiteral("--user"), QStringLiteral("alice:%1:%2").arg(kAliceKey, kAliceSecret),
                                         QStringLiteral("--user"), QStringLiteral("bob:%1:%2").arg(kBobKey, kBobSecret)}),
                 error);
    m_files = m_server.newScratchFolder(QStringLiteral("files"));
    writeFile(QStringLiteral("body.txt"), "hello access\n");
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("create-bucket"), QStringLiteral("--bucket"), QStringLiteral("acc")}));
    for (const char *key : {"public/a.txt", "bob/a.txt", "private/a.txt", "secret/a.txt", "private/del.txt"}) {
        PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("put-object"), QStringLiteral("--bucket"), QStringLiteral("acc"),
                                           QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--body"),
                                           QStringLiteral("body.txt")}));
    }
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"), QStringLiteral("acc"),
                                       QStringLiteral("--policy"), QStringLiteral("file://") + writeFile(u"bucket.json"_qs, kBucketPolicy)}));
    // alice's identity policy through the admin API.
    PAIL_VERIFY_RUN(pailctl({QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("attach-policy"), QStringLiteral("alice"),
                             QStringLiteral("--file"), writeFile(u"read-only.json"_qs, kReadOnly), QStringLiteral("--endpoint-url"),
                             m_server.endpoint()}));
}

void TestAccess::cleanupTestCase()
{
    QString error;
    if (m_server.isRunning())
        PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestAccess::matrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        const char *who;
        const char *op;
        const char *key;
        bool allowed;
    } rows[] = {
        {"root", "GET", "private/a.txt", true},     {"root", "PUT", "private/new.txt", true},
        {"root", "LIST", "", true},                  {"root", "DELETE", "private/new.txt", true},
        {"root", "PUT", "sse/x.txt", false},
        {"alice", "GET", "private/a.txt", true},    {"alice", "LIST", "", true},
        {"alice", "PUT", "private/alice.txt", false}, {"alice", "DELETE", "private/del.txt", false},
        {"alice", "GET", "secret/a.txt", false},
        {"bob", "GET", "bob/a.txt", true},          {"bob", "PUT", "bob/new.txt", true},
        {"bob", "LIST", "bob/", true},              {"bob", "DELETE", "bob/new.txt", true},
        {"bob", "GET", "private/a.txt", false},     {"bob", "PUT", "private/bob.txt", false},
        {"bob", "LIST", "", false},                 {"bob", "DELETE", "private/del.txt", false},
        {"bob", "PUT", "sse/x.txt", false},
        {"anonymous", "GET", "public/a.txt", true}, {"anonymous", "GET", "private/a.txt", false},
        {"anonymous", "PUT", "public/anon.txt", false}, {"anonymous", "LIST", "", false},
        {"anonymous", "DELETE", "public/a.txt", false},
    };
    for (const auto &r : rows) {
        QTest::addRow("%s %s %s", r.who, r.op, r.key)
            << QString::fromLatin1(r.who) << QString::fromLatin1(r.op) << QString::fromLatin1(r.key) << r.allowed;
    }
}

void TestAccess::matrix()
{
    QFETCH(QString, who);
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(bool, allowed);
    QStringList args;
    const QStringList bucket {QStringLiteral("--bucket"), QStringLiteral("acc")};
    if (op == u"GET")
        args << QStringLiteral("get-object") << bucket << QStringLiteral("--key") << key << QStringLiteral("out.txt");
    else if (op == u"PUT")
        args << QStringLiteral("put-object") << bucket << QStringLiteral("--key") << key << QStringLiteral("--body")
             << QStringLiteral("body.txt");
    else if (op == u"DELETE")
        args << QStringLiteral("delete-object") << bucket << QStringLiteral("--key") << key;
    else
        args << QStringLiteral("list-objects-v2") << bucket << (key.isEmpty() ? QStringList {} : QStringList {QStringLiteral("--prefix"), key});
    const ProcessResult r = s3api(who, args);
    if (allowed) {
        PAIL_VERIFY_RUN(r);
    } else {
        PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    }
}

void TestAccess::anonymousCurl()
{
    const QString base = m_server.endpoint() + QStringLiteral("/acc/");
    ProcessResult r = m_server.run(QStringLiteral("/usr/bin/curl"), {QStringLiteral("-sS"), base + QStringLiteral("public/a.txt")}, 30000);
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out, QByteArray("hello access\n"));
    r = m_server.run(QStringLiteral("/usr/bin/curl"),
                     {QStringLiteral("-sS"), QStringLiteral("-w"), QStringLiteral("%{http_code}"), base + QStringLiteral("private/a.txt")}, 30000);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.endsWith("403") && r.out.contains("<Code>AccessDenied</Code>"), r.describe());
}

void TestAccess::secureTransport()
{
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("create-bucket"), QStringLiteral("--bucket"), QStringLiteral("tls-only")}));
    const QByteArray policy = R"({"Version":"2012-10-17","Statement":[{"Sid":"TlsOnly","Effect":"Deny","Principal":"*",
      "Action":"s3:*","Resource":["arn:aws:s3:::tls-only","arn:aws:s3:::tls-only/*"],
      "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})";
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"), QStringLiteral("tls-only"),
                                       QStringLiteral("--policy"), QStringLiteral("file://") + writeFile(u"tls.json"_qs, policy)}));
    const ProcessResult r = s3api(u"root"_qs, {QStringLiteral("put-object"), QStringLiteral("--bucket"), QStringLiteral("tls-only"),
                                              QStringLiteral("--key"), QStringLiteral("x"), QStringLiteral("--body"), QStringLiteral("body.txt")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("delete-bucket-policy"), QStringLiteral("--bucket"), QStringLiteral("tls-only")}));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("put-object"), QStringLiteral("--bucket"), QStringLiteral("tls-only"),
                                       QStringLiteral("--key"), QStringLiteral("x"), QStringLiteral("--body"), QStringLiteral("body.txt")}));
}

void TestAccess::malformedPolicy()
{
    const QByteArray bad = R"({"Version":"2012-10-17","Statement":[{"Sid":"NoPrincipal","Effect":"Allow",
  "Action":"s3:GetObject","Resource":"arn:aws:s3:::acc/*"}]})";
    const ProcessResult r = s3api(u"root"_qs, {QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"), QStringLiteral("acc"),
                                              QStringLiteral("--policy"), QStringLiteral("file://") + writeFile(u"bad.json"_qs, bad)});
    PAIL_VERIFY2(!r.ok() && r.err.contains("MalformedPolicy"), r.describe());
    PAIL_VERIFY2(r.err.contains("Statement 1 (Sid \"NoPrincipal\")") && r.err.contains("Principal") && r.err.contains("line 1"),
                 r.describe());
    // The old policy is still in force.
    PAIL_VERIFY_RUN(s3api(u"bob"_qs, {QStringLiteral("get-object"), QStringLiteral("--bucket"), QStringLiteral("acc"),
                                      QStringLiteral("--key"), QStringLiteral("bob/a.txt"), QStringLiteral("out.txt")}));
}

void TestAccess::policyStatus()
{
    ProcessResult r = s3api(u"root"_qs, {QStringLiteral("get-bucket-policy-status"), QStringLiteral("--bucket"), QStringLiteral("acc")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("\"IsPublic\": true"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, {QStringLiteral("create-bucket"), QStringLiteral("--bucket"), QStringLiteral("nopolicy")}));
    r = s3api(u"root"_qs, {QStringLiteral("get-bucket-policy-status"), QStringLiteral("--bucket"), QStringLiteral("nopolicy")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchBucketPolicy"), r.describe());
    r = s3api(u"root"_qs, {QStringLiteral("get-bucket-policy"), QStringLiteral("--bucket"), QStringLiteral("acc")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("BobPrefix"), r.describe());
}

void TestAccess::simulate_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("decidingSid");
    QTest::newRow("bob get own") << u"bob"_qs << u"s3:GetObject"_qs << u"bob/a.txt"_qs << u"BobPrefix"_qs;
    QTest::newRow("bob get private") << u"bob"_qs << u"s3:GetObject"_qs << u"private/a.txt"_qs << QString();
    QTest::newRow("alice get private") << u"alice"_qs << u"s3:GetObject"_qs << u"private/a.txt"_qs << u"ReadOnly"_qs;
    QTest::newRow("alice get secret") << u"alice"_qs << u"s3:GetObject"_qs << u"secret/a.txt"_qs << u"NoAliceSecrets"_qs;
    QTest::newRow("alice put") << u"alice"_qs << u"s3:PutObject"_qs << u"private/sim.txt"_qs << QString();
    QTest::newRow("anonymous public") << u"anonymous"_qs << u"s3:GetObject"_qs << u"public/a.txt"_qs << u"PublicRead"_qs;
    QTest::newRow("anonymous private") << u"anonymous"_qs << u"s3:GetObject"_qs << u"private/a.txt"_qs << QString();
    QTest::newRow("root put sse") << u"root"_qs << u"s3:PutObject"_qs << u"sse/y.txt"_qs << u"NeedSSE"_qs;
    QTest::newRow("root get") << u"root"_qs << u"s3:GetObject"_qs << u"private/a.txt"_qs << QString();
}

void TestAccess::simulate()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QString, decidingSid);
    const ProcessResult sim = pailctl({QStringLiteral("policy"), QStringLiteral("simulate"), QStringLiteral("--endpoint-url"),
                                       m_server.endpoint(), QStringLiteral("--bucket"), QStringLiteral("acc"),
                                       QStringLiteral("--principal"), who, QStringLiteral("--action"), action,
                                       QStringLiteral("--key"), key});
    PAIL_VERIFY_RUN(sim);
    const bool simAllows = sim.out.startsWith("Allow\n");
    PAIL_VERIFY2(simAllows || sim.out.startsWith("Deny\n"), sim.describe());
    if (!decidingSid.isEmpty())
        PAIL_VERIFY2(sim.out.contains("(Sid \"" + decidingSid.toUtf8() + "\")"), sim.describe());

    // The server's actual answer.
    const ProcessResult real = action == u"s3:GetObject"
        ? s3api(who, {QStringLiteral("get-object"), QStringLiteral("--bucket"), QStringLiteral("acc"), QStringLiteral("--key"), key,
                      QStringLiteral("out.txt")})
        : s3api(who, {QStringLiteral("put-object"), QStringLiteral("--bucket"), QStringLiteral("acc"), QStringLiteral("--key"), key,
                      QStringLiteral("--body"), QStringLiteral("body.txt")});
    PAIL_VERIFY2(real.ok() == simAllows, sim.describe() + real.describe());
    if (!real.ok())
        PAIL_VERIFY2(real.err.contains("AccessDenied"), real.describe());
}

void TestAccess::sandboxUsers()
{
    const QStringList ep {QStringLiteral("--endpoint-url"), m_server.endpoint()};
    ProcessResult r = pailctl(QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol")} + ep);
    PAIL_VERIFY_RUN(r);
    QString carolKey, carolSecret;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith("access key "))
            carolKey = QString::fromUtf8(line.mid(11));
        else if (line.startsWith("secret key "))
            carolSecret = QString::fromUtf8(line.mid(11));
    }
    PAIL_VERIFY2(!carolKey.isEmpty() && !carolSecret.isEmpty(), r.describe());
    r = pailctl(QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("list")} + ep);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("carol") && r.out.contains("alice") && r.out.contains("read-only"), r.describe());
    // The users file is private.
    const QFile::Permissions perms = QFile::permissions(m_server.dataDir() + QStringLiteral("/users.json"));
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    // carol exists (AccessDenied, not InvalidAccessKeyId), then gets read access.
    const QProcessEnvironment carolEnv = m_server.clientEnvironment(carolKey, carolSecret);
    const QStringList get {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("s3api"), QStringLiteral("get-object"),
                           QStringLiteral("--bucket"), QStringLiteral("acc"), QStringLiteral("--key"), QStringLiteral("private/a.txt"),
                           QStringLiteral("out.txt")};
    r = IntegrationSupport::runProgram(aws(), get, carolEnv, 60000, m_files);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    PAIL_VERIFY_RUN(pailctl(QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("attach-policy"),
                                         QStringLiteral("carol"), QStringLiteral("--file"), writeFile(u"read-only.json"_qs, kReadOnly)} + ep));
    PAIL_VERIFY_RUN(IntegrationSupport::runProgram(aws(), get, carolEnv, 60000, m_files));

    // Only root may call the admin API.
    QProcessEnvironment bobEnv = m_server.clientEnvironment(kBobKey, kBobSecret);
    r = IntegrationSupport::runProgram(m_server.pailctlPath(), QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("list")} + ep,
                                       bobEnv, 60000, m_files);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());

    PAIL_VERIFY_RUN(pailctl(QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("carol")} + ep));
    r = IntegrationSupport::runProgram(aws(), get, carolEnv, 60000, m_files);
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidAccessKeyId"), r.describe());
    r = pailctl(QStringList {QStringLiteral("sandbox"), QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("alice")} + ep);
    PAIL_VERIFY2(!r.ok(), r.describe());
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
