#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include "engine/client/transport.h"

namespace Client {

// Request and result values of the S3Client operations. Plain values; copy freely.

// One page of ListObjectsV2. encoding-type=url is always requested (and decoded by the parser).
struct ListObjectsRequest
{
    QString bucket;
    QString prefix;
    QString delimiter;
    QString continuationToken;
    QString startAfter;
    int maxKeys = 1000; // 1..1000
    bool fetchOwner = false;

    ListObjectsRequest withContinuationToken(QString token) const
    {
        ListObjectsRequest r = *this;
        r.continuationToken = std::move(token);
        return r;
    }
};

// One page of ListObjectVersions.
struct ListVersionsRequest
{
    QString bucket;
    QString prefix;
    QString delimiter;
    QString keyMarker;
    QString versionIdMarker;
    int maxKeys = 1000;
};

// What HEAD and GET report about an object (from the response headers).
struct ObjectInfo
{
    qint64 size = 0;          // Content-Length (of the range for a ranged GET)
    qint64 totalSize = -1;    // from Content-Range for a ranged GET, else == size
    QString etag;             // with quotes
    QDateTime lastModified;   // UTC
    QString contentType;
    QString contentRange;     // "bytes 0-9/100" for a ranged GET
    QString storageClass;     // empty = STANDARD
    QString versionId;
    QString serverSideEncryption;
    QString restore;          // x-amz-restore, e.g. ongoing-request="false", expiry-date="..."
    bool deleteMarker = false;
    int tagCount = 0;
    QMap<QString, QString> metadata; // x-amz-meta-* without the prefix, lower-case names
    HeaderList headers;              // everything as received

    static ObjectInfo fromResponse(const Response &response);
};

struct GetObjectRequest
{
    QString bucket;
    QString key;
    QString versionId;
    std::optional<qint64> rangeStart; // bytes=start-end (inclusive)
    std::optional<qint64> rangeEnd;   // without rangeStart: the last rangeEnd bytes
    QIODevice *sink = nullptr;        // not owned; without one the body lands in GetObjectResult::data
    QString filePath;                 // alternative to sink: created or truncated when the job is made
};

struct GetObjectResult
{
    ObjectInfo info;
    QByteArray data; // only without a sink or file
};

enum class MetadataDirective
{
    Copy,
    Replace,
};

// What PutObject, CreateMultipartUpload and CopyObject (with Replace) set on the new object.
struct ObjectAttributes
{
    QString contentType;
    QString cacheControl;
    QString contentDisposition;
    QString contentEncoding;
    QString storageClass;             // empty = the bucket default (STANDARD)
    QString serverSideEncryption;     // "AES256", "aws:kms"; empty = none requested
    QMap<QString, QString> metadata;  // x-amz-meta-<name>
    QList<std::pair<QString, QString>> tags; // x-amz-tagging
};

struct PutObjectRequest
{
    QString bucket;
    QString key;
    RequestBody body;
    ObjectAttributes attributes;
    QByteArray contentMd5; // raw 16-byte MD5 of the body: sent as Content-MD5 so the server checks it
};

struct PutObjectResult
{
    QString etag;
    QString versionId;
};

struct CopyObjectRequest
{
    QString sourceBucket;
    QString sourceKey;
    QString sourceVersionId;
    QString bucket;
    QString key;
    MetadataDirective metadataDirective = MetadataDirective::Copy;
    bool replaceTags = false;    // x-amz-tagging-directive REPLACE with attributes.tags
    ObjectAttributes attributes; // used with Replace (storage class also with Copy)
};

// UploadPartCopy: one part of a multipart upload copied server-side from (a range of) an
// existing object. CopyObject is limited to 5 GiB; larger objects are copied part by part.
struct UploadPartCopyRequest
{
    QString sourceBucket;
    QString sourceKey;
    QString sourceVersionId;
    QString sourceIfMatch;            // x-amz-copy-source-if-match: fail if the source changed
    std::optional<qint64> rangeStart; // x-amz-copy-source-range bytes=start-end (inclusive);
    std::optional<qint64> rangeEnd;   // both or neither (neither = the whole source)
    QString bucket;
    QString key;
    QString uploadId;
    int partNumber = 0; // 1..10000
};

struct CopyObjectResult
{
    QString etag;
    QDateTime lastModified;
    QString versionId;
};

struct DeleteObjectResult
{
    QString versionId;
    bool deleteMarker = false;
};

struct UploadPartResult
{
    int partNumber = 0;
    QString etag;
    QByteArray checksumCrc32c; // x-amz-checksum-crc32c of the answer (base64): the server checked it
};

struct RestoreResult
{
    bool alreadyRestored = false; // 200 (a restored copy exists) rather than 202 (started)
};

// Which bucket features the endpoint offers, from probeCapabilities().
enum class Support
{
    Unknown,     // the probe failed for another reason (network, access denied)
    Supported,   // answered, configured or not
    Unsupported, // 501 NotImplemented, 405, or an error we do not understand
};

struct BucketCapabilities
{
    Support versioning = Support::Unknown;
    Support lifecycle = Support::Unknown;
    Support policy = Support::Unknown;
    Support acl = Support::Unknown;
    Support cors = Support::Unknown;
    Support tagging = Support::Unknown;
    Support objectLock = Support::Unknown;
    Support website = Support::Unknown;
    Support encryption = Support::Unknown;
    Support ownershipControls = Support::Unknown;
    Support publicAccessBlock = Support::Unknown;
    Support logging = Support::Unknown;

    bool operator==(const BucketCapabilities &) const = default;
};

} // namespace Client
