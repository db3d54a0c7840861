#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clienttestutil.h"
#include "engine/client/credentials.h"
#include "engine/client/transport.h"
#include "fakenetwork.h"
#include "tests/support/testutil.h"

using namespace Client;
using TestSupport::CannedResponse;

class TestTransport : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(Profile profile = TestSupport::fakeProfile())
            : credentials(Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}})
            , transport(std::move(profile), &credentials)
        {
            transport.setNetworkAccessManager(&nam);
            transport.setRetryPolicy({4, 1, 5});
        }
        Core::Result<Response> run(Request request, int *attempts = nullptr)
        {
            TransportReply *reply = transport.send(std::move(request));
            QSignalSpy spy(reply, &TransportReply::finished);
            if (!spy.wait(5000))
                qFatal("transport reply did not finish");
            [&] { QCOMPARE(spy.count(), 1); }();
            if (attempts)
                *attempts = reply->attempts();
            Core::Result<Response> result = reply->result();
            delete reply;
            return result;
        }

        TestSupport::FakeNetworkAccessManager nam;
        StaticCredentialsProvider credentials;
        Transport transport;
    };

private slots:
    void urlBuilding_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("expectedUrl");
        QTest::addColumn<QByteArray>("expectedHost");

        const int autoStyle = int(AddressingStyle::Auto);
        const int path = int(AddressingStyle::Path);
        const int virt = int(AddressingStyle::Virtual);
        const QString local = QStringLiteral("http://127.0.0.1:9000");
        const QString aws = QStringLiteral("https://s3.eu-west-1.amazonaws.com");
        QTest::newRow("list buckets") << local << autoStyle << QString() << QString()
                                      << QByteArray("http://127.0.0.1:9000/") << QByteArray("127.0.0.1:9000");
        QTest::newRow("bucket only") << local << autoStyle << u"b"_qs << QString()
                                     << QByteArray("http://127.0.0.1:9000/b") << QByteArray("127.0.0.1:9000");
        QTest::newRow("plain key") << local << path << u"b"_qs << u"dir/file.txt"_qs
                                   << QByteArray("http://127.0.0.1:9000/b/dir/file.txt") << QByteArray("127.0.0.1:9000");
        QTest::newRow("dot dot") << local << path << u"b"_qs << u"a/../b"_qs
                                 << QByteArray("http://127.0.0.1:9000/b/a/../b") << QByteArray("127.0.0.1:9000");
        QTest::newRow("double slash") << local << path << u"b"_qs << u"a//b/"_qs
                                      << QByteArray("http://127.0.0.1:9000/b/a//b/") << QByteArray("127.0.0.1:9000");
        QTest::newRow("percent plus space") << local << path << u"b"_qs << u"50% off + more.txt"_qs
                                            << QByteArray("http://127.0.0.1:9000/b/50%25%20off%20%2B%20more.txt")
                                            << QByteArray("127.0.0.1:9000");
        QTest::newRow("unicode") << local << path << u"b"_qs << QStringLiteral("été/日本")
                                 << QByteArray("http://127.0.0.1:9000/b/%C3%A9t%C3%A9/%E6%97%A5%E6%9C%AC")
                                 << QByteArray("127.0.0.1:9000");
        QTest::newRow("reserved chars") << local << path << u"b"_qs << u"a?b#c&d=e;f"_qs
                                        << QByteArray("http://127.0.0.1:9000/b/a%3Fb%23c%26d%3De%3Bf")
                                        << QByteArray("127.0.0.1:9000");
        QTest::newRow("aws auto virtual") << aws << autoStyle << u"photos"_qs << u"k"_qs
                                          << QByteArray("https://photos.s3.eu-west-1.amazonaws.com/k")
                                          << QByteArray("photos.s3.eu-west-1.amazonaws.com");
        QTest::newRow("aws dots force path on https") << aws << virt << u"my.bucket"_qs << u"k"_qs
                                                      << QByteArray("https://s3.eu-west-1.amazonaws.com/my.bucket/k")
                                                      << QByteArray("s3.eu-west-1.amazonaws.com");
        QTest::newRow("aws path forced") << aws << path << u"photos"_qs << u"k"_qs
                                         << QByteArray("https://s3.eu-west-1.amazonaws.com/photos/k")
                                         << QByteArray("s3.eu-west-1.amazonaws.com");
        QTest::newRow("custom virtual") << u"http://minio.local:9000"_qs << virt << u"my.bucket"_qs << u"k"_qs
                                        << QByteArray("http://my.bucket.minio.local:9000/k")
                                        << QByteArray("my.bucket.minio.local:9000");
        QTest::newRow("custom auto is path") << u"https://minio.example.org"_qs << autoStyle << u"photos"_qs << u"k"_qs
                                             << QByteArray("https://minio.example.org/photos/k")
                                             << QByteArray("minio.example.org");
        QTest::newRow("default port dropped") << u"https://minio.example.org:443"_qs << path << u"b"_qs << u"k"_qs
                                              << QByteArray("https://minio.example.org/b/k")
                                              << QByteArray("minio.example.org");
        QTest::newRow("ip never virtual") << local << virt << u"b"_qs << u"k"_qs
                                          << QByteArray("http://127.0.0.1:9000/b/k") << QByteArray("127.0.0.1:9000");
        QTest::newRow("uppercase bucket path") << aws << autoStyle << u"Legacy_Bucket"_qs << u"k"_qs
                                               << QByteArray("https://s3.eu-west-1.amazonaws.com/Legacy_Bucket/k")
                                               << QByteArray("s3.eu-west-1.amazonaws.com");
    }

    void urlBuilding()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, style);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        QFETCH(QByteArray, expectedUrl);
        QFETCH(QByteArray, expectedHost);

        Fixture f(TestSupport::fakeProfile(endpoint, AddressingStyle(style)));
        Request r;
        r.bucket = bucket;
        r.key = key;
        const Target t = f.transport.target(r);
        QCOMPARE(t.url.toEncoded(), expectedUrl);
        QCOMPARE(t.host, expectedHost);

        // What reaches the network is the same URL, encoded once; a key with a "." or ".."
        // segment (which Qt's HTTP stack would rewrite into another key) never goes out.
        auto result = f.run(r);
        if (key.split(u'/').contains(u".."_qs)) {
            QVERIFY(!result.has_value());
            QCOMPARE(result.error().code, Core::ErrorCode::InvalidArgument);
            QCOMPARE(f.nam.requests().size(), 0);
            return;
        }
        QVERIFY(result.has_value());
        QCOMPARE(f.nam.requests().size(), 1);
        QCOMPARE(f.nam.requests().first().url.toEncoded(), expectedUrl);
    }

    void queryEncoding()
    {
        Fixture f;
        Request r;
        r.bucket = QStringLiteral("b");
        r.addQuery(QStringLiteral("versioning"));
        r.addQuery(QStringLiteral("prefix"), QStringLiteral("a b/c+d"));
        const Target t = f.transport.target(r);
        QCOMPARE(t.query, QByteArray("versioning&prefix=a%20b%2Fc%2Bd"));
    }

    void signsEveryRequest()
    {
        Fixture f;
        Request r;
        r.method = "PUT";
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("k");
        r.body = RequestBody::fromBytes("Welcome to Amazon S3.");
        r.setHeader("x-amz-storage-class", "REDUCED_REDUNDANCY");
        QVERIFY(f.run(r).has_value());
        const auto &sent = f.nam.requests().first();
        QCOMPARE(sent.method, QByteArray("PUT"));
        QCOMPARE(sent.body, QByteArray("Welcome to Amazon S3."));
        QCOMPARE(sent.header("x-amz-content-sha256"),
                 QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        const QByteArray auth = sent.header("Authorization");
        QVERIFY2(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth.constData());
        QVERIFY2(auth.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"), auth.constData());
        QVERIFY(!sent.header("x-amz-date").isEmpty());
        QCOMPARE(sent.header("Accept-Encoding"), QByteArray("identity"));
    }

    void unsignedPayloadOverTls()
    {
        Profile p = TestSupport::fakeProfile(QStringLiteral("https://minio.example.org"));
        p.unsignedPayload = true;
        Fixture f(p);
        Request r;
        r.method = "PUT";
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("k");
        r.body = RequestBody::fromBytes("data");
        QVERIFY(f.run(r).has_value());
        QCOMPARE(f.nam.requests().first().header("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
    }

    void fileSectionBodyIsHashedOverHttp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789abcdefghij");
        file.close();
        Fixture f;
        Request r;
        r.method = "PUT";
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("part");
        r.body = RequestBody::fromFile(path, 10, 5);
        QVERIFY(f.run(r).has_value());
        const auto &sent = f.nam.requests().first();
        QCOMPARE(sent.body, QByteArray("abcde"));
        QCOMPARE(sent.header("x-amz-content-sha256"),
                 QCryptographicHash::hash("abcde", QCryptographicHash::Sha256).toHex());
    }

    void errorBodyParsed()
    {
        Fixture f;
        const QByteArray body = TestSupport::readFile(TestSupport::clientResponse("error-nosuchkey.xml"));
        f.nam.setHandler([&](const auto &, int) { return CannedResponse::xml(404, body); });
        Request r;
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("missing.txt");
        int attempts = 0;
        const auto result = f.run(r, &attempts);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Core::ErrorCode::NoSuchKey);
        QCOMPARE(result.error().httpStatus, 404);
        QCOMPARE(result.error().requestId, u"4442587FB7D0A2F9"_qs);
        QCOMPARE(result.error().s3Code, u"NoSuchKey"_qs);
        QCOMPARE(attempts, 1); // 4xx is never retried
    }

    void headErrorWithoutBody()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) {
            return CannedResponse{404, {{"x-amz-request-id", "HEADREQ"}}, {}};
        });
        Request r;
        r.method = "HEAD";
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("k");
        const auto result = f.run(r);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Core::ErrorCode::NoSuchKey);
        QCOMPARE(result.error().requestId, u"HEADREQ"_qs);
    }

    void retries_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("expectedAttempts");
        QTest::addColumn<int>("expectedCode");

        QTest::newRow("500 then ok") << u"500"_qs << 1 << true << 2 << 0;
        QTest::newRow("503 slowdown x3 then ok") << u"slowdown"_qs << 3 << true << 4 << 0;
        QTest::newRow("slowdown forever") << u"slowdown"_qs << 10 << false << 4 << int(Core::ErrorCode::SlowDown);
        QTest::newRow("connection reset") << u"reset"_qs << 2 << true << 3 << 0;
        QTest::newRow("timeout forever") << u"timeout"_qs << 10 << false << 4 << int(Core::ErrorCode::Timeout);
        QTest::newRow("403 not retried") << u"403"_qs << 10 << false << 1 << int(Core::ErrorCode::AccessDenied);
    }

    void retries()
    {
        QFETCH(QString, failure);
        QFETCH(int, failures);
        QFETCH(bool, succeeds);
        QFETCH(int, expectedAttempts);
        QFETCH(int, expectedCode);

        Fixture f;
        const QByteArray slow = TestSupport::readFile(TestSupport::clientResponse("error-slowdown.xml"));
        const QByteArray internal = TestSupport::readFile(TestSupport::clientResponse("error-internal.xml"));
        const QByteArray denied = TestSupport::readFile(TestSupport::clientResponse("error-accessdenied.xml"));
        QList<QByteArray> dates;
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int call) {
            dates.append(req.header("Authorization"));
            if (call >= failures)
                return CannedResponse::ok("done");
            if (failure == u"500")
                return CannedResponse::xml(500, internal);
            if (failure == u"slowdown")
                return CannedResponse::xml(503, slow);
            if (failure == u"reset")
                return CannedResponse::networkError(QNetworkReply::RemoteHostClosedError);
            if (failure == u"timeout")
                return CannedResponse::networkError(QNetworkReply::TimeoutError);
            return CannedResponse::xml(403, denied);
        });
        Request r;
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("k");
        int attempts = 0;
        const auto result = f.run(r, &attempts);
        QCOMPARE(attempts, expectedAttempts);
        QCOMPARE(f.nam.requests().size(), expectedAttempts);
        QCOMPARE(result.has_value(), succeeds);
        if (succeeds)
            QCOMPARE(result->body, QByteArray("done"));
        else
            QCOMPARE(int(result.error().code), expectedCode);
        // Every attempt carries its own signature.
        for (const QByteArray &auth : std::as_const(dates))
            QVERIFY(auth.startsWith("AWS4-HMAC-SHA256"));
    }

    void nonIdempotentNotRetried()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) { return CannedResponse::networkError(QNetworkReply::RemoteHostClosedError); });
        Request r;
        r.method = "POST";
        r.bucket = QStringLiteral("b");
        r.idempotent = false;
        int attempts = 0;
        const auto result = f.run(r, &attempts);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Core::ErrorCode::NetworkFailure);
        QCOMPARE(attempts, 1);
    }

    void backoffJitterBounds()
    {
        const RetryPolicy policy{6, 100, 1000};
        QCOMPARE(policy.ceilingMs(1), 100);
        QCOMPARE(policy.ceilingMs(2), 200);
        QCOMPARE(policy.ceilingMs(3), 400);
        QCOMPARE(policy.ceilingMs(4), 800);
        QCOMPARE(policy.ceilingMs(5), 1000); // capped
        QCOMPARE(policy.ceilingMs(40), 1000);
        for (int retry = 1; retry <= 6; ++retry) {
            QCOMPARE(policy.delayMs(retry, 0.0), 0);
            QVERIFY(policy.delayMs(retry, 0.999999) <= policy.ceilingMs(retry));
            QVERIFY(policy.delayMs(retry, 0.999999) >= policy.ceilingMs(retry) - 1);
            for (int i = 0; i < 200; ++i) {
                const int d = policy.delayMs(retry, QRandomGenerator::global()->generateDouble());
                QVERIFY(d >= 0 && d <= policy.ceilingMs(retry));
            }
        }
    }

    void retryUsesInjectedJitter()
    {
        Fixture f;
        f.transport.setRetryPolicy({3, 10, 1000});
        QList<double> asked;
        f.transport.setRandom([&] {
            asked.append(0.5);
            return 0.5;
        });
        f.nam.setHandler([](const auto &, int call) {
            return call < 2 ? CannedResponse::networkError(QNetworkReply::TimeoutError) : CannedResponse::ok();
        });
        Request r;
        r.bucket = QStringLiteral("b");
        int attempts = 0;
        QVERIFY(f.run(r, &attempts).has_value());
        QCOMPARE(attempts, 3);
        QCOMPARE(asked.size(), 2); // one jitter draw per retry
    }

    void regionRedirect_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("regionHeader");
        QTest::addColumn<QString>("expectedRegion");

        QTest::newRow("301 with header") << 301 << u"error-permanent-redirect.xml"_qs << QByteArray("eu-west-2")
                                         << u"eu-west-2"_qs;
        QTest::newRow("400 auth header region") << 400 << u"error-authheader-region.xml"_qs << QByteArray()
                                                << u"eu-central-1"_qs;
    }

    void regionRedirect()
    {
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(QByteArray, regionHeader);
        QFETCH(QString, expectedRegion);

        Fixture f(TestSupport::fakeProfile(QStringLiteral("https://s3.amazonaws.com"), AddressingStyle::Path));
        const QByteArray body = TestSupport::readFile(TestSupport::clientResponse(file.toLatin1().constData()));
        f.nam.setHandler([&](const TestSupport::RecordedRequest &req, int call) {
            if (call == 0) {
                CannedResponse c = CannedResponse::xml(status, body);
                if (!regionHeader.isEmpty())
                    c.headers.append({"x-amz-bucket-region", regionHeader});
                return c;
            }
            // The second attempt is signed for the bucket's region.
            if (!req.header("Authorization").contains("/" + expectedRegion.toLatin1() + "/s3/aws4_request"))
                return CannedResponse::xml(400, body);
            return CannedResponse::ok("here");
        });
        Request r;
        r.bucket = QStringLiteral("bucket");
        r.key = QStringLiteral("k");
        const auto result = f.run(r);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(f.nam.requests().size(), 2);
        QCOMPARE(f.transport.regionForBucket(QStringLiteral("bucket")), expectedRegion);
        QCOMPARE(f.nam.requests().at(1).url.host(), QStringLiteral("s3.%1.amazonaws.com").arg(expectedRegion));
        // Other buckets keep the profile's region.
        QCOMPARE(f.transport.regionForBucket(QStringLiteral("other")), u"us-east-1"_qs);
    }

    void regionRedirectOnlyOnce()
    {
        Fixture f;
        const QByteArray body = TestSupport::readFile(TestSupport::clientResponse("error-authheader-region.xml"));
        int n = 0;
        f.nam.setHandler([&](const auto &, int) {
            ++n;
            CannedResponse c = CannedResponse::xml(301, body);
            c.headers.append({QByteArray("x-amz-bucket-region"), QByteArray(n == 1 ? "eu-west-3" : "ap-south-1")});
            return c;
        });
        Request r;
        r.bucket = QStringLiteral("b");
        const auto result = f.run(r);
        QVERIFY(!result);
        QCOMPARE(f.nam.requests().size(), 2);
    }

    void responseStreamsToSink()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) { return CannedResponse::ok("0123456789"); });
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        Request r;
        r.bucket = QStringLiteral("b");
        r.key = QStringLiteral("k");
        r.responseSink = &sink;
        const auto result = f.run(r);
        QVERIFY(result.has_value());
        QVERIFY(result->body.isEmpty());
        QCOMPARE(result->bodyBytes, 10);
        QCOMPARE(sink.data(), QByteArray("0123456789"));
    }

    void abortFinishesOnce()
    {
        Fixture f;
        f.nam.setHandler([](const auto &, int) {
            CannedResponse c;
            c.hang = true;
            return c;
        });
        Request r;
        r.bucket = QStringLiteral("b");
        std::unique_ptr<TransportReply> reply(f.transport.send(r));
        QSignalSpy spy(reply.get(), &TransportReply::finished);
        QTRY_COMPARE(f.nam.requests().size(), 1);
        reply->abort();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->result().error().code, Core::ErrorCode::Cancelled);
        reply->abort();
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
    }

    void credentialErrorsSurface()
    {
        TestSupport::FakeNetworkAccessManager nam;
        StaticCredentialsProvider none(Credentials{});
        Transport transport(TestSupport::fakeProfile(), &none);
        transport.setNetworkAccessManager(&nam);
        std::unique_ptr<TransportReply> reply(transport.send(Request{}));
        QSignalSpy spy(reply.get(), &TransportReply::finished);
        QVERIFY(spy.wait(2000));
        QCOMPARE(reply->result().error().code, Core::ErrorCode::InvalidConfiguration);
        QCOMPARE(nam.requests().size(), 0);
    }

    void anonymousIsUnsigned()
    {
        Profile p = TestSupport::fakeProfile();
        p.credentialSource = CredentialSource::Anonymous;
        TestSupport::FakeNetworkAccessManager nam;
        Transport transport(p, nullptr);
        transport.setNetworkAccessManager(&nam);
        std::unique_ptr<TransportReply> reply(transport.send(Request{}));
        QSignalSpy spy(reply.get(), &TransportReply::finished);
        QVERIFY(spy.wait(2000));
        QVERIFY(reply->result().has_value());
        QVERIFY(nam.requests().first().header("Authorization").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
