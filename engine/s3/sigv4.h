#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"

namespace S3 {

// Payload hash values of x-amz-content-sha256 with a special meaning.
inline constexpr char kEmptySha256Hex[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";
inline constexpr char kStreamingSignedPayload[] = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
inline constexpr char kStreamingSignedPayloadTrailer[] = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
inline constexpr char kStreamingUnsignedPayloadTrailer[] = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
inline constexpr char kSigV4Algorithm[] = "AWS4-HMAC-SHA256";

// AWS's limits for presigned URLs (X-Amz-Expires) and header clock skew.
inline constexpr qint64 kMaxPresignExpirySeconds = 604800;
inline constexpr qint64 kMaxClockSkewSeconds = 900;

struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty when not temporary credentials
};

// One HTTP request as the signer produces it or the verifier receives it.
struct SignableRequest
{
    QByteArray method;
    QByteArray path; // as on the wire, percent-encoded; S3 does NOT normalise it
    QByteArray query; // raw, without '?'
    QList<std::pair<QByteArray, QByteArray>> headers; // as on the wire, any case, may repeat

    // Values of all headers of that name (case-insensitive), joined with ',' as SigV4 does;
    // nullopt when absent.
    std::optional<QByteArray> header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Replaces every header of that name (case-insensitive) by one, appended at the end.
    void setHeader(QByteArrayView name, QByteArray value);
    void removeHeader(QByteArrayView name);
};

// Every intermediate result of a signature, for tests and SignatureDoesNotMatch diagnostics.
struct SigningSteps
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lower-case hex
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray authorization; // header signing: the Authorization value; presigning: the signed query
};

// "20150830T123600Z" (UTC) and back; nullopt when not that form.
QByteArray amzDate(const QDateTime &time);
std::optional<QDateTime> parseAmzDate(QByteArrayView value);

// "20150830/us-east-1/s3/aws4_request".
QByteArray credentialScope(QByteArrayView date, QByteArrayView region, QByteArrayView service);

// HMAC chain: kSecret = "AWS4"+secret, kDate, kRegion, kService, "aws4_request". 32 raw bytes.
QByteArray deriveSigningKey(
    const QString &secretAccessKey, QByteArrayView date, QByteArrayView region, QByteArrayView service);

// Canonical headers and the signed-header list: names lower-cased and sorted, values of
// repeated headers joined with ',' in order, values trimmed with inner whitespace runs
// collapsed to one space. Headers not in signedNames (lower-case) are skipped; when signedNames
// is empty every header is taken. Returns {canonicalHeaders (each "name:value\n"), "a;b;c"}.
std::pair<QByteArray, QByteArray> canonicalHeaders(
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QList<QByteArray> &signedNames = {});

// The six lines of the canonical request.
QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri, QByteArrayView canonicalQuery,
    QByteArrayView canonicalHeaders, QByteArrayView signedHeaders, QByteArrayView payloadHash);

// "AWS4-HMAC-SHA256\n<amzDate>\n<scope>\n<hex sha256 of canonical request>".
QByteArray stringToSign(QByteArrayView amzDate, QByteArrayView scope, QByteArrayView canonicalRequest);

// Signs requests for one set of credentials, region and service (client side).
// Keeps a cache of the derived signing key for the last date; not thread-safe (one per thread
// or guarded by the owner). Owned by value by the client's transport.
class Signer final
{
public:
    Signer(Credentials credentials, QByteArray region, QByteArray service = "s3");

    // Generic services normalise the path ("normalize": true in the test suite); S3 must not.
    void setNormalizePath(bool on) { m_normalizePath = on; }
    // S3 signs x-amz-content-sha256 on every header-signed request (default on). Off for the
    // generic suite cases, which add it only when the body is signed.
    void setAddContentSha256Header(bool on) { m_addContentSha256 = on; }
    // The test suite's "omit_session_token": the token is added after signing, unsigned.
    void setOmitSessionTokenFromSignature(bool on) { m_omitSessionToken = on; }

    const Credentials &credentials() const { return m_credentials; }
    const QByteArray &region() const { return m_region; }
    const QByteArray &service() const { return m_service; }

    // Header signing. Adds (replacing) X-Amz-Date, x-amz-content-sha256 (if enabled; value
    // payloadHash: hex SHA-256, UNSIGNED-PAYLOAD or a STREAMING-* value), X-Amz-Security-Token
    // when a session token is set, and Authorization. Every header present in request.headers
    // is signed except Authorization, User-Agent, X-Amzn-Trace-Id and Expect (as botocore), so
    // leave out headers the HTTP stack may rewrite.
    SigningSteps signHeaders(
        SignableRequest &request, const QDateTime &time, QByteArrayView payloadHash = kEmptySha256Hex) const;

    // Presigned URL (query) signing: appends X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
    // X-Amz-SignedHeaders, X-Amz-Expires, [X-Amz-Security-Token], X-Amz-Signature to
    // request.query. Signs the Host header and any other header present in request.headers.
    // payloadHash is UNSIGNED-PAYLOAD for S3. InvalidArgument when expiresSeconds is outside
    // 1..604800.
    Core::Result<SigningSteps> presign(SignableRequest &request, const QDateTime &time, qint64 expiresSeconds,
        QByteArrayView payloadHash = kUnsignedPayload) const;

