#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "engine/policy/publicaccess.h"
#include "engine/policy/simulation.h"
#include "engine/policy/templates.h"
#include "engine/server/access.h"

namespace {

Policy::Document parse(const QByteArray &json, const QString &bucket = QStringLiteral("b"))
{
    Policy::ParseOptions o;
    o.bucket = bucket;
    Policy::ParseResult r = Policy::parseDocument(json, o);
    if (!r.ok())
        qWarning() << (r.diagnostics.empty() ? QString() : r.diagnostics.front().toString());
    return r.document.value_or(Policy::Document {});
}

QByteArray statement(const QByteArray &principalAndRest)
{
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\"," + principalAndRest + "}]}";
}

} // namespace

class TestPublicAccess : public QObject
{
    Q_OBJECT

private slots:
    void grants_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("star") << statement("\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/p/*\"") << true;
        QTest::newRow("aws star") << statement("\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"") << true;
        QTest::newRow("user") << statement("\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:user/a\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"") << false;
        QTest::newRow("source ip pins") << statement("\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}") << false;
        QTest::newRow("source ip any") << statement("\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}") << true;
        QTest::newRow("tls only still public") << statement("\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}") << true;
        QTest::newRow("deny star") << QByteArray("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}") << false;
        QTest::newRow("not principal") << statement("\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::000000000000:user/a\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"") << true;
    }

    void grants()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, isPublic);
        const Policy::Document doc = parse(json);
        QVERIFY(!doc.statements.empty());
        const auto grants = Policy::publicGrants(doc);
        QCOMPARE(!grants.empty(), isPublic);
        // The same verdict as the server's GetBucketPolicyStatus.
        QCOMPARE(!grants.empty(), Server::isPublicPolicy(doc));
    }

