#include <QElapsedTimer>
#include <QTest>

#include "engine/s3/awschunked.h"
#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"

using Core::ErrorCode;
using S3::PayloadMode;

namespace {

// The chunked-upload example of AWS's S3 documentation.
S3::ChunkSigningContext docContext()
{
    const QByteArray key = S3::deriveSigningKey(
        QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), "20130524", "us-east-1", "s3");
    return { key, "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
        "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9" };
}

QByteArray patternData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + 7) & 0xFF);
    return data;
}

QByteArray encode(PayloadMode mode, const QByteArray &data, qsizetype chunkSize,
    std::optional<S3::ChecksumAlgorithm> trailer = {}, QList<qsizetype> *pieceStarts = nullptr)
{
    std::optional<S3::ChunkSigningContext> ctx;
    if (mode == PayloadMode::StreamingSigned || mode == PayloadMode::StreamingSignedTrailer)
        ctx = docContext();
    S3::AwsChunkedEncoder encoder(mode, ctx, trailer);
    QByteArray out;
    for (qsizetype off = 0; off < data.size(); off += chunkSize) {
        if (pieceStarts)
            pieceStarts->append(out.size());
        out += encoder.encodeChunk(QByteArrayView(data).sliced(off, std::min(chunkSize, data.size() - off)));
    }
    if (pieceStarts)
        pieceStarts->append(out.size());
    out += encoder.finish();
    return out;
}

struct DecodeResult
{
    Core::Status status;
    QByteArray output;
    qint64 decodedLength = 0;
};

DecodeResult decode(PayloadMode mode, const QByteArray &body, qsizetype step,
    std::optional<S3::ChecksumAlgorithm> trailer = {}, qint64 expectedLength = -1)
{
    DecodeResult result;
    std::optional<S3::ChunkSigningContext> ctx;
    if (mode == PayloadMode::StreamingSigned || mode == PayloadMode::StreamingSignedTrailer)
        ctx = docContext();
    S3::AwsChunkedDecoder decoder(
        mode,
        [&result](const char *data, qsizetype length) -> Core::Status {
            result.output.append(data, length);
            return {};
        },
        ctx);
    if (trailer)
        decoder.setTrailerChecksum(*trailer);
    if (expectedLength >= 0)
        decoder.setExpectedDecodedLength(expectedLength);
    for (qsizetype off = 0; off < body.size(); off += step) {
        result.status = decoder.feed(body.constData() + off, std::min(step, body.size() - off));
        if (!result.status)
            return result;
    }
    result.status = decoder.finish();
    result.decodedLength = decoder.decodedLength();
    return result;
}

} // namespace

