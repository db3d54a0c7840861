#include "engine/store/store.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <openssl/rand.h>
#include <sqlite3.h>

#include "engine/store/store_p.h"

Q_LOGGING_CATEGORY(lcStore, "pail.store")

namespace Store {

namespace {

// Schema version 1. Keys are BLOBs (memcmp order, like S3's UTF-8 byte order); data files
// are named by generated ids. One row per version or delete marker; is_latest marks the
// current one (enforced unique per key by versions_latest).
const char *const kSchema = R"SQL(
CREATE TABLE buckets(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    versioning INTEGER NOT NULL DEFAULT 0,
    object_ownership TEXT NOT NULL DEFAULT 'BucketOwnerEnforced',
    object_lock INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX buckets_owner ON buckets(owner, name);
CREATE TABLE bucket_configs(
    bucket_id INTEGER NOT NULL REFERENCES buckets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    document BLOB NOT NULL,
    updated INTEGER NOT NULL,
    PRIMARY KEY(bucket_id, kind)
) WITHOUT ROWID;
CREATE TABLE versions(
    id INTEGER PRIMARY KEY,
    bucket_id INTEGER NOT NULL REFERENCES buckets(id),
    key BLOB NOT NULL,
    version_id TEXT NOT NULL,
    is_latest INTEGER NOT NULL,
    is_marker INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    etag TEXT NOT NULL DEFAULT '',
    mtime INTEGER NOT NULL,
    file TEXT,
    storage_class TEXT NOT NULL DEFAULT 'STANDARD',
    owner TEXT NOT NULL DEFAULT '',
    acl TEXT NOT NULL DEFAULT '',
    meta BLOB,
    tags BLOB,
    checksum_algorithm TEXT,
    checksum_value TEXT,
    sse_algorithm TEXT,
    sse_key_id TEXT,
    sse_customer_key_md5 TEXT,
    encrypted INTEGER NOT NULL DEFAULT 0,
    nonce BLOB,
    lock_mode TEXT,
    lock_until INTEGER,
    legal_hold INTEGER NOT NULL DEFAULT 0,
    parts_count INTEGER NOT NULL DEFAULT 0,
    part_sizes TEXT,
    restore_state INTEGER NOT NULL DEFAULT 0,
    restore_expiry INTEGER,
    UNIQUE(bucket_id, key, version_id)
);
CREATE INDEX versions_order ON versions(bucket_id, key, id DESC);
CREATE UNIQUE INDEX versions_latest ON versions(bucket_id, key) WHERE is_latest = 1;
CREATE INDEX versions_current ON versions(bucket_id, key) WHERE is_latest = 1 AND is_marker = 0;
CREATE TABLE uploads(
    id INTEGER PRIMARY KEY,
    upload_id TEXT NOT NULL UNIQUE,
    bucket_id INTEGER NOT NULL REFERENCES buckets(id),
    key BLOB NOT NULL,
    initiated INTEGER NOT NULL,
    storage_class TEXT NOT NULL DEFAULT 'STANDARD',
    owner TEXT NOT NULL DEFAULT '',
    meta BLOB
);
CREATE INDEX uploads_order ON uploads(bucket_id, key, upload_id);
CREATE TABLE parts(
    upload INTEGER NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    part_number INTEGER NOT NULL,
    size INTEGER NOT NULL,
    etag TEXT NOT NULL,
    md5 BLOB NOT NULL,
    file TEXT NOT NULL,
    mtime INTEGER NOT NULL,
    checksum_algorithm TEXT,
    checksum_value TEXT,
    PRIMARY KEY(upload, part_number)
) WITHOUT ROWID;
)SQL";

const char *configKindName(BucketConfigKind kind)
{
    switch (kind) {
    case BucketConfigKind::Policy: return "policy";
    case BucketConfigKind::Lifecycle: return "lifecycle";
    case BucketConfigKind::Tagging: return "tagging";
    case BucketConfigKind::Cors: return "cors";
    case BucketConfigKind::Encryption: return "encryption";
    case BucketConfigKind::Website: return "website";
    case BucketConfigKind::Acl: return "acl";
    case BucketConfigKind::Notification: return "notification";
    case BucketConfigKind::Logging: return "logging";
    case BucketConfigKind::ObjectLock: return "object-lock";
    case BucketConfigKind::Replication: return "replication";
    case BucketConfigKind::RequestPayment: return "request-payment";
    case BucketConfigKind::Accelerate: return "accelerate";
    case BucketConfigKind::OwnershipControls: return "ownership-controls";
    case BucketConfigKind::PublicAccessBlock: return "public-access-block";
    }
    return "unknown";
}

Core::Status makeDir(const QString &path)
{
    if (::mkdir(path.toLocal8Bit().constData(), 0700) != 0 && errno != EEXIST)
        return std::unexpected(ioError(QStringLiteral("mkdir %1").arg(path)));
    ::chmod(path.toLocal8Bit().constData(), 0700);
    return {};
}

// Whether the versions table has column. (Statements are cached by the address of their
// literal SQL, so the table is not a parameter.)
Core::Result<bool> versionsHasColumn(Connection &c, const char *column)
{
    Stmt s(c, "PRAGMA table_info(versions)");
    for (;;) {
        auto r = s.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            return false;
        if (s.text(1) == QLatin1StringView(column))
            return true;
    }
}

Core::Status fsyncPath(const QString &path)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioError(QStringLiteral("open %1").arg(path)));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioError(QStringLiteral("fsync %1").arg(path)));
    return {};
}

BucketInfo readBucket(const Stmt &s, int col)
{
    BucketInfo b;
    b.name = s.text(col);
    b.ownerId = s.text(col + 1);
    b.region = s.text(col + 2);
    b.creationDate = fromMs(s.i64(col + 3));
    b.versioning = VersioningState(s.i64(col + 4));
    b.objectOwnership = s.text(col + 5);
    b.objectLockEnabled = s.i64(col + 6) != 0;
    return b;
}

} // namespace

// ---- helpers ------------------------------------------------------------------------------

