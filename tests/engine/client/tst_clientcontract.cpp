// One contract, two servers: every case runs through Client::S3Client against Pail's own server
// (`pailctl serve`) and against s3rver, the independent S3 implementation (installed by the test
// command into the build's tools folder). A case s3rver cannot do is skipped for s3rver only,
// with the reason. Both servers listen on 127.0.0.1 and are stopped by the test.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QUrlQuery>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QStandardPaths>

#include "engine/client/configreadback.h"
#include "engine/client/credentials.h"
#include "engine/client/s3client.h"

using namespace Client;

namespace {

// A server of the contract and the client bound to it.
struct Peer
{
    QString name;
    QProcess process;
    QString endpoint;
    std::unique_ptr<StaticCredentialsProvider> credentials;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<S3Client> client;
    QString startError;
};

QString s3rverScript()
{
    const QString path = QStringLiteral(PAIL_TOOLS_DIR) + QStringLiteral("/node_modules/s3rver/bin/s3rver.js");
    return QFile::exists(path) ? path : QString();
}

} // namespace

class TestClientContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Peer m_pail;
    Peer m_s3rver;

    bool startPeer(Peer &peer, const QString &program, const QStringList &args, const QString &pattern,
                   const Credentials &creds);
    Peer &peer();
    static void addPeerRows();

    // Runs a job to its end; with `expectSuccess` it fails the test on an error.
    template <typename J>
    std::unique_ptr<J> run(J *job, bool expectSuccess = true)
    {
        std::unique_ptr<J> owned(job);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (spy.count() == 0 && !spy.wait(30000))
            stop(QStringLiteral("the job did not finish within 30 s"));
        if (expectSuccess && job->error().code != Core::ErrorCode::None)
            stop(job->error().s3Code + u' ' + job->error().message);
        return owned;
    }

    // Records a failure; the caller leaves the test function (CHECK) before using the result.
    void stop(const QString &why)
    {
        if (!QTest::currentTestFailed())
            QTest::qFail(qPrintable(peer().name + QStringLiteral(": ") + why), __FILE__, __LINE__);
    }

    // The result of a job expected to succeed, or a default value after recording the failure.
    template <typename J>
    auto value(J *job) -> std::remove_cvref_t<decltype(*job->result())>
    {
        auto owned = run(job);
        if (!owned->result())
            return {};
        return *owned->result();
    }

    QString bucketFor(const char *what) const
    {
        return QStringLiteral("contract-%1").arg(QLatin1StringView(what));
    }

    void putText(const QString &bucket, const QString &key, const QByteArray &body, const QString &type = {})
    {
        PutObjectRequest put;
        put.bucket = bucket;
        put.key = key;
        put.body = RequestBody::fromBytes(body);
        put.attributes.contentType = type;
        run(peer().client->putObject(put));
    }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void bucketsCreateListHead_data() { addPeerRows(); }
    void bucketsCreateListHead();
    void objectsRoundTrip_data() { addPeerRows(); }
    void objectsRoundTrip();
    void listingPagesAndFolders_data() { addPeerRows(); }
    void listingPagesAndFolders();
    void copyKeepsOrReplacesMetadata_data() { addPeerRows(); }
    void copyKeepsOrReplacesMetadata();
    void multipartUpload_data() { addPeerRows(); }
    void multipartUpload();
    void multipartListAndAbort_data() { addPeerRows(); }
    void multipartListAndAbort();
    void objectTagging_data() { addPeerRows(); }
    void objectTagging();
    void deleteObjectTagging_data() { addPeerRows(); }
    void deleteObjectTagging();
    void presignedGetAndPut_data() { addPeerRows(); }
    void presignedGetAndPut();
    void presignedTamperedIsRefused_data() { addPeerRows(); }
    void presignedTamperedIsRefused();
    void errorsAreTyped_data() { addPeerRows(); }
    void errorsAreTyped();
    void versioning_data() { addPeerRows(); }
    void versioning();
    void uploadPartCopy_data() { addPeerRows(); }
    void uploadPartCopy();
    void checkedConfigWrites_data() { addPeerRows(); }
    void checkedConfigWrites();
    void deleteEverything_data() { addPeerRows(); }
    void deleteEverything();
};

