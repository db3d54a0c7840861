#include "engine/client/filesectiondevice.h"

namespace Client {

FileSectionDevice::FileSectionDevice(QString path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset{offset}
    , m_length{length}
{
}

bool FileSectionDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString().isEmpty() ? QStringLiteral("read-only device") : m_file.errorString());
        return false;
    }
    const qint64 fileSize = m_file.size();
    if (m_length < 0)
        m_length = qMax<qint64>(0, fileSize - m_offset);
    if (m_offset < 0 || m_offset + m_length > fileSize) {
        setErrorString(QStringLiteral("%1 is shorter than the section %2+%3").arg(m_file.fileName()).arg(m_offset).arg(m_length));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | (mode & QIODevice::Unbuffered));
}

void FileSectionDevice::close()
{
    QIODevice::close();
    m_file.close();
}

bool FileSectionDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileSectionDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileSectionDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - (m_file.pos() - m_offset);
    if (left <= 0)
        return 0;
    return m_file.read(data, qMin(maxSize, left));
}

qint64 FileSectionDevice::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

} // namespace Client
