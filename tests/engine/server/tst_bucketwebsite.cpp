#include <QTemporaryDir>
#include <QTest>

#include "engine/s3/xml/configdocuments.h"
#include "engine/sandbox/localserver.h"
#include "s3testclient.h"

namespace {

const S3::Credentials kRoot {QStringLiteral("ROOTKEY"), QStringLiteral("root-secret"), {}};
const S3::Credentials kBob {QStringLiteral("BOBKEY"), QStringLiteral("bob-secret"), {}};

QByteArray website(const QByteArray &inner)
{
    return "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + inner + "</WebsiteConfiguration>";
}

const QByteArray kIndex = "<IndexDocument><Suffix>index.html</Suffix></IndexDocument>";

} // namespace

// Put/Get/DeleteBucketWebsite (?website) on the real server: the round trip, every refusal with
// AWS's code, status and a message naming the field, and authorisation through policies.
class TestBucketWebsite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::LocalServer::Options o;
        o.dataDir = m_dir.filePath(QStringLiteral("data"));
        o.users = {Server::User::make(QStringLiteral("root"), kRoot.accessKeyId, kRoot.secretAccessKey),
                   Server::User::make(QStringLiteral("bob"), kBob.accessKeyId, kBob.secretAccessKey)};
        o.syncWrites = false;
        o.accessLog = QStringLiteral("off");
        auto endpoint = m_server.start(o);
        QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
        QCOMPARE(client().put("/site").status, 200);
    }
    void cleanupTestCase() { m_server.stop(std::chrono::seconds(1)); }

    void roundTrip()
    {
        TestClient c = client();
        QCOMPARE(c.put("/trip").status, 200);
        TestReply r = c.get("/trip", "website");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NoSuchWebsiteConfiguration"));

        r = c.put("/trip", website(kIndex + "<ErrorDocument><Key>errors/404.html</Key></ErrorDocument>"), "website");
        QCOMPARE(r.status, 200);
        r = c.get("/trip", "website");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/xml"));
        auto doc = S3::WebsiteConfiguration::fromXml(r.body);
        QVERIFY2(doc.has_value(), r.body.constData());
        QCOMPARE(doc->indexDocumentSuffix, QStringLiteral("index.html"));
        QCOMPARE(doc->errorDocumentKey, QStringLiteral("errors/404.html"));

        // A new configuration replaces the old one whole.
        r = c.put("/trip",
                  website("<RedirectAllRequestsTo><HostName>www.example.com</HostName><Protocol>https</Protocol>"
                          "</RedirectAllRequestsTo>"),
                  "website");
        QCOMPARE(r.status, 200);
        r = c.get("/trip", "website");
        QVERIFY(r.body.contains("<RedirectAllRequestsTo><HostName>www.example.com</HostName><Protocol>https</Protocol>"));
        QVERIFY(!r.body.contains("IndexDocument"));

        // Routing rules are kept field by field.
        const QByteArray rules = "<RoutingRules>"
                                 "<RoutingRule><Condition><KeyPrefixEquals>docs/</KeyPrefixEquals></Condition>"
                                 "<Redirect><ReplaceKeyPrefixWith>documents/</ReplaceKeyPrefixWith>"
                                 "<HttpRedirectCode>301</HttpRedirectCode></Redirect></RoutingRule>"
                                 "<RoutingRule><Condition><HttpErrorCodeReturnedEquals>404</HttpErrorCodeReturnedEquals>"
                                 "</Condition><Redirect><HostName>ec2.example.com</HostName><Protocol>http</Protocol>"
                                 "<ReplaceKeyWith>missing.html</ReplaceKeyWith></Redirect></RoutingRule>"
                                 "<RoutingRule><Redirect><HostName>all.example.com</HostName></Redirect></RoutingRule>"
                                 "</RoutingRules>";
        QCOMPARE(c.put("/trip", website(kIndex + rules), "website").status, 200);
        doc = S3::WebsiteConfiguration::fromXml(c.get("/trip", "website").body);
        QVERIFY(doc.has_value());
        QCOMPARE(doc->routingRules.size(), 3);
        QCOMPARE(doc->routingRules.at(0).condition.keyPrefixEquals, QStringLiteral("docs/"));
        QCOMPARE(doc->routingRules.at(0).redirect.replaceKeyPrefixWith, QStringLiteral("documents/"));
        QCOMPARE(doc->routingRules.at(0).redirect.httpRedirectCode, QStringLiteral("301"));
        QCOMPARE(doc->routingRules.at(1).condition.httpErrorCodeReturnedEquals, QStringLiteral("404"));
        QCOMPARE(doc->routingRules.at(1).redirect.replaceKeyWith, QStringLiteral("missing.html"));
        QCOMPARE(doc->routingRules.at(1).redirect.protocol, QStringLiteral("http"));
        QVERIFY(!doc->routingRules.at(2).hasCondition);
        QCOMPARE(doc->routingRules.at(2).redirect.hostName, QStringLiteral("all.example.com"));

        QCOMPARE(c.del("/trip", "website").status, 204);
        QCOMPARE(c.get("/trip", "website").errorCode(), QStringLiteral("NoSuchWebsiteConfiguration"));
        QCOMPARE(c.del("/trip", "website").status, 204); // nothing to delete is no error

        // A missing bucket.
        r = c.get("/no-such-site", "website");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NoSuchBucket"));
        QCOMPARE(c.put("/no-such-site", website(kIndex), "website").errorCode(), QStringLiteral("NoSuchBucket"));
        QCOMPARE(c.del("/no-such-site", "website").errorCode(), QStringLiteral("NoSuchBucket"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("message"); // a part of <Message>
        const QString malformed = QStringLiteral("MalformedXML");
        const QString invalid = QStringLiteral("InvalidArgument");
        const QByteArray mustIndex = "IndexDocument Suffix must be provided";
        auto rule = [](const QByteArray &inner) { return website(kIndex + "<RoutingRules><RoutingRule>" + inner + "</RoutingRule></RoutingRules>"); };

        QTest::newRow("not xml") << QByteArray("index.html") << malformed << QByteArray();
        QTest::newRow("truncated") << QByteArray("<WebsiteConfiguration><IndexDocument>") << malformed << QByteArray();
        QTest::newRow("wrong root") << QByteArray("<CORSConfiguration/>") << malformed << QByteArray();
        QTest::newRow("external entity")
            << QByteArray("<!DOCTYPE WebsiteConfiguration [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                          "<WebsiteConfiguration><IndexDocument><Suffix>&x;</Suffix></IndexDocument></WebsiteConfiguration>")
            << malformed << QByteArray();
        QTest::newRow("index without suffix") << website("<IndexDocument/>") << malformed << QByteArray();
        QTest::newRow("error without key") << website(kIndex + "<ErrorDocument/>") << malformed << QByteArray();
        QTest::newRow("redirect without host")
            << website("<RedirectAllRequestsTo><Protocol>https</Protocol></RedirectAllRequestsTo>") << malformed << QByteArray();
        QTest::newRow("rule without redirect")
            << rule("<Condition><KeyPrefixEquals>a/</KeyPrefixEquals></Condition>") << malformed << QByteArray();
        QTest::newRow("unknown element") << website(kIndex + "<Index>x</Index>") << malformed << QByteArray();

        QTest::newRow("empty") << website({}) << invalid << mustIndex;
        QTest::newRow("only error document") << website("<ErrorDocument><Key>e.html</Key></ErrorDocument>") << invalid << mustIndex;
        QTest::newRow("empty suffix") << website("<IndexDocument><Suffix></Suffix></IndexDocument>") << invalid << mustIndex;
        QTest::newRow("suffix with slash") << website("<IndexDocument><Suffix>a/index.html</Suffix></IndexDocument>") << invalid
                                           << QByteArray("The IndexDocument Suffix is not well formed");
        QTest::newRow("empty error key") << website(kIndex + "<ErrorDocument><Key></Key></ErrorDocument>") << invalid
                                         << QByteArray("ErrorDocument Key");
        QTest::newRow("redirect and index")
            << website("<RedirectAllRequestsTo><HostName>example.com</HostName></RedirectAllRequestsTo>" + kIndex) << invalid
            << QByteArray("RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.");
        QTest::newRow("empty host")
            << website("<RedirectAllRequestsTo><HostName> </HostName></RedirectAllRequestsTo>") << invalid
            << QByteArray("RedirectAllRequestsTo HostName");
        QTest::newRow("redirect protocol")
            << website("<RedirectAllRequestsTo><HostName>example.com</HostName><Protocol>ftp</Protocol></RedirectAllRequestsTo>")
            << invalid << QByteArray("Invalid protocol, protocol can be http or https");
        QTest::newRow("empty condition") << rule("<Condition/><Redirect><HostName>a.example</HostName></Redirect>") << invalid
                                         << QByteArray("Condition cannot be empty");
        QTest::newRow("error code 200")
            << rule("<Condition><HttpErrorCodeReturnedEquals>200</HttpErrorCodeReturnedEquals></Condition>"
                    "<Redirect><HostName>a.example</HostName></Redirect>")
            << invalid << QByteArray("HttpErrorCodeReturnedEquals");
        QTest::newRow("redirect code 300")
            << rule("<Redirect><HttpRedirectCode>300</HttpRedirectCode></Redirect>") << invalid
            << QByteArray("Valid codes are 3XX except 300. (HttpRedirectCode)");
        QTest::newRow("redirect code text")
            << rule("<Redirect><HttpRedirectCode>moved</HttpRedirectCode></Redirect>") << invalid << QByteArray("HttpRedirectCode");
        QTest::newRow("rule protocol") << rule("<Redirect><Protocol>gopher</Protocol></Redirect>") << invalid
                                       << QByteArray("(Redirect Protocol)");
        QTest::newRow("key and prefix")
            << rule("<Redirect><ReplaceKeyPrefixWith>a/</ReplaceKeyPrefixWith><ReplaceKeyWith>b</ReplaceKeyWith></Redirect>")
            << invalid << QByteArray("You can only define ReplaceKeyPrefix or ReplaceKey but not both.");
        QTest::newRow("empty redirect") << rule("<Redirect/>") << invalid << QByteArray("Redirect must contain at least one");
        QByteArray many;
        for (int i = 0; i < 51; ++i)
            many += "<RoutingRule><Redirect><HostName>h.example</HostName></Redirect></RoutingRule>";
        QTest::newRow("51 rules") << website(kIndex + "<RoutingRules>" + many + "</RoutingRules>") << invalid
                                  << QByteArray("RoutingRules must not exceed 50");
    }

    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QByteArray, message);
        TestClient c = client();
        QCOMPARE(c.put("/site", website(kIndex + "<ErrorDocument><Key>kept.html</Key></ErrorDocument>"), "website").status, 200);
        const TestReply r = c.put("/site", body, "website");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QVERIFY2(r.body.contains("<Message>"), r.body.constData());
        QVERIFY2(r.body.contains(message), r.body.constData());
        QVERIFY(!r.body.contains("root:")); // no external entity was read
        // The stored configuration is untouched.
        QVERIFY(c.get("/site", "website").body.contains("<Key>kept.html</Key>"));
    }

    void policies()
    {
        TestClient root = client();
        QCOMPARE(root.put("/guarded").status, 200);
        TestClient bob = client(kBob);
        // A user without any policy: implicit deny.
        QCOMPARE(bob.put("/guarded", website(kIndex), "website").errorCode(), QStringLiteral("AccessDenied"));
        QCOMPARE(bob.get("/guarded", "website").status, 403);

        // The bucket policy lets bob read the configuration and denies everyone its change.
        const QByteArray policy = R"({"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/bob"},"Action":"s3:GetBucketWebsite",
             "Resource":"arn:aws:s3:::guarded"},
            {"Effect":"Deny","Principal":"*","Action":["s3:PutBucketWebsite","s3:DeleteBucketWebsite"],
             "Resource":"arn:aws:s3:::guarded"}]})";
        QCOMPARE(root.put("/guarded", website(kIndex), "website").status, 200);
        TestReply r = root.put("/guarded", policy, "policy");
        QVERIFY2(r.status == 204, r.body.constData());
        r = root.put("/guarded", website("<IndexDocument><Suffix>other.html</Suffix></IndexDocument>"), "website");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AccessDenied"));
        QCOMPARE(root.del("/guarded", "website").errorCode(), QStringLiteral("AccessDenied"));
        QCOMPARE(bob.put("/guarded", website(kIndex), "website").errorCode(), QStringLiteral("AccessDenied"));
        r = bob.get("/guarded", "website");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<Suffix>index.html</Suffix>"));
        QVERIFY(root.get("/guarded", "website").body.contains("<Suffix>index.html</Suffix>"));
        QCOMPARE(root.del("/guarded", "policy").status, 204);
        QCOMPARE(root.del("/guarded", "website").status, 204);
    }

private:
    TestClient client(const S3::Credentials &c = kRoot) { return TestClient(m_server.port(), c); }

    QTemporaryDir m_dir;
    Sandbox::LocalServer m_server;
};

QTEST_GUILESS_MAIN(TestBucketWebsite)
#include "tst_bucketwebsite.moc"
