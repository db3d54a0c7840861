#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"
#include "engine/s3/xml/commontypes.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// Listing documents: ListObjects (v1 and v2) and ListObjectVersions. Same conventions as
// bucketdocuments.h.
//
// encoding-type=url: the value types always hold the real (decoded) keys, prefixes,
// delimiters and markers. When encodingType is "url", toXml() URL-encodes them
// (urlEncodeListValue) and fromXml() decodes them when the document says
// <EncodingType>url</EncodingType>. Keys with characters XML 1.0 cannot carry (control
// characters other than tab/LF/CR): without encoding-type=url toXml() writes them as
// numeric character references (&#x1;), as AWS does; such a document is not well-formed
// XML 1.0 and fromXml() (like most XML parsers) rejects it with MalformedXML. Clients should
// therefore always ask for encoding-type=url, as botocore does; the server may use
// isXmlSafe() to decide anything else. CR is always written as &#xD; so it survives.

// One <Contents> entry of ListBucketResult.
struct ObjectEntry
{
    QString key;
    QDateTime lastModified; // UTC, ms precision
    QString etag; // with quotes
    qint64 size = 0;
    QString storageClass; // "STANDARD", ...; empty = absent
    std::optional<Owner> owner;
    QString checksumAlgorithm; // optional <ChecksumAlgorithm>; empty = absent

    bool operator==(const ObjectEntry &) const = default;
};

// <ListBucketResult>: ListObjects (v1) and ListObjectsV2 responses.
struct ListBucketResult
{
    enum class ListType
    {
        V1,
        V2,
    };

    ListType listType = ListType::V2; // parse: V2 when <KeyCount> is present
    QString name;
    QString prefix; // always written (may be empty)
    QString delimiter; // empty = absent
    int maxKeys = 1000;
    QString encodingType; // "url" or empty
    bool isTruncated = false;
    // v1 only
    QString marker; // always written in v1 (may be empty)
    QString nextMarker; // written when non-empty (AWS: only with a delimiter and truncated)
    // v2 only
    int keyCount = 0; // written as given; the writer does not recount
    QString continuationToken; // empty = absent
    QString nextContinuationToken; // empty = absent
    QString startAfter; // empty = absent
    QList<ObjectEntry> contents;
    QStringList commonPrefixes;

    QByteArray toXml() const;
    static Core::Result<ListBucketResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ListBucketResult &) const = default;
};

// One <Version> or <DeleteMarker> entry of ListVersionsResult (kept in one list so that
// their order, which is key order then newest first, survives).
struct VersionEntry
{
    bool isDeleteMarker = false;
    QString key;
    QString versionId; // "null" for the null version
    bool isLatest = false;
    QDateTime lastModified;
    // Versions only (ignored for delete markers):
    QString etag;
    qint64 size = 0;
    QString storageClass;
    std::optional<Owner> owner;

    bool operator==(const VersionEntry &) const = default;
};

// <ListVersionsResult>: ListObjectVersions response.
struct ListVersionsResult
{
    QString name;
    QString prefix; // always written
    QString keyMarker; // always written
    QString versionIdMarker; // always written
    QString nextKeyMarker; // empty = absent
    QString nextVersionIdMarker; // empty = absent
    int maxKeys = 1000;
    QString delimiter; // empty = absent
    QString encodingType; // "url" or empty
    bool isTruncated = false;
    QList<VersionEntry> entries;
    QStringList commonPrefixes;

    QByteArray toXml() const;
    static Core::Result<ListVersionsResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ListVersionsResult &) const = default;
};

} // namespace S3
