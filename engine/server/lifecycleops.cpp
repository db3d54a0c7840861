// Storage classes, archives and lifecycle: RestoreObject, Put/Get/DeleteBucketLifecycleConfiguration,
// and the x-amz-restore / x-amz-expiration headers. Times come from the sandbox clock (S3Service::now()).

#include <QXmlStreamReader>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleplanner.h"
#include "engine/s3/xml/documents.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr QLatin1StringView kStorageClasses[] = {
    QLatin1StringView("STANDARD"),
    QLatin1StringView("REDUCED_REDUNDANCY"),
    QLatin1StringView("STANDARD_IA"),
    QLatin1StringView("ONEZONE_IA"),
    QLatin1StringView("INTELLIGENT_TIERING"),
    QLatin1StringView("GLACIER_IR"),
    QLatin1StringView("GLACIER"),
    QLatin1StringView("DEEP_ARCHIVE"),
};

enum class Tier
{
    Expedited,
    Standard,
    Bulk,
};

struct RestoreRequest
{
    int days = 0;
    Tier tier = Tier::Standard;
};

// <RestoreRequest><Days>N</Days><GlacierJobParameters><Tier>T</Tier></GlacierJobParameters></RestoreRequest>
Core::Result<RestoreRequest> parseRestoreRequest(const QByteArray &body)
{
    auto malformed = [](const QString &why) {
        return Core::fail(Core::ErrorCode::MalformedXML,
                          QStringLiteral("The XML you provided was not well-formed or did not validate against our "
                                         "published schema (%1)")
                              .arg(why));
    };
    RestoreRequest r;
    bool haveDays = false;
    QXmlStreamReader xml(body);
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return malformed(QStringLiteral("DOCTYPE is not allowed"));
        if (token == QXmlStreamReader::StartElement) {
            path.append(xml.name().toString());
            if (path.size() == 1 && path.first() != u"RestoreRequest")
                return malformed(QStringLiteral("root element must be RestoreRequest"));
            if (path.size() > 4)
                return malformed(QStringLiteral("too deep"));
            const QString joined = path.join(u'/');
            if (joined == u"RestoreRequest/Days") {
                bool ok = false;
                r.days = xml.readElementText().trimmed().toInt(&ok);
                path.removeLast();
                if (!ok)
                    return malformed(QStringLiteral("Days must be an integer"));
                haveDays = true;
            } else if (joined == u"RestoreRequest/GlacierJobParameters/Tier") {
                const QString t = xml.readElementText().trimmed();
                path.removeLast();
                if (t == u"Expedited")
                    r.tier = Tier::Expedited;
                else if (t == u"Standard")
                    r.tier = Tier::Standard;
                else if (t == u"Bulk")
                    r.tier = Tier::Bulk;
                else
                    return malformed(QStringLiteral("Tier must be Expedited, Standard or Bulk"));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError())
        return malformed(xml.errorString());
    if (!haveDays)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Days is required to restore an archived object"));
    if (r.days < 1)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Days must be at least 1"));
    return r;
}

// How long a restore takes on the sandbox clock (AWS's typical retrieval times).
std::optional<qint64> restoreDelayMs(QStringView storageClass, Tier tier)
{
    constexpr qint64 kMinute = 60 * 1000;
    constexpr qint64 kHour = 60 * kMinute;
    if (storageClass == u"DEEP_ARCHIVE") {
        switch (tier) {
        case Tier::Expedited: return std::nullopt;
        case Tier::Standard: return 12 * kHour;
        case Tier::Bulk: return 48 * kHour;
        }
    }
    switch (tier) {
    case Tier::Expedited: return 5 * kMinute;
    case Tier::Standard: return 4 * kHour;
    case Tier::Bulk: return 12 * kHour;
    }
    return std::nullopt;
}

enum class Restore
{
    None,
    Ongoing,
    Available,
};

// The state of a version's restore at `now` (an ongoing restore whose time has come is available;
// an available copy past its expiry is gone).
Restore restoreAt(const Store::ObjectInfo &info, const QDateTime &now, QDateTime *expiry)
{
    *expiry = info.restoreExpiry;
    switch (info.restoreState) {
    case Store::RestoreState::None:
        return Restore::None;
    case Store::RestoreState::Ongoing:
        if (info.restoreReady.isValid() && now < info.restoreReady)
            return Restore::Ongoing;
        [[fallthrough]];
    case Store::RestoreState::Done:
        return info.restoreExpiry.isValid() && now >= info.restoreExpiry ? Restore::None : Restore::Available;
    }
    return Restore::None;
}

Lifecycle::ObjectVersion currentVersion(const QByteArray &key, qint64 size, const QList<Store::Tag> &tags,
                                        const QString &storageClass, const QDateTime &lastModified)
{
    Lifecycle::ObjectVersion o;
    o.key = QString::fromUtf8(key);
    o.versionId = QString();
    o.size = size;
    for (const Store::Tag &t : tags)
        o.tags.append({t.key, t.value});
    if (!storageClass.isEmpty())
        o.storageClass = storageClass;
    o.lastModified = lastModified;
    o.isLatest = true;
    return o;
}

} // namespace

