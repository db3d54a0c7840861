#include <QTest>

#include "engine/policy/document.h"
#include "engine/policy/templates.h"

using namespace Qt::StringLiterals;
using Policy::ParseOptions;
using Policy::PolicyKind;

namespace {

ParseOptions bucketOptions(const QString &bucket = u"photos"_s)
{
    ParseOptions o;
    o.kind = PolicyKind::Bucket;
    o.bucket = bucket;
    return o;
}

// A bucket policy statement with the given extra members, wrapped in a document.
QByteArray bucketPolicy(const QByteArray &statementBody)
{
    return R"({"Version":"2012-10-17","Statement":[{)" + statementBody + "}]}";
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void validDocument();
    void statementAsObject();
    void invalidDocuments_data();
    void invalidDocuments();
    void errorPositionNamesTheLine();
    void identityPolicies();
    void allErrorsReported();
    void toErrorIsMalformedPolicy();
    void jsonSyntaxErrorKeepsPosition();
    void oversizedDocument();
    void deepNesting();
    void templates_data();
    void templates();
};

void TestDocument::validDocument()
{
    const QByteArray json = R"({
  "Version": "2012-10-17",
  "Id": "Policy1",
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Principal": {"AWS": ["arn:aws:iam::000000000000:user/alice", "111122223333"]},
      "Action": ["s3:GetObject", "s3:Get*", "s3:List?ucket"],
      "Resource": ["arn:aws:s3:::photos/*", "arn:aws:s3:::photos"],
      "Condition": {
        "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]},
        "NumericLessThanEquals": {"s3:max-keys": 100},
        "Bool": {"aws:SecureTransport": true},
        "ForAnyValue:StringLikeIfExists": {"s3:RequestObjectTag/team": "a*"}
      }
    },
    {
      "Effect": "Deny",
      "NotPrincipal": {"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
      "NotAction": "s3:*Object",
      "NotResource": "arn:aws:s3:::photos/public/*"
    }
  ]
})";
    const auto r = Policy::parseDocument(json, bucketOptions());
    for (const auto &d : r.diagnostics)
        qWarning() << d.toString();
    QVERIFY(r.ok());
    const Policy::Document &doc = *r.document;
    QCOMPARE(doc.version, u"2012-10-17"_s);
    QCOMPARE(doc.id, u"Policy1"_s);
    QCOMPARE(doc.statements.size(), size_t(2));
    const Policy::Statement &s0 = doc.statements[0];
    QCOMPARE(s0.sid, u"Read"_s);
    QCOMPARE(s0.effect, Policy::Effect::Allow);
    QVERIFY(s0.principal);
    QCOMPARE(s0.principal->aws.size(), 2);
    QCOMPARE(s0.actions.size(), 3);
    QCOMPARE(s0.conditions.size(), size_t(4));
    QCOMPARE(s0.conditions[1].values, QStringList { u"100"_s });
    QCOMPARE(s0.conditions[2].values, QStringList { u"true"_s });
    QCOMPARE(s0.conditions[3].op.qualifier, Policy::ConditionOperator::SetQualifier::ForAnyValue);
    QVERIFY(s0.conditions[3].op.ifExists);
    QCOMPARE(s0.conditions[0].pos.line, 12);
    const Policy::Statement &s1 = doc.statements[1];
    QVERIFY(s1.notPrincipal && s1.notAction && s1.notResource);
    QCOMPARE(s1.effect, Policy::Effect::Deny);
}

void TestDocument::statementAsObject()
{
    const auto r = Policy::parseDocument(
        R"({"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"}})",
        bucketOptions());
    QVERIFY(r.ok());
    QCOMPARE(r.document->statements.size(), size_t(1));
    QVERIFY(r.document->version.isEmpty());
    QVERIFY(!r.document->supportsVariables());
}

