#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sandbox/localserver.h"
#include "s3testclient.h"

namespace {

const S3::Credentials kRoot {QStringLiteral("ROOTKEY"), QStringLiteral("root-secret"), {}};
const S3::Credentials kOther {QStringLiteral("OTHERKEY"), QStringLiteral("other-secret"), {}};

const QByteArray kEnable = "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>";
const QByteArray kSuspend = "<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>";

// Text of the first <name>...</name> in xml (empty when absent).
QByteArray element(const QByteArray &xml, const QByteArray &name, qsizetype from = 0)
{
    const QByteArray open = '<' + name + '>';
    const qsizetype a = xml.indexOf(open, from);
    if (a < 0)
        return {};
    const qsizetype b = xml.indexOf("</" + name + '>', a);
    return xml.mid(a + open.size(), b - a - open.size());
}

QList<QByteArray> elements(const QByteArray &xml, const QByteArray &name)
{
    QList<QByteArray> out;
    const QByteArray open = '<' + name + '>';
    for (qsizetype a = xml.indexOf(open); a >= 0; a = xml.indexOf(open, a + 1))
        out.append(element(xml, name, a));
    return out;
}

QByteArray restoreBody(int days, const char *tier)
{
    return "<RestoreRequest><Days>" + QByteArray::number(days) + "</Days><GlacierJobParameters><Tier>" + tier
           + "</Tier></GlacierJobParameters></RestoreRequest>";
}

} // namespace

// Versioning, storage classes, restores, the sandbox clock's admin API and lifecycle configuration on
// the real server (Sandbox::LocalServer on 127.0.0.1, port 0), driven with raw signed HTTP.
class TestLifecycleServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void versioningStates();
    void deleteMarkers();
    void listObjectVersionsPaging();
    void storageClassOnPut_data();
    void storageClassOnPut();
    void storageClassInListingsAndMultipart();
    void copyOntoItselfChangesClass();
    void restoreArchive();
    void restoreErrors();
    void clockAdmin();
    void lifecycleConfiguration();
    void lifecycleValidationErrors_data();
    void lifecycleValidationErrors();
    void executorRunsAfterAdvance();

private:
    TestClient client(const S3::Credentials &c = kRoot) { return TestClient(m_server.port(), c); }
    TestReply advance(const QByteArray &query);
    QTemporaryDir m_dir;
    Sandbox::LocalServer m_server;
};

void TestLifecycleServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Sandbox::LocalServer::Options o;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.users = {Server::User::make(QStringLiteral("root"), kRoot.accessKeyId, kRoot.secretAccessKey),
               Server::User::make(QStringLiteral("other"), kOther.accessKeyId, kOther.secretAccessKey)};
    o.syncWrites = false;
    o.accessLog = QStringLiteral("off");
    o.lifecycleInterval = std::chrono::hours(1); // only the runs after an advance, for determinism
    auto endpoint = m_server.start(o);
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
}

void TestLifecycleServer::cleanupTestCase()
{
    m_server.stop(std::chrono::seconds(1));
}

TestReply TestLifecycleServer::advance(const QByteArray &query)
{
    TestClient c = client();
    return c.post("/_pail/clock/advance", query);
}