bool TestClientContract::startPeer(Peer &peer, const QString &program, const QStringList &args, const QString &pattern,
                                   const Credentials &creds)
{
    peer.process.setProgram(program);
    peer.process.setArguments(args);
    peer.process.setWorkingDirectory(m_dir.path());
    peer.process.start();
    if (!peer.process.waitForStarted(10000)) {
        peer.startError = peer.process.errorString();
        return false;
    }
    const QRegularExpression listening(pattern);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        out += peer.process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            peer.endpoint = QStringLiteral("http://127.0.0.1:") + match.captured(1);
            break;
        }
        if (peer.process.state() != QProcess::Running) {
            peer.startError = QString::fromUtf8(out + peer.process.readAllStandardError());
            return false;
        }
        peer.process.waitForReadyRead(200);
    }
    if (peer.endpoint.isEmpty()) {
        peer.startError = QStringLiteral("no listening line: ") + QString::fromUtf8(out);
        return false;
    }
    Profile p;
    p.name = peer.name;
    p.endpoint = QUrl(peer.endpoint);
    p.addressingStyle = AddressingStyle::Path;
    p.accessKeyId = creds.accessKeyId;
    peer.credentials = std::make_unique<StaticCredentialsProvider>(creds);
    peer.transport = std::make_unique<Transport>(p, peer.credentials.get());
    peer.client = std::make_unique<S3Client>(*peer.transport);
    return true;
}

void TestClientContract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pail.name = QStringLiteral("pail");
    QVERIFY2(startPeer(m_pail, QStringLiteral(PAILCTL_PATH),
                       {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("pail")),
                        QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--access-key"), QStringLiteral("CONTRACTKEY"), QStringLiteral("--secret-key"),
                        QStringLiteral("contract-secret")},
                       QStringLiteral("pail: listening on http://127\\.0\\.0\\.1:(\\d+)"),
                       Credentials {QStringLiteral("CONTRACTKEY"), QStringLiteral("contract-secret"), {}, {}}),
             qPrintable(m_pail.startError));

    m_s3rver.name = QStringLiteral("s3rver");
    const QString script = s3rverScript();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (script.isEmpty() || node.isEmpty()) {
        m_s3rver.startError = QStringLiteral("s3rver is not installed in %1 (tests/run.sh installs it with npm)")
                                  .arg(QStringLiteral(PAIL_TOOLS_DIR));
        return;
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("s3rver")));
    QVERIFY2(startPeer(m_s3rver, node,
                       {QStringLiteral("--openssl-legacy-provider"), script, QStringLiteral("-d"),
                        m_dir.filePath(QStringLiteral("s3rver")), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("-p"), QStringLiteral("0")},
                       QStringLiteral("S3rver listening on 127\\.0\\.0\\.1:(\\d+)"),
                       Credentials {QStringLiteral("S3RVER"), QStringLiteral("S3RVER"), {}, {}}),
             qPrintable(m_s3rver.startError));
}

void TestClientContract::cleanupTestCase()
{
    for (Peer *p : {&m_pail, &m_s3rver}) {
        p->client.reset();
        p->transport.reset();
        if (p->process.state() != QProcess::NotRunning) {
            p->process.terminate();
            if (!p->process.waitForFinished(10000))
                p->process.kill();
        }
    }
}

void TestClientContract::addPeerRows()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("pail") << QStringLiteral("pail");
    QTest::newRow("s3rver") << QStringLiteral("s3rver");
}

Peer &TestClientContract::peer()
{
    return qstrcmp(QTest::currentDataTag(), "s3rver") == 0 ? m_s3rver : m_pail;
}

#define REQUIRE_PEER()                                                                                          \
    do {                                                                                                        \
        if (!peer().client)                                                                                     \
            QSKIP(qPrintable(QStringLiteral("%1 is not running: %2").arg(peer().name, peer().startError)));   \
    } while (false)
// Leaves the test function when the last job failed (its result must not be read).
#define CHECK()                                                                                                 \
    do {                                                                                                        \
        if (QTest::currentTestFailed())                                                                         \
            return;                                                                                             \
    } while (false)
#define IS_S3RVER() (peer().name == QLatin1StringView("s3rver"))

