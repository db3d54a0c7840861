#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

namespace {

// A realistic configuration: logs go to STANDARD_IA after 30 days, GLACIER after 90, expire after
// 365; noncurrent versions go after 30 days; stale multipart uploads after 7.
const QByteArray kRules = R"({
  "Rules": [
    {
      "ID": "archive-logs",
      "Filter": {"Prefix": "logs/"},
      "Status": "Enabled",
      "Transitions": [
        {"Days": 30, "StorageClass": "STANDARD_IA"},
        {"Days": 90, "StorageClass": "GLACIER"}
      ],
      "Expiration": {"Days": 365},
      "NoncurrentVersionExpiration": {"NoncurrentDays": 30}
    },
    {
      "ID": "abort-uploads",
      "Filter": {},
      "Status": "Enabled",
      "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}
    }
  ]
})";

} // namespace

// aws-cli (Debian's /usr/bin/aws) against `pailctl serve`: versioning, lifecycle configuration,
// the sandbox clock advanced with `pailctl sandbox advance`, and Glacier restores.
class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void versioning();
    void lifecycleRunsOnTheSandboxClock();
    void restoreGlacierObject();
    void sandboxCommandNeedsRoot();

private:
    ProcessResult aws(const QStringList &args) const;
    ProcessResult pailctl(const QStringList &args) const;
    QJsonObject awsJson(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &content);

    IntegrationSupport::ServerFixture m_server;
    QString m_aws;
    QString m_files;
};

void TestLifecycle::initTestCase()
{
    m_aws = QStringLiteral("/usr/bin/aws");
    if (!QFileInfo(m_aws).isExecutable())
        QSKIP("Debian's aws-cli is not installed");
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {QStringLiteral("--user"), QStringLiteral("bob:BOBKEY:bob-secret")}), error);
    m_files = m_server.newScratchFolder(QStringLiteral("files"));
}

void TestLifecycle::cleanupTestCase()
{
    if (!m_server.isRunning())
        return;
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

ProcessResult TestLifecycle::aws(const QStringList &args) const
{
    return m_server.run(m_aws, QStringList {u"--endpoint-url"_qs, m_server.endpoint(), u"--output"_qs, u"json"_qs} + args,
                        120000);
}

ProcessResult TestLifecycle::pailctl(const QStringList &args) const
{
    return m_server.run(m_server.pailctlPath(), args + QStringList {u"--endpoint-url"_qs, m_server.endpoint()}, 60000);
}

QJsonObject TestLifecycle::awsJson(const QStringList &args)
{
    const ProcessResult r = aws(args);
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

QString TestLifecycle::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

void TestLifecycle::versioning()
{
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"create-bucket"_qs, u"--bucket"_qs, u"ver"_qs}));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-bucket-versioning"_qs, u"--bucket"_qs, u"ver"_qs,
                         u"--versioning-configuration"_qs, u"Status=Enabled"_qs}));
    QCOMPARE(awsJson({u"s3api"_qs, u"get-bucket-versioning"_qs, u"--bucket"_qs, u"ver"_qs}).value(u"Status"_qs).toString(),
             u"Enabled"_qs);
    const QString body = writeFile(u"v.txt"_qs, "versioned");
    const QString v1 = awsJson({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs,
                                u"--body"_qs, body})
                           .value(u"VersionId"_qs)
                           .toString();
    const QString v2 = awsJson({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs,
                                u"--body"_qs, body})
                           .value(u"VersionId"_qs)
                           .toString();
    QVERIFY(!v1.isEmpty() && v1 != v2);
    const QJsonObject del = awsJson({u"s3api"_qs, u"delete-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs});
    QVERIFY(del.value(u"DeleteMarker"_qs).toBool());
    const QString marker = del.value(u"VersionId"_qs).toString();
    const QJsonObject list = awsJson({u"s3api"_qs, u"list-object-versions"_qs, u"--bucket"_qs, u"ver"_qs});
    const QJsonArray versions = list.value(u"Versions"_qs).toArray();
    const QJsonArray markers = list.value(u"DeleteMarkers"_qs).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first().toObject().value(u"VersionId"_qs).toString(), marker);
    QVERIFY(markers.first().toObject().value(u"IsLatest"_qs).toBool());
    QCOMPARE(versions.first().toObject().value(u"VersionId"_qs).toString(), v2);
    // head-object of the key: 404; get-object of the marker version: 405.
    ProcessResult r = aws({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("404"), r.err.constData());
    r = aws({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs, u"--version-id"_qs, marker,
             m_files + u"/out"_qs});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("MethodNotAllowed"), r.err.constData());
    // The older version by id, then the marker removed by id.
    const QJsonObject got = awsJson({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs,
                                     u"--version-id"_qs, v1, m_files + u"/out"_qs});
    QCOMPARE(got.value(u"VersionId"_qs).toString(), v1);
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"delete-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs,
                         u"--version-id"_qs, marker}));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs}));
    // Suspended keeps the bucket versioned.
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-bucket-versioning"_qs, u"--bucket"_qs, u"ver"_qs,
                         u"--versioning-configuration"_qs, u"Status=Suspended"_qs}));
    QCOMPARE(awsJson({u"s3api"_qs, u"get-bucket-versioning"_qs, u"--bucket"_qs, u"ver"_qs}).value(u"Status"_qs).toString(),
             u"Suspended"_qs);
    const QJsonObject put = awsJson({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, u"ver"_qs, u"--key"_qs, u"k"_qs,
                                     u"--body"_qs, body});
    QVERIFY(!put.contains(u"VersionId"_qs));
    const QJsonObject after = awsJson({u"s3api"_qs, u"list-object-versions"_qs, u"--bucket"_qs, u"ver"_qs,
                                       u"--max-items"_qs, u"10"_qs});
    QCOMPARE(after.value(u"Versions"_qs).toArray().first().toObject().value(u"VersionId"_qs).toString(), u"null"_qs);
}