    // The derived key for a date ("20150830"); cached for the last date used.
    QByteArray signingKey(QByteArrayView date) const;

private:
    Credentials m_credentials;
    QByteArray m_region;
    QByteArray m_service;
    bool m_normalizePath = false;
    bool m_addContentSha256 = true;
    bool m_omitSessionToken = false;
    mutable QByteArray m_cachedDate;
    mutable QByteArray m_cachedKey;
};

// How the request's body is protected, from x-amz-content-sha256 (or UNSIGNED-PAYLOAD for
// presigned URLs without that header).
enum class PayloadMode
{
    SignedPayload, // payloadHash holds the hex SHA-256 the body must have
    UnsignedPayload, // UNSIGNED-PAYLOAD
    StreamingSigned, // STREAMING-AWS4-HMAC-SHA256-PAYLOAD (aws-chunked, chunk signatures)
    StreamingSignedTrailer, // STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER
    StreamingUnsignedTrailer, // STREAMING-UNSIGNED-PAYLOAD-TRAILER (aws-chunked, no signatures)
};

// Maps an x-amz-content-sha256 value; nullopt for anything that is neither a 64-digit hex hash
// nor one of the keywords.
std::optional<PayloadMode> payloadModeFromHeader(QByteArrayView value);

// The authenticated identity of a request and what the body handler needs to check the body.
struct AuthContext
{
    enum class Kind
    {
        Anonymous,
        HeaderV4,
        PresignedV4,
    };
    Kind kind = Kind::Anonymous;
    QString accessKeyId;
    QString sessionToken; // X-Amz-Security-Token when sent
    QByteArray region;
    QByteArray service;
    QByteArray scopeDate; // "20130524"
    QByteArray scope; // "20130524/us-east-1/s3/aws4_request"
    QByteArray amzDate; // "20130524T000000Z" as signed
    QDateTime requestTime; // UTC
    QList<QByteArray> signedHeaders; // lower-case
    QByteArray seedSignature; // hex; the previous signature of the first aws-chunked chunk
    QByteArray signingKey; // raw 32 bytes; checks chunk and trailer signatures
    PayloadMode payloadMode = PayloadMode::UnsignedPayload;
    QByteArray payloadHash; // hex SHA-256 for SignedPayload, else empty
    QDateTime expires; // presigned only: requestTime + X-Amz-Expires
};

// Server-side options; the defaults are S3's rules.
struct VerifierOptions
{
    QByteArray service = "s3";
    bool normalizePath = false; // true only for generic (non-S3) services
    qint64 maxSkewSeconds = kMaxClockSkewSeconds;
    bool requireContentSha256 = true; // S3: header-signed requests must send x-amz-content-sha256
    // The payload hash to use when the request has no x-amz-content-sha256: defaults to
    // UNSIGNED-PAYLOAD for presigned and the empty-body hash for header signing (generic
    // services; tests of the suite's sign_body cases pass the body hash here).
    std::optional<QByteArray> defaultPayloadHash;
};

// Returns the secret of an access key, nullopt when the key is unknown.
using SecretLookup = std::function<std::optional<QString>(const QString &accessKeyId)>;

// Authenticates a request as received (server side). No Authorization header and no
// X-Amz-Signature query parameter gives an Anonymous context (policy decides later).
// Errors, as AWS answers them (S3::makeError):
// - InvalidAccessKeyId (403) unknown key;
// - SignatureDoesNotMatch (403): the first line of Error::message is AWS's message; after a
//   blank line follow "CanonicalRequest:\n...\n\nStringToSign:\n..." for debugging (the server
//   should cut at the first "\n\n" before writing <Message>);
// - AuthorizationHeaderMalformed (400): unparsable header, bad credential scope, wrong region
//   ("the region 'x' is wrong; expecting 'y'"), wrong service, missing SignedHeaders;
// - AuthorizationQueryParametersError (400): presigned parameters missing or malformed,
//   X-Amz-Expires outside 1..604800, wrong region;
// - RequestTimeTooSkewed (403): header auth more than maxSkewSeconds off now;
// - AccessDenied (403) "Request has expired" for a presigned URL past its expiry,
//   "Request is not valid yet" when X-Amz-Date lies more than the skew in the future;
// - InvalidRequest (400) "Missing required header for this request: x-amz-content-sha256";
// - InvalidRequest (400) "The authorization mechanism you have provided is not supported. Please
//   use AWS4-HMAC-SHA256." for SigV2 ("AWS key:sig" header, AWSAccessKeyId/Signature query) and
//   any other Authorization scheme (as AWS answers in SigV4-only regions);
// - AccessDenied (403) "AWS authentication requires a valid Date or x-amz-date header";
// - InvalidArgument (400) for an x-amz-content-sha256 that is no hash and no known keyword, and
//   for header and query authentication in one request.
// Not checked (yet): that every x-amz-* header present is signed (AWS's HeadersNotSigned).
Core::Result<AuthContext> verifyRequest(const SignableRequest &request, const SecretLookup &lookup,
    const QDateTime &now, QByteArrayView serverRegion, const VerifierOptions &options = {});

// After the body was read with PayloadMode::SignedPayload: compares the hex hash the client
// declared with the raw SHA-256 of the bytes received; XAmzContentSHA256Mismatch (400) when they
// differ. Always succeeds for the other modes.
Core::Status checkPayloadSha256(const AuthContext &context, QByteArrayView actualSha256Raw);

} // namespace S3
