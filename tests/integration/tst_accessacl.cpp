#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

// ACLs, Object Ownership and Block Public Access end to end against `pailctl serve`: aws-cli
// (s3api) as root and two users without any policy (alice, bob), anonymous curl. Canned ACLs
// and grant headers on writes, Get/Put of bucket and object ACLs (also by version), grants
// authorising bob, AllUsers authorising anonymous reads, BucketOwnerEnforced refusing ACLs,
// the four Block Public Access flags, the policy status, and `pailctl policy simulate`
// naming the ACL grant that decided.
class TestAccessAcl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enforcedOwnership();
    void cannedAclRoundTrip();
    void anonymousRead();
    void objectGrants();
    void granteeErrors();
    void bucketGrants();
    void versionAcl();
    void publicAccessBlock();
    void simulate();

private:
    QString aws() const { return QStringLiteral("/usr/bin/aws"); }
    ProcessResult s3api(const QString &who, const QStringList &args) const;
    QJsonObject s3apiJson(const QString &who, const QStringList &args) const;
    ProcessResult curl(const QString &path) const;
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

// Canonical ids are derived from the user name (stable across restarts and key changes).
QString canonicalId(const char *name)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray("pail-user:") + name, QCryptographicHash::Sha256).toHex());
}

QStringList grantsOf(const QJsonObject &acl)
{
    QStringList out;
    for (const QJsonValue &v : acl.value(u"Grants"_qs).toArray()) {
        const QJsonObject g = v.toObject().value(u"Grantee"_qs).toObject();
        const QString who = g.value(u"Type"_qs).toString() == u"Group" ? g.value(u"URI"_qs).toString().section(u'/', -1)
                                                                        : g.value(u"ID"_qs).toString().left(8);
        out.append(who + u':' + v.toObject().value(u"Permission"_qs).toString());
    }
    return out;
}

QStringList b(const char *bucket)
{
    return {QStringLiteral("--bucket"), QString::fromLatin1(bucket)};
}

} // namespace

ProcessResult TestAccessAcl::s3api(const QString &who, const QStringList &args) const
{
    QStringList all {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("--output"), QStringLiteral("json")};
    all << QStringLiteral("s3api") << args;
    QProcessEnvironment env = m_server.clientEnvironment();
    if (who == u"alice")
        env = m_server.clientEnvironment(kAliceKey, kAliceSecret);
    else if (who == u"bob")
        env = m_server.clientEnvironment(kBobKey, kBobSecret);
    return IntegrationSupport::runProgram(aws(), all, env, 60000, m_files);
}

QJsonObject TestAccessAcl::s3apiJson(const QString &who, const QStringList &args) const
{
    const ProcessResult r = s3api(who, args);
    if (!r.ok())
        qWarning("%s", qPrintable(r.describe()));
    return QJsonDocument::fromJson(r.out).object();
}

ProcessResult TestAccessAcl::curl(const QString &path) const
{
    return m_server.run(QStringLiteral("/usr/bin/curl"),
                        {QStringLiteral("-sS"), QStringLiteral("-o"), QDir(m_files).filePath(u"curl.out"_qs),
                         QStringLiteral("-w"), QStringLiteral("%{http_code}"), m_server.endpoint() + path},
                        30000);
}

ProcessResult TestAccessAcl::pailctl(const QStringList &args) const
{
    return IntegrationSupport::runProgram(m_server.pailctlPath(), args, m_server.clientEnvironment(), 60000, m_files);
}

