#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"

using namespace Client;

// The real client against `pailctl serve` on 127.0.0.1 port 0: bucket, put, list, ranged get,
// a three-part multipart upload, deletes.
class TestClientRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_endpoint;
    std::unique_ptr<StaticCredentialsProvider> m_credentials;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<S3Client> m_client;
    const QString m_bucket = QStringLiteral("round-trip");

    template <typename J>
    std::unique_ptr<J> run(J *job)
    {
        std::unique_ptr<J> owned(job);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        [&] { QVERIFY(spy.wait(20000)); }();
        [&] { QVERIFY2(job->error().code == Core::ErrorCode::None, qPrintable(job->error().s3Code + u' ' + job->error().message)); }();
        return owned;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pailctl = QStringLiteral(PAILCTL_PATH);
        if (!QFile::exists(pailctl))
            QSKIP("pailctl is not built");
        m_server.setProgram(pailctl);
        m_server.setArguments({u"serve"_qs, u"--data-dir"_qs, m_dir.filePath(u"data"_qs), u"--address"_qs, u"127.0.0.1"_qs,
                               u"--port"_qs, u"0"_qs, u"--access-log"_qs, u"off"_qs});
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        static const QRegularExpression listening(QStringLiteral("pail: listening on (http://\\S+)"));
        QByteArray out;
        QSignalSpy ready(&m_server, &QProcess::readyReadStandardOutput);
        while (m_endpoint.isEmpty()) {
            out += m_server.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_endpoint = match.captured(1);
                break;
            }
            QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
            QVERIFY2(ready.wait(15000), "pailctl serve printed no listening line");
        }
        Profile p;
        p.name = u"roundtrip"_qs;
        p.endpoint = QUrl(m_endpoint);
        p.addressingStyle = AddressingStyle::Path;
        p.accessKeyId = u"PAILSANDBOX"_qs;
        m_credentials = std::make_unique<StaticCredentialsProvider>(
            Credentials{u"PAILSANDBOX"_qs, u"pail-sandbox-secret-key"_qs, {}, {}});
        m_transport = std::make_unique<Transport>(p, m_credentials.get());
        m_client = std::make_unique<S3Client>(*m_transport);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_transport.reset();
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void createBucket()
    {
        run(m_client->createBucket(m_bucket));
        auto list = run(m_client->listBuckets());
        QVERIFY(list->result().has_value());
        QVERIFY(std::any_of(list->result()->buckets.cbegin(), list->result()->buckets.cend(),
                            [&](const S3::BucketInfo &b) { return b.name == m_bucket; }));
    }

    void putListGet()
    {
        const QStringList keys{u"plain.txt"_qs, u"dir/a b+c%d.txt"_qs, QStringLiteral("unicode/été.txt"), u"odd//double"_qs};
        for (const QString &key : keys) {
            PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = RequestBody::fromBytes("0123456789-" + key.toUtf8());
            put.attributes.contentType = u"text/plain"_qs;
            put.attributes.metadata.insert(u"origin"_qs, u"roundtrip"_qs);
            auto job = run(m_client->putObject(put));
            QVERIFY(job->result().has_value());
            QVERIFY(!job->result()->etag.isEmpty());
        }

        ListObjectsRequest req;
        req.bucket = m_bucket;
        req.maxKeys = 2;
        QStringList seen;
        for (int page = 0; page < 10; ++page) {
            auto job = run(m_client->listObjects(req));
            QVERIFY(job->result().has_value());
            for (const auto &entry : job->result()->contents)
                seen.append(entry.key);
            if (!job->result()->isTruncated)
                break;
            req = req.withContinuationToken(job->result()->nextContinuationToken);
        }
        QStringList expected = keys;
        expected.sort();
        QCOMPARE(seen, expected);

        ListObjectsRequest folders;
        folders.bucket = m_bucket;
        folders.delimiter = u"/"_qs;
        auto top = run(m_client->listObjects(folders));
        QCOMPARE(top->result()->commonPrefixes, (QStringList{u"dir/"_qs, u"odd/"_qs, u"unicode/"_qs}));

        for (const QString &key : keys) {
            auto head = run(m_client->headObject(m_bucket, key));
            QVERIFY(head->result().has_value());
            QCOMPARE(head->result()->metadata.value(u"origin"_qs), u"roundtrip"_qs);
            QCOMPARE(head->result()->size, 11 + key.toUtf8().size());
            GetObjectRequest get;
            get.bucket = m_bucket;
            get.key = key;
            get.rangeStart = 2;
            get.rangeEnd = 5;
            auto job = run(m_client->getObject(get));
            QVERIFY(job->result().has_value());
            QCOMPARE(job->result()->data, QByteArray("2345"));
            QCOMPARE(job->result()->info.totalSize, 11 + key.toUtf8().size());
        }

        auto missing = std::unique_ptr<HeadObjectJob>(m_client->headObject(m_bucket, u"nope"_qs));
        QSignalSpy spy(missing.get(), &Job::finished);
        missing->start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(missing->result().error().code, Core::ErrorCode::NoSuchKey);
    }

    void multipartThreeParts()
    {
        const qint64 partSize = 5 * 1024 * 1024;
        const QString path = m_dir.filePath(u"big.bin"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray expected;
        for (int i = 0; i < 3; ++i) {
            const QByteArray chunk(i == 2 ? 1000 : partSize, char('a' + i));
            expected += chunk;
            file.write(chunk);
        }
        file.close();

        auto create = run(m_client->createMultipartUpload(m_bucket, u"big.bin"_qs));
        const QString uploadId = create->result()->uploadId;
        QVERIFY(!uploadId.isEmpty());
        QList<S3::CompletedPart> parts;
        for (int i = 0; i < 3; ++i) {
            const qint64 length = i == 2 ? 1000 : partSize;
            auto part = run(m_client->uploadPart(m_bucket, u"big.bin"_qs, uploadId, i + 1,
                                                 RequestBody::fromFile(path, i * partSize, length)));
            QVERIFY(part->result().has_value());
            parts.append({i + 1, part->result()->etag, {}});
        }
        auto listed = run(m_client->listParts(m_bucket, u"big.bin"_qs, uploadId));
        QCOMPARE(listed->result()->parts.size(), 3);
        auto complete = run(m_client->completeMultipartUpload(m_bucket, u"big.bin"_qs, uploadId, parts));
        QVERIFY(complete->result()->etag.endsWith(u"-3\""_qs));

        GetObjectRequest get;
        get.bucket = m_bucket;
        get.key = u"big.bin"_qs;
        get.filePath = m_dir.filePath(u"big.out"_qs);
        auto job = run(m_client->getObject(get));
        QCOMPARE(job->result()->info.size, expected.size());
        job.reset();
        QFile out(get.filePath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll() == expected);
    }

    void presignedGetWorks()
    {
        const auto url = m_client->presignUrl("GET", m_bucket, u"dir/a b+c%d.txt"_qs, 300);
        QVERIFY(url.has_value());
        QNetworkAccessManager nam;
        QNetworkRequest req(*url);
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QSignalSpy spy(reply.get(), &QNetworkReply::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("0123456789-dir/a b+c%d.txt"));
    }

    void deleteEverything()
    {
        ListObjectsRequest req;
        req.bucket = m_bucket;
        auto list = run(m_client->listObjects(req));
        QList<S3::ObjectIdentifier> ids;
        for (const auto &entry : list->result()->contents)
            ids.append({entry.key, {}});
        QCOMPARE(ids.size(), 5);
        auto first = run(m_client->deleteObject(m_bucket, ids.takeFirst().key));
        auto batch = run(m_client->deleteObjects(m_bucket, ids));
        QVERIFY(batch->result()->errors.isEmpty());
        auto after = run(m_client->listObjects(req));
        QVERIFY(after->result()->contents.isEmpty());
        run(m_client->deleteBucket(m_bucket));
    }
};

QTEST_GUILESS_MAIN(TestClientRoundTrip)
#include "tst_clientroundtrip.moc"