void TestClientContract::bucketsCreateListHead()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    for (const char *b : {"objects", "listing", "copy", "multipart", "tagging", "presign", "errors"}) {
        run(c.createBucket(bucketFor(b)));
        CHECK();
    }
    auto list = run(c.listBuckets());
    CHECK();
    QStringList names;
    for (const S3::BucketInfo &b : list->result()->buckets)
        names << b.name;
    QVERIFY2(names.contains(bucketFor("objects")) && names.contains(bucketFor("errors")), qPrintable(names.join(u',')));
    run(c.headBucket(bucketFor("objects")));
    CHECK();
}

void TestClientContract::objectsRoundTrip()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("objects");
    const QStringList allKeys {QStringLiteral("plain.txt"), QStringLiteral("dir/a b+c%d.txt"), QStringLiteral("unicode/été 東京.txt"),
                            QStringLiteral("odd//double"), QStringLiteral("x").repeated(900)};
    QStringList keys = allKeys;
    if (IS_S3RVER()) {
        // s3rver keeps each object as a file named after its key: "a//b" collapses to "a/b", and a
        // 900-byte name exceeds the file system's 255-byte limit (it crashes the server).
        keys.removeAll(QStringLiteral("odd//double"));
        keys.removeAll(QStringLiteral("x").repeated(900));
    }
    for (const QString &key : keys) {
        PutObjectRequest put;
        put.bucket = bucket;
        put.key = key;
        put.body = RequestBody::fromBytes("0123456789-" + key.toUtf8());
        put.attributes.contentType = QStringLiteral("text/plain");
        put.attributes.cacheControl = QStringLiteral("max-age=60");
        put.attributes.metadata.insert(QStringLiteral("origin"), QStringLiteral("contract"));
        auto job = run(c.putObject(put));
        CHECK();
        QCOMPARE(job->result()->etag, u'"' + QString::fromLatin1(QCryptographicHash::hash("0123456789-" + key.toUtf8(), QCryptographicHash::Md5).toHex()) + u'"');
    }
    for (const QString &key : keys) {
        auto head = run(c.headObject(bucket, key));
        CHECK();
        QCOMPARE(head->result()->metadata.value(QStringLiteral("origin")), QStringLiteral("contract"));
        QCOMPARE(head->result()->contentType, QStringLiteral("text/plain"));
        QCOMPARE(head->result()->size, 11 + key.toUtf8().size());
        GetObjectRequest get;
        get.bucket = bucket;
        get.key = key;
        get.rangeStart = 2;
        get.rangeEnd = 5;
        auto ranged = run(c.getObject(get));
        CHECK();
        QCOMPARE(ranged->result()->data, QByteArray("2345"));
        QCOMPARE(ranged->result()->info.totalSize, 11 + key.toUtf8().size());
        get.rangeStart.reset();
        get.rangeEnd = 3; // bytes=-3: the last three bytes
        auto suffix = run(c.getObject(get));
        CHECK();
        if (IS_S3RVER())
            qInfo("s3rver 3.7 answers a suffix range bytes=-N with the first N+1 bytes; not checked against it");
        else
            QCOMPARE(suffix->result()->data, key.toUtf8().right(3));
    }
    // Qt would rewrite "a/../b" to "b": the client refuses such keys instead of touching "b".
    putText(bucket, QStringLiteral("up"), "must stay");
    for (const QString &dotted : {QStringLiteral("dots/../up"), QStringLiteral("./up"), QStringLiteral("a/.")}) {
        PutObjectRequest put;
        put.bucket = bucket;
        put.key = dotted;
        put.body = RequestBody::fromBytes("overwrites?");
        QCOMPARE(run(c.putObject(put), false)->error().code, Core::ErrorCode::InvalidArgument);
        QCOMPARE(run(c.deleteObject(bucket, dotted), false)->error().code, Core::ErrorCode::InvalidArgument);
    }
    GetObjectRequest up;
    up.bucket = bucket;
    up.key = QStringLiteral("up");
    QCOMPARE(value(c.getObject(up)).data, QByteArray("must stay"));

    // An empty object and an overwrite.
    putText(bucket, QStringLiteral("empty"), QByteArray());
    auto empty = run(c.headObject(bucket, QStringLiteral("empty")));
    CHECK();
    QCOMPARE(empty->result()->size, 0);
    putText(bucket, QStringLiteral("plain.txt"), "replaced");
    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("plain.txt");
    QCOMPARE(value(c.getObject(get)).data, QByteArray("replaced"));
}

