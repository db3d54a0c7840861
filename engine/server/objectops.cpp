// Object operations: PutObject, GetObject/HeadObject, DeleteObject, CopyObject, object tagging.

#include <cerrno>
#include <cstdio>
#include <ctime>

#include <QDateTime>

#include "engine/s3/uri.h"
#include "engine/s3/xml/documents.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service_p.h"
#include "engine/server/sse_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

void setHeader(HttpResponse &resp, const std::string &name, std::string value)
{
    for (auto it = resp.headers.begin(); it != resp.headers.end();) {
        if (strcasecmp(it->first.c_str(), name.c_str()) == 0)
            it = resp.headers.erase(it);
        else
            ++it;
    }
    resp.addHeader(name, std::move(value));
}

QString unquote(QString etag)
{
    etag = etag.trimmed();
    if (etag.startsWith(QLatin1StringView("W/")))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith(u'"') && etag.endsWith(u'"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool etagListMatches(const QString &list, const QString &etag)
{
    const QString mine = unquote(etag);
    for (const QString &item : list.split(u',')) {
        const QString e = unquote(item);
        if (e == QLatin1StringView("*") || e == mine)
            return true;
    }
    return false;
}

std::optional<qint64> headerDate(const RequestContext &ctx, std::string_view name)
{
    const std::string *v = ctx.header(name);
    if (!v)
        return std::nullopt;
    const auto t = S3::parseHttpDate(QString::fromStdString(*v));
    if (!t)
        return std::nullopt;
    return t->toSecsSinceEpoch();
}

enum class Precondition
{
    Pass,
    NotModified,
    Failed,
};

// RFC 7232 section 6 order, as S3 applies it. prefix is "" for GET/HEAD or
// "x-amz-copy-source-" for copies (where a "not modified" also fails with 412).
Precondition evaluatePreconditions(const RequestContext &ctx, const Store::ObjectInfo &info, const std::string &prefix,
                                   QString *failedCondition)
{
    const qint64 modified = info.lastModified.toSecsSinceEpoch();
    const std::string *ifMatch = ctx.header(prefix + "if-match");
    const std::string *ifNoneMatch = ctx.header(prefix + "if-none-match");
    if (ifMatch) {
        if (!etagListMatches(QString::fromStdString(*ifMatch), info.etag)) {
            *failedCondition = QStringLiteral("If-Match");
            return Precondition::Failed;
        }
    } else if (const auto t = headerDate(ctx, prefix + "if-unmodified-since"); t && modified > *t) {
        *failedCondition = QStringLiteral("If-Unmodified-Since");
        return Precondition::Failed;
    }
    if (ifNoneMatch) {
        if (etagListMatches(QString::fromStdString(*ifNoneMatch), info.etag)) {
            *failedCondition = QStringLiteral("If-None-Match");
            return Precondition::NotModified;
        }
    } else if (const auto t = headerDate(ctx, prefix + "if-modified-since"); t && modified <= *t) {
        *failedCondition = QStringLiteral("If-Modified-Since");
        return Precondition::NotModified;
    }
    return Precondition::Pass;
}

HttpResponse preconditionFailed(const S3Service &s, const RequestContext &ctx, const QString &condition)
{
    Q_UNUSED(condition);
    return s.error(ctx, s3Error(Core::ErrorCode::PreconditionFailed));
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive
};

enum class RangeResult
{
    None,          // no (usable) Range header: the whole object
    Satisfiable,
    Unsatisfiable, // 416
};

// "bytes=a-b", "bytes=a-", "bytes=-n". Several ranges or a malformed header: ignored, as S3 does.
RangeResult parseRange(const std::string &header, qint64 size, ByteRange &out)
{
    std::string_view v = header;
    while (!v.empty() && v.front() == ' ')
        v.remove_prefix(1);
    if (!v.starts_with("bytes="))
        return RangeResult::None;
    v.remove_prefix(6);
    if (v.find(',') != std::string_view::npos)
        return RangeResult::None;
    const auto dash = v.find('-');
    if (dash == std::string_view::npos)
        return RangeResult::None;
    auto number = [](std::string_view s, qint64 &n) {
        if (s.empty() || s.size() > 18)
            return false;
        n = 0;
        for (char c : s) {
            if (c < '0' || c > '9')
                return false;
            n = n * 10 + (c - '0');
        }
        return true;
    };
    const std::string_view a = v.substr(0, dash);
    const std::string_view b = v.substr(dash + 1);
    if (a.empty()) {
        qint64 n = 0;
        if (!number(b, n))
            return RangeResult::None;
        if (n == 0 || size == 0)
            return RangeResult::Unsatisfiable;
        out.first = std::max<qint64>(0, size - n);
        out.last = size - 1;
        return RangeResult::Satisfiable;
    }
    qint64 first = 0;
    if (!number(a, first))
        return RangeResult::None;
    qint64 last = size - 1;
    if (!b.empty()) {
        if (!number(b, last))
            return RangeResult::None;
        if (last < first)
            return RangeResult::None;
    }
    if (first >= size)
        return RangeResult::Unsatisfiable;
    out.first = first;
    out.last = std::min(last, size - 1);
    return RangeResult::Satisfiable;
}

// x-amz-copy-source: "[/]bucket/key[?versionId=v]", URL-encoded.
struct CopySource
{
    QString bucket;
    QByteArray key;
    QString versionId;
};

Core::Result<CopySource> parseCopySource(const RequestContext &ctx)
{
    QByteArray raw = ctx.headerBytes("x-amz-copy-source");
    CopySource src;
    if (const qsizetype q = raw.indexOf('?'); q >= 0) {
        for (const auto &[name, value] : S3::parseQuery(QByteArrayView(raw).sliced(q + 1))) {
            if (name == "versionId")
                src.versionId = QString::fromUtf8(value);
        }
        raw.truncate(q);
    }
    const auto decoded = S3::uriDecode(raw);
    if (!decoded)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid copy source encoding"));
    QByteArray path = *decoded;
    if (path.startsWith('/'))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf('/');
    if (slash <= 0 || slash + 1 >= path.size())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Copy Source must mention the source bucket and key: sourcebucket/sourcekey"));
    src.bucket = QString::fromUtf8(path.left(slash));
    src.key = path.mid(slash + 1);
    return src;
}

// Copies a version through memory in 1 MiB steps: decrypting with srcKey (when set) and
// encrypting with dstKey (when set). The source is the exact version srcInfo names.
Core::Result<Store::VersionInfo> streamCopy(S3Service &s, const Store::ObjectInfo &srcInfo, const QByteArray &srcKey,
                                            const QByteArray &dstKey, const QString &bucket, const QByteArray &key,
                                            const Store::ObjectMeta &meta)
{
    auto reader = s.store().openObject(srcInfo.bucket, srcInfo.key, srcInfo.versionId);
    if (!reader)
        return std::unexpected(reader.error());
    if (!srcKey.isEmpty())
        (*reader)->decryptWith(srcKey);
    auto writer = s.store().beginWrite();
    if (!writer)
        return std::unexpected(writer.error());
    if (!dstKey.isEmpty()) {
        if (auto st = (*writer)->encryptWith(dstKey); !st)
            return std::unexpected(st.error());
    }
    std::vector<char> buffer(std::size_t(1024 * 1024));
    const qint64 size = (*reader)->size();
    for (qint64 offset = 0; offset < size;) {
        auto got = (*reader)->read(offset, buffer.data(), std::min<qint64>(qint64(buffer.size()), size - offset));
        if (!got)
            return std::unexpected(got.error());
        if (*got <= 0)
            return Core::fail(Core::ErrorCode::InternalError, QStringLiteral("source shorter than recorded"));
        if (auto st = (*writer)->write(buffer.data(), *got); !st)
            return std::unexpected(st.error());
        offset += *got;
    }
    return s.store().putObject(bucket, key, std::move(*writer), meta);
}

} // namespace

QByteArray httpDate(const QDateTime &time)
{
    // By hand with gmtime_r: S3::formatHttpDate's QString::arg chain costs ~12k instructions, on
    // every GET and HEAD.
    if (!time.isValid())
        return {};
    static constexpr const char *kDays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static constexpr const char *kMonths[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const std::time_t secs = std::time_t(time.toSecsSinceEpoch());
    std::tm tm {};
    if (!::gmtime_r(&secs, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0)
        return S3::formatHttpDate(time).toLatin1();
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
        tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

QString versionIdParam(const RequestContext &ctx)
{
    return ctx.paramString("versionId");
}

QString ownerDisplayName(const S3Service &service, const QString &canonicalId)
{
    const User *u = service.users().findByCanonicalId(canonicalId);
    return u ? u->name : QString();
}

Core::Result<Store::ObjectMeta> metaFromHeaders(const S3Service &service, const RequestContext &ctx)
{
    Store::ObjectMeta meta;
    meta.contentType = ctx.headerString("content-type");
    QStringList encodings;
    for (const QString &e : ctx.headerString("content-encoding").split(u',', Qt::SkipEmptyParts)) {
        if (e.trimmed().compare(QLatin1StringView("aws-chunked"), Qt::CaseInsensitive) != 0)
            encodings.append(e.trimmed());
    }
    meta.contentEncoding = encodings.join(QLatin1StringView(","));
    meta.contentDisposition = ctx.headerString("content-disposition");
    meta.contentLanguage = ctx.headerString("content-language");
    meta.cacheControl = ctx.headerString("cache-control");
    meta.expires = ctx.headerString("expires");
    qsizetype metaBytes = 0;
    for (const auto &[name, value] : ctx.http.headers) {
        if (name.size() > 11 && name.starts_with("x-amz-meta-")) {
            const std::string shortName = name.substr(11);
            metaBytes += qsizetype(shortName.size() + value.size());
            meta.userMetadata.append({QString::fromStdString(shortName), QString::fromStdString(value)});
        }
    }
    if (metaBytes > service.options().maxMetadataBytes)
        return Core::fail(Core::ErrorCode::MetadataTooLarge,
                          QStringLiteral("Your metadata headers exceed the maximum allowed metadata size."));
    if (const std::string *sc = ctx.header("x-amz-storage-class")) {
        meta.storageClass = QString::fromStdString(*sc);
        if (!isKnownStorageClass(meta.storageClass))
            return Core::fail(Core::ErrorCode::InvalidStorageClass);
        if (meta.storageClass == QLatin1StringView("STANDARD"))
            meta.storageClass.clear();
    }
    if (const std::string *tagging = ctx.header("x-amz-tagging")) {
        QList<S3::Tag> tags;
        for (const auto &[k, v] : S3::parseQuery(QByteArray::fromStdString(*tagging)))
            tags.append({QString::fromUtf8(k), QString::fromUtf8(v)});
        if (auto st = S3::validateTags(tags, S3::TagTarget::Object); !st)
            return std::unexpected(st.error());
        for (const S3::Tag &t : tags)
            meta.tags.append({t.key, t.value});
    }
    const std::string *canned = ctx.header("x-amz-acl");
    meta.ownerId = objectOwnerFor(service, ctx.route.bucket, ctx.user ? ctx.user->canonicalId : QString(),
                                  canned ? QString::fromStdString(*canned).trimmed() : QString());
    auto acl = objectAclFromRequest(service, ctx, meta.ownerId); // x-amz-acl / x-amz-grant-*
    if (!acl)
        return std::unexpected(acl.error());
    meta.acl = *acl;
    return meta;
}

void addObjectHeaders(HttpResponse &resp, const RequestContext &ctx, const Store::ObjectInfo &info, bool wholeObject)
{
    const Store::ObjectMeta &m = info.meta;
    resp.addHeader("ETag", toStd(info.etag));
    resp.addHeader("Last-Modified", httpDate(info.lastModified).toStdString());
    resp.addHeader("Accept-Ranges", "bytes");
    resp.addHeader("Content-Type", m.contentType.isEmpty() ? std::string("binary/octet-stream") : toStd(m.contentType));
    if (!m.contentEncoding.isEmpty())
        resp.addHeader("Content-Encoding", toStd(m.contentEncoding));
    if (!m.contentDisposition.isEmpty())
        resp.addHeader("Content-Disposition", toStd(m.contentDisposition));
    if (!m.contentLanguage.isEmpty())
        resp.addHeader("Content-Language", toStd(m.contentLanguage));
    if (!m.cacheControl.isEmpty())
        resp.addHeader("Cache-Control", toStd(m.cacheControl));
    if (!m.expires.isEmpty())
        resp.addHeader("Expires", toStd(m.expires));
    for (const auto &[name, value] : m.userMetadata)
        resp.addHeader("x-amz-meta-" + toStd(name), toStd(value));
    if (!info.versionId.isEmpty() && info.versionId != Store::kNullVersionId)
        resp.addHeader("x-amz-version-id", toStd(info.versionId));
    if (!m.storageClass.isEmpty() && m.storageClass != QLatin1StringView("STANDARD"))
        resp.addHeader("x-amz-storage-class", toStd(m.storageClass));
    if (!m.tags.isEmpty())
        resp.addHeader("x-amz-tagging-count", std::to_string(m.tags.size()));
    if (wholeObject && !m.checksum.algorithm.isEmpty() && !m.checksum.value.isEmpty()) {
        const std::string *mode = ctx.header("x-amz-checksum-mode");
        if (mode && strcasecmp(mode->c_str(), "ENABLED") == 0)
            resp.addHeader("x-amz-checksum-" + toStd(m.checksum.algorithm.toLower()), toStd(m.checksum.value));
    }
}

namespace Ops {

namespace {

// PutObject's answer once the store has (or has not) committed the version.
HttpResponse putAnswer(S3Service &s, const RequestContext &ctx, const Store::ObjectMeta &meta,
                       const Core::Result<Store::VersionInfo> &v)
{
    if (!v)
        return s.error(ctx, v.error());
    HttpResponse r = emptyResponse(200);
    r.addHeader("ETag", toStd(v->etag));
    addSseHeaders(r, s, meta.encryption);
    if (v->versionId != Store::kNullVersionId)
        r.addHeader("x-amz-version-id", toStd(v->versionId));
    Store::ObjectInfo written;
    written.key = ctx.route.key;
    written.isLatest = true;
    written.size = v->size;
    written.lastModified = v->lastModified;
    written.meta = meta;
    if (const QByteArray e = expirationHeader(s, ctx.route.bucket, written); !e.isEmpty())
        r.addHeader("x-amz-expiration", e.toStdString());
    return r;
}

} // namespace

Dispatch putObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = Store::validateKey(ctx->route.key); !st)
        return answer(s.error(*ctx, st.error()));
    auto meta = metaFromHeaders(s, *ctx);
    if (!meta)
        return answer(s.error(*ctx, meta.error()));
    auto dataKey = newObjectEncryption(s, *ctx, ctx->route.bucket, *meta);
    if (!dataKey)
        return answer(sseError(s, *ctx, dataKey.error()));
    ctx->sseDataKey = *dataKey;
    auto shared = std::make_shared<Store::ObjectMeta>(std::move(*meta));
    // A body of up to Store::Options::inlineMax bytes goes into its row: its commit is queued
    // and answered when durable, without a blocking thread; larger ones (a data file to fsync)
    // are committed on the blocking pool.
    auto sink = makeBodySink(
        s, ctx, true, s.options().maxObjectSize,
        [&s, ctx, shared](VerifiedBody &body) {
            shared->checksum = body.checksum;
            auto v = s.store().putObject(ctx->route.bucket, ctx->route.key, std::move(body.writer), *shared);
            return putAnswer(s, *ctx, *shared, v);
        },
        [&s, ctx, shared](VerifiedBody &body, BodySink::Resume resume) {
            shared->checksum = body.checksum;
            s.store().putObjectAsync(ctx->route.bucket, ctx->route.key, std::move(body.writer), *shared,
                                     [&s, ctx, shared, resume = std::move(resume)](Core::Result<Store::VersionInfo> v) {
                                         resume([&s, ctx, shared, v = std::move(v)] { return putAnswer(s, *ctx, *shared, v); });
                                     });
        });
    if (!sink)
        return answer(s.error(*ctx, sink.error()));
    return Dispatch {HttpResponse {}, std::move(*sink)};
}

Dispatch getObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    Store::ObjectInfo marker;
    auto reader = s.store().openObject(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx), &marker);
    if (!reader) {
        HttpResponse r = s.error(*ctx, reader.error());
        if (marker.isDeleteMarker) {
            r.addHeader("x-amz-delete-marker", "true");
            r.addHeader("x-amz-version-id", toStd(marker.versionId));
        }
        return answer(std::move(r));
    }
    const Store::ObjectInfo &info = (*reader)->info();
    // An archived version (GLACIER, DEEP_ARCHIVE) reads only while a restored copy exists.
    if (!ctx->isHead() && !isReadable(s, info))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidObjectState,
                                            QStringLiteral("The operation is not valid for the object's storage class"))));
    {
        auto dataKey = readDataKey(s, *ctx, info.meta.encryption, false);
        if (!dataKey)
            return answer(sseError(s, *ctx, dataKey.error()));
        if (!dataKey->isEmpty())
            (*reader)->decryptWith(*dataKey);
    }
    QString condition;
    switch (evaluatePreconditions(*ctx, info, std::string(), &condition)) {
    case Precondition::Failed:
        return answer(preconditionFailed(s, *ctx, condition));
    case Precondition::NotModified: {
        HttpResponse r = emptyResponse(304);
        r.addHeader("ETag", toStd(info.etag));
        r.addHeader("Last-Modified", httpDate(info.lastModified).toStdString());
        return answer(std::move(r));
    }
    case Precondition::Pass:
        break;
    }

    const qint64 size = info.size;
    qint64 offset = 0;
    qint64 length = size;
    HttpResponse resp = emptyResponse(200);
    if (const auto part = ctx->param("partNumber")) {
        bool ok = false;
        const int n = part->toInt(&ok);
        if (!ok || n < 1 || n > Store::Store::kMaxPartNumber)
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                                QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"))));
        if (info.partsCount > 0) {
            if (n > info.partsCount || n > info.partSizes.size())
                return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidRange, QStringLiteral("The requested partnumber is not satisfiable"))));
            for (int i = 0; i < n - 1; ++i)
                offset += info.partSizes[i];
            length = info.partSizes[n - 1];
            resp.status = 206;
            resp.addHeader("x-amz-mp-parts-count", std::to_string(info.partsCount));
            resp.addHeader("Content-Range", "bytes " + std::to_string(offset) + '-' + std::to_string(offset + length - 1)
                                                + '/' + std::to_string(size));
        } else if (n > 1) {
            return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidRange, QStringLiteral("The requested partnumber is not satisfiable"))));
        }
    } else if (const std::string *range = ctx->header("range")) {
        ByteRange r;
        switch (parseRange(*range, size, r)) {
        case RangeResult::None:
            break;
        case RangeResult::Unsatisfiable: {
            HttpResponse e = s.error(*ctx, s3Error(Core::ErrorCode::InvalidRange));
            e.addHeader("Content-Range", "bytes */" + std::to_string(size));
            return answer(std::move(e));
        }
        case RangeResult::Satisfiable:
            offset = r.first;
            length = r.last - r.first + 1;
            resp.status = 206;
            resp.addHeader("Content-Range", "bytes " + std::to_string(r.first) + '-' + std::to_string(r.last) + '/'
                                                + std::to_string(size));
            break;
        }
    }
    addObjectHeaders(resp, *ctx, info, resp.status == 200);
    if (const QByteArray restore = restoreHeader(s, info); !restore.isEmpty())
        resp.addHeader("x-amz-restore", restore.toStdString());
    if (const QByteArray e = expirationHeader(s, ctx->route.bucket, info); !e.isEmpty())
        resp.addHeader("x-amz-expiration", e.toStdString());
    addSseHeaders(resp, s, info.meta.encryption);
    // response-* overrides (signed requests only; anonymous ones are denied anyway).
    static const std::pair<const char *, const char *> kOverrides[] = {
        {"response-content-type", "Content-Type"},
        {"response-content-language", "Content-Language"},
        {"response-expires", "Expires"},
        {"response-cache-control", "Cache-Control"},
        {"response-content-disposition", "Content-Disposition"},
        {"response-content-encoding", "Content-Encoding"},
    };
    for (const auto &[param, header] : kOverrides) {
        if (const auto v = ctx->param(param))
            setHeader(resp, header, v->toStdString());
    }
    if (ctx->isHead()) {
        resp.contentLength = std::uint64_t(length);
    } else if ((*reader)->isEncrypted()) {
        // Decrypt the first chunk now, so a damaged object answers an error instead of a
        // response cut short; later chunks are decrypted as the body is sent.
        if (length > 0) {
            char first = 0;
            if (auto n = (*reader)->read(offset, &first, 1); !n)
                return answer(s.error(*ctx, n.error()));
        }
        std::shared_ptr<Store::ObjectReader> owner(std::move(*reader));
        Store::ObjectReader *raw = owner.get();
        resp.file = std::make_shared<FileRange>(
            [raw](std::uint64_t at, char *data, std::size_t size) -> std::int64_t {
                auto n = raw->read(qint64(at), data, qint64(size));
                if (!n) {
                    errno = EIO;
                    return -1;
                }
                return *n;
            },
            std::uint64_t(offset), std::uint64_t(length), owner);
    } else if (const QByteArray *data = (*reader)->inlineData()) {
        // A body stored in its row: already in memory, sent with the header in one write.
        resp.body.assign(data->constData() + offset, std::size_t(length));
    } else {
        const int fd = (*reader)->fd();
        std::shared_ptr<Store::ObjectReader> owner(std::move(*reader));
        resp.file = std::make_shared<FileRange>(fd, std::uint64_t(offset), std::uint64_t(length), owner);
    }
    return answer(std::move(resp));
}