QString TestAccessAcl::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = QDir(m_files).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestAccessAcl::initTestCase()
{
    if (!QFileInfo(aws()).isExecutable())
        QSKIP("Debian's aws-cli (/usr/bin/aws) is not installed");
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {QStringLiteral("--user"), QStringLiteral("alice:%1:%2").arg(kAliceKey, kAliceSecret),
                                         QStringLiteral("--user"), QStringLiteral("bob:%1:%2").arg(kBobKey, kBobSecret)}),
                 error);
    m_files = m_server.newScratchFolder(QStringLiteral("files"));
    writeFile(QStringLiteral("body.txt"), "hello acl\n");
    // ACLs enabled: ObjectWriter.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"create-bucket"_qs} << b("aclow") << u"--object-ownership"_qs
                                                                        << u"ObjectWriter"_qs));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object"_qs} << b("aclow") << u"--key"_qs << u"pub.txt"_qs
                                                                     << u"--body"_qs << u"body.txt"_qs << u"--acl"_qs
                                                                     << u"public-read"_qs));
    for (const QString &key : {u"priv.txt"_qs, u"granted.txt"_qs}) {
        PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object"_qs} << b("aclow") << u"--key"_qs << key << u"--body"_qs
                                                                         << u"body.txt"_qs));
    }
}

void TestAccessAcl::cleanupTestCase()
{
    QString error;
    if (m_server.isRunning())
        PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestAccessAcl::enforcedOwnership()
{
    // A new bucket has ACLs disabled (AWS's default since April 2023).
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"create-bucket"_qs} << b("aclenf")));
    QJsonObject o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-ownership-controls"_qs} << b("aclenf"));
    QCOMPARE(o.value(u"OwnershipControls"_qs).toObject().value(u"Rules"_qs).toArray().at(0).toObject().value(u"ObjectOwnership"_qs).toString(),
             u"BucketOwnerEnforced"_qs);
    const QStringList put = QStringList {u"put-object"_qs} << b("aclenf") << u"--key"_qs << u"k.txt"_qs << u"--body"_qs
                                                           << u"body.txt"_qs;
    ProcessResult r = s3api(u"root"_qs, put + QStringList {u"--acl"_qs, u"public-read"_qs});
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessControlListNotSupported"), r.describe());
    // What rclone and s3cmd send by default, and bucket-owner-full-control, are accepted.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, put + QStringList {u"--acl"_qs, u"private"_qs}));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, put + QStringList {u"--acl"_qs, u"bucket-owner-full-control"_qs}));
    r = s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclenf") << u"--key"_qs << u"k.txt"_qs << u"--acl"_qs
                                                             << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessControlListNotSupported"), r.describe());
    r = s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclenf") << u"--acl"_qs << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessControlListNotSupported"), r.describe());
    // Reading ACLs still works: the bucket owner's full control.
    o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclenf") << u"--key"_qs << u"k.txt"_qs);
    QCOMPARE(grantsOf(o), QStringList {canonicalId("root").left(8) + u":FULL_CONTROL"_qs});
    r = s3api(u"root"_qs, QStringList {u"create-bucket"_qs} << b("aclbad") << u"--acl"_qs << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidBucketAclWithObjectOwnership"), r.describe());
    r = s3api(u"root"_qs, QStringList {u"get-public-access-block"_qs} << b("aclenf"));
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchPublicAccessBlockConfiguration"), r.describe());
    // Ownership controls can be changed and removed.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-ownership-controls"_qs} << b("aclenf")
                                          << u"--ownership-controls"_qs << u"Rules=[{ObjectOwnership=BucketOwnerPreferred}]"_qs));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, put + QStringList {u"--acl"_qs, u"public-read"_qs}));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"delete-bucket-ownership-controls"_qs} << b("aclenf")));
    r = s3api(u"root"_qs, QStringList {u"get-bucket-ownership-controls"_qs} << b("aclenf"));
    PAIL_VERIFY2(!r.ok() && r.err.contains("OwnershipControlsNotFoundError"), r.describe());
    // Back to enforced is refused while the bucket ACL grants others.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclenf") << u"--acl"_qs << u"public-read"_qs));
    r = s3api(u"root"_qs, QStringList {u"put-bucket-ownership-controls"_qs} << b("aclenf") << u"--ownership-controls"_qs
                                                                            << u"Rules=[{ObjectOwnership=BucketOwnerEnforced}]"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidBucketAclWithObjectOwnership"), r.describe());
}

