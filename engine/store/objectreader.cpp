#include "engine/store/objectreader.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "engine/store/encryption.h"

namespace Store {

ObjectReader::ObjectReader(ObjectInfo info, int fd)
    : m_info {std::move(info)}
    , m_fd {fd}
{
}

ObjectReader::~ObjectReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void ObjectReader::decryptWith(const QByteArray &dataKey)
{
    QList<qint64> segments = m_info.partsCount > 0 ? m_info.partSizes : QList<qint64> {m_info.size};
    m_decryptor = std::make_unique<Sse::FileDecryptor>(m_fd, dataKey, std::move(segments));
}

Core::Result<qint64> ObjectReader::read(qint64 offset, char *data, qint64 size) const
{
    if (m_decryptor)
        return m_decryptor->read(offset, data, size);
    if (isEncrypted())
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("encrypted object read without its key"));
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
