#include "engine/s3/sigv4.h"

#include <algorithm>
#include <array>

#include <QTimeZone>

#include <openssl/crypto.h>

#include "engine/s3/checksum.h"
#include "engine/s3/errortable.h"
#include "engine/s3/uri.h"

namespace S3 {

using Core::ErrorCode;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims and collapses each run of whitespace (also obsolete line folding) to one space.
QByteArray canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

bool isUnsignedHeader(QByteArrayView lowerName)
{
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "x-amzn-trace-id"
        || lowerName == "expect";
}

bool isHex64(QByteArrayView value)
{
    if (value.size() != 64)
        return false;
    return std::all_of(value.begin(), value.end(),
        [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray authorizationValue(
    const QString &accessKeyId, QByteArrayView scope, QByteArrayView signedHeaders, QByteArrayView signature)
{
    QByteArray out = kSigV4Algorithm;
    out += " Credential=" + accessKeyId.toUtf8() + '/' + scope.toByteArray()
        + ", SignedHeaders=" + signedHeaders.toByteArray() + ", Signature=" + signature.toByteArray();
    return out;
}

std::unexpected<Core::Error> reject(ErrorCode code, const QString &message = {})
{
    return std::unexpected(makeError(code, message));
}

// Parsed "AK/20130524/us-east-1/s3/aws4_request".
struct CredentialParts
{
    QString accessKeyId;
    QByteArray date;
    QByteArray region;
    QByteArray service;
};

std::optional<CredentialParts> parseCredential(QByteArrayView value)
{
    const QList<QByteArray> parts = value.toByteArray().split('/');
    if (parts.size() != 5 || parts[0].isEmpty() || parts[1].size() != 8 || parts[4] != "aws4_request")
        return std::nullopt;
    if (!std::all_of(parts[1].begin(), parts[1].end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return CredentialParts { QString::fromUtf8(parts[0]), parts[1], parts[2], parts[3] };
}

// An HTTP Date header ("Fri, 24 May 2013 00:00:00 GMT", also RFC 2822 offsets) in UTC.
std::optional<QDateTime> httpDateToUtc(QByteArrayView value)
{
    // Qt 6.4's RFC 2822 parser rejects the "GMT" zone that HTTP dates always carry.
    QByteArray v = value.trimmed().toByteArray();
    if (v.endsWith(" GMT") || v.endsWith(" UTC"))
        v = v.chopped(3) + "+0000";
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString signatureMismatchMessage(const SigningSteps &steps)
{
    return QStringLiteral("The request signature we calculated does not match the signature you provided. "
                          "Check your key and signing method.\n\nCanonicalRequest:\n%1\n\nStringToSign:\n%2")
        .arg(QString::fromUtf8(steps.canonicalRequest), QString::fromUtf8(steps.stringToSign));
}

} // namespace

std::optional<QByteArray> SignableRequest::header(QByteArrayView name) const
{
    std::optional<QByteArray> out;
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (out)
            out->append(',').append(v);
        else
            out = v;
    }
    return out;
}

bool SignableRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(
        headers.begin(), headers.end(), [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void SignableRequest::setHeader(QByteArrayView name, QByteArray value)
{
    removeHeader(name);
    headers.append({ name.toByteArray(), std::move(value) });
}

void SignableRequest::removeHeader(QByteArrayView name)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> parseAmzDate(QByteArrayView value)
{
    // Parsed by hand: QDateTime::fromString with a format goes through local time (mktime and
    // tzset, a stat of /etc/localtime and a global lock) several times per call, on every request.
    if (value.size() != 16 || value[8] != 'T' || value[15] != 'Z')
        return std::nullopt;
    int digits[14];
    int n = 0;
    for (qsizetype i = 0; i < 15; ++i) {
        if (i == 8)
            continue;
        const char c = value[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        digits[n++] = c - '0';
    }
    const auto number = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + digits[i];
        return v;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(8, 2), number(10, 2), number(12, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QByteArray credentialScope(QByteArrayView date, QByteArrayView region, QByteArrayView service)
{
    QByteArray out;
    out.reserve(date.size() + region.size() + service.size() + 16);
    out.append(date).append('/').append(region).append('/').append(service).append("/aws4_request");
    return out;
}

namespace {

// Per-thread cache of derived signing keys: the key depends only on the secret, the scope date,
// region and service, so a server thread derives it once a day per access key instead of four
// HMACs per request. Thread-local, so no lock; a few entries, replaced round-robin.
struct SigningKeyCache
{
    struct Entry
    {
        QString secret;
        QByteArray date;
        QByteArray region;
        QByteArray service;
        QByteArray key;
    };
    static constexpr std::size_t kEntries = 8;
    std::array<Entry, kEntries> entries;
    std::size_t next = 0;
};

QByteArray cachedSigningKey(
    const QString &secretAccessKey, QByteArrayView date, QByteArrayView region, QByteArrayView service)
{
    thread_local SigningKeyCache s_cache;
    for (const auto &e : s_cache.entries) {
        if (!e.key.isEmpty() && e.date == date && e.region == region && e.service == service
            && e.secret == secretAccessKey)
            return e.key;
    }
    QByteArray key = deriveSigningKey(secretAccessKey, date, region, service);
    auto &slot = s_cache.entries[s_cache.next];
    s_cache.next = (s_cache.next + 1) % SigningKeyCache::kEntries;
    slot = { secretAccessKey, date.toByteArray(), region.toByteArray(), service.toByteArray(), key };
    return key;
}

} // namespace

QByteArray deriveSigningKey(
    const QString &secretAccessKey, QByteArrayView date, QByteArrayView region, QByteArrayView service)
{
    const QByteArray kSecret = "AWS4" + secretAccessKey.toUtf8();
    const QByteArray kDate = hmacSha256(kSecret, date);
    const QByteArray kRegion = hmacSha256(kDate, region);
    const QByteArray kService = hmacSha256(kRegion, service);
    return hmacSha256(kService, "aws4_request");
}

std::pair<QByteArray, QByteArray> canonicalHeaders(
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QList<QByteArray> &signedNames)
{
    QList<std::pair<QByteArray, QByteArray>> lowered;
    lowered.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        QByteArray lower = name.trimmed().toLower();
        if (!signedNames.isEmpty() && !signedNames.contains(lower))
            continue;
        lowered.append({ std::move(lower), canonicalHeaderValue(value) });
    }
    // A name signed but absent is signed with an empty value (the signature then decides).
    for (const QByteArray &name : signedNames) {
        if (std::none_of(lowered.begin(), lowered.end(), [&](const auto &h) { return h.first == name; }))
            lowered.append({ name, QByteArray() });
    }
    // Stable sort by name keeps the wire order of repeated headers.
    std::stable_sort(lowered.begin(), lowered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonical;
    QByteArray signedList;
    for (qsizetype i = 0; i < lowered.size(); ++i) {
        if (i > 0 && lowered[i].first == lowered[i - 1].first) {
            canonical.chop(1); // the '\n'
            canonical.append(',').append(lowered[i].second).append('\n');
            continue;
        }
        canonical.append(lowered[i].first).append(':').append(lowered[i].second).append('\n');
        if (!signedList.isEmpty())
            signedList.append(';');
        signedList.append(lowered[i].first);
    }
    return { canonical, signedList };
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri, QByteArrayView canonicalQuery,
    QByteArrayView canonicalHeaders, QByteArrayView signedHeaders, QByteArrayView payloadHash)
{
    QByteArray out;
    out.reserve(method.size() + canonicalUri.size() + canonicalQuery.size() + canonicalHeaders.size()
        + signedHeaders.size() + payloadHash.size() + 8);
    out.append(method).append('\n');
    out.append(canonicalUri).append('\n');
    out.append(canonicalQuery).append('\n');
    out.append(canonicalHeaders).append('\n');
    out.append(signedHeaders).append('\n');
    out.append(payloadHash);
    return out;
}

QByteArray stringToSign(QByteArrayView amzDate, QByteArrayView scope, QByteArrayView canonicalRequest)
{
    QByteArray out = kSigV4Algorithm;
    out.append('\n').append(amzDate).append('\n').append(scope).append('\n').append(sha256Hex(canonicalRequest));
    return out;
}

// ---- Signer ----

Signer::Signer(Credentials credentials, QByteArray region, QByteArray service)
    : m_credentials { std::move(credentials) }, m_region { std::move(region) }, m_service { std::move(service) }
{ }

QByteArray Signer::signingKey(QByteArrayView date) const
{
    if (m_cachedDate != date || m_cachedKey.isEmpty()) {
        m_cachedKey = deriveSigningKey(m_credentials.secretAccessKey, date, m_region, m_service);
        m_cachedDate = date.toByteArray();
    }
    return m_cachedKey;
}

SigningSteps Signer::signHeaders(SignableRequest &request, const QDateTime &time, QByteArrayView payloadHash) const
{
    const QByteArray date = amzDate(time);
    const QByteArray day = date.left(8);
    const QByteArray scope = credentialScope(day, m_region, m_service);

    request.removeHeader("authorization");
    request.setHeader("X-Amz-Date", date);
    if (m_addContentSha256)
        request.setHeader("x-amz-content-sha256", payloadHash.toByteArray());
    const bool hasToken = !m_credentials.sessionToken.isEmpty();
    if (hasToken && !m_omitSessionToken)
        request.setHeader("X-Amz-Security-Token", m_credentials.sessionToken.toUtf8());
    else
        request.removeHeader("x-amz-security-token");

    QList<std::pair<QByteArray, QByteArray>> toSign;
    for (const auto &h : request.headers) {
        if (!isUnsignedHeader(h.first.toLower()))
            toSign.append(h);
    }
    SigningSteps steps;
    auto [headersBlock, signedList] = canonicalHeaders(toSign);
    steps.signedHeaders = std::move(signedList);
    steps.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.path, m_normalizePath),
        canonicalQueryString(QByteArrayView(request.query)), headersBlock, steps.signedHeaders, payloadHash);
    steps.stringToSign = stringToSign(date, scope, steps.canonicalRequest);
    steps.signature = hmacSha256(signingKey(day), steps.stringToSign).toHex();
    steps.authorization = authorizationValue(m_credentials.accessKeyId, scope, steps.signedHeaders, steps.signature);
    if (hasToken && m_omitSessionToken)
        request.setHeader("X-Amz-Security-Token", m_credentials.sessionToken.toUtf8());
    request.setHeader("Authorization", steps.authorization);
    return steps;
}

Core::Result<SigningSteps> Signer::presign(
    SignableRequest &request, const QDateTime &time, qint64 expiresSeconds, QByteArrayView payloadHash) const
{
    if (expiresSeconds < 1 || expiresSeconds > kMaxPresignExpirySeconds) {
        return reject(ErrorCode::InvalidArgument,
            QStringLiteral("X-Amz-Expires must be between 1 and 604800 seconds, not %1").arg(expiresSeconds));
    }
    const QByteArray date = amzDate(time);
    const QByteArray day = date.left(8);
    const QByteArray scope = credentialScope(day, m_region, m_service);

    QList<std::pair<QByteArray, QByteArray>> toSign;
    for (const auto &h : request.headers) {
        if (!isUnsignedHeader(h.first.toLower()))
            toSign.append(h);
    }
    SigningSteps steps;
    auto [headersBlock, signedList] = canonicalHeaders(toSign);
    steps.signedHeaders = std::move(signedList);

    QByteArray query = request.query;
    auto add = [&query](QByteArrayView name, QByteArrayView encodedValue) {
        if (!query.isEmpty())
            query.append('&');
        query.append(name).append('=').append(encodedValue);
    };
    add("X-Amz-Algorithm", kSigV4Algorithm);
    add("X-Amz-Credential", uriEncode(m_credentials.accessKeyId.toUtf8() + '/' + scope, true));
    add("X-Amz-Date", date);
    add("X-Amz-SignedHeaders", uriEncode(steps.signedHeaders, true));
    add("X-Amz-Expires", QByteArray::number(expiresSeconds));
    const QByteArray token = m_credentials.sessionToken.toUtf8();
    const QByteArray queryWithoutToken = query;
    if (!token.isEmpty())
        add("X-Amz-Security-Token", uriEncode(token, true));

    const QByteArray &signedQuery = m_omitSessionToken ? queryWithoutToken : query;
    steps.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.path, m_normalizePath),
        canonicalQueryString(QByteArrayView(signedQuery)), headersBlock, steps.signedHeaders, payloadHash);
    steps.stringToSign = stringToSign(date, scope, steps.canonicalRequest);
    steps.signature = hmacSha256(signingKey(day), steps.stringToSign).toHex();
    add("X-Amz-Signature", steps.signature);
    request.query = query;
    steps.authorization = query;
    return steps;
}

// ---- Verifier ----

std::optional<PayloadMode> payloadModeFromHeader(QByteArrayView value)
{
    if (value == kUnsignedPayload)
        return PayloadMode::UnsignedPayload;
    if (value == kStreamingSignedPayload)
        return PayloadMode::StreamingSigned;
    if (value == kStreamingSignedPayloadTrailer)
        return PayloadMode::StreamingSignedTrailer;
    if (value == kStreamingUnsignedPayloadTrailer)
        return PayloadMode::StreamingUnsignedTrailer;
    if (isHex64(value))
        return PayloadMode::SignedPayload;
    return std::nullopt;
}

namespace {

const QString kSigV2Message
    = QStringLiteral("The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.");

struct ParsedAuthorization
{
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signature;
};

Core::Result<ParsedAuthorization> parseAuthorizationHeader(QByteArrayView value)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.startsWith("AWS ") || !trimmed.startsWith(kSigV4Algorithm)
        || (trimmed.size() > qsizetype(sizeof(kSigV4Algorithm) - 1)
            && !isSpace(trimmed[qsizetype(sizeof(kSigV4Algorithm) - 1)]))) {
        return reject(ErrorCode::InvalidRequest, kSigV2Message);
    }
    ParsedAuthorization parsed;
    const QByteArray rest = trimmed.sliced(qsizetype(sizeof(kSigV4Algorithm) - 1)).toByteArray();
    for (const QByteArray &rawPart : rest.split(',')) {
        const QByteArray part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0) {
            return reject(ErrorCode::AuthorizationHeaderMalformed,
                QStringLiteral("The authorization header is malformed; the authorization component \"%1\" "
                               "is malformed.")
                    .arg(QString::fromUtf8(part)));
        }
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray val = part.mid(eq + 1).trimmed();
        if (key == "Credential")
            parsed.credential = val;
        else if (key == "SignedHeaders")
            parsed.signedHeaders = val;
        else if (key == "Signature")
            parsed.signature = val;
        else
            return reject(ErrorCode::AuthorizationHeaderMalformed,
                QStringLiteral("The authorization header is malformed; the authorization component \"%1\" "
                               "is malformed.")
                    .arg(QString::fromUtf8(part)));
    }
    if (parsed.credential.isEmpty() || parsed.signedHeaders.isEmpty() || parsed.signature.isEmpty()) {
        QStringList missing;
        if (parsed.credential.isEmpty())
            missing << QStringLiteral("Credential");
        if (parsed.signedHeaders.isEmpty())
            missing << QStringLiteral("SignedHeaders");
        if (parsed.signature.isEmpty())
            missing << QStringLiteral("Signature");
        return reject(ErrorCode::AuthorizationHeaderMalformed,
            QStringLiteral("The authorization header is malformed; missing %1.")
                .arg(missing.join(QStringLiteral(", "))));
    }
    return parsed;
}

QList<QByteArray> splitSignedHeaders(QByteArrayView list)
{
    QList<QByteArray> names;
    for (const QByteArray &n : list.toByteArray().split(';')) {
        if (!n.isEmpty())
            names.append(n.toLower());
    }
    return names;
}

// The part shared by header and query verification once the inputs are parsed.
struct VerifyInputs
{
    CredentialParts credential;
    QByteArray amzDate;
    QByteArray signedHeadersRaw;
    QByteArray signature;
    QByteArray canonicalQuery;
    QByteArray payloadHash;
};

Core::Result<AuthContext> checkSignature(const SignableRequest &request, const SecretLookup &lookup,
    const VerifierOptions &options, const VerifyInputs &in, AuthContext context)
{
    const std::optional<QString> secret = lookup ? lookup(in.credential.accessKeyId) : std::nullopt;
    if (!secret)
        return reject(ErrorCode::InvalidAccessKeyId);

    const QList<QByteArray> signedNames = splitSignedHeaders(in.signedHeadersRaw);
    auto [headersBlock, signedList] = canonicalHeaders(request.headers, signedNames);
    SigningSteps steps;
    steps.signedHeaders = signedList;
    steps.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.path, options.normalizePath),
        in.canonicalQuery, headersBlock, in.signedHeadersRaw, in.payloadHash);
    const QByteArray scope = credentialScope(in.credential.date, in.credential.region, in.credential.service);
    steps.stringToSign = stringToSign(in.amzDate, scope, steps.canonicalRequest);
    const QByteArray key = cachedSigningKey(*secret, in.credential.date, in.credential.region, in.credential.service);
    steps.signature = hmacSha256(key, steps.stringToSign).toHex();
    if (!constantTimeEquals(steps.signature, in.signature.toLower()))
        return reject(ErrorCode::SignatureDoesNotMatch, signatureMismatchMessage(steps));

    context.accessKeyId = in.credential.accessKeyId;
    context.region = in.credential.region;
    context.service = in.credential.service;
    context.scopeDate = in.credential.date;
    context.scope = scope;
    context.amzDate = in.amzDate;
    context.signedHeaders = signedNames;
    context.seedSignature = steps.signature;
    context.signingKey = key;
    context.payloadHash = in.payloadHash;
    return context;
}

Core::Result<AuthContext> verifyHeader(const SignableRequest &request, QByteArrayView authorization,
    const SecretLookup &lookup, const QDateTime &now, QByteArrayView serverRegion, const VerifierOptions &options)
{
    auto parsed = parseAuthorizationHeader(authorization);
    if (!parsed)
        return std::unexpected(parsed.error());
    const auto credential = parseCredential(parsed->credential);
    if (!credential) {
        return reject(ErrorCode::AuthorizationHeaderMalformed,
            QStringLiteral("The authorization header is malformed; the Credential is mal-formed; expecting "
                           "\"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."));
    }
    if (!serverRegion.isEmpty() && credential->region != serverRegion) {
        return reject(ErrorCode::AuthorizationHeaderMalformed,
            QStringLiteral("The authorization header is malformed; the region '%1' is wrong; expecting '%2'")
                .arg(QString::fromUtf8(credential->region), QString::fromUtf8(serverRegion)));
    }
    if (credential->service != options.service) {
        return reject(ErrorCode::AuthorizationHeaderMalformed,
            QStringLiteral("The authorization header is malformed; incorrect service \"%1\". This endpoint "
                           "belongs to \"%2\".")
                .arg(QString::fromUtf8(credential->service), QString::fromUtf8(options.service)));
    }

    // The request time: X-Amz-Date, else Date (RFC 1123).
    QByteArray date;
    QDateTime requestTime;
    if (const auto xAmzDate = request.header("x-amz-date")) {
        const auto t = parseAmzDate(xAmzDate->trimmed());
        if (!t) {
            return reject(ErrorCode::AccessDenied,
                QStringLiteral("AWS authentication requires a valid Date or x-amz-date header"));
        }
        requestTime = *t;
        date = xAmzDate->trimmed();
    } else if (const auto httpDate = request.header("date")) {
        const auto t = httpDateToUtc(*httpDate);
        if (!t) {
            return reject(ErrorCode::AccessDenied,
                QStringLiteral("AWS authentication requires a valid Date or x-amz-date header"));
        }
        requestTime = *t;
        date = amzDate(requestTime);
    } else {
        return reject(
            ErrorCode::AccessDenied, QStringLiteral("AWS authentication requires a valid Date or x-amz-date header"));
    }
    if (date.left(8) != credential->date) {
        return reject(ErrorCode::AuthorizationHeaderMalformed,
            QStringLiteral("The authorization header is malformed; Invalid credential date. Date is not the "
                           "same as X-Amz-Date."));
    }

    const std::optional<QByteArray> contentSha = request.header("x-amz-content-sha256");
    PayloadMode mode = PayloadMode::SignedPayload;
    QByteArray payloadHash;
    if (contentSha) {
        payloadHash = contentSha->trimmed();
        const auto m = payloadModeFromHeader(payloadHash);
        if (!m) {
            return reject(ErrorCode::InvalidArgument,
                QStringLiteral("x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
                               "STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, "
                               "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value."));
        }
        mode = *m;
        if (mode == PayloadMode::SignedPayload)
            payloadHash = payloadHash.toLower();
    } else if (options.requireContentSha256) {
        return reject(ErrorCode::InvalidRequest,
            QStringLiteral("Missing required header for this request: x-amz-content-sha256"));
    } else {
        payloadHash = options.defaultPayloadHash.value_or(QByteArray(kEmptySha256Hex));
        mode = payloadModeFromHeader(payloadHash).value_or(PayloadMode::UnsignedPayload);
    }

    if (const qint64 skew = std::abs(requestTime.secsTo(now)); skew > options.maxSkewSeconds) {
        return reject(ErrorCode::RequestTimeTooSkewed,
            QStringLiteral("The difference between the request time and the current time is too large."));
    }

    VerifyInputs in;
    in.credential = *credential;
    in.amzDate = date;
    in.signedHeadersRaw = parsed->signedHeaders;
    in.signature = parsed->signature;
    in.canonicalQuery = canonicalQueryString(QByteArrayView(request.query));
    in.payloadHash = contentSha ? contentSha->trimmed() : payloadHash;

    AuthContext context;
    context.kind = AuthContext::Kind::HeaderV4;
    context.requestTime = requestTime;
    context.payloadMode = mode;
    if (const auto token = request.header("x-amz-security-token"))
        context.sessionToken = QString::fromUtf8(*token);
    auto result = checkSignature(request, lookup, options, in, std::move(context));
    if (result && result->payloadMode != PayloadMode::SignedPayload)
        result->payloadHash.clear();
    else if (result)
        result->payloadHash = payloadHash;
    return result;
}

Core::Result<AuthContext> verifyQuery(const SignableRequest &request,
    const QList<std::pair<QByteArray, QByteArray>> &params, const SecretLookup &lookup, const QDateTime &now,
    QByteArrayView serverRegion, const VerifierOptions &options)
{
    auto param = [&params](QByteArrayView name) -> std::optional<QByteArray> {
        for (const auto &[n, v] : params) {
            if (n == name)
                return v;
        }
        return std::nullopt;
    };
    const auto algorithm = param("X-Amz-Algorithm");
    const auto credentialRaw = param("X-Amz-Credential");
    const auto signature = param("X-Amz-Signature");
    const auto date = param("X-Amz-Date");
    const auto signedHeaders = param("X-Amz-SignedHeaders");
    const auto expires = param("X-Amz-Expires");
    if (!algorithm || !credentialRaw || !signature || !date || !signedHeaders || !expires)
        return reject(ErrorCode::AuthorizationQueryParametersError);
    if (*algorithm != kSigV4Algorithm) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""));
    }
    const auto credential = parseCredential(*credentialRaw);
    if (!credential) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; "
                           "expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."));
    }
    if (!serverRegion.isEmpty() && credential->region != serverRegion) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("Error parsing the X-Amz-Credential parameter; the region '%1' is wrong; "
                           "expecting '%2'")
                .arg(QString::fromUtf8(credential->region), QString::fromUtf8(serverRegion)));
    }
    if (credential->service != options.service) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("Error parsing the X-Amz-Credential parameter; incorrect service \"%1\". This "
                           "endpoint belongs to \"%2\".")
                .arg(QString::fromUtf8(credential->service), QString::fromUtf8(options.service)));
    }
    const auto requestTime = parseAmzDate(*date);
    if (!requestTime) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""));
    }
    if (date->left(8) != credential->date) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("Invalid credential date \"%1\". This date is not the same as X-Amz-Date: \"%2\".")
                .arg(QString::fromUtf8(credential->date), QString::fromUtf8(date->left(8))));
    }
    bool ok = false;
    const qint64 expirySeconds = expires->toLongLong(&ok);
    if (!ok)
        return reject(ErrorCode::AuthorizationQueryParametersError, QStringLiteral("X-Amz-Expires should be a number"));
    if (expirySeconds < 1) {
        return reject(
            ErrorCode::AuthorizationQueryParametersError, QStringLiteral("X-Amz-Expires must be non-negative"));
    }
    if (expirySeconds > kMaxPresignExpirySeconds) {
        return reject(ErrorCode::AuthorizationQueryParametersError,
            QStringLiteral("X-Amz-Expires must be less than a week (in seconds) that is 604800"));
    }
    if (requestTime->secsTo(now) < -options.maxSkewSeconds)
        return reject(ErrorCode::AccessDenied, QStringLiteral("Request is not valid yet"));
    const QDateTime expiresAt = requestTime->addSecs(expirySeconds);
    if (now > expiresAt)
        return reject(ErrorCode::AccessDenied, QStringLiteral("Request has expired"));

    PayloadMode mode = PayloadMode::UnsignedPayload;
    QByteArray payloadHash;
    if (const auto contentSha = request.header("x-amz-content-sha256")) {
        payloadHash = contentSha->trimmed();
        const auto m = payloadModeFromHeader(payloadHash);
        if (!m) {
            return reject(ErrorCode::InvalidArgument,
                QStringLiteral("x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
                               "STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, "
                               "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value."));
        }
        mode = *m;
    } else {
        payloadHash = options.defaultPayloadHash.value_or(QByteArray(kUnsignedPayload));
        mode = payloadModeFromHeader(payloadHash).value_or(PayloadMode::UnsignedPayload);
    }

    QList<std::pair<QByteArray, QByteArray>> signedParams;
    signedParams.reserve(params.size());
    for (const auto &p : params) {
        if (p.first != "X-Amz-Signature")
            signedParams.append(p);
    }

    VerifyInputs in;
    in.credential = *credential;
    in.amzDate = *date;
    in.signedHeadersRaw = *signedHeaders;
    in.signature = *signature;
    in.canonicalQuery = canonicalQueryString(std::move(signedParams));
    in.payloadHash = payloadHash;

    AuthContext context;
    context.kind = AuthContext::Kind::PresignedV4;
    context.requestTime = *requestTime;
    context.expires = expiresAt;
    context.payloadMode = mode;
    if (const auto token = param("X-Amz-Security-Token"))
        context.sessionToken = QString::fromUtf8(*token);
    auto result = checkSignature(request, lookup, options, in, std::move(context));
    if (result && result->payloadMode == PayloadMode::SignedPayload)
        result->payloadHash = payloadHash.toLower();
    else if (result)
        result->payloadHash.clear();
    return result;
}

} // namespace