void TestAccessAcl::cannedAclRoundTrip()
{
    QJsonObject o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclow") << u"--key"_qs << u"pub.txt"_qs);
    const QString root = canonicalId("root").left(8);
    QCOMPARE(grantsOf(o), (QStringList {root + u":FULL_CONTROL"_qs, u"AllUsers:READ"_qs}));
    QCOMPARE(o.value(u"Owner"_qs).toObject().value(u"ID"_qs).toString(), canonicalId("root"));
    o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs);
    QCOMPARE(grantsOf(o), QStringList {root + u":FULL_CONTROL"_qs});
    o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-acl"_qs} << b("aclow"));
    QCOMPARE(grantsOf(o), QStringList {root + u":FULL_CONTROL"_qs});
    // authenticated-read by put-object-acl, read back.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs
                                                                         << u"--acl"_qs << u"authenticated-read"_qs));
    o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs);
    QCOMPARE(grantsOf(o), (QStringList {root + u":FULL_CONTROL"_qs, u"AuthenticatedUsers:READ"_qs}));
    // alice (no policy at all) reads through AuthenticatedUsers; anonymous does not.
    PAIL_VERIFY_RUN(s3api(u"alice"_qs, QStringList {u"get-object"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs
                                                                      << u"out.txt"_qs));
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("403"));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs
                                                                         << u"--acl"_qs << u"private"_qs));
    const ProcessResult r = s3api(u"alice"_qs, QStringList {u"get-object"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs
                                                                              << u"out.txt"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
}

void TestAccessAcl::anonymousRead()
{
    ProcessResult r = curl(u"/aclow/pub.txt"_qs);
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out, QByteArray("200"));
    QFile f(QDir(m_files).filePath(u"curl.out"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("hello acl\n"));
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("403"));
    QCOMPARE(curl(u"/aclow?list-type=2"_qs).out, QByteArray("403"));
}

void TestAccessAcl::objectGrants()
{
    const QStringList get = QStringList {u"get-object"_qs} << b("aclow") << u"--key"_qs << u"granted.txt"_qs << u"out.txt"_qs;
    ProcessResult r = s3api(u"bob"_qs, get);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"granted.txt"_qs
                                                                         << u"--grant-read"_qs
                                                                         << u"id="_qs + canonicalId("bob")));
    PAIL_VERIFY_RUN(s3api(u"bob"_qs, get));
    r = s3api(u"alice"_qs, get);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    const QStringList getAcl = QStringList {u"get-object-acl"_qs} << b("aclow") << u"--key"_qs << u"granted.txt"_qs;
    r = s3api(u"bob"_qs, getAcl);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    // A full AccessControlPolicy document: bob READ_ACP, named with his display name.
    const QByteArray policy = QStringLiteral("{\"Owner\":{\"ID\":\"%1\"},\"Grants\":[ {\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"%1\"},\"Permission\":\"FULL_CONTROL\"}, {\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"%2\"},\"Permission\":\"READ\"}, {\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"%2\"},\"Permission\":\"READ_ACP\"}]}")
                                  .arg(canonicalId("root"), canonicalId("bob"))
                                  .toUtf8();
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"granted.txt"_qs
                                                                         << u"--access-control-policy"_qs
                                                                         << u"file://"_qs + writeFile(u"acp.json"_qs, policy)));
    const QJsonObject o = s3apiJson(u"bob"_qs, getAcl);
    const QString bob = canonicalId("bob").left(8);
    QCOMPARE(grantsOf(o), (QStringList {canonicalId("root").left(8) + u":FULL_CONTROL"_qs, bob + u":READ"_qs,
                                        bob + u":READ_ACP"_qs}));
    QCOMPARE(o.value(u"Grants"_qs).toArray().at(1).toObject().value(u"Grantee"_qs).toObject().value(u"DisplayName"_qs).toString(),
             u"bob"_qs);
    // READ_ACP does not give WRITE_ACP.
    r = s3api(u"bob"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"granted.txt"_qs << u"--acl"_qs
                                                            << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
}

