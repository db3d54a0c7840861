#include "engine/s3/checksum.h"

#include <algorithm>
#include <array>
#include <utility>

#include <isa-l/crc.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include "engine/s3/errortable.h"

namespace S3 {

namespace {

// Algorithms fetched once for the process: EVP_sha256() and friends make OpenSSL 3 look the
// implementation up (under a lock) at every EVP_DigestInit_ex.
const EVP_MD *fetched(const char *name, const EVP_MD *fallback)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, name, nullptr);
    return md ? md : fallback;
}

const EVP_MD *sha1Md()
{
    static const EVP_MD *const s_md = fetched("SHA1", EVP_sha1());
    return s_md;
}

const EVP_MD *sha256Md()
{
    static const EVP_MD *const s_md = fetched("SHA256", EVP_sha256());
    return s_md;
}

const EVP_MD *md5Md()
{
    static const EVP_MD *const s_md = fetched("MD5", EVP_md5());
    return s_md;
}

const EVP_MD *evpMd(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Sha1:
        return sha1Md();
    case ChecksumAlgorithm::Sha256:
        return sha256Md();
    case ChecksumAlgorithm::Md5:
        return md5Md();
    case ChecksumAlgorithm::Crc32:
    case ChecksumAlgorithm::Crc32c:
        break;
    }
    return nullptr;
}

bool isCrc(ChecksumAlgorithm algorithm)
{
    return algorithm == ChecksumAlgorithm::Crc32 || algorithm == ChecksumAlgorithm::Crc32c;
}

QByteArray digestOneShot(const EVP_MD *md, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), out, &len, md, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

QByteArray crcBytes(std::uint32_t crc)
{
    const char bytes[4] = { char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc) };
    return QByteArray(bytes, 4);
}

} // namespace

QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Crc32:
        return QByteArrayLiteral("CRC32");
    case ChecksumAlgorithm::Crc32c:
        return QByteArrayLiteral("CRC32C");
    case ChecksumAlgorithm::Sha1:
        return QByteArrayLiteral("SHA1");
    case ChecksumAlgorithm::Sha256:
        return QByteArrayLiteral("SHA256");
    case ChecksumAlgorithm::Md5:
        return QByteArrayLiteral("MD5");
    }
    return {};
}

std::optional<ChecksumAlgorithm> checksumAlgorithmFromName(QByteArrayView name)
{
    for (auto alg : { ChecksumAlgorithm::Crc32, ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha1,
             ChecksumAlgorithm::Sha256, ChecksumAlgorithm::Md5 }) {
        if (name.compare(checksumAlgorithmName(alg), Qt::CaseInsensitive) == 0)
            return alg;
    }
    return std::nullopt;
}

QByteArray checksumHeaderName(ChecksumAlgorithm algorithm)
{
    // Literals: no allocation (every PUT looks for each of these headers).
    switch (algorithm) {
    case ChecksumAlgorithm::Crc32:
        return QByteArrayLiteral("x-amz-checksum-crc32");
    case ChecksumAlgorithm::Crc32c:
        return QByteArrayLiteral("x-amz-checksum-crc32c");
    case ChecksumAlgorithm::Sha1:
        return QByteArrayLiteral("x-amz-checksum-sha1");
    case ChecksumAlgorithm::Sha256:
        return QByteArrayLiteral("x-amz-checksum-sha256");
    case ChecksumAlgorithm::Md5:
        return QByteArrayLiteral("content-md5");
    }
    return {};
}

std::optional<ChecksumAlgorithm> checksumAlgorithmFromHeader(QByteArrayView headerName)
{
    for (auto alg : { ChecksumAlgorithm::Crc32, ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha1,
             ChecksumAlgorithm::Sha256, ChecksumAlgorithm::Md5 }) {
        if (headerName.compare(checksumHeaderName(alg), Qt::CaseInsensitive) == 0)
            return alg;
    }
    return std::nullopt;
}

int checksumDigestSize(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Crc32:
    case ChecksumAlgorithm::Crc32c:
        return 4;
    case ChecksumAlgorithm::Sha1:
        return 20;
    case ChecksumAlgorithm::Sha256:
        return 32;
    case ChecksumAlgorithm::Md5:
        return 16;
    }
    return 0;
}

std::uint32_t crc32Update(std::uint32_t crc, const char *data, qsizetype length)
{
    // ISA-L's crc32_gzip_refl takes and returns the finalised CRC (it inverts internally), so
    // chaining calls from 0 gives zlib's crc32().
    return crc32_gzip_refl(crc, reinterpret_cast<const unsigned char *>(data), std::uint64_t(length));
}

std::uint32_t crc32cUpdate(std::uint32_t crc, const char *data, qsizetype length)
{
    // crc32_iscsi neither pre- nor post-inverts: keep the state inverted around it. Its length
    // is an int, so feed large buffers in slices.
    std::uint32_t state = ~crc;
    auto *p = reinterpret_cast<unsigned char *>(const_cast<char *>(data));
    while (length > 0) {
        const int n = int(std::min<qsizetype>(length, 1 << 30));
        state = crc32_iscsi(p, n, state);
        p += n;
        length -= n;
    }
    return ~state;
}