Core::Result<AuthContext> verifyRequest(const SignableRequest &request, const SecretLookup &lookup,
    const QDateTime &now, QByteArrayView serverRegion, const VerifierOptions &options)
{
    const std::optional<QByteArray> authorization = request.header("authorization");
    const bool hasQueryAuth = request.query.contains("X-Amz-") || request.query.contains("Signature=");
    QList<std::pair<QByteArray, QByteArray>> params;
    bool presignV4 = false;
    bool presignV2 = false;
    if (hasQueryAuth) {
        params = parseQuery(request.query);
        for (const auto &p : params) {
            if (p.first == "X-Amz-Algorithm" || p.first == "X-Amz-Signature" || p.first == "X-Amz-Credential")
                presignV4 = true;
            else if (p.first == "Signature" || p.first == "AWSAccessKeyId")
                presignV2 = true;
        }
    }
    if (authorization && (presignV4 || presignV2)) {
        return reject(ErrorCode::InvalidArgument,
            QStringLiteral("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                           "Signature query string parameter or the Authorization header should be "
                           "specified"));
    }
    if (authorization)
        return verifyHeader(request, *authorization, lookup, now, serverRegion, options);
    if (presignV4)
        return verifyQuery(request, params, lookup, now, serverRegion, options);
    if (presignV2)
        return reject(ErrorCode::InvalidRequest, kSigV2Message);
    AuthContext anonymous;
    anonymous.kind = AuthContext::Kind::Anonymous;
    anonymous.requestTime = now.toUTC();
    return anonymous;
}

Core::Status checkPayloadSha256(const AuthContext &context, QByteArrayView actualSha256Raw)
{
    if (context.payloadMode != PayloadMode::SignedPayload)
        return {};
    const QByteArray actualHex = actualSha256Raw.toByteArray().toHex();
    if (actualHex == context.payloadHash.toLower())
        return {};
    return std::unexpected(makeError(ErrorCode::XAmzContentSHA256Mismatch,
        QStringLiteral("The provided 'x-amz-content-sha256' header does not match what "
                       "was computed. ClientComputedContentSHA256: %1, "
                       "S3ComputedContentSHA256: %2")
            .arg(QString::fromLatin1(context.payloadHash), QString::fromLatin1(actualHex))));
}

} // namespace S3
