#include <QTest>

#include "engine/policy/acl.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/s3/xml/configdocuments.h"

using namespace Qt::StringLiterals;
using Policy::AclOutcome;
using Policy::AclPermission;

Q_DECLARE_METATYPE(Policy::RequestPrincipal)

// ACL documents (AccessControlPolicy, PublicAccessBlockConfiguration, OwnershipControls),
// canned ACLs, grant headers, grantee resolution and the ACL step of an authorisation.
class TestAcl : public QObject
{
    Q_OBJECT
private slots:
    void cannedAcls_data();
    void cannedAcls();
    void unknownCanned();
    void grantHeaders();
    void malformedGrantHeader();
    void resolveGrantees();
    void aclXmlRoundTrip();
    void malformedAclXml();
    void publicAccessBlockXml();
    void ownershipControlsXml();
    void targets();
    void evaluate_data();
    void evaluate();
};

namespace {

const S3::Owner kAlice {u"a11ce"_s, u"alice"_s};
const S3::Owner kRoot {u"b0b0"_s, u"root"_s};

QStringList describe(const S3::AccessControlPolicy &acl)
{
    QStringList out;
    for (const S3::Grant &g : acl.grants) {
        const QString who = g.grantee.type == S3::Grantee::Type::Group ? g.grantee.uri.section(u'/', -1) : g.grantee.id;
        out.append(who + u':' + g.permission);
    }
    return out;
}

Policy::RequestPrincipal user(const QString &canonicalId)
{
    Policy::RequestPrincipal p;
    p.canonicalId = canonicalId;
    p.arn = u"arn:aws:iam::000000000000:user/x"_s;
    return p;
}

Policy::RequestPrincipal anonymous()
{
    Policy::RequestPrincipal p;
    p.anonymous = true;
    return p;
}

} // namespace

void TestAcl::cannedAcls_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("grants");
    QTest::newRow("private") << u"private"_s << QStringList {u"a11ce:FULL_CONTROL"_s};
    QTest::newRow("public-read") << u"public-read"_s << QStringList {u"a11ce:FULL_CONTROL"_s, u"AllUsers:READ"_s};
    QTest::newRow("public-read-write") << u"public-read-write"_s
                                       << QStringList {u"a11ce:FULL_CONTROL"_s, u"AllUsers:READ"_s, u"AllUsers:WRITE"_s};
    QTest::newRow("authenticated-read") << u"authenticated-read"_s
                                        << QStringList {u"a11ce:FULL_CONTROL"_s, u"AuthenticatedUsers:READ"_s};
    QTest::newRow("aws-exec-read") << u"aws-exec-read"_s << QStringList {u"a11ce:FULL_CONTROL"_s};
    QTest::newRow("bucket-owner-read") << u"bucket-owner-read"_s << QStringList {u"a11ce:FULL_CONTROL"_s, u"b0b0:READ"_s};
    QTest::newRow("bucket-owner-full-control")
        << u"bucket-owner-full-control"_s << QStringList {u"a11ce:FULL_CONTROL"_s, u"b0b0:FULL_CONTROL"_s};
    QTest::newRow("log-delivery-write") << u"log-delivery-write"_s
                                        << QStringList {u"a11ce:FULL_CONTROL"_s, u"LogDelivery:WRITE"_s,
                                                        u"LogDelivery:READ_ACP"_s};
}

void TestAcl::cannedAcls()
{
    QFETCH(QString, name);
    QFETCH(QStringList, grants);
    QVERIFY(Policy::isCannedAcl(name));
    auto acl = Policy::cannedAcl(name, kAlice, kRoot);
    QVERIFY(acl);
    QCOMPARE(acl->owner, kAlice);
    QCOMPARE(describe(*acl), grants);
    QCOMPARE(acl->grants.first().grantee.displayName, u"alice"_s);
}