Core::Error ioError(const QString &what)
{
    return Core::Error::make(Core::ErrorCode::IoError,
                             QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(errno))));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

namespace {

std::atomic<unsigned> g_forkGeneration {0};

// Random bytes for ids, from a per-thread buffer that one RAND_bytes call refills every 512
// ids: the same DRBG output without its cost per call (a getpid() system call, locks and
// reseed checks), which was 5% of a small PUT's CPU (every body writer gets a temp path).
// A fork empties the buffers: a child must not repeat its parent's ids.
void randomForId(unsigned char *out, std::size_t n)
{
    [[maybe_unused]] static const bool atFork = pthread_atfork(nullptr, nullptr, [] { ++g_forkGeneration; }) == 0;
    thread_local struct
    {
        unsigned char bytes[4096];
        std::size_t used = sizeof bytes;
        unsigned generation = 0;
    } t;
    const unsigned generation = g_forkGeneration.load(std::memory_order_relaxed);
    if (t.used + n > sizeof t.bytes || t.generation != generation) {
        if (RAND_bytes(t.bytes, sizeof t.bytes) != 1) {
            RAND_bytes(out, int(n)); // as before: no worse than one call per id
            return;
        }
        t.used = 0;
        t.generation = generation;
    }
    std::memcpy(out, t.bytes + t.used, n);
    std::memset(t.bytes + t.used, 0, n); // handed out once only
    t.used += n;
}

} // namespace

QString newId()
{
    static std::atomic<quint32> counter {0};
    unsigned char random[8];
    randomForId(random, sizeof random);
    const quint64 ms = quint64(nowMs());
    const quint32 c = counter.fetch_add(1) & 0xFFFF;
    QByteArray out = QByteArray::number(ms, 16).rightJustified(12, '0').right(12);
    out += QByteArray::number(c, 16).rightJustified(4, '0');
    out += QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
    return QString::fromLatin1(out);
}

