#pragma once

#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"

// Value types of the embedded store's API (engine/store/store.h). Plain copyable data; no
// thread affinity. Keys, prefixes, delimiters and key markers are raw UTF-8 bytes (QByteArray):
// the store compares and orders them by bytes (memcmp), exactly as S3 does.
namespace Store {

enum class VersioningState
{
    Unversioned, // never versioned: every object is version "null"
    Enabled,
    Suspended, // once versioned, a bucket never goes back to Unversioned
};

enum class RestoreState
{
    None,    // never restored (or not an archive class)
    Ongoing, // RestoreObject accepted, copy not ready yet
    Done,    // restored copy available until restoreExpiry
};

// Bucket-level documents kept as opaque blobs (the server owns their XML/JSON format).
enum class BucketConfigKind
{
    Policy,
    Lifecycle,
    Tagging,
    Cors,
    Encryption,
    Website,
    Acl,
    Notification,
    Logging,
    ObjectLock,
    Replication,
    RequestPayment,
    Accelerate,
    OwnershipControls,
    PublicAccessBlock,
};

// The version id S3 uses for objects written while versioning is off or suspended.
inline constexpr QLatin1StringView kNullVersionId {"null"};

struct Tag
{
    QString key;   // 1..128 characters
    QString value; // 0..256 characters
    friend bool operator==(const Tag &, const Tag &) = default;
};

struct Checksum
{
    QString algorithm; // "CRC32", "CRC32C", "SHA1", "SHA256"; empty when none
    QString value;     // base64, as S3 sends it
    friend bool operator==(const Checksum &, const Checksum &) = default;
};

// Server-side encryption settings of a version. Stored now; encryption at rest comes later.
struct Encryption
{
    QString algorithm;      // "AES256", "aws:kms", or empty
    QString keyId;          // KMS key id / ARN
    QString customerKeyMd5; // SSE-C key MD5 (base64)
    bool encrypted = false; // data file is encrypted by the store
    QByteArray nonce;       // per-file nonce when encrypted
    friend bool operator==(const Encryption &, const Encryption &) = default;
};

// Everything the client set on an object (or multipart upload) besides its data.
struct ObjectMeta
{
    QString contentType;
    QString contentEncoding;
    QString contentDisposition;
    QString contentLanguage;
    QString cacheControl;
    QString expires; // the header value as sent
    QList<std::pair<QString, QString>> userMetadata; // x-amz-meta-<name>, names lowercase, in order
    QString storageClass; // empty means STANDARD
    QList<Tag> tags;
    Checksum checksum;
    Encryption encryption;
    QString acl;     // canned ACL ("private", "public-read", ...); empty = private
    QString ownerId; // canonical user id of the owner
    QString lockMode;          // object lock: "GOVERNANCE", "COMPLIANCE" or empty
    QDateTime lockRetainUntil; // invalid when none
    bool legalHold = false;
    friend bool operator==(const ObjectMeta &, const ObjectMeta &) = default;
};

struct BucketInfo
{
    QString name;
    QString ownerId;
    QString region;
    QDateTime creationDate; // UTC
    VersioningState versioning = VersioningState::Unversioned;
    QString objectOwnership; // "BucketOwnerEnforced" (default), "BucketOwnerPreferred", "ObjectWriter"
    bool objectLockEnabled = false;
};

struct CreateBucketRequest
{
    QString name;
    QString ownerId;
    QString region;
    QString objectOwnership; // empty = BucketOwnerEnforced
    bool objectLockEnabled = false; // also enables versioning, as S3 does
};

// Result of a write (PUT, copy, complete multipart) or a delete.
struct VersionInfo
{
    QString versionId; // "null" for the null version
    QString etag;      // with quotes: "\"9e107d9d372bb6826bd81d3542a419d6\"" (empty for markers)
    qint64 size = 0;
    QDateTime lastModified; // UTC, millisecond precision
    bool isDeleteMarker = false;
};

// Everything known about one version of an object.
struct ObjectInfo
{
    QString bucket;
    QByteArray key;
    QString versionId;
    bool isLatest = false;
    bool isDeleteMarker = false;
    qint64 size = 0;
    QString etag; // with quotes; "\"<hex>-N\"" for multipart objects
    QDateTime lastModified;
    ObjectMeta meta; // storage class, owner, tags, checksum, encryption ... live here
    QString dataPath; // absolute path of the data file; empty for delete markers
    int partsCount = 0; // 0 unless created by CompleteMultipartUpload
    QList<qint64> partSizes; // one per part when partsCount > 0 (for HEAD/GET ?partNumber=)
    RestoreState restoreState = RestoreState::None;
    QDateTime restoreExpiry; // valid when restoreState == Done (and Ongoing: the planned expiry)
    QDateTime restoreReady;  // valid when restoreState == Ongoing: when the restored copy is available
};

// One row of a listing: a latest version in ListObjects, any version or marker in
// ListObjectVersions.
struct ObjectEntry
{
    QByteArray key;
    QString versionId;
    bool isLatest = false;
    bool isDeleteMarker = false;
    qint64 size = 0;
    QString etag;
    QDateTime lastModified;
    QString storageClass; // never empty: "STANDARD" by default
    QString ownerId;
    RestoreState restoreState = RestoreState::None;
    QDateTime restoreExpiry;
};

struct ListObjectsRequest
{
    QByteArray prefix;
    QByteArray delimiter;  // empty = none
    QByteArray startAfter; // exclusive; V1 marker, V2 start-after or decoded continuation token
    int maxKeys = 1000;    // 0 gives an empty, non-truncated page (like S3)
};

struct ListObjectsResult
{
    QList<ObjectEntry> entries;
    QList<QByteArray> commonPrefixes;
    bool isTruncated = false;
    QByteArray nextMarker; // last key or common prefix of this page; pass as startAfter
};

struct ListVersionsRequest
{
    QByteArray prefix;
    QByteArray delimiter;
    QByteArray keyMarker;
    QString versionIdMarker; // only with keyMarker
    int maxKeys = 1000;
};

struct ListVersionsResult
{
    QList<ObjectEntry> versions; // versions and delete markers in S3 order: key asc, newest first
    QList<QByteArray> commonPrefixes;
    bool isTruncated = false;
    QByteArray nextKeyMarker;
    QString nextVersionIdMarker;
};

struct UploadInfo
{
    QString uploadId;
    QString bucket;
    QByteArray key;
    QDateTime initiated;
    ObjectMeta meta; // storage class and owner live here
};

struct PartInfo
{
    int partNumber = 0;
    qint64 size = 0;
    QString etag; // with quotes
    QDateTime lastModified;
    Checksum checksum;
};

struct ListPartsRequest
{
    int partNumberMarker = 0; // exclusive
    int maxParts = 1000;
};

struct ListPartsResult
{
    UploadInfo upload;
    QList<PartInfo> parts;
    bool isTruncated = false;
    int nextPartNumberMarker = 0;
};

struct ListUploadsRequest
{
    QByteArray prefix;
    QByteArray delimiter;
    QByteArray keyMarker;
    QString uploadIdMarker; // only with keyMarker
    int maxUploads = 1000;
};

struct ListUploadsResult
{
    QList<UploadInfo> uploads; // key asc, then initiation order
    QList<QByteArray> commonPrefixes;
    bool isTruncated = false;
    QByteArray nextKeyMarker;
    QString nextUploadIdMarker;
};

struct CompletedPart
{
    int partNumber = 0;
    QString etag; // quotes optional
};

struct ObjectIdentifier
{
    QByteArray key;
    QString versionId; // empty = latest
};

// One answer of a batch delete (DeleteObjects), in request order.
struct DeleteOutcome
{
    QByteArray key;
    QString versionId;             // as requested
    Core::Status status;           // error -> <Error> entry
    bool deleteMarker = false;     // a marker was created or removed
    QString deleteMarkerVersionId; // version id of the created/removed marker
};

struct BucketStats
{
    qint64 objectCount = 0;  // latest versions that are not delete markers
    qint64 objectBytes = 0;  // their sizes
    qint64 versionCount = 0; // all versions and markers
    qint64 totalBytes = 0;   // all versions, plus multipart parts in progress
};

} // namespace Store
