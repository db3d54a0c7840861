#include "engine/s3/uri.h"

#include <algorithm>

namespace S3 {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

inline bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeOrKeep(QByteArrayView bytes)
{
    if (auto decoded = uriDecode(bytes, true))
        return *std::move(decoded);
    return bytes.toByteArray();
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    // Runs of characters that stay as they are are copied in one piece.
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2);
    const char *const data = bytes.data();
    qsizetype run = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (isUnreserved(c) || (c == '/' && !encodeSlash))
            continue;
        out.append(data + run, i - run);
        const char esc[3] = { '%', kHex[c >> 4], kHex[c & 0xF] };
        out.append(esc, 3);
        run = i + 1;
    }
    out.append(data + run, bytes.size() - run);
    return out;
}

std::optional<QByteArray> uriDecode(QByteArrayView bytes, bool plusAsSpace)
{
    // Runs without '%' (or '+') are copied in one piece; most names and values are one run.
    QByteArray out;
    out.reserve(bytes.size());
    const char *const data = bytes.data();
    qsizetype run = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = data[i];
        if (c == '%') {
            if (i + 2 >= bytes.size())
                return std::nullopt;
            const int hi = hexValue(data[i + 1]);
            const int lo = hexValue(data[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(data + run, i - run);
            out.append(char((hi << 4) | lo));
            i += 2;
            run = i + 1;
        } else if (c == '+' && plusAsSpace) {
            out.append(data + run, i - run);
            out.append(' ');
            run = i + 1;
        }
    }
    out.append(data + run, bytes.size() - run);
    return out;
}

QList<std::pair<QByteArray, QByteArray>> parseQuery(QByteArrayView rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    params.reserve(rawQuery.count('&') + 1);
    qsizetype start = 0;
    while (start <= rawQuery.size()) {
        qsizetype end = rawQuery.indexOf('&', start);
        if (end < 0)
            end = rawQuery.size();
        const QByteArrayView part = rawQuery.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                params.append({ decodeOrKeep(part), QByteArray() });
            else
                params.append({ decodeOrKeep(part.first(eq)), decodeOrKeep(part.sliced(eq + 1)) });
        }
        start = end + 1;
    }
    return params;
}

QByteArray canonicalQueryString(QList<std::pair<QByteArray, QByteArray>> decodedParams)
{
    for (auto &[name, value] : decodedParams) {
        name = uriEncode(name, true);
        value = uriEncode(value, true);
    }
    std::sort(decodedParams.begin(), decodedParams.end());
    QByteArray out;
    for (const auto &[name, value] : decodedParams) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray canonicalQueryString(QByteArrayView rawQuery)
{
    return canonicalQueryString(parseQuery(rawQuery));
}

QByteArray normalizePath(QByteArrayView decodedPath)
{
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    while (start <= decodedPath.size()) {
        qsizetype end = decodedPath.indexOf('/', start);
        if (end < 0)
            end = decodedPath.size();
        const QByteArrayView seg = decodedPath.sliced(start, end - start);
        if (seg == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (!seg.isEmpty() && seg != ".") {
            segments.append(seg);
        }
        start = end + 1;
    }
    QByteArray out;
    for (const QByteArrayView seg : segments)
        out.append('/').append(seg);
    // RFC 3986 remove_dot_segments keeps the trailing '/' of "a/", "a/." and "a/..".
    const bool trailingSlash = decodedPath.endsWith('/') || decodedPath.endsWith("/.") || decodedPath.endsWith("/..");
    if (out.isEmpty() || trailingSlash)
        out.append('/');
    return out;
}

QByteArray canonicalUri(QByteArrayView wirePath, bool normalize)
{
    if (wirePath.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray decoded;
    if (auto d = uriDecode(wirePath, false))
        decoded = *std::move(d);
    else
        decoded = wirePath.toByteArray();
    if (normalize)
        decoded = normalizePath(decoded);
    return uriEncode(decoded, false);
}

} // namespace S3
