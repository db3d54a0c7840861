#include <QTest>

#include "engine/server/access.h"
#include "engine/server/users.h"

using namespace Qt::StringLiterals;
using Policy::Decision;
using Server::Caller;

// The ACL and Block Public Access step of the server's decision (applyAccessFacts) and its
// explanation: policies first (explicit deny wins), then RestrictPublicBuckets, then ACL grants
// unless ACLs are disabled or public grants are ignored.
class TestAclAccess : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void explainNamesTheGrant();
};

namespace {

Policy::Document parse(const QByteArray &json)
{
    Policy::ParseOptions o;
    o.kind = Policy::PolicyKind::Bucket;
    o.bucket = u"bkt"_s;
    auto r = Policy::parseOrError(json, o);
    if (!r)
        qFatal("test policy does not parse: %s", qPrintable(r.error().message));
    return *r;
}

const QByteArray kPolicy = R"({"Version":"2012-10-17","Statement":[
 {"Sid":"PublicDocs","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/docs/*"},
 {"Sid":"NoSecrets","Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bkt/secret/*"}]})";

const Server::User kBob = Server::User::make(u"bob"_s, u"BOBKEY"_s, u"x"_s);
const Server::User kRoot = Server::User::make(u"root"_s, u"ROOTKEY"_s, u"x"_s);

} // namespace

void TestAclAccess::decide_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("canned");
    QTest::addColumn<bool>("aclsEnabled");
    QTest::addColumn<bool>("ignorePublic");
    QTest::addColumn<bool>("restrict");
    QTest::addColumn<int>("decision");
    QTest::addColumn<bool>("byAcl");
    QTest::addColumn<QString>("note");
    const int allow = int(Decision::Allow);
    const int implicit = int(Decision::ImplicitDeny);
    const int explicitDeny = int(Decision::ExplicitDeny);
    QTest::newRow("anonymous, AllUsers grant") << u"anonymous"_s << u"a.txt"_s << u"public-read"_s << true << false
                                               << false << allow << true << u"Group AllUsers READ"_s;
    QTest::newRow("anonymous, ACLs disabled") << u"anonymous"_s << u"a.txt"_s << u"public-read"_s << false << false
                                              << false << implicit << false << u"BucketOwnerEnforced"_s;
    QTest::newRow("anonymous, public grant ignored") << u"anonymous"_s << u"a.txt"_s << u"public-read"_s << true << true
                                                     << false << implicit << false << u"IgnorePublicAcls"_s;
    QTest::newRow("anonymous, private") << u"anonymous"_s << u"a.txt"_s << u"private"_s << true << false << false
                                        << implicit << false << u"no grant"_s;
    QTest::newRow("explicit deny beats the grant") << u"anonymous"_s << u"secret/a.txt"_s << u"public-read"_s << true
                                                   << false << false << explicitDeny << false << QString();
    QTest::newRow("public policy") << u"anonymous"_s << u"docs/a.txt"_s << u"private"_s << true << false << false
                                   << allow << false << QString();
    QTest::newRow("public policy, restricted") << u"anonymous"_s << u"docs/a.txt"_s << u"private"_s << true << false
                                               << true << implicit << false << u"RestrictPublicBuckets"_s;
    QTest::newRow("restricted, grant too") << u"anonymous"_s << u"a.txt"_s << u"public-read"_s << true << false << true
                                           << implicit << false << u"RestrictPublicBuckets"_s;
    QTest::newRow("user, public policy, restricted") << u"bob"_s << u"docs/a.txt"_s << u"private"_s << true << false
                                                     << true << allow << false << QString();
    QTest::newRow("user, authenticated-read") << u"bob"_s << u"a.txt"_s << u"authenticated-read"_s << true << false
                                              << false << allow << true << u"AuthenticatedUsers"_s;
    QTest::newRow("root needs no grant") << u"root"_s << u"a.txt"_s << u"private"_s << true << false << false << allow
                                         << false << QString();
}

void TestAclAccess::decide()
{
    QFETCH(QString, who);
    QFETCH(QString, key);
    QFETCH(QString, canned);
    QFETCH(bool, aclsEnabled);
    QFETCH(bool, ignorePublic);
    QFETCH(bool, restrict);
    QFETCH(int, decision);
    QFETCH(bool, byAcl);
    QFETCH(QString, note);
    const Policy::Document policy = parse(kPolicy);
    const Caller caller = who == u"root" ? Caller::Root : who == u"bob" ? Caller::User : Caller::Anonymous;
    Policy::RequestContext ctx;
    ctx.principal = Server::principalFor(caller == Caller::Anonymous ? nullptr : caller == Caller::Root ? &kRoot : &kBob,
                                         caller == Caller::Root);
    ctx.action = u"s3:GetObject"_s;
    ctx.resource = u"arn:aws:s3:::bkt/"_s + key;
    Server::BucketAccessFacts facts;
    facts.restrictPublicBuckets = restrict;
    facts.bucketPolicyIsPublic = Server::isPublicPolicy(policy);
    facts.acl.aclsEnabled = aclsEnabled;
    facts.acl.ignorePublicAcls = ignorePublic;
    facts.acl.acl = *Policy::cannedAcl(canned, {kRoot.canonicalId, u"root"_s}, {kRoot.canonicalId, u"root"_s});

    const Decision policyOnly = Server::decideAccess(caller, ctx, {}, &policy);
    QStringList notes;
    bool decidedByAcl = false;
    const Decision d = Server::applyAccessFacts(caller, ctx, policyOnly, facts, &notes, &decidedByAcl);
    QCOMPARE(int(d), decision);
    QCOMPARE(decidedByAcl, byAcl);
    if (!note.isEmpty())
        QVERIFY2(notes.join(u'\n').contains(note), qPrintable(notes.join(u'\n')));
    // The explanation agrees with the decision.
    const Policy::Explanation ex = Server::explainAccess(caller, ctx, {}, &policy, &facts);
    QCOMPARE(int(ex.decision), decision);
    QCOMPARE(ex.decidedByAcl, byAcl);
}

void TestAclAccess::explainNamesTheGrant()
{
    Policy::RequestContext ctx;
    ctx.principal = Server::principalFor(&kBob, false);
    ctx.action = u"s3:ListBucket"_s;
    ctx.resource = u"arn:aws:s3:::bkt"_s;
    Server::BucketAccessFacts facts;
    facts.acl.aclsEnabled = true;
    auto acl = Policy::aclFromGrantHeaders({{Policy::AclPermission::Read, u"id=\""_s + kBob.canonicalId + u'"'}},
                                           {kRoot.canonicalId, u"root"_s});
    QVERIFY(acl);
    facts.acl.acl = *acl;
    const Policy::Explanation ex = Server::explainAccess(Caller::User, ctx, {}, nullptr, &facts);
    QCOMPARE(ex.decision, Decision::Allow);
    const QString text = ex.toText();
    QVERIFY2(text.contains(u"Decided by: ACL: allowed by grant 1 of the bucket ACL (CanonicalUser "_s), qPrintable(text));
    // Without facts (policies only) the same request is an implicit deny.
    QCOMPARE(Server::explainAccess(Caller::User, ctx, {}, nullptr).decision, Decision::ImplicitDeny);
}

QTEST_GUILESS_MAIN(TestAclAccess)
#include "tst_aclaccess.moc"
