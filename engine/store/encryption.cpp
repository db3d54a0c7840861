#include "engine/store/encryption.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Store::Sse {

namespace {

constexpr char kMagic[4] = {'P', 'S', 'E', '1'};
constexpr int kNonceSize = 12;
constexpr QLatin1StringView kAadPrefix {"pail-sse-v1"};

Core::Error integrity(const QString &what)
{
    return Core::Error {Core::ErrorCode::InternalError,
                        QStringLiteral("Encrypted data failed its integrity check (%1)").arg(what)};
}

QByteArray chunkNonce(const QByteArray &base, qint64 index)
{
    QByteArray n = base;
    for (int i = 0; i < 8; ++i)
        n[kNonceSize - 1 - i] = char(quint8(n[kNonceSize - 1 - i]) ^ quint8(quint64(index) >> (8 * i)));
    return n;
}

QByteArray chunkAad(qint64 index, bool last)
{
    QByteArray aad(kAadPrefix.data(), kAadPrefix.size());
    for (int i = 7; i >= 0; --i)
        aad.append(char(quint8(quint64(index) >> (8 * i))));
    aad.append(last ? '\1' : '\0');
    return aad;
}

// AES-256-GCM one shot. Appends ciphertext and tag to out.
bool gcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad, const char *data, qint64 size,
             QByteArray &out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return false;
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
              && EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                                    reinterpret_cast<const unsigned char *>(nonce.constData()))
                     == 1;
    int len = 0;
    if (ok && !aad.isEmpty())
        ok = EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                               int(aad.size()))
             == 1;
    const qsizetype start = out.size();
    out.resize(start + size + kTagSize);
    auto *dst = reinterpret_cast<unsigned char *>(out.data() + start);
    int produced = 0;
    if (ok && size > 0) {
        ok = EVP_EncryptUpdate(ctx, dst, &len, reinterpret_cast<const unsigned char *>(data), int(size)) == 1;
        produced = len;
    }
    if (ok)
        ok = EVP_EncryptFinal_ex(ctx, dst + produced, &len) == 1;
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, int(kTagSize), dst + size) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        out.truncate(start);
    return ok;
}

bool gcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad, const char *sealed,
             qint64 sealedSize, QByteArray &out)
{
    if (sealedSize < kTagSize)
        return false;
    const qint64 size = sealedSize - kTagSize;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return false;
    bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
              && EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                                    reinterpret_cast<const unsigned char *>(nonce.constData()))
                     == 1;
    int len = 0;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                               int(aad.size()))
             == 1;
    out.resize(size);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    int produced = 0;
    if (ok && size > 0) {
        ok = EVP_DecryptUpdate(ctx, dst, &len, reinterpret_cast<const unsigned char *>(sealed), int(size)) == 1;
        produced = len;
    }
    if (ok) {
        QByteArray tag(sealed + size, int(kTagSize));
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag.data()) == 1;
    }
    if (ok)
        ok = EVP_DecryptFinal_ex(ctx, dst + produced, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        out.clear();
    return ok;
}

