// Store: object writes, reads, deletes, copies and tags.
#include "engine/store/store.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <optional>

#include <QScopeGuard>

#include "engine/store/store_p.h"

namespace Store {

namespace {

Core::Status checkMeta(const ObjectMeta &meta)
{
    return validateTags(meta.tags);
}

// Copies all of src (from its start) to the end of dst without passing through user space
// where the kernel allows it (copy_file_range: reflink or in-kernel copy).
Core::Status copyFd(int src, int dst, qint64 size, const QString &what)
{
    loff_t inOff = 0;
    qint64 left = size;
    while (left > 0) {
        const ssize_t n = ::copy_file_range(src, &inOff, dst, nullptr, size_t(std::min<qint64>(left, 1 << 30)), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL) {
                // Fallback: plain read/write.
                QByteArray buf(1 << 20, Qt::Uninitialized);
                while (left > 0) {
                    const ssize_t r = ::pread(src, buf.data(), size_t(std::min<qint64>(left, buf.size())), inOff);
                    if (r <= 0)
                        return std::unexpected(ioError(QStringLiteral("read %1").arg(what)));
                    qint64 done = 0;
                    while (done < r) {
                        const ssize_t w = ::write(dst, buf.constData() + done, size_t(r - done));
                        if (w < 0)
                            return std::unexpected(ioError(QStringLiteral("write %1").arg(what)));
                        done += w;
                    }
                    inOff += r;
                    left -= r;
                }
                return {};
            }
            return std::unexpected(ioError(QStringLiteral("copy %1").arg(what)));
        }
        if (n == 0)
            return Core::fail(Core::ErrorCode::IoError, QStringLiteral("%1 is shorter than recorded").arg(what));
        left -= n;
    }
    return {};
}

} // namespace

Core::Result<std::unique_ptr<ObjectWriter>> Store::beginWrite()
{
    return d->newWriter(d->options.inlineMax);
}

Core::Result<VersionInfo> Store::putObject(const QString &bucket, const QByteArray &key,
                                           std::unique_ptr<ObjectWriter> body, const ObjectMeta &meta)
{
    if (!body)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("no body"));
    if (auto s = validateKey(key); !s)
        return std::unexpected(s.error());
    if (auto s = checkMeta(meta); !s)
        return std::unexpected(s.error());
    VersionRow row;
    row.info.meta = meta;
    row.info.size = body->size();
    row.info.etag = body->etag();
    if (body->isInline()) {
        // A small body goes into the row: durable with the WAL commit of its batch (which
        // checks the bucket: nothing to fail early for).
        auto data = body->takeInline();
        if (!data)
            return std::unexpected(data.error());
        row.data = std::move(*data);
        return d->commitNewVersion(bucket, key, nullptr, std::move(row));
    }
    {
        // Fail early (before any fsync) for a missing bucket; the commit checks again.
        auto c = d->readers->acquire();
        if (!c)
            return std::unexpected(c.error());
        if (auto b = StorePrivate::bucket(**c, bucket); !b)
            return std::unexpected(b.error());
    }
    auto file = d->allocateDataFile();
    if (!file)
        return std::unexpected(file.error());
    if (auto s = body->commitTo(file->abs, d->options.sync); !s)
        return std::unexpected(s.error());
    return d->commitNewVersion(bucket, key, &*file, std::move(row));
}

void Store::putObjectAsync(const QString &bucket, const QByteArray &key, std::unique_ptr<ObjectWriter> body,
                           const ObjectMeta &meta, PutDone done)
{
    if (!body || !body->isInline())
        return done(Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("no body held in memory")));
    if (auto s = validateKey(key); !s)
        return done(std::unexpected(s.error()));
    if (auto s = checkMeta(meta); !s)
        return done(std::unexpected(s.error()));
    VersionRow row;
    row.info.meta = meta;
    row.info.size = body->size();
    row.info.etag = body->etag();
    auto data = body->takeInline();
    if (!data)
        return done(std::unexpected(data.error()));
    row.data = std::move(*data);
    d->commitNewVersionAsync(bucket, key, std::move(row), std::move(done));
}

Core::Result<ObjectInfo> Store::headObject(const QString &bucket, const QByteArray &key, const QString &versionId,
                                           ObjectInfo *deleteMarker) const
{
    if (versionId.isEmpty()) {
        if (const LatestCache::Ptr hit = d->latestCache.find(bucket, key))
            return hit->info;
    }
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    if (versionId.isEmpty()) {
        auto latest = d->latestObject(**c, bucket, key, deleteMarker);
        if (!latest)
            return std::unexpected(latest.error());
        return (*latest)->info;
    }
    auto row = d->findObject(**c, bucket, key, versionId, deleteMarker);
    if (!row)
        return std::unexpected(row.error());
    return row->info;
}