void TestAccessAcl::granteeErrors()
{
    const QStringList put = QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs;
    ProcessResult r = s3api(u"root"_qs, put + QStringList {u"--grant-read"_qs, u"emailAddress=someone@example.com"_qs});
    PAIL_VERIFY2(!r.ok() && r.err.contains("UnresolvableGrantByEmailAddress"), r.describe());
    r = s3api(u"root"_qs, put + QStringList {u"--grant-read"_qs, u"id=0123456789abcdef"_qs});
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidArgument"), r.describe());
    r = s3api(u"root"_qs, put + QStringList {u"--grant-read"_qs, u"uri=http://acs.amazonaws.com/groups/global/Everyone"_qs});
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidArgument"), r.describe());
    r = s3api(u"root"_qs, put + QStringList {u"--acl"_qs, u"world-readable"_qs});
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidArgument"), r.describe());
    const QByteArray bad = QStringLiteral("{\"Owner\":{\"ID\":\"%1\"},\"Grants\":[ {\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"%1\"},\"Permission\":\"EVERYTHING\"}]}")
                               .arg(canonicalId("root"))
                               .toUtf8();
    r = s3api(u"root"_qs, put + QStringList {u"--access-control-policy"_qs, u"file://"_qs + writeFile(u"bad.json"_qs, bad)});
    PAIL_VERIFY2(!r.ok() && r.err.contains("MalformedACLError"), r.describe());
}

void TestAccessAcl::bucketGrants()
{
    const QStringList list = QStringList {u"list-objects-v2"_qs} << b("aclow");
    ProcessResult r = s3api(u"bob"_qs, list);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    const QStringList put = QStringList {u"put-object"_qs} << b("aclow") << u"--key"_qs << u"bob.txt"_qs << u"--body"_qs
                                                           << u"body.txt"_qs;
    r = s3api(u"bob"_qs, put);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    const QString bob = u"id="_qs + canonicalId("bob");
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclow") << u"--grant-read"_qs << bob
                                                                         << u"--grant-write"_qs << bob
                                                                         << u"--grant-full-control"_qs
                                                                         << u"id="_qs + canonicalId("root")));
    const QJsonObject o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-acl"_qs} << b("aclow"));
    QCOMPARE(grantsOf(o).size(), 3);
    QVERIFY(grantsOf(o).contains(canonicalId("bob").left(8) + u":WRITE"_qs));
    PAIL_VERIFY_RUN(s3api(u"bob"_qs, list));
    PAIL_VERIFY_RUN(s3api(u"bob"_qs, put));
    // bob owns what he wrote: the object ACL gives him full control, not root.
    const QJsonObject acl = s3apiJson(u"bob"_qs, QStringList {u"get-object-acl"_qs} << b("aclow") << u"--key"_qs
                                                                                    << u"bob.txt"_qs);
    QCOMPARE(grantsOf(acl), QStringList {canonicalId("bob").left(8) + u":FULL_CONTROL"_qs});
    // Anonymous still cannot list; a public-read bucket ACL lets it.
    QCOMPARE(curl(u"/aclow?list-type=2"_qs).out, QByteArray("403"));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclow") << u"--acl"_qs << u"public-read"_qs));
    QCOMPARE(curl(u"/aclow?list-type=2"_qs).out, QByteArray("200"));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclow") << u"--acl"_qs << u"private"_qs));
    QCOMPARE(curl(u"/aclow?list-type=2"_qs).out, QByteArray("403"));
}