void TestLifecycle::lifecycleRunsOnTheSandboxClock()
{
    const QString bucket = u"lifecycle-demo"_qs;
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"create-bucket"_qs, u"--bucket"_qs, bucket}));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-bucket-versioning"_qs, u"--bucket"_qs, bucket,
                         u"--versioning-configuration"_qs, u"Status=Enabled"_qs}));
    ProcessResult r = aws({u"s3api"_qs, u"get-bucket-lifecycle-configuration"_qs, u"--bucket"_qs, bucket});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("NoSuchLifecycleConfiguration"), r.err.constData());
    const QString rules = writeFile(u"rules.json"_qs, kRules);
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-bucket-lifecycle-configuration"_qs, u"--bucket"_qs, bucket,
                         u"--lifecycle-configuration"_qs, u"file://"_qs + rules}));
    const QJsonObject got = awsJson({u"s3api"_qs, u"get-bucket-lifecycle-configuration"_qs, u"--bucket"_qs, bucket});
    const QJsonArray gotRules = got.value(u"Rules"_qs).toArray();
    QCOMPARE(gotRules.size(), 2);
    QCOMPARE(gotRules.first().toObject().value(u"ID"_qs).toString(), u"archive-logs"_qs);
    QCOMPARE(gotRules.first().toObject().value(u"Transitions"_qs).toArray().size(), 2);
    // An invalid document is refused with AWS's code and a message naming the rule.
    const QString bad = writeFile(u"bad.json"_qs, R"({"Rules":[{"ID":"too-early","Filter":{},"Status":"Enabled",
        "Transitions":[{"Days":5,"StorageClass":"STANDARD_IA"}]}]})");
    r = aws({u"s3api"_qs, u"put-bucket-lifecycle-configuration"_qs, u"--bucket"_qs, bucket,
             u"--lifecycle-configuration"_qs, u"file://"_qs + bad});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("InvalidArgument") && r.err.contains("too-early"), r.err.constData());

    const QString body = writeFile(u"log.txt"_qs, "log line\n");
    const QJsonObject first = awsJson({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs,
                                       u"logs/app.log"_qs, u"--body"_qs, body});
    const QJsonObject second = awsJson({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs,
                                        u"logs/app.log"_qs, u"--body"_qs, body});
    QVERIFY(second.value(u"Expiration"_qs).toString().contains(u"rule-id=\"archive-logs\""_qs));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"data/keep.bin"_qs,
                         u"--body"_qs, body}));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"create-multipart-upload"_qs, u"--bucket"_qs, bucket, u"--key"_qs,
                         u"data/stale.bin"_qs}));

    // The plan the CLI predicts for the bucket's actual objects.
    r = pailctl({u"lifecycle"_qs, u"plan"_qs, u"--file"_qs, rules, u"--bucket"_qs, bucket, u"--days"_qs, u"400"_qs});
    PAIL_VERIFY_RUN(r);
    QVERIFY2(r.out.contains("rule 'archive-logs'"), r.out.constData());
    QVERIFY2(r.out.contains("day 30: transition to STANDARD_IA"), r.out.constData());
    QVERIFY2(r.out.contains("Transition -> STANDARD_IA"), r.out.constData());
    QVERIFY2(r.out.contains("Transition -> GLACIER"), r.out.constData());
    QVERIFY2(r.out.contains("AddDeleteMarker"), r.out.constData());
    QVERIFY2(r.out.contains("ExpireNoncurrent"), r.out.constData());
    QVERIFY2(r.out.contains("AbortUpload"), r.out.constData());
    QVERIFY2(!r.out.contains("data/keep.bin"), r.out.constData());

    auto headClass = [this, &bucket](const QString &key) {
        const QJsonObject h = awsJson({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, key});
        return h.value(u"StorageClass"_qs).toString(u"STANDARD"_qs);
    };
    auto versionCount = [this, &bucket]() {
        const QJsonObject l = awsJson({u"s3api"_qs, u"list-object-versions"_qs, u"--bucket"_qs, bucket,
                                       u"--prefix"_qs, u"logs/"_qs});
        return l.value(u"Versions"_qs).toArray().size() + l.value(u"DeleteMarkers"_qs).toArray().size();
    };
    QCOMPARE(versionCount(), 2);

    // Day 31: STANDARD_IA, the noncurrent version gone, the stale upload aborted.
    r = pailctl({u"sandbox"_qs, u"advance"_qs, u"31d"_qs});
    PAIL_VERIFY_RUN(r);
    QVERIFY2(r.out.contains("offset:"), r.out.constData());
    QCOMPARE(headClass(u"logs/app.log"_qs), u"STANDARD_IA"_qs);
    QCOMPARE(headClass(u"data/keep.bin"_qs), u"STANDARD"_qs);
    QCOMPARE(versionCount(), 1);
    const QJsonObject uploads = awsJson({u"s3api"_qs, u"list-multipart-uploads"_qs, u"--bucket"_qs, bucket});
    QVERIFY(uploads.value(u"Uploads"_qs).toArray().isEmpty());
    const QJsonObject listed = awsJson({u"s3api"_qs, u"list-objects-v2"_qs, u"--bucket"_qs, bucket,
                                        u"--prefix"_qs, u"logs/"_qs});
    QCOMPARE(listed.value(u"Contents"_qs).toArray().first().toObject().value(u"StorageClass"_qs).toString(),
             u"STANDARD_IA"_qs);
    // Day 91: GLACIER; a GET now needs a restore.
    PAIL_VERIFY_RUN(pailctl({u"sandbox"_qs, u"advance"_qs, u"60d"_qs}));
    QCOMPARE(headClass(u"logs/app.log"_qs), u"GLACIER"_qs);
    r = aws({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"logs/app.log"_qs,
             m_files + u"/out"_qs});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("InvalidObjectState"), r.err.constData());
    // Day 366: expired behind a delete marker; the data version remains as noncurrent.
    PAIL_VERIFY_RUN(pailctl({u"sandbox"_qs, u"advance"_qs, u"275d"_qs}));
    r = aws({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"logs/app.log"_qs});
    QVERIFY(!r.ok());
    const QJsonObject l = awsJson({u"s3api"_qs, u"list-object-versions"_qs, u"--bucket"_qs, bucket, u"--prefix"_qs,
                                   u"logs/"_qs});
    QCOMPARE(l.value(u"DeleteMarkers"_qs).toArray().size(), 1);
    QCOMPARE(l.value(u"Versions"_qs).toArray().size(), 1);
    QCOMPARE(l.value(u"Versions"_qs).toArray().first().toObject().value(u"VersionId"_qs).toString(),
             second.value(u"VersionId"_qs).toString());
    Q_UNUSED(first);
    // 31 days later the noncurrent version goes too, then the lone marker.
    PAIL_VERIFY_RUN(pailctl({u"sandbox"_qs, u"advance"_qs, u"31d"_qs}));
    QCOMPARE(versionCount(), 1); // only the marker (ExpiredObjectDeleteMarker is not in these rules)
    QCOMPARE(headClass(u"data/keep.bin"_qs), u"STANDARD"_qs);
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"delete-bucket-lifecycle"_qs, u"--bucket"_qs, bucket}));
    r = aws({u"s3api"_qs, u"get-bucket-lifecycle-configuration"_qs, u"--bucket"_qs, bucket});
    QVERIFY(!r.ok());
}