Core::Status preadAll(int fd, char *data, qint64 size, qint64 offset)
{
    qint64 got = 0;
    while (got < size) {
        const ssize_t n = ::pread(fd, data + got, size_t(size - got), off_t(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("read encrypted data: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        if (n == 0)
            return std::unexpected(integrity(QStringLiteral("data file is shorter than recorded")));
        got += n;
    }
    return {};
}

Core::Status writeFileDurably(const QString &path, const QByteArray &bytes, bool sync)
{
    const QString tmp = path + QStringLiteral(".tmp");
    const int fd = ::open(tmp.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Core::fail(Core::ErrorCode::IoError,
                          QStringLiteral("create %1: %2").arg(tmp, QString::fromLocal8Bit(strerror(errno))));
    ::fchmod(fd, 0600);
    bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
    if (ok && sync)
        ok = ::fsync(fd) == 0;
    ::close(fd);
    if (ok)
        ok = ::rename(tmp.toLocal8Bit().constData(), path.toLocal8Bit().constData()) == 0;
    if (!ok) {
        ::unlink(tmp.toLocal8Bit().constData());
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("write %1").arg(path));
    }
    if (sync) {
        const QString dir = QFileInfo(path).absolutePath();
        const int dfd = ::open(dir.toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            ::fsync(dfd);
            ::close(dfd);
        }
    }
    return {};
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

} // namespace

qint64 chunkCount(qint64 plainSize)
{
    return plainSize <= 0 ? 1 : (plainSize + kChunkSize - 1) / kChunkSize;
}

qint64 segmentSize(qint64 plainSize)
{
    return kHeaderSize + plainSize + chunkCount(plainSize) * kTagSize;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        return {};
    return out;
}

// ---- SegmentEncryptor ---------------------------------------------------------------------

SegmentEncryptor::SegmentEncryptor(QByteArray dataKey)
    : m_key {std::move(dataKey)}
    , m_nonceBase {randomBytes(kNonceSize)}
{
}

QByteArray SegmentEncryptor::header()
{
    return QByteArray(kMagic, 4) + m_nonceBase;
}

Core::Status SegmentEncryptor::sealChunk(const char *data, qint64 size, bool last, QByteArray &out)
{
    if (!gcmSeal(m_key, chunkNonce(m_nonceBase, m_index), chunkAad(m_index, last), data, size, out))
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("AES-GCM encryption failed"));
    ++m_index;
    return {};
}

Core::Status SegmentEncryptor::update(const char *data, qint64 size, QByteArray &out)
{
    m_total += size;
    while (size > 0) {
        // Keep the current chunk back until more data proves it is not the last one.
        if (m_pending.size() == kChunkSize) {
            if (auto s = sealChunk(m_pending.constData(), kChunkSize, false, out); !s)
                return s;
            m_pending.clear();
        }
        const qint64 take = std::min<qint64>(size, kChunkSize - m_pending.size());
        m_pending.append(data, take);
        data += take;
        size -= take;
    }
    return {};
}

Core::Status SegmentEncryptor::finish(QByteArray &out)
{
    auto s = sealChunk(m_pending.constData(), m_pending.size(), true, out);
    m_pending.clear();
    return s;
}

Core::Result<QByteArray> openChunk(const QByteArray &dataKey, const QByteArray &nonceBase, qint64 index, bool last,
                                   const char *sealed, qint64 sealedSize)
{
    QByteArray out;
    if (!gcmOpen(dataKey, chunkNonce(nonceBase, index), chunkAad(index, last), sealed, sealedSize, out))
        return std::unexpected(integrity(QStringLiteral("chunk %1").arg(index)));
    return out;
}

// ---- FileDecryptor ------------------------------------------------------------------------

FileDecryptor::FileDecryptor(int fd, QByteArray dataKey, QList<qint64> segmentSizes)
    : m_fd {fd}
    , m_key {std::move(dataKey)}
    , m_plain {std::move(segmentSizes)}
{
    qint64 file = 0;
    for (qint64 p : m_plain) {
        m_plainStart.append(m_total);
        m_fileStart.append(file);
        m_nonces.append(QByteArray());
        m_total += p;
        file += segmentSize(p);
    }
}

Core::Status FileDecryptor::loadChunk(int segment, qint64 chunk)
{
    if (m_cachedSegment == segment && m_cachedChunk == chunk)
        return {};
    m_cachedSegment = -1;
    if (m_nonces[segment].isEmpty()) {
        char header[kHeaderSize];
        if (auto s = preadAll(m_fd, header, kHeaderSize, m_fileStart[segment]); !s)
            return s;
        if (std::memcmp(header, kMagic, 4) != 0)
            return std::unexpected(integrity(QStringLiteral("segment header")));
        m_nonces[segment] = QByteArray(header + 4, kNonceSize);
    }
    const qint64 plain = m_plain[segment];
    const qint64 chunks = chunkCount(plain);
    const qint64 plainLen = std::min(kChunkSize, plain - chunk * kChunkSize);
    const qint64 sealedLen = std::max<qint64>(0, plainLen) + kTagSize;
    QByteArray sealed(sealedLen, Qt::Uninitialized);
    const qint64 at = m_fileStart[segment] + kHeaderSize + chunk * (kChunkSize + kTagSize);
    if (auto s = preadAll(m_fd, sealed.data(), sealedLen, at); !s)
        return s;
    auto out = openChunk(m_key, m_nonces[segment], chunk, chunk == chunks - 1, sealed.constData(), sealedLen);
    if (!out)
        return std::unexpected(out.error());
    m_cache = std::move(*out);
    m_cachedSegment = segment;
    m_cachedChunk = chunk;
    return {};
}

Core::Result<qint64> FileDecryptor::read(qint64 offset, char *data, qint64 size)
{
    std::lock_guard lock(m_mutex);
    qint64 done = 0;
    while (done < size && offset + done < m_total) {
        const qint64 pos = offset + done;
        int seg = int(m_plainStart.size()) - 1;
        while (seg > 0 && m_plainStart[seg] > pos)
            --seg;
        // Skip empty segments that share the start offset.
        while (seg + 1 < m_plainStart.size() && m_plainStart[seg + 1] <= pos)
            ++seg;
        const qint64 inSeg = pos - m_plainStart[seg];
        const qint64 chunk = inSeg / kChunkSize;
        if (auto s = loadChunk(seg, chunk); !s)
            return std::unexpected(s.error());
        const qint64 inChunk = inSeg - chunk * kChunkSize;
        const qint64 n = std::min<qint64>(size - done, m_cache.size() - inChunk);
        if (n <= 0)
            return std::unexpected(integrity(QStringLiteral("chunk shorter than recorded")));
        std::memcpy(data + done, m_cache.constData() + inChunk, size_t(n));
        done += n;
    }
    return done;
}

// ---- key wrapping -------------------------------------------------------------------------

Core::Result<QByteArray> sealKey(const QByteArray &kek, const QByteArray &plain, const QByteArray &aad)
{
    const QByteArray iv = randomBytes(kNonceSize);
    QByteArray out = iv;
    if (iv.size() != kNonceSize || !gcmSeal(kek, iv, aad, plain.constData(), plain.size(), out))
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("key wrapping failed"));
    return out;
}

Core::Result<QByteArray> openKey(const QByteArray &kek, const QByteArray &sealed, const QByteArray &aad)
{
    QByteArray out;
    if (sealed.size() < kNonceSize + kTagSize
        || !gcmOpen(kek, sealed.left(kNonceSize), aad, sealed.constData() + kNonceSize, sealed.size() - kNonceSize, out))
        return std::unexpected(integrity(QStringLiteral("wrapped key")));
    return out;
}

// ---- Envelope -----------------------------------------------------------------------------

namespace {
void putField(QByteArray &out, const QByteArray &field)
{
    out.append(char(quint8(field.size() >> 8)));
    out.append(char(quint8(field.size())));
    out.append(field);
}
bool getField(const QByteArray &in, qsizetype &pos, QByteArray &field)
{
    if (pos + 2 > in.size())
        return false;
    const int len = (quint8(in[pos]) << 8) | quint8(in[pos + 1]);
    pos += 2;
    if (pos + len > in.size())
        return false;
    field = in.mid(pos, len);
    pos += len;
    return true;
}
} // namespace

QByteArray Envelope::serialize() const
{
    QByteArray out("PEV1");
    out.append(char(scheme));
    putField(out, wrappedKey);
    putField(out, keyCheckSalt);
    putField(out, keyCheck);
    putField(out, kmsKeyId.toUtf8());
    return out;
}

Core::Result<Envelope> Envelope::parse(const QByteArray &bytes)
{
    Envelope e;
    if (bytes.size() < 5 || !bytes.startsWith("PEV1"))
        return std::unexpected(integrity(QStringLiteral("key envelope")));
    const quint8 scheme = quint8(bytes[4]);
    if (scheme < 1 || scheme > 3)
        return std::unexpected(integrity(QStringLiteral("key envelope scheme")));
    e.scheme = Scheme(scheme);
    qsizetype pos = 5;
    QByteArray kms;
    if (!getField(bytes, pos, e.wrappedKey) || !getField(bytes, pos, e.keyCheckSalt) || !getField(bytes, pos, e.keyCheck)
        || !getField(bytes, pos, kms))
        return std::unexpected(integrity(QStringLiteral("key envelope")));
    e.kmsKeyId = QString::fromUtf8(kms);
    return e;
}

// ---- KeyRing ------------------------------------------------------------------------------

bool isValidKmsKeyId(const QString &id)
{
    if (id.isEmpty() || id.size() > 256)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'/'
                        || u == u'_' || u == u'.' || u == u':' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Core::Result<std::unique_ptr<KeyRing>> KeyRing::open(const QString &dataDir, bool sync)
{
    auto ring = std::unique_ptr<KeyRing>(new KeyRing);
    ring->m_dataDir = dataDir;
    ring->m_sync = sync;
    const QString path = dataDir + QStringLiteral("/master.key");
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(path));
        ring->m_master = f.readAll();
        if (ring->m_master.size() != kKeySize)
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("%1 is not a %2-byte key").arg(path).arg(kKeySize));
        ::chmod(path.toLocal8Bit().constData(), 0600);
    } else {
        ring->m_master = randomBytes(kKeySize);
        if (ring->m_master.size() != kKeySize)
            return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("no random bytes for the master key"));
        if (auto s = writeFileDurably(path, ring->m_master, sync); !s)
            return std::unexpected(s.error());
    }
    return ring;
}