bool isWellFormedVersionId(const QString &versionId)
{
    if (versionId == kNullVersionId)
        return true;
    if (versionId.size() != 32)
        return false;
    for (QChar c : versionId) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString normalizeEtag(const QString &etag)
{
    QString e = etag.trimmed();
    if (e.startsWith(u'"') && e.endsWith(u'"') && e.size() >= 2)
        e = e.mid(1, e.size() - 2);
    return e.toLower();
}

QByteArray prefixSuccessor(const QByteArray &prefix)
{
    QByteArray s = prefix;
    while (!s.isEmpty()) {
        const auto last = static_cast<unsigned char>(s.back());
        if (last < 0xFF) {
            s.back() = char(last + 1);
            return s;
        }
        s.chop(1);
    }
    return {};
}

QByteArray metaToJson(const ObjectMeta &m, bool full)
{
    QJsonObject o;
    auto put = [&](const char *name, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1StringView(name), v);
    };
    put("contentType", m.contentType);
    put("contentEncoding", m.contentEncoding);
    put("contentDisposition", m.contentDisposition);
    put("contentLanguage", m.contentLanguage);
    put("cacheControl", m.cacheControl);
    put("expires", m.expires);
    if (!m.userMetadata.isEmpty()) {
        QJsonArray a;
        for (const auto &[name, value] : m.userMetadata)
            a.append(QJsonArray {name, value});
        o.insert(QLatin1StringView("userMetadata"), a);
    }
    if (full) {
        put("storageClass", m.storageClass);
        if (!m.tags.isEmpty())
            o.insert(QLatin1StringView("tags"), QJsonDocument::fromJson(tagsToJson(m.tags)).array());
        put("checksumAlgorithm", m.checksum.algorithm);
        put("checksumValue", m.checksum.value);
        put("sseAlgorithm", m.encryption.algorithm);
        put("sseKeyId", m.encryption.keyId);
        put("sseCustomerKeyMd5", m.encryption.customerKeyMd5);
        if (m.encryption.encrypted) {
            o.insert(QLatin1StringView("sseEncrypted"), true);
            put("sseEnvelope", QString::fromLatin1(m.encryption.nonce.toBase64()));
        }
        put("acl", m.acl);
        put("owner", m.ownerId);
        put("lockMode", m.lockMode);
        if (m.lockRetainUntil.isValid())
            o.insert(QLatin1StringView("lockRetainUntil"), m.lockRetainUntil.toMSecsSinceEpoch());
        if (m.legalHold)
            o.insert(QLatin1StringView("legalHold"), true);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ObjectMeta metaFromJson(const QByteArray &json)
{
    ObjectMeta m;
    if (json.isEmpty())
        return m;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto get = [&](const char *name) { return o.value(QLatin1StringView(name)).toString(); };
    m.contentType = get("contentType");
    m.contentEncoding = get("contentEncoding");
    m.contentDisposition = get("contentDisposition");
    m.contentLanguage = get("contentLanguage");
    m.cacheControl = get("cacheControl");
    m.expires = get("expires");
    const QJsonArray um = o.value(QLatin1StringView("userMetadata")).toArray();
    for (const QJsonValue &v : um) {
        const QJsonArray pair = v.toArray();
        m.userMetadata.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    m.storageClass = get("storageClass");
    if (o.contains(QLatin1StringView("tags")))
        m.tags = tagsFromJson(QJsonDocument(o.value(QLatin1StringView("tags")).toArray()).toJson());
    m.checksum.algorithm = get("checksumAlgorithm");
    m.checksum.value = get("checksumValue");
    m.encryption.algorithm = get("sseAlgorithm");
    m.encryption.keyId = get("sseKeyId");
    m.encryption.customerKeyMd5 = get("sseCustomerKeyMd5");
    m.encryption.encrypted = o.value(QLatin1StringView("sseEncrypted")).toBool();
    if (m.encryption.encrypted)
        m.encryption.nonce = QByteArray::fromBase64(get("sseEnvelope").toLatin1());
    m.acl = get("acl");
    m.ownerId = get("owner");
    m.lockMode = get("lockMode");
    if (o.contains(QLatin1StringView("lockRetainUntil")))
        m.lockRetainUntil = fromMs(qint64(o.value(QLatin1StringView("lockRetainUntil")).toDouble()));
    m.legalHold = o.value(QLatin1StringView("legalHold")).toBool();
    return m;
}

QByteArray tagsToJson(const QList<Tag> &tags)
{
    QJsonArray a;
    for (const Tag &t : tags)
        a.append(QJsonArray {t.key, t.value});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<Tag> tagsFromJson(const QByteArray &json)
{
    QList<Tag> tags;
    if (json.isEmpty())
        return tags;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        tags.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return tags;
}

// ---- StorePrivate -------------------------------------------------------------------------

StorePrivate::~StorePrivate()
{
    committer.reset(); // drains pending commits first
    readers.reset();
    if (lockFd >= 0)
        ::close(lockFd);
}

Core::Result<DataFile> StorePrivate::allocateDataFile()
{
    // Shards by creation time (about 68 minutes each): files written together share a
    // directory, so one batch usually fsyncs a single directory.
    const QString shard = QString::number(nowMs() / 1000 / 4096, 16).rightJustified(8, u'0');
    const QString dir = objectsDir + QLatin1Char('/') + shard;
    {
        std::lock_guard lock(shardMutex);
        if (!knownShards.contains(shard)) {
            if (auto s = makeDir(dir); !s)
                return std::unexpected(s.error());
            if (options.sync) {
                if (auto s = fsyncPath(objectsDir); !s)
                    return std::unexpected(s.error());
            }
            knownShards.insert(shard);
        }
    }
    DataFile f;
    f.rel = shard + QLatin1Char('/') + newId();
    f.abs = objectsDir + QLatin1Char('/') + f.rel;
    f.dir = dir;
    return f;
}

Core::Result<std::unique_ptr<ObjectWriter>> StorePrivate::newWriter(qint64 inlineMax)
{
    const QString path = tmpDir + QLatin1Char('/') + newId();
    std::unique_ptr<ObjectWriter> w;
    if (inlineMax > 0) {
        w = std::make_unique<ObjectWriter>(path, inlineMax); // the file is created when needed
    } else {
        const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return std::unexpected(ioError(QStringLiteral("create %1").arg(path)));
        w = std::make_unique<ObjectWriter>(path, fd);
    }
    w->countIn(liveWriters);
    return w;
}

Core::Result<std::optional<QByteArray>> StorePrivate::inlineData(Connection &c, qint64 versionRowId,
                                                                 const QString &etag)
{
    Stmt s(c, "SELECT data, etag FROM versions WHERE id = ?1");
    s.bind(1, versionRowId);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    // Gone, or rewritten in place by a newer null version (readers outside a transaction only).
    if (!*r || s.text(1) != etag)
        return std::optional<QByteArray>();
    if (s.isNull(0))
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("object version %1 has no data").arg(versionRowId));
    return std::optional<QByteArray>(s.blob(0));
}

void StorePrivate::unlinkData(const QString &rel) const
{
    if (!rel.isEmpty())
        ::unlink(absPath(rel).toLocal8Bit().constData());
}

Core::Status StorePrivate::write(Committer::Change change, std::vector<QString> dirsToSync)
{
    // Directory fsyncs run here, in the caller's thread: concurrent fsyncs share the file
    // system's journal commits and the device flush, while one committer thread doing them
    // one after another would serialise on the flushes (measured: about 10x slower).
    if (options.sync) {
        for (const QString &dir : dirsToSync) {
            if (auto s = fsyncPath(dir); !s)
                return s;
        }
    }
    WriteEffects fx;
    auto s = committer->submit(std::move(change), {}, &fx);
    if (s) {
        for (const QString &rel : fx.unlinkAfterCommit)
            unlinkData(rel);
    }
    return s;
}

Core::Result<BucketRow> StorePrivate::bucket(Connection &c, const QString &name)
{
    Stmt s(c, "SELECT id, name, owner, region, created, versioning, object_ownership, object_lock FROM buckets "
              "WHERE name = ?1");
    s.bindText(1, name);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return Core::fail(Core::ErrorCode::NoSuchBucket, QStringLiteral("The specified bucket does not exist: %1").arg(name));
    BucketRow b;
    b.id = s.i64(0);
    b.info = readBucket(s, 1);
    return b;
}

VersionRow StorePrivate::readVersion(const Stmt &s, const QString &bucketName) const
{
    VersionRow r;
    r.id = s.i64(0);
    ObjectInfo &i = r.info;
    i.bucket = bucketName;
    i.key = s.blob(1);
    i.versionId = s.text(2);
    i.isLatest = s.i64(3) != 0;
    i.isDeleteMarker = s.i64(4) != 0;
    i.size = s.i64(5);
    i.etag = s.text(6);
    i.lastModified = fromMs(s.i64(7));
    r.file = s.text(8);
    if (!r.file.isEmpty())
        i.dataPath = absPath(r.file);
    i.meta = metaFromJson(s.blob(12));
    i.meta.storageClass = s.text(9);
    i.meta.ownerId = s.text(10);
    i.meta.acl = s.text(11);
    i.meta.tags = tagsFromJson(s.blob(13));
    i.meta.checksum = {s.text(14), s.text(15)};
    i.meta.encryption.algorithm = s.text(16);
    i.meta.encryption.keyId = s.text(17);
    i.meta.encryption.customerKeyMd5 = s.text(18);
    i.meta.encryption.encrypted = s.i64(19) != 0;
    i.meta.encryption.nonce = s.isNull(20) ? QByteArray() : s.blob(20);
    i.meta.lockMode = s.text(21);
    if (!s.isNull(22))
        i.meta.lockRetainUntil = fromMs(s.i64(22));
    i.meta.legalHold = s.i64(23) != 0;
    i.partsCount = int(s.i64(24));
    const QString sizes = s.text(25);
    if (!sizes.isEmpty()) {
        const auto list = QStringView(sizes).split(u',');
        for (QStringView v : list)
            i.partSizes.append(v.toLongLong());
    }
    i.restoreState = RestoreState(s.i64(26));
    if (!s.isNull(27))
        i.restoreExpiry = fromMs(s.i64(27));
    if (!s.isNull(28))
        i.restoreReady = fromMs(s.i64(28));
    return r;
}

Core::Result<std::optional<VersionRow>> StorePrivate::latestVersion(Connection &c, qint64 bucketId,
                                                                    const QByteArray &key)
{
    Stmt s(c, "SELECT " PAIL_VERSION_COLS " FROM versions WHERE bucket_id = ?1 AND key = ?2 AND is_latest = 1");
    s.bind(1, bucketId).bindBlob(2, key);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return std::optional<VersionRow>();
    VersionRow v;
    v.id = s.i64(0);
    v.file = s.text(8);
    // Callers that need the full info go through findObject(); this one fills id/file/versionId/marker.
    v.info.key = key;
    v.info.versionId = s.text(2);
    v.info.isDeleteMarker = s.i64(4) != 0;
    v.info.isLatest = true;
    return std::optional<VersionRow>(std::move(v));
}

Core::Result<std::optional<VersionRow>> StorePrivate::versionById(Connection &c, qint64 bucketId,
                                                                  const QByteArray &key, const QString &versionId)
{
    Stmt s(c, "SELECT " PAIL_VERSION_COLS " FROM versions WHERE bucket_id = ?1 AND key = ?2 AND version_id = ?3");
    s.bind(1, bucketId).bindBlob(2, key).bindText(3, versionId);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return std::optional<VersionRow>();
    VersionRow v;
    v.id = s.i64(0);
    v.file = s.text(8);
    v.info.key = key;
    v.info.versionId = s.text(2);
    v.info.isLatest = s.i64(3) != 0;
    v.info.isDeleteMarker = s.i64(4) != 0;
    return std::optional<VersionRow>(std::move(v));
}

Core::Result<LatestCache::Ptr> StorePrivate::latestObject(Connection &c, const QString &bucketName,
                                                          const QByteArray &key, ObjectInfo *deleteMarker)
{
    // The ticket before the snapshot: a commit after it keeps what this read finds out of the cache.
    const quint64 ticket = latestCache.ticket();
    // One read transaction for the lookups (bucket, version, inline body): SQLite takes its
    // file and WAL read locks (fcntl calls) once instead of once per statement, and the body
    // comes from the same snapshot as the row.
    const bool inTxn = bool(Stmt(c, "BEGIN").run());
    const auto endTxn = qScopeGuard([&] {
        if (inTxn)
            (void)Stmt(c, "COMMIT").run();
    });
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto row = findObject(c, bucketName, key, QString(), deleteMarker);
        if (!row)
            return std::unexpected(row.error());
        auto object = std::make_shared<LatestCache::Object>();
        object->rowId = row->id;
        object->isInline = row->isInline();
        if (object->isInline) {
            auto data = inlineData(c, row->id, row->info.etag);
            if (!data)
                return std::unexpected(data.error());
            if (!*data)
                continue; // replaced between the two statements (only outside a transaction)
            object->data = std::move(**data);
        }
        object->info = std::move(row->info);
        object->nativePath = object->info.dataPath.toLocal8Bit();
        latestCache.insert(ticket, bucketName, key, object);
        return LatestCache::Ptr(std::move(object));
    }
    return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("object row keeps changing"));
}

Core::Result<VersionRow> StorePrivate::findObject(Connection &c, const QString &bucketName, const QByteArray &key,
                                                  const QString &versionId, ObjectInfo *deleteMarker) const
{
    auto b = bucket(c, bucketName);
    if (!b)
        return std::unexpected(b.error());
    if (auto s = validateKey(key); !s)
        return std::unexpected(s.error());
    const bool byVersion = !versionId.isEmpty();
    if (byVersion && !isWellFormedVersionId(versionId))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid version id specified"));
    Stmt latest(c, "SELECT " PAIL_VERSION_COLS " FROM versions WHERE bucket_id = ?1 AND key = ?2 AND is_latest = 1");
    Stmt exact(c, "SELECT " PAIL_VERSION_COLS " FROM versions WHERE bucket_id = ?1 AND key = ?2 AND version_id = ?3");
    Stmt &s = byVersion ? exact : latest;
    s.bind(1, b->id).bindBlob(2, key);
    if (byVersion)
        s.bindText(3, versionId);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r) {
        if (byVersion)
            return Core::fail(Core::ErrorCode::NoSuchVersion, QStringLiteral("The specified version does not exist."));
        return Core::fail(Core::ErrorCode::NoSuchKey, QStringLiteral("The specified key does not exist."));
    }
    VersionRow row = readVersion(s, bucketName);
    if (row.info.isDeleteMarker) {
        if (deleteMarker)
            *deleteMarker = row.info;
        if (byVersion)
            return Core::fail(Core::ErrorCode::MethodNotAllowed,
                              QStringLiteral("The specified method is not allowed against this resource."));
        return Core::fail(Core::ErrorCode::NoSuchKey, QStringLiteral("The specified key does not exist."));
    }
    return row;
}

