// Store: multipart uploads.
#include "engine/store/store.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <map>
#include <unistd.h>

#include <openssl/evp.h>

#include "engine/store/store_p.h"

namespace Store {

namespace {

struct UploadRow
{
    qint64 id = 0;
    UploadInfo info;
};

struct PartRow
{
    PartInfo info;
    QByteArray md5;
    QString file;
};

Core::Error noSuchUpload()
{
    return Core::Error::make(Core::ErrorCode::NoSuchUpload,
                             QStringLiteral("The specified upload does not exist. The upload ID may be invalid, or the "
                                            "upload may have been aborted or completed."));
}

// The upload, checked to belong to bucket/key. NoSuchBucket / NoSuchUpload.
Core::Result<UploadRow> findUpload(Connection &c, const QString &bucket, const QByteArray &key,
                                   const QString &uploadId)
{
    auto b = StorePrivate::bucket(c, bucket);
    if (!b)
        return std::unexpected(b.error());
    Stmt s(c, "SELECT id, key, initiated, meta, bucket_id FROM uploads WHERE upload_id = ?1");
    s.bindText(1, uploadId);
    auto r = s.step();
    if (!r)
        return std::unexpected(r.error());
    if (!*r || s.i64(4) != b->id || s.blob(1) != key)
        return std::unexpected(noSuchUpload());
    UploadRow u;
    u.id = s.i64(0);
    u.info.uploadId = uploadId;
    u.info.bucket = bucket;
    u.info.key = key;
    u.info.initiated = fromMs(s.i64(2));
    u.info.meta = metaFromJson(s.blob(3));
    return u;
}

Core::Result<std::map<int, PartRow>> loadParts(Connection &c, qint64 uploadRow)
{
    Stmt s(c, "SELECT part_number, size, etag, mtime, checksum_algorithm, checksum_value, md5, file FROM parts "
              "WHERE upload = ?1 ORDER BY part_number");
    s.bind(1, uploadRow);
    std::map<int, PartRow> parts;
    for (;;) {
        auto r = s.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        PartRow p;
        p.info.partNumber = int(s.i64(0));
        p.info.size = s.i64(1);
        p.info.etag = s.text(2);
        p.info.lastModified = fromMs(s.i64(3));
        p.info.checksum = {s.text(4), s.text(5)};
        p.md5 = s.blob(6);
        p.file = s.text(7);
        parts.emplace(p.info.partNumber, std::move(p));
    }
    return parts;
}

Core::Status deleteUploadRows(Connection &c, WriteEffects &fx, qint64 uploadRow)
{
    Stmt files(c, "SELECT file FROM parts WHERE upload = ?1");
    files.bind(1, uploadRow);
    for (;;) {
        auto r = files.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        fx.unlinkAfterCommit.push_back(files.text(0));
    }
    Stmt delParts(c, "DELETE FROM parts WHERE upload = ?1");
    if (auto s = delParts.bind(1, uploadRow).run(); !s)
        return s;
    Stmt del(c, "DELETE FROM uploads WHERE id = ?1");
    return del.bind(1, uploadRow).run();
}

} // namespace

Core::Result<UploadInfo> Store::createUpload(const QString &bucket, const QByteArray &key, const ObjectMeta &meta)
{
    if (auto s = validateKey(key); !s)
        return std::unexpected(s.error());
    if (auto s = validateTags(meta.tags); !s)
        return std::unexpected(s.error());
    UploadInfo info;
    info.uploadId = newId();
    info.bucket = bucket;
    info.key = key;
    info.initiated = fromMs(d->now());
    info.meta = meta;
    auto s = d->write([&](Connection &c, WriteEffects &) -> Core::Status {
        auto b = StorePrivate::bucket(c, bucket);
        if (!b)
            return std::unexpected(b.error());
        Stmt ins(c, "INSERT INTO uploads(upload_id, bucket_id, key, initiated, storage_class, owner, meta) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        ins.bindText(1, info.uploadId).bind(2, b->id).bindBlob(3, key).bind(4, info.initiated.toMSecsSinceEpoch());
        ins.bindText(5, meta.storageClass.isEmpty() ? QStringLiteral("STANDARD") : meta.storageClass);
        ins.bindText(6, meta.ownerId.isNull() ? QStringLiteral("") : meta.ownerId);
        ins.bindBlob(7, metaToJson(meta, true));
        return ins.run();
    });
    if (!s)
        return std::unexpected(s.error());
    return info;
}

Core::Result<PartInfo> Store::putPart(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                      int partNumber, std::unique_ptr<ObjectWriter> body, const Checksum &checksum)
{
    if (!body)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("no body"));
    if (partNumber < 1 || partNumber > kMaxPartNumber)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"));
    {
        auto c = d->readers->acquire();
        if (!c)
            return std::unexpected(c.error());
        if (auto u = findUpload(**c, bucket, key, uploadId); !u)
            return std::unexpected(u.error());
    }
    auto file = d->allocateDataFile();
    if (!file)
        return std::unexpected(file.error());
    PartInfo part;
    part.partNumber = partNumber;
    part.size = body->size();
    part.etag = body->etag();
    part.checksum = checksum;
    const QByteArray md5 = body->md5();
    if (auto s = body->commitTo(file->abs, d->options.sync); !s)
        return std::unexpected(s.error());
    auto s = d->write(
        [&](Connection &c, WriteEffects &fx) -> Core::Status {
            auto u = findUpload(c, bucket, key, uploadId);
            if (!u)
                return std::unexpected(u.error());
            Stmt old(c, "SELECT file FROM parts WHERE upload = ?1 AND part_number = ?2");
            auto r = old.bind(1, u->id).bind(2, partNumber).step();
            if (!r)
                return std::unexpected(r.error());
            if (*r)
                fx.unlinkAfterCommit.push_back(old.text(0));
            part.lastModified = fromMs(d->now());
            Stmt ins(c, "INSERT OR REPLACE INTO parts(upload, part_number, size, etag, md5, file, mtime, "
                        "checksum_algorithm, checksum_value) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            ins.bind(1, u->id).bind(2, partNumber).bind(3, part.size).bindText(4, part.etag).bindBlob(5, md5);
            ins.bindText(6, file->rel).bind(7, part.lastModified.toMSecsSinceEpoch());
            ins.bindText(8, checksum.algorithm).bindText(9, checksum.value);
            return ins.run();
        },
        {file->dir});
    if (!s) {
        d->unlinkData(file->rel);
        return std::unexpected(s.error());
    }
    return part;
}

Core::Result<UploadInfo> Store::uploadInfo(const QString &bucket, const QByteArray &key, const QString &uploadId) const
{
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    auto u = findUpload(**c, bucket, key, uploadId);
    if (!u)
        return std::unexpected(u.error());
    return u->info;
}

Core::Result<ListPartsResult> Store::listParts(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                               const ListPartsRequest &request) const
{
    if (request.maxParts < 0 || request.partNumberMarker < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("invalid max-parts or part-number-marker"));
    auto c = d->readers->acquire();
    if (!c)
        return std::unexpected(c.error());
    auto u = findUpload(**c, bucket, key, uploadId);
    if (!u)
        return std::unexpected(u.error());
    ListPartsResult out;
    out.upload = u->info;
    Stmt s(**c, "SELECT part_number, size, etag, mtime, checksum_algorithm, checksum_value FROM parts "
                "WHERE upload = ?1 AND part_number > ?2 ORDER BY part_number LIMIT ?3");
    s.bind(1, u->id).bind(2, request.partNumberMarker).bind(3, qint64(request.maxParts) + 1);
    for (;;) {
        auto r = s.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        if (out.parts.size() >= request.maxParts) {
            out.isTruncated = true;
            break;
        }
        PartInfo p;
        p.partNumber = int(s.i64(0));
        p.size = s.i64(1);
        p.etag = s.text(2);
        p.lastModified = fromMs(s.i64(3));
        p.checksum = {s.text(4), s.text(5)};
        out.parts.append(p);
    }
    if (out.isTruncated && !out.parts.isEmpty())
        out.nextPartNumberMarker = out.parts.back().partNumber;
    return out;
}

Core::Result<VersionInfo> Store::completeUpload(const QString &bucket, const QByteArray &key, const QString &uploadId,
                                                const QList<CompletedPart> &requested)
{
    UploadRow upload;
    std::map<int, PartRow> stored;
    {
        auto c = d->readers->acquire();
        if (!c)
            return std::unexpected(c.error());
        auto u = findUpload(**c, bucket, key, uploadId);
        if (!u)
            return std::unexpected(u.error());
        upload = *u;
        auto p = loadParts(**c, u->id);
        if (!p)
            return std::unexpected(p.error());
        stored = std::move(*p);
    }
    if (requested.isEmpty())
        return Core::fail(Core::ErrorCode::MalformedXML,
                          QStringLiteral("The XML you provided was not well-formed or did not validate against our "
                                         "published schema"));
    for (qsizetype i = 1; i < requested.size(); ++i) {
        if (requested[i].partNumber <= requested[i - 1].partNumber)
            return Core::fail(Core::ErrorCode::InvalidPartOrder,
                              QStringLiteral("The list of parts was not in ascending order. Parts must be ordered by "
                                             "part number."));
    }
    std::vector<const PartRow *> used;
    for (const CompletedPart &cp : requested) {
        auto it = stored.find(cp.partNumber);
        if (it == stored.end() || normalizeEtag(it->second.info.etag) != normalizeEtag(cp.etag))
            return Core::fail(Core::ErrorCode::InvalidPart,
                              QStringLiteral("One or more of the specified parts could not be found. The part may not "
                                             "have been uploaded, or the specified entity tag may not match the part's "
                                             "entity tag. (part %1)")
                                  .arg(cp.partNumber));
        used.push_back(&it->second);
    }
    for (size_t i = 0; i + 1 < used.size(); ++i) {
        if (used[i]->info.size < kMinPartSize)
            return Core::fail(Core::ErrorCode::EntityTooSmall,
                              QStringLiteral("Your proposed upload is smaller than the minimum allowed object size. "
                                             "(part %1)")
                                  .arg(used[i]->info.partNumber));
    }

    // Assemble: concatenate the part files into one new temporary file (in-kernel copies),
    // fsync, rename into objects/; the commit then swaps rows. The parts stay untouched until
    // the commit succeeds.
    auto writer = d->newWriter();
    if (!writer)
        return std::unexpected(writer.error());
    const QString tmp = (*writer)->tempPath();
    const int out = ::open(tmp.toLocal8Bit().constData(), O_WRONLY | O_CLOEXEC);
    if (out < 0)
        return std::unexpected(ioError(QStringLiteral("open %1").arg(tmp)));
    EVP_MD_CTX *md5 = EVP_MD_CTX_new();
    EVP_DigestInit_ex(md5, EVP_md5(), nullptr);
    qint64 total = 0;
    QList<qint64> sizes;
    Core::Status copied;
    for (const PartRow *p : used) {
        const QString path = d->absPath(p->file);
        const int in = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (in < 0) {
            // Replaced or aborted concurrently.
            copied = Core::fail(Core::ErrorCode::InvalidPart,
                                QStringLiteral("part %1 changed during completion").arg(p->info.partNumber));
            break;
        }
        loff_t inOff = 0;
        // The file, not the part's plaintext size: encrypted parts are larger on disk.
        struct stat st {};
        qint64 left = ::fstat(in, &st) == 0 ? qint64(st.st_size) : p->info.size;
        while (left > 0) {
            const ssize_t n = ::copy_file_range(in, &inOff, out, nullptr, size_t(std::min<qint64>(left, 1 << 30)), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                copied = std::unexpected(ioError(QStringLiteral("copy part %1").arg(p->info.partNumber)));
                break;
            }
            left -= n;
        }
        ::close(in);
        if (!copied)
            break;
        EVP_DigestUpdate(md5, p->md5.constData(), size_t(p->md5.size()));
        total += p->info.size;
        sizes.append(p->info.size);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLen = 0;
    EVP_DigestFinal_ex(md5, digest, &digestLen);
    EVP_MD_CTX_free(md5);
    if (copied && d->options.sync && ::fdatasync(out) != 0)
        copied = std::unexpected(ioError(QStringLiteral("fsync %1").arg(tmp)));
    ::close(out);
    if (!copied)
        return std::unexpected(copied.error());
    auto file = d->allocateDataFile();
    if (!file)
        return std::unexpected(file.error());
    if (::rename(tmp.toLocal8Bit().constData(), file->abs.toLocal8Bit().constData()) != 0)
        return std::unexpected(ioError(QStringLiteral("rename %1").arg(tmp)));
    if (d->options.failpoint == Failpoint::AfterDataRename)
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("failpoint AfterDataRename"));

    VersionRow row;
    row.file = file->rel;
    row.info.size = total;
    row.info.etag = QStringLiteral("\"%1-%2\"")
                        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestLen)).toHex()))
                        .arg(used.size());
    row.info.partsCount = int(used.size());
    row.info.partSizes = sizes;
    row.info.meta = upload.info.meta;
    VersionInfo result;
    auto s = d->write(
        [&](Connection &c, WriteEffects &fx) -> Core::Status {
            auto u = findUpload(c, bucket, key, uploadId);
            if (!u)
                return std::unexpected(u.error());
            // A part replaced while we copied would make the object differ from what was
            // checked: verify the files are still the ones we concatenated.
            auto now = loadParts(c, u->id);
            if (!now)
                return std::unexpected(now.error());
            for (const PartRow *p : used) {
                auto it = now->find(p->info.partNumber);
                if (it == now->end() || it->second.file != p->file)
                    return Core::fail(Core::ErrorCode::InvalidPart,
                                      QStringLiteral("part %1 changed during completion").arg(p->info.partNumber));
            }
            auto b = StorePrivate::bucket(c, bucket);
            if (!b)
                return std::unexpected(b.error());
            row.info.lastModified = fromMs(d->now());
            if (auto s = StorePrivate::insertVersion(c, fx, *b, key, row); !s)
                return s;
            if (auto s = deleteUploadRows(c, fx, u->id); !s)
                return s;
            result.versionId = row.info.versionId;
            result.etag = row.info.etag;
            result.size = row.info.size;
            result.lastModified = row.info.lastModified;
            return {};
        },
        {file->dir});
    if (!s) {
        d->unlinkData(file->rel);
        return std::unexpected(s.error());
    }
    return result;
}

Core::Status Store::abortUpload(const QString &bucket, const QByteArray &key, const QString &uploadId)
{
    return d->write([&](Connection &c, WriteEffects &fx) -> Core::Status {
        auto u = findUpload(c, bucket, key, uploadId);
        if (!u)
            return std::unexpected(u.error());
        return deleteUploadRows(c, fx, u->id);
    });
}

} // namespace Store
