#include "engine/s3/awschunked.h"

#include <algorithm>
#include <cstring>

#include "engine/s3/errortable.h"

namespace S3 {

using Core::ErrorCode;

namespace {

constexpr qint64 kMinChunkSize = 8192;
constexpr qint64 kMaxChunkSize = qint64(5) * 1024 * 1024 * 1024; // a part can be at most 5 GiB
constexpr int kMaxTrailers = 16;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isSignature(QByteArrayView value)
{
    return value.size() == 64 && std::all_of(value.begin(), value.end(), isHexDigit);
}

bool isSignedMode(PayloadMode mode)
{
    return mode == PayloadMode::StreamingSigned || mode == PayloadMode::StreamingSignedTrailer;
}

bool hasTrailer(PayloadMode mode)
{
    return mode == PayloadMode::StreamingSignedTrailer || mode == PayloadMode::StreamingUnsignedTrailer;
}

} // namespace

ChunkSigningContext ChunkSigningContext::fromAuth(const AuthContext &context)
{
    return ChunkSigningContext { context.signingKey, context.amzDate, context.scope, context.seedSignature };
}

QByteArray chunkSignature(
    const ChunkSigningContext &context, QByteArrayView previousSignature, QByteArrayView chunkSha256Hex)
{
    QByteArray sts;
    sts.reserve(300);
    sts.append("AWS4-HMAC-SHA256-PAYLOAD\n")
        .append(context.amzDate)
        .append('\n')
        .append(context.scope)
        .append('\n')
        .append(previousSignature)
        .append('\n')
        .append(kEmptySha256Hex)
        .append('\n')
        .append(chunkSha256Hex);
    return hmacSha256(context.signingKey, sts).toHex();
}

QByteArray trailerSignature(
    const ChunkSigningContext &context, QByteArrayView previousSignature, QByteArrayView canonicalTrailerLines)
{
    QByteArray sts;
    sts.reserve(300);
    sts.append("AWS4-HMAC-SHA256-TRAILER\n")
        .append(context.amzDate)
        .append('\n')
        .append(context.scope)
        .append('\n')
        .append(previousSignature)
        .append('\n')
        .append(sha256Hex(canonicalTrailerLines));
    return hmacSha256(context.signingKey, sts).toHex();
}

// ---- Decoder ----

AwsChunkedDecoder::AwsChunkedDecoder(PayloadMode mode, Sink sink, std::optional<ChunkSigningContext> signing)
    : m_mode { mode }, m_sink { std::move(sink) }, m_signing { std::move(signing) }
{
    if (m_signing)
        m_previousSignature = m_signing->seedSignature;
    if (isSignedMode(m_mode))
        m_chunkHasher = std::make_unique<Hasher>(ChecksumAlgorithm::Sha256);
}

AwsChunkedDecoder::~AwsChunkedDecoder() = default;

void AwsChunkedDecoder::setTrailerChecksum(ChecksumAlgorithm algorithm)
{
    m_trailerHasher = std::make_unique<Hasher>(algorithm);
}

bool AwsChunkedDecoder::isComplete() const
{
    return m_state == State::Done;
}

Core::Status AwsChunkedDecoder::checkDecodedLength(QByteArrayView headerValue) const
{
    const QByteArrayView v = headerValue.trimmed();
    bool ok = !v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 expected = ok ? v.toLongLong(&ok) : -1;
    if (!ok) {
        return std::unexpected(
            makeError(ErrorCode::InvalidArgument, QStringLiteral("x-amz-decoded-content-length must be a number")));
    }
    if (expected != m_decodedLength) {
        return std::unexpected(makeError(ErrorCode::IncompleteBody,
            QStringLiteral("You did not provide the number of bytes specified by the "
                           "x-amz-decoded-content-length HTTP header (%1 of %2).")
                .arg(m_decodedLength)
                .arg(expected)));
    }
    return {};
}

std::optional<QByteArray> AwsChunkedDecoder::trailer(QByteArrayView name) const
{
    for (const auto &[n, v] : m_trailers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

std::optional<QByteArray> AwsChunkedDecoder::trailerChecksum(ChecksumAlgorithm algorithm) const
{
    const auto value = trailer(checksumHeaderName(algorithm));
    if (!value)
        return std::nullopt;
    auto raw = parseChecksumValue(algorithm, *value);
    if (!raw)
        return std::nullopt;
    return *raw;
}

Core::Status AwsChunkedDecoder::fail(Core::Error error)
{
    m_state = State::Failed;
    m_error = std::move(error);
    return std::unexpected(m_error);
}

Core::Status AwsChunkedDecoder::feed(const char *data, qsizetype length)
{
    const char *p = data;
    const char *const end = data + length;
    while (p < end) {
        switch (m_state) {
        case State::Failed:
            return std::unexpected(m_error);
        case State::Done:
            return fail(makeError(
                ErrorCode::InvalidArgument, QStringLiteral("aws-chunked body has data after the final chunk")));
        case State::ChunkHeader:
        case State::Trailer: {
            const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = nl ? nl + 1 : end;
            if (m_line.size() + (stop - p) > kMaxLineLength + 2) {
                return fail(
                    makeError(m_state == State::Trailer ? ErrorCode::MalformedTrailerError : ErrorCode::InvalidArgument,
                        QStringLiteral("aws-chunked header line longer than %1 bytes").arg(kMaxLineLength)));
            }
            m_line.append(p, stop - p);
            p = stop;
            if (!nl)
                break;
            if (!m_line.endsWith("\r\n")) {
                return fail(
                    makeError(m_state == State::Trailer ? ErrorCode::MalformedTrailerError : ErrorCode::InvalidArgument,
                        QStringLiteral("aws-chunked line does not end with CRLF")));
            }
            const QByteArray line = std::exchange(m_line, QByteArray()).chopped(2);
            const Core::Status st = m_state == State::ChunkHeader ? handleHeaderLine(line) : handleTrailerLine(line);
            if (!st)
                return st;
            break;
        }
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(end - p, m_chunkRemaining));
            if (m_expectedLength >= 0 && m_decodedLength + n > m_expectedLength) {
                return fail(makeError(ErrorCode::InvalidArgument,
                    QStringLiteral("aws-chunked body decodes to more than "
                                   "x-amz-decoded-content-length (%1) bytes")
                        .arg(m_expectedLength)));
            }
            if (m_chunkHasher)
                m_chunkHasher->update(p, n);
            if (m_trailerHasher)
                m_trailerHasher->update(p, n);
            if (m_sink) {
                if (Core::Status st = m_sink(p, n); !st)
                    return fail(st.error());
            }
            m_decodedLength += n;
            m_chunkRemaining -= n;
            p += n;
            if (m_chunkRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
        case State::TrailerEnd: {
            while (p < end && m_line.size() < 2)
                m_line.append(*p++);
            if (m_line.size() < 2)
                break;
            if (m_line != "\r\n") {
                return fail(makeError(
                    m_state == State::TrailerEnd ? ErrorCode::MalformedTrailerError : ErrorCode::InvalidArgument,
                    QStringLiteral("aws-chunked chunk data is not followed by CRLF")));
            }
            m_line.clear();
            if (m_state == State::TrailerEnd) {
                m_state = State::Done;
                break;
            }
            if (const Core::Status st = handleChunkEnd(); !st)
                return st;
            break;
        }
        }
    }
    if (m_state == State::Failed)
        return std::unexpected(m_error);
    return {};
}

Core::Status AwsChunkedDecoder::handleHeaderLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView sizePart = semicolon < 0 ? line : line.first(semicolon);
    if (sizePart.isEmpty() || sizePart.size() > 16 || !std::all_of(sizePart.begin(), sizePart.end(), isHexDigit)) {
        return fail(makeError(ErrorCode::InvalidArgument,
            QStringLiteral("aws-chunked chunk size \"%1\" is not a hex number")
                .arg(QString::fromLatin1(sizePart.first(std::min<qsizetype>(sizePart.size(), 32))))));
    }
    bool ok = false;
    const qint64 size = sizePart.toLongLong(&ok, 16);
    if (!ok || size < 0 || size > kMaxChunkSize)
        return fail(makeError(ErrorCode::InvalidChunkSizeError, QStringLiteral("aws-chunked chunk is too large")));

    if (isSignedMode(m_mode)) {
        const QByteArrayView ext = semicolon < 0 ? QByteArrayView() : line.sliced(semicolon + 1);
        constexpr QByteArrayView kPrefix = "chunk-signature=";
        if (!ext.startsWith(kPrefix) || !isSignature(ext.sliced(kPrefix.size()))) {
            return fail(makeError(
                ErrorCode::InvalidArgument, QStringLiteral("aws-chunked chunk header lacks a valid chunk-signature")));
        }
        m_expectedChunkSignature = ext.sliced(kPrefix.size()).toByteArray().toLower();
    }

    if (size > 0) {
        if (m_enforceMinChunk && m_sawShortChunk) {
            return fail(makeError(ErrorCode::InvalidChunkSizeError));
        }
        if (size < kMinChunkSize)
            m_sawShortChunk = true;
        m_chunkSize = size;
        m_chunkRemaining = size;
        m_state = State::ChunkData;
        return {};
    }

    // The final, empty chunk.
    m_lastChunk = true;
    m_chunkSize = 0;
    if (isSignedMode(m_mode)) {
        if (const Core::Status st = handleChunkEnd(); !st)
            return st;
    }
    if (hasTrailer(m_mode)) {
        m_state = State::Trailer;
    } else {
        m_state = State::ChunkDataEnd; // "0;chunk-signature=...\r\n" is followed by one more CRLF
        m_signatureChecked = true;
    }
    return {};
}

Core::Status AwsChunkedDecoder::handleChunkEnd()
{
    if (m_lastChunk && m_signatureChecked) {
        m_state = State::Done;
        return {};
    }
    if (isSignedMode(m_mode)) {
        if (!m_signing)
            return fail(makeError(ErrorCode::SignatureDoesNotMatch, QStringLiteral("aws-chunked: no signing context")));
        const QByteArray hash = m_chunkHasher->finishHex();
        const QByteArray expected = chunkSignature(*m_signing, m_previousSignature, hash);
        if (expected != m_expectedChunkSignature) {
            return fail(makeError(ErrorCode::SignatureDoesNotMatch,
                QStringLiteral("The request signature we calculated does not match the signature "
                               "you provided. Check your key and signing method. (chunk ending at "
                               "decoded byte %1)")
                    .arg(m_decodedLength)));
        }
        m_previousSignature = expected;
    }
    if (!m_lastChunk)
        m_state = State::ChunkHeader;
    return {};
}

Core::Status AwsChunkedDecoder::handleTrailerLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        if (m_mode == PayloadMode::StreamingSignedTrailer) {
            return fail(makeError(
                ErrorCode::MalformedTrailerError, QStringLiteral("aws-chunked trailer lacks x-amz-trailer-signature")));
        }
        m_state = State::Done;
        return {};
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(makeError(ErrorCode::MalformedTrailerError));
    const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
    const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
    if (name == "x-amz-trailer-signature") {
        if (m_mode != PayloadMode::StreamingSignedTrailer || !isSignature(value))
            return fail(makeError(ErrorCode::MalformedTrailerError));
        if (!m_signing)
            return fail(makeError(ErrorCode::SignatureDoesNotMatch, QStringLiteral("aws-chunked: no signing context")));
        const QByteArray expected = trailerSignature(*m_signing, m_previousSignature, m_canonicalTrailer);
        if (expected != value.toLower()) {
            return fail(makeError(ErrorCode::SignatureDoesNotMatch,
                QStringLiteral("The request signature we calculated does not match the signature "
                               "you provided. Check your key and signing method. (trailer)")));
        }
        m_previousSignature = expected;
        m_state = State::TrailerEnd;
        return {};
    }
    if (m_trailers.size() >= kMaxTrailers)
        return fail(makeError(ErrorCode::MalformedTrailerError, QStringLiteral("too many trailer headers")));
    m_canonicalTrailer.append(name).append(':').append(value).append('\n');
    m_trailers.append({ name, value });
    return {};
}

Core::Status AwsChunkedDecoder::finish()
{
    if (m_state == State::Failed)
        return std::unexpected(m_error);
    const bool complete = m_state == State::Done || (m_state == State::TrailerEnd && m_line.isEmpty());
    if (!complete) {
        return fail(makeError(ErrorCode::IncompleteBody,
            QStringLiteral("The aws-chunked body ended before its final chunk%1.")
                .arg(hasTrailer(m_mode) ? QStringLiteral(" and trailer") : QString())));
    }
    m_state = State::Done;
    if (m_expectedLength >= 0 && m_decodedLength != m_expectedLength) {
        return fail(makeError(ErrorCode::IncompleteBody,
            QStringLiteral("You did not provide the number of bytes specified by the "
                           "x-amz-decoded-content-length HTTP header (%1 of %2).")
                .arg(m_decodedLength)
                .arg(m_expectedLength)));
    }
    return finishTrailer();
}

Core::Status AwsChunkedDecoder::finishTrailer()
{
    if (!m_trailerHasher)
        return {};
    const ChecksumAlgorithm alg = m_trailerHasher->algorithm();
    const QByteArray headerName = checksumHeaderName(alg);
    const auto value = trailer(headerName);
    if (!value) {
        return fail(makeError(ErrorCode::MalformedTrailerError,
            QStringLiteral("The trailer %1 named in x-amz-trailer is missing.").arg(QString::fromLatin1(headerName))));
    }
    const auto declared = parseChecksumValue(alg, *value);
    if (!declared)
        return fail(makeError(ErrorCode::MalformedTrailerError, declared.error().message));
    if (m_trailerHasher->finish() != *declared) {
        return fail(makeError(ErrorCode::BadDigest,
            QStringLiteral("The %1 you specified did not match the calculated checksum.")
                .arg(QString::fromLatin1(checksumAlgorithmName(alg)))));
    }
    return {};
}

// ---- Encoder ----

AwsChunkedEncoder::AwsChunkedEncoder(
    PayloadMode mode, std::optional<ChunkSigningContext> signing, std::optional<ChecksumAlgorithm> trailerChecksum)
    : m_mode { mode }, m_signing { std::move(signing) }
{
    if (m_signing)
        m_previousSignature = m_signing->seedSignature;
    if (trailerChecksum && hasTrailer(mode))
        m_trailerHasher.emplace(*trailerChecksum);
}

QByteArray AwsChunkedEncoder::encodeChunk(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 100);
    out.append(QByteArray::number(data.size(), 16));
    if (isSignedMode(m_mode) && m_signing) {
        m_previousSignature = chunkSignature(*m_signing, m_previousSignature, sha256Hex(data));
        out.append(";chunk-signature=").append(m_previousSignature);
    }
    out.append("\r\n");
    out.append(data);
    out.append("\r\n");
    if (m_trailerHasher)
        m_trailerHasher->update(data);
    return out;
}