std::size_t Store::cachedLatestCount() const
{
    return d->latestCache.size();
}

Core::Result<std::unique_ptr<ObjectReader>> Store::openObject(const QString &bucket, const QByteArray &key,
                                                              const QString &versionId, ObjectInfo *deleteMarker) const
{
    if (versionId.isEmpty()) {
        // The latest version, usually from LatestCache: no SQLite read, no connection lease.
        LatestCache::Ptr object = d->latestCache.find(bucket, key);
        std::optional<ConnectionPool::Lease> c;
        for (int attempt = 0; attempt < 16; ++attempt) {
            if (!object) {
                if (!c) {
                    auto lease = d->readers->acquire();
                    if (!lease)
                        return std::unexpected(lease.error());
                    c.emplace(std::move(*lease));
                }
                auto latest = d->latestObject(**c, bucket, key, deleteMarker);
                if (!latest)
                    return std::unexpected(latest.error());
                object = std::move(*latest);
            }
            if (object->isInline)
                return std::make_unique<ObjectReader>(object->info, object->data);
            const int fd = ::open(object->nativePath.constData(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0)
                return std::make_unique<ObjectReader>(object->info, fd);
            if (errno != ENOENT)
                return std::unexpected(ioError(QStringLiteral("open %1").arg(object->info.dataPath)));
            // Replaced or deleted since it was read (data files are never reused): look again.
            d->latestCache.erase(bucket, key, object);
            object.reset();
        }
        return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("object data keeps disappearing"));
    }
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    // One read transaction for the lookups (bucket, version, inline body): SQLite takes its
    // file and WAL read locks (fcntl calls) once instead of once per statement, and the body
    // comes from the same snapshot as the row.
    const bool inTxn = bool(Stmt(**c, "BEGIN").run());
    const auto endTxn = qScopeGuard([&] {
        if (inTxn)
            (void)Stmt(**c, "COMMIT").run();
    });
    // A concurrent delete may unlink the file between our read of the row and open(): data
    // files are never reused, so a failed open just means "look again".
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto row = d->findObject(**c, bucket, key, versionId, deleteMarker);
        if (!row)
            return std::unexpected(row.error());
        if (row->isInline()) {
            // Read in a statement of its own: a concurrent replace may have removed the row.
            auto data = StorePrivate::inlineData(**c, row->id, row->info.etag);
            if (!data)
                return std::unexpected(data.error());
            if (*data)
                return std::make_unique<ObjectReader>(std::move(row->info), std::move(**data));
            continue;
        }
        const int fd = ::open(row->info.dataPath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            return std::make_unique<ObjectReader>(std::move(row->info), fd);
        if (errno != ENOENT)
            return std::unexpected(ioError(QStringLiteral("open %1").arg(row->info.dataPath)));
        if (inTxn) { // look again in a newer snapshot
            (void)Stmt(**c, "COMMIT").run();
            (void)Stmt(**c, "BEGIN").run();
        }
    }
    return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("object data keeps disappearing"));
}

Core::Result<VersionInfo> Store::deleteObject(const QString &bucket, const QByteArray &key, const QString &versionId)
{
    if (auto s = validateKey(key); !s)
        return std::unexpected(s.error());
    if (!versionId.isEmpty() && !isWellFormedVersionId(versionId))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid version id specified"));
    VersionInfo out;
    auto s = d->write([&](Connection &c, WriteEffects &fx) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucket);
        if (!b)
            return std::unexpected(b.error());
        auto r = StorePrivate::deleteVersion(c, fx, *b, key, versionId, d->now());
        if (!r)
            return std::unexpected(r.error());
        out = *r;
        return {};
    });
    if (!s)
        return std::unexpected(s.error());
    return out;
}

Core::Result<QList<DeleteOutcome>> Store::deleteObjects(const QString &bucket, const QList<ObjectIdentifier> &objects)
{
    QList<DeleteOutcome> out;
    out.reserve(objects.size());
    for (const ObjectIdentifier &o : objects) {
        DeleteOutcome r;
        r.key = o.key;
        r.versionId = o.versionId;
        r.status = validateKey(o.key);
        if (r.status && !o.versionId.isEmpty() && !isWellFormedVersionId(o.versionId))
            r.status = Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid version id specified"));
        out.append(r);
    }
    auto s = d->write([&](Connection &c, WriteEffects &fx) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucket);
        if (!b)
            return std::unexpected(b.error());
        for (DeleteOutcome &r : out) {
            if (!r.status)
                continue;
            if (auto sp = c.exec("SAVEPOINT one"); !sp)
                return sp;
            WriteEffects one;
            auto v = StorePrivate::deleteVersion(c, one, *b, r.key, r.versionId, d->now());
            if (v) {
                r.deleteMarker = v->isDeleteMarker;
                if (v->isDeleteMarker)
                    r.deleteMarkerVersionId = v->versionId;
                fx.unlinkAfterCommit.insert(fx.unlinkAfterCommit.end(), one.unlinkAfterCommit.begin(),
                                            one.unlinkAfterCommit.end());
            } else {
                r.status = std::unexpected(v.error());
                (void)c.exec("ROLLBACK TO one");
            }
            (void)c.exec("RELEASE one");
        }
        return {};
    });
    if (!s)
        return std::unexpected(s.error());
    return out;
}

