#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include <QSet>
#include <QString>

#include "engine/store/database_p.h"
#include "engine/store/encryption.h"
#include "engine/store/latestcache_p.h"
#include "engine/store/store.h"

namespace Store {

// Columns of a versions row as read by readVersion(); prefix "SELECT " VERSION_COLS " FROM versions".
#define PAIL_VERSION_COLS                                                                                      \
    "id, key, version_id, is_latest, is_marker, size, etag, mtime, file, storage_class, owner, acl, meta, tags, " \
    "checksum_algorithm, checksum_value, sse_algorithm, sse_key_id, sse_customer_key_md5, encrypted, nonce, "      \
    "lock_mode, lock_until, legal_hold, parts_count, part_sizes, restore_state, restore_expiry, restore_ready"

struct BucketRow
{
    qint64 id = 0;
    BucketInfo info;
};

struct VersionRow
{
    qint64 id = 0;
    QString file; // relative to objects/; empty for markers and inline bodies
    ObjectInfo info;
    QByteArray data; // the stored bytes of an inline body (versions.data) when writing one
    bool isInline() const { return file.isEmpty() && !info.isDeleteMarker; }
};

// A data file name handed out for a new version or part.
struct DataFile
{
    QString rel; // "<shard>/<id>" relative to objects/
    QString abs;
    QString dir; // absolute shard directory (fsync it after the rename)
};

qint64 nowMs(); // real time

// Shared state behind Store; see store.h for the threading contract.
class StorePrivate
{
public:
    QString dataDir;
    QString objectsDir;
    QString tmpDir;
    Store::Options options;
    int lockFd = -1; // flock()ed <data-dir>/lock: one Store per data directory at a time
    ~StorePrivate();
    LatestCache latestCache; // declared before committer: it observes the committer's changes
    std::unique_ptr<ConnectionPool> readers;
    std::unique_ptr<Committer> committer;
    // Object writers alive (bodies being received): a put that finds only its own commits in its
    // own thread (Committer::submitAsync).
    std::shared_ptr<std::atomic<int>> liveWriters = std::make_shared<std::atomic<int>>(0);
    std::unique_ptr<Sse::KeyRing> keyRing;

    std::mutex shardMutex;
    QSet<QString> knownShards;

    // Bucket configuration documents as last read (nullopt: not set), so that a request does
    // not go to SQLite for the policy, CORS or lifecycle of its bucket. Every write of a
    // configuration or bucket bumps configGeneration and empties the cache after its commit;
    // a reader caches what it read only if no such write finished meanwhile.
    std::mutex configMutex;
    quint64 configGeneration = 0;
    std::map<std::pair<QString, int>, std::optional<QByteArray>> configCache;
    void configsChanged()
    {
        std::lock_guard lock(configMutex);
        ++configGeneration;
        configCache.clear();
    }

    // Milliseconds since the epoch on the store's clock (Options::clock, else real time).
    qint64 now() const { return options.clock ? options.clock->nowMs() : nowMs(); }
    QString absPath(const QString &rel) const { return objectsDir + QLatin1Char('/') + rel; }
    Core::Result<DataFile> allocateDataFile();
    Core::Result<std::unique_ptr<ObjectWriter>> newWriter(qint64 inlineMax = 0);
    // The stored bytes of an inline version (versions.data); nullopt when the row is gone or
    // no longer has this etag (a null version rewritten in place).
    static Core::Result<std::optional<QByteArray>> inlineData(Connection &c, qint64 versionRowId, const QString &etag);
    // Runs change in a batch; unlinks what it freed after the commit.
    Core::Status write(Committer::Change change, std::vector<QString> dirsToSync = {});
    void unlinkData(const QString &rel) const;

    // Lookups usable on any connection.
    static Core::Result<BucketRow> bucket(Connection &c, const QString &name);
    static Core::Result<std::optional<VersionRow>> latestVersion(Connection &c, qint64 bucketId, const QByteArray &key);
    static Core::Result<std::optional<VersionRow>> versionById(Connection &c, qint64 bucketId, const QByteArray &key,
                                                               const QString &versionId);
    VersionRow readVersion(const Stmt &s, const QString &bucket) const;
    // The latest version of key as LatestCache keeps it: from the cache, else read in one
    // read transaction on c (and cached). Errors as findObject().
    Core::Result<LatestCache::Ptr> latestObject(Connection &c, const QString &bucket, const QByteArray &key,
                                                ObjectInfo *deleteMarker);
    // headObject() on a given connection.
    Core::Result<VersionRow> findObject(Connection &c, const QString &bucket, const QByteArray &key,
                                        const QString &versionId, ObjectInfo *deleteMarker) const;

    // Inside a transaction: makes newRow the latest version of key following the bucket's
    // versioning state (replacing and freeing the null version unless Enabled). Fills
    // newRow.info.versionId.
    static Core::Status insertVersion(Connection &c, WriteEffects &fx, const BucketRow &bucket, const QByteArray &key,
                                      VersionRow &newRow);
    // Inside a transaction: S3 delete semantics.
    static Core::Result<VersionInfo> deleteVersion(Connection &c, WriteEffects &fx, const BucketRow &bucket,
                                                   const QByteArray &key, const QString &versionId, qint64 now);

    // The change both commit paths run: the bucket's new latest version, described in out.
    Core::Status insertNewVersion(Connection &c, WriteEffects &fx, const QString &bucket, const QByteArray &key,
                                  VersionRow &row, VersionInfo &out);
    // commitNewVersion() for an inline row, without waiting: done runs after the commit.
    void commitNewVersionAsync(const QString &bucket, const QByteArray &key, VersionRow row, Store::PutDone done);
    // file null: row.data holds an inline body.
    Core::Result<VersionInfo> commitNewVersion(const QString &bucket, const QByteArray &key, const DataFile *file,
                                               VersionRow row);
};

// Helpers shared by the store's source files.
QString newId(); // 32 lowercase hex chars, time-ordered (ms timestamp + counter + random)
bool isWellFormedVersionId(const QString &versionId);
QDateTime fromMs(qint64 ms);
QByteArray metaToJson(const ObjectMeta &meta, bool full);
ObjectMeta metaFromJson(const QByteArray &json);
QByteArray tagsToJson(const QList<Tag> &tags);
QList<Tag> tagsFromJson(const QByteArray &json);
QString normalizeEtag(const QString &etag); // without quotes, lowercase
QByteArray prefixSuccessor(const QByteArray &prefix); // smallest string greater than all with this prefix; empty = none
Core::Error ioError(const QString &what);

} // namespace Store
