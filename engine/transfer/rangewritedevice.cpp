#include "engine/transfer/rangewritedevice.h"

namespace Transfer {

RangeWriteDevice::RangeWriteDevice(QString path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file{std::move(path)}
    , m_offset{offset}
    , m_length{length}
{
}

bool RangeWriteDevice::open(OpenMode mode)
{
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered | (m_truncate ? QIODevice::Truncate : QIODevice::NotOpen))) { // visible to the verifier at once
        setErrorString(m_file.errorString());
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    m_md5.emplace(S3::ChecksumAlgorithm::Md5);
    m_hashed = 0;
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

QByteArray RangeWriteDevice::md5()
{
    if (!m_md5 || m_hashed != m_length)
        return {};
    QByteArray digest = m_md5->finish();
    m_md5.reset();
    return digest;
}

void RangeWriteDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool RangeWriteDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    if (pos < m_written)
        m_written = pos; // a retry starts over from here
    if (pos == 0) {
        m_md5.emplace(S3::ChecksumAlgorithm::Md5);
        m_hashed = 0;
    } else if (pos != m_hashed) {
        m_md5.reset();
    }
    return QIODevice::seek(pos);
}

qint64 RangeWriteDevice::readData(char *, qint64)
{
    return -1;
}

qint64 RangeWriteDevice::writeData(const char *data, qint64 maxSize)
{
    const qint64 pos = m_file.pos() - m_offset;
    if (pos + maxSize > m_length) {
        setErrorString(QStringLiteral("response longer than the requested range"));
        return -1;
    }
    const qint64 n = m_file.write(data, maxSize);
    if (n < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    m_written = std::max(m_written, pos + n);
    if (!m_hashing) {
        m_md5.reset();
    } else if (m_md5 && pos == m_hashed) {
        m_md5->update(data, n);
        m_hashed += n;
    } else {
        m_md5.reset();
    }
    return n;
}

} // namespace Transfer