Core::Result<VersionInfo> Store::copyObject(const QString &srcBucket, const QByteArray &srcKey,
                                            const QString &srcVersionId, const QString &dstBucket,
                                            const QByteArray &dstKey, const ObjectMeta &meta, bool replaceMeta)
{
    if (auto s = validateKey(dstKey); !s)
        return std::unexpected(s.error());
    if (auto s = checkMeta(meta); !s)
        return std::unexpected(s.error());
    ObjectInfo marker;
    auto src = openObject(srcBucket, srcKey, srcVersionId, &marker);
    if (!src) {
        if (src.error().code == Core::ErrorCode::MethodNotAllowed)
            return Core::fail(Core::ErrorCode::InvalidRequest,
                              QStringLiteral("The source of a copy request may not specifically refer to a delete "
                                             "marker by version id."));
        return std::unexpected(src.error());
    }
    {
        auto c = d->readers->acquire();
        if (!c)
            return std::unexpected(c.error());
        if (auto b = StorePrivate::bucket(**c, dstBucket); !b)
            return std::unexpected(b.error());
    }
    const ObjectInfo &si = (*src)->info();
    VersionRow row;
    std::optional<DataFile> file;
    if (const QByteArray *data = (*src)->inlineData()) {
        row.data = *data; // an inline source makes an inline copy (the stored bytes, as they are)
    } else {
        auto allocated = d->allocateDataFile();
        if (!allocated)
            return std::unexpected(allocated.error());
        file = std::move(*allocated);
    }
    // Data files are immutable, so the copy can share the source's inode. When the source was
    // unlinked meanwhile (or links are not possible) copy from the open descriptor instead.
    if (file && ::link(si.dataPath.toLocal8Bit().constData(), file->abs.toLocal8Bit().constData()) != 0) {
        auto w = d->newWriter();
        if (!w)
            return std::unexpected(w.error());
        const int out = ::open((*w)->tempPath().toLocal8Bit().constData(), O_WRONLY | O_CLOEXEC);
        if (out < 0)
            return std::unexpected(ioError(QStringLiteral("open %1").arg((*w)->tempPath())));
        struct stat st {};
        const qint64 onDisk = ::fstat((*src)->fd(), &st) == 0 ? qint64(st.st_size) : si.size;
        auto s = copyFd((*src)->fd(), out, onDisk, si.dataPath);
        if (s && d->options.sync && ::fdatasync(out) != 0)
            s = std::unexpected(ioError(QStringLiteral("fsync %1").arg((*w)->tempPath())));
        ::close(out);
        if (!s)
            return std::unexpected(s.error());
        if (::rename((*w)->tempPath().toLocal8Bit().constData(), file->abs.toLocal8Bit().constData()) != 0)
            return std::unexpected(ioError(QStringLiteral("rename %1").arg(file->abs)));
    }
    row.info.size = si.size;
    row.info.etag = si.etag;
    row.info.partsCount = si.partsCount;
    row.info.partSizes = si.partSizes;
    if (replaceMeta) {
        row.info.meta = meta;
    } else {
        row.info.meta = si.meta;
        if (!meta.storageClass.isEmpty())
            row.info.meta.storageClass = meta.storageClass;
        if (!meta.acl.isEmpty())
            row.info.meta.acl = meta.acl;
        if (!meta.ownerId.isEmpty())
            row.info.meta.ownerId = meta.ownerId;
        if (!meta.encryption.algorithm.isEmpty())
            row.info.meta.encryption = meta.encryption;
        row.info.meta.lockMode = meta.lockMode;
        row.info.meta.lockRetainUntil = meta.lockRetainUntil;
        row.info.meta.legalHold = meta.legalHold;
    }
    // A copy is a new object: restore state does not travel.
    return d->commitNewVersion(dstBucket, dstKey, file ? &*file : nullptr, std::move(row));
}