class TestAwsChunked : public QObject
{
    Q_OBJECT
private slots:
    void awsDocumentExample()
    {
        const QByteArray data(66560, 'a');
        const QByteArray body = encode(PayloadMode::StreamingSigned, data, 65536);
        QCOMPARE(body.size(), 66824);
        QVERIFY(body.startsWith(
            "10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n"));
        QVERIFY(body.contains(
            "\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n"));
        QVERIFY(body.endsWith(
            "\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n"));
        const DecodeResult r = decode(PayloadMode::StreamingSigned, body, body.size(), {}, 66560);
        QVERIFY2(r.status, qPrintable(r.status ? QString() : r.status.error().message));
        QCOMPARE(r.output, data);
        QCOMPARE(r.decodedLength, 66560);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("trailer"); // -1 none
        const int none = -1;
        const int crc32 = int(S3::ChecksumAlgorithm::Crc32);
        const int crc32c = int(S3::ChecksumAlgorithm::Crc32c);
        const int sha256 = int(S3::ChecksumAlgorithm::Sha256);
        QTest::newRow("signed-empty") << int(PayloadMode::StreamingSigned) << 0 << 8192 << none;
        QTest::newRow("signed") << int(PayloadMode::StreamingSigned) << 20000 << 8192 << none;
        QTest::newRow("signed-trailer-crc32") << int(PayloadMode::StreamingSignedTrailer) << 20000 << 8192 << crc32;
        QTest::newRow("signed-trailer-crc32c") << int(PayloadMode::StreamingSignedTrailer) << 9000 << 8192 << crc32c;
        QTest::newRow("signed-trailer-none") << int(PayloadMode::StreamingSignedTrailer) << 100 << 8192 << none;
        QTest::newRow("unsigned-trailer-crc32")
            << int(PayloadMode::StreamingUnsignedTrailer) << 70000 << 65536 << crc32;
        QTest::newRow("unsigned-trailer-sha256") << int(PayloadMode::StreamingUnsignedTrailer) << 5 << 8192 << sha256;
        QTest::newRow("unsigned-trailer-empty") << int(PayloadMode::StreamingUnsignedTrailer) << 0 << 8192 << crc32;
        QTest::newRow("unsigned-trailer-none") << int(PayloadMode::StreamingUnsignedTrailer) << 17 << 8192 << none;
    }
    void roundTrip()
    {
        QFETCH(int, mode);
        QFETCH(int, size);
        QFETCH(int, chunk);
        QFETCH(int, trailer);
        const auto m = PayloadMode(mode);
        std::optional<S3::ChecksumAlgorithm> alg;
        if (trailer >= 0)
            alg = S3::ChecksumAlgorithm(trailer);
        const QByteArray data = patternData(size);
        QList<qsizetype> pieceStarts;
        const QByteArray body = encode(m, data, chunk, alg, &pieceStarts);
        QCOMPARE(S3::AwsChunkedEncoder::encodedLength(m, size, chunk, alg), body.size());

        const DecodeResult whole = decode(m, body, body.size(), alg, size);
        QVERIFY2(whole.status, qPrintable(whole.status ? QString() : whole.status.error().message));
        QCOMPARE(whole.output, data);

        // Split feeds at every byte boundary give identical output (two pieces), and byte by byte.
        for (qsizetype split = 1; split < body.size(); split += (body.size() > 3000 ? 97 : 1)) {
            std::optional<S3::ChunkSigningContext> ctx;
            if (m != PayloadMode::StreamingUnsignedTrailer)
                ctx = docContext();
            QByteArray out;
            S3::AwsChunkedDecoder decoder(
                m,
                [&out](const char *d, qsizetype n) -> Core::Status {
                    out.append(d, n);
                    return {};
                },
                ctx);
            if (alg)
                decoder.setTrailerChecksum(*alg);
            QVERIFY(decoder.feed(QByteArrayView(body).first(split)));
            QVERIFY(decoder.feed(QByteArrayView(body).sliced(split)));
            QVERIFY(decoder.finish());
            QCOMPARE(out, data);
            if (alg) {
                QCOMPARE(decoder.trailerChecksum(*alg), S3::checksum(*alg, data));
                QVERIFY(decoder.trailer(S3::checksumHeaderName(*alg)));
            }
        }
        const DecodeResult bytewise = decode(m, body, 1, alg, size);
        QVERIFY(bytewise.status);
        QCOMPARE(bytewise.output, data);

        // Every truncation point gives IncompleteBody. With a signed trailer the final CRLF after
        // x-amz-trailer-signature is optional (SDKs differ), so that one cut is complete.
        // Large bodies: every cut near the framing (chunk starts, the end), a stride through the data.
        QList<bool> cutHere(body.size(), body.size() <= 3000);
        pieceStarts.append(body.size());
        for (qsizetype i = 0; i < body.size(); i += 97)
            cutHere[i] = true;
        for (const qsizetype start : pieceStarts) {
            for (qsizetype j = std::max<qsizetype>(0, start - 200); j < std::min(body.size(), start + 200); ++j)
                cutHere[j] = true;
        }
        for (qsizetype cut = 0; cut < body.size(); ++cut) {
            if (!cutHere[cut] || (m == PayloadMode::StreamingSignedTrailer && cut == body.size() - 2))
                continue;
            const DecodeResult r = decode(m, body.left(cut), 4096, alg);
            QVERIFY2(!r.status, qPrintable(QStringLiteral("cut at %1 of %2").arg(cut).arg(body.size())));
            QCOMPARE(r.status.error().code, ErrorCode::IncompleteBody);
        }
    }

