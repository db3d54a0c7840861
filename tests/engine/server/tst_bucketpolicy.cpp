#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sandbox/localserver.h"
#include "s3testclient.h"

// Bucket policies and identity policies through the real server (LocalServer on 127.0.0.1):
// the allow/deny matrix for root, a read-only user, a user allowed by the bucket policy and
// anonymous requests; Put/Get/DeleteBucketPolicy, MalformedPolicy, GetBucketPolicyStatus.
class TestBucketPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void policyDocuments();
    void matrix_data();
    void matrix();
    void deleteObjectsPerKey();
    void secureTransportDeny();
    void existingObjectTag();

private:
    TestClient client(const S3::Credentials &c) { return TestClient(m_server.port(), c); }
    TestReply send(const S3::Credentials &c, const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
                   const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        TestClient cl = client(c);
        TestRequest r;
        r.method = method;
        r.path = path;
        r.query = query;
        r.body = body;
        r.headers = headers;
        r.sign = !c.accessKeyId.isEmpty();
        return cl.send(r);
    }
    QTemporaryDir m_dir;
    Sandbox::LocalServer m_server;
};

namespace {

const S3::Credentials kRoot {QStringLiteral("ROOTKEY"), QStringLiteral("root-secret"), {}};
const S3::Credentials kAlice {QStringLiteral("ALICEKEY"), QStringLiteral("alice-secret"), {}};
const S3::Credentials kBob {QStringLiteral("BOBKEY"), QStringLiteral("bob-secret"), {}};
const S3::Credentials kAnonymous {};

const QByteArray kAliceReadOnly = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket","s3:ListAllMyBuckets"],"Resource":"*"}]})";

const QByteArray kPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::pol/public/*"},
    {"Sid": "BobPrefix", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
     "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::pol/bob/*"},
    {"Sid": "BobList", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
     "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::pol",
     "Condition": {"StringLike": {"s3:prefix": "bob/*"}}},
    {"Sid": "NeedSSE", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
     "Resource": "arn:aws:s3:::pol/sse/*",
     "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}}
  ]
})";

} // namespace


void TestBucketPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    // Identity policies are read from the data directory when the server starts.
    QJsonObject alice;
    alice.insert(QStringLiteral("read-only"), QString::fromUtf8(kAliceReadOnly));
    QJsonObject users;
    users.insert(QStringLiteral("alice"), alice);
    QJsonObject root;
    root.insert(QStringLiteral("users"), users);
    QFile f(data + QStringLiteral("/identity-policies.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();

    Sandbox::LocalServer::Options o;
    o.dataDir = data;
    o.users = {Server::User::make(QStringLiteral("root"), kRoot.accessKeyId, kRoot.secretAccessKey),
               Server::User::make(QStringLiteral("alice"), kAlice.accessKeyId, kAlice.secretAccessKey),
               Server::User::make(QStringLiteral("bob"), kBob.accessKeyId, kBob.secretAccessKey)};
    o.syncWrites = false;
    o.accessLog = QStringLiteral("off");
    auto endpoint = m_server.start(o);
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
    TestClient c = client(kRoot);
    QCOMPARE(c.put("/pol").status, 200);
    for (const QByteArray key : {"/pol/public/a.txt", "/pol/bob/a.txt", "/pol/private/a.txt"})
        QCOMPARE(c.put(key, "data").status, 200);
    QCOMPARE(c.put("/pol", kPolicy, "policy").status, 204);
}

void TestBucketPolicy::cleanupTestCase()
{
    m_server.stop(std::chrono::seconds(1));
}

void TestBucketPolicy::policyDocuments()
{
    TestClient c = client(kRoot);
    QCOMPARE(c.put("/docs").status, 200);
    TestReply r = c.get("/docs", "policy");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NoSuchBucketPolicy"));
    QCOMPARE(c.get("/docs", "policyStatus").errorCode(), QStringLiteral("NoSuchBucketPolicy"));

    // Missing Principal: MalformedPolicy naming the statement, the field and the position.
    r = c.put("/docs", R"({"Version":"2012-10-17","Statement":[{"Sid":"S1","Effect":"Allow",
        "Action":"s3:GetObject","Resource":"arn:aws:s3:::docs/*"}]})", "policy");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MalformedPolicy"));
    QVERIFY2(r.body.contains("Statement 1 (Sid &quot;S1&quot;)") || r.body.contains("Statement 1 (Sid \"S1\")"),
             r.body.constData());
    QVERIFY2(r.body.contains("Principal"), r.body.constData());
    QVERIFY2(r.body.contains("line "), r.body.constData());
    // A resource outside the bucket.
    r = c.put("/docs", R"({"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::other/*"}]})",
              "policy");
    QCOMPARE(r.errorCode(), QStringLiteral("MalformedPolicy"));
    QVERIFY2(r.body.contains("Resource"), r.body.constData());
    r = c.put("/docs", "not json", "policy");
    QCOMPARE(r.errorCode(), QStringLiteral("MalformedPolicy"));
    QCOMPARE(c.put("/missing-bucket", R"({"Statement":[]})", "policy").errorCode(), QStringLiteral("NoSuchBucket"));

    const QByteArray privatePolicy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"AWS":"arn:aws:iam::000000000000:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::docs/*"}]})";
    QCOMPARE(c.put("/docs", privatePolicy, "policy").status, 204);
    r = c.get("/docs", "policy");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, privatePolicy);
    r = c.get("/docs", "policyStatus");
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("<IsPublic>false</IsPublic>"), r.body.constData());

    const QByteArray publicPolicy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::docs/*"}]})";
    QCOMPARE(c.put("/docs", publicPolicy, "policy").status, 204);
    QVERIFY(c.get("/docs", "policyStatus").body.contains("<IsPublic>true</IsPublic>"));
    // Only the account (or a user allowed to) may read it.
    QCOMPARE(send(kBob, "GET", "/docs", "policy").errorCode(), QStringLiteral("AccessDenied"));
    QCOMPARE(send(kAnonymous, "GET", "/docs", "policy").errorCode(), QStringLiteral("AccessDenied"));

    QCOMPARE(c.del("/docs", "policy").status, 204);
    QCOMPARE(c.get("/docs", "policy").errorCode(), QStringLiteral("NoSuchBucketPolicy"));
    QCOMPARE(send(kAnonymous, "GET", "/docs/x").errorCode(), QStringLiteral("AccessDenied"));

    // A deleted and recreated bucket does not inherit the old policy.
    QCOMPARE(c.put("/docs", publicPolicy, "policy").status, 204);
    QCOMPARE(c.del("/docs").status, 204);
    QCOMPARE(c.put("/docs").status, 200);
    QCOMPARE(c.get("/docs", "policy").errorCode(), QStringLiteral("NoSuchBucketPolicy"));
}

void TestBucketPolicy::matrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");

    struct Row
    {
        const char *who;
        const char *method;
        const char *path;
        const char *query;
        int status;
    };
    const Row rows[] = {
        {"root", "GET", "/pol/private/a.txt", "", 200},
        {"root", "PUT", "/pol/private/b.txt", "", 200},
        {"root", "GET", "/pol", "list-type=2", 200},
        {"root", "DELETE", "/pol/private/b.txt", "", 204},
        {"alice", "GET", "/pol/private/a.txt", "", 200},
        {"alice", "HEAD", "/pol/private/a.txt", "", 200},
        {"alice", "GET", "/pol", "list-type=2", 200},
        {"alice", "GET", "/", "", 200},
        {"alice", "PUT", "/pol/private/c.txt", "", 403},
        {"alice", "DELETE", "/pol/private/a.txt", "", 403},
        {"alice", "PUT", "/newbucket", "", 403},
        {"bob", "GET", "/pol/bob/a.txt", "", 200},
        {"bob", "PUT", "/pol/bob/b.txt", "", 200},
        {"bob", "DELETE", "/pol/bob/b.txt", "", 204},
        {"bob", "GET", "/pol/private/a.txt", "", 403},
        {"bob", "PUT", "/pol/private/c.txt", "", 403},
        {"bob", "GET", "/pol", "list-type=2&prefix=bob%2F", 200},
        {"bob", "GET", "/pol", "list-type=2", 403},
        {"bob", "GET", "/", "", 403},
        {"anonymous", "GET", "/pol/public/a.txt", "", 200},
        {"anonymous", "GET", "/pol/private/a.txt", "", 403},
        {"anonymous", "PUT", "/pol/public/b.txt", "", 403},
        {"anonymous", "GET", "/pol", "", 403},
        {"anonymous", "DELETE", "/pol/public/a.txt", "", 403},
        {"root", "PUT", "/pol/sse/x.txt", "", 403},
        {"bob", "PUT", "/pol/sse/x.txt", "", 403},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s %s %s?%s", r.who, r.method, r.path, r.query)
            << QString::fromLatin1(r.who) << QByteArray(r.method) << QByteArray(r.path) << QByteArray(r.query) << r.status;
    }
}

void TestBucketPolicy::matrix()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    const S3::Credentials creds = who == QLatin1StringView("root")    ? kRoot
                                  : who == QLatin1StringView("alice") ? kAlice
                                  : who == QLatin1StringView("bob")   ? kBob
                                                                      : kAnonymous;
    TestClient cl = client(creds);
    TestRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.sign = !creds.accessKeyId.isEmpty();
    if (method == "PUT" && path.count('/') > 1)
        r.body = "payload";
    const TestReply reply = cl.send(r);
    QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
    if (status == 403 && method != "HEAD")
        QCOMPARE(reply.errorCode(), QStringLiteral("AccessDenied"));
}

void TestBucketPolicy::deleteObjectsPerKey()
{
    TestClient root = client(kRoot);
    QCOMPARE(root.put("/pol/bob/d1", "x").status, 200);
    QCOMPARE(root.put("/pol/private/d2", "x").status, 200);
    const QByteArray body = "<Delete><Object><Key>bob/d1</Key></Object><Object><Key>private/d2</Key></Object></Delete>";
    TestClient bob = client(kBob);
    TestRequest r;
    r.method = "POST";
    r.path = "/pol";
    r.query = "delete";
    r.body = body;
    r.headers = {{"Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()}};
    const TestReply reply = bob.send(r);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.contains("<Deleted><Key>bob/d1</Key>"), reply.body.constData());
    QVERIFY2(reply.body.contains("<Key>private/d2</Key><Code>AccessDenied</Code>"), reply.body.constData());
    QCOMPARE(root.head("/pol/private/d2").status, 200);
    QCOMPARE(root.head("/pol/bob/d1").status, 404);
}

void TestBucketPolicy::secureTransportDeny()
{
    TestClient c = client(kRoot);
    QCOMPARE(c.put("/tls-only").status, 200);
    QCOMPARE(c.put("/tls-only/a", "x").status, 200);
    const QByteArray policy = R"({"Version":"2012-10-17","Statement":[{"Sid":"TlsOnly","Effect":"Deny","Principal":"*",
        "Action":"s3:*","Resource":["arn:aws:s3:::tls-only","arn:aws:s3:::tls-only/*"],
        "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})";
    QCOMPARE(c.put("/tls-only", policy, "policy").status, 204);
    QCOMPARE(c.get("/tls-only/a").errorCode(), QStringLiteral("AccessDenied"));
    QCOMPARE(c.get("/tls-only").errorCode(), QStringLiteral("AccessDenied"));
    // Root can still manage the policy (lockout protection) and lift the deny.
    QCOMPARE(c.del("/tls-only", "policy").status, 204);
    QCOMPARE(c.get("/tls-only/a").status, 200);
}

void TestBucketPolicy::existingObjectTag()
{
    TestClient c = client(kRoot);
    QCOMPARE(c.put("/tagged").status, 200);
    QCOMPARE(c.put("/tagged/open", "x", {}, {{"x-amz-tagging", "class=open"}}).status, 200);
    QCOMPARE(c.put("/tagged/closed", "x", {}, {{"x-amz-tagging", "class=closed"}}).status, 200);
    const QByteArray policy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",
        "Action":"s3:GetObject","Resource":"arn:aws:s3:::tagged/*",
        "Condition":{"StringEquals":{"s3:ExistingObjectTag/class":"open"}}}]})";
    QCOMPARE(c.put("/tagged", policy, "policy").status, 204);
    QCOMPARE(send(kAnonymous, "GET", "/tagged/open").status, 200);
    QCOMPARE(send(kAnonymous, "GET", "/tagged/closed").errorCode(), QStringLiteral("AccessDenied"));
}

QTEST_GUILESS_MAIN(TestBucketPolicy)
#include "tst_bucketpolicy.moc"