void TestClientContract::listingPagesAndFolders()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("listing");
    QStringList keys;
    for (int i = 0; i < 7; ++i)
        keys << QStringLiteral("a/file-%1").arg(i);
    keys << QStringLiteral("b/x") << QStringLiteral("b/y/z") << QStringLiteral("c") << QStringLiteral("top.txt");
    for (const QString &k : keys)
        putText(bucket, k, k.toUtf8());
    keys.sort();

    ListObjectsRequest req;
    req.bucket = bucket;
    req.maxKeys = 3;
    QStringList seen;
    int pages = 0;
    for (; pages < 10; ++pages) {
        auto job = run(c.listObjects(req));
        CHECK();
        for (const auto &entry : job->result()->contents) {
            seen << entry.key;
            QCOMPARE(entry.size, qint64(entry.key.toUtf8().size()));
        }
        if (!job->result()->isTruncated)
            break;
        req = req.withContinuationToken(job->result()->nextContinuationToken);
    }
    QCOMPARE(seen, keys);
    QCOMPARE(pages, 3); // 11 keys in pages of 3: the fourth page is the last one

    ListObjectsRequest folders;
    folders.bucket = bucket;
    folders.delimiter = QStringLiteral("/");
    auto top = run(c.listObjects(folders));
    CHECK();
    QCOMPARE(top->result()->commonPrefixes, (QStringList {QStringLiteral("a/"), QStringLiteral("b/")}));
    QCOMPARE(top->result()->contents.size(), 2);

    folders.prefix = QStringLiteral("b/");
    auto inB = run(c.listObjects(folders));
    CHECK();
    QCOMPARE(inB->result()->commonPrefixes, QStringList {QStringLiteral("b/y/")});
    QCOMPARE(inB->result()->contents.size(), 1);
    QCOMPARE(inB->result()->contents.first().key, QStringLiteral("b/x"));

    ListObjectsRequest after;
    after.bucket = bucket;
    after.startAfter = QStringLiteral("b/y/z");
    auto tail = run(c.listObjects(after));
    CHECK();
    QCOMPARE(tail->result()->contents.size(), 2);
}

void TestClientContract::copyKeepsOrReplacesMetadata()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("copy");
    PutObjectRequest put;
    put.bucket = bucket;
    put.key = QStringLiteral("source");
    put.body = RequestBody::fromBytes("copy me");
    put.attributes.contentType = QStringLiteral("text/x-source");
    put.attributes.metadata.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    run(c.putObject(put));
    CHECK();

    CopyObjectRequest copy;
    copy.sourceBucket = bucket;
    copy.sourceKey = QStringLiteral("source");
    copy.bucket = bucket;
    copy.key = QStringLiteral("kept");
    auto kept = run(c.copyObject(copy));
    CHECK();
    QVERIFY(!kept->result()->etag.isEmpty());
    auto keptHead = run(c.headObject(bucket, QStringLiteral("kept")));
    CHECK();
    QCOMPARE(keptHead->result()->metadata.value(QStringLiteral("colour")), QStringLiteral("blue"));
    QCOMPARE(keptHead->result()->contentType, QStringLiteral("text/x-source"));

    copy.key = QStringLiteral("replaced");
    copy.metadataDirective = MetadataDirective::Replace;
    copy.attributes.contentType = QStringLiteral("text/x-new");
    copy.attributes.metadata.insert(QStringLiteral("colour"), QStringLiteral("red"));
    run(c.copyObject(copy));
    CHECK();
    auto replaced = run(c.headObject(bucket, QStringLiteral("replaced")));
    CHECK();
    QCOMPARE(replaced->result()->metadata.value(QStringLiteral("colour")), QStringLiteral("red"));
    QCOMPARE(replaced->result()->contentType, QStringLiteral("text/x-new"));
    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("replaced");
    QCOMPARE(value(c.getObject(get)).data, QByteArray("copy me"));
}

