#include "engine/s3/xml/xmlutil.h"

#include <array>

#include <QRegularExpression>

namespace S3 {

namespace {

constexpr std::array<const char *, 7> kDayNames = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
constexpr std::array<const char *, 12> kMonthNames
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

int monthFromName(QStringView name)
{
    for (int i = 0; i < int(kMonthNames.size()); ++i) {
        if (name == QLatin1StringView(kMonthNames[i]))
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> makeUtc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    const QDate date(year, month, day);
    // 60 is a leap second; S3 never sends one and QTime rejects it.
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~' || c == '/';
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

QString formatIsoTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> parseIsoTimestamp(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    auto result = makeUtc(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
        m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!result)
        return std::nullopt;
    const QString zone = m.captured(8);
    if (zone != u"Z") {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const QString digits = zone.mid(1).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        *result = result->addSecs(-sign * (hours * 3600 + minutes * 60));
    }
    return result;
}

QString formatHttpDate(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 GMT")
        .arg(QLatin1StringView(kDayNames[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1StringView(kMonthNames[d.month() - 1]))
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'));
}

std::optional<QDateTime> parseHttpDate(QStringView text)
{
    static const QRegularExpression imf(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    const QStringView trimmed = text.trimmed();
    if (const auto m = imf.match(trimmed); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        return makeUtc(m.captured(3).toInt(), month, m.captured(1).toInt(), m.captured(4).toInt(),
            m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = rfc850.match(trimmed); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        const int yy = m.captured(3).toInt();
        const int year = yy < 70 ? 2000 + yy : 1900 + yy;
        return makeUtc(
            year, month, m.captured(1).toInt(), m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = asctime.match(trimmed); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        if (month == 0)
            return std::nullopt;
        return makeUtc(m.captured(6).toInt(), month, m.captured(2).trimmed().toInt(), m.captured(3).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt());
    }
    return std::nullopt;
}

QString urlEncodeListValue(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    QString out;
    out.reserve(utf8.size());
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out += QLatin1Char(c);
        } else if (c == ' ') {
            out += u'+';
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += u'%';
            out += QLatin1Char(kHex[b >> 4]);
            out += QLatin1Char(kHex[b & 0xF]);
        }
    }
    return out;
}

QString urlDecodeListValue(QStringView value)
{
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'+') {
            bytes += ' ';
        } else if (c == u'%' && i + 2 < value.size() && hexValue(value[i + 1].unicode()) >= 0
            && hexValue(value[i + 2].unicode()) >= 0) {
            bytes += char(hexValue(value[i + 1].unicode()) * 16 + hexValue(value[i + 2].unicode()));
            i += 2;
        } else {
            // Keep a surrogate pair together so that it converts to one UTF-8 sequence.
            const qsizetype n = (c.isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate()) ? 2 : 1;
            bytes += value.mid(i, n).toUtf8();
            i += n - 1;
        }
    }
    return QString::fromUtf8(bytes);
}

bool isXmlSafe(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20) {
            if (c != 0x9 && c != 0xA && c != 0xD)
                return false;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
    }
    return true;
}

} // namespace S3