void TestAccessAcl::versionAcl()
{
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"create-bucket"_qs} << b("aclver") << u"--object-ownership"_qs
                                                                        << u"BucketOwnerPreferred"_qs));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-versioning"_qs} << b("aclver")
                                          << u"--versioning-configuration"_qs << u"Status=Enabled"_qs));
    const QStringList put = QStringList {u"put-object"_qs} << b("aclver") << u"--key"_qs << u"v.txt"_qs << u"--body"_qs
                                                           << u"body.txt"_qs;
    const QString v1 = s3apiJson(u"root"_qs, put + QStringList {u"--acl"_qs, u"public-read"_qs}).value(u"VersionId"_qs).toString();
    const QString v2 = s3apiJson(u"root"_qs, put).value(u"VersionId"_qs).toString();
    QVERIFY(!v1.isEmpty() && !v2.isEmpty() && v1 != v2);
    QJsonObject o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclver") << u"--key"_qs << u"v.txt"_qs
                                                                             << u"--version-id"_qs << v1);
    QVERIFY(grantsOf(o).contains(u"AllUsers:READ"_qs));
    o = s3apiJson(u"root"_qs, QStringList {u"get-object-acl"_qs} << b("aclver") << u"--key"_qs << u"v.txt"_qs);
    QCOMPARE(grantsOf(o).size(), 1);
    QCOMPARE(curl(u"/aclver/v.txt?versionId="_qs + v1).out, QByteArray("200"));
    QCOMPARE(curl(u"/aclver/v.txt"_qs).out, QByteArray("403"));
    // PutObjectAcl on the newest version only.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclver") << u"--key"_qs << u"v.txt"_qs
                                                                         << u"--version-id"_qs << v2 << u"--acl"_qs
                                                                         << u"public-read"_qs));
    QCOMPARE(curl(u"/aclver/v.txt"_qs).out, QByteArray("200"));
}

void TestAccessAcl::publicAccessBlock()
{
    const QStringList putBlock = QStringList {u"put-public-access-block"_qs} << b("aclow")
                                                                            << u"--public-access-block-configuration"_qs;
    // IgnorePublicAcls: the public-read object is no longer public.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, putBlock + QStringList {u"IgnorePublicAcls=true"_qs}));
    QJsonObject o = s3apiJson(u"root"_qs, QStringList {u"get-public-access-block"_qs} << b("aclow"));
    const QJsonObject conf = o.value(u"PublicAccessBlockConfiguration"_qs).toObject();
    QCOMPARE(conf.value(u"IgnorePublicAcls"_qs).toBool(), true);
    QCOMPARE(conf.value(u"BlockPublicAcls"_qs).toBool(), false);
    QCOMPARE(curl(u"/aclow/pub.txt"_qs).out, QByteArray("403"));
    // BlockPublicAcls: public ACLs refused on writes and on PutObjectAcl/PutBucketAcl.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, putBlock + QStringList {u"BlockPublicAcls=true,IgnorePublicAcls=false"_qs}));
    QCOMPARE(curl(u"/aclow/pub.txt"_qs).out, QByteArray("200")); // existing grants still count
    ProcessResult r = s3api(u"root"_qs, QStringList {u"put-object"_qs} << b("aclow") << u"--key"_qs << u"p2.txt"_qs
                                                                       << u"--body"_qs << u"body.txt"_qs << u"--acl"_qs
                                                                       << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    r = s3api(u"root"_qs, QStringList {u"put-object-acl"_qs} << b("aclow") << u"--key"_qs << u"priv.txt"_qs
                                                             << u"--grant-read"_qs
                                                             << u"uri=http://acs.amazonaws.com/groups/global/AllUsers"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    r = s3api(u"root"_qs, QStringList {u"put-bucket-acl"_qs} << b("aclow") << u"--acl"_qs << u"public-read"_qs);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    // BlockPublicPolicy: a public bucket policy is refused, a restricted one is not.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, putBlock + QStringList {u"BlockPublicPolicy=true"_qs}));
    const QByteArray publicPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Public\",\"Effect\":\"Allow\", \"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::aclow/priv.txt\"}]}";
    const QString policyFile = u"file://"_qs + writeFile(u"public.json"_qs, publicPolicy);
    const QStringList putPolicy = QStringList {u"put-bucket-policy"_qs} << b("aclow") << u"--policy"_qs << policyFile;
    r = s3api(u"root"_qs, putPolicy);
    PAIL_VERIFY2(!r.ok() && r.err.contains("AccessDenied"), r.describe());
    const QByteArray bobPolicy = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\", \"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:user/bob\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::aclow/*\"}]}")
                                     .toUtf8();
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-bucket-policy"_qs} << b("aclow") << u"--policy"_qs
                                                                            << u"file://"_qs + writeFile(u"bob.json"_qs, bobPolicy)));
    o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-policy-status"_qs} << b("aclow"));
    QCOMPARE(o.value(u"PolicyStatus"_qs).toObject().value(u"IsPublic"_qs).toBool(), false);
    // Without the block the public policy is accepted and the bucket is public.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"delete-public-access-block"_qs} << b("aclow")));
    r = s3api(u"root"_qs, QStringList {u"get-public-access-block"_qs} << b("aclow"));
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchPublicAccessBlockConfiguration"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, putPolicy));
    o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-policy-status"_qs} << b("aclow"));
    QCOMPARE(o.value(u"PolicyStatus"_qs).toObject().value(u"IsPublic"_qs).toBool(), true);
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("200"));
    // RestrictPublicBuckets: the public policy no longer lets anonymous in (nor do public
    // ACLs of the bucket), and the bucket is not public any more; account users still are.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, putBlock + QStringList {u"RestrictPublicBuckets=true"_qs}));
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("403"));
    o = s3apiJson(u"root"_qs, QStringList {u"get-bucket-policy-status"_qs} << b("aclow"));
    QCOMPARE(o.value(u"PolicyStatus"_qs).toObject().value(u"IsPublic"_qs).toBool(), false);
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"delete-public-access-block"_qs} << b("aclow")));
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("200"));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"delete-bucket-policy"_qs} << b("aclow")));
    QCOMPARE(curl(u"/aclow/priv.txt"_qs).out, QByteArray("403"));
}