namespace {

// Binds a version's columns as ?5..?28 of the INSERT and of the in-place UPDATE below.
void bindVersionColumns(Stmt &s, const VersionRow &row)
{
    const ObjectInfo &i = row.info;
    s.bind(5, i.size).bindText(6, i.etag).bind(7, i.lastModified.toMSecsSinceEpoch());
    if (row.file.isEmpty())
        s.bindNull(8);
    else
        s.bindText(8, row.file);
    s.bindText(9, i.meta.storageClass.isEmpty() ? QStringLiteral("STANDARD") : i.meta.storageClass);
    s.bindText(10, i.meta.ownerId.isNull() ? QStringLiteral("") : i.meta.ownerId);
    s.bindText(11, i.meta.acl.isNull() ? QStringLiteral("") : i.meta.acl);
    s.bindBlob(12, metaToJson(i.meta, false));
    if (i.meta.tags.isEmpty())
        s.bindNull(13);
    else
        s.bindBlob(13, tagsToJson(i.meta.tags));
    s.bindText(14, i.meta.checksum.algorithm).bindText(15, i.meta.checksum.value);
    s.bindText(16, i.meta.encryption.algorithm).bindText(17, i.meta.encryption.keyId);
    s.bindText(18, i.meta.encryption.customerKeyMd5).bind(19, i.meta.encryption.encrypted);
    if (i.meta.encryption.nonce.isEmpty())
        s.bindNull(20);
    else
        s.bindBlob(20, i.meta.encryption.nonce);
    s.bindText(21, i.meta.lockMode);
    if (i.meta.lockRetainUntil.isValid())
        s.bind(22, i.meta.lockRetainUntil.toMSecsSinceEpoch());
    else
        s.bindNull(22);
    s.bind(23, i.meta.legalHold).bind(24, qint64(i.partsCount));
    if (i.partSizes.isEmpty()) {
        s.bindNull(25);
    } else {
        QStringList sizes;
        for (qint64 n : i.partSizes)
            sizes.append(QString::number(n));
        s.bindText(25, sizes.join(u','));
    }
    s.bind(26, qint64(i.restoreState));
    if (i.restoreExpiry.isValid())
        s.bind(27, i.restoreExpiry.toMSecsSinceEpoch());
    else
        s.bindNull(27);
    if (row.isInline())
        s.bindBlob(28, row.data);
    else
        s.bindNull(28);
}

} // namespace