Hasher::Hasher(ChecksumAlgorithm algorithm) : m_algorithm { algorithm }
{
    if (!isCrc(algorithm)) {
        m_ctx = EVP_MD_CTX_new();
        EVP_DigestInit_ex(m_ctx, evpMd(algorithm), nullptr);
    }
}

Hasher::Hasher(Hasher &&other) noexcept
    : m_algorithm { other.m_algorithm }, m_ctx { std::exchange(other.m_ctx, nullptr) }, m_crc { other.m_crc }
{ }

Hasher &Hasher::operator=(Hasher &&other) noexcept
{
    if (this != &other) {
        EVP_MD_CTX_free(m_ctx);
        m_algorithm = other.m_algorithm;
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_crc = other.m_crc;
    }
    return *this;
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx);
}

void Hasher::update(const char *data, qsizetype length)
{
    if (length <= 0)
        return;
    switch (m_algorithm) {
    case ChecksumAlgorithm::Crc32:
        m_crc = crc32Update(m_crc, data, length);
        break;
    case ChecksumAlgorithm::Crc32c:
        m_crc = crc32cUpdate(m_crc, data, length);
        break;
    default:
        EVP_DigestUpdate(m_ctx, data, size_t(length));
        break;
    }
}

QByteArray Hasher::finish()
{
    if (isCrc(m_algorithm)) {
        QByteArray out = crcBytes(m_crc);
        m_crc = 0;
        return out;
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, out, &len);
    EVP_DigestInit_ex(m_ctx, nullptr, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

void Hasher::reset()
{
    m_crc = 0;
    if (m_ctx)
        EVP_DigestInit_ex(m_ctx, nullptr, nullptr);
}

QByteArray checksum(ChecksumAlgorithm algorithm, QByteArrayView data)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Crc32:
        return crcBytes(crc32Update(0, data.data(), data.size()));
    case ChecksumAlgorithm::Crc32c:
        return crcBytes(crc32cUpdate(0, data.data(), data.size()));
    default:
        return digestOneShot(evpMd(algorithm), data);
    }
}

QByteArray sha256(QByteArrayView data)
{
    return digestOneShot(sha256Md(), data);
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray md5(QByteArrayView data)
{
    return digestOneShot(md5Md(), data);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // One HMAC-SHA256 context per thread, re-keyed for each use: HMAC() would fetch the MAC and
    // the digest and allocate a context every time (several per signed request).
    static EVP_MAC *const s_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    struct Ctx
    {
        EVP_MAC_CTX *ctx = nullptr;
        bool digestSet = false;
        ~Ctx() { EVP_MAC_CTX_free(ctx); }
    };
    thread_local Ctx t_ctx;
    unsigned char out[EVP_MAX_MD_SIZE];
    if (s_mac && !t_ctx.ctx)
        t_ctx.ctx = EVP_MAC_CTX_new(s_mac);
    if (t_ctx.ctx) {
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
        std::size_t len = 0;
        const auto *k = reinterpret_cast<const unsigned char *>(key.data());
        if (EVP_MAC_init(t_ctx.ctx, k, std::size_t(key.size()), t_ctx.digestSet ? nullptr : params) == 1
            && EVP_MAC_update(t_ctx.ctx, reinterpret_cast<const unsigned char *>(data.data()), std::size_t(data.size())) == 1
            && EVP_MAC_final(t_ctx.ctx, out, &len, sizeof out) == 1) {
            t_ctx.digestSet = true;
            return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
        }
        EVP_MAC_CTX_free(t_ctx.ctx); // start over with a fresh context next time
        t_ctx.ctx = nullptr;
        t_ctx.digestSet = false;
    }
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
        size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

namespace {

// Strict base64 (standard alphabet, padding required) of exactly `size` bytes.
std::optional<QByteArray> decodeBase64Exact(QByteArrayView value, int size)
{
    const QByteArray trimmed = value.trimmed().toByteArray();
    if (trimmed.isEmpty() || trimmed.size() % 4 != 0)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

Core::Result<QByteArray> parseContentMd5(QByteArrayView headerValue)
{
    auto raw = decodeBase64Exact(headerValue, 16);
    if (!raw)
        return std::unexpected(makeError(Core::ErrorCode::InvalidDigest));
    return *raw;
}

Core::Result<QByteArray> parseChecksumValue(ChecksumAlgorithm algorithm, QByteArrayView base64Value)
{
    auto raw = decodeBase64Exact(base64Value, checksumDigestSize(algorithm));
    if (!raw) {
        return std::unexpected(makeError(Core::ErrorCode::InvalidRequest,
            QStringLiteral("Value for %1 header is invalid.").arg(QString::fromLatin1(checksumHeaderName(algorithm)))));
    }
    return *raw;
}

} // namespace S3