QByteArray AwsChunkedEncoder::finish()
{
    QByteArray out = "0";
    if (isSignedMode(m_mode) && m_signing) {
        m_previousSignature = chunkSignature(*m_signing, m_previousSignature, kEmptySha256Hex);
        out.append(";chunk-signature=").append(m_previousSignature);
    }
    out.append("\r\n");
    if (!hasTrailer(m_mode)) {
        out.append("\r\n");
        return out;
    }
    QByteArray canonical;
    if (m_trailerHasher) {
        canonical = checksumHeaderName(m_trailerHasher->algorithm()) + ':' + m_trailerHasher->finishBase64() + '\n';
        out.append(canonical.chopped(1)).append("\r\n");
    }
    if (m_mode == PayloadMode::StreamingSignedTrailer && m_signing) {
        m_previousSignature = trailerSignature(*m_signing, m_previousSignature, canonical);
        out.append("x-amz-trailer-signature:").append(m_previousSignature).append("\r\n");
    }
    out.append("\r\n");
    return out;
}

qint64 AwsChunkedEncoder::encodedLength(
    PayloadMode mode, qint64 decodedLength, qint64 chunkSize, std::optional<ChecksumAlgorithm> trailerChecksum)
{
    const qint64 sigExt = isSignedMode(mode) ? 17 + 64 : 0; // ";chunk-signature=" + 64 hex
    auto chunkLength
        = [sigExt](qint64 size) { return qint64(QByteArray::number(size, 16).size()) + sigExt + 2 + size + 2; };
    qint64 total = 0;
    if (chunkSize > 0) {
        const qint64 full = decodedLength / chunkSize;
        const qint64 rest = decodedLength % chunkSize;
        total += full * chunkLength(chunkSize);
        if (rest > 0)
            total += chunkLength(rest);
    }
    total += 1 + sigExt + 2; // "0" [ext] CRLF
    if (!hasTrailer(mode))
        return total + 2;
    if (trailerChecksum) {
        const qint64 digest = checksumDigestSize(*trailerChecksum);
        total += checksumHeaderName(*trailerChecksum).size() + 1 + 4 * ((digest + 2) / 3) + 2;
    }
    if (mode == PayloadMode::StreamingSignedTrailer)
        total += 24 + 64 + 2; // "x-amz-trailer-signature:" sig CRLF
    return total + 2;
}

} // namespace S3