void TestAcl::unknownCanned()
{
    auto acl = Policy::cannedAcl(u"public"_s, kAlice, kRoot);
    QVERIFY(!acl);
    QCOMPARE(acl.error().code, Core::ErrorCode::InvalidArgument);
    // The bucket owner writing bucket-owner-full-control gets one grant, not two.
    auto own = Policy::cannedAcl(u"bucket-owner-full-control"_s, kRoot, kRoot);
    QVERIFY(own);
    QCOMPARE(describe(*own), QStringList {u"b0b0:FULL_CONTROL"_s});
    QVERIFY(Policy::grantsOnlyOwnerFullControl(*own, kRoot.id));
    QVERIFY(!Policy::grantsOnlyOwnerFullControl(*Policy::cannedAcl(u"public-read"_s, kRoot, kRoot), kRoot.id));
}

void TestAcl::grantHeaders()
{
    auto acl = Policy::aclFromGrantHeaders(
        {{AclPermission::Read, u"id=\"b0b0\", uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""_s},
         {AclPermission::FullControl, u"id=a11ce"_s},
         {AclPermission::WriteAcp, u"emailAddress=\"x@example.com\""_s}},
        kAlice);
    QVERIFY(acl);
    QCOMPARE(describe(*acl), (QStringList {u"b0b0:READ"_s, u"AllUsers:READ"_s, u"a11ce:FULL_CONTROL"_s, u":WRITE_ACP"_s}));
    QCOMPARE(acl->grants.at(3).grantee.type, S3::Grantee::Type::AmazonCustomerByEmail);
    QCOMPARE(acl->grants.at(3).grantee.emailAddress, u"x@example.com"_s);
    QVERIFY(Policy::isPublicAcl(*acl));
}

void TestAcl::malformedGrantHeader()
{
    for (const QString &v : {u"b0b0"_s, u"id="_s, u"user=\"x\""_s}) {
        auto acl = Policy::aclFromGrantHeaders({{AclPermission::Read, v}}, kAlice);
        QVERIFY2(!acl, qPrintable(v));
        QCOMPARE(acl.error().code, Core::ErrorCode::InvalidArgument);
    }
}

void TestAcl::resolveGrantees()
{
    const auto known = [](const QString &id) { return id == u"a11ce" || id == u"b0b0"; };
    const auto name = [](const QString &id) { return id == u"b0b0" ? u"root"_s : u"alice"_s; };
    auto ok = Policy::aclFromGrantHeaders({{AclPermission::Read, u"id=b0b0"_s}}, kAlice);
    QVERIFY(Policy::resolveGrantees(*ok, known, name));
    QCOMPARE(ok->grants.first().grantee.displayName, u"root"_s);

    auto unknownId = Policy::aclFromGrantHeaders({{AclPermission::Read, u"id=ffff"_s}}, kAlice);
    auto st = Policy::resolveGrantees(*unknownId, known, name);
    QVERIFY(!st);
    QCOMPARE(st.error().code, Core::ErrorCode::InvalidArgument);
    QCOMPARE(st.error().message, u"Invalid id"_s);

    auto email = Policy::aclFromGrantHeaders({{AclPermission::Read, u"emailAddress=a@b.c"_s}}, kAlice);
    st = Policy::resolveGrantees(*email, known, name);
    QVERIFY(!st);
    QCOMPARE(st.error().code, Core::ErrorCode::UnresolvableGrantByEmailAddress);

    auto group = Policy::aclFromGrantHeaders({{AclPermission::Read, u"uri=http://acs.amazonaws.com/groups/global/Nobody"_s}},
                                             kAlice);
    st = Policy::resolveGrantees(*group, known, name);
    QVERIFY(!st);
    QCOMPARE(st.error().code, Core::ErrorCode::InvalidArgument);
}

void TestAcl::aclXmlRoundTrip()
{
    auto acl = Policy::cannedAcl(u"public-read-write"_s, kAlice, kRoot);
    QVERIFY(acl);
    const QByteArray xml = acl->toXml();
    QVERIFY2(xml.contains("xsi:type=\"Group\""), xml.constData());
    QVERIFY2(xml.contains("<URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>"), xml.constData());
    QVERIFY2(xml.contains("<ID>a11ce</ID><DisplayName>alice</DisplayName>"), xml.constData());
    auto back = S3::AccessControlPolicy::fromXml(xml);
    QVERIFY(back);
    QCOMPARE(*back, *acl);

    // As boto3 sends it (another prefix for the xsi namespace).
    const QByteArray sent = R"(<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>a11ce</ID></Owner>
<AccessControlList><Grant><Grantee xmlns:x="http://www.w3.org/2001/XMLSchema-instance" x:type="CanonicalUser"><ID>b0b0</ID></Grantee>
<Permission>READ_ACP</Permission></Grant></AccessControlList></AccessControlPolicy>)";
    auto parsed = S3::AccessControlPolicy::fromXml(sent);
    QVERIFY(parsed);
    QCOMPARE(describe(*parsed), QStringList {u"b0b0:READ_ACP"_s});
}