bool isKnownStorageClass(QStringView storageClass)
{
    for (QLatin1StringView c : kStorageClasses) {
        if (storageClass == c)
            return true;
    }
    return false;
}

bool isArchiveStorageClass(QStringView storageClass)
{
    return storageClass == u"GLACIER" || storageClass == u"DEEP_ARCHIVE";
}

bool isReadable(const S3Service &service, const Store::ObjectInfo &info)
{
    if (info.isDeleteMarker || !isArchiveStorageClass(info.meta.storageClass))
        return true;
    QDateTime expiry;
    return restoreAt(info, service.now(), &expiry) == Restore::Available;
}

QByteArray restoreHeader(const S3Service &service, const Store::ObjectInfo &info)
{
    if (!isArchiveStorageClass(info.meta.storageClass))
        return {};
    QDateTime expiry;
    switch (restoreAt(info, service.now(), &expiry)) {
    case Restore::None:
        return {};
    case Restore::Ongoing:
        return QByteArrayLiteral("ongoing-request=\"true\"");
    case Restore::Available:
        return QByteArrayLiteral("ongoing-request=\"false\", expiry-date=\"") + httpDate(expiry) + '"';
    }
    return {};
}

QByteArray expirationHeader(const S3Service &service, const QString &bucket, const Store::ObjectInfo &info)
{
    if (info.isDeleteMarker || !info.isLatest)
        return {};
    auto doc = service.store().bucketConfig(bucket, Store::BucketConfigKind::Lifecycle);
    if (!doc || !doc->has_value())
        return {};
    auto config = Lifecycle::fromXml(**doc, Lifecycle::Check::StructureOnly);
    if (!config)
        return {};
    const auto object = currentVersion(info.key, info.size, info.meta.tags, info.meta.storageClass, info.lastModified);
    // The expiry date does not depend on versioning (a marker or a deletion happen the same day).
    for (const Lifecycle::Action &a : Lifecycle::timeline(*config, object, Lifecycle::Versioning::Unversioned)) {
        if (a.kind == Lifecycle::ActionKind::Expire || a.kind == Lifecycle::ActionKind::AddDeleteMarker)
            return QByteArrayLiteral("expiry-date=\"") + httpDate(a.when) + QByteArrayLiteral("\", rule-id=\"")
                   + a.ruleId.toUtf8() + '"';
    }
    return {};
}

namespace Ops {

Dispatch restoreObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        const QString versionId = versionIdParam(*ctx);
        auto info = s.store().headObject(ctx->route.bucket, ctx->route.key, versionId);
        if (!info)
            return s.error(*ctx, info.error());
        auto request = parseRestoreRequest(body.bytes);
        if (!request)
            return s.error(*ctx, request.error());
        if (!isArchiveStorageClass(info->meta.storageClass))
            return s.error(*ctx, s3Error(Core::ErrorCode::InvalidObjectState,
                                         QStringLiteral("Restore is not allowed for the object's current storage class")));
        const auto delay = restoreDelayMs(info->meta.storageClass, request->tier);
        if (!delay)
            return s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                         QStringLiteral("Expedited retrievals are not available for the DEEP_ARCHIVE "
                                                        "storage class")));
        const QDateTime now = s.now();
        QDateTime expiry;
        int status = 202;
        Store::RestoreState state = Store::RestoreState::Ongoing;
        QDateTime readyAt;
        switch (restoreAt(*info, now, &expiry)) {
        case Restore::Ongoing:
            return s.error(*ctx, s3Error(Core::ErrorCode::RestoreAlreadyInProgress));
        case Restore::Available:
            // A restored copy: the request only sets a new expiry ("extend the restoration period").
            status = 200;
            state = Store::RestoreState::Done;
            expiry = Lifecycle::dueTime(now, request->days);
            break;
        case Restore::None:
            // AWS: the expiry is the completion time plus Days, rounded up to the next midnight UTC.
            readyAt = now.addMSecs(*delay);
            expiry = Lifecycle::dueTime(readyAt, request->days);
            break;
        }
        if (auto st = s.store().setRestoreState(ctx->route.bucket, ctx->route.key, info->versionId, state, expiry,
                                                readyAt);
            !st)
            return s.error(*ctx, st.error());
        HttpResponse r = emptyResponse(status);
        if (info->versionId != Store::kNullVersionId)
            r.addHeader("x-amz-version-id", info->versionId.toStdString());
        return r;
    });
}

Dispatch getBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Lifecycle);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchLifecycleConfiguration)));
    return answer(xmlResponse(**doc));
}

Dispatch putBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, std::uint64_t(Lifecycle::kMaxDocumentBytes), [&s, ctx](VerifiedBody &body) {
        if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
            return s.error(*ctx, info.error());
        auto config = Lifecycle::fromXml(body.bytes, Lifecycle::Check::Full);
        if (!config)
            return s.error(*ctx, config.error());
        Lifecycle::assignMissingIds(*config);
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Lifecycle,
                                                Lifecycle::toXml(*config));
            !st)
            return s.error(*ctx, st.error());
        return emptyResponse(200);
    });
}

Dispatch deleteBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto info = s.store().bucketInfo(ctx->route.bucket); !info)
        return answer(s.error(*ctx, info.error()));
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Lifecycle); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

} // namespace Ops

} // namespace Server
