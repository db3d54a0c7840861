#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"

namespace Store {

// Receives one object body (or one multipart part) as it arrives: appends it to a private
// temporary file under <data-dir>/tmp/ and computes its MD5 on the fly (OpenSSL EVP).
// Obtain one from Store::beginWrite(), feed it with write(), then hand it to Store::putObject()
// or Store::putPart(), which make it durable and commit it. A writer destroyed without being
// committed deletes its temporary file.
// Not thread-safe: one thread writes at a time (it may move between threads between calls).
// The caller owns it through std::unique_ptr; the store consumes it on commit.
class ObjectWriter final
{
public:
    // Takes ownership of fd (open for writing on tempPath). Use Store::beginWrite() instead.
    ObjectWriter(QString tempPath, int fd);
    // Keeps bodies of up to inlineMax plaintext bytes in memory (see isInline()); a larger body
    // goes to tempPath, created when the body passes that size. Use Store::beginWrite() instead.
    ObjectWriter(QString tempPath, qint64 inlineMax);
    ~ObjectWriter();
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    // Encrypts the body with dataKey (a 32-byte key, see engine/store/encryption.h) from now
    // on. Call before the first write(). size(), md5() and etag() stay those of the plaintext.
    Core::Status encryptWith(const QByteArray &dataKey);
    bool isEncrypted() const;

    // Appends data. IoError on a failed write (disk full...); InvalidRequest after finish().
    Core::Status write(const char *data, qint64 size);
    Core::Status write(const QByteArray &data) { return write(data.constData(), data.size()); }

    qint64 size() const;
    // Binary MD5 of everything written. Ends writing: later write() calls fail.
    QByteArray md5();
    // "\"<md5hex>\"" as S3 returns it for a single-part object.
    QString etag();

    // Deletes the temporary file now; the writer is unusable afterwards.
    void abort();

    // For the store: flushes and fsyncs the file, then renames it to finalPath (same file
    // system). After success the writer no longer owns a file. IoError on failure (the
    // temporary file is left for the destructor to delete).
    Core::Status commitTo(const QString &finalPath, bool sync);
    QString tempPath() const;
    // True while the body is held in memory only (small enough to be stored in the database).
    bool isInline() const;
    // For the store: ends writing and returns the stored bytes of an inline body (ciphertext
    // when encrypted); the writer is unusable afterwards.
    Core::Result<QByteArray> takeInline();
    // For the store: counts this writer in live for as long as it exists.
    void countIn(std::shared_ptr<std::atomic<int>> live);

private:
    Core::Status writeRaw(const char *data, qint64 size);
    Core::Status openFile(); // leaves inline mode: creates the temporary file, writes the buffer
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Store