void TestLifecycleServer::versioningStates()
{
    TestClient c = client();
    QCOMPARE(c.put("/vstates").status, 200);
    TestReply r = c.get("/vstates", "versioning");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("<Status>"));
    r = c.put("/vstates/k", "unversioned");
    QVERIFY(!r.hasHeader("x-amz-version-id"));
    QCOMPARE(c.put("/vstates", kEnable, "versioning").status, 200);
    r = c.put("/vstates/k", "v1");
    const QByteArray v1 = r.header("x-amz-version-id");
    QCOMPARE(v1.size(), 32);
    // The object written before versioning stays as version "null".
    r = c.get("/vstates/k", "versionId=null");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("unversioned"));
    QCOMPARE(c.put("/vstates", kSuspend, "versioning").status, 200);
    QVERIFY(c.get("/vstates", "versioning").body.contains("<Status>Suspended</Status>"));
    // Suspended: new writes replace the null version; v1 stays.
    r = c.put("/vstates/k", "s1");
    QVERIFY(!r.hasHeader("x-amz-version-id"));
    QCOMPARE(c.put("/vstates/k", "s2").status, 200);
    r = c.get("/vstates", "versions");
    QCOMPARE(elements(r.body, "VersionId"), (QList<QByteArray> {"null", v1}));
    QCOMPARE(c.get("/vstates/k", "versionId=null").body, QByteArray("s2"));
    QCOMPARE(c.get("/vstates/k", "versionId=" + v1).body, QByteArray("v1"));
    // Suspended DELETE: a delete marker with version id null replaces the null version.
    r = c.del("/vstates/k");
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    QCOMPARE(r.header("x-amz-version-id"), QByteArray("null"));
    r = c.get("/vstates", "versions");
    QCOMPARE(elements(r.body, "DeleteMarker").size(), 1);
    QCOMPARE(elements(r.body, "Version").size(), 1);
    // A bucket never returns to unversioned: an empty Status is rejected, and the state stays.
    r = c.put("/vstates", "<VersioningConfiguration></VersioningConfiguration>", "versioning");
    QCOMPARE(r.status, 400);
    r = c.put("/vstates", "<VersioningConfiguration><Status>Off</Status></VersioningConfiguration>", "versioning");
    QCOMPARE(r.status, 400);
    QVERIFY(c.get("/vstates", "versioning").body.contains("<Status>Suspended</Status>"));
}

