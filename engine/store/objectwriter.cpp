#include "engine/store/objectwriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <utility>

#include <openssl/evp.h>

#include "engine/store/encryption.h"

namespace Store {

struct ObjectWriter::Private
{
    QString tempPath;
    int fd = -1;
    qint64 size = 0;
    EVP_MD_CTX *md5 = nullptr;
    QByteArray digest; // set once finished
    bool failed = false;
    std::unique_ptr<Sse::SegmentEncryptor> encryptor;
    QByteArray sealed; // scratch for encrypted output
    // Inline mode (fd < 0 and not finished): the stored bytes are kept here until they pass
    // inlineMax plaintext bytes, then go to the temporary file, created at that moment.
    qint64 inlineMax = 0;
    QByteArray buffer;
    bool finished = false; // committed, aborted or taken inline
    qint64 sinceWriteback = 0;
    std::shared_ptr<std::atomic<int>> live; // see countIn()
};

namespace {

// One MD5 algorithm object for the process (no per-writer lookup by name).
const EVP_MD *md5Algorithm()
{
    static EVP_MD *const s_md5 = EVP_MD_fetch(nullptr, "MD5", nullptr);
    return s_md5 ? s_md5 : EVP_md5();
}

constexpr qint64 kWritebackEvery = 8 * 1024 * 1024;

} // namespace

ObjectWriter::ObjectWriter(QString tempPath, int fd)
    : d {std::make_unique<Private>()}
{
    d->tempPath = std::move(tempPath);
    d->fd = fd;
    d->md5 = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->md5, md5Algorithm(), nullptr);
}

ObjectWriter::ObjectWriter(QString tempPath, qint64 inlineMax)
    : ObjectWriter(std::move(tempPath), -1)
{
    d->inlineMax = inlineMax;
}

Core::Status ObjectWriter::openFile()
{
    if (d->fd >= 0)
        return {};
    d->fd = ::open(d->tempPath.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (d->fd < 0) {
        d->failed = true;
        return Core::fail(Core::ErrorCode::IoError,
                          QStringLiteral("create %1: %2").arg(d->tempPath, QString::fromLocal8Bit(strerror(errno))));
    }
    const QByteArray pending = std::exchange(d->buffer, QByteArray());
    return writeRaw(pending.constData(), pending.size());
}

bool ObjectWriter::isInline() const
{
    return d->fd < 0 && !d->finished;
}

Core::Result<QByteArray> ObjectWriter::takeInline()
{
    if (!isInline())
        return Core::fail(Core::ErrorCode::InvalidRequest, QStringLiteral("object writer holds no inline body"));
    if (d->failed)
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("an earlier write failed"));
    md5();
    if (d->encryptor) {
        d->sealed.clear();
        if (auto s = d->encryptor->finish(d->sealed); !s)
            return std::unexpected(s.error());
        d->buffer.append(d->sealed);
        d->encryptor.reset();
    }
    d->finished = true;
    QByteArray out = std::exchange(d->buffer, QByteArray());
    if (out.isNull())
        out = QByteArray("", 0); // an empty body is an empty BLOB, not NULL
    return out;
}

ObjectWriter::~ObjectWriter()
{
    abort();
    EVP_MD_CTX_free(d->md5);
    if (d->live)
        --*d->live;
}

void ObjectWriter::countIn(std::shared_ptr<std::atomic<int>> live)
{
    if (d->live)
        --*d->live;
    d->live = std::move(live);
    if (d->live)
        ++*d->live;
}