void TestClientContract::multipartUpload()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("multipart");
    const qint64 partSize = 5 * 1024 * 1024;
    const QString path = m_dir.filePath(peer().name + QStringLiteral("-big.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray expected;
    for (int i = 0; i < 3; ++i) {
        const QByteArray chunk(i == 2 ? 1000 : partSize, char('a' + i));
        expected += chunk;
        file.write(chunk);
    }
    file.close();

    auto create = run(c.createMultipartUpload(bucket, QStringLiteral("big.bin")));
    CHECK();
    const QString uploadId = create->result()->uploadId;
    QVERIFY(!uploadId.isEmpty());
    QList<S3::CompletedPart> parts;
    for (int i = 0; i < 3; ++i) {
        auto part = run(c.uploadPart(bucket, QStringLiteral("big.bin"), uploadId, i + 1,
                                     RequestBody::fromFile(path, i * partSize, i == 2 ? 1000 : partSize)));
        parts.append({i + 1, part->result()->etag, {}});
    }
    auto complete = run(c.completeMultipartUpload(bucket, QStringLiteral("big.bin"), uploadId, parts));
    CHECK();
    if (IS_S3RVER())
        qInfo("s3rver 3.7 gives a multipart object a plain MD5 ETag, not AWS's \"<md5 of part md5s>-<parts>\"");
    else
        QVERIFY2(complete->result()->etag.endsWith(QStringLiteral("-3\"")), qPrintable(complete->result()->etag));

    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("big.bin");
    get.filePath = m_dir.filePath(peer().name + QStringLiteral("-big.out"));
    auto job = run(c.getObject(get));
    CHECK();
    QCOMPARE(job->result()->info.size, expected.size());
    job.reset();
    QFile out(get.filePath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll() == expected);
}

void TestClientContract::multipartListAndAbort()
{
    REQUIRE_PEER();
    if (IS_S3RVER())
        QSKIP("s3rver 3.7 implements none of ListParts, ListMultipartUploads and AbortMultipartUpload (MethodNotAllowed)");
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("multipart");
    auto create = run(c.createMultipartUpload(bucket, QStringLiteral("listed.bin")));
    CHECK();
    const QString uploadId = create->result()->uploadId;
    for (int i = 1; i <= 3; ++i) {
        run(c.uploadPart(bucket, QStringLiteral("listed.bin"), uploadId, i, RequestBody::fromBytes(QByteArray(100 * i, 'p'))));
        CHECK();
    }
    auto parts = run(c.listParts(bucket, QStringLiteral("listed.bin"), uploadId));
    CHECK();
    QCOMPARE(parts->result()->parts.size(), 3);
    QCOMPARE(parts->result()->parts.at(2).size, qint64(300));
    auto uploads = run(c.listMultipartUploads(bucket));
    CHECK();
    QCOMPARE(uploads->result()->uploads.size(), 1);
    QCOMPARE(uploads->result()->uploads.first().uploadId, uploadId);
    run(c.abortMultipartUpload(bucket, QStringLiteral("listed.bin"), uploadId));
    CHECK();
    QCOMPARE(run(c.listParts(bucket, QStringLiteral("listed.bin"), uploadId), false)->error().code, Core::ErrorCode::NoSuchUpload);
    QVERIFY(value(c.listMultipartUploads(bucket)).uploads.isEmpty());

    // An aborted upload leaves nothing behind and its id is gone.
    auto second = run(c.createMultipartUpload(bucket, QStringLiteral("aborted.bin")));
    CHECK();
    const QString abortedId = second->result()->uploadId;
    run(c.uploadPart(bucket, QStringLiteral("aborted.bin"), abortedId, 1, RequestBody::fromBytes("partial")));
    CHECK();
    run(c.abortMultipartUpload(bucket, QStringLiteral("aborted.bin"), abortedId));
    CHECK();
    auto noPart = run(c.uploadPart(bucket, QStringLiteral("aborted.bin"), abortedId, 2, RequestBody::fromBytes("late")), false);
    QCOMPARE(noPart->error().code, Core::ErrorCode::NoSuchUpload);
    auto noObject = run(c.headObject(bucket, QStringLiteral("aborted.bin")), false);
    QCOMPARE(noObject->error().code, Core::ErrorCode::NoSuchKey);
}

void TestClientContract::objectTagging()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("tagging");
    putText(bucket, QStringLiteral("tagged"), "t");
    S3::Tagging tagging;
    tagging.tags = {{QStringLiteral("project"), QStringLiteral("pail")}, {QStringLiteral("tier"), QStringLiteral("gold")}};
    run(c.putObjectTagging(bucket, QStringLiteral("tagged"), tagging));
    CHECK();
    auto read = run(c.objectTagging(bucket, QStringLiteral("tagged")));
    CHECK();
    QList<S3::Tag> tags = read->result()->tags;
    std::sort(tags.begin(), tags.end(), [](const S3::Tag &a, const S3::Tag &b) { return a.key < b.key; });
    QCOMPARE(tags, tagging.tags);
}

