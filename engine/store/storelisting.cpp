// Store: ListObjects, ListObjectVersions and ListMultipartUploads.
//
// All three walk an index in key (byte) order and roll keys up into common prefixes. A common
// prefix costs one index seek: the walk restarts at the prefix's successor (prefix with its
// last byte incremented) instead of stepping over the keys below it. Each listing reads one
// consistent snapshot (a read transaction on a pooled connection).
#include "engine/store/store.h"

#include "engine/store/store_p.h"

namespace Store {

namespace {

// Valid UTF-8 never contains 0xFF, so "\xFF" is above every key: the open upper bound.
const QByteArray kAboveAll("\xFF", 1);

// The common prefix key rolls up into, or an empty array.
QByteArray commonPrefix(const QByteArray &key, const QByteArray &prefix, const QByteArray &delimiter)
{
    if (delimiter.isEmpty() || !key.startsWith(prefix))
        return {};
    const qsizetype pos = key.indexOf(delimiter, prefix.size());
    if (pos < 0)
        return {};
    return key.left(pos + delimiter.size());
}

class ReadTxn
{
public:
    explicit ReadTxn(Connection &c)
        : m_c {c}
    {
        m_ok = bool(c.exec("BEGIN"));
    }
    ~ReadTxn()
    {
        if (m_ok)
            (void)m_c.exec("COMMIT");
    }

private:
    Connection &m_c;
    bool m_ok = false;
};

// A cursor over rows in key order starting at a key (inclusive or not), below an upper bound.
// Rolls up common prefixes. Stops after maxItems items (entries + prefixes) and reports
// whether more exist.
struct Walk
{
    QByteArray prefix;
    QByteArray delimiter;
    int maxItems = 1000;
    int count = 0;
    bool truncated = false;
    QList<QByteArray> prefixes;
    QByteArray lastKeyOrPrefix;
    bool lastWasPrefix = false;
};

// Where a walk starts for a marker: after it, and past the whole common prefix the marker
// falls into (a marker inside a rolled-up prefix resumes after that prefix).
std::pair<QByteArray, bool> startPoint(const Walk &w, const QByteArray &marker)
{
    if (marker.isEmpty() || marker < w.prefix)
        return {w.prefix, true};
    if (const QByteArray cp = commonPrefix(marker, w.prefix, w.delimiter); !cp.isEmpty())
        return {prefixSuccessor(cp), true};
    return {marker, false};
}

// Drives the walk: open(seek, inclusive) must return a stepped-ready Stmt over rows with the
// key in column 0 in ascending order; addEntry(stmt) records an entry. Returns when maxItems items
// are taken (setting truncated if another exists) or the rows end.
template <typename Open, typename Emit>
Core::Status walk(Walk &w, QByteArray seek, bool inclusive, Open open, Emit addEntry)
{
    const QByteArray upper = w.prefix.isEmpty() ? kAboveAll : prefixSuccessor(w.prefix);
    if (upper.isEmpty())
        return {};
    for (;;) {
        if (seek.isEmpty() && inclusive == false)
            inclusive = true;
        std::unique_ptr<Stmt> s = open(seek, inclusive, upper);
        bool restarted = false;
        for (;;) {
            auto r = s->step();
            if (!r)
                return std::unexpected(r.error());
            if (!*r)
                return {};
            const QByteArray key = s->blob(0);
            const QByteArray cp = commonPrefix(key, w.prefix, w.delimiter);
            if (w.count >= w.maxItems) {
                w.truncated = true;
                return {};
            }
            if (!cp.isEmpty()) {
                w.prefixes.append(cp);
                ++w.count;
                w.lastKeyOrPrefix = cp;
                w.lastWasPrefix = true;
                seek = prefixSuccessor(cp);
                inclusive = true;
                if (seek.isEmpty())
                    return {};
                restarted = true;
                break;
            }
            addEntry(*s);
            ++w.count;
            w.lastKeyOrPrefix = key;
            w.lastWasPrefix = false;
        }
        if (!restarted)
            return {};
    }
}

ObjectEntry entryFromVersion(const Stmt &s)
{
    // Columns: key, version_id, is_latest, is_marker, size, etag, mtime, storage_class, owner,
    // restore_state, restore_expiry
    ObjectEntry e;
    e.key = s.blob(0);
    e.versionId = s.text(1);
    e.isLatest = s.i64(2) != 0;
    e.isDeleteMarker = s.i64(3) != 0;
    e.size = s.i64(4);
    e.etag = s.text(5);
    e.lastModified = fromMs(s.i64(6));
    e.storageClass = s.text(7);
    e.ownerId = s.text(8);
    e.restoreState = RestoreState(s.i64(9));
    if (!s.isNull(10))
        e.restoreExpiry = fromMs(s.i64(10));
    return e;
}

#define PAIL_ENTRY_COLS \
    "key, version_id, is_latest, is_marker, size, etag, mtime, storage_class, owner, restore_state, restore_expiry"

} // namespace

Core::Result<ListObjectsResult> Store::listObjects(const QString &bucket, const ListObjectsRequest &request) const
{
    if (request.maxKeys < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("max-keys must not be negative"));
    auto lease = d->readers->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    Connection &c = **lease;
    ReadTxn txn(c);
    auto b = StorePrivate::bucket(c, bucket);
    if (!b)
        return std::unexpected(b.error());
    ListObjectsResult out;
    Walk w;
    w.prefix = request.prefix;
    w.delimiter = request.delimiter;
    w.maxItems = std::min(request.maxKeys, 1000000);
    if (w.maxItems == 0)
        return out;
    const auto [seek, inclusive] = startPoint(w, request.startAfter);
    auto s = walk(
        w, seek, inclusive,
        [&](const QByteArray &from, bool incl, const QByteArray &upper) {
            auto st = std::make_unique<Stmt>(
                c, incl ? "SELECT " PAIL_ENTRY_COLS " FROM versions WHERE bucket_id = ?1 AND key >= ?2 AND key < ?3 "
                          "AND is_latest = 1 AND is_marker = 0 ORDER BY key"
                        : "SELECT " PAIL_ENTRY_COLS " FROM versions WHERE bucket_id = ?1 AND key > ?2 AND key < ?3 "
                          "AND is_latest = 1 AND is_marker = 0 ORDER BY key");
            st->bind(1, b->id).bindBlob(2, from).bindBlob(3, upper);
            return st;
        },
        [&](const Stmt &st) { out.entries.append(entryFromVersion(st)); });
    if (!s)
        return std::unexpected(s.error());
    out.commonPrefixes = w.prefixes;
    out.isTruncated = w.truncated;
    if (w.truncated)
        out.nextMarker = w.lastKeyOrPrefix;
    return out;
}

Core::Result<ListVersionsResult> Store::listObjectVersions(const QString &bucket,
                                                           const ListVersionsRequest &request) const
{
    if (request.maxKeys < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("max-keys must not be negative"));
    if (!request.versionIdMarker.isEmpty() && request.keyMarker.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("A version-id marker cannot be specified without a key marker."));
    auto lease = d->readers->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    Connection &c = **lease;
    ReadTxn txn(c);
    auto b = StorePrivate::bucket(c, bucket);
    if (!b)
        return std::unexpected(b.error());
    ListVersionsResult out;
    Walk w;
    w.prefix = request.prefix;
    w.delimiter = request.delimiter;
    w.maxItems = std::min(request.maxKeys, 1000000);
    if (w.maxItems == 0)
        return out;
    auto addEntry = [&](const Stmt &st) { out.versions.append(entryFromVersion(st)); };

    // The rest of the marker key's versions (older than the marker version) come first.
    if (!request.versionIdMarker.isEmpty() && request.keyMarker.startsWith(w.prefix)
        && commonPrefix(request.keyMarker, w.prefix, w.delimiter).isEmpty()) {
        auto marker = StorePrivate::versionById(c, b->id, request.keyMarker, request.versionIdMarker);
        if (!marker)
            return std::unexpected(marker.error());
        if (!*marker)
            return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid version id marker"));
        Stmt st(c, "SELECT " PAIL_ENTRY_COLS " FROM versions WHERE bucket_id = ?1 AND key = ?2 AND id < ?3 "
                   "ORDER BY bucket_id, key, id DESC");
        st.bind(1, b->id).bindBlob(2, request.keyMarker).bind(3, (*marker)->id);
        for (;;) {
            auto r = st.step();
            if (!r)
                return std::unexpected(r.error());
            if (!*r)
                break;
            if (w.count >= w.maxItems) {
                w.truncated = true;
                break;
            }
            addEntry(st);
            ++w.count;
            w.lastKeyOrPrefix = request.keyMarker;
        }
    }
    if (!w.truncated) {
        const auto [seek, inclusive] = startPoint(w, request.keyMarker);
        auto s = walk(
            w, seek, inclusive,
            [&](const QByteArray &from, bool incl, const QByteArray &upper) {
                auto st = std::make_unique<Stmt>(
                    c, incl ? "SELECT " PAIL_ENTRY_COLS " FROM versions WHERE bucket_id = ?1 AND key >= ?2 AND key < ?3 "
                              "ORDER BY bucket_id, key, id DESC"
                            : "SELECT " PAIL_ENTRY_COLS " FROM versions WHERE bucket_id = ?1 AND key > ?2 AND key < ?3 "
                              "ORDER BY bucket_id, key, id DESC");
                st->bind(1, b->id).bindBlob(2, from).bindBlob(3, upper);
                return st;
            },
            addEntry);
        if (!s)
            return std::unexpected(s.error());
    }
    out.commonPrefixes = w.prefixes;
    out.isTruncated = w.truncated;
    if (w.truncated) {
        out.nextKeyMarker = w.lastKeyOrPrefix;
        if (!w.lastWasPrefix && !out.versions.isEmpty())
            out.nextVersionIdMarker = out.versions.back().versionId;
    }
    return out;
}

Core::Result<ListUploadsResult> Store::listUploads(const QString &bucket, const ListUploadsRequest &request) const
{
    if (request.maxUploads < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("max-uploads must not be negative"));
    auto lease = d->readers->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    Connection &c = **lease;
    ReadTxn txn(c);
    auto b = StorePrivate::bucket(c, bucket);
    if (!b)
        return std::unexpected(b.error());
    ListUploadsResult out;
    Walk w;
    w.prefix = request.prefix;
    w.delimiter = request.delimiter;
    w.maxItems = std::min(request.maxUploads, 1000000);
    if (w.maxItems == 0)
        return out;
    auto addEntry = [&](const Stmt &st) {
        UploadInfo u;
        u.key = st.blob(0);
        u.uploadId = st.text(1);
        u.initiated = fromMs(st.i64(2));
        u.meta = metaFromJson(st.blob(3));
        u.bucket = bucket;
        out.uploads.append(u);
    };
    if (!request.uploadIdMarker.isEmpty() && !request.keyMarker.isEmpty()
        && request.keyMarker.startsWith(w.prefix) && commonPrefix(request.keyMarker, w.prefix, w.delimiter).isEmpty()) {
        Stmt st(c, "SELECT key, upload_id, initiated, meta FROM uploads WHERE bucket_id = ?1 AND key = ?2 "
                   "AND upload_id > ?3 ORDER BY bucket_id, key, upload_id");
        st.bind(1, b->id).bindBlob(2, request.keyMarker).bindText(3, request.uploadIdMarker);
        for (;;) {
            auto r = st.step();
            if (!r)
                return std::unexpected(r.error());
            if (!*r)
                break;
            if (w.count >= w.maxItems) {
                w.truncated = true;
                break;
            }
            addEntry(st);
            ++w.count;
            w.lastKeyOrPrefix = request.keyMarker;
        }
    }
    if (!w.truncated) {
        const auto [seek, inclusive] = startPoint(w, request.keyMarker);
        auto s = walk(
            w, seek, inclusive,
            [&](const QByteArray &from, bool incl, const QByteArray &upper) {
                auto st = std::make_unique<Stmt>(
                    c, incl ? "SELECT key, upload_id, initiated, meta FROM uploads WHERE bucket_id = ?1 AND key >= ?2 "
                              "AND key < ?3 ORDER BY bucket_id, key, upload_id"
                            : "SELECT key, upload_id, initiated, meta FROM uploads WHERE bucket_id = ?1 AND key > ?2 "
                              "AND key < ?3 ORDER BY bucket_id, key, upload_id");
                st->bind(1, b->id).bindBlob(2, from).bindBlob(3, upper);
                return st;
            },
            addEntry);
        if (!s)
            return std::unexpected(s.error());
    }
    out.commonPrefixes = w.prefixes;
    out.isTruncated = w.truncated;
    if (w.truncated) {
        out.nextKeyMarker = w.lastKeyOrPrefix;
        if (!w.lastWasPrefix && !out.uploads.isEmpty())
            out.nextUploadIdMarker = out.uploads.back().uploadId;
    }
    return out;
}

} // namespace Store