namespace {

// Runs fn on the row of (bucket, key, versionId or latest) inside a write transaction.
// Errors as headObject() (a delete marker: NoSuchKey / MethodNotAllowed).
Core::Result<QString> updateVersion(StorePrivate *d, const QString &bucket, const QByteArray &key,
                                    const QString &versionId,
                                    const std::function<Core::Status(Connection &, qint64 rowId)> &fn)
{
    if (auto s = validateKey(key); !s)
        return std::unexpected(s.error());
    if (!versionId.isEmpty() && !isWellFormedVersionId(versionId))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid version id specified"));
    QString applied;
    auto s = d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucket);
        if (!b)
            return std::unexpected(b.error());
        auto v = versionId.isEmpty() ? StorePrivate::latestVersion(c, b->id, key)
                                     : StorePrivate::versionById(c, b->id, key, versionId);
        if (!v)
            return std::unexpected(v.error());
        if (!*v)
            return versionId.isEmpty()
                       ? Core::fail(Core::ErrorCode::NoSuchKey, QStringLiteral("The specified key does not exist."))
                       : Core::fail(Core::ErrorCode::NoSuchVersion,
                                    QStringLiteral("The specified version does not exist."));
        if ((*v)->info.isDeleteMarker)
            return versionId.isEmpty()
                       ? Core::fail(Core::ErrorCode::NoSuchKey, QStringLiteral("The specified key does not exist."))
                       : Core::fail(Core::ErrorCode::MethodNotAllowed,
                                    QStringLiteral("The specified method is not allowed against this resource."));
        applied = (*v)->info.versionId;
        return fn(c, (*v)->id);
    });
    if (!s)
        return std::unexpected(s.error());
    return applied;
}

} // namespace

Core::Result<QString> Store::putObjectTags(const QString &bucket, const QByteArray &key, const QString &versionId,
                                           const QList<Tag> &tags)
{
    if (auto s = validateTags(tags); !s)
        return std::unexpected(s.error());
    return updateVersion(d.get(), bucket, key, versionId, [&](Connection &c, qint64 id) -> Core::Status {
        Stmt s(c, "UPDATE versions SET tags = ?1 WHERE id = ?2");
        if (tags.isEmpty())
            s.bindNull(1);
        else
            s.bindBlob(1, tagsToJson(tags));
        return s.bind(2, id).run();
    });
}

Core::Result<std::pair<QString, QList<Tag>>> Store::objectTags(const QString &bucket, const QByteArray &key,
                                                               const QString &versionId) const
{
    auto info = headObject(bucket, key, versionId);
    if (!info)
        return std::unexpected(info.error());
    return std::pair {info->versionId, info->meta.tags};
}

Core::Result<QString> Store::deleteObjectTags(const QString &bucket, const QByteArray &key, const QString &versionId)
{
    return putObjectTags(bucket, key, versionId, {});
}

Core::Status Store::setStorageClass(const QString &bucket, const QByteArray &key, const QString &versionId,
                                    const QString &storageClass)
{
    auto r = updateVersion(d.get(), bucket, key, versionId, [&](Connection &c, qint64 id) -> Core::Status {
        Stmt s(c, "UPDATE versions SET storage_class = ?1, restore_state = 0, restore_expiry = NULL, restore_ready = NULL "
                  "WHERE id = ?2");
        return s.bindText(1, storageClass.isEmpty() ? QStringLiteral("STANDARD") : storageClass).bind(2, id).run();
    });
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Core::Status Store::setRestoreState(const QString &bucket, const QByteArray &key, const QString &versionId,
                                    RestoreState state, const QDateTime &expiry, const QDateTime &readyAt)
{
    auto r = updateVersion(d.get(), bucket, key, versionId, [&](Connection &c, qint64 id) -> Core::Status {
        Stmt s(c, "UPDATE versions SET restore_state = ?1, restore_expiry = ?2, restore_ready = ?3 WHERE id = ?4");
        s.bind(1, qint64(state));
        if (expiry.isValid() && state != RestoreState::None)
            s.bind(2, expiry.toMSecsSinceEpoch());
        else
            s.bindNull(2);
        if (readyAt.isValid() && state == RestoreState::Ongoing)
            s.bind(3, readyAt.toMSecsSinceEpoch());
        else
            s.bindNull(3);
        return s.bind(4, id).run();
    });
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Core::Result<QString> Store::setObjectAcl(const QString &bucket, const QByteArray &key, const QString &versionId,
                                          const QString &acl)
{
    return updateVersion(d.get(), bucket, key, versionId, [&](Connection &c, qint64 id) -> Core::Status {
        Stmt s(c, "UPDATE versions SET acl = ?1 WHERE id = ?2");
        return s.bindText(1, acl).bind(2, id).run();
    });
}

} // namespace Store