void TestClientContract::deleteObjectTagging()
{
    REQUIRE_PEER();
    if (IS_S3RVER())
        QSKIP("s3rver 3.7 implements Get/PutObjectTagging but not DeleteObjectTagging (NotImplemented)");
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("tagging");
    S3::Tagging tagging;
    tagging.tags = {{QStringLiteral("temporary"), QStringLiteral("yes")}};
    run(c.putObjectTagging(bucket, QStringLiteral("tagged"), tagging));
    CHECK();
    run(c.deleteObjectTagging(bucket, QStringLiteral("tagged")));
    CHECK();
    QVERIFY(value(c.objectTagging(bucket, QStringLiteral("tagged"))).tags.isEmpty());
}

void TestClientContract::presignedGetAndPut()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("presign");
    const QString key = QStringLiteral("shared/a b+c.txt");
    QNetworkAccessManager nam;

    const auto putUrl = c.presignUrl("PUT", bucket, key, 300);
    QVERIFY(putUrl.has_value());
    QNetworkRequest putReq(*putUrl);
    std::unique_ptr<QNetworkReply> put(nam.put(putReq, QByteArray("uploaded through a link")));
    QSignalSpy putDone(put.get(), &QNetworkReply::finished);
    QVERIFY(putDone.wait(10000));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    const auto getUrl = c.presignUrl("GET", bucket, key, 300);
    QVERIFY(getUrl.has_value());
    std::unique_ptr<QNetworkReply> get(nam.get(QNetworkRequest(*getUrl)));
    QSignalSpy getDone(get.get(), &QNetworkReply::finished);
    QVERIFY(getDone.wait(10000));
    QCOMPARE(get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(get->readAll(), QByteArray("uploaded through a link"));

}

void TestClientContract::presignedTamperedIsRefused()
{
    REQUIRE_PEER();
    if (IS_S3RVER())
        QSKIP("s3rver 3.7 does not check the signature of presigned query-string requests");
    S3Client &c = *peer().client;
    QNetworkAccessManager nam;
    const auto getUrl = c.presignUrl("GET", bucketFor("presign"), QStringLiteral("shared/a b+c.txt"), 300);
    QVERIFY(getUrl.has_value());
    QUrl bad = *getUrl;
    QUrlQuery q(bad);
    const QString sig = q.queryItemValue(QStringLiteral("X-Amz-Signature"));
    q.removeQueryItem(QStringLiteral("X-Amz-Signature"));
    q.addQueryItem(QStringLiteral("X-Amz-Signature"), QString(sig).replace(0, 1, sig.startsWith(u'0') ? u'1' : u'0'));
    bad.setQuery(q);
    std::unique_ptr<QNetworkReply> refused(nam.get(QNetworkRequest(bad)));
    QSignalSpy refusedDone(refused.get(), &QNetworkReply::finished);
    QVERIFY(refusedDone.wait(10000));
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
}

void TestClientContract::errorsAreTyped()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("errors");
    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("missing");
    QCOMPARE(run(c.getObject(get), false)->error().code, Core::ErrorCode::NoSuchKey);
    QCOMPARE(run(c.headObject(bucket, QStringLiteral("missing")), false)->error().code, Core::ErrorCode::NoSuchKey);
    get.bucket = QStringLiteral("contract-no-such-bucket");
    QCOMPARE(run(c.getObject(get), false)->error().code, Core::ErrorCode::NoSuchBucket);
    ListObjectsRequest list;
    list.bucket = QStringLiteral("contract-no-such-bucket");
    QCOMPARE(run(c.listObjects(list), false)->error().code, Core::ErrorCode::NoSuchBucket);
    putText(bucket, QStringLiteral("keeps-it"), "x");
    QCOMPARE(run(c.deleteBucket(bucket), false)->error().code, Core::ErrorCode::BucketNotEmpty);
    // Deleting a key that does not exist succeeds, as on AWS.
    run(c.deleteObject(bucket, QStringLiteral("never-was")));
    CHECK();
}

