#pragma once

#include <QString>

namespace Ctl {

// An s3://bucket/key argument.
struct S3Path
{
    QString bucket;
    QString key;
};

inline bool isS3(const QString &s)
{
    return s.startsWith(QLatin1StringView("s3://"));
}

inline S3Path parseS3(const QString &s)
{
    const QString rest = s.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return {rest, {}};
    return {rest.left(slash), rest.mid(slash + 1)};
}

inline QString s3Url(const QString &bucket, const QString &key)
{
    return QStringLiteral("s3://") + bucket + u'/' + key;
}

} // namespace Ctl