Core::Result<KeyRing::NewKey> KeyRing::newDataKey(Envelope::Scheme scheme, const QByteArray &customerKey,
                                                  const QString &kmsKeyId) const
{
    NewKey k;
    k.dataKey = randomBytes(kKeySize);
    k.envelope.scheme = scheme;
    QByteArray kek;
    switch (scheme) {
    case Envelope::Scheme::Master:
        kek = m_master;
        break;
    case Envelope::Scheme::Customer:
        if (customerKey.size() != kKeySize)
            return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("The secret key was invalid for the "
                                                                               "specified algorithm."));
        kek = customerKey;
        k.envelope.keyCheckSalt = randomBytes(16);
        k.envelope.keyCheck = hmacSha256(k.envelope.keyCheckSalt, customerKey);
        break;
    case Envelope::Scheme::Kms: {
        auto key = kmsKey(kmsKeyId);
        if (!key)
            return std::unexpected(key.error());
        kek = *key;
        k.envelope.kmsKeyId = kmsKeyId;
        break;
    }
    }
    auto wrapped = sealKey(kek, k.dataKey, QByteArray("pail-data-key") + char(scheme));
    if (!wrapped)
        return std::unexpected(wrapped.error());
    k.envelope.wrappedKey = *wrapped;
    return k;
}