void TestLifecycleServer::deleteMarkers()
{
    TestClient c = client();
    QCOMPARE(c.put("/vmarkers").status, 200);
    QCOMPARE(c.put("/vmarkers", kEnable, "versioning").status, 200);
    const QByteArray v1 = c.put("/vmarkers/k", "one").header("x-amz-version-id");
    const QByteArray v2 = c.put("/vmarkers/k", "two").header("x-amz-version-id");
    TestReply r = c.del("/vmarkers/k");
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    const QByteArray marker = r.header("x-amz-version-id");
    QCOMPARE(marker.size(), 32);
    // GET/HEAD of a key whose latest version is a marker: 404 with the marker's headers.
    r = c.get("/vmarkers/k");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NoSuchKey"));
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    QCOMPARE(r.header("x-amz-version-id"), marker);
    r = c.head("/vmarkers/k");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    // GET/HEAD of the marker version itself: 405 MethodNotAllowed.
    r = c.get("/vmarkers/k", "versionId=" + marker);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.errorCode(), QStringLiteral("MethodNotAllowed"));
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    QCOMPARE(r.header("x-amz-version-id"), marker);
    QCOMPARE(c.head("/vmarkers/k", {}).status, 404);
    // Older versions stay readable by id.
    r = c.get("/vmarkers/k", "versionId=" + v1);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("one"));
    QCOMPARE(r.header("x-amz-version-id"), v1);
    QCOMPARE(c.head("/vmarkers/k", {}).status, 404);
    // Unknown version: NoSuchVersion; malformed: InvalidArgument.
    QCOMPARE(c.get("/vmarkers/k", "versionId=0123456789abcdef0123456789abcdef").errorCode(),
             QStringLiteral("NoSuchVersion"));
    QCOMPARE(c.get("/vmarkers/k", "versionId=bogus").status, 400);
    // Copy from a specific version.
    r = c.put("/vmarkers/copy", {}, {}, {{"x-amz-copy-source", "/vmarkers/k?versionId=" + v2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-amz-copy-source-version-id"), v2);
    QCOMPARE(c.get("/vmarkers/copy").body, QByteArray("two"));
    // Deleting the marker by id brings the key back; the answer names the marker.
    r = c.del("/vmarkers/k", "versionId=" + marker);
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    QCOMPARE(r.header("x-amz-version-id"), marker);
    r = c.get("/vmarkers/k");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("two"));
    // Deleting a version permanently.
    r = c.del("/vmarkers/k", "versionId=" + v2);
    QCOMPARE(r.status, 204);
    QVERIFY(!r.hasHeader("x-amz-delete-marker"));
    QCOMPARE(c.get("/vmarkers/k").body, QByteArray("one"));
}

void TestLifecycleServer::listObjectVersionsPaging()
{
    TestClient c = client();
    QCOMPARE(c.put("/vlist").status, 200);
    QCOMPARE(c.put("/vlist", kEnable, "versioning").status, 200);
    QByteArrayList ids;
    for (const char *key : {"a/1", "a/1", "a/2", "b", "b"})
        ids.append(c.put(QByteArray("/vlist/") + key, key).header("x-amz-version-id"));
    const QByteArray bMarker = c.del("/vlist/b").header("x-amz-version-id");
    // Everything: key order, newest first.
    TestReply r = c.get("/vlist", "versions");
    QCOMPARE(r.status, 200);
    QCOMPARE(elements(r.body, "Key"), (QList<QByteArray> {"a/1", "a/1", "a/2", "b", "b", "b"}));
    QCOMPARE(elements(r.body, "VersionId"), (QList<QByteArray> {ids[1], ids[0], ids[2], bMarker, ids[4], ids[3]}));
    QCOMPARE(elements(r.body, "IsLatest"),
             (QList<QByteArray> {"true", "false", "true", "true", "false", "false"}));
    // Prefix.
    r = c.get("/vlist", "versions&prefix=a%2F");
    QCOMPARE(elements(r.body, "Key"), (QList<QByteArray> {"a/1", "a/1", "a/2"}));
    // Delimiter.
    r = c.get("/vlist", "versions&delimiter=%2F");
    QCOMPARE(element(element(r.body, "CommonPrefixes"), "Prefix"), QByteArray("a/"));
    QCOMPARE(elements(r.body, "Version").size() + elements(r.body, "DeleteMarker").size(), 3);
    // max-keys with key-marker / version-id-marker continuation.
    r = c.get("/vlist", "versions&max-keys=2");
    QCOMPARE(element(r.body, "IsTruncated"), QByteArray("true"));
    QCOMPARE(element(r.body, "NextKeyMarker"), QByteArray("a/1"));
    QCOMPARE(element(r.body, "NextVersionIdMarker"), ids[0]);
    r = c.get("/vlist", "versions&max-keys=2&key-marker=a%2F1&version-id-marker=" + ids[0]);
    QCOMPARE(elements(r.body, "VersionId"), (QList<QByteArray> {ids[2], bMarker}));
    QCOMPARE(element(r.body, "NextVersionIdMarker"), bMarker);
    r = c.get("/vlist", "versions&max-keys=2&key-marker=b&version-id-marker=" + bMarker);
    QCOMPARE(elements(r.body, "VersionId"), (QList<QByteArray> {ids[4], ids[3]}));
    QCOMPARE(element(r.body, "IsTruncated"), QByteArray("false"));
    // key-marker alone skips the whole key.
    r = c.get("/vlist", "versions&key-marker=a%2F1");
    QCOMPARE(elements(r.body, "Key").first(), QByteArray("a/2"));
    // max-keys=0: empty, not truncated.
    r = c.get("/vlist", "versions&max-keys=0");
    QCOMPARE(r.status, 200);
    QVERIFY(elements(r.body, "Version").isEmpty());
    QCOMPARE(c.get("/vlist", "versions&max-keys=-1").status, 400);
}

void TestLifecycleServer::storageClassOnPut_data()
{
    QTest::addColumn<QByteArray>("storageClass");
    QTest::addColumn<int>("status");
    for (const char *sc : {"STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
                           "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"})
        QTest::newRow(sc) << QByteArray(sc) << 200;
    QTest::newRow("lowercase") << QByteArray("glacier") << 400;
    QTest::newRow("unknown") << QByteArray("COLD") << 400;
    QTest::newRow("outposts") << QByteArray("OUTPOSTS") << 400;
}

void TestLifecycleServer::storageClassOnPut()
{
    QFETCH(QByteArray, storageClass);
    QFETCH(int, status);
    TestClient c = client();
    (void)c.put("/classes");
    const QByteArray path = "/classes/" + storageClass.toLower();
    TestReply r = c.put(path, "data", {}, {{"x-amz-storage-class", storageClass}});
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidStorageClass"));
        return;
    }
    r = c.head(path);
    QCOMPARE(r.status, 200);
    if (storageClass == "STANDARD")
        QVERIFY(!r.hasHeader("x-amz-storage-class"));
    else
        QCOMPARE(r.header("x-amz-storage-class"), storageClass);
    // Archives cannot be read without a restore; every other class can.
    r = c.get(path);
    if (storageClass == "GLACIER" || storageClass == "DEEP_ARCHIVE") {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidObjectState"));
    } else {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("data"));
    }
}

