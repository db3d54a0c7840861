#include "engine/store/store.h"

#include <QSet>

namespace Store {

Core::Status validateBucketName(const QString &name)
{
    auto bad = [&](const char *why) {
        return Core::fail(Core::ErrorCode::InvalidBucketName,
                          QStringLiteral("The specified bucket is not valid (%1): %2").arg(QLatin1StringView(why), name));
    };
    if (name.size() < 3 || name.size() > 63)
        return bad("length must be 3 to 63");
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '-'))
            return bad("only lowercase letters, digits, '.' and '-'");
    }
    auto alnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    if (!alnum(name.front()) || !alnum(name.back()))
        return bad("must begin and end with a letter or digit");
    if (name.contains(u".."))
        return bad("no two adjacent periods");
    if (name.startsWith(u"xn--") || name.startsWith(u"sthree-") || name.startsWith(u"amzn-s3-demo-"))
        return bad("reserved prefix");
    if (name.endsWith(u"-s3alias") || name.endsWith(u"--ol-s3") || name.endsWith(u".mrap")
        || name.endsWith(u"--x-s3"))
        return bad("reserved suffix");
    // Formatted as an IPv4 address: four dot-separated groups of 1-3 digits.
    const QStringList groups = name.split(u'.');
    if (groups.size() == 4) {
        bool ip = true;
        for (const QString &g : groups) {
            bool ok = false;
            ip = ip && !g.isEmpty() && g.size() <= 3 && (g.toInt(&ok), ok);
        }
        if (ip)
            return bad("must not be formatted as an IP address");
    }
    return {};
}

namespace {

// Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(const QByteArray &s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.constData());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

} // namespace

Core::Status validateKey(const QByteArray &key)
{
    if (key.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("empty object key"));
    if (key.size() > 1024)
        return Core::fail(Core::ErrorCode::KeyTooLongError, QStringLiteral("Your key is too long"));
    if (key.contains('\0') || !isValidUtf8(key))
        return Core::fail(Core::ErrorCode::InvalidURI, QStringLiteral("Couldn't parse the specified URI (key is not valid UTF-8)"));
    return {};
}

Core::Status validateTags(const QList<Tag> &tags)
{
    if (tags.size() > 10)
        return Core::fail(Core::ErrorCode::InvalidTag, QStringLiteral("Object tags cannot be greater than 10"));
    QSet<QString> seen;
    for (const Tag &t : tags) {
        if (t.key.isEmpty() || t.key.toUcs4().size() > 128)
            return Core::fail(Core::ErrorCode::InvalidTag, QStringLiteral("The TagKey you have provided is invalid"));
        if (t.value.toUcs4().size() > 256)
            return Core::fail(Core::ErrorCode::InvalidTag, QStringLiteral("The TagValue you have provided is too long"));
        if (seen.contains(t.key))
            return Core::fail(Core::ErrorCode::InvalidTag, QStringLiteral("Cannot provide multiple Tags with the same key"));
        seen.insert(t.key);
    }
    return {};
}

} // namespace Store