Dispatch deleteObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    const QString versionId = versionIdParam(*ctx);
    auto v = s.store().deleteObject(ctx->route.bucket, ctx->route.key, versionId);
    if (!v)
        return answer(s.error(*ctx, v.error()));
    HttpResponse r = emptyResponse(204);
    if (v->isDeleteMarker)
        r.addHeader("x-amz-delete-marker", "true");
    if (!versionId.isEmpty())
        r.addHeader("x-amz-version-id", toStd(versionId));
    else if (v->isDeleteMarker && !v->versionId.isEmpty())
        r.addHeader("x-amz-version-id", toStd(v->versionId));
    return answer(std::move(r));
}

Dispatch copyObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto st = Store::validateKey(ctx->route.key); !st)
        return answer(s.error(*ctx, st.error()));
    auto src = parseCopySource(*ctx);
    if (!src)
        return answer(s.error(*ctx, src.error()));
    // Reading the source was authorised with the request (s3:GetObject on the source object,
    // under the source bucket's policy, settings and object ACL), as AWS does for one account.
    auto srcInfo = s.store().headObject(src->bucket, src->key, src->versionId);
    if (!srcInfo)
        return answer(s.error(*ctx, srcInfo.error()));
    if (!isReadable(s, *srcInfo))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidObjectState,
                                            QStringLiteral("The source object of the COPY action is not in the active "
                                                           "tier and is only stored in Amazon S3 Glacier."))));
    QString condition;
    if (evaluatePreconditions(*ctx, *srcInfo, "x-amz-copy-source-", &condition) != Precondition::Pass)
        return answer(preconditionFailed(s, *ctx, condition));

    const QString directive = ctx->headerString("x-amz-metadata-directive").toUpper();
    if (!directive.isEmpty() && directive != QLatin1StringView("COPY") && directive != QLatin1StringView("REPLACE"))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, QStringLiteral("Unknown metadata directive."))));
    const bool replace = directive == QLatin1StringView("REPLACE");
    const QString taggingDirective = ctx->headerString("x-amz-tagging-directive").toUpper();
    const bool replaceTags = taggingDirective == QLatin1StringView("REPLACE");

    auto meta = metaFromHeaders(s, *ctx);
    if (!meta)
        return answer(s.error(*ctx, meta.error()));
    const auto classOf = [](const QString &c) { return c.isEmpty() ? QStringLiteral("STANDARD") : c; };
    const bool changesClass = ctx->header("x-amz-storage-class")
                              && classOf(meta->storageClass) != classOf(srcInfo->meta.storageClass);
    // A source versionId names a specific (maybe older) version: copying it onto its own key is
    // how a version is restored, which AWS allows.
    const bool sameObject = src->bucket == ctx->route.bucket && src->key == ctx->route.key && src->versionId.isEmpty();
    if (sameObject && !replace && !changesClass && !replaceTags && !ctx->header("x-amz-server-side-encryption")
        && !ctx->header("x-amz-server-side-encryption-customer-algorithm")
        && !ctx->header("x-amz-website-redirect-location")) {
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidRequest,
                                            QStringLiteral("This copy request is illegal because it is trying to copy an "
                                                           "object to itself without changing the object's metadata, "
                                                           "storage class, website redirect location or encryption "
                                                           "attributes."))));
    }
    if (!replace && !replaceTags)
        meta->tags.clear();
    if (replace && !replaceTags)
        meta->tags = srcInfo->meta.tags;
    // Encryption: the source's data key (SSE-C source headers checked), the destination's
    // from the request or the bucket default. Encrypted data never travels by hard link: it is
    // decrypted and encrypted again under the destination's own data key.
    auto srcKey = readDataKey(s, *ctx, srcInfo->meta.encryption, true);
    if (!srcKey)
        return answer(sseError(s, *ctx, srcKey.error()));
    Store::ObjectMeta encMeta;
    auto dstKey = newObjectEncryption(s, *ctx, ctx->route.bucket, encMeta);
    if (!dstKey)
        return answer(sseError(s, *ctx, dstKey.error()));
    Core::Result<Store::VersionInfo> v;
    if (srcKey->isEmpty() && dstKey->isEmpty()) {
        v = s.store().copyObject(src->bucket, src->key, src->versionId, ctx->route.bucket, ctx->route.key, *meta, replace);
    } else {
        Store::ObjectMeta finalMeta;
        if (replace) {
            finalMeta = *meta;
        } else {
            finalMeta = srcInfo->meta;
            if (!meta->storageClass.isEmpty())
                finalMeta.storageClass = meta->storageClass;
            if (!meta->acl.isEmpty())
                finalMeta.acl = meta->acl;
            if (!meta->ownerId.isEmpty())
                finalMeta.ownerId = meta->ownerId;
            finalMeta.lockMode = meta->lockMode;
            finalMeta.lockRetainUntil = meta->lockRetainUntil;
            finalMeta.legalHold = meta->legalHold;
            if (replaceTags)
                finalMeta.tags = meta->tags;
        }
        finalMeta.encryption = encMeta.encryption;
        v = streamCopy(s, *srcInfo, *srcKey, *dstKey, ctx->route.bucket, ctx->route.key, finalMeta);
    }
    if (!v)
        return answer(s.error(*ctx, v.error()));
    if (!replace && replaceTags && srcKey->isEmpty() && dstKey->isEmpty()) {
        if (auto t = s.store().putObjectTags(ctx->route.bucket, ctx->route.key, v->versionId, meta->tags); !t)
            return answer(s.error(*ctx, t.error()));
    }
    S3::CopyObjectResult result;
    result.etag = v->etag;
    result.lastModified = v->lastModified;
    HttpResponse r = xmlResponse(result.toXml());
    if (v->versionId != Store::kNullVersionId)
        r.addHeader("x-amz-version-id", toStd(v->versionId));
    if (srcInfo->versionId != Store::kNullVersionId)
        r.addHeader("x-amz-copy-source-version-id", toStd(srcInfo->versionId));
    addSseHeaders(r, s, encMeta.encryption);
    return answer(std::move(r));
}

