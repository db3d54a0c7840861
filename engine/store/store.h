#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "engine/core/clock.h"
#include "engine/core/error.h"
#include "engine/store/objectreader.h"
#include "engine/store/objectwriter.h"
#include "engine/store/storetypes.h"

namespace Store {

class StorePrivate;
namespace Sse {
class KeyRing;
}

// Checks a bucket name against AWS's rules for new buckets (3-63 characters of lowercase
// letters, digits, '.', '-'; letter or digit at both ends; no ".."; not an IPv4 address; no
// "xn--" / "sthree-" prefix; no "-s3alias" / "--ol-s3" suffix). InvalidBucketName otherwise.
Core::Status validateBucketName(const QString &name);

// Checks an object key: 1..1024 bytes of valid UTF-8 without NUL.
// KeyTooLongError beyond 1024 bytes; InvalidURI for invalid UTF-8 or NUL (what AWS answers
// for a key it cannot decode); InvalidArgument for an empty key.
Core::Status validateKey(const QByteArray &key);

// Checks object tags: at most 10, keys 1..128 characters and unique, values up to 256
// characters. InvalidTag otherwise.
Core::Status validateTags(const QList<Tag> &tags);

// The embedded S3 storage backend: buckets, object versions and delete markers, multipart
// uploads and bucket configuration, with metadata in SQLite (<data-dir>/pail.db, WAL) and
// data in immutable files under <data-dir>/objects/ (names are generated ids, never keys).
//
// Thread-safe: every method may be called from any number of threads at once, and blocks
// (disk I/O, fsync). Reads use a small pool of SQLite connections; all changes go through one
// committer thread that batches concurrent changes into one transaction (group commit), so a
// write returns only once its data file and its row are durable. Owned by whoever opened it
// (std::unique_ptr); destroying it waits for pending commits and must not race with calls.
//
// Errors carry Core::ErrorCode values that the server maps to S3 errors (NoSuchBucket,
// NoSuchKey, NoSuchVersion, NoSuchUpload, InvalidPart, ...); DatabaseError / IoError for
// local failures.
class Store final
{
public:
    // Deliberate test hooks (crash simulation); never set them in production.
    enum class Failpoint
    {
        None,
        // putObject/copyObject/completeUpload return IoError after the data file was renamed
        // into objects/ but before its row is committed, leaving the file behind as a crash
        // would.
        AfterDataRename,
    };

    struct Options
    {
        bool sync = true; // fsync data files, directories and the database (tests may turn off)
        Failpoint failpoint = Failpoint::None;
        // Time source for object, upload and bucket timestamps (the sandbox clock); null: real
        // time. Must outlive the store.
        const Core::Clock *clock = nullptr;
        // Bodies of up to this many bytes written through beginWrite() + putObject() (and copies
        // of such objects) are stored in their database row instead of a data file: one shared
        // WAL commit instead of a file create, fsync and directory fsync. 0: always files.
        qint64 inlineMax = 64 * 1024;
    };

    // Opens (creating if needed, mode 0700/0600) the store in dataDir: creates or upgrades the
    // schema, empties tmp/ and deletes data files that no committed row references (crash
    // leftovers). Takes an exclusive lock on <data-dir>/lock: IoError when another Store (in
    // this or another process) has the directory open. IoError / DatabaseError on failure.
    static Core::Result<std::unique_ptr<Store>> open(const QString &dataDir);
    static Core::Result<std::unique_ptr<Store>> open(const QString &dataDir, const Options &options);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDir() const;
    static constexpr int kSchemaVersion = 1;

    // ---- Buckets ------------------------------------------------------------------------
    // InvalidBucketName; BucketAlreadyOwnedByYou (same owner) or BucketAlreadyExists.
    Core::Result<BucketInfo> createBucket(const CreateBucketRequest &request);
    // NoSuchBucket; BucketNotEmpty while any version, delete marker or upload remains.
    // Also deletes its configuration documents.
    Core::Status deleteBucket(const QString &bucket);
    Core::Result<BucketInfo> bucketInfo(const QString &bucket) const; // NoSuchBucket
    // All buckets of ownerId (all buckets when ownerId is empty), by name.
    Core::Result<QList<BucketInfo>> listBuckets(const QString &ownerId = {}) const;
    // Enabled or Suspended (InvalidArgument for Unversioned). NoSuchBucket;
    // InvalidBucketState when suspending a bucket with object lock.
    Core::Status setBucketVersioning(const QString &bucket, VersioningState state);
    Core::Status setBucketOwnership(const QString &bucket, const QString &objectOwnership);