void TestClientContract::versioning()
{
    REQUIRE_PEER();
    if (IS_S3RVER())
        QSKIP("s3rver 3.7 implements no bucket versioning (PutBucketVersioning answers NotImplemented)");
    S3Client &c = *peer().client;
    const QString bucket = QStringLiteral("contract-versions");
    run(c.createBucket(bucket));
    CHECK();
    S3::VersioningConfiguration on;
    on.status = S3::VersioningConfiguration::Status::Enabled;
    run(c.putBucketVersioning(bucket, on));
    CHECK();
    putText(bucket, QStringLiteral("doc"), "v1");
    putText(bucket, QStringLiteral("doc"), "v2");
    run(c.deleteObject(bucket, QStringLiteral("doc")));
    CHECK();
    ListVersionsRequest req;
    req.bucket = bucket;
    auto versions = run(c.listObjectVersions(req));
    CHECK();
    const QList<S3::VersionEntry> entries = versions->result()->entries;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [](const S3::VersionEntry &e) { return e.isDeleteMarker; }), 1);
    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("doc");
    QCOMPARE(run(c.getObject(get), false)->error().code, Core::ErrorCode::NoSuchKey);
    // Newest first: the marker, then v2, then v1.
    QVERIFY(entries[0].isDeleteMarker && entries[0].isLatest);
    get.versionId = entries[1].versionId;
    QCOMPARE(value(c.getObject(get)).data, QByteArray("v2"));
    get.versionId = entries[2].versionId;
    QCOMPARE(value(c.getObject(get)).data, QByteArray("v1"));
}

void TestClientContract::uploadPartCopy()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("multipart");
    GetObjectRequest get;
    get.bucket = bucket;
    get.key = QStringLiteral("big.bin"); // 10 MiB + 1000 bytes from multipartUpload
    const QByteArray source = value(c.getObject(get)).data;
    CHECK();
    QCOMPARE(source.size(), 10 * 1024 * 1024 + 1000);
    auto create = run(c.createMultipartUpload(bucket, QStringLiteral("copied.bin")));
    CHECK();
    const QString uploadId = create->result()->uploadId;
    const qint64 split = 5 * 1024 * 1024;
    QList<S3::CompletedPart> parts;
    for (int i = 0; i < 2; ++i) {
        UploadPartCopyRequest req;
        req.sourceBucket = bucket;
        req.sourceKey = QStringLiteral("big.bin");
        req.rangeStart = i == 0 ? 0 : split;
        req.rangeEnd = i == 0 ? split - 1 : source.size() - 1;
        req.bucket = bucket;
        req.key = QStringLiteral("copied.bin");
        req.uploadId = uploadId;
        req.partNumber = i + 1;
        auto part = run(c.uploadPartCopy(req), !IS_S3RVER());
        if (IS_S3RVER() && part->error().code != Core::ErrorCode::None)
            QSKIP(qPrintable(u"s3rver 3.7 does not implement UploadPartCopy: "_qs + part->error().s3Code));
        CHECK();
        QVERIFY(!part->result()->etag.isEmpty());
        parts.append({i + 1, part->result()->etag, {}});
    }
    auto complete = run(c.completeMultipartUpload(bucket, QStringLiteral("copied.bin"), uploadId, parts));
    CHECK();
    get.key = QStringLiteral("copied.bin");
    QVERIFY(value(c.getObject(get)).data == source);

    // A range past the end of the source is refused with AWS's code.
    auto second = run(c.createMultipartUpload(bucket, QStringLiteral("bad-range.bin")));
    CHECK();
    UploadPartCopyRequest bad;
    bad.sourceBucket = bucket;
    bad.sourceKey = QStringLiteral("big.bin");
    bad.rangeStart = 0;
    bad.rangeEnd = source.size(); // one byte too far
    bad.bucket = bucket;
    bad.key = QStringLiteral("bad-range.bin");
    bad.uploadId = second->result()->uploadId;
    bad.partNumber = 1;
    QCOMPARE(run(c.uploadPartCopy(bad), false)->error().code, Core::ErrorCode::InvalidRange);
    run(c.abortMultipartUpload(bucket, QStringLiteral("bad-range.bin"), bad.uploadId));
}