void TestDocument::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");

    const QByteArray okPrincipal = R"("Principal":"*",)";
    const QByteArray okAction = R"("Action":"s3:GetObject",)";
    const QByteArray okResource = R"("Resource":"arn:aws:s3:::photos/*")";
    const QByteArray okBody = R"("Effect":"Allow",)" + okPrincipal + okAction + okResource;

    QTest::newRow("not an object") << QByteArray("[]") << u"Policy document must be a JSON object"_s << QString();
    QTest::newRow("no statement") << QByteArray(R"({"Version":"2012-10-17"})") << u"Missing required field Statement"_s
                                  << u"Statement"_s;
    QTest::newRow("empty statement list") << QByteArray(R"({"Version":"2012-10-17","Statement":[]})")
                                          << u"Missing required field Statement"_s << u"Statement"_s;
    QTest::newRow("bad version") << QByteArray(R"({"Version":"2012-10-18","Statement":[{)" + okBody + "}]}")
                                 << u"Invalid policy version: 2012-10-18"_s << u"Version"_s;
    QTest::newRow("unknown top field") << QByteArray(R"({"Versoin":"2012-10-17","Statement":[{)" + okBody + "}]}")
                                       << u"Unknown field Versoin"_s << u"Versoin"_s;
    QTest::newRow("missing effect") << bucketPolicy(okPrincipal + okAction + okResource)
                                    << u"Missing required field Effect"_s << u"Effect"_s;
    QTest::newRow("bad effect") << bucketPolicy(R"("Effect":"Alow",)" + okPrincipal + okAction + okResource)
                                << u"Invalid effect: Alow"_s << u"Effect"_s;
    QTest::newRow("missing principal") << bucketPolicy(R"("Effect":"Allow",)" + okAction + okResource)
                                       << u"Missing required field Principal"_s << u"Principal"_s;
    QTest::newRow("missing action") << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + okResource)
                                    << u"Missing required field Action"_s << u"Action"_s;
    QTest::newRow("missing resource") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + R"("Action":"s3:GetObject")")
                                      << u"Missing required field Resource"_s << u"Resource"_s;
    QTest::newRow("unknown s3 action") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + R"("Action":"s3:GetObjekt",)" + okResource)
                                       << u"Policy has invalid action"_s << u"Action"_s;
    QTest::newRow("wildcard matching nothing")
        << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + R"("Action":"s3:Fetch*",)" + okResource)
        << u"Policy has invalid action"_s << u"Action"_s;
    QTest::newRow("malformed action") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + R"("Action":"GetObject",)" + okResource)
                                      << u"Policy has invalid action"_s << u"Action"_s;
    QTest::newRow("other service in bucket policy")
        << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + R"("Action":"ec2:RunInstances",)" + okResource)
        << u"Policy has invalid action"_s << u"Action"_s;
    QTest::newRow("action not a string") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + R"("Action":[1],)" + okResource)
                                         << u"Policy has invalid action"_s << u"Action"_s;
    QTest::newRow("resource other bucket")
        << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + okAction + R"("Resource":"arn:aws:s3:::videos/*")")
        << u"Policy has invalid resource"_s << u"Resource"_s;
    QTest::newRow("resource star in bucket policy")
        << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + okAction + R"("Resource":"*")")
        << u"Policy has invalid resource"_s << u"Resource"_s;
    QTest::newRow("resource not an arn") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + okAction + R"("Resource":"photos/*")")
                                         << u"Policy has invalid resource"_s << u"Resource"_s;
    QTest::newRow("resource with region") << bucketPolicy(
        R"("Effect":"Allow",)" + okPrincipal + okAction + R"("Resource":"arn:aws:s3:eu-west-1::photos")")
                                          << u"Policy has invalid resource"_s << u"Resource"_s;
    QTest::newRow("bad principal string")
        << bucketPolicy(R"("Effect":"Allow","Principal":"alice",)" + okAction + okResource)
        << u"Invalid principal in policy"_s << u"Principal"_s;
    QTest::newRow("bad principal arn") << bucketPolicy(
        R"("Effect":"Allow","Principal":{"AWS":"arn:aws:iam::12:user/x"},)" + okAction + okResource)
                                       << u"Invalid principal in policy"_s << u"Principal"_s;
    QTest::newRow("bad principal type") << bucketPolicy(
        R"("Effect":"Allow","Principal":{"Users":"alice"},)" + okAction + okResource)
                                        << u"Invalid principal in policy"_s << u"Principal"_s;
    QTest::newRow("both Action and NotAction")
        << bucketPolicy(R"("Effect":"Allow",)" + okPrincipal + okAction + R"("NotAction":"s3:PutObject",)" + okResource)
        << u"Statement cannot contain both Action and NotAction"_s << u"NotAction"_s;
    QTest::newRow("unknown statement field")
        << bucketPolicy(okBody + R"(,"Condtion":{})") << u"Unknown field Condtion"_s << u"Condtion"_s;
    QTest::newRow("bad operator") << bucketPolicy(okBody + R"(,"Condition":{"StringEqualz":{"aws:UserAgent":"x"}})")
                                  << u"Invalid Condition operator: StringEqualz"_s << u"Condition"_s;
    QTest::newRow("NullIfExists") << bucketPolicy(okBody + R"(,"Condition":{"NullIfExists":{"aws:UserAgent":"true"}})")
                                  << u"Invalid Condition operator: NullIfExists"_s << u"Condition"_s;
    QTest::newRow("bad set prefix") << bucketPolicy(
        okBody + R"(,"Condition":{"ForSomeValues:StringLike":{"aws:UserAgent":"x"}})")
                                    << u"Invalid Condition operator: ForSomeValues:StringLike"_s << u"Condition"_s;
    QTest::newRow("bad cidr") << bucketPolicy(okBody + R"(,"Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.300/8"}})")
                              << u"Invalid value for condition operator IpAddress: 10.0.0.300/8"_s << u"Condition"_s;
    QTest::newRow("bad number") << bucketPolicy(okBody + R"(,"Condition":{"NumericEquals":{"s3:max-keys":"ten"}})")
                                << u"Invalid value for condition operator NumericEquals: ten"_s << u"Condition"_s;
    QTest::newRow("bad date") << bucketPolicy(okBody + R"(,"Condition":{"DateLessThan":{"aws:CurrentTime":"soon"}})")
                              << u"Invalid value for condition operator DateLessThan: soon"_s << u"Condition"_s;
    QTest::newRow("bad bool") << bucketPolicy(okBody + R"(,"Condition":{"Bool":{"aws:SecureTransport":"yes"}})")
                              << u"Invalid value for condition operator Bool: yes"_s << u"Condition"_s;
    QTest::newRow("unknown condition key")
        << bucketPolicy(okBody + R"(,"Condition":{"StringEquals":{"s3:prefixx":"a"}})")
        << u"Policy has an invalid condition key: s3:prefixx"_s << u"Condition"_s;
    QTest::newRow("condition value object")
        << bucketPolicy(okBody + R"(,"Condition":{"StringEquals":{"s3:prefix":{"a":1}}})")
        << u"Invalid Condition value for s3:prefix: a string, number or boolean is expected"_s << u"Condition"_s;
    QTest::newRow("empty condition values")
        << bucketPolicy(okBody + R"(,"Condition":{"StringEquals":{"s3:prefix":[]}})")
        << u"Condition key s3:prefix has no values"_s << u"Condition"_s;
    QTest::newRow("sid not alphanumeric")
        << bucketPolicy(R"("Sid":"read-all",)" + okBody) << u"Statement IDs (SID) must be alpha-numeric"_s << u"Sid"_s;
    QTest::newRow("duplicate sid") << QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Sid":"A",)" + okBody + R"(},{"Sid":"A",)" + okBody + "}]}")
                                   << u"Statement IDs (SID) in a single policy must be unique"_s << u"Sid"_s;
    QTest::newRow("duplicate key") << QByteArray(R"({"Statement":[{"Effect":"Allow","Effect":"Deny"}]})")
                                   << u"This policy contains invalid Json: Duplicate key \"Effect\""_s << QString();
}

void TestDocument::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const auto r = Policy::parseDocument(json, bucketOptions());
    QVERIFY(!r.ok());
    QVERIFY(!r.diagnostics.empty());
    const auto it = std::find_if(
        r.diagnostics.begin(), r.diagnostics.end(), [&](const Policy::Diagnostic &d) { return d.message == message; });
    QStringList all;
    for (const auto &d : r.diagnostics)
        all.append(d.toString());
    QVERIFY2(it != r.diagnostics.end(), qPrintable(all.join(u" | ")));
    QCOMPARE(it->field, field);
    QVERIFY(it->pos.line >= 1);
    QVERIFY(it->pos.column >= 1);
}

void TestDocument::errorPositionNamesTheLine()
{
    const QByteArray json = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "First",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::photos/*"
    },
    {
      "Sid": "Second",
      "Effect": "Allow",
      "Principal": "*",
      "Action": [
        "s3:ListBucket",
        "s3:GetObjekt"
      ],
      "Resource": "arn:aws:s3:::photos/*"
    }
  ]
})";
    const auto r = Policy::parseDocument(json, bucketOptions());
    QCOMPARE(r.diagnostics.size(), size_t(1));
    const Policy::Diagnostic &d = r.diagnostics.front();
    QCOMPARE(d.message, u"Policy has invalid action"_s);
    QCOMPARE(d.pos.line, 17);
    QCOMPARE(d.pos.column, 9);
    QCOMPARE(d.statementIndex, 1);
    QCOMPARE(d.sid, u"Second"_s);
    QCOMPARE(d.field, u"Action"_s);
    QCOMPARE(d.toString(), u"line 17, column 9: Statement 2 (Sid \"Second\"), Action: Policy has invalid action"_s);
}

void TestDocument::identityPolicies()
{
    ParseOptions identity;
    identity.kind = PolicyKind::Identity;
    const QByteArray ok = R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["s3:*","iam:GetUser"],"Resource":"*"},
        {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]})";
    const auto r = Policy::parseDocument(ok, identity);
    QVERIFY(r.ok());

    const QByteArray withPrincipal
        = R"({"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]})";
    const auto bad = Policy::parseDocument(withPrincipal, identity);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.front().message, u"Policy document should not specify a principal."_s);
    QCOMPARE(bad.diagnostics.front().field, u"Principal"_s);

    const QByteArray unknownService = R"({"Statement":[{"Effect":"Allow","Action":"foo:Bar","Resource":"*"}]})";
    const auto bad2 = Policy::parseDocument(unknownService, identity);
    QVERIFY(!bad2.ok());
    QCOMPARE(bad2.diagnostics.front().message, u"Policy has invalid action"_s);
}

void TestDocument::allErrorsReported()
{
    const QByteArray json = R"({"Statement":[{"Effect":"Maybe","Action":"s3:Nope","Resource":"arn:aws:s3:::other"}]})";
    const auto r = Policy::parseDocument(json, bucketOptions());
    QStringList messages;
    for (const auto &d : r.diagnostics)
        messages.append(d.message);
    QVERIFY(messages.contains(u"Invalid effect: Maybe"_s));
    QVERIFY(messages.contains(u"Missing required field Principal"_s));
    QVERIFY(messages.contains(u"Policy has invalid action"_s));
    QVERIFY(messages.contains(u"Policy has invalid resource"_s));
    // Diagnostics come in source order for the editor.
    for (size_t i = 1; i < r.diagnostics.size(); ++i) {
        const auto &a = r.diagnostics[i - 1].pos;
        const auto &b = r.diagnostics[i].pos;
        QVERIFY(a.line < b.line || (a.line == b.line && a.column <= b.column));
    }
}

void TestDocument::toErrorIsMalformedPolicy()
{
    const auto r = Policy::parseOrError(
        bucketPolicy(R"("Effect":"Allow","Principal":"*","Action":"s3:Foo","Resource":"arn:aws:s3:::photos")"),
        bucketOptions());
    QVERIFY(!r);
    QCOMPARE(r.error().code, Core::ErrorCode::MalformedPolicy);
    QCOMPARE(r.error().message, u"Policy has invalid action"_s);
}

void TestDocument::jsonSyntaxErrorKeepsPosition()
{
    const auto r
        = Policy::parseDocument("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}", bucketOptions());
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QCOMPARE(r.diagnostics.front().pos.line, 3);
    QCOMPARE(r.diagnostics.front().pos.column, 24);
    QVERIFY(r.diagnostics.front().message.startsWith(u"This policy contains invalid Json"));
}

void TestDocument::oversizedDocument()
{
    QByteArray statements;
    for (int i = 0; i < 200; ++i) {
        if (i)
            statements += ',';
        statements
            += R"({"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/some/long/prefix/number/)"
            + QByteArray::number(i) + R"(/*"})";
    }
    const QByteArray json = R"({"Version":"2012-10-17","Statement":[)" + statements + "]}";
    QVERIFY(json.size() > 20 * 1024);
    const auto r = Policy::parseDocument(json, bucketOptions());
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.front().message.startsWith(u"Policy exceeds the maximum allowed document size"));
    ParseOptions larger = bucketOptions();
    larger.maxBytes = 1024 * 1024;
    QVERIFY(Policy::parseDocument(json, larger).ok());
}

void TestDocument::deepNesting()
{
    const QByteArray json = R"({"Statement":[{"Condition":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}";
    ParseOptions o = bucketOptions();
    o.maxBytes = 0;
    const auto r = Policy::parseDocument(json, o);
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.front().message.contains(u"nesting"));
}

void TestDocument::templates_data()
{
    QTest::addColumn<int>("index");
    const auto &all = Policy::bundledTemplates();
    QCOMPARE(all.size(), size_t(7));
    for (size_t i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].id)) << int(i);
}

void TestDocument::templates()
{
    QFETCH(int, index);
    const Policy::PolicyTemplate &t = Policy::bundledTemplates().at(size_t(index));
    QVERIFY(!t.title.isEmpty());
    QVERIFY(!t.description.isEmpty());
    QVERIFY(t.parameters.contains(u"bucket"_s));
    const QMap<QString, QString> values {
        { u"bucket"_s, u"photos"_s },
        { u"prefix"_s, u"public/"_s },
        { u"account"_s, u"000000000000"_s },
        { u"user"_s, u"alice"_s },
        { u"cidr"_s, u"192.168.0.0/16"_s },
    };
    const QString json = t.instantiate(values);
    QVERIFY(!json.contains(u"{{"));
    const auto r = Policy::parseDocument(json.toUtf8(), bucketOptions(u"photos"_s));
    QStringList all;
    for (const auto &d : r.diagnostics)
        all.append(d.toString());
    QVERIFY2(r.ok(), qPrintable(all.join(u" | ")));
    // The same template for another bucket does not validate against this one.
    const auto other = Policy::parseDocument(json.toUtf8(), bucketOptions(u"videos"_s));
    QVERIFY(!other.ok());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