    void unsignedTrailerAsBotocoreSendsIt()
    {
        // botocore's format: hex size CRLF data CRLF 0 CRLF trailer CRLF CRLF.
        const QByteArray body = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n";
        const DecodeResult r = decode(PayloadMode::StreamingUnsignedTrailer, body, 3, S3::ChecksumAlgorithm::Crc32, 5);
        QVERIFY2(r.status, qPrintable(r.status ? QString() : r.status.error().message));
        QCOMPARE(r.output, QByteArray("hello"));
        QCOMPARE(S3::checksum(S3::ChecksumAlgorithm::Crc32, "hello").toBase64(), QByteArray("NhCmhg=="));
    }

    void badChecksum()
    {
        const QByteArray body = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n";
        DecodeResult r = decode(PayloadMode::StreamingUnsignedTrailer, body, 64, S3::ChecksumAlgorithm::Crc32);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::BadDigest);
        QCOMPARE(r.status.error().httpStatus, 400);

        // Missing trailer although x-amz-trailer named one.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "5\r\nhello\r\n0\r\n\r\n", 64, S3::ChecksumAlgorithm::Crc32);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::MalformedTrailerError);

        // Malformed trailer line.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "5\r\nhello\r\n0\r\nno-colon\r\n\r\n", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::MalformedTrailerError);
    }

    void badSignatures()
    {
        const QByteArray data = patternData(20000);
        for (auto mode : { PayloadMode::StreamingSigned, PayloadMode::StreamingSignedTrailer }) {
            const QByteArray body = encode(mode, data, 8192, S3::ChecksumAlgorithm::Crc32c);
            // Flip one signature digit in every signature position, and one data byte.
            qsizetype pos = 0;
            int flipped = 0;
            while ((pos = body.indexOf("signature=", pos)) >= 0 || (pos = body.indexOf("signature:", pos)) >= 0) {
                QByteArray bad = body;
                bad[pos + 12] = bad[pos + 12] == '0' ? '1' : '0';
                const DecodeResult r = decode(mode, bad, 1000, S3::ChecksumAlgorithm::Crc32c);
                QVERIFY(!r.status);
                QCOMPARE(r.status.error().code, ErrorCode::SignatureDoesNotMatch);
                ++flipped;
                pos += 10;
            }
            QVERIFY(flipped >= 4);
            QByteArray bad = body;
            bad[200] = char(bad[200] ^ 1);
            const DecodeResult r = decode(mode, bad, 1000, S3::ChecksumAlgorithm::Crc32c);
            QVERIFY(!r.status);
            QCOMPARE(r.status.error().code, ErrorCode::SignatureDoesNotMatch);

            // A stream signed for another seed.
            S3::ChunkSigningContext other = docContext();
            other.seedSignature = QByteArray(64, 'a');
            S3::AwsChunkedDecoder decoder(mode, {}, other);
            const auto st = decoder.feed(body);
            QVERIFY(!st);
            QCOMPARE(st.error().code, ErrorCode::SignatureDoesNotMatch);
        }
    }

    void lyingSizes()
    {
        // Declared chunk size larger than the data: the next header is eaten as data, then truncation.
        DecodeResult r = decode(PayloadMode::StreamingUnsignedTrailer, "8\r\nhello\r\n0\r\n\r\n", 64);
        QVERIFY(!r.status);
        // Declared size smaller: the data is not followed by CRLF.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "3\r\nhello\r\n0\r\n\r\n", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
        // Not hex.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "zz\r\nhello\r\n0\r\n\r\n", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
        // Absurd size.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "fffffffffffffff\r\nhello", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidChunkSizeError);
        // Header line without CRLF beyond the limit.
        r = decode(PayloadMode::StreamingUnsignedTrailer, QByteArray(5000, '1'), 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
        // Data after the final chunk.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "5\r\nhello\r\n0\r\n\r\nmore", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
        // x-amz-decoded-content-length disagrees, both ways.
        r = decode(PayloadMode::StreamingUnsignedTrailer, "5\r\nhello\r\n0\r\n\r\n", 64, {}, 4);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
        r = decode(PayloadMode::StreamingUnsignedTrailer, "5\r\nhello\r\n0\r\n\r\n", 64, {}, 6);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::IncompleteBody);
        // Signed mode without chunk-signature.
        r = decode(PayloadMode::StreamingSigned, "5\r\nhello\r\n0\r\n\r\n", 64);
        QVERIFY(!r.status);
        QCOMPARE(r.status.error().code, ErrorCode::InvalidArgument);
    }

    void decodedLengthHeader()
    {
        S3::AwsChunkedDecoder decoder(PayloadMode::StreamingUnsignedTrailer, {});
        QVERIFY(decoder.feed(QByteArrayView("5\r\nhello\r\n0\r\n\r\n")));
        QVERIFY(decoder.finish());
        QVERIFY(decoder.isComplete());
        QVERIFY(decoder.checkDecodedLength("5"));
        QCOMPARE(decoder.checkDecodedLength("6").error().code, ErrorCode::IncompleteBody);
        QCOMPARE(decoder.checkDecodedLength("-5").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(decoder.checkDecodedLength("").error().code, ErrorCode::InvalidArgument);
    }

    void minimumChunkSize()
    {
        const QByteArray data = patternData(300);
        const QByteArray body = encode(PayloadMode::StreamingSigned, data, 100);
        QVERIFY(decode(PayloadMode::StreamingSigned, body, 64).status);
        S3::AwsChunkedDecoder decoder(PayloadMode::StreamingSigned, {}, docContext());
        decoder.setEnforceMinimumChunkSize(true);
        const auto st = decoder.feed(body);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::InvalidChunkSizeError);
    }

    void sinkErrorStops()
    {
        const QByteArray body = encode(PayloadMode::StreamingUnsignedTrailer, patternData(100), 50);
        S3::AwsChunkedDecoder decoder(
            PayloadMode::StreamingUnsignedTrailer, [](const char *, qsizetype) -> Core::Status {
                return Core::fail(ErrorCode::IoError, QStringLiteral("disk full"));
            });
        auto st = decoder.feed(body);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::IoError);
        QVERIFY(!decoder.finish());
    }

    void decoderThroughput()
    {
        // Sanity check that decoding adds little over SHA-256 of the chunks (signed mode).
        const QByteArray data = patternData(32 << 20);
        const QByteArray body = encode(PayloadMode::StreamingSigned, data, 1 << 20);
        QElapsedTimer t;
        t.start();
        qint64 total = 0;
        S3::AwsChunkedDecoder decoder(
            PayloadMode::StreamingSigned,
            [&total](const char *, qsizetype n) -> Core::Status {
                total += n;
                return {};
            },
            docContext());
        for (qsizetype off = 0; off < body.size(); off += 65536)
            QVERIFY(decoder.feed(QByteArrayView(body).sliced(off, std::min<qsizetype>(65536, body.size() - off))));
        QVERIFY(decoder.finish());
        QCOMPARE(total, data.size());
        const qint64 decodeMs = std::max<qint64>(t.elapsed(), 1);
        t.restart();
        const QByteArray hash = S3::sha256(data);
        const qint64 hashMs = std::max<qint64>(t.elapsed(), 1);
        qInfo("signed aws-chunked decode: %.0f MB/s (plain SHA-256: %.0f MB/s)", double(data.size()) / 1e3 / decodeMs,
            double(data.size()) / 1e3 / hashMs);
    }
};

QTEST_GUILESS_MAIN(TestAwsChunked)
#include "tst_awschunked.moc"
