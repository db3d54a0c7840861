#include <QTest>
#include <QTimeZone>

#include "engine/policy/evaluator.h"

using namespace Qt::StringLiterals;
using Policy::Decision;
using Policy::Document;
using Policy::RequestContext;

namespace {

Document load(const QByteArray &json, Policy::PolicyKind kind, const QString &name)
{
    Policy::ParseOptions o;
    o.kind = kind;
    o.bucket = u"photos"_s;
    auto r = Policy::parseDocument(json, o);
    QStringList all;
    for (const auto &d : r.diagnostics)
        all.append(d.toString());
    if (!r.ok())
        qFatal("test policy does not parse: %s", qPrintable(all.join(u" | ")));
    r.document->name = name;
    return *r.document;
}

Document bucket(const QByteArray &json)
{
    return load(json, Policy::PolicyKind::Bucket, u"photos bucket policy"_s);
}

Document identity(const QByteArray &json, const QString &name = u"alice-policy"_s)
{
    return load(json, Policy::PolicyKind::Identity, name);
}

RequestContext alice(const QString &action, const QString &resource)
{
    RequestContext ctx;
    ctx.principal.arn = u"arn:aws:iam::000000000000:user/alice"_s;
    ctx.principal.userName = u"alice"_s;
    ctx.principal.userId = u"AIDAALICE"_s;
    ctx.principal.account = u"000000000000"_s;
    ctx.action = action;
    ctx.resource = resource;
    return ctx;
}

RequestContext anonymous(const QString &action, const QString &resource)
{
    RequestContext ctx;
    ctx.principal.anonymous = true;
    ctx.action = action;
    ctx.resource = resource;
    return ctx;
}

const QString kObject = u"arn:aws:s3:::photos/public/cat.jpg"_s;
const QString kPrivate = u"arn:aws:s3:::photos/private/cat.jpg"_s;

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void implicitDenyWithoutPolicies();
    void bucketPolicyAllowsAnonymousRead();
    void identityPolicyAllows();
    void denyOverridesAllow();
    void denyInIdentityOverridesBucketAllow();
    void principalMatching_data();
    void principalMatching();
    void accountPrincipal();
    void notPrincipal();
    void notAction();
    void notResource();
    void actionWildcardsAndCase();
    void conditionsOnRequest();
    void conditionKeysAreCaseInsensitive();
    void requestTime();
    void policyVariablesInResources();
    void variablesNeed2012Version();
    void multipleIdentityPolicies();
    void explainNamesDecidingStatement();
    void explainReasons();
    void evaluateAgreesWithExplain();
};

void TestEvaluator::implicitDenyWithoutPolicies()
{
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), {}, nullptr), Decision::ImplicitDeny);
    const auto ex = Policy::explain(alice(u"s3:GetObject"_s, kObject), {}, nullptr);
    QCOMPARE(ex.decision, Decision::ImplicitDeny);
    QVERIFY(!ex.deciding());
    QVERIFY(ex.toText().contains(u"implicit deny"));
}

void TestEvaluator::bucketPolicyAllowsAnonymousRead()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow",
        "Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/public/*"}]})");
    QCOMPARE(Policy::evaluate(anonymous(u"s3:GetObject"_s, kObject), {}, &policy), Decision::Allow);
    QCOMPARE(Policy::evaluate(anonymous(u"s3:GetObject"_s, kPrivate), {}, &policy), Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(anonymous(u"s3:PutObject"_s, kObject), {}, &policy), Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), {}, &policy), Decision::Allow);
}

