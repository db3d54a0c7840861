#pragma once

#include <memory>

#include <QtGlobal>

#include "engine/core/error.h"
#include "engine/store/storetypes.h"

namespace Store {

namespace Sse {
class FileDecryptor;
}

// An open data file of one object version plus its metadata, as Store::openObject() found
// them at one instant. The file descriptor is opened before openObject() returns, so the data
// stays readable (and unchanged: data files are immutable) even if the version is deleted or
// replaced meanwhile. Ranges are read with pread() (or by the caller with sendfile() on fd()).
// Safe to read from several threads at once (pread has no file position).
// The caller owns it; closes the descriptor on destruction.
class ObjectReader final
{
public:
    ObjectReader(ObjectInfo info, int fd);
    // An inline body (stored in the database row): data holds the stored bytes (ciphertext
    // when encrypted). fd() then gives an anonymous in-memory file with the same bytes.
    ObjectReader(ObjectInfo info, QByteArray data);
    ~ObjectReader();
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    const ObjectInfo &info() const { return m_info; }
    int fd() const;
    // The stored bytes of an inline body, or nullptr for a data file.
    const QByteArray *inlineData() const { return m_inline ? &m_data : nullptr; }
    qint64 size() const { return m_info.size; }

    // True when the data file is encrypted (info().meta.encryption.encrypted): read() then
    // needs the object's data key first (Store::unwrapDataKey()), and fd() holds ciphertext.
    bool isEncrypted() const { return m_info.meta.encryption.encrypted; }
    // Decrypts reads with dataKey from now on. Call once, before reading.
    void decryptWith(const QByteArray &dataKey);

    // Reads up to size bytes (plaintext) at offset; returns the count read (0 at end). IoError on failure.
    Core::Result<qint64> read(qint64 offset, char *data, qint64 size) const;
    // Whole range as bytes (small objects and tests).
    Core::Result<QByteArray> readAll(qint64 offset = 0, qint64 size = -1) const;

private:
    ObjectInfo m_info;
    mutable int m_fd = -1;
    bool m_inline = false;
    QByteArray m_data;
    std::unique_ptr<Sse::FileDecryptor> m_decryptor;
};

} // namespace Store