    // Configuration documents, opaque to the store. bucketConfig() returns an empty optional
    // when the document is not set (the caller answers NoSuchBucketPolicy, NoSuchCORS...).
    Core::Status putBucketConfig(const QString &bucket, BucketConfigKind kind, const QByteArray &document);
    Core::Result<std::optional<QByteArray>> bucketConfig(const QString &bucket, BucketConfigKind kind) const;
    Core::Status deleteBucketConfig(const QString &bucket, BucketConfigKind kind); // no error if unset

    Core::Result<BucketStats> bucketStats(const QString &bucket) const;

    // ---- Objects ------------------------------------------------------------------------
    // A new writer with a temporary file under tmp/. IoError when it cannot be created.
    Core::Result<std::unique_ptr<ObjectWriter>> beginWrite();

    // Makes the body durable and commits it as the new latest version of key, following the
    // bucket's versioning state (Unversioned/Suspended replace the "null" version, Enabled adds
    // one). NoSuchBucket, KeyTooLongError, InvalidURI, InvalidTag. The writer is consumed
    // either way.
    Core::Result<VersionInfo> putObject(const QString &bucket, const QByteArray &key,
                                        std::unique_ptr<ObjectWriter> body, const ObjectMeta &meta);

    // putObject() without blocking, for a body held in memory (ObjectWriter::isInline(); any
    // other body fails with InvalidArgument): checks and queues the commit, and returns at once.
    // done gets what putObject() would return, once the row is durable, on the thread that
    // committed its batch (or on the caller's, before this returns, when a check fails): it
    // must be quick and must not call the store's write operations.
    using PutDone = std::function<void(Core::Result<VersionInfo>)>;
    void putObjectAsync(const QString &bucket, const QByteArray &key, std::unique_ptr<ObjectWriter> body,
                        const ObjectMeta &meta, PutDone done);

    // Metadata of a version (the latest when versionId is empty).
    // NoSuchBucket; NoSuchKey (no such key, or the latest version is a delete marker);
    // NoSuchVersion (unknown versionId; also InvalidArgument for a malformed one);
    // MethodNotAllowed (versionId names a delete marker).
    // When the failure is due to a delete marker, *deleteMarker (if given) receives the
    // marker's info so the server can send x-amz-delete-marker and x-amz-version-id.
    Core::Result<ObjectInfo> headObject(const QString &bucket, const QByteArray &key, const QString &versionId = {},
                                        ObjectInfo *deleteMarker = nullptr) const;
    // As headObject(), plus the data file opened for reading (see ObjectReader).
    Core::Result<std::unique_ptr<ObjectReader>> openObject(const QString &bucket, const QByteArray &key,
                                                          const QString &versionId = {},
                                                          ObjectInfo *deleteMarker = nullptr) const;

    // S3 DeleteObject semantics. Without versionId: Unversioned removes the object, Enabled
    // adds a delete marker, Suspended puts a delete marker as version "null" (replacing the
    // null version). With versionId: removes that version for good (deleteMarker set if it was
    // a marker); the next newest becomes latest. A missing key or version is not an error.
    // NoSuchBucket; InvalidArgument for a malformed versionId.
    Core::Result<VersionInfo> deleteObject(const QString &bucket, const QByteArray &key,
                                           const QString &versionId = {});
    // DeleteObjects: all in one transaction; one outcome per object, in order. NoSuchBucket.
    Core::Result<QList<DeleteOutcome>> deleteObjects(const QString &bucket, const QList<ObjectIdentifier> &objects);

    // CopyObject without moving data through memory (a hard link to the immutable source
    // file). replaceMeta false keeps the source's metadata (content-*, user metadata, tags,
    // checksum) but takes storage class, ACL, owner and encryption from meta when set.
    // Errors of headObject() for the source (a delete-marker source gives NoSuchKey /
    // InvalidRequest), then those of putObject() for the destination.
    Core::Result<VersionInfo> copyObject(const QString &srcBucket, const QByteArray &srcKey, const QString &srcVersionId,
                                         const QString &dstBucket, const QByteArray &dstKey, const ObjectMeta &meta,
                                         bool replaceMeta);

