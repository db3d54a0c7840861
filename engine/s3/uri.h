#pragma once

#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace S3 {

// AWS's URI encoding: A-Z a-z 0-9 - . _ ~ stay, every other byte becomes %XX (upper case hex);
// '/' stays only when encodeSlash is false (object key paths).
QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash = true);

// Percent-decoding; nullopt for a '%' not followed by two hex digits. '+' stays '+' unless
// plusAsSpace (query strings: S3, like form encoding, reads '+' in a query as a space).
std::optional<QByteArray> uriDecode(QByteArrayView bytes, bool plusAsSpace = false);

// A raw query string ("a=1&b&c=%20") split on '&' into decoded (name, value) pairs in wire
// order; "b" without '=' has an empty value, empty segments are skipped. An invalid escape
// keeps that name or value undecoded.
QList<std::pair<QByteArray, QByteArray>> parseQuery(QByteArrayView rawQuery);

// SigV4's canonical query string from decoded pairs: each name and value uriEncode()d,
// sorted by encoded name then encoded value, joined as "n=v&n=v" (a missing value gives "n=").
QByteArray canonicalQueryString(QList<std::pair<QByteArray, QByteArray>> decodedParams);
// The same from a raw query string (without '?'), via parseQuery().
QByteArray canonicalQueryString(QByteArrayView rawQuery);

// Removes "." and ".." segments and empty segments ("//") from a decoded path, keeping a
// leading and trailing '/': the generic SigV4 normalisation (S3 does not normalise).
QByteArray normalizePath(QByteArrayView decodedPath);

// The canonical URI of SigV4 for a path as it was sent: decoded, optionally normalised,
// then encoded once with '/' kept. "/test$file.text" -> "/test%24file.text",
// "/example space/" -> "/example%20space/". An empty path gives "/".
QByteArray canonicalUri(QByteArrayView wirePath, bool normalize);

} // namespace S3