Core::Result<QByteArray> KeyRing::unwrap(const Envelope &envelope, const QByteArray &customerKey) const
{
    QByteArray kek;
    switch (envelope.scheme) {
    case Envelope::Scheme::Master:
        kek = m_master;
        break;
    case Envelope::Scheme::Customer: {
        const QByteArray check = hmacSha256(envelope.keyCheckSalt, customerKey);
        if (customerKey.size() != kKeySize || check.size() != envelope.keyCheck.size()
            || CRYPTO_memcmp(check.constData(), envelope.keyCheck.constData(), size_t(check.size())) != 0)
            return Core::fail(Core::ErrorCode::AccessDenied, QStringLiteral("Access Denied"));
        kek = customerKey;
        break;
    }
    case Envelope::Scheme::Kms: {
        auto key = kmsKey(envelope.kmsKeyId);
        if (!key)
            return std::unexpected(key.error());
        kek = *key;
        break;
    }
    }
    return openKey(kek, envelope.wrappedKey, QByteArray("pail-data-key") + char(envelope.scheme));
}

Core::Status KeyRing::createKmsKey(const QString &id)
{
    if (!isValidKmsKeyId(id))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid KMS key id: %1").arg(id));
    std::lock_guard lock(m_mutex);
    const QString dir = m_dataDir + QStringLiteral("/kms");
    if (!QDir().mkpath(dir))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("mkdir %1").arg(dir));
    ::chmod(dir.toLocal8Bit().constData(), 0700);
    const QString path = dir + QLatin1Char('/') + QString::fromLatin1(id.toUtf8().toHex());
    if (QFile::exists(path))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("KMS key %1 already exists").arg(id));
    auto sealed = sealKey(m_master, randomBytes(kKeySize), QByteArray("pail-kms-key:") + id.toUtf8());
    if (!sealed)
        return std::unexpected(sealed.error());
    return writeFileDurably(path, *sealed, m_sync);
}

QStringList KeyRing::kmsKeys() const
{
    std::lock_guard lock(m_mutex);
    QStringList out;
    QDirIterator it(m_dataDir + QStringLiteral("/kms"), QDir::Files);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().endsWith(QLatin1StringView(".tmp")))
            continue;
        out.append(QString::fromUtf8(QByteArray::fromHex(it.fileName().toLatin1())));
    }
    out.sort();
    return out;
}

bool KeyRing::hasKmsKey(const QString &id) const
{
    return isValidKmsKeyId(id)
           && QFile::exists(m_dataDir + QStringLiteral("/kms/") + QString::fromLatin1(id.toUtf8().toHex()));
}

Core::Result<QByteArray> KeyRing::kmsKey(const QString &id) const
{
    if (!hasKmsKey(id))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid keyId %1").arg(id));
    QFile f(m_dataDir + QStringLiteral("/kms/") + QString::fromLatin1(id.toUtf8().toHex()));
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read KMS key %1").arg(id));
    return openKey(m_master, f.readAll(), QByteArray("pail-kms-key:") + id.toUtf8());
}

} // namespace Store::Sse