void TestLifecycleServer::storageClassInListingsAndMultipart()
{
    TestClient c = client();
    QCOMPARE(c.put("/classlist").status, 200);
    QCOMPARE(c.put("/classlist/a", "a", {}, {{"x-amz-storage-class", "ONEZONE_IA"}}).status, 200);
    QCOMPARE(c.put("/classlist/b", "b").status, 200);
    TestReply r = c.get("/classlist", "list-type=2");
    QCOMPARE(elements(r.body, "StorageClass"), (QList<QByteArray> {"ONEZONE_IA", "STANDARD"}));
    r = c.get("/classlist");
    QCOMPARE(elements(r.body, "StorageClass"), (QList<QByteArray> {"ONEZONE_IA", "STANDARD"}));
    r = c.get("/classlist", "versions");
    QCOMPARE(elements(r.body, "StorageClass"), (QList<QByteArray> {"ONEZONE_IA", "STANDARD"}));
    // CreateMultipartUpload: checked, shown by ListParts / ListMultipartUploads, kept by the object.
    r = c.send({"POST", "/classlist/mp", "uploads", {{"x-amz-storage-class", "NOPE"}}, {}, true, {}, {}});
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidStorageClass"));
    r = c.send({"POST", "/classlist/mp", "uploads", {{"x-amz-storage-class", "GLACIER_IR"}}, {}, true, {}, {}});
    QCOMPARE(r.status, 200);
    const QByteArray uploadId = element(r.body, "UploadId");
    r = c.put("/classlist/mp", "part", "partNumber=1&uploadId=" + uploadId);
    QCOMPARE(r.status, 200);
    const QByteArray etag = r.header("etag");
    r = c.get("/classlist/mp", "uploadId=" + uploadId);
    QCOMPARE(element(r.body, "StorageClass"), QByteArray("GLACIER_IR"));
    r = c.get("/classlist", "uploads");
    QCOMPARE(element(r.body, "StorageClass"), QByteArray("GLACIER_IR"));
    r = c.post("/classlist/mp", "uploadId=" + uploadId,
               "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + etag
                   + "</ETag></Part></CompleteMultipartUpload>");
    QCOMPARE(r.status, 200);
    QCOMPARE(c.head("/classlist/mp").header("x-amz-storage-class"), QByteArray("GLACIER_IR"));
}

