#include "engine/store/objectreader.h"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>

#include "engine/store/encryption.h"

namespace Store {

ObjectReader::ObjectReader(ObjectInfo info, int fd)
    : m_info {std::move(info)}
    , m_fd {fd}
{
}

ObjectReader::ObjectReader(ObjectInfo info, QByteArray data)
    : m_info {std::move(info)}
    , m_inline {true}
    , m_data {std::move(data)}
{
}

int ObjectReader::fd() const
{
    if (m_inline && m_fd < 0) {
        // Callers that want a descriptor (decryption, copies) get the bytes in a memfd.
        const int fd = ::memfd_create("pail-inline", MFD_CLOEXEC);
        if (fd < 0)
            return -1;
        qint64 done = 0;
        while (done < m_data.size()) {
            const ssize_t n = ::write(fd, m_data.constData() + done, size_t(m_data.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(fd);
                return -1;
            }
            done += n;
        }
        m_fd = fd;
    }
    return m_fd;
}

ObjectReader::~ObjectReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void ObjectReader::decryptWith(const QByteArray &dataKey)
{
    QList<qint64> segments = m_info.partsCount > 0 ? m_info.partSizes : QList<qint64> {m_info.size};
    m_decryptor = std::make_unique<Sse::FileDecryptor>(fd(), dataKey, std::move(segments));
}

Core::Result<qint64> ObjectReader::read(qint64 offset, char *data, qint64 size) const
{
    if (m_decryptor)
        return m_decryptor->read(offset, data, size);
    if (isEncrypted())
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("encrypted object read without its key"));
    if (m_inline) {
        if (offset >= m_data.size() || offset < 0)
            return qint64(0);
        const qint64 n = std::min<qint64>(size, m_data.size() - offset);
        std::memcpy(data, m_data.constData() + offset, size_t(n));
        return n;
    }
    for (;;) {
        const ssize_t n = ::pread(m_fd, data, size_t(size), off_t(offset));
        if (n >= 0)
            return qint64(n);
        if (errno != EINTR)
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("read %1: %2").arg(m_info.dataPath, QString::fromLocal8Bit(strerror(errno))));
    }
}

Core::Result<QByteArray> ObjectReader::readAll(qint64 offset, qint64 size) const
{
    if (size < 0)
        size = std::max<qint64>(0, m_info.size - offset);
    QByteArray out(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        auto n = read(offset + done, out.data() + done, size - done);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        done += *n;
    }
    out.truncate(done);
    return out;
}

} // namespace Store