Core::Status StorePrivate::insertVersion(Connection &c, WriteEffects &fx, const BucketRow &b, const QByteArray &key,
                                         VersionRow &row)
{
    const bool enabled = b.info.versioning == VersioningState::Enabled;
    ObjectInfo &i = row.info;
    i.versionId = enabled ? newId() : QString(kNullVersionId);
    i.isLatest = true;
    if (!enabled) {
        // The null version is replaced; its file goes after the commit.
        bool hasOld = false;
        qint64 oldId = 0;
        QString oldFile;
        bool oldIsLatest = false;
        bool oldIsMarker = false;
        {
            Stmt find(c, "SELECT id, file, is_latest, is_marker FROM versions WHERE bucket_id = ?1 AND key = ?2 "
                         "AND version_id = 'null'");
            find.bind(1, b.id).bindBlob(2, key);
            auto found = find.step();
            if (!found)
                return std::unexpected(found.error());
            if (*found) {
                hasOld = true;
                oldId = find.i64(0);
                oldFile = find.text(1);
                oldIsLatest = find.i64(2) != 0;
                oldIsMarker = find.i64(3) != 0;
            }
        }
        if (hasOld) {
            if (!oldFile.isEmpty())
                fx.unlinkAfterCommit.push_back(oldFile);
            if (oldIsLatest && oldIsMarker == i.isDeleteMarker) {
                // The latest row is also the newest (highest id): the new null version takes its
                // place. Rewriting the row in place leaves the indexes as they are (none of their
                // columns change), so the commit writes the row's pages only, not five b-trees'.
                Stmt upd(c, "UPDATE versions SET size = ?5, etag = ?6, mtime = ?7, file = ?8, storage_class = ?9, "
                            "owner = ?10, acl = ?11, meta = ?12, tags = ?13, checksum_algorithm = ?14, "
                            "checksum_value = ?15, sse_algorithm = ?16, sse_key_id = ?17, sse_customer_key_md5 = ?18, "
                            "encrypted = ?19, nonce = ?20, lock_mode = ?21, lock_until = ?22, legal_hold = ?23, "
                            "parts_count = ?24, part_sizes = ?25, restore_state = ?26, restore_expiry = ?27, data = ?28, "
                            "restore_ready = NULL WHERE id = ?1");
                upd.bind(1, oldId);
                bindVersionColumns(upd, row);
                if (auto s = upd.run(); !s)
                    return s;
                row.id = oldId;
                return {};
            }
            Stmt del(c, "DELETE FROM versions WHERE id = ?1");
            if (auto s = del.bind(1, oldId).run(); !s)
                return s;
        }
    }
    {
        Stmt clear(c, "UPDATE versions SET is_latest = 0 WHERE bucket_id = ?1 AND key = ?2 AND is_latest = 1");
        if (auto s = clear.bind(1, b.id).bindBlob(2, key).run(); !s)
            return s;
    }
    Stmt ins(c, "INSERT INTO versions(bucket_id, key, version_id, is_latest, is_marker, size, etag, mtime, file, "
                "storage_class, owner, acl, meta, tags, checksum_algorithm, checksum_value, sse_algorithm, sse_key_id, "
                "sse_customer_key_md5, encrypted, nonce, lock_mode, lock_until, legal_hold, parts_count, part_sizes, "
                "restore_state, restore_expiry, data) VALUES(?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)");
    ins.bind(1, b.id).bindBlob(2, key).bindText(3, i.versionId).bind(4, i.isDeleteMarker);
    bindVersionColumns(ins, row);
    if (auto s = ins.run(); !s)
        return s;
    row.id = ins.lastInsertId();
    return {};
}

Core::Result<VersionInfo> StorePrivate::deleteVersion(Connection &c, WriteEffects &fx, const BucketRow &b,
                                                      const QByteArray &key, const QString &versionId, qint64 now)
{
    VersionInfo out;
    if (!versionId.isEmpty()) {
        auto v = versionById(c, b.id, key, versionId);
        if (!v)
            return std::unexpected(v.error());
        out.versionId = versionId;
        if (!*v)
            return out; // deleting a version that does not exist succeeds
        out.isDeleteMarker = (*v)->info.isDeleteMarker;
        Stmt del(c, "DELETE FROM versions WHERE id = ?1");
        if (auto s = del.bind(1, (*v)->id).run(); !s)
            return std::unexpected(s.error());
        if (!(*v)->file.isEmpty())
            fx.unlinkAfterCommit.push_back((*v)->file);
        if ((*v)->info.isLatest) {
            Stmt promote(c, "UPDATE versions SET is_latest = 1 WHERE id = (SELECT id FROM versions WHERE bucket_id = ?1 "
                            "AND key = ?2 ORDER BY bucket_id, key, id DESC LIMIT 1)");
            if (auto s = promote.bind(1, b.id).bindBlob(2, key).run(); !s)
                return std::unexpected(s.error());
        }
        return out;
    }
    if (b.info.versioning == VersioningState::Unversioned) {
        auto v = versionById(c, b.id, key, kNullVersionId);
        if (!v)
            return std::unexpected(v.error());
        if (*v) {
            Stmt del(c, "DELETE FROM versions WHERE id = ?1");
            if (auto s = del.bind(1, (*v)->id).run(); !s)
                return std::unexpected(s.error());
            if (!(*v)->file.isEmpty())
                fx.unlinkAfterCommit.push_back((*v)->file);
        }
        return out;
    }
    // Enabled or Suspended: a delete marker becomes the latest version (S3 adds one even when
    // the key does not exist).
    VersionRow marker;
    marker.info.isDeleteMarker = true;
    marker.info.lastModified = fromMs(now);
    if (auto s = insertVersion(c, fx, b, key, marker); !s)
        return std::unexpected(s.error());
    out.versionId = marker.info.versionId;
    out.isDeleteMarker = true;
    out.lastModified = marker.info.lastModified;
    return out;
}