Dispatch getObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto tags = s.store().objectTags(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx));
    if (!tags)
        return answer(s.error(*ctx, tags.error()));
    S3::Tagging doc;
    for (const Store::Tag &t : tags->second)
        doc.tags.append({t.key, t.value});
    HttpResponse r = xmlResponse(doc.toXml());
    if (tags->first != Store::kNullVersionId)
        r.addHeader("x-amz-version-id", toStd(tags->first));
    return answer(std::move(r));
}

Dispatch putObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::Tagging::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        if (auto st = S3::validateTags(doc->tags, S3::TagTarget::Object); !st)
            return s.error(*ctx, st.error());
        QList<Store::Tag> tags;
        for (const S3::Tag &t : doc->tags)
            tags.append({t.key, t.value});
        auto v = s.store().putObjectTags(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx), tags);
        if (!v)
            return s.error(*ctx, v.error());
        HttpResponse r = emptyResponse(200);
        if (*v != Store::kNullVersionId)
            r.addHeader("x-amz-version-id", toStd(*v));
        return r;
    });
}

Dispatch deleteObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto v = s.store().deleteObjectTags(ctx->route.bucket, ctx->route.key, versionIdParam(*ctx));
    if (!v)
        return answer(s.error(*ctx, v.error()));
    HttpResponse r = emptyResponse(204);
    if (*v != Store::kNullVersionId)
        r.addHeader("x-amz-version-id", toStd(*v));
    return answer(std::move(r));
}

} // namespace Ops

} // namespace Server