    // Latest non-marker versions, in UTF-8 byte order. NoSuchBucket; InvalidArgument for
    // maxKeys < 0.
    Core::Result<ListObjectsResult> listObjects(const QString &bucket, const ListObjectsRequest &request) const;
    Core::Result<ListVersionsResult> listObjectVersions(const QString &bucket, const ListVersionsRequest &request) const;

    // Tags of one version (latest when versionId is empty). Errors as headObject().
    // Return the version id they applied to.
    Core::Result<QString> putObjectTags(const QString &bucket, const QByteArray &key, const QString &versionId,
                                        const QList<Tag> &tags);
    Core::Result<std::pair<QString, QList<Tag>>> objectTags(const QString &bucket, const QByteArray &key,
                                                            const QString &versionId) const;
    Core::Result<QString> deleteObjectTags(const QString &bucket, const QByteArray &key, const QString &versionId);

    // Replaces the ACL of one version (PutObjectAcl): the text the server keeps in the
    // version's acl column (a canned ACL name or an AccessControlPolicy document). Empty
    // versionId: the current version. Returns the version id changed. NoSuchKey / NoSuchVersion /
    // MethodNotAllowed (marker).
    Core::Result<QString> setObjectAcl(const QString &bucket, const QByteArray &key, const QString &versionId,
                              const QString &acl);

    // Storage class transitions and restore bookkeeping (lifecycle executor, RestoreObject).
    Core::Status setStorageClass(const QString &bucket, const QByteArray &key, const QString &versionId,
                                 const QString &storageClass);
    // Ongoing: readyAt is when the restored copy becomes available and expiry when it goes
    // (both decided when RestoreObject is accepted); Done: expiry; None: both ignored.
    Core::Status setRestoreState(const QString &bucket, const QByteArray &key, const QString &versionId,
                                 RestoreState state, const QDateTime &expiry, const QDateTime &readyAt = {});

    // ---- Multipart uploads --------------------------------------------------------------
    // NoSuchBucket, KeyTooLongError, InvalidURI, InvalidTag. Returns the upload.
    Core::Result<UploadInfo> createUpload(const QString &bucket, const QByteArray &key, const ObjectMeta &meta);
    // partNumber 1..10000 (InvalidArgument otherwise); replaces an earlier part with that
    // number. NoSuchUpload when the upload does not exist or belongs to another bucket/key.
    Core::Result<PartInfo> putPart(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                   int partNumber, std::unique_ptr<ObjectWriter> body, const Checksum &checksum = {});
    Core::Result<UploadInfo> uploadInfo(const QString &bucket, const QByteArray &key, const QString &uploadId) const;
    Core::Result<ListPartsResult> listParts(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                            const ListPartsRequest &request) const;
    Core::Result<ListUploadsResult> listUploads(const QString &bucket, const ListUploadsRequest &request) const;
    // Assembles the listed parts into the new latest version (concatenating the part files,
    // never in memory), then deletes all parts of the upload. The ETag is
    // "\"<md5 of the binary part MD5s>-N\"". NoSuchUpload; InvalidPart (part missing or ETag
    // mismatch); InvalidPartOrder (numbers not ascending); EntityTooSmall (a part other than
    // the last under 5 MiB); MalformedXML for an empty list. On error the upload is untouched.
    Core::Result<VersionInfo> completeUpload(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                             const QList<CompletedPart> &parts);
    // Deletes the upload and its parts. NoSuchUpload.
    Core::Status abortUpload(const QString &bucket, const QByteArray &key, const QString &uploadId);

    // ---- Encryption at rest --------------------------------------------------------------
    // The master key and sandbox KMS keys of this data directory (engine/store/encryption.h).
    // Encrypted versions keep their wrapped data key in meta.encryption.nonce (an
    // Sse::Envelope) with meta.encryption.encrypted set; writers encrypt with
    // ObjectWriter::encryptWith(), readers decrypt with ObjectReader::decryptWith().
    Sse::KeyRing &keyRing() const;

    static constexpr qint64 kMinPartSize = 5 * 1024 * 1024;
    static constexpr int kMaxPartNumber = 10000;

    // Deliberate test hook: how many keys' latest versions are held in memory (GET and HEAD of
    // those answer without a database read; see engine/store/latestcache_p.h).
    std::size_t cachedLatestCount() const;

private:
    explicit Store(std::unique_ptr<StorePrivate> d);
    Core::Result<std::optional<QByteArray>> readBucketConfig(const QString &bucket, BucketConfigKind kind) const;
    std::unique_ptr<StorePrivate> d;
};

} // namespace Store
