#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/server/access.h"
#include "engine/server/users.h"
#include "engine/store/store.h"

using namespace Qt::StringLiterals;
using Policy::Decision;
using Server::Caller;

// Unit tests of the server's policy glue: the single-account decision, IsPublic, the principal
// and the identity policy store.
class TestAccessControl : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void isPublic_data();
    void isPublic();
    void principals();
    void identityPoliciesPersist();
};

namespace {

Policy::Document parse(const QByteArray &json, Policy::PolicyKind kind)
{
    Policy::ParseOptions o;
    o.kind = kind;
    o.bucket = u"bkt"_s;
    auto r = Policy::parseOrError(json, o);
    if (!r)
        qFatal("test policy does not parse: %s", qPrintable(r.error().message));
    return *r;
}

const QByteArray kBucketPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::bkt/public/*"},
    {"Sid": "BobPrefix", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
     "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::bkt/bob/*"},
    {"Sid": "NoSecret", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
     "Resource": "arn:aws:s3:::bkt/secret/*"}
  ]
})";

const QByteArray kReadOnly = R"({
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*"}]
})";

} // namespace


void TestAccessControl::decide_data()
{
    QTest::addColumn<int>("caller");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("withIdentity");
    QTest::addColumn<bool>("withBucketPolicy");
    QTest::addColumn<int>("expected");

    const int root = int(Caller::Root), user = int(Caller::User), anon = int(Caller::Anonymous);
    const int allow = int(Decision::Allow), deny = int(Decision::ExplicitDeny), implicit = int(Decision::ImplicitDeny);
    QTest::newRow("root, no policy") << root << u"root"_s << u"s3:PutObject"_s << u"x"_s << false << false << allow;
    QTest::newRow("root, policy silent") << root << u"root"_s << u"s3:PutObject"_s << u"x"_s << false << true << allow;
    QTest::newRow("root, explicit deny") << root << u"root"_s << u"s3:GetObject"_s << u"secret/x"_s << false << true << deny;
    QTest::newRow("user, nothing") << user << u"alice"_s << u"s3:GetObject"_s << u"x"_s << false << false << implicit;
    QTest::newRow("user, identity allows") << user << u"alice"_s << u"s3:GetObject"_s << u"x"_s << true << false << allow;
    QTest::newRow("user, identity silent on put") << user << u"alice"_s << u"s3:PutObject"_s << u"x"_s << true << false
                                                  << implicit;
    QTest::newRow("user, deny beats identity allow") << user << u"alice"_s << u"s3:GetObject"_s << u"secret/a"_s << true
                                                     << true << deny;
    QTest::newRow("user, bucket policy names bob") << user << u"bob"_s << u"s3:PutObject"_s << u"bob/a"_s << false << true
                                                   << allow;
    QTest::newRow("user, bucket policy not for alice") << user << u"alice"_s << u"s3:PutObject"_s << u"bob/a"_s << false
                                                       << true << implicit;
    QTest::newRow("anonymous, public prefix") << anon << QString() << u"s3:GetObject"_s << u"public/a"_s << false << true
                                              << allow;
    QTest::newRow("anonymous, elsewhere") << anon << QString() << u"s3:GetObject"_s << u"bob/a"_s << false << true
                                          << implicit;
    QTest::newRow("anonymous, no policy") << anon << QString() << u"s3:GetObject"_s << u"public/a"_s << false << false
                                          << implicit;
}

void TestAccessControl::decide()
{
    QFETCH(int, caller);
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(bool, withIdentity);
    QFETCH(bool, withBucketPolicy);
    QFETCH(int, expected);

    const Policy::Document bucketDoc = parse(kBucketPolicy, Policy::PolicyKind::Bucket);
    const Policy::Document identityDoc = parse(kReadOnly, Policy::PolicyKind::Identity);
    const Server::User u = Server::User::make(user.isEmpty() ? u"x"_s : user, u"AK"_s, u"SK"_s);
    Policy::RequestContext ctx;
    ctx.principal = Server::principalFor(Caller(caller) == Caller::Anonymous ? nullptr : &u, Caller(caller) == Caller::Root);
    ctx.action = action;
    ctx.resource = u"arn:aws:s3:::bkt/"_s + key;
    std::vector<const Policy::Document *> identity;
    if (withIdentity)
        identity.push_back(&identityDoc);
    const Policy::Document *bp = withBucketPolicy ? &bucketDoc : nullptr;
    QCOMPARE(int(Server::decideAccess(Caller(caller), ctx, identity, bp)), expected);
    // explain agrees with the fast path.
    QCOMPARE(int(Server::explainAccess(Caller(caller), ctx, identity, bp).decision), expected);
}

void TestAccessControl::isPublic_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<bool>("expected");
    auto wrap = [](const QByteArray &st) {
        return R"({"Version":"2012-10-17","Statement":[)" + st + "]}";
    };
    QTest::newRow("principal star") << wrap(R"({"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*"})")
                                    << true;
    QTest::newRow("AWS star") << wrap(R"({"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*"})")
                              << true;
    QTest::newRow("deny star") << wrap(R"({"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*"})")
                               << false;
    QTest::newRow("named user") << wrap(R"({"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*"})")
                                << false;
    QTest::newRow("fixed source ip") << wrap(R"({"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}})")
                                     << false;
    QTest::newRow("any source ip") << wrap(R"({"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*","Condition":{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}})")
                                   << true;
    QTest::newRow("unrelated condition") << wrap(R"({"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*","Condition":{"Bool":{"aws:SecureTransport":"true"}}})")
                                         << true;
}

void TestAccessControl::isPublic()
{
    QFETCH(QByteArray, policy);
    QFETCH(bool, expected);
    QCOMPARE(Server::isPublicPolicy(parse(policy, Policy::PolicyKind::Bucket)), expected);
}

void TestAccessControl::principals()
{
    const Server::User alice = Server::User::make(u"alice"_s, u"AK"_s, u"SK"_s);
    const Policy::RequestPrincipal p = Server::principalFor(&alice, false);
    QCOMPARE(p.arn, u"arn:aws:iam::000000000000:user/alice"_s);
    QCOMPARE(p.userName, u"alice"_s);
    QVERIFY(p.userId.startsWith(u"AIDA"_s));
    const Policy::RequestPrincipal r = Server::principalFor(&alice, true);
    QCOMPARE(r.arn, u"arn:aws:iam::000000000000:root"_s);
    QVERIFY(r.userName.isEmpty());
    QVERIFY(Server::principalFor(nullptr, false).anonymous);
}

void TestAccessControl::identityPoliciesPersist()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto store = Store::Store::open(dir.path());
        QVERIFY(store.has_value());
        Server::AccessControl access(**store);
        QVERIFY(access.load().has_value());
        QVERIFY(access.identityPolicies(u"alice"_s).empty());
        QVERIFY(access.putIdentityPolicy(u"alice"_s, u"read"_s, kReadOnly).has_value());
        auto bad = access.putIdentityPolicy(u"alice"_s, u"bad"_s, R"({"Statement":[{"Effect":"Allow"}]})");
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, Core::ErrorCode::MalformedPolicy);
        QCOMPARE(access.identityPolicies(u"alice"_s).size(), size_t(1));
        const QString file = dir.filePath(u"identity-policies.json"_s);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
    auto store = Store::Store::open(dir.path());
    QVERIFY(store.has_value());
    Server::AccessControl access(**store);
    QVERIFY(access.load().has_value());
    const auto policies = access.identityPolicies(u"alice"_s);
    QCOMPARE(policies.size(), size_t(1));
    QCOMPARE(policies.front()->document.name, u"read"_s);
    QVERIFY(!access.deleteIdentityPolicy(u"alice"_s, u"nope"_s).has_value());
    QVERIFY(access.deleteIdentityPolicy(u"alice"_s, u"read"_s).has_value());
    QVERIFY(access.identityPolicies(u"alice"_s).empty());

    // Bucket policies: cached, invalidated on change.
    Store::CreateBucketRequest req;
    req.name = u"bkt"_s;
    req.ownerId = u"owner"_s;
    QVERIFY((*store)->createBucket(req).has_value());
    auto none = access.bucketPolicy(u"bkt"_s);
    QVERIFY(none.has_value() && !*none);
    auto parsed = access.parseBucketPolicy(u"bkt"_s, kBucketPolicy);
    QVERIFY(parsed.has_value());
    QVERIFY((*parsed)->isPublic);
    QVERIFY(access.putBucketPolicy(u"bkt"_s, *parsed).has_value());
    auto cached = access.bucketPolicy(u"bkt"_s);
    QVERIFY(cached.has_value() && *cached);
    QCOMPARE((*cached)->document.statements.size(), size_t(3));
    QVERIFY(access.deleteBucketPolicy(u"bkt"_s).has_value());
    QVERIFY(!*access.bucketPolicy(u"bkt"_s));
    auto malformed = access.parseBucketPolicy(u"bkt"_s, R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/*"}]})");
    QVERIFY(!malformed.has_value());
    QCOMPARE(malformed.error().code, Core::ErrorCode::MalformedPolicy);
    QVERIFY2(malformed.error().message.contains(u"Principal"_s), qPrintable(malformed.error().message));
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