void TestLifecycle::restoreGlacierObject()
{
    const QString bucket = u"cold"_qs;
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"create-bucket"_qs, u"--bucket"_qs, bucket}));
    const QString body = writeFile(u"cold.txt"_qs, "archived data");
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"put-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs, u"--body"_qs,
                         body, u"--storage-class"_qs, u"GLACIER"_qs}));
    QJsonObject h = awsJson({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs});
    QCOMPARE(h.value(u"StorageClass"_qs).toString(), u"GLACIER"_qs);
    ProcessResult r = aws({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs,
                           m_files + u"/cold.out"_qs});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("InvalidObjectState"), r.err.constData());
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"restore-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs,
                         u"--restore-request"_qs, u"{\"Days\":2,\"GlacierJobParameters\":{\"Tier\":\"Standard\"}}"_qs}));
    r = aws({u"s3api"_qs, u"restore-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs, u"--restore-request"_qs,
             u"{\"Days\":2,\"GlacierJobParameters\":{\"Tier\":\"Standard\"}}"_qs});
    QVERIFY(!r.ok());
    QVERIFY2(r.err.contains("RestoreAlreadyInProgress"), r.err.constData());
    h = awsJson({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs});
    QCOMPARE(h.value(u"Restore"_qs).toString(), u"ongoing-request=\"true\""_qs);
    r = aws({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs, m_files + u"/cold.out"_qs});
    QVERIFY(!r.ok());
    // Standard retrieval: 4 hours on the sandbox clock.
    PAIL_VERIFY_RUN(pailctl({u"sandbox"_qs, u"advance"_qs, u"5h"_qs}));
    h = awsJson({u"s3api"_qs, u"head-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs});
    QVERIFY2(h.value(u"Restore"_qs).toString().startsWith(u"ongoing-request=\"false\", expiry-date="_qs),
             qPrintable(h.value(u"Restore"_qs).toString()));
    PAIL_VERIFY_RUN(aws({u"s3api"_qs, u"get-object"_qs, u"--bucket"_qs, bucket, u"--key"_qs, u"a"_qs,
                         m_files + u"/cold.out"_qs}));
    QVERIFY(IntegrationSupport::sameFileContent(body, m_files + u"/cold.out"_qs));
    // The clock as pailctl shows it.
    r = pailctl({u"sandbox"_qs, u"clock"_qs});
    PAIL_VERIFY_RUN(r);
    QVERIFY2(r.out.contains("now:"), r.out.constData());
}

void TestLifecycle::sandboxCommandNeedsRoot()
{
    const ProcessResult r = m_server.run(m_server.pailctlPath(),
                                         {u"sandbox"_qs, u"advance"_qs, u"1d"_qs, u"--endpoint-url"_qs,
                                          m_server.endpoint(), u"--access-key"_qs, u"BOBKEY"_qs, u"--secret-key"_qs,
                                          u"bob-secret"_qs},
                                         60000);
    QCOMPARE(r.exitCode, 5); // pailctl's exit code for access denied
    QVERIFY2(r.err.contains("AccessDenied"), r.err.constData());
    const ProcessResult bad = pailctl({u"sandbox"_qs, u"advance"_qs, u"soon"_qs});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
