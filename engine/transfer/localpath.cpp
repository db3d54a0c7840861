#include "engine/transfer/localpath.h"

#include <QStringList>

namespace Transfer {

std::optional<QString> localPathForKey(const QString &root, const QString &relativeKey)
{
    if (root.isEmpty())
        return std::nullopt;
    QStringList parts;
    for (const QString &segment : relativeKey.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"." || segment == u"..")
            return std::nullopt;
        if (segment.contains(QChar(0)) || segment.toUtf8().size() > 255)
            return std::nullopt;
        parts.append(segment);
    }
    if (parts.isEmpty())
        return std::nullopt;
    QString base = root;
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u'/'))
        base += u'/';
    return base + parts.join(u'/');
}

} // namespace Transfer
