#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"
#include "sigv4testcase.h"

using Core::ErrorCode;
using Kind = S3::AuthContext::Kind;

namespace {

S3::SecretLookup lookupFor(const QString &accessKeyId, const QString &secret)
{
    return [accessKeyId, secret](const QString &key) -> std::optional<QString> {
        if (key == accessKeyId)
            return secret;
        return std::nullopt;
    };
}

S3::VerifierOptions optionsFor(const SigV4Case &c, bool query)
{
    S3::VerifierOptions o;
    o.service = c.service;
    o.normalizePath = c.normalize;
    o.requireContentSha256 = false;
    if (query)
        o.defaultPayloadHash = c.payloadHash();
    return o;
}

// Changes the last hex digit of the signature in the Authorization header or the query.
S3::SignableRequest withFlippedSignature(S3::SignableRequest r)
{
    auto flip = [](QByteArray &s) {
        char &last = s[s.size() - 1];
        last = last == '0' ? '1' : '0';
    };
    for (auto &[name, value] : r.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            flip(value);
    }
    if (r.query.contains("X-Amz-Signature="))
        flip(r.query);
    return r;
}

QJsonObject examples()
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/s3-sigv4-examples/examples.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString kAk = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString kSk = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

QDateTime exampleTime()
{
    return *S3::parseAmzDate("20130524T000000Z");
}

// A header-signed S3 request the way a client produces it.
S3::SignableRequest signedS3Request(
    const QByteArray &payloadHash = S3::kEmptySha256Hex, const QDateTime &t = exampleTime())
{
    S3::Signer signer({ kAk, kSk, {} }, "us-east-1");
    S3::SignableRequest r { "PUT", "/bucket/my%20key", "uploads=&x-id=1", { { "Host", "localhost:9000" } } };
    signer.signHeaders(r, t, payloadHash);
    return r;
}

} // namespace