void TestAcl::malformedAclXml()
{
    const QByteArray badPermission = R"(<AccessControlPolicy><AccessControlList><Grant><Grantee
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>x</ID></Grantee>
<Permission>EVERYTHING</Permission></Grant></AccessControlList></AccessControlPolicy>)";
    auto r = S3::AccessControlPolicy::fromXml(badPermission);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Core::ErrorCode::MalformedACLError);
    const QByteArray noType = R"(<AccessControlPolicy><AccessControlList><Grant><Grantee><ID>x</ID></Grantee>
<Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>)";
    r = S3::AccessControlPolicy::fromXml(noType);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Core::ErrorCode::MalformedACLError);
    r = S3::AccessControlPolicy::fromXml("<AccessControlPolicy><Owner>");
    QVERIFY(!r);
    QCOMPARE(r.error().code, Core::ErrorCode::MalformedXML);
}

void TestAcl::publicAccessBlockXml()
{
    S3::PublicAccessBlockConfiguration c;
    c.blockPublicAcls = true;
    c.restrictPublicBuckets = true;
    const QByteArray xml = c.toXml();
    QVERIFY2(xml.contains("<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>false</IgnorePublicAcls>"),
             xml.constData());
    auto back = S3::PublicAccessBlockConfiguration::fromXml(xml);
    QVERIFY(back);
    QCOMPARE(*back, c);
    // Absent elements are false; AWS's own examples write TRUE.
    auto partial = S3::PublicAccessBlockConfiguration::fromXml(
        "<PublicAccessBlockConfiguration><BlockPublicPolicy>TRUE</BlockPublicPolicy></PublicAccessBlockConfiguration>");
    QVERIFY(partial);
    QVERIFY(partial->blockPublicPolicy && !partial->blockPublicAcls && !partial->ignorePublicAcls);
    auto bad = S3::PublicAccessBlockConfiguration::fromXml(
        "<PublicAccessBlockConfiguration><BlockPublicAcls>yes</BlockPublicAcls></PublicAccessBlockConfiguration>");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Core::ErrorCode::MalformedXML);
}

void TestAcl::ownershipControlsXml()
{
    S3::OwnershipControls c {u"ObjectWriter"_s};
    const QByteArray xml = c.toXml();
    QVERIFY2(xml.contains("<OwnershipControls xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule><ObjectOwnership>"
                          "ObjectWriter</ObjectOwnership></Rule></OwnershipControls>"),
             xml.constData());
    auto back = S3::OwnershipControls::fromXml(xml);
    QVERIFY(back);
    QCOMPARE(*back, c);
    auto bad = S3::OwnershipControls::fromXml(
        "<OwnershipControls><Rule><ObjectOwnership>Nobody</ObjectOwnership></Rule></OwnershipControls>");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Core::ErrorCode::MalformedXML);
    QVERIFY(!S3::OwnershipControls::fromXml("<OwnershipControls></OwnershipControls>"));
}

void TestAcl::targets()
{
    auto t = Policy::aclTargetFor(u"s3:GetObject");
    QVERIFY(t && t->objectAcl && t->permission == AclPermission::Read);
    t = Policy::aclTargetFor(u"s3:PutObject");
    QVERIFY(t && !t->objectAcl && t->permission == AclPermission::Write);
    t = Policy::aclTargetFor(u"s3:ListBucket");
    QVERIFY(t && !t->objectAcl && t->permission == AclPermission::Read);
    t = Policy::aclTargetFor(u"s3:PutObjectVersionAcl");
    QVERIFY(t && t->objectAcl && t->permission == AclPermission::WriteAcp);
    QVERIFY(!Policy::aclTargetFor(u"s3:PutBucketPolicy"));
    QVERIFY(!Policy::aclTargetFor(u"s3:GetObjectTagging"));
}