Core::Status StorePrivate::insertNewVersion(Connection &c, WriteEffects &fx, const QString &bucketName,
                                           const QByteArray &key, VersionRow &row, VersionInfo &out)
{
    auto b = bucket(c, bucketName);
    if (!b)
        return std::unexpected(b.error());
    row.info.lastModified = fromMs(now());
    if (auto s = insertVersion(c, fx, *b, key, row); !s)
        return s;
    out.versionId = row.info.versionId;
    out.etag = row.info.etag;
    out.size = row.info.size;
    out.lastModified = row.info.lastModified;
    return {};
}

Core::Result<VersionInfo> StorePrivate::commitNewVersion(const QString &bucketName, const QByteArray &key,
                                                         const DataFile *file, VersionRow row)
{
    row.file = file ? file->rel : QString();
    if (options.failpoint == Store::Failpoint::AfterDataRename)
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("failpoint AfterDataRename"));
    VersionInfo out;
    auto s = write([&](Connection &c, WriteEffects &fx) { return insertNewVersion(c, fx, bucketName, key, row, out); },
                   file ? std::vector<QString> {file->dir} : std::vector<QString> {});
    if (!s) {
        if (file)
            unlinkData(file->rel);
        return std::unexpected(s.error());
    }
    return out;
}

void StorePrivate::commitNewVersionAsync(const QString &bucketName, const QByteArray &key, VersionRow row,
                                         Store::PutDone done)
{
    if (options.failpoint == Store::Failpoint::AfterDataRename)
        return done(Core::fail(Core::ErrorCode::IoError, QStringLiteral("failpoint AfterDataRename")));
    // The change runs later, on the committing thread: it owns what it needs.
    auto state = std::make_shared<std::pair<VersionRow, VersionInfo>>(std::move(row), VersionInfo {});
    // The caller's writer is still alive: 1 means no other body is on its way in.
    const bool alone = liveWriters->load() <= 1;
    committer->submitAsync(
        [this, bucketName, key, state](Connection &c, WriteEffects &fx) {
            return insertNewVersion(c, fx, bucketName, key, state->first, state->second);
        },
        [this, state, done = std::move(done)](Core::Status s, WriteEffects &fx) {
            if (!s)
                return done(std::unexpected(s.error()));
            for (const QString &rel : fx.unlinkAfterCommit)
                unlinkData(rel); // a replaced version's data file
            done(state->second);
        },
        alone);
}

// ---- Store: open --------------------------------------------------------------------------

Store::Store(std::unique_ptr<StorePrivate> dd)
    : d {std::move(dd)}
{
}

Store::~Store() = default;

Sse::KeyRing &Store::keyRing() const
{
    return *d->keyRing;
}

QString Store::dataDir() const
{
    return d->dataDir;
}

Core::Result<std::unique_ptr<Store>> Store::open(const QString &dataDir)
{
    return open(dataDir, Options {});
}

