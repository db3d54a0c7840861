#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "clienttestutil.h"
#include "engine/client/configreadback.h"
#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "fakenetwork.h"
#include "tests/support/testutil.h"

using namespace Client;
using TestSupport::CannedResponse;

class TestS3Client : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(Profile profile = TestSupport::fakeProfile())
            : credentials(Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}})
            , transport(std::move(profile), &credentials)
            , client(transport)
        {
            transport.setNetworkAccessManager(&nam);
            transport.setRetryPolicy({3, 1, 5});
        }

        TestSupport::FakeNetworkAccessManager nam;
        StaticCredentialsProvider credentials;
        Transport transport;
        S3Client client;
    };

    // Starts the job, waits for finished(), checks it came exactly once, and keeps the job.
    template <typename J>
    std::unique_ptr<J> run(J *job)
    {
        std::unique_ptr<J> owned(job);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        [&] { QVERIFY(spy.wait(5000)); }();
        QTest::qWait(0);
        [&] { QCOMPARE(spy.count(), 1); }();
        return owned;
    }

private slots:
    void listObjectsPage()
    {
        Fixture f;
        const QByteArray body = TestSupport::readFile(TestSupport::clientResponse("listobjectsv2-page1.xml"));
        f.nam.setHandler([&](const auto &, int) { return CannedResponse::xml(200, body); });
        ListObjectsRequest req;
        req.bucket = u"photos"_qs;
        req.prefix = u"2024/"_qs;
        req.delimiter = u"/"_qs;
        req.maxKeys = 2;
        req.startAfter = u"2024/a"_qs;
        auto job = run(f.client.listObjects(req.withContinuationToken(u"tok+1/="_qs)));
        const auto &page = job->result();
        QVERIFY(page.has_value());
        QCOMPARE(page->contents.size(), 2);
        QCOMPARE(page->contents.at(0).key, u"2024/a b.jpg"_qs);
        QCOMPARE(page->contents.at(1).key, QStringLiteral("2024/été.png"));
        QCOMPARE(page->contents.at(1).storageClass, u"GLACIER"_qs);
        QCOMPARE(page->commonPrefixes, QStringList{u"2024/sub/"_qs});
        QVERIFY(page->isTruncated);
        QCOMPARE(page->nextContinuationToken, u"token-2"_qs);

        const QUrlQuery q(f.nam.requests().first().url);
        QCOMPARE(f.nam.requests().first().url.path(), u"/photos"_qs);
        QCOMPARE(q.queryItemValue(u"list-type"_qs), u"2"_qs);
        QCOMPARE(q.queryItemValue(u"encoding-type"_qs), u"url"_qs);
        QCOMPARE(q.queryItemValue(u"prefix"_qs, QUrl::FullyDecoded), u"2024/"_qs);
        QCOMPARE(q.queryItemValue(u"continuation-token"_qs, QUrl::FullyDecoded), u"tok+1/="_qs);
        QCOMPARE(q.queryItemValue(u"start-after"_qs, QUrl::FullyDecoded), u"2024/a"_qs);
        QCOMPARE(q.queryItemValue(u"max-keys"_qs), u"2"_qs);
        QVERIFY(f.nam.requests().first().url.toEncoded().contains("continuation-token=tok%2B1%2F%3D"));
    }

    void listBuckets()
    {
        Fixture f;
        const QByteArray body = TestSupport::readFile(TestSupport::clientResponse("listbuckets.xml"));
        f.nam.setHandler([&](const auto &, int) { return CannedResponse::xml(200, body); });
        auto job = run(f.client.listBuckets());
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->buckets.size(), 2);
        QCOMPARE(job->result()->buckets.at(1).name, u"beta.with.dots"_qs);
        QCOMPARE(f.nam.requests().first().url.toEncoded(), QByteArray("http://127.0.0.1:9000/"));
    }

    void badArgumentsFailWithoutNetwork()
    {
        Fixture f;
        auto a = run(f.client.createBucket(u"Bad_Name"_qs));
        QCOMPARE(a->result().error().code, Core::ErrorCode::InvalidBucketName);
        ListObjectsRequest req;
        req.bucket = u"b"_qs;
        req.maxKeys = 0;
        auto b = run(f.client.listObjects(req));
        QCOMPARE(b->result().error().code, Core::ErrorCode::InvalidArgument);
        auto c = run(f.client.headObject(u"b"_qs, QString()));
        QCOMPARE(c->result().error().code, Core::ErrorCode::InvalidArgument);
        QCOMPARE(f.nam.requests().size(), 0);
    }

    void finishedOnceNeverInsideStart()
    {
        Fixture f;
        std::unique_ptr<VoidJob> job(f.client.deleteBucket(u"b"_qs));
        QSignalSpy spy(job.get(), &Job::finished);
        job->start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(2000));
        job->start(); // no effect
        job->cancel(); // no effect after finishing
        QTest::qWait(10);
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->result().has_value());
        QCOMPARE(f.nam.requests().first().method, QByteArray("DELETE"));
    }

    void cancelRunningJob()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) {
            CannedResponse c;
            c.hang = true;
            return c;
        });
        std::unique_ptr<HeadObjectJob> job(f.client.headObject(u"b"_qs, u"k"_qs));
        QSignalSpy spy(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE(f.nam.requests().size(), 1);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        job->cancel();
        QTest::qWait(10);
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->isFinished());
        QCOMPARE(job->result().error().code, Core::ErrorCode::Cancelled);
        QCOMPARE(job->error().code, Core::ErrorCode::Cancelled);
    }

    void cancelBeforeStart()
    {
        Fixture f;
        std::unique_ptr<ListBucketsJob> job(f.client.listBuckets());
        QSignalSpy spy(job.get(), &Job::finished);
        job->cancel();
        job->start();
        QTest::qWait(10);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.nam.requests().size(), 0);
    }

    void cancelDuringRetryWait()
    {
        Fixture f;
        f.transport.setRetryPolicy({5, 60000, 60000});
        f.transport.setRandom([] { return 0.99; });
        f.nam.setHandler([](const auto &, int) { return CannedResponse::networkError(QNetworkReply::RemoteHostClosedError); });
        std::unique_ptr<ListBucketsJob> job(f.client.listBuckets());
        QSignalSpy spy(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE(f.nam.requests().size(), 1);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->result().error().code, Core::ErrorCode::Cancelled);
    }

    void getObjectWithRangeToFile()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) {
            return CannedResponse{206,
                                  {{"Content-Range", "bytes 2-5/10"},
                                   {"ETag", "\"abc\""},
                                   {"Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"},
                                   {"x-amz-meta-owner", "alice"},
                                   {"x-amz-version-id", "v1"}},
                                  "2345"};
        });
        QTemporaryDir dir;
        GetObjectRequest req;
        req.bucket = u"b"_qs;
        req.key = u"k"_qs;
        req.rangeStart = 2;
        req.rangeEnd = 5;
        req.filePath = dir.filePath(u"out"_qs);
        auto job = run(f.client.getObject(req));
        QVERIFY(job->result().has_value());
        const ObjectInfo &info = job->result()->info;
        QCOMPARE(info.size, 4);
        QCOMPARE(info.totalSize, 10);
        QCOMPARE(info.etag, u"\"abc\""_qs);
        QCOMPARE(info.metadata.value(u"owner"_qs), u"alice"_qs);
        QCOMPARE(info.versionId, u"v1"_qs);
        QCOMPARE(info.lastModified, QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
        QCOMPARE(f.nam.requests().first().header("Range"), QByteArray("bytes=2-5"));
        job.reset(); // closes the file
        QCOMPARE(TestSupport::readFile(dir.filePath(u"out"_qs)), QByteArray("2345"));
    }

    void putObjectHeaders()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) { return CannedResponse{200, {{"ETag", "\"e\""}, {"x-amz-version-id", "v9"}}, {}}; });
        PutObjectRequest req;
        req.bucket = u"b"_qs;
        req.key = u"docs/read me.txt"_qs;
        req.body = RequestBody::fromBytes("hello");
        req.attributes.contentType = u"text/plain"_qs;
        req.attributes.storageClass = u"STANDARD_IA"_qs;
        req.attributes.metadata.insert(u"Project"_qs, u"pail"_qs);
        req.attributes.tags = {{u"team"_qs, u"a b"_qs}, {u"x"_qs, u"1&2"_qs}};
        auto job = run(f.client.putObject(req));
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->etag, u"\"e\""_qs);
        QCOMPARE(job->result()->versionId, u"v9"_qs);
        const auto &sent = f.nam.requests().first();
        QCOMPARE(sent.url.toEncoded(), QByteArray("http://127.0.0.1:9000/b/docs/read%20me.txt"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(sent.header("x-amz-storage-class"), QByteArray("STANDARD_IA"));
        QCOMPARE(sent.header("x-amz-meta-project"), QByteArray("pail"));
        QCOMPARE(sent.header("x-amz-tagging"), QByteArray("team=a%20b&x=1%262"));
        QVERIFY(sent.header("Authorization").contains("x-amz-tagging"));
    }

    void copyInPlaceAndEmbeddedError()
    {
        Fixture f;
        const QByteArray ok = TestSupport::readFile(TestSupport::clientResponse("copyobject.xml"));
        const QByteArray bad = TestSupport::readFile(TestSupport::clientResponse("copyobject-embedded-error.xml"));
        f.nam.setHandler([&](const auto &, int call) { return CannedResponse::xml(200, call == 0 ? ok : bad); });
        CopyObjectRequest req;
        req.sourceBucket = req.bucket = u"b"_qs;
        req.sourceKey = req.key = u"a+b c.txt"_qs;
        req.metadataDirective = MetadataDirective::Replace;
        req.attributes.storageClass = u"GLACIER"_qs;
        req.attributes.contentType = u"text/plain"_qs;
        auto job = run(f.client.copyObject(req));
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->etag, u"\"9b2cf535f27731c974343645a3985328\""_qs);
        const auto &sent = f.nam.requests().first();
        QCOMPARE(sent.header("x-amz-copy-source"), QByteArray("/b/a%2Bb%20c.txt"));
        QCOMPARE(sent.header("x-amz-metadata-directive"), QByteArray("REPLACE"));
        QCOMPARE(sent.header("x-amz-storage-class"), QByteArray("GLACIER"));

        auto failedJob = run(f.client.copyObject(req));
        QVERIFY(!failedJob->result());
        QCOMPARE(failedJob->result().error().code, Core::ErrorCode::InternalError);
        QCOMPARE(failedJob->result().error().requestId, u"CP1"_qs);
    }

    void deleteObjectsBatches()
    {
        Fixture f;
        const QByteArray withError = TestSupport::readFile(TestSupport::clientResponse("deleteresult.xml"));
        QList<int> batchSizes;
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int call) {
            batchSizes.append(int(req.body.count("<Object>")));
            if (S3::md5(req.body).toBase64() != req.header("Content-MD5"))
                return CannedResponse::xml(400, "<Error><Code>BadDigest</Code></Error>");
            if (call == 2)
                return CannedResponse::xml(200, withError);
            return CannedResponse::xml(200, "<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>");
        });
        QList<S3::ObjectIdentifier> objects;
        for (int i = 0; i < 2500; ++i)
            objects.append({QStringLiteral("key-%1").arg(i), {}});
        auto job = run(f.client.deleteObjects(u"b"_qs, objects));
        QVERIFY2(job->result().has_value(), qPrintable(job->result() ? QString() : job->result().error().message));
        QCOMPARE(batchSizes, (QList<int>{1000, 1000, 500}));
        QCOMPARE(job->result()->errors.size(), 1);
        QCOMPARE(job->result()->errors.first().key, u"locked"_qs);
        QVERIFY(f.nam.requests().first().url.toEncoded().endsWith("/b?delete"));
    }

    void multipartCalls()
    {
        Fixture f;
        f.nam.setHandler([](const TestSupport::RecordedRequest &req, int) {
            const QByteArray url = req.url.toEncoded();
            if (url.endsWith("?uploads"))
                return CannedResponse::xml(200, "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>big</Key>"
                                                "<UploadId>up/1</UploadId></InitiateMultipartUploadResult>");
            if (url.contains("partNumber="))
                return CannedResponse{200, {{"ETag", "\"p" + QUrlQuery(req.url).queryItemValue(u"partNumber"_qs).toLatin1() + "\""}}, {}};
            return CannedResponse::xml(200, "<CompleteMultipartUploadResult><Bucket>b</Bucket><Key>big</Key>"
                                            "<ETag>\"x-2\"</ETag></CompleteMultipartUploadResult>");
        });
        auto create = run(f.client.createMultipartUpload(u"b"_qs, u"big"_qs));
        QVERIFY(create->result().has_value());
        QCOMPARE(create->result()->uploadId, u"up/1"_qs);
        auto part = run(f.client.uploadPart(u"b"_qs, u"big"_qs, u"up/1"_qs, 2, RequestBody::fromBytes("xyz")));
        QVERIFY(part->result().has_value());
        QCOMPARE(part->result()->etag, u"\"p2\""_qs);
        QVERIFY(f.nam.requests().at(1).url.toEncoded().endsWith("/b/big?partNumber=2&uploadId=up%2F1"));
        auto complete = run(f.client.completeMultipartUpload(u"b"_qs, u"big"_qs, u"up/1"_qs, {{1, u"\"p1\""_qs, {}}, {2, u"\"p2\""_qs, {}}}));
        QVERIFY(complete->result().has_value());
        QCOMPARE(complete->result()->etag, u"\"x-2\""_qs);
        QVERIFY(f.nam.requests().at(2).body.contains("<PartNumber>2</PartNumber>"));
        auto bad = run(f.client.uploadPart(u"b"_qs, u"big"_qs, u"up/1"_qs, 10001, RequestBody::fromBytes("x")));
        QCOMPARE(bad->result().error().code, Core::ErrorCode::InvalidArgument);
    }

    void uploadPartCopy()
    {
        Fixture f;
        f.nam.setHandler([](const TestSupport::RecordedRequest &, int call) {
            if (call == 0)
                return CannedResponse::xml(200, "<CopyPartResult><LastModified>2026-01-02T03:04:05.000Z</LastModified>"
                                                "<ETag>\"0123456789abcdef0123456789abcdef\"</ETag></CopyPartResult>");
            // AWS may fail a copy after the 200 status line went out.
            return CannedResponse::xml(200, "<Error><Code>SlowDown</Code><Message>Reduce your request rate</Message>"
                                            "<RequestId>UPC2</RequestId></Error>");
        });
        UploadPartCopyRequest req;
        req.sourceBucket = u"src"_qs;
        req.sourceKey = u"dir/a b+c.bin"_qs;
        req.sourceVersionId = u"v1"_qs;
        req.sourceIfMatch = u"\"etag-3\""_qs;
        req.rangeStart = 8388608;
        req.rangeEnd = 16777215;
        req.bucket = u"dst"_qs;
        req.key = u"big"_qs;
        req.uploadId = u"up/1"_qs;
        req.partNumber = 2;
        auto job = run(f.client.uploadPartCopy(req));
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->partNumber, 2);
        QCOMPARE(job->result()->etag, u"\"0123456789abcdef0123456789abcdef\""_qs);
        const auto &sent = f.nam.requests().first();
        QCOMPARE(sent.method, QByteArray("PUT"));
        QVERIFY(sent.url.toEncoded().endsWith("/dst/big?partNumber=2&uploadId=up%2F1"));
        QCOMPARE(sent.header("x-amz-copy-source"), QByteArray("/src/dir/a%20b%2Bc.bin?versionId=v1"));
        QCOMPARE(sent.header("x-amz-copy-source-range"), QByteArray("bytes=8388608-16777215"));
        QCOMPARE(sent.header("x-amz-copy-source-if-match"), QByteArray("\"etag-3\""));
        QVERIFY(sent.body.isEmpty());

        f.transport.setRetryPolicy({1, 1, 1});
        auto failedJob = run(f.client.uploadPartCopy(req));
        QVERIFY(!failedJob->result());
        QCOMPARE(failedJob->result().error().code, Core::ErrorCode::SlowDown);
        QCOMPARE(failedJob->result().error().requestId, u"UPC2"_qs);

        req.rangeEnd.reset();
        auto bad = run(f.client.uploadPartCopy(req));
        QCOMPARE(bad->result().error().code, Core::ErrorCode::InvalidArgument);
        QCOMPARE(f.nam.requests().size(), 2); // refused before sending
    }

    void configWriteReadsBack()
    {
        Fixture f;
        const QByteArray sent = "<CORSConfiguration><CORSRule><ID>web</ID><AllowedOrigin>https://a.example</AllowedOrigin>"
                                "<AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod>"
                                "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>"
                                "<MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>";
        // A provider that keeps the rule but silently drops ExposeHeader and MaxAgeSeconds
        // (answering in another order and layout).
        const QByteArray trimmed = "<?xml version=\"1.0\"?>\n<CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
                                   "  <CORSRule>\n    <AllowedMethod>PUT</AllowedMethod>\n    <AllowedMethod>GET</AllowedMethod>\n"
                                   "    <AllowedOrigin>https://a.example</AllowedOrigin>\n    <AllowedHeader>*</AllowedHeader>\n"
                                   "    <ID>web</ID>\n  </CORSRule>\n</CORSConfiguration>\n";
        QByteArray stored = trimmed;
        bool readable = true;
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int) {
            if (req.method == "PUT")
                return CannedResponse::ok();
            if (!readable)
                return CannedResponse::xml(403, "<Error><Code>AccessDenied</Code><Message>no</Message></Error>");
            return CannedResponse::xml(200, stored);
        });
        auto job = run(f.client.putBucketConfigChecked(u"b"_qs, BucketConfig::Cors, sent));
        QVERIFY(job->result().has_value());
        QVERIFY(job->result()->readBack);
        QCOMPARE(job->result()->droppedFields,
                 (QStringList {u"CORSRule/ExposeHeader=ETag"_qs, u"CORSRule/MaxAgeSeconds=3000"_qs}));
        QVERIFY(!job->result()->isComplete());
        QCOMPARE(f.nam.requests().at(0).method, QByteArray("PUT"));
        QCOMPARE(f.nam.requests().at(1).method, QByteArray("GET"));
        QVERIFY(f.nam.requests().at(1).url.toEncoded().endsWith("/b?cors"));

        stored = sent;
        auto complete = run(f.client.putBucketConfigChecked(u"b"_qs, BucketConfig::Cors, sent));
        QVERIFY(complete->result()->isComplete());

        readable = false; // the write stands; the report says it could not be checked
        auto unchecked = run(f.client.putBucketConfigChecked(u"b"_qs, BucketConfig::Cors, sent));
        QVERIFY(unchecked->result().has_value());
        QVERIFY(!unchecked->result()->readBack);
        QCOMPARE(unchecked->result()->readError.code, Core::ErrorCode::AccessDenied);
    }

    void droppedFieldsToleratesRewrites_data()
    {
        QTest::addColumn<int>("config");
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QStringList>("dropped");
        QTest::newRow("lifecycle prefix moved into a filter, id added")
            << int(BucketConfig::Lifecycle)
            << QByteArray("<LifecycleConfiguration><Rule><Prefix>logs/</Prefix><Status>Enabled</Status>"
                          "<Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>")
            << QByteArray("<LifecycleConfiguration><Rule><ID>r1</ID><Filter><Prefix>logs/</Prefix></Filter>"
                          "<Status>Enabled</Status><Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>")
            << QStringList {};
        QTest::newRow("lifecycle transition dropped")
            << int(BucketConfig::Lifecycle)
            << QByteArray("<LifecycleConfiguration><Rule><ID>a</ID><Filter/><Status>Enabled</Status>"
                          "<Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition>"
                          "<Expiration><Days>365</Days></Expiration></Rule></LifecycleConfiguration>")
            << QByteArray("<LifecycleConfiguration><Rule><ID>a</ID><Filter/><Status>Enabled</Status>"
                          "<Expiration><Days>365</Days></Expiration></Rule></LifecycleConfiguration>")
            << QStringList {u"Rule/Transition/Days=30"_qs, u"Rule/Transition/StorageClass=GLACIER"_qs};
        QTest::newRow("second rule dropped")
            << int(BucketConfig::Lifecycle)
            << QByteArray("<LifecycleConfiguration><Rule><ID>a</ID><Status>Enabled</Status></Rule>"
                          "<Rule><ID>b</ID><Status>Enabled</Status></Rule></LifecycleConfiguration>")
            << QByteArray("<LifecycleConfiguration><Rule><ID>a</ID><Status>Enabled</Status></Rule></LifecycleConfiguration>")
            << QStringList {u"Rule/ID=b"_qs, u"Rule/Status=Enabled"_qs};
        QTest::newRow("policy principal and action normalised")
            << int(BucketConfig::Policy)
            << QByteArray("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}")
            << QByteArray("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"s3:GetObject\"],\"Resource\":[\"arn:aws:s3:::b/*\"]}]}")
            << QStringList {};
        QTest::newRow("policy condition dropped")
            << int(BucketConfig::Policy)
            << QByteArray("{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}}]}")
            << QByteArray("{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}")
            << QStringList {u"Statement/Condition/Bool/aws:SecureTransport=false"_qs};
        QTest::newRow("versioning default left out")
            << int(BucketConfig::Versioning)
            << QByteArray("<VersioningConfiguration><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>")
            << QByteArray("<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>")
            << QStringList {};
        QTest::newRow("versioning status dropped")
            << int(BucketConfig::Versioning)
            << QByteArray("<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>")
            << QByteArray("<VersioningConfiguration/>")
            << QStringList {u"Status=Enabled"_qs};
    }

    void droppedFieldsToleratesRewrites()
    {
        QFETCH(int, config);
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, stored);
        QFETCH(QStringList, dropped);
        QCOMPARE(droppedConfigFields(BucketConfig(config), sent, stored), dropped);
    }

    void bucketConfigRaw()
    {
        Fixture f;
        const QByteArray missing = TestSupport::readFile(TestSupport::clientResponse("error-nosuchlifecycle.xml"));
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int) {
            if (req.method == "GET")
                return CannedResponse::xml(404, missing);
            return CannedResponse::ok();
        });
        auto get = run(f.client.bucketConfig(u"b"_qs, BucketConfig::Lifecycle));
        QCOMPARE(get->result().error().code, Core::ErrorCode::NoSuchLifecycleConfiguration);
        const QByteArray policy = R"({"Version":"2012-10-17","Statement":[]})";
        auto put = run(f.client.putBucketConfig(u"b"_qs, BucketConfig::Policy, policy));
        QVERIFY(put->result().has_value());
        const auto &sent = f.nam.requests().at(1);
        QVERIFY(sent.url.toEncoded().endsWith("/b?policy"));
        QCOMPARE(sent.body, policy);
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.header("Content-MD5"), S3::md5(policy).toBase64());
        auto del = run(f.client.deleteBucketConfig(u"b"_qs, BucketConfig::Acl));
        QCOMPARE(del->result().error().code, Core::ErrorCode::InvalidArgument);
    }

    void presignAwsDocExample()
    {
        // The presigned GET of AWS's SigV4 documentation (tests/data/s3-sigv4-examples).
        const QJsonObject doc = QJsonDocument::fromJson(TestSupport::readFile(QStringLiteral(TEST_DATA_DIR "/s3-sigv4-examples/examples.json"))).object();
        QJsonObject example;
        for (const QJsonValue &c : doc.value(u"cases").toArray()) {
            if (c.toObject().value(u"name").toString() == u"presigned-get-object")
                example = c.toObject();
        }
        QVERIFY(!example.isEmpty());
        const QJsonObject creds = doc.value(u"credentials").toObject();
        Profile p = TestSupport::fakeProfile(u"https://s3.amazonaws.com"_qs);
        p.region = doc.value(u"region").toString();
        StaticCredentialsProvider provider(Credentials{creds.value(u"access_key_id").toString(),
                                                       creds.value(u"secret_access_key").toString(), {}, {}});
        Transport transport(p, &provider);
        S3Client client(transport);
        S3Client::PresignOptions options;
        options.time = QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
        const auto url = client.presignUrl("GET", u"examplebucket"_qs, u"test.txt"_qs, 86400, options);
        QVERIFY(url.has_value());
        const QByteArray expected = "https://examplebucket.s3.amazonaws.com/test.txt?" + example.value(u"query").toString().toLatin1()
                                    + "&X-Amz-Signature=" + example.value(u"signature").toString().toLatin1();
        // Same URL up to the order of the query parameters; the signature is the documented one.
        const QUrl want = QUrl::fromEncoded(expected);
        QCOMPARE(url->toEncoded(QUrl::RemoveQuery), want.toEncoded(QUrl::RemoveQuery));
        QList<QByteArray> got = url->query(QUrl::FullyEncoded).toLatin1().split('&');
        QList<QByteArray> exp = want.query(QUrl::FullyEncoded).toLatin1().split('&');
        std::sort(got.begin(), got.end());
        std::sort(exp.begin(), exp.end());
        QCOMPARE(got, exp);
    }

    void presignOptionsAndLimits()
    {
        Fixture f(TestSupport::fakeProfile(u"http://127.0.0.1:9000"_qs));
        S3Client::PresignOptions options;
        options.versionId = u"v 1"_qs;
        options.responseContentDisposition = u"attachment; filename=\"a b.txt\""_qs;
        options.responseContentType = u"text/plain"_qs;
        const auto url = f.client.presignUrl("PUT", u"b"_qs, u"dir/a b.txt"_qs, 3600, options);
        QVERIFY(url.has_value());
        const QUrlQuery q(*url);
        QCOMPARE(url->path(QUrl::FullyEncoded), u"/b/dir/a%20b.txt"_qs);
        QCOMPARE(q.queryItemValue(u"versionId"_qs, QUrl::FullyDecoded), u"v 1"_qs);
        QCOMPARE(q.queryItemValue(u"response-content-disposition"_qs, QUrl::FullyDecoded), options.responseContentDisposition);
        QCOMPARE(q.queryItemValue(u"X-Amz-Expires"_qs), u"3600"_qs);
        QVERIFY(q.hasQueryItem(u"X-Amz-Signature"_qs));
        QCOMPARE(f.nam.requests().size(), 0); // local computation only

        QCOMPARE(f.client.presignUrl("GET", u"b"_qs, u"k"_qs, 0).error().code, Core::ErrorCode::InvalidArgument);
        QCOMPARE(f.client.presignUrl("GET", u"b"_qs, u"k"_qs, 604801).error().code, Core::ErrorCode::InvalidArgument);
        QVERIFY(f.client.presignUrl("GET", u"b"_qs, u"k"_qs, 604800).has_value());
        QCOMPARE(f.client.presignUrl("DELETE", u"b"_qs, u"k"_qs, 60).error().code, Core::ErrorCode::InvalidArgument);
    }

    void probeCapabilities()
    {
        Fixture f;
        const QByteArray notImplemented = TestSupport::readFile(TestSupport::clientResponse("error-notimplemented.xml"));
        const QByteArray noLifecycle = TestSupport::readFile(TestSupport::clientResponse("error-nosuchlifecycle.xml"));
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int) {
            const QString sub = req.url.query();
            if (sub == u"versioning")
                return CannedResponse::xml(200, "<VersioningConfiguration/>");
            if (sub == u"lifecycle")
                return CannedResponse::xml(404, noLifecycle);
            if (sub == u"policy")
                return CannedResponse::xml(404, "<Error><Code>NoSuchBucketPolicy</Code></Error>");
            if (sub == u"website")
                return CannedResponse::xml(405, "<Error><Code>MethodNotAllowed</Code></Error>");
            if (sub == u"encryption")
                return CannedResponse::xml(404, "<Error><Code>ServerSideEncryptionConfigurationNotFoundError</Code></Error>");
            if (sub == u"object-lock")
                return CannedResponse::xml(404, "<Error><Code>ObjectLockConfigurationNotFoundError</Code></Error>");
            if (sub == u"tagging")
                return CannedResponse::xml(400, "<Error><Code>SomethingOdd</Code></Error>");
            if (sub == u"ownershipControls")
                return CannedResponse::xml(404, "<Error><Code>OwnershipControlsNotFoundError</Code></Error>");
            if (sub == u"logging")
                return CannedResponse::xml(200, "<BucketLoggingStatus/>");
            return CannedResponse::xml(501, notImplemented);
        });
        auto job = run(f.client.probeCapabilities(u"b"_qs));
        QVERIFY(job->result().has_value());
        const BucketCapabilities &c = *job->result();
        QCOMPARE(c.versioning, Support::Supported);
        QCOMPARE(c.lifecycle, Support::Supported);
        QCOMPARE(c.policy, Support::Supported);
        QCOMPARE(c.encryption, Support::Supported);
        QCOMPARE(c.objectLock, Support::Supported);
        QCOMPARE(c.website, Support::Unsupported);
        QCOMPARE(c.tagging, Support::Unsupported);
        QCOMPARE(c.acl, Support::Unsupported);
        QCOMPARE(c.cors, Support::Unsupported);
        QCOMPARE(c.ownershipControls, Support::Supported);
        QCOMPARE(c.logging, Support::Supported);
        QCOMPARE(c.publicAccessBlock, Support::Unsupported);
        QCOMPARE(f.nam.requests().size(), 12);

        QVERIFY(f.client.cachedCapabilities(u"b"_qs).has_value());
        auto again = run(f.client.probeCapabilities(u"b"_qs));
        QCOMPARE(*again->result(), c);
        QCOMPARE(f.nam.requests().size(), 12); // served from the cache
    }

    void websiteEndpointAddress()
    {
        const Profile aws = TestSupport::fakeProfile(u"https://s3.eu-central-1.amazonaws.com"_qs);
        QCOMPARE(websiteEndpoint(aws, u"site"_qs, u"us-east-1"_qs).toString(), u"http://site.s3-website-us-east-1.amazonaws.com"_qs);
        QCOMPARE(websiteEndpoint(aws, u"site"_qs, u"ap-southeast-2"_qs).toString(),
                 u"http://site.s3-website-ap-southeast-2.amazonaws.com"_qs);
        QCOMPARE(websiteEndpoint(aws, u"site"_qs, u"eu-central-1"_qs).toString(),
                 u"http://site.s3-website.eu-central-1.amazonaws.com"_qs);
        QCOMPARE(websiteEndpoint(aws, u"site"_qs, {}).toString(), u"http://site.s3-website-us-east-1.amazonaws.com"_qs);
        QVERIFY(!isLoopbackEndpoint(aws));
        const Profile sandbox = TestSupport::fakeProfile(u"http://127.0.0.1:9000"_qs);
        QVERIFY(websiteEndpoint(sandbox, u"site"_qs, u"us-east-1"_qs).isEmpty());
        QVERIFY(isLoopbackEndpoint(sandbox));
        QVERIFY(isLoopbackEndpoint(TestSupport::fakeProfile(u"http://localhost:9000"_qs)));
        QVERIFY(websiteEndpoint(TestSupport::fakeProfile(u"https://minio.example"_qs), u"site"_qs, u"us-east-1"_qs).isEmpty());
    }

    void progressIsThrottled()
    {
        Fixture f;
        QByteArray big(4 * 1024 * 1024, 'x');
        f.nam.setHandler([&](const auto &, int) { return CannedResponse::ok(big); });
        GetObjectRequest req;
        req.bucket = u"b"_qs;
        req.key = u"k"_qs;
        std::unique_ptr<GetObjectJob> job(f.client.getObject(req));
        QSignalSpy progress(job.get(), &Job::progress);
        QSignalSpy done(job.get(), &Job::finished);
        job->start();
        QVERIFY(done.wait(5000));
        QVERIFY(progress.count() >= 1);
        QVERIFY(progress.count() <= 3);
        QCOMPARE(progress.last().at(0).toLongLong(), big.size());
        QCOMPARE(job->result()->data.size(), big.size());
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
