#pragma once

#include <QFile>
#include <QIODevice>

namespace Client {

// A read-only, random-access view of bytes [offset, offset + length) of a file: the body of
// one multipart part. pos() 0 is the section start; size() is the section length; reset()
// rewinds for a retry. Lives in the thread that uses it; owned by the request that sends it.
class FileSectionDevice final : public QIODevice
{
    Q_OBJECT
public:
    // length -1 = to the end of the file.
    FileSectionDevice(QString path, qint64 offset, qint64 length, QObject *parent = nullptr);

    // Opens the file; false with errorString() when missing, unreadable, or shorter than the section.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    // The open file's descriptor (-1 when closed) and where the section starts in it: for
    // sendfile(), which reads the file by offset and leaves pos() alone.
    int handle() const { return m_file.handle(); }
    qint64 fileOffset() const { return m_offset; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace Client