Core::Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Options &options)
{
    auto d = std::make_unique<StorePrivate>();
    d->dataDir = QDir(dataDir).absolutePath();
    d->objectsDir = d->dataDir + QStringLiteral("/objects");
    d->tmpDir = d->dataDir + QStringLiteral("/tmp");
    d->options = options;
    if (!QDir().mkpath(d->dataDir))
        return std::unexpected(ioError(QStringLiteral("mkdir %1").arg(d->dataDir)));
    for (const QString &dir : {d->dataDir, d->objectsDir, d->tmpDir}) {
        if (auto s = makeDir(dir); !s)
            return std::unexpected(s.error());
    }
    // Recovery deletes files no row references, which would destroy another live store's
    // in-flight writes: one Store per data directory, across processes too.
    {
        const QString lockPath = d->dataDir + QStringLiteral("/lock");
        d->lockFd = ::open(lockPath.toLocal8Bit().constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (d->lockFd < 0)
            return std::unexpected(ioError(QStringLiteral("create %1").arg(lockPath)));
        if (::flock(d->lockFd, LOCK_EX | LOCK_NB) != 0)
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("%1 is in use by another store (locked)").arg(d->dataDir));
    }
    // The master key (created on first open) and sandbox KMS keys.
    {
        auto ring = Sse::KeyRing::open(d->dataDir, options.sync);
        if (!ring)
            return std::unexpected(ring.error());
        d->keyRing = std::move(*ring);
    }
    // Create the database file owner-only; SQLite gives its -wal and -shm files the same mode.
    const QString dbPath = d->dataDir + QStringLiteral("/pail.db");
    {
        const int fd = ::open(dbPath.toLocal8Bit().constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return std::unexpected(ioError(QStringLiteral("create %1").arg(dbPath)));
        ::fchmod(fd, 0600);
        ::close(fd);
    }
    auto conn = Connection::open(dbPath, options.sync);
    if (!conn)
        return std::unexpected(conn.error());
    Connection &c = **conn;
    qint64 version = 0;
    {
        Stmt s(c, "PRAGMA user_version");
        auto r = s.step();
        if (!r)
            return std::unexpected(r.error());
        version = s.i64(0);
    }
    if (version > kSchemaVersion)
        return Core::fail(Core::ErrorCode::DatabaseError,
                          QStringLiteral("%1 has schema version %2; this build knows up to %3")
                              .arg(dbPath)
                              .arg(version)
                              .arg(kSchemaVersion));
    if (version == 0) {
        if (auto s = c.exec("BEGIN IMMEDIATE"); !s)
            return std::unexpected(s.error());
        if (auto s = c.exec(kSchema); !s) {
            (void)c.exec("ROLLBACK");
            return std::unexpected(s.error());
        }
        (void)c.exec("PRAGMA user_version = 1");
        if (auto s = c.exec("COMMIT"); !s)
            return std::unexpected(s.error());
    }
    // Columns added after schema version 1 shipped, added in place when missing (no version
    // bump, so concurrent additions merge): versions.restore_ready (RestoreObject) and
    // versions.data, the body of a small object stored in its row (Options::inlineMax; NULL for
    // bodies in data files, so rows of older data directories all have files).
    for (const auto &[column, alter] : {std::pair {"restore_ready", "ALTER TABLE versions ADD COLUMN restore_ready INTEGER"},
                                        std::pair {"data", "ALTER TABLE versions ADD COLUMN data BLOB"}}) {
        auto has = versionsHasColumn(c, column);
        if (!has)
            return std::unexpected(has.error());
        if (!*has) {
            if (auto st = c.exec(alter); !st)
                return std::unexpected(st.error());
        }
    }

    // Recovery. tmp/ holds only bodies that were never committed.
    {
        QDirIterator it(d->tmpDir, QDir::Files | QDir::Hidden | QDir::System);
        while (it.hasNext())
            ::unlink(it.next().toLocal8Bit().constData());
    }
    // Data files are fsynced and renamed before their row commits; a crash in between leaves
    // a file that no row references. Delete those. (Rows never point at missing files by
    // design; if one does, it is reported, not dropped.)
    {
        QSet<QString> referenced;
        Stmt s(c, "SELECT file FROM versions WHERE file IS NOT NULL UNION ALL SELECT file FROM parts");
        for (;;) {
            auto r = s.step();
            if (!r)
                return std::unexpected(r.error());
            if (!*r)
                break;
            referenced.insert(s.text(0));
        }
        qint64 swept = 0;
        qint64 present = 0;
        QDirIterator shards(d->objectsDir, QDir::Dirs | QDir::NoDotAndDotDot);
        while (shards.hasNext()) {
            const QString shardPath = shards.next();
            const QString shard = shards.fileName();
            d->knownShards.insert(shard);
            QDirIterator files(shardPath, QDir::Files | QDir::Hidden | QDir::System);
            while (files.hasNext()) {
                files.next();
                const QString rel = shard + QLatin1Char('/') + files.fileName();
                if (referenced.contains(rel)) {
                    ++present;
                } else {
                    ::unlink(files.filePath().toLocal8Bit().constData());
                    ++swept;
                }
            }
        }
        if (swept)
            qCInfo(lcStore) << "swept" << swept << "unreferenced data files from" << d->objectsDir;
        if (present != referenced.size())
            qCWarning(lcStore) << referenced.size() - present << "rows reference missing data files in" << d->objectsDir;
    }
    (void)c.exec("PRAGMA wal_checkpoint(TRUNCATE)");

    d->readers = std::make_unique<ConnectionPool>(dbPath, options.sync);
    d->committer = std::make_unique<Committer>(std::move(*conn), options.sync, &d->latestCache);
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

// ---- Store: buckets -----------------------------------------------------------------------

Core::Result<BucketInfo> Store::createBucket(const CreateBucketRequest &request)
{
    if (auto s = validateBucketName(request.name); !s)
        return std::unexpected(s.error());
    BucketInfo info;
    info.name = request.name;
    info.ownerId = request.ownerId;
    info.region = request.region;
    info.creationDate = fromMs(d->now());
    info.objectLockEnabled = request.objectLockEnabled;
    info.versioning = request.objectLockEnabled ? VersioningState::Enabled : VersioningState::Unversioned;
    info.objectOwnership = request.objectOwnership.isEmpty() ? QStringLiteral("BucketOwnerEnforced")
                                                             : request.objectOwnership;
    auto s = d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto existing = StorePrivate::bucket(c, request.name);
        if (existing) {
            if (existing->info.ownerId == request.ownerId)
                return Core::fail(Core::ErrorCode::BucketAlreadyOwnedByYou,
                                  QStringLiteral("Your previous request to create the named bucket succeeded and you "
                                                 "already own it."));
            return Core::fail(Core::ErrorCode::BucketAlreadyExists,
                              QStringLiteral("The requested bucket name is not available."));
        }
        if (existing.error().code != Core::ErrorCode::NoSuchBucket)
            return std::unexpected(existing.error());
        Stmt ins(c, "INSERT INTO buckets(name, owner, region, created, versioning, object_ownership, object_lock) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        ins.bindText(1, info.name).bindText(2, info.ownerId.isNull() ? QStringLiteral("") : info.ownerId);
        ins.bindText(3, info.region.isNull() ? QStringLiteral("") : info.region);
        ins.bind(4, info.creationDate.toMSecsSinceEpoch()).bind(5, qint64(info.versioning));
        ins.bindText(6, info.objectOwnership).bind(7, info.objectLockEnabled);
        return ins.run();
    });
    if (!s)
        return std::unexpected(s.error());
    return info;
}

Core::Status Store::deleteBucket(const QString &bucketName)
{
    const auto changed = qScopeGuard([this] { d->configsChanged(); });
    return d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucketName);
        if (!b)
            return std::unexpected(b.error());
        Stmt anyVersion(c, "SELECT 1 FROM versions WHERE bucket_id = ?1 LIMIT 1");
        Stmt anyUpload(c, "SELECT 1 FROM uploads WHERE bucket_id = ?1 LIMIT 1");
        for (Stmt *s : {&anyVersion, &anyUpload}) {
            auto r = s->bind(1, b->id).step();
            if (!r)
                return std::unexpected(r.error());
            if (*r)
                return Core::fail(Core::ErrorCode::BucketNotEmpty,
                                  QStringLiteral("The bucket you tried to delete is not empty."));
        }
        Stmt delConfigs(c, "DELETE FROM bucket_configs WHERE bucket_id = ?1");
        if (auto s = delConfigs.bind(1, b->id).run(); !s)
            return s;
        Stmt del(c, "DELETE FROM buckets WHERE id = ?1");
        return del.bind(1, b->id).run();
    });
}