    void grantSaysWhatAndToWhom()
    {
        const Policy::Document doc = parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":["
"                {\"Sid\":\"Private\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:user/a\"},\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"},"
"                {\"Sid\":\"Pub\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::b/public/*\",\"arn:aws:s3:::b\"],"
"                 \"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}},"
"                {\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::000000000000:user/x\"},\"NotAction\":\"s3:Delete*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}");
        const auto grants = Policy::publicGrants(doc);
        QCOMPARE(grants.size(), size_t(2));
        QCOMPARE(grants[0].statementIndex, 1);
        QCOMPARE(grants[0].sid, QStringLiteral("Pub"));
        QVERIFY(grants[0].except.isEmpty());
        QCOMPARE(grants[0].actions, (QStringList {QStringLiteral("s3:GetObject"), QStringLiteral("s3:ListBucket")}));
        QCOMPARE(grants[0].resources.first(), QStringLiteral("arn:aws:s3:::b/public/*"));
        QCOMPARE(grants[0].conditions, QStringList {QStringLiteral("Bool aws:SecureTransport true")});
        QCOMPARE(grants[1].statementIndex, 2);
        QCOMPARE(grants[1].except, QStringList {QStringLiteral("arn:aws:iam::000000000000:user/x")});
        QVERIFY(grants[1].notAction);
    }

    void templatesPublicOnlyWhereMeant()
    {
        const QMap<QString, QString> values {{QStringLiteral("bucket"), QStringLiteral("b")},
                                             {QStringLiteral("prefix"), QStringLiteral("pub/")},
                                             {QStringLiteral("account"), QStringLiteral("000000000000")},
                                             {QStringLiteral("user"), QStringLiteral("alice")},
                                             {QStringLiteral("cidr"), QStringLiteral("192.0.2.0/24")}};
        QStringList ids;
        for (const Policy::PolicyTemplate &t : Policy::bundledTemplates()) {
            ids.append(t.id);
            const Policy::Document doc = parse(t.instantiate(values).toUtf8());
            QVERIFY2(!doc.statements.empty(), qPrintable(t.id));
            QCOMPARE(!Policy::publicGrants(doc).empty(), t.id == u"public-read-prefix");
        }
        for (const char *id : {"public-read-prefix", "deny-insecure-transport", "deny-unencrypted-uploads",
                               "restrict-source-ip", "read-only-user", "write-only-drop-box"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }

    void principalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        using K = Policy::PrincipalChoice::Kind;
        QTest::newRow("root") << QStringLiteral("root") << int(K::Root) << QString();
        QTest::newRow("account") << QStringLiteral("000000000000") << int(K::Root) << QString();
        QTest::newRow("root arn") << QStringLiteral("arn:aws:iam::000000000000:root") << int(K::Root) << QString();
        QTest::newRow("anonymous") << QStringLiteral("anonymous") << int(K::Anonymous) << QString();
        QTest::newRow("star") << QStringLiteral("*") << int(K::Anonymous) << QString();
        QTest::newRow("name") << QStringLiteral("alice") << int(K::User) << QStringLiteral("alice");
        QTest::newRow("user arn") << QStringLiteral("arn:aws:iam::111122223333:user/team/bob") << int(K::User) << QStringLiteral("bob");
    }

    void principalText()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, user);
        const Policy::PrincipalChoice c = Policy::parsePrincipalText(text, QStringLiteral("000000000000"));
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.userName, user);
    }

    void simulationContext()
    {
        Policy::SimulationRequest r;
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("dir/k.txt");
        r.action = QStringLiteral("HeadObject");
        r.sourceIp = QStringLiteral("192.0.2.7");
        r.secureTransport = true;
        r.principal.arn = QStringLiteral("arn:aws:iam::000000000000:user/alice");
        const Policy::RequestContext ctx = Policy::simulationContext(r);
        QCOMPARE(ctx.action, QStringLiteral("s3:GetObject"));
        QCOMPARE(ctx.resource, QStringLiteral("arn:aws:s3:::b/dir/k.txt"));
        QCOMPARE(ctx.values(QStringLiteral("aws:SourceIp")).value(), QStringList {QStringLiteral("192.0.2.7")});
        QCOMPARE(ctx.values(QStringLiteral("aws:SecureTransport")).value(), QStringList {QStringLiteral("true")});
        QVERIFY(ctx.values(QStringLiteral("aws:CurrentTime")).has_value());
        QVERIFY(!ctx.values(QStringLiteral("s3:prefix")).has_value());
        r.key.clear();
        r.action = QStringLiteral("ListBucket");
        r.hasPrefix = true;
        r.prefix = QStringLiteral("logs/");
        const Policy::RequestContext list = Policy::simulationContext(r);
        QCOMPARE(list.action, QStringLiteral("s3:ListBucket"));
        QCOMPARE(list.resource, QStringLiteral("arn:aws:s3:::b"));
        QCOMPARE(list.values(QStringLiteral("s3:prefix")).value(), QStringList {QStringLiteral("logs/")});
    }

    void identityPoliciesFromAdminAnswer()
    {
        const QByteArray good = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}";
        QJsonObject policies;
        policies.insert(QStringLiteral("read-b"), QString::fromUtf8(good));
        policies.insert(QStringLiteral("broken"), QStringLiteral("{ not json"));
        QJsonObject answer;
        answer.insert(QStringLiteral("policies"), policies);
        const std::vector<Policy::Document> docs =
            Policy::identityPoliciesFromAdminJson(QJsonDocument(answer).toJson(QJsonDocument::Compact));
        QCOMPARE(docs.size(), std::size_t(1));
        QCOMPARE(docs.front().name, QStringLiteral("read-b"));
        QCOMPARE(docs.front().statements.size(), std::size_t(1));
        QVERIFY(Policy::identityPoliciesFromAdminJson("not json").empty());
        QVERIFY(Policy::identityPoliciesFromAdminJson("{\"policies\":{}}").empty());
    }
};

QTEST_GUILESS_MAIN(TestPublicAccess)
#include "tst_publicaccess.moc"
