#pragma once

#include <optional>

#include <QFile>
#include <QIODevice>

#include "engine/s3/checksum.h"

namespace Transfer {

// A write-only, seekable view of bytes [offset, offset + length) of an existing file: the sink
// of one ranged GET, written in place into a preallocated download file. Not a QFile on
// purpose, so a transport retry rewinds it (seek(0)) without truncating the shared file.
// Writing past the range fails. Lives in the thread that uses it; owned by the job it feeds.
class RangeWriteDevice final : public QIODevice
{
    Q_OBJECT
public:
    RangeWriteDevice(QString path, qint64 offset, qint64 length, QObject *parent = nullptr);

    // Opens the file read-write without truncating it. False with errorString() on failure.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    // Bytes written so far within the range (the highest position reached).
    qint64 written() const { return m_written; }
    // The raw MD5 of the range, hashed as it was written (so a download is verified without
    // reading the file again); empty unless the whole range was written in order from 0.
    QByteArray md5();
    // Whether writes are hashed (default on). Off when the caller hashes the range itself.
    void setHashing(bool on) { m_hashing = on; }
    // Whether open() empties the file (creating it when missing): for a range that is the whole
    // file. Default off: the file exists and other ranges are written into it.
    void setTruncate(bool on) { m_truncate = on; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_written = 0;
    std::optional<S3::Hasher> m_md5; // reset when a retry rewinds to 0; dropped on other seeks
    qint64 m_hashed = 0;
    bool m_hashing = true;
    bool m_truncate = false;
};

} // namespace Transfer
