#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include "engine/core/error.h"

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace S3 {

// The checksums S3 knows (x-amz-checksum-*, Content-MD5, SigV4's SHA-256).
enum class ChecksumAlgorithm
{
    Crc32,
    Crc32c,
    Sha1,
    Sha256,
    Md5,
};

// "CRC32", "CRC32C", "SHA1", "SHA256", "MD5": the value of x-amz-checksum-algorithm,
// x-amz-sdk-checksum-algorithm and the ChecksumAlgorithm XML element.
QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm);
// Case-insensitive; nullopt for anything else.
std::optional<ChecksumAlgorithm> checksumAlgorithmFromName(QByteArrayView name);
// "x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-sha1", "x-amz-checksum-sha256";
// "content-md5" for Md5 (S3 has no x-amz-checksum-md5).
QByteArray checksumHeaderName(ChecksumAlgorithm algorithm);
// Case-insensitive inverse of checksumHeaderName(); nullopt for other headers.
std::optional<ChecksumAlgorithm> checksumAlgorithmFromHeader(QByteArrayView headerName);
// Digest size in bytes: 4, 4, 20, 32, 16.
int checksumDigestSize(ChecksumAlgorithm algorithm);

// An incremental hash of one algorithm. SHA/MD5 use OpenSSL EVP, CRC32/CRC32C use ISA-L.
// Not thread-safe; movable, not copyable. Owned by value by whoever hashes.
class Hasher final
{
public:
    explicit Hasher(ChecksumAlgorithm algorithm);
    static Hasher create(ChecksumAlgorithm algorithm) { return Hasher(algorithm); }
    Hasher(Hasher &&other) noexcept;
    Hasher &operator=(Hasher &&other) noexcept;
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    ~Hasher();

    ChecksumAlgorithm algorithm() const { return m_algorithm; }
    void update(const char *data, qsizetype length);
    void update(QByteArrayView data) { update(data.data(), data.size()); }
    // The raw digest (CRC values big-endian, as S3 sends them). Resets the hasher for reuse.
    QByteArray finish();
    QByteArray finishBase64() { return finish().toBase64(); }
    QByteArray finishHex() { return finish().toHex(); }
    void reset();

private:
    ChecksumAlgorithm m_algorithm;
    evp_md_ctx_st *m_ctx = nullptr; // SHA/MD5 only
    std::uint32_t m_crc = 0; // CRC only
};

// One-shot digests (raw bytes).
QByteArray checksum(ChecksumAlgorithm algorithm, QByteArrayView data);
QByteArray sha256(QByteArrayView data);
QByteArray sha256Hex(QByteArrayView data);
QByteArray md5(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
// CRC helpers for callers that keep their own state (initial value 0, as for a fresh stream).
std::uint32_t crc32Update(std::uint32_t crc, const char *data, qsizetype length);
std::uint32_t crc32cUpdate(std::uint32_t crc, const char *data, qsizetype length);

// Content-MD5: must be base64 of exactly 16 bytes; gives the raw digest or InvalidDigest.
Core::Result<QByteArray> parseContentMd5(QByteArrayView headerValue);
// An x-amz-checksum-* value: base64 of checksumDigestSize() bytes; gives the raw digest or
// InvalidRequest ("Value for x-amz-checksum-crc32 header is invalid.") as AWS answers.
Core::Result<QByteArray> parseChecksumValue(ChecksumAlgorithm algorithm, QByteArrayView base64Value);

} // namespace S3
