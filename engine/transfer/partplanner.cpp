#include "engine/transfer/partplanner.h"

#include "engine/s3/checksum.h"

namespace Transfer {

qint64 partSizeFor(qint64 fileSize, qint64 configuredPartSize)
{
    qint64 size = std::max(configuredPartSize, kMinPartSize);
    // ceil(fileSize / size) > kMaxParts -> grow.
    while (size < kMaxPartSize && (fileSize + size - 1) / size > kMaxParts)
        size *= 2;
    return std::min(size, kMaxPartSize);
}

QList<Piece> splitIntoPieces(qint64 size, qint64 pieceSize)
{
    QList<Piece> pieces;
    if (size <= 0 || pieceSize <= 0) {
        pieces.append(Piece{0, std::max<qint64>(size, 0)});
        return pieces;
    }
    pieces.reserve(int((size + pieceSize - 1) / pieceSize));
    for (qint64 offset = 0; offset < size; offset += pieceSize)
        pieces.append(Piece{offset, std::min(pieceSize, size - offset)});
    return pieces;
}

QString multipartEtag(const QList<QByteArray> &partMd5s)
{
    QByteArray all;
    all.reserve(partMd5s.size() * 16);
    for (const QByteArray &d : partMd5s)
        all += d;
    return QString::fromLatin1(S3::md5(all).toHex()) + u'-' + QString::number(partMd5s.size());
}

QString normalizedEtag(const QString &etag)
{
    QString e = etag.trimmed();
    if (e.startsWith(u"W/"))
        e = e.mid(2);
    if (e.size() >= 2 && e.startsWith(u'"') && e.endsWith(u'"'))
        e = e.mid(1, e.size() - 2);
    return e.toLower();
}

bool isSinglePartEtag(const QString &etag)
{
    const QString e = normalizedEtag(etag);
    if (e.size() != 32)
        return false;
    for (QChar c : e) {
        if (!c.isDigit() && (c < u'a' || c > u'f'))
            return false;
    }
    return true;
}

int etagPartCount(const QString &etag)
{
    const QString e = normalizedEtag(etag);
    const qsizetype dash = e.lastIndexOf(u'-');
    if (dash < 0)
        return 0;
    bool ok = false;
    const int n = e.mid(dash + 1).toInt(&ok);
    return ok ? n : 0;
}

} // namespace Transfer
