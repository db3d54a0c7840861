#pragma once

#include <memory>
#include <mutex>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"

// Encryption at rest for the embedded store (SSE-S3, SSE-C, SSE-KMS).
//
// Data files of encrypted objects are sequences of segments (one per PutObject body or per
// multipart part, concatenated by CompleteMultipartUpload). A segment is
//   "PSE1" | 12-byte random nonce base | chunk 0 | chunk 1 | ...
// where chunk i is AES-256-GCM(dataKey, nonce_i, AAD_i) of up to kChunkSize plaintext bytes
// followed by its 16-byte tag; nonce_i is the nonce base with its last 8 bytes XORed with i
// (big endian), AAD_i = "pail-sse-v1" | u64 i | u8 last-chunk flag (so truncation, reordering
// and chunks moved between objects or segments all fail their tag).
// An empty segment still has one (empty) chunk, so truncation is always detected. Each chunk
// decrypts on its own: a ranged read touches only the chunks it returns.
//
// Every object (or multipart upload) has its own random 32-byte data key, stored only wrapped
// (AES-256-GCM) in the object's row as an "envelope" by a key-encryption key: the sandbox
// master key (SSE-S3), a sandbox KMS key (aws:kms) or the customer's key (SSE-C, of which only
// a salted HMAC is kept to tell a wrong key from a tampered envelope).
namespace Store {

namespace Sse {

inline constexpr qint64 kChunkSize = 64 * 1024;
inline constexpr qint64 kTagSize = 16;
inline constexpr qint64 kHeaderSize = 16;
inline constexpr int kKeySize = 32;

// Size on disk of a segment holding plainSize bytes.
qint64 segmentSize(qint64 plainSize);
// Number of chunks of a segment (at least 1).
qint64 chunkCount(qint64 plainSize);

// Random bytes from OpenSSL (empty on failure, which OpenSSL does not do in practice).
QByteArray randomBytes(int size);

// Encrypts one segment as it is written. Not thread-safe; owned by its writer.
class SegmentEncryptor final
{
public:
    // The size is not known while streaming, so the last-chunk flag is applied at finish():
    // the encryptor keeps up to one chunk of plaintext back.
    explicit SegmentEncryptor(QByteArray dataKey);
    // The segment header (call once, first).
    QByteArray header();
    // Feeds plaintext; appends complete encrypted chunks (except the last) to out.
    Core::Status update(const char *data, qint64 size, QByteArray &out);
    // Encrypts what remains as the last chunk and appends it to out.
    Core::Status finish(QByteArray &out);
    qint64 plainSize() const { return m_total; }

private:
    Core::Status sealChunk(const char *data, qint64 size, bool last, QByteArray &out);
    QByteArray m_key;
    QByteArray m_nonceBase;
    QByteArray m_pending; // up to one chunk of plaintext not yet sealed
    qint64 m_index = 0;
    qint64 m_total = 0;
};

// One chunk decrypted. index is the chunk's index in its segment, last whether it is the
// segment's final chunk. InternalError ("integrity") when the tag does not verify (tampered
// data or a wrong key).
Core::Result<QByteArray> openChunk(const QByteArray &dataKey, const QByteArray &nonceBase, qint64 index, bool last,
                                   const char *sealed, qint64 sealedSize);

// Reads plaintext ranges of an encrypted data file made of segments of the given plaintext
// sizes (one for a simple object; the part sizes for a multipart one). Keeps the last
// decrypted chunk so sequential reads decrypt each chunk once. Thread-safe (a mutex).
class FileDecryptor final
{
public:
    FileDecryptor(int fd, QByteArray dataKey, QList<qint64> segmentSizes);
    // Reads up to size plaintext bytes at offset; 0 at the end. InternalError for a chunk
    // that does not verify; IoError for a failed or short read.
    Core::Result<qint64> read(qint64 offset, char *data, qint64 size);
    qint64 size() const { return m_total; }

private:
    Core::Status loadChunk(int segment, qint64 chunk);
    int m_fd;
    QByteArray m_key;
    QList<qint64> m_plain;  // plaintext size of each segment
    QList<qint64> m_plainStart; // plaintext offset of each segment
    QList<qint64> m_fileStart;  // file offset of each segment
    QList<QByteArray> m_nonces; // per segment, read lazily
    qint64 m_total = 0;
    std::mutex m_mutex;
    int m_cachedSegment = -1;
    qint64 m_cachedChunk = -1;
    QByteArray m_cache;
};

// AES-256-GCM key wrapping: iv(12) | ciphertext | tag(16), with aad authenticated.
Core::Result<QByteArray> sealKey(const QByteArray &kek, const QByteArray &plain, const QByteArray &aad);
// InternalError when the tag does not verify.
Core::Result<QByteArray> openKey(const QByteArray &kek, const QByteArray &sealed, const QByteArray &aad);

// What an object row keeps to recover its data key (serialised into Encryption::nonce).
struct Envelope
{
    enum class Scheme : quint8
    {
        Master = 1,   // SSE-S3: wrapped by the master key
        Customer = 2, // SSE-C: wrapped by the customer's key
        Kms = 3,      // aws:kms: wrapped by a sandbox KMS key
    };
    Scheme scheme = Scheme::Master;
    QByteArray wrappedKey;
    QByteArray keyCheckSalt; // SSE-C only
    QByteArray keyCheck;     // SSE-C only: HMAC-SHA256(salt, customer key)
    QString kmsKeyId;        // aws:kms only

    QByteArray serialize() const;
    static Core::Result<Envelope> parse(const QByteArray &bytes); // InternalError when malformed
};

// The key-encryption keys of one data directory: the master key (<data-dir>/master.key, 32
// random bytes, mode 0600, created on first use) and the sandbox KMS keys
// (<data-dir>/kms/<hex id>, each a random key sealed by the master key).
// Thread-safe. Owned by the Store.
class KeyRing final
{
public:
    // Loads or creates the master key. IoError when it cannot.
    static Core::Result<std::unique_ptr<KeyRing>> open(const QString &dataDir, bool sync);

    // A new data key, wrapped for the scheme. customerKey: the 32-byte SSE-C key. kmsKeyId: a
    // key created with createKmsKey() (KmsNotFound... reported as NoSuchKey-like InvalidArgument
    // by the caller: here ErrorCode::InvalidArgument with "KMS key not found").
    struct NewKey
    {
        QByteArray dataKey;
        Envelope envelope;
    };
    Core::Result<NewKey> newDataKey(Envelope::Scheme scheme, const QByteArray &customerKey = {},
                                    const QString &kmsKeyId = {}) const;
    // The data key of an envelope. For SSE-C, AccessDenied when customerKey is not the one
    // the object was written with. InternalError for a damaged envelope.
    Core::Result<QByteArray> unwrap(const Envelope &envelope, const QByteArray &customerKey = {}) const;

    // Sandbox KMS keys. InvalidArgument for a malformed id or one that exists.
    Core::Status createKmsKey(const QString &id);
    QStringList kmsKeys() const;
    bool hasKmsKey(const QString &id) const;

private:
    Core::Result<QByteArray> kmsKey(const QString &id) const;
    QString m_dataDir;
    QByteArray m_master;
    bool m_sync = true;
    mutable std::mutex m_mutex;
};

// Checks a KMS key id chosen by a user: 1..256 characters of [A-Za-z0-9/_.:-].
bool isValidKmsKeyId(const QString &id);

} // namespace Sse

} // namespace Store