void TestEvaluator::identityPolicyAllows()
{
    const Document p = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::photos/*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:PutObject"_s, kPrivate), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:DeleteObject"_s, kPrivate), { &p }, nullptr), Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, u"arn:aws:s3:::videos/a"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
}

void TestEvaluator::denyOverridesAllow()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"AllowAll","Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"DenyPrivate","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::photos/private/*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), {}, &policy), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kPrivate), {}, &policy), Decision::ExplicitDeny);
}

void TestEvaluator::denyInIdentityOverridesBucketAllow()
{
    const Document b = bucket(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",
        "Action":"s3:*","Resource":"arn:aws:s3:::photos/*"}]})");
    const Document i = identity(R"({"Version":"2012-10-17","Statement":[{"Sid":"NoDelete","Effect":"Deny",
        "Action":"s3:Delete*","Resource":"*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:DeleteObject"_s, kObject), { &i }, &b), Decision::ExplicitDeny);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), { &i }, &b), Decision::Allow);
    const auto ex = Policy::explain(alice(u"s3:DeleteObject"_s, kObject), { &i }, &b);
    QVERIFY(ex.deciding());
    QCOMPARE(ex.deciding()->sid, u"NoDelete"_s);
    QCOMPARE(ex.deciding()->source, Policy::PolicySource::Identity);
}

void TestEvaluator::principalMatching_data()
{
    QTest::addColumn<QByteArray>("principal");
    QTest::addColumn<bool>("aliceAllowed");
    QTest::addColumn<bool>("anonymousAllowed");
    QTest::newRow("star") << QByteArray(R"("*")") << true << true;
    QTest::newRow("AWS star") << QByteArray(R"({"AWS":"*"})") << true << true;
    // An account principal delegates to the account: its users need an identity policy too.
    QTest::newRow("account id") << QByteArray(R"({"AWS":"000000000000"})") << false << false;
    QTest::newRow("account root") << QByteArray(R"({"AWS":"arn:aws:iam::000000000000:root"})") << false << false;
    QTest::newRow("other account") << QByteArray(R"({"AWS":"111122223333"})") << false << false;
    QTest::newRow("user arn") << QByteArray(R"({"AWS":["arn:aws:iam::000000000000:user/alice"]})") << true << false;
    QTest::newRow("other user") << QByteArray(R"({"AWS":"arn:aws:iam::000000000000:user/bob"})") << false << false;
    QTest::newRow("canonical user") << QByteArray(R"({"CanonicalUser":"abc123"})") << true << false;
    QTest::newRow("service") << QByteArray(R"({"Service":"logging.s3.amazonaws.com"})") << false << false;
}

void TestEvaluator::principalMatching()
{
    QFETCH(QByteArray, principal);
    QFETCH(bool, aliceAllowed);
    QFETCH(bool, anonymousAllowed);
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)" + principal
        + R"(,"Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"}]})");
    RequestContext a = alice(u"s3:GetObject"_s, kObject);
    a.principal.canonicalId = u"abc123"_s;
    QCOMPARE(Policy::evaluate(a, {}, &policy) == Decision::Allow, aliceAllowed);
    QCOMPARE(Policy::evaluate(anonymous(u"s3:GetObject"_s, kObject), {}, &policy) == Decision::Allow, anonymousAllowed);
}

void TestEvaluator::accountPrincipal()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"Account","Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"NoDelete","Effect":"Deny","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"s3:DeleteObject","Resource":"arn:aws:s3:::photos/*"}]})");
    const Document userPolicy = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*",
        "Resource":"arn:aws:s3:::photos/*"}]})");
    RequestContext root = alice(u"s3:GetObject"_s, kObject);
    root.principal.arn = u"arn:aws:iam::000000000000:root"_s;
    QCOMPARE(Policy::evaluate(root, {}, &policy), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), {}, &policy), Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), {&userPolicy}, &policy), Decision::Allow);
    // A Deny naming the account reaches its users.
    QCOMPARE(Policy::evaluate(alice(u"s3:DeleteObject"_s, kObject), {&userPolicy}, &policy), Decision::ExplicitDeny);
    RequestContext stranger = alice(u"s3:DeleteObject"_s, kObject);
    stranger.principal.account = u"111122223333"_s;
    stranger.principal.arn = u"arn:aws:iam::111122223333:user/eve"_s;
    QCOMPARE(Policy::evaluate(stranger, {&userPolicy}, &policy), Decision::Allow);
}

void TestEvaluator::notPrincipal()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"OnlyAlice","Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::000000000000:user/alice"},
         "Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/private/*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kPrivate), {}, &policy), Decision::Allow);
    QCOMPARE(Policy::evaluate(anonymous(u"s3:GetObject"_s, kPrivate), {}, &policy), Decision::ExplicitDeny);
    RequestContext bob = alice(u"s3:GetObject"_s, kPrivate);
    bob.principal.arn = u"arn:aws:iam::000000000000:user/bob"_s;
    QCOMPARE(Policy::evaluate(bob, {}, &policy), Decision::ExplicitDeny);
    QCOMPARE(Policy::evaluate(bob.principal.arn.isEmpty() ? bob : alice(u"s3:GetObject"_s, kObject), {}, &policy),
        Decision::Allow);
}

void TestEvaluator::notAction()
{
    const Document p = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "NotAction":["s3:Delete*","s3:PutBucketPolicy"],"Resource":"*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:DeleteObject"_s, kObject), { &p }, nullptr), Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(alice(u"s3:PutBucketPolicy"_s, u"arn:aws:s3:::photos"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
}

void TestEvaluator::notResource()
{
    const Document p = identity(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"*"},
        {"Effect":"Deny","Action":"s3:*","NotResource":["arn:aws:s3:::photos","arn:aws:s3:::photos/*"]}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:ListBucket"_s, u"arn:aws:s3:::photos"_s), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, u"arn:aws:s3:::videos/x"_s), { &p }, nullptr),
        Decision::ExplicitDeny);
}

void TestEvaluator::actionWildcardsAndCase()
{
    const Document p = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Action":["s3:get*","s3:List?ucket"],"Resource":"arn:aws:s3:::photos*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), { &p }, nullptr), Decision::Allow);
    QCOMPARE(
        Policy::evaluate(alice(u"s3:GetBucketPolicy"_s, u"arn:aws:s3:::photos"_s), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:ListBucket"_s, u"arn:aws:s3:::photos"_s), { &p }, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:ListBucketVersions"_s, u"arn:aws:s3:::photos"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
    // Resources are case-sensitive.
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, u"arn:aws:s3:::Photos/x"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
}

void TestEvaluator::conditionsOnRequest()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"Read","Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:ListBucket"],
         "Resource":["arn:aws:s3:::photos","arn:aws:s3:::photos/*"],
         "Condition":{"IpAddress":{"aws:SourceIp":["192.168.0.0/16","2001:db8::/32"]}}},
        {"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*",
         "Resource":["arn:aws:s3:::photos","arn:aws:s3:::photos/*"],
         "Condition":{"Bool":{"aws:SecureTransport":"false"}}},
        {"Sid":"ListOnlyPublic","Effect":"Deny","Principal":"*","Action":"s3:ListBucket",
         "Resource":"arn:aws:s3:::photos","Condition":{"StringNotLike":{"s3:prefix":["public/*","public/"]}}},
        {"Sid":"Expire","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::photos/*",
         "Condition":{"DateGreaterThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}}]})");
    RequestContext ctx = anonymous(u"s3:GetObject"_s, kObject);
    ctx.setValue(u"aws:SourceIp"_s, u"192.168.1.10"_s);
    ctx.setValue(u"aws:SecureTransport"_s, u"true"_s);
    ctx.setValue(u"aws:CurrentTime"_s, u"2026-11-25T08:00:00Z"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::Allow);
    ctx.setValue(u"aws:SourceIp"_s, u"2001:db8::7"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::Allow);
    ctx.setValue(u"aws:SourceIp"_s, u"10.0.0.1"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ImplicitDeny);
    ctx.remove(u"aws:SourceIp"_s); // missing key: IpAddress fails
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ImplicitDeny);
    ctx.setValue(u"aws:SourceIp"_s, u"192.168.1.10"_s);
    ctx.setValue(u"aws:SecureTransport"_s, u"false"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ExplicitDeny);
    ctx.setValue(u"aws:SecureTransport"_s, u"true"_s);
    ctx.setValue(u"aws:CurrentTime"_s, u"2031-01-01T00:00:00Z"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ExplicitDeny);
    ctx.setValue(u"aws:CurrentTime"_s, u"2026-11-25T08:00:00Z"_s);

    RequestContext list = ctx;
    list.action = u"s3:ListBucket"_s;
    list.resource = u"arn:aws:s3:::photos"_s;
    list.setValue(u"s3:prefix"_s, u"public/2024/"_s);
    QCOMPARE(Policy::evaluate(list, {}, &policy), Decision::Allow);
    list.setValue(u"s3:prefix"_s, u"private/"_s);
    QCOMPARE(Policy::evaluate(list, {}, &policy), Decision::ExplicitDeny);
    list.remove(u"s3:prefix"_s); // StringNotLike on a missing key is true: listing everything is denied
    QCOMPARE(Policy::evaluate(list, {}, &policy), Decision::ExplicitDeny);
}

void TestEvaluator::conditionKeysAreCaseInsensitive()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",
        "Action":"s3:PutObject","Resource":"arn:aws:s3:::photos/*",
        "Condition":{"StringEquals":{"S3:X-Amz-Server-Side-Encryption":"AES256"}}}]})");
    RequestContext ctx = alice(u"s3:PutObject"_s, kObject);
    ctx.setValue(u"s3:x-amz-server-side-encryption"_s, u"AES256"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::Allow);
    ctx.setValue(u"s3:x-amz-server-side-encryption"_s, u"aws:kms"_s);
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ImplicitDeny);
}

void TestEvaluator::requestTime()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",
        "Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*",
        "Condition":{"DateLessThan":{"aws:CurrentTime":"2027-01-01T00:00:00Z"},
                     "DateGreaterThanEquals":{"aws:EpochTime":"2026-01-01T00:00:00Z"}}}]})");
    RequestContext ctx = anonymous(u"s3:GetObject"_s, kObject);
    ctx.setRequestTime(QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(ctx.values(u"AWS:CurrentTime"_s).value(), QStringList {u"2026-11-25T08:00:00Z"_s});
    QCOMPARE(ctx.values(u"aws:epochtime"_s).value(), QStringList {u"1795593600"_s});
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::Allow);
    ctx.setRequestTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ImplicitDeny);
    ctx.setRequestTime(QDateTime(QDate(2025, 12, 31), QTime(23, 59), QTimeZone::utc()));
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), Decision::ImplicitDeny);
}

void TestEvaluator::policyVariablesInResources()
{
    const Document p = identity(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::photos/home/${aws:username}/*"},
        {"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::photos",
         "Condition":{"StringLike":{"s3:prefix":"home/${aws:username}/*"}}}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:PutObject"_s, u"arn:aws:s3:::photos/home/alice/a.txt"_s), { &p }, nullptr),
        Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:PutObject"_s, u"arn:aws:s3:::photos/home/bob/a.txt"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
    RequestContext list = alice(u"s3:ListBucket"_s, u"arn:aws:s3:::photos"_s);
    list.setValue(u"s3:prefix"_s, u"home/alice/docs"_s);
    QCOMPARE(Policy::evaluate(list, { &p }, nullptr), Decision::Allow);
    list.setValue(u"s3:prefix"_s, u"home/bob/"_s);
    QCOMPARE(Policy::evaluate(list, { &p }, nullptr), Decision::ImplicitDeny);
    // Anonymous callers have no aws:username: the variable matches nothing.
    QCOMPARE(Policy::evaluate(anonymous(u"s3:PutObject"_s, u"arn:aws:s3:::photos/home//a.txt"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
    // Explicit context values win over the principal's fields; ${aws:userid} and ${aws:PrincipalArn} work too.
    const Document q = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",
        "Resource":"arn:aws:s3:::photos/${aws:userid}/*","Condition":{"StringEquals":{"aws:PrincipalArn":"${aws:PrincipalArn}"}}}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, u"arn:aws:s3:::photos/AIDAALICE/x"_s), { &q }, nullptr),
        Decision::Allow);
}

void TestEvaluator::variablesNeed2012Version()
{
    const Document p = identity(R"({"Version":"2008-10-17","Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::photos/home/${aws:username}/*"}]})");
    QCOMPARE(Policy::evaluate(alice(u"s3:PutObject"_s, u"arn:aws:s3:::photos/home/alice/a.txt"_s), { &p }, nullptr),
        Decision::ImplicitDeny);
    QCOMPARE(Policy::evaluate(
                 alice(u"s3:PutObject"_s, u"arn:aws:s3:::photos/home/${aws:username}/a.txt"_s), { &p }, nullptr),
        Decision::Allow);
}

void TestEvaluator::multipleIdentityPolicies()
{
    const Document read = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",
        "Resource":"arn:aws:s3:::photos/*"}]})",
        u"read"_s);
    const Document write = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
        "Resource":"arn:aws:s3:::photos/*"}]})",
        u"write"_s);
    const std::vector<const Document *> both { &read, nullptr, &write };
    QCOMPARE(Policy::evaluate(alice(u"s3:GetObject"_s, kObject), both, nullptr), Decision::Allow);
    QCOMPARE(Policy::evaluate(alice(u"s3:PutObject"_s, kObject), both, nullptr), Decision::Allow);
    const auto ex = Policy::explain(alice(u"s3:PutObject"_s, kObject), both, nullptr);
    QCOMPARE(ex.deciding()->policyName, u"write"_s);
}

void TestEvaluator::explainNamesDecidingStatement()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::photos/*",
         "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})");
    RequestContext ctx = anonymous(u"s3:GetObject"_s, kObject);
    ctx.setValue(u"aws:SecureTransport"_s, u"false"_s);
    auto ex = Policy::explain(ctx, {}, &policy);
    QCOMPARE(ex.decision, Decision::ExplicitDeny);
    QVERIFY(ex.deciding());
    QCOMPARE(ex.deciding()->sid, u"DenyHttp"_s);
    QCOMPARE(ex.deciding()->statementIndex, 1);
    QCOMPARE(ex.deciding()->source, Policy::PolicySource::Bucket);
    QCOMPARE(ex.deciding()->policyName, u"photos bucket policy"_s);
    QCOMPARE(ex.statements.size(), size_t(2));
    QVERIFY(ex.toText().contains(
        u"Decided by: bucket policy \"photos bucket policy\", statement 2 (Sid \"DenyHttp\"), Deny"));

    ctx.setValue(u"aws:SecureTransport"_s, u"true"_s);
    ex = Policy::explain(ctx, {}, &policy);
    QCOMPARE(ex.decision, Decision::Allow);
    QCOMPARE(ex.deciding()->sid, u"PublicRead"_s);
    QCOMPARE(ex.statements[1].outcome, Policy::StatementTrace::Outcome::ConditionFailed);
    QVERIFY2(ex.statements[1].detail.contains(u"aws:SecureTransport"), qPrintable(ex.statements[1].detail));
    QCOMPARE(Policy::evaluate(ctx, {}, &policy), ex.decision);
}

void TestEvaluator::explainReasons()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"Bob","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"Put","Effect":"Allow","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::photos/*"},
        {"Sid":"Other","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/other/*"},
        {"Sid":"Cond","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*",
         "Condition":{"StringEquals":{"aws:UserAgent":"curl"}}}]})");
    const auto ex = Policy::explain(alice(u"s3:GetObject"_s, kObject), {}, &policy);
    QCOMPARE(ex.decision, Decision::ImplicitDeny);
    using O = Policy::StatementTrace::Outcome;
    QCOMPARE(ex.statements.size(), size_t(4));
    QCOMPARE(ex.statements[0].outcome, O::PrincipalMismatch);
    QCOMPARE(ex.statements[1].outcome, O::ActionMismatch);
    QCOMPARE(ex.statements[2].outcome, O::ResourceMismatch);
    QCOMPARE(ex.statements[3].outcome, O::ConditionFailed);
    QVERIFY(ex.statements[3].detail.contains(u"key absent"));
    const QString text = ex.toText();
    QVERIFY(text.startsWith(u"Decision: ImplicitDeny\n"));
    QVERIFY(text.contains(u"statement 3 (Sid \"Other\"), Allow: does not apply: resource"));
}

void TestEvaluator::evaluateAgreesWithExplain()
{
    const Document policy = bucket(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":["s3:Get*","s3:List*"],"Resource":["arn:aws:s3:::photos","arn:aws:s3:::photos/public/*"]},
        {"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::photos/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}},
        {"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::photos/*","Condition":{"Null":{"s3:x-amz-server-side-encryption":"true"}}}]})");
    const Document user = identity(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*",
        "Resource":"arn:aws:s3:::photos/home/${aws:username}/*"}]})");
    int decisions[3] = {};
    for (const QString &action : {u"s3:GetObject"_s, u"s3:PutObject"_s, u"s3:DeleteObject"_s, u"s3:ListBucket"_s}) {
        for (const QString &res : {kObject, kPrivate, u"arn:aws:s3:::photos/home/alice/x"_s, u"arn:aws:s3:::photos"_s}) {
            for (bool anon : {false, true}) {
                for (const char16_t *tls : {u"true", u"false"}) {
                    for (bool sse : {false, true}) {
                        RequestContext ctx = anon ? anonymous(action, res) : alice(action, res);
                        ctx.setValue(u"aws:SecureTransport"_s, QString::fromUtf16(tls));
                        if (sse)
                            ctx.setValue(u"s3:x-amz-server-side-encryption"_s, u"AES256"_s);
                        const Decision d = Policy::evaluate(ctx, {&user}, &policy);
                        const auto ex = Policy::explain(ctx, {&user}, &policy);
                        QCOMPARE(d, ex.decision);
                        QCOMPARE(ex.deciding() != nullptr, d != Decision::ImplicitDeny);
                        ++decisions[int(d)];
                    }
                }
            }
        }
    }
    QVERIFY(decisions[int(Decision::Allow)] > 0);
    QVERIFY(decisions[int(Decision::ExplicitDeny)] > 0);
    QVERIFY(decisions[int(Decision::ImplicitDeny)] > 0);
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