class TestSigV4Verifier : public QObject
{
    Q_OBJECT
private slots:
    void suite_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<bool>("query");
        const QStringList names = SigV4Case::names();
        QVERIFY(names.size() >= 30);
        for (const QString &n : names) {
            QTest::newRow(qPrintable(n + QStringLiteral("/header"))) << n << false;
            QTest::newRow(qPrintable(n + QStringLiteral("/query"))) << n << true;
        }
    }
    void suite()
    {
        QFETCH(QString, caseName);
        QFETCH(bool, query);
        const SigV4Case c = SigV4Case::load(caseName);
        const S3::SignableRequest request = SigV4Case::parseRequest(
            c.file(query ? QStringLiteral("query-signed-request.txt") : QStringLiteral("header-signed-request.txt")));
        const S3::VerifierOptions options = optionsFor(c, query);
        const auto lookup = lookupFor(c.credentials.accessKeyId, c.credentials.secretAccessKey);
        const QByteArray signature
            = c.file(query ? QStringLiteral("query-signature.txt") : QStringLiteral("header-signature.txt"));

        const auto ok = S3::verifyRequest(request, lookup, c.time, c.region, options);
        if (query && c.omitSessionToken) {
            // The suite adds the token after signing; S3 (and this verifier) sign every query
            // parameter but X-Amz-Signature, so such a URL does not verify.
            QVERIFY(!ok);
            QCOMPARE(ok.error().code, ErrorCode::SignatureDoesNotMatch);
            return;
        }
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->kind, query ? Kind::PresignedV4 : Kind::HeaderV4);
        QCOMPARE(ok->accessKeyId, c.credentials.accessKeyId);
        QCOMPARE(ok->region, c.region);
        QCOMPARE(ok->service, c.service);
        QCOMPARE(ok->seedSignature, signature);
        QCOMPARE(ok->requestTime, c.time);
        QCOMPARE(ok->signingKey, S3::deriveSigningKey(c.credentials.secretAccessKey, "20150830", c.region, c.service));
        if (query)
            QCOMPARE(ok->expires, c.time.addSecs(c.expires));

        // One byte of the signature changed.
        auto bad = S3::verifyRequest(withFlippedSignature(request), lookup, c.time, c.region, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::SignatureDoesNotMatch);
        QCOMPARE(bad.error().httpStatus, 403);
        QVERIFY(bad.error().message.contains(QLatin1String("StringToSign:\n")));

        // The wrong secret.
        bad = S3::verifyRequest(
            request, lookupFor(c.credentials.accessKeyId, QStringLiteral("not-the-secret")), c.time, c.region, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::SignatureDoesNotMatch);

        // An unknown key.
        bad = S3::verifyRequest(
            request, lookupFor(QStringLiteral("OTHER"), c.credentials.secretAccessKey), c.time, c.region, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidAccessKeyId);

        // The wrong region.
        bad = S3::verifyRequest(request, lookup, c.time, "eu-west-1", options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code,
            query ? ErrorCode::AuthorizationQueryParametersError : ErrorCode::AuthorizationHeaderMalformed);
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(bad.error().message.contains(QLatin1String("the region 'us-east-1' is wrong; expecting 'eu-west-1'")));

        if (query) {
            // Valid until the last second, expired one second later.
            QVERIFY(S3::verifyRequest(request, lookup, c.time.addSecs(c.expires), c.region, options));
            bad = S3::verifyRequest(request, lookup, c.time.addSecs(c.expires + 1), c.region, options);
            QVERIFY(!bad);
            QCOMPARE(bad.error().code, ErrorCode::AccessDenied);
            QCOMPARE(bad.error().message, QStringLiteral("Request has expired"));
        } else {
            // 15 minutes of skew are tolerated, more is not, both ways.
            QVERIFY(S3::verifyRequest(request, lookup, c.time.addSecs(900), c.region, options));
            QVERIFY(S3::verifyRequest(request, lookup, c.time.addSecs(-900), c.region, options));
            for (int skew : { 901, -901, 86400 }) {
                bad = S3::verifyRequest(request, lookup, c.time.addSecs(skew), c.region, options);
                QVERIFY(!bad);
                QCOMPARE(bad.error().code, ErrorCode::RequestTimeTooSkewed);
                QCOMPARE(bad.error().httpStatus, 403);
            }
        }
    }

    void anonymous()
    {
        S3::SignableRequest r { "GET", "/bucket/key", "list-type=2", { { "Host", "localhost" } } };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto ctx = S3::verifyRequest(r, lookupFor(kAk, kSk), now, "us-east-1");
        QVERIFY(ctx);
        QCOMPARE(ctx->kind, Kind::Anonymous);
        QVERIFY(ctx->accessKeyId.isEmpty());
    }

    void s3HeaderModes_data()
    {
        QTest::addColumn<QByteArray>("payloadHash");
        QTest::addColumn<int>("mode");
        QTest::newRow("empty") << QByteArray(S3::kEmptySha256Hex) << int(S3::PayloadMode::SignedPayload);
        QTest::newRow("unsigned") << QByteArray(S3::kUnsignedPayload) << int(S3::PayloadMode::UnsignedPayload);
        QTest::newRow("streaming") << QByteArray(S3::kStreamingSignedPayload) << int(S3::PayloadMode::StreamingSigned);
        QTest::newRow("streaming-trailer")
            << QByteArray(S3::kStreamingSignedPayloadTrailer) << int(S3::PayloadMode::StreamingSignedTrailer);
        QTest::newRow("unsigned-trailer")
            << QByteArray(S3::kStreamingUnsignedPayloadTrailer) << int(S3::PayloadMode::StreamingUnsignedTrailer);
    }
    void s3HeaderModes()
    {
        QFETCH(QByteArray, payloadHash);
        QFETCH(int, mode);
        const S3::SignableRequest r = signedS3Request(payloadHash);
        const auto ctx = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime(), "us-east-1");
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        QCOMPARE(int(ctx->payloadMode), mode);
        QCOMPARE(ctx->scope, QByteArray("20130524/us-east-1/s3/aws4_request"));
        QCOMPARE(ctx->amzDate, QByteArray("20130524T000000Z"));
        QCOMPARE(ctx->scopeDate, QByteArray("20130524"));
        QCOMPARE(ctx->signedHeaders, (QList<QByteArray> { "host", "x-amz-content-sha256", "x-amz-date" }));
        QCOMPARE(ctx->payloadHash, mode == int(S3::PayloadMode::SignedPayload) ? payloadHash : QByteArray());
    }

    void payloadHashCheck()
    {
        const QByteArray body = "Welcome to Amazon S3.";
        const S3::SignableRequest r = signedS3Request(S3::sha256Hex(body));
        const auto ctx = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime(), "us-east-1");
        QVERIFY(ctx);
        QVERIFY(S3::checkPayloadSha256(*ctx, S3::sha256(body)));
        const auto bad = S3::checkPayloadSha256(*ctx, S3::sha256("Welcome to Amazon S3!"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::XAmzContentSHA256Mismatch);
        QCOMPARE(bad.error().httpStatus, 400);
    }

    void s3Errors()
    {
        const auto lookup = lookupFor(kAk, kSk);
        const QDateTime t = exampleTime();

        // x-amz-content-sha256 is required for S3 header auth.
        S3::SignableRequest r = signedS3Request();
        r.removeHeader("x-amz-content-sha256");
        auto bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidRequest);
        QCOMPARE(bad.error().message, QStringLiteral("Missing required header for this request: x-amz-content-sha256"));

        // A value that is neither a hash nor a keyword.
        r = signedS3Request("STREAMING-BOGUS");
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);

        // SigV2.
        r = S3::SignableRequest { "GET", "/b/k", {},
            { { "Host", "h" }, { "Authorization", "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=" } } };
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidRequest);
        QCOMPARE(bad.error().httpStatus, 400);
        r = S3::SignableRequest { "GET", "/b/k", "AWSAccessKeyId=AK&Expires=1&Signature=x", { { "Host", "h" } } };
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidRequest);

        // Malformed Authorization headers.
        for (const char *auth : { "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request",
                 "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3, "
                 "SignedHeaders=host, Signature=00",
                 "AWS4-HMAC-SHA256 Garbage" }) {
            r = signedS3Request();
            r.setHeader("Authorization", auth);
            bad = S3::verifyRequest(r, lookup, t, "us-east-1");
            QVERIFY2(!bad, auth);
            QCOMPARE(bad.error().code, ErrorCode::AuthorizationHeaderMalformed);
        }

        // Header auth and query auth at once.
        r = signedS3Request();
        r.query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00";
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);

        // A tampered signed header.
        r = signedS3Request();
        r.setHeader("Host", "evil:9000");
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::SignatureDoesNotMatch);
        QVERIFY(bad.error().message.startsWith(QLatin1String("The request signature we calculated does not match")));

        // A tampered query.
        r = signedS3Request();
        r.query += "&extra=1";
        bad = S3::verifyRequest(r, lookup, t, "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::SignatureDoesNotMatch);

        // Empty server region: any region is accepted.
        QVERIFY(S3::verifyRequest(signedS3Request(), lookup, t, ""));
    }

    void presignedErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("code");
        QTest::newRow("expires-too-long") << QByteArray("X-Amz-Expires=86400") << QByteArray("X-Amz-Expires=604801")
                                          << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("expires-zero") << QByteArray("X-Amz-Expires=86400") << QByteArray("X-Amz-Expires=0")
                                      << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("expires-nan") << QByteArray("X-Amz-Expires=86400") << QByteArray("X-Amz-Expires=abc")
                                     << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("no-date") << QByteArray("X-Amz-Date=20130524T000000Z&") << QByteArray()
                                 << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("bad-date") << QByteArray("X-Amz-Date=20130524T000000Z") << QByteArray("X-Amz-Date=2013-05-24")
                                  << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("algorithm") << QByteArray("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                                   << QByteArray("X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256")
                                   << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("credential") << QByteArray("%2Faws4_request") << QByteArray("%2Faws5_request")
                                    << int(ErrorCode::AuthorizationQueryParametersError);
        QTest::newRow("unknown-key") << QByteArray("AKIAIOSFODNN7EXAMPLE") << QByteArray("AKIAOTHER")
                                     << int(ErrorCode::InvalidAccessKeyId);
        QTest::newRow("tampered-path") << QByteArray() << QByteArray() << int(ErrorCode::SignatureDoesNotMatch);
    }
    void presignedErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, code);
        S3::Signer signer({ kAk, kSk, {} }, "us-east-1");
        S3::SignableRequest r { "GET", "/test.txt", {}, { { "Host", "examplebucket.s3.amazonaws.com" } } };
        QVERIFY(signer.presign(r, exampleTime(), 86400));
        // The documented signature of AWS's presigned example.
        QVERIFY(r.query.endsWith("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        const auto lookup = lookupFor(kAk, kSk);
        const auto ok = S3::verifyRequest(r, lookup, exampleTime().addSecs(3600), "us-east-1");
        QVERIFY(ok);
        QCOMPARE(ok->payloadMode, S3::PayloadMode::UnsignedPayload);
        if (from.isEmpty())
            r.path = "/test2.txt";
        else
            r.query.replace(from, to);
        const auto bad = S3::verifyRequest(r, lookup, exampleTime().addSecs(3600), "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(int(bad.error().code), code);
    }

    void dateHeaderOnly()
    {
        // Header auth may carry the time in Date instead of X-Amz-Date.
        S3::SignableRequest r { "GET", "/b/k", {},
            { { "Host", "h" }, { "Date", "Fri, 24 May 2013 00:00:00 GMT" },
                { "x-amz-content-sha256", S3::kUnsignedPayload } } };
        const auto [headers, signedList] = S3::canonicalHeaders(r.headers);
        const QByteArray cr = S3::canonicalRequest("GET", "/b/k", "", headers, signedList, S3::kUnsignedPayload);
        const QByteArray scope = S3::credentialScope("20130524", "us-east-1", "s3");
        const QByteArray sts = S3::stringToSign("20130524T000000Z", scope, cr);
        const QByteArray sig = S3::hmacSha256(S3::deriveSigningKey(kSk, "20130524", "us-east-1", "s3"), sts).toHex();
        r.headers.append({ "Authorization",
            "AWS4-HMAC-SHA256 Credential=" + kAk.toUtf8() + '/' + scope + ", SignedHeaders=" + signedList
                + ", Signature=" + sig });
        const auto ctx = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime().addSecs(60), "us-east-1");
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        QCOMPARE(ctx->requestTime, exampleTime());
        // An unparsable Date, and neither header: AccessDenied.
        r.setHeader("Date", "not a date");
        QCOMPARE(S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime(), "us-east-1").error().code,
            ErrorCode::AccessDenied);
        r.removeHeader("date");
        const auto bad = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime(), "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::AccessDenied);
    }

    void presignedNotYetValid()
    {
        S3::Signer signer({ kAk, kSk, {} }, "us-east-1");
        S3::SignableRequest r { "GET", "/test.txt", {}, { { "Host", "examplebucket.s3.amazonaws.com" } } };
        QVERIFY(signer.presign(r, exampleTime(), 86400));
        const auto bad = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime().addSecs(-3600), "us-east-1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::AccessDenied);
    }

    void s3DocumentedExamples()
    {
        // The S3 documentation's header-signed requests verify at their time.
        const QJsonObject all = examples();
        int verified = 0;
        for (const QJsonValue &v : all.value(QLatin1String("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            const QByteArray signature = c.value(QLatin1String("signature")).toString().toUtf8();
            if (signature.isEmpty() || c.value(QLatin1String("query")).toString().contains(QLatin1String("X-Amz-")))
                continue;
            S3::SignableRequest r;
            r.method = c.value(QLatin1String("method")).toString().toUtf8();
            r.path = c.value(QLatin1String("path")).toString().toUtf8();
            r.query = c.value(QLatin1String("query")).toString().toUtf8();
            const QJsonObject headers = c.value(QLatin1String("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                r.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
            r.headers.append({ "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                "aws4_request,SignedHeaders="
                    + c.value(QLatin1String("signed_headers")).toString().toUtf8() + ",Signature=" + signature });
            const auto ctx = S3::verifyRequest(r, lookupFor(kAk, kSk), exampleTime(), "us-east-1");
            QVERIFY2(ctx, qPrintable(c.value(QLatin1String("name")).toString()));
            ++verified;
        }
        QCOMPARE(verified, 4);
    }
};

QTEST_GUILESS_MAIN(TestSigV4Verifier)
#include "tst_sigv4verifier.moc"