Core::Result<BucketInfo> Store::bucketInfo(const QString &bucketName) const
{
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    auto b = StorePrivate::bucket(**c, bucketName);
    if (!b)
        return std::unexpected(b.error());
    return b->info;
}

Core::Result<QList<BucketInfo>> Store::listBuckets(const QString &ownerId) const
{
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    Stmt all(**c, "SELECT name, owner, region, created, versioning, object_ownership, object_lock FROM buckets "
                  "ORDER BY name");
    Stmt mine(**c, "SELECT name, owner, region, created, versioning, object_ownership, object_lock FROM buckets "
                   "WHERE owner = ?1 ORDER BY name");
    Stmt &s = ownerId.isEmpty() ? all : mine;
    if (!ownerId.isEmpty())
        s.bindText(1, ownerId);
    QList<BucketInfo> out;
    for (;;) {
        auto r = s.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        out.append(readBucket(s, 0));
    }
    return out;
}

Core::Status Store::setBucketVersioning(const QString &bucketName, VersioningState state)
{
    if (state == VersioningState::Unversioned)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Versioning can only be Enabled or Suspended"));
    return d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucketName);
        if (!b)
            return std::unexpected(b.error());
        if (b->info.objectLockEnabled && state == VersioningState::Suspended)
            return Core::fail(Core::ErrorCode::InvalidBucketState,
                              QStringLiteral("An Object Lock configuration is present on this bucket, so the "
                                             "versioning state cannot be changed."));
        Stmt s(c, "UPDATE buckets SET versioning = ?1 WHERE id = ?2");
        return s.bind(1, qint64(state)).bind(2, b->id).run();
    });
}

Core::Status Store::setBucketOwnership(const QString &bucketName, const QString &objectOwnership)
{
    return d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucketName);
        if (!b)
            return std::unexpected(b.error());
        Stmt s(c, "UPDATE buckets SET object_ownership = ?1 WHERE id = ?2");
        return s.bindText(1, objectOwnership).bind(2, b->id).run();
    });
}

Core::Status Store::putBucketConfig(const QString &bucketName, BucketConfigKind kind, const QByteArray &document)
{
    const auto changed = qScopeGuard([this] { d->configsChanged(); });
    return d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucketName);
        if (!b)
            return std::unexpected(b.error());
        Stmt s(c, "INSERT OR REPLACE INTO bucket_configs(bucket_id, kind, document, updated) VALUES(?1, ?2, ?3, ?4)");
        return s.bind(1, b->id)
            .bindText(2, QLatin1StringView(configKindName(kind)))
            .bindBlob(3, document)
            .bind(4, d->now())
            .run();
    });
}

Core::Result<std::optional<QByteArray>> Store::bucketConfig(const QString &bucketName, BucketConfigKind kind) const
{
    const std::pair<QString, int> cacheKey {bucketName, int(kind)};
    quint64 generation = 0;
    {
        std::lock_guard lock(d->configMutex);
        if (auto it = d->configCache.find(cacheKey); it != d->configCache.end())
            return it->second;
        generation = d->configGeneration;
    }
    auto doc = readBucketConfig(bucketName, kind);
    if (doc) {
        std::lock_guard lock(d->configMutex);
        if (d->configGeneration == generation)
            d->configCache.emplace(cacheKey, *doc);
    }
    return doc;
}

Core::Result<std::optional<QByteArray>> Store::readBucketConfig(const QString &bucketName, BucketConfigKind kind) const
{
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    auto b = StorePrivate::bucket(**c, bucketName);
    if (!b)
        return std::unexpected(b.error());
    Stmt s(**c, "SELECT document FROM bucket_configs WHERE bucket_id = ?1 AND kind = ?2");
    s.bind(1, b->id).bindText(2, QLatin1StringView(configKindName(kind)));
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(s.blob(0));
}

Core::Status Store::deleteBucketConfig(const QString &bucketName, BucketConfigKind kind)
{
    const auto changed = qScopeGuard([this] { d->configsChanged(); });
    return d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucketName);
        if (!b)
            return std::unexpected(b.error());
        Stmt s(c, "DELETE FROM bucket_configs WHERE bucket_id = ?1 AND kind = ?2");
        return s.bind(1, b->id).bindText(2, QLatin1StringView(configKindName(kind))).run();
    });
}

Core::Result<BucketStats> Store::bucketStats(const QString &bucketName) const
{
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    auto b = StorePrivate::bucket(**c, bucketName);
    if (!b)
        return std::unexpected(b.error());
    BucketStats st;
    Stmt cur(**c, "SELECT count(*), coalesce(sum(size), 0) FROM versions WHERE bucket_id = ?1 AND is_latest = 1 "
                  "AND is_marker = 0");
    if (auto r = cur.bind(1, b->id).step(); !r)
        return std::unexpected(r.error());
    st.objectCount = cur.i64(0);
    st.objectBytes = cur.i64(1);
    Stmt all(**c, "SELECT count(*), coalesce(sum(size), 0) FROM versions WHERE bucket_id = ?1");
    if (auto r = all.bind(1, b->id).step(); !r)
        return std::unexpected(r.error());
    st.versionCount = all.i64(0);
    st.totalBytes = all.i64(1);
    Stmt parts(**c, "SELECT coalesce(sum(p.size), 0) FROM parts p JOIN uploads u ON p.upload = u.id "
                    "WHERE u.bucket_id = ?1");
    if (auto r = parts.bind(1, b->id).step(); !r)
        return std::unexpected(r.error());
    st.totalBytes += parts.i64(0);
    return st;
}

} // namespace Store
