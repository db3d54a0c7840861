#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace S3 {

// Shared helpers for the S3 XML documents (engine/s3/xml/*.h): timestamps, HTTP dates, the
// encoding-type=url codec and the limits every parser applies. Free functions, thread-safe.

// The namespace AWS puts on every response document (and the SDKs on request bodies).
inline constexpr QLatin1StringView kS3XmlNamespace { "http://s3.amazonaws.com/doc/2006-03-01/" };
// The XML Schema instance namespace used by <Grantee xsi:type="...">.
inline constexpr QLatin1StringView kXsiNamespace { "http://www.w3.org/2001/XMLSchema-instance" };

// Bounds applied by every parser before and while reading. A document over maxBytes, nested
// deeper than maxDepth or containing a DTD (<!DOCTYPE ...>) is rejected (MalformedXML, or
// MalformedACLError for AccessControlPolicy). Each document type has its own defaults:
// request bodies 1 MiB (Delete and CompleteMultipartUpload 4 MiB: 1000 keys / 10000 parts),
// response documents 64 MiB (a listing page of 1000 long keys is over 1 MiB).
struct XmlLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 32;
};

inline constexpr qsizetype kMaxRequestXmlBytes = 1024 * 1024;
inline constexpr qsizetype kMaxLargeRequestXmlBytes = 4 * 1024 * 1024;
inline constexpr qsizetype kMaxResponseXmlBytes = 64 * 1024 * 1024;
inline constexpr int kMaxXmlDepth = 32;
inline constexpr int kMaxDeleteObjects = 1000;

// "2009-10-12T17:50:30.000Z": UTC, always with milliseconds (AWS's form in XML bodies).
// An invalid QDateTime gives an empty string.
QString formatIsoTimestamp(const QDateTime &time);

// Parses ISO 8601 as S3 and its clones send it: with or without fractional seconds (any
// number of digits, truncated to ms), "Z" or a +hh:mm offset. Returns a UTC QDateTime;
// std::nullopt when malformed.
std::optional<QDateTime> parseIsoTimestamp(QStringView text);

// RFC 7231 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT" (English names whatever the locale).
QString formatHttpDate(const QDateTime &time);

// Parses IMF-fixdate, RFC 850 ("Wednesday, 21-Oct-15 07:28:00 GMT", two-digit years taken as
// within 50 years of now as RFC 7231 says; we use 1970..2069) and asctime
// ("Wed Oct 21 07:28:00 2015"). Returns UTC; std::nullopt when malformed.
std::optional<QDateTime> parseHttpDate(QStringView text);

// encoding-type=url as AWS applies it to Key, Prefix, Delimiter, markers and StartAfter:
// UTF-8, unreserved characters (A-Z a-z 0-9 - _ . ~) and '/' kept, space as '+', every
// other byte as %XX (upper-case hex). Clients decode with unquote_plus (botocore does).
QString urlEncodeListValue(QStringView value);
// The inverse ('+' is a space, %XX bytes, UTF-8). Malformed escapes are kept literally.
QString urlDecodeListValue(QStringView value);

// True when every character may appear in an XML 1.0 document (#x9 | #xA | #xD | #x20-#xD7FF
// | #xE000-#xFFFD | #x10000-#x10FFFF, with surrogate pairs intact).
bool isXmlSafe(QStringView text);

} // namespace S3