void TestLifecycleServer::copyOntoItselfChangesClass()
{
    TestClient c = client();
    QCOMPARE(c.put("/selfcopy").status, 200);
    QCOMPARE(c.put("/selfcopy/k", "body", {}, {{"x-amz-meta-x", "1"}}).status, 200);
    // No change at all: InvalidRequest, as AWS answers.
    TestReply r = c.put("/selfcopy/k", {}, {}, {{"x-amz-copy-source", "/selfcopy/k"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidRequest"));
    r = c.put("/selfcopy/k", {}, {}, {{"x-amz-copy-source", "/selfcopy/k"}, {"x-amz-storage-class", "STANDARD"}});
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidRequest"));
    r = c.put("/selfcopy/k", {}, {}, {{"x-amz-copy-source", "/selfcopy/k"}, {"x-amz-storage-class", "STANDARD_IA"}});
    QCOMPARE(r.status, 200);
    r = c.head("/selfcopy/k");
    QCOMPARE(r.header("x-amz-storage-class"), QByteArray("STANDARD_IA"));
    QCOMPARE(r.header("x-amz-meta-x"), QByteArray("1"));
    r = c.put("/selfcopy/k", {}, {}, {{"x-amz-copy-source", "/selfcopy/k"}, {"x-amz-storage-class", "BOGUS"}});
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidStorageClass"));
    // CopyObject to another key with a class.
    r = c.put("/selfcopy/other", {}, {}, {{"x-amz-copy-source", "/selfcopy/k"}, {"x-amz-storage-class", "GLACIER"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(c.head("/selfcopy/other").header("x-amz-storage-class"), QByteArray("GLACIER"));
    // An archived source must be restored before it can be copied, even onto itself.
    r = c.put("/selfcopy/other", {}, {}, {{"x-amz-copy-source", "/selfcopy/other"}, {"x-amz-storage-class", "STANDARD"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidObjectState"));
}

void TestLifecycleServer::restoreArchive()
{
    TestClient c = client();
    QCOMPARE(c.put("/archive").status, 200);
    QCOMPARE(c.put("/archive/cold", "frozen", {}, {{"x-amz-storage-class", "GLACIER"}}).status, 200);
    TestReply r = c.get("/archive/cold");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidObjectState"));
    r = c.head("/archive/cold");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.hasHeader("x-amz-restore"));

    r = c.post("/archive/cold", "restore", restoreBody(2, "Standard"));
    QCOMPARE(r.status, 202);
    r = c.post("/archive/cold", "restore", restoreBody(2, "Standard"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("RestoreAlreadyInProgress"));
    r = c.head("/archive/cold");
    QCOMPARE(r.header("x-amz-restore"), QByteArray("ongoing-request=\"true\""));
    QCOMPARE(c.get("/archive/cold").status, 403);

    // Standard takes 4 hours on the sandbox clock.
    QCOMPARE(advance("hours=3").status, 200);
    QCOMPARE(c.get("/archive/cold").status, 403);
    QCOMPARE(advance("hours=1.1").status, 200);
    r = c.head("/archive/cold");
    const QByteArray restore = r.header("x-amz-restore");
    QVERIFY2(restore.startsWith("ongoing-request=\"false\", expiry-date=\""), restore.constData());
    QVERIFY(restore.endsWith("00:00:00 GMT\""));
    r = c.get("/archive/cold");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("frozen"));
    QCOMPARE(r.header("x-amz-storage-class"), QByteArray("GLACIER"));
    // Another request on a restored copy: 200 (it sets a new expiry).
    r = c.post("/archive/cold", "restore", restoreBody(1, "Bulk"));
    QCOMPARE(r.status, 200);
    // The restored copy expires after its Days (rounded up to midnight UTC).
    QCOMPARE(advance("days=2.1").status, 200);
    QCOMPARE(c.get("/archive/cold").errorCode(), QStringLiteral("InvalidObjectState"));
    QVERIFY(!c.head("/archive/cold").hasHeader("x-amz-restore"));
    // And it can be restored again: Expedited takes 5 minutes.
    QCOMPARE(c.post("/archive/cold", "restore", restoreBody(1, "Expedited")).status, 202);
    QCOMPARE(advance("minutes=6").status, 200);
    QCOMPARE(c.get("/archive/cold").status, 200);
}

void TestLifecycleServer::restoreErrors()
{
    TestClient c = client();
    QCOMPARE(c.put("/archerr").status, 200);
    QCOMPARE(c.put("/archerr/deep", "d", {}, {{"x-amz-storage-class", "DEEP_ARCHIVE"}}).status, 200);
    QCOMPARE(c.put("/archerr/hot", "h").status, 200);
    TestReply r = c.post("/archerr/deep", "restore", restoreBody(1, "Expedited"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidArgument"));
    r = c.post("/archerr/hot", "restore", restoreBody(1, "Standard"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidObjectState"));
    QCOMPARE(c.post("/archerr/deep", "restore", "<RestoreRequest><Days>").errorCode(), QStringLiteral("MalformedXML"));
    QCOMPARE(c.post("/archerr/deep", "restore", restoreBody(1, "Slow")).errorCode(), QStringLiteral("MalformedXML"));
    QCOMPARE(c.post("/archerr/deep", "restore", restoreBody(0, "Bulk")).errorCode(), QStringLiteral("InvalidArgument"));
    QCOMPARE(c.post("/archerr/missing", "restore", restoreBody(1, "Bulk")).errorCode(), QStringLiteral("NoSuchKey"));
    // DEEP_ARCHIVE Standard: 12 hours.
    QCOMPARE(c.post("/archerr/deep", "restore", restoreBody(1, "Standard")).status, 202);
    QCOMPARE(advance("hours=11").status, 200);
    QCOMPARE(c.get("/archerr/deep").status, 403);
    QCOMPARE(advance("hours=1.5").status, 200);
    QCOMPARE(c.get("/archerr/deep").status, 200);
}

void TestLifecycleServer::clockAdmin()
{
    TestClient root = client();
    TestReply r = root.get("/_pail/clock");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QVERIFY(r.body.contains("\"now\""));
    QVERIFY(r.body.contains("\"offsetSeconds\""));
    const QDateTime before = m_server.clock().now();
    r = advance("days=1");
    QCOMPARE(r.status, 200);
    QVERIFY(m_server.clock().now() >= before.addDays(1));
    // Others: AccessDenied, signed or not.
    TestClient other = client(kOther);
    QCOMPARE(other.get("/_pail/clock").errorCode(), QStringLiteral("AccessDenied"));
    QCOMPARE(other.post("/_pail/clock/advance", "days=1").status, 403);
    TestRequest anonymous;
    anonymous.path = "/_pail/clock";
    anonymous.sign = false;
    QCOMPARE(root.send(anonymous).status, 403);
    anonymous.method = "POST";
    anonymous.path = "/_pail/clock/advance";
    anonymous.query = "days=100";
    QCOMPARE(root.send(anonymous).status, 403);
    QVERIFY(m_server.clock().now() < before.addDays(3));
    // Bad amounts and methods.
    QCOMPARE(advance("days=soon").errorCode(), QStringLiteral("InvalidArgument"));
    QCOMPARE(advance("days=-1").errorCode(), QStringLiteral("InvalidArgument"));
    QCOMPARE(advance({}).errorCode(), QStringLiteral("InvalidArgument"));
    QCOMPARE(root.get("/_pail/clock/advance", "days=1").status, 405);
    QCOMPARE(root.put("/_pail/clock").status, 405);
    // Presigned-style and header auth keep working after an advance (skew is checked on real time).
    QCOMPARE(root.put("/clockcheck").status, 200);
}

void TestLifecycleServer::lifecycleConfiguration()
{
    TestClient c = client();
    QCOMPARE(c.put("/lcconf").status, 200);
    TestReply r = c.get("/lcconf", "lifecycle");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NoSuchLifecycleConfiguration"));
    const QByteArray config = "<LifecycleConfiguration><Rule><ID>logs</ID><Filter><Prefix>logs/</Prefix></Filter>"
                              "<Status>Enabled</Status><Transition><Days>30</Days><StorageClass>STANDARD_IA"
                              "</StorageClass></Transition><Expiration><Days>365</Days></Expiration></Rule>"
                              "<Rule><Filter/><Status>Enabled</Status><AbortIncompleteMultipartUpload>"
                              "<DaysAfterInitiation>7</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>"
                              "</LifecycleConfiguration>";
    r = c.put("/lcconf", config, "lifecycle");
    QCOMPARE(r.status, 200);
    r = c.get("/lcconf", "lifecycle");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<ID>logs</ID>"));
    QVERIFY(r.body.contains("<Days>365</Days>"));
    QCOMPARE(elements(r.body, "ID").size(), 2); // the rule without an ID got one
    QVERIFY(!elements(r.body, "ID").at(1).isEmpty());
    // x-amz-expiration on PUT, HEAD and GET of objects a rule will expire; not on others.
    r = c.put("/lcconf/logs/today.log", "log");
    const QByteArray expiration = r.header("x-amz-expiration");
    QVERIFY2(expiration.startsWith("expiry-date=\""), expiration.constData());
    QVERIFY(expiration.endsWith("00:00:00 GMT\", rule-id=\"logs\""));
    QCOMPARE(c.head("/lcconf/logs/today.log").header("x-amz-expiration"), expiration);
    QCOMPARE(c.get("/lcconf/logs/today.log").header("x-amz-expiration"), expiration);
    QVERIFY(!c.put("/lcconf/data/x", "x").hasHeader("x-amz-expiration"));
    QVERIFY(!c.head("/lcconf/data/x").hasHeader("x-amz-expiration"));
    // The expiry date is 365 days after creation, rounded up to midnight UTC.
    const QString httpFormat = u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_qs;
    QDateTime created = QLocale::c().toDateTime(
        QString::fromLatin1(c.head("/lcconf/logs/today.log").header("last-modified")), httpFormat);
    created.setTimeSpec(Qt::UTC);
    QVERIFY(created.isValid());
    const QDateTime due(created.date().addDays(366), QTime(0, 0), Qt::UTC);
    QCOMPARE(expiration.mid(13, 29), QLocale::c().toString(due, httpFormat).toLatin1());
    r = c.del("/lcconf", "lifecycle");
    QCOMPARE(r.status, 204);
    QCOMPARE(c.get("/lcconf", "lifecycle").errorCode(), QStringLiteral("NoSuchLifecycleConfiguration"));
    QVERIFY(!c.head("/lcconf/logs/today.log").hasHeader("x-amz-expiration"));
    QCOMPARE(c.get("/nosuchbucket-lc", "lifecycle").errorCode(), QStringLiteral("NoSuchBucket"));
    QCOMPARE(c.put("/nosuchbucket-lc", config, "lifecycle").errorCode(), QStringLiteral("NoSuchBucket"));
    // Other users may not read or change it.
    TestClient other = client(kOther);
    QCOMPARE(other.put("/lcconf", config, "lifecycle").errorCode(), QStringLiteral("AccessDenied"));
}

void TestLifecycleServer::lifecycleValidationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not xml") << QByteArray("<LifecycleConfiguration><Rule>") << u"MalformedXML"_qs << QString();
    QTest::newRow("unknown element")
        << QByteArray("<LifecycleConfiguration><Rule><ID>a</ID><Filter/><Status>Enabled</Status><Bogus/>"
                      "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>")
        << u"MalformedXML"_qs << QString();
    QTest::newRow("IA before 30 days")
        << QByteArray("<LifecycleConfiguration><Rule><ID>early</ID><Filter/><Status>Enabled</Status><Transition>"
                      "<Days>10</Days><StorageClass>STANDARD_IA</StorageClass></Transition></Rule>"
                      "</LifecycleConfiguration>")
        << u"InvalidArgument"_qs << u"early"_qs;
    QTest::newRow("duplicate ids")
        << QByteArray("<LifecycleConfiguration><Rule><ID>same</ID><Filter/><Status>Enabled</Status><Expiration><Days>1"
                      "</Days></Expiration></Rule><Rule><ID>same</ID><Filter/><Status>Enabled</Status><Expiration>"
                      "<Days>2</Days></Expiration></Rule></LifecycleConfiguration>")
        << u"InvalidArgument"_qs << u"same"_qs;
    QTest::newRow("no action")
        << QByteArray("<LifecycleConfiguration><Rule><ID>idle</ID><Filter/><Status>Enabled</Status></Rule>"
                      "</LifecycleConfiguration>")
        << u"InvalidRequest"_qs << u"idle"_qs;
}

void TestLifecycleServer::lifecycleValidationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    TestClient c = client();
    (void)c.put("/lcerr");
    TestReply r = c.put("/lcerr", body, "lifecycle");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    if (!messagePart.isEmpty())
        QVERIFY2(r.body.contains(messagePart.toUtf8()), r.body.constData());
    QCOMPARE(c.get("/lcerr", "lifecycle").errorCode(), QStringLiteral("NoSuchLifecycleConfiguration"));
}

void TestLifecycleServer::executorRunsAfterAdvance()
{
    TestClient c = client();
    QCOMPARE(c.put("/lcexec").status, 200);
    QCOMPARE(c.put("/lcexec", kEnable, "versioning").status, 200);
    const QByteArray config = "<LifecycleConfiguration><Rule><ID>tier</ID><Filter><Prefix>logs/</Prefix></Filter>"
                              "<Status>Enabled</Status><Transition><Days>30</Days><StorageClass>STANDARD_IA"
                              "</StorageClass></Transition><Transition><Days>90</Days><StorageClass>GLACIER"
                              "</StorageClass></Transition><Expiration><Days>365</Days></Expiration>"
                              "<NoncurrentVersionExpiration><NoncurrentDays>30</NoncurrentDays>"
                              "</NoncurrentVersionExpiration></Rule></LifecycleConfiguration>";
    QCOMPARE(c.put("/lcexec", config, "lifecycle").status, 200);
    const QByteArray old = c.put("/lcexec/logs/a", "old").header("x-amz-version-id");
    const QByteArray current = c.put("/lcexec/logs/a", "new").header("x-amz-version-id");
    QCOMPARE(c.put("/lcexec/keep/b", "keep").status, 200);
    QCOMPARE(advance("days=32").status, 200);
    // 30 days (+ midnight rounding) later: logs/a moved to STANDARD_IA, its noncurrent version is gone.
    TestReply r = c.head("/lcexec/logs/a");
    QCOMPARE(r.header("x-amz-storage-class"), QByteArray("STANDARD_IA"));
    QCOMPARE(r.header("x-amz-version-id"), current);
    QVERIFY(!c.head("/lcexec/keep/b").hasHeader("x-amz-storage-class"));
    r = c.get("/lcexec", "versions&prefix=logs%2F");
    QCOMPARE(elements(r.body, "VersionId"), (QList<QByteArray> {current}));
    Q_UNUSED(old);
    QCOMPARE(advance("days=60").status, 200);
    QCOMPARE(c.head("/lcexec/logs/a").header("x-amz-storage-class"), QByteArray("GLACIER"));
    QCOMPARE(c.get("/lcexec/logs/a").errorCode(), QStringLiteral("InvalidObjectState"));
    QCOMPARE(advance("days=275").status, 200);
    // Expired: a delete marker is current, the version stays as noncurrent.
    r = c.head("/lcexec/logs/a");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-amz-delete-marker"), QByteArray("true"));
    r = c.get("/lcexec", "versions&prefix=logs%2F");
    QCOMPARE(elements(r.body, "DeleteMarker").size(), 1);
    QCOMPARE(elements(r.body, "VersionId").size(), 2);
    QCOMPARE(c.head("/lcexec/keep/b").status, 200);
}

QTEST_GUILESS_MAIN(TestLifecycleServer)
#include "tst_lifecycleserver.moc"