Core::Status ObjectWriter::write(const char *data, qint64 size)
{
    if (d->finished || !d->digest.isNull())
        return Core::fail(Core::ErrorCode::InvalidRequest, QStringLiteral("object writer already finished"));
    if (d->failed)
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("earlier write failed"));
    if (d->fd < 0 && d->size + size > d->inlineMax) {
        if (auto s = openFile(); !s)
            return s;
    }
    EVP_DigestUpdate(d->md5, data, size_t(size));
    if (d->encryptor) {
        d->sealed.clear();
        if (auto s = d->encryptor->update(data, size, d->sealed); !s) {
            d->failed = true;
            return s;
        }
        if (auto s = writeRaw(d->sealed.constData(), d->sealed.size()); !s)
            return s;
    } else if (auto s = writeRaw(data, size); !s) {
        return s;
    }
    d->size += size;
    return {};
}

Core::Status ObjectWriter::encryptWith(const QByteArray &dataKey)
{
    if (d->finished || d->size > 0 || d->encryptor)
        return Core::fail(Core::ErrorCode::InvalidRequest, QStringLiteral("encryptWith() after the first write"));
    d->encryptor = std::make_unique<Sse::SegmentEncryptor>(dataKey);
    const QByteArray header = d->encryptor->header();
    return writeRaw(header.constData(), header.size());
}

bool ObjectWriter::isEncrypted() const
{
    return d->encryptor != nullptr;
}

Core::Status ObjectWriter::writeRaw(const char *data, qint64 size)
{
    if (d->fd < 0) {
        d->buffer.append(data, size);
        return {};
    }
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(d->fd, data + done, size_t(size - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            d->failed = true;
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("write to %1: %2").arg(d->tempPath, QString::fromLocal8Bit(strerror(errno))));
        }
        done += n;
    }
    // Start writeback of what has accumulated every few MiB, so the final fsync of a large body
    // waits for the last stretch only instead of the whole file (no waiting here).
    d->sinceWriteback += size;
    if (d->sinceWriteback >= kWritebackEvery) {
        d->sinceWriteback = 0;
        ::sync_file_range(d->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    }
    return {};
}

qint64 ObjectWriter::size() const
{
    return d->size;
}

QByteArray ObjectWriter::md5()
{
    if (d->digest.isNull()) {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(d->md5, out, &len);
        d->digest = QByteArray(reinterpret_cast<const char *>(out), int(len));
    }
    return d->digest;
}

QString ObjectWriter::etag()
{
    return QLatin1Char('"') + QString::fromLatin1(md5().toHex()) + QLatin1Char('"');
}

void ObjectWriter::abort()
{
    d->buffer.clear();
    d->finished = true;
    if (d->fd >= 0) {
        ::close(d->fd);
        d->fd = -1;
        ::unlink(d->tempPath.toLocal8Bit().constData());
    }
}

Core::Status ObjectWriter::commitTo(const QString &finalPath, bool sync)
{
    if (d->finished)
        return Core::fail(Core::ErrorCode::InvalidRequest, QStringLiteral("object writer already committed"));
    if (d->failed)
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("a write to %1 failed").arg(d->tempPath));
    if (auto s = openFile(); !s)
        return s;
    md5();
    if (d->encryptor) {
        d->sealed.clear();
        auto s = d->encryptor->finish(d->sealed);
        if (s)
            s = writeRaw(d->sealed.constData(), d->sealed.size());
        d->encryptor.reset();
        if (!s) {
            d->failed = true;
            return s;
        }
    }
    if (sync && ::fdatasync(d->fd) != 0)
        return Core::fail(Core::ErrorCode::IoError,
                          QStringLiteral("fsync %1: %2").arg(d->tempPath, QString::fromLocal8Bit(strerror(errno))));
    if (::rename(d->tempPath.toLocal8Bit().constData(), finalPath.toLocal8Bit().constData()) != 0)
        return Core::fail(Core::ErrorCode::IoError,
                          QStringLiteral("rename %1: %2").arg(d->tempPath, QString::fromLocal8Bit(strerror(errno))));
    ::close(d->fd);
    d->fd = -1;
    d->finished = true;
    return {};
}

QString ObjectWriter::tempPath() const
{
    return d->tempPath;
}

} // namespace Store
