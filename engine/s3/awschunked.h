#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "engine/core/error.h"
#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"

namespace S3 {

// What chunk and trailer signatures are chained from: the request's signing key, its
// X-Amz-Date, credential scope and seed signature (the Authorization header's signature).
struct ChunkSigningContext
{
    QByteArray signingKey; // raw 32 bytes
    QByteArray amzDate; // "20130524T000000Z"
    QByteArray scope; // "20130524/us-east-1/s3/aws4_request"
    QByteArray seedSignature;

    static ChunkSigningContext fromAuth(const AuthContext &context);
};

// Hex signature of one chunk: HMAC(key, "AWS4-HMAC-SHA256-PAYLOAD\n<date>\n<scope>\n<previous>\n
// <sha256 of "">\n<hex sha256 of chunk data>").
QByteArray chunkSignature(
    const ChunkSigningContext &context, QByteArrayView previousSignature, QByteArrayView chunkSha256Hex);
// Hex signature of the trailer: HMAC(key, "AWS4-HMAC-SHA256-TRAILER\n<date>\n<scope>\n<previous>\n
// <hex sha256 of the trailer lines, each "name:value\n">).
QByteArray trailerSignature(
    const ChunkSigningContext &context, QByteArrayView previousSignature, QByteArrayView canonicalTrailerLines);

// Decodes a "Content-Encoding: aws-chunked" body incrementally (server side), in the three
// streaming modes: StreamingSigned, StreamingSignedTrailer, StreamingUnsignedTrailer.
// Decoded bytes go to the sink as they arrive (no chunk is buffered whole; a chunk header or
// trailer line may be at most kMaxLineLength bytes). Chunk signatures are checked when a
// chunk ends, so the sink may already have received the bytes of a chunk that then fails:
// the caller discards the partial body on any error (S3 writes to a temp file anyway).
// Not thread-safe; owned by the request handler. Once feed()/finish() failed, it stays failed.
class AwsChunkedDecoder final
{
public:
    // A sink may fail (disk full...): the error is returned from feed().
    using Sink = std::function<Core::Status(const char *data, qsizetype length)>;
    static constexpr qsizetype kMaxLineLength = 4096;

    // signing is required for the two signed modes (else every chunk fails SignatureDoesNotMatch).
    AwsChunkedDecoder(PayloadMode mode, Sink sink, std::optional<ChunkSigningContext> signing = {});
    ~AwsChunkedDecoder();
    AwsChunkedDecoder(const AwsChunkedDecoder &) = delete;
    AwsChunkedDecoder &operator=(const AwsChunkedDecoder &) = delete;

    // x-amz-decoded-content-length: feed() fails with InvalidArgument as soon as more bytes
    // decode, finish() with IncompleteBody when fewer did.
    void setExpectedDecodedLength(qint64 length) { m_expectedLength = length; }
    // x-amz-trailer names a checksum: the decoder hashes the decoded data with that algorithm and
    // finish() compares it with the trailer value (BadDigest when it differs, MalformedTrailerError
    // when the trailer is missing or not valid base64 of the right size).
    void setTrailerChecksum(ChecksumAlgorithm algorithm);
    // AWS rejects chunks smaller than 8 KiB except the last one (InvalidChunkSizeError) for
    // signed streams; off by default because SDKs differ.
    void setEnforceMinimumChunkSize(bool on) { m_enforceMinChunk = on; }

    Core::Status feed(const char *data, qsizetype length);
    Core::Status feed(QByteArrayView data) { return feed(data.data(), data.size()); }
    // The body ended: IncompleteBody unless the final chunk (and the trailer, if any) was read
    // completely; then the decoded length and the trailer checksum are checked.
    Core::Status finish();

    bool isComplete() const;
    qint64 decodedLength() const { return m_decodedLength; }
    // After finish(): compares decodedLength() with an x-amz-decoded-content-length value.
    // InvalidArgument when it is not a non-negative decimal number, IncompleteBody when it differs.
    Core::Status checkDecodedLength(QByteArrayView headerValue) const;
    // Trailer headers in order, names lower-cased, values trimmed (x-amz-trailer-signature excluded).
    const QList<std::pair<QByteArray, QByteArray>> &trailers() const { return m_trailers; }
    std::optional<QByteArray> trailer(QByteArrayView name) const;
    // The raw digest the trailer carried for that algorithm's x-amz-checksum-* header, if any
    // (after finish()). Lets the server compare against a checksum it computed itself.
    std::optional<QByteArray> trailerChecksum(ChecksumAlgorithm algorithm) const;

private:
    enum class State
    {
        ChunkHeader,
        ChunkData,
        ChunkDataEnd,
        Trailer,
        TrailerEnd, // after x-amz-trailer-signature: an optional final CRLF
        Done,
        Failed,
    };
    Core::Status fail(Core::Error error);
    Core::Status handleHeaderLine(QByteArrayView line);
    Core::Status handleChunkEnd();
    Core::Status handleTrailerLine(QByteArrayView line);
    Core::Status finishTrailer();

    PayloadMode m_mode;
    Sink m_sink;
    std::optional<ChunkSigningContext> m_signing;
    State m_state = State::ChunkHeader;
    Core::Error m_error;
    QByteArray m_line; // partial header/trailer line
    qint64 m_chunkRemaining = 0;
    qint64 m_chunkSize = 0;
    bool m_lastChunk = false;
    bool m_signatureChecked = false; // the final chunk's signature is checked
    bool m_sawShortChunk = false;
    QByteArray m_expectedChunkSignature;
    QByteArray m_previousSignature;
    std::unique_ptr<Hasher> m_chunkHasher; // SHA-256 of the current chunk (signed modes)
    std::unique_ptr<Hasher> m_trailerHasher;
    QList<std::pair<QByteArray, QByteArray>> m_trailers;
    QByteArray m_trailerSignature;
    QByteArray m_canonicalTrailer;
    qint64 m_decodedLength = 0;
    qint64 m_expectedLength = -1;
    bool m_enforceMinChunk = false;
};

// Encodes a body as aws-chunked (client side, and tests). Chunks are produced one call at a
// time so the caller controls their size (AWS wants >= 8 KiB except the last).
// Not thread-safe; owned by value by the upload job.
class AwsChunkedEncoder final
{
public:
    // trailerChecksum: for the two *Trailer modes, the x-amz-checksum-* trailer to append
    // (computed over the data passed to encodeChunk()).
    AwsChunkedEncoder(PayloadMode mode, std::optional<ChunkSigningContext> signing = {},
        std::optional<ChecksumAlgorithm> trailerChecksum = {});

    // One chunk with its framing; data must not be empty (the empty chunk is finish()'s).
    QByteArray encodeChunk(QByteArrayView data);
    // The final zero-length chunk, the trailer and its signature as the mode requires.
    QByteArray finish();
    const QByteArray &lastSignature() const { return m_previousSignature; }

    // Content-Length of the encoded body for a payload of decodedLength bytes sent in chunks of
    // chunkSize (the last one shorter), for setting the header before streaming.
    static qint64 encodedLength(PayloadMode mode, qint64 decodedLength, qint64 chunkSize,
        std::optional<ChecksumAlgorithm> trailerChecksum = {});

private:
    PayloadMode m_mode;
    std::optional<ChunkSigningContext> m_signing;
    QByteArray m_previousSignature;
    std::optional<Hasher> m_trailerHasher;
};

} // namespace S3