void TestAcl::evaluate_data()
{
    QTest::addColumn<Policy::RequestPrincipal>("principal");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("canned");
    QTest::addColumn<bool>("aclsEnabled");
    QTest::addColumn<bool>("ignorePublic");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("detailPart");
    using R = AclOutcome::Result;
    QTest::newRow("anonymous public-read") << anonymous() << u"s3:GetObject"_s << u"public-read"_s << true << false
                                           << int(R::Granted) << u"Group AllUsers READ"_s;
    QTest::newRow("anonymous private") << anonymous() << u"s3:GetObject"_s << u"private"_s << true << false
                                       << int(R::NoGrant) << u"no grant"_s;
    QTest::newRow("anonymous public-read, ignored")
        << anonymous() << u"s3:GetObject"_s << u"public-read"_s << true << true << int(R::PublicIgnored)
        << u"IgnorePublicAcls"_s;
    QTest::newRow("acls disabled") << anonymous() << u"s3:GetObject"_s << u"public-read"_s << false << false
                                   << int(R::Disabled) << u"BucketOwnerEnforced"_s;
    QTest::newRow("anonymous authenticated-read") << anonymous() << u"s3:GetObject"_s << u"authenticated-read"_s << true
                                                  << false << int(R::NoGrant) << u"READ"_s;
    QTest::newRow("user authenticated-read") << user(u"c0c0"_s) << u"s3:GetObject"_s << u"authenticated-read"_s << true
                                             << false << int(R::Granted) << u"AuthenticatedUsers"_s;
    QTest::newRow("read does not write") << anonymous() << u"s3:PutObject"_s << u"public-read"_s << true << false
                                         << int(R::NoGrant) << u"WRITE"_s;
    QTest::newRow("public-read-write writes") << anonymous() << u"s3:PutObject"_s << u"public-read-write"_s << true
                                              << false << int(R::Granted) << u"WRITE"_s;
    QTest::newRow("owner full control") << user(u"a11ce"_s) << u"s3:PutObjectAcl"_s << u"private"_s << true << false
                                        << int(R::Granted) << u"FULL_CONTROL"_s;
    QTest::newRow("bucket owner read") << user(u"b0b0"_s) << u"s3:GetObject"_s << u"bucket-owner-read"_s << true
                                       << false << int(R::Granted) << u"CanonicalUser root READ"_s;
    QTest::newRow("bucket owner read, not acp") << user(u"b0b0"_s) << u"s3:GetObjectAcl"_s << u"bucket-owner-read"_s
                                                << true << false << int(R::NoGrant) << u"READ_ACP"_s;
    QTest::newRow("not an ACL action") << anonymous() << u"s3:GetObjectTagging"_s << u"public-read"_s << true << false
                                       << int(R::NotApplicable) << u"cannot be granted"_s;
}

void TestAcl::evaluate()
{
    QFETCH(Policy::RequestPrincipal, principal);
    QFETCH(QString, action);
    QFETCH(QString, canned);
    QFETCH(bool, aclsEnabled);
    QFETCH(bool, ignorePublic);
    QFETCH(int, result);
    QFETCH(QString, detailPart);
    Policy::AclInput in;
    in.aclsEnabled = aclsEnabled;
    in.ignorePublicAcls = ignorePublic;
    in.acl = *Policy::cannedAcl(canned, kAlice, kRoot);
    const AclOutcome out = Policy::evaluateAcl(principal, action, in);
    QCOMPARE(int(out.result), result);
    QVERIFY2(out.detail.contains(detailPart), qPrintable(out.detail));
    QCOMPARE(out.granted(), result == int(AclOutcome::Result::Granted));
}

QTEST_GUILESS_MAIN(TestAcl)
#include "tst_acl.moc"
