#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Transfer {

// S3's multipart limits (AWS documentation, "Amazon S3 multipart upload limits").
inline constexpr qint64 kMiB = 1024 * 1024;
inline constexpr qint64 kMinPartSize = 5 * kMiB;
inline constexpr qint64 kMaxPartSize = 5LL * 1024 * kMiB;
inline constexpr int kMaxParts = 10000;
inline constexpr qint64 kMaxObjectSize = 5LL * 1024 * 1024 * kMiB; // 5 TiB
inline constexpr qint64 kMaxCopyObjectSize = 5LL * 1024 * kMiB;    // CopyObject's single-request limit

// One byte range of a file or object: a multipart part or a ranged GET.
struct Piece
{
    qint64 offset = 0;
    qint64 length = 0;
    bool operator==(const Piece &) const = default;
};

// The part size to use for `fileSize` bytes: the configured size, at least kMinPartSize, and
// grown (doubling, like aws-cli) until the file fits in kMaxParts parts.
qint64 partSizeFor(qint64 fileSize, qint64 configuredPartSize);

// Splits [0, size) into consecutive pieces of `pieceSize` (the last one shorter). An empty
// size gives one empty piece, so every transfer has at least one request.
QList<Piece> splitIntoPieces(qint64 size, qint64 pieceSize);

// The ETag S3 gives a multipart object: hex(md5(md5(part1) || ... || md5(partN))) + "-N",
// from the raw 16-byte part digests. Without quotes.
QString multipartEtag(const QList<QByteArray> &partMd5s);

// An ETag without its quotes, lower case.
QString normalizedEtag(const QString &etag);
// Whether the ETag looks like a plain MD5 (32 hex digits, no "-N" suffix).
bool isSinglePartEtag(const QString &etag);
// The N of a "...-N" multipart ETag; 0 when it is not one.
int etagPartCount(const QString &etag);

} // namespace Transfer
