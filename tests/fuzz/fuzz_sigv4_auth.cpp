// Fuzz target: server-side SigV4 authentication (S3::verifyRequest) of a request head, header
// (Authorization) and presigned (X-Amz-* query) forms, with a fixed secret lookup; a request
// that verifies then has its body checked as the server would (payload hash, or aws-chunked
// with chunk signatures).
// Input: one flag byte, then "METHOD target HTTP/1.1", header lines "Name:Value" (CRLF or LF),
// an empty line and the body. Flags: bit 0 clock (0: 2015-08-30T12:36:00Z, the generic suite;
// 1: 2013-05-24T00:00:00Z, AWS's S3 examples), bit 1 normalise the path, bit 2 service "s3"
// (else "service"), bit 3 x-amz-content-sha256 optional, bit 4 region eu-west-1.

#include <cstdint>
#include <optional>

#include <QCryptographicHash>
#include <QDateTime>

#include "engine/s3/awschunked.h"
#include "engine/s3/sigv4.h"
#include "tests/fuzz/fuzzinput.h"

namespace {

std::optional<QString> lookupSecret(const QString &accessKeyId)
{
    if (accessKeyId == u"AKIDEXAMPLE")
        return QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    if (accessKeyId == u"AKIAIOSFODNN7EXAMPLE")
        return QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input in(data, size);
    const std::uint8_t flags = in.byte();
    const QByteArray text = in.restCopy();

    S3::SignableRequest request;
    qsizetype pos = 0;
    QByteArray body;
    bool first = true;
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        QByteArray line = text.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            first = false;
            const QList<QByteArray> parts = line.split(' ');
            request.method = parts.value(0);
            const QByteArray target = parts.value(1);
            const qsizetype q = target.indexOf('?');
            request.path = q < 0 ? target : target.left(q);
            request.query = q < 0 ? QByteArray() : target.mid(q + 1);
            continue;
        }
        if (line.isEmpty()) {
            body = pos < text.size() ? text.mid(pos) : QByteArray();
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            request.headers.append({line, QByteArray()});
        else
            request.headers.append({line.left(colon), line.mid(colon + 1)});
    }

    const QDateTime now = (flags & 1) ? QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC)
                                      : QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
    S3::VerifierOptions options;
    options.normalizePath = flags & 2;
    options.service = (flags & 4) ? QByteArray("s3") : QByteArray("service");
    options.requireContentSha256 = !(flags & 8);
    const QByteArray region = (flags & 16) ? QByteArray("eu-west-1") : QByteArray("us-east-1");

    (void)request.header("host");
    (void)S3::payloadModeFromHeader(request.header("x-amz-content-sha256").value_or(QByteArray()));
    const auto auth = S3::verifyRequest(request, lookupSecret, now, region, options);
    if (!auth) {
        (void)auth.error().message.size();
        return 0;
    }

    switch (auth->payloadMode) {
    case S3::PayloadMode::SignedPayload:
    case S3::PayloadMode::UnsignedPayload:
        (void)S3::checkPayloadSha256(*auth, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
        break;
    case S3::PayloadMode::StreamingSigned:
    case S3::PayloadMode::StreamingSignedTrailer:
    case S3::PayloadMode::StreamingUnsignedTrailer: {
        qint64 decoded = 0;
        S3::AwsChunkedDecoder decoder(
            auth->payloadMode,
            [&decoded](const char *, qsizetype length) -> Core::Status {
                decoded += length;
                return {};
            },
            S3::ChunkSigningContext::fromAuth(*auth));
        if (const auto declared = request.header("x-amz-decoded-content-length")) {
            bool ok = false;
            const qint64 length = declared->toLongLong(&ok);
            if (ok && length >= 0)
                decoder.setExpectedDecodedLength(length);
        }
        if (decoder.feed(body))
            (void)decoder.finish();
        (void)decoder.isComplete();
        break;
    }
    }
    return 0;
}
