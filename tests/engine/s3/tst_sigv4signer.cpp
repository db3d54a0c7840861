#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "engine/s3/awschunked.h"
#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"
#include "engine/s3/uri.h"
#include "sigv4testcase.h"

namespace {

QByteArray headerLine(const QByteArray &raw, QByteArrayView name)
{
    for (const QByteArray &line : raw.split('\n')) {
        if (line.startsWith(name.toByteArray() + ':'))
            return line.mid(name.size() + 1);
    }
    return {};
}

QByteArray requestTarget(const QByteArray &raw)
{
    const QByteArray first = raw.left(raw.indexOf('\n'));
    const qsizetype sp1 = first.indexOf(' ');
    const qsizetype sp2 = first.lastIndexOf(' ');
    return first.mid(sp1 + 1, sp2 - sp1 - 1);
}

S3::Signer signerFor(const SigV4Case &c)
{
    S3::Signer signer(c.credentials, c.region, c.service);
    signer.setNormalizePath(c.normalize);
    signer.setAddContentSha256Header(c.signBody);
    signer.setOmitSessionTokenFromSignature(c.omitSessionToken);
    return signer;
}

QJsonObject examples()
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/s3-sigv4-examples/examples.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject exampleCase(const QJsonObject &all, const QString &name)
{
    for (const QJsonValue &v : all.value(QLatin1String("cases")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

S3::SignableRequest exampleRequest(const QJsonObject &c)
{
    S3::SignableRequest r;
    r.method = c.value(QLatin1String("method")).toString().toUtf8();
    r.path = c.value(QLatin1String("path")).toString().toUtf8();
    r.query = c.value(QLatin1String("query")).toString().toUtf8();
    const QJsonObject headers = c.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    return r;
}

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT
private slots:
    void suiteHeader_data()
    {
        QTest::addColumn<QString>("caseName");
        const QStringList names = SigV4Case::names();
        QVERIFY(names.size() >= 30);
        for (const QString &n : names)
            QTest::newRow(n.toUtf8().constData()) << n;
    }
    void suiteHeader()
    {
        QFETCH(QString, caseName);
        const SigV4Case c = SigV4Case::load(caseName);
        QVERIFY(!c.request.method.isEmpty());
        S3::SignableRequest request = c.request;
        const S3::SigningSteps steps = signerFor(c).signHeaders(request, c.time, c.payloadHash());
        QCOMPARE(steps.canonicalRequest, c.file(QStringLiteral("header-canonical-request.txt")));
        QCOMPARE(steps.stringToSign, c.file(QStringLiteral("header-string-to-sign.txt")));
        QCOMPARE(steps.signature, c.file(QStringLiteral("header-signature.txt")));
        const QByteArray signedRequest = c.file(QStringLiteral("header-signed-request.txt"));
        QCOMPARE(*request.header("authorization"), headerLine(signedRequest, "Authorization"));
        QCOMPARE(*request.header("x-amz-date"), headerLine(signedRequest, "X-Amz-Date"));
    }

    void suiteQuery_data() { suiteHeader_data(); }
    void suiteQuery()
    {
        QFETCH(QString, caseName);
        const SigV4Case c = SigV4Case::load(caseName);
        S3::SignableRequest request = c.request;
        S3::Signer signer = signerFor(c);
        const auto steps = signer.presign(request, c.time, c.expires, c.payloadHash());
        QVERIFY(steps);
        QCOMPARE(steps->canonicalRequest, c.file(QStringLiteral("query-canonical-request.txt")));
        QCOMPARE(steps->stringToSign, c.file(QStringLiteral("query-string-to-sign.txt")));
        QCOMPARE(steps->signature, c.file(QStringLiteral("query-signature.txt")));
        const QByteArray target = requestTarget(c.file(QStringLiteral("query-signed-request.txt")));
        QCOMPARE(request.query, target.mid(target.indexOf('?') + 1));
        QCOMPARE(steps->authorization, request.query);
    }

    void presignExpiryLimits()
    {
        S3::Signer signer({ QStringLiteral("AK"), QStringLiteral("SK"), {} }, "us-east-1");
        const QDateTime t = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        for (qint64 bad : { qint64(0), qint64(-1), qint64(604801) }) {
            S3::SignableRequest r { "GET", "/b/k", {}, { { "Host", "localhost" } } };
            const auto steps = signer.presign(r, t, bad);
            QVERIFY(!steps);
            QCOMPARE(steps.error().code, Core::ErrorCode::InvalidArgument);
        }
        S3::SignableRequest r { "GET", "/b/k", {}, { { "Host", "localhost" } } };
        QVERIFY(signer.presign(r, t, 604800));
    }

    void signingKeyCache()
    {
        S3::Signer signer(
            { QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {} },
            "us-east-1", "iam");
        // AWS's documented derived key for 20150830/us-east-1/iam.
        const QByteArray expected = "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9";
        QCOMPARE(signer.signingKey("20150830").toHex(), expected);
        QCOMPARE(signer.signingKey("20150830").toHex(), expected);
        QVERIFY(signer.signingKey("20150831").toHex() != expected);
        QCOMPARE(S3::deriveSigningKey(signer.credentials().secretAccessKey, "20150830", "us-east-1", "iam").toHex(),
            expected);
    }

    void s3Examples_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const char *n : { "get-object-range", "put-object", "get-bucket-lifecycle", "list-objects" })
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void s3Examples()
    {
        QFETCH(QString, caseName);
        const QJsonObject all = examples();
        const QJsonObject c = exampleCase(all, caseName);
        QVERIFY(!c.isEmpty());
        const QJsonObject creds = all.value(QLatin1String("credentials")).toObject();
        S3::Signer signer({ creds.value(QLatin1String("access_key_id")).toString(),
                              creds.value(QLatin1String("secret_access_key")).toString(), {} },
            all.value(QLatin1String("region")).toString().toUtf8());
        S3::SignableRequest request = exampleRequest(c);
        const QByteArray payloadHash = S3::sha256Hex(c.value(QLatin1String("payload")).toString().toUtf8());
        QCOMPARE(*request.header("x-amz-content-sha256"), payloadHash);
        const QDateTime t = *S3::parseAmzDate(all.value(QLatin1String("timestamp")).toString().toLatin1());
        const S3::SigningSteps steps = signer.signHeaders(request, t, payloadHash);
        QCOMPARE(steps.signedHeaders, c.value(QLatin1String("signed_headers")).toString().toUtf8());
        QCOMPARE(steps.signature, c.value(QLatin1String("signature")).toString().toUtf8());
        if (c.contains(QLatin1String("canonical_path")))
            QVERIFY(steps.canonicalRequest.contains(
                '\n' + c.value(QLatin1String("canonical_path")).toString().toUtf8() + '\n'));
        if (c.contains(QLatin1String("canonical_query")))
            QVERIFY(steps.canonicalRequest.contains(
                '\n' + c.value(QLatin1String("canonical_query")).toString().toUtf8() + '\n'));
    }

    void s3PresignedExample()
    {
        const QJsonObject all = examples();
        const QJsonObject c = exampleCase(all, QStringLiteral("presigned-get-object"));
        const QJsonObject creds = all.value(QLatin1String("credentials")).toObject();
        S3::Signer signer({ creds.value(QLatin1String("access_key_id")).toString(),
                              creds.value(QLatin1String("secret_access_key")).toString(), {} },
            "us-east-1");
        S3::SignableRequest request = exampleRequest(c);
        const QByteArray expectedQuery = request.query; // the documented parameters, without the signature
        request.query.clear();
        const QDateTime t = *S3::parseAmzDate("20130524T000000Z");
        const auto steps = signer.presign(request, t, 86400);
        QVERIFY(steps);
        QCOMPARE(steps->signature, c.value(QLatin1String("signature")).toString().toUtf8());
        QCOMPARE(
            S3::canonicalQueryString(QByteArrayView(request.query).first(request.query.indexOf("&X-Amz-Signature"))),
            S3::canonicalQueryString(QByteArrayView(expectedQuery)));
        QVERIFY(request.query.endsWith("&X-Amz-Signature=" + steps->signature));
    }

    void s3ChunkedExample()
    {
        const QJsonObject all = examples();
        const QJsonObject c = exampleCase(all, QStringLiteral("chunked-upload"));
        const QJsonObject creds = all.value(QLatin1String("credentials")).toObject();
        S3::Signer signer({ creds.value(QLatin1String("access_key_id")).toString(),
                              creds.value(QLatin1String("secret_access_key")).toString(), {} },
            "us-east-1");
        S3::SignableRequest request = exampleRequest(c);
        const QDateTime t = *S3::parseAmzDate("20130524T000000Z");
        const S3::SigningSteps steps = signer.signHeaders(request, t, S3::kStreamingSignedPayload);
        QCOMPARE(steps.signedHeaders, c.value(QLatin1String("signed_headers")).toString().toUtf8());
        QCOMPARE(steps.signature, c.value(QLatin1String("seed_signature")).toString().toUtf8());

        S3::ChunkSigningContext ctx { signer.signingKey("20130524"), "20130524T000000Z",
            "20130524/us-east-1/s3/aws4_request", steps.signature };
        S3::AwsChunkedEncoder encoder(S3::PayloadMode::StreamingSigned, ctx);
        const QJsonArray chunks = c.value(QLatin1String("chunk_signatures")).toArray();
        QByteArray body;
        for (const QJsonValue &v : chunks) {
            const QJsonObject chunk = v.toObject();
            const int size = chunk.value(QLatin1String("size")).toInt();
            body += size > 0 ? encoder.encodeChunk(QByteArray(size, 'a')) : encoder.finish();
            QCOMPARE(encoder.lastSignature(), chunk.value(QLatin1String("signature")).toString().toUtf8());
        }
        QCOMPARE(body.size(),
            c.value(QLatin1String("headers"))
                .toObject()
                .value(QLatin1String("Content-Length"))
                .toString()
                .toLongLong());
        QCOMPARE(S3::AwsChunkedEncoder::encodedLength(S3::PayloadMode::StreamingSigned, 66560, 65536), body.size());
    }
};

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