void TestClientContract::checkedConfigWrites()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    const QString bucket = bucketFor("tagging");
    struct Case
    {
        BucketConfig config;
        QByteArray body;
    };
    const QByteArray policy = QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Sid":"read","Effect":"Allow",)"
                                             "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::%1/public/*\"}]}")
                                  .arg(bucket)
                                  .toUtf8();
    const Case cases[] = {
        {BucketConfig::Tagging, "<Tagging><TagSet><Tag><Key>team</Key><Value>storage</Value></Tag></TagSet></Tagging>"},
        {BucketConfig::Cors, "<CORSConfiguration><CORSRule><AllowedOrigin>https://app.example</AllowedOrigin>"
                             "<AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>"
                             "<MaxAgeSeconds>600</MaxAgeSeconds></CORSRule></CORSConfiguration>"},
        {BucketConfig::Website, "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                                "<ErrorDocument><Key>error.html</Key></ErrorDocument></WebsiteConfiguration>"},
        {BucketConfig::Lifecycle, "<LifecycleConfiguration><Rule><ID>logs</ID><Filter><Prefix>logs/</Prefix></Filter>"
                                  "<Status>Enabled</Status><Transition><Days>30</Days><StorageClass>GLACIER</StorageClass>"
                                  "</Transition><Expiration><Days>365</Days></Expiration></Rule></LifecycleConfiguration>"},
        {BucketConfig::Encryption, "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                                   "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
                                   "</ServerSideEncryptionConfiguration>"},
        {BucketConfig::Policy, policy},
        // On the bucket versioning() enabled already (suspending it here would leave delete markers).
        {BucketConfig::Versioning, "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"},
    };
    int checked = 0;
    for (const Case &k : cases) {
        const QString name = bucketConfigSubresource(k.config);
        const QString target = k.config == BucketConfig::Versioning ? QStringLiteral("contract-versions") : bucket;
        auto job = run(c.putBucketConfigChecked(target, k.config, k.body), false);
        if (IS_S3RVER() && job->error().code != Core::ErrorCode::None) {
            // s3rver 3.7 keeps only CORS and website configurations; the rest answer NotImplemented.
            // (It answers PutBucketVersioning on a bucket it does not have with 200 and then reads
            // back nothing: the report below names the dropped Status.)
            qInfo("s3rver 3.7 does not implement Put of ?%s: %s", qPrintable(name), qPrintable(job->error().s3Code));
            continue;
        }
        QVERIFY2(job->result().has_value(), qPrintable(name + u": "_qs + job->error().s3Code + u' ' + job->error().message));
        QVERIFY2(job->result()->readBack, qPrintable(name + u": "_qs + job->result()->readError.message));
        if (IS_S3RVER() && !job->result()->droppedFields.isEmpty()) {
            qInfo("s3rver 3.7 dropped from ?%s: %s", qPrintable(name), qPrintable(job->result()->droppedFields.join(u", ")));
            continue;
        }
        QVERIFY2(job->result()->droppedFields.isEmpty(), qPrintable(name + u": "_qs + job->result()->droppedFields.join(u", ")));
        ++checked;
    }
    QVERIFY(checked > 0);
    if (!IS_S3RVER())
        QCOMPARE(checked, int(std::size(cases)));
}

void TestClientContract::deleteEverything()
{
    REQUIRE_PEER();
    S3Client &c = *peer().client;
    for (const char *b : {"objects", "listing", "copy", "multipart", "tagging", "presign", "errors"}) {
        const QString bucket = bucketFor(b);
        ListObjectsRequest req;
        req.bucket = bucket;
        for (;;) {
            auto list = run(c.listObjects(req));
            CHECK();
            QList<S3::ObjectIdentifier> ids;
            for (const auto &entry : list->result()->contents)
                ids.append({entry.key, {}});
            if (ids.isEmpty())
                break;
            auto batch = run(c.deleteObjects(bucket, ids));
            CHECK();
            QVERIFY(batch->result()->errors.isEmpty());
        }
        run(c.deleteBucket(bucket));
        CHECK();
    }
    auto list = run(c.listBuckets());
    CHECK();
    for (const S3::BucketInfo &b : list->result()->buckets)
        QVERIFY2(!b.name.startsWith(QStringLiteral("contract-")) || b.name == QStringLiteral("contract-versions"), qPrintable(b.name));
}

QTEST_GUILESS_MAIN(TestClientContract)
#include "tst_clientcontract.moc"