void TestAccessAcl::simulate()
{
    const QStringList common {u"policy"_qs, u"simulate"_qs, u"--endpoint-url"_qs, m_server.endpoint(), u"--bucket"_qs,
                              u"aclow"_qs};
    ProcessResult r = pailctl(common + QStringList {u"--principal"_qs, u"bob"_qs, u"--action"_qs, u"s3:GetObject"_qs,
                                                    u"--key"_qs, u"granted.txt"_qs});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.startsWith("Allow") && r.out.contains("ACL: allowed by grant 2 of the object ACL"), r.describe());
    r = pailctl(common + QStringList {u"--principal"_qs, u"alice"_qs, u"--action"_qs, u"s3:GetObject"_qs, u"--key"_qs,
                                      u"granted.txt"_qs});
    PAIL_VERIFY2(r.out.startsWith("Deny") && r.out.contains("ACL: no grant"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-public-access-block"_qs} << b("aclow")
                                          << u"--public-access-block-configuration"_qs << u"IgnorePublicAcls=true"_qs));
    r = pailctl(common + QStringList {u"--principal"_qs, u"anonymous"_qs, u"--action"_qs, u"s3:GetObject"_qs, u"--key"_qs,
                                      u"pub.txt"_qs});
    PAIL_VERIFY2(r.out.startsWith("Deny") && r.out.contains("IgnorePublicAcls"), r.describe());
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"delete-public-access-block"_qs} << b("aclow")));
    r = pailctl(common + QStringList {u"--principal"_qs, u"anonymous"_qs, u"--action"_qs, u"s3:GetObject"_qs, u"--key"_qs,
                                      u"pub.txt"_qs});
    PAIL_VERIFY2(r.out.startsWith("Allow") && r.out.contains("Group AllUsers READ"), r.describe());
    // A bucket with ACLs disabled: the ACL is reported as ignored.
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"create-bucket"_qs} << b("aclsim")));
    PAIL_VERIFY_RUN(s3api(u"root"_qs, QStringList {u"put-object"_qs} << b("aclsim") << u"--key"_qs << u"k.txt"_qs
                                                                     << u"--body"_qs << u"body.txt"_qs));
    r = pailctl(QStringList {u"policy"_qs, u"simulate"_qs, u"--endpoint-url"_qs, m_server.endpoint(), u"--bucket"_qs,
                             u"aclsim"_qs, u"--principal"_qs, u"bob"_qs, u"--action"_qs, u"s3:GetObject"_qs,
                             u"--key"_qs, u"k.txt"_qs});
    PAIL_VERIFY2(r.out.startsWith("Deny") && r.out.contains("BucketOwnerEnforced"), r.describe());
}

QTEST_GUILESS_MAIN(TestAccessAcl)
#include "tst_accessacl.moc"
