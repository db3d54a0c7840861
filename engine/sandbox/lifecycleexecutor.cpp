#include "engine/sandbox/lifecycleexecutor.h"

#include <QLoggingCategory>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/store/store.h"

Q_LOGGING_CATEGORY(lcLifecycleExecutor, "pail.lifecycle")

namespace Sandbox {

namespace {

Lifecycle::Versioning versioningOf(Store::VersioningState state)
{
    switch (state) {
    case Store::VersioningState::Unversioned: return Lifecycle::Versioning::Unversioned;
    case Store::VersioningState::Enabled: return Lifecycle::Versioning::Enabled;
    case Store::VersioningState::Suspended: return Lifecycle::Versioning::Suspended;
    }
    return Lifecycle::Versioning::Unversioned;
}

bool anyTagFilter(const Lifecycle::LifecycleConfiguration &config)
{
    for (const Lifecycle::Rule &r : config.rules) {
        if (r.hasTagFilter())
            return true;
    }
    return false;
}

} // namespace

LifecycleExecutor::LifecycleExecutor(Store::Store &store)
    : m_store {store}
{
}

LifecycleOperation LifecycleExecutor::operationFor(const Lifecycle::Action &a)
{
    LifecycleOperation op;
    op.key = a.key.toUtf8();
    op.versionId = a.versionId.isEmpty() ? QString(Store::kNullVersionId) : a.versionId;
    switch (a.kind) {
    case Lifecycle::ActionKind::Transition:
    case Lifecycle::ActionKind::TransitionNoncurrent:
        op.kind = LifecycleOperation::Kind::SetStorageClass;
        op.storageClass = a.storageClass;
        break;
    case Lifecycle::ActionKind::Expire: // unversioned: the (null) version goes for good
    case Lifecycle::ActionKind::ExpireNoncurrent:
    case Lifecycle::ActionKind::RemoveDeleteMarker:
        op.kind = LifecycleOperation::Kind::DeleteVersion;
        break;
    case Lifecycle::ActionKind::AddDeleteMarker:
        op.kind = LifecycleOperation::Kind::AddDeleteMarker;
        break;
    case Lifecycle::ActionKind::AbortUpload:
        op.kind = LifecycleOperation::Kind::AbortUpload;
        op.uploadId = a.uploadId;
        op.versionId.clear();
        break;
    }
    return op;
}

Core::Result<Lifecycle::PlanInput> LifecycleExecutor::planInput(const Store::Store &store, const QString &bucket,
                                                                bool withTags)
{
    auto info = store.bucketInfo(bucket);
    if (!info)
        return std::unexpected(info.error());
    Lifecycle::PlanInput input;
    input.versioning = versioningOf(info->versioning);

    QList<Store::ObjectEntry> entries;
    Store::ListVersionsRequest req;
    for (;;) {
        auto page = store.listObjectVersions(bucket, req);
        if (!page)
            return std::unexpected(page.error());
        entries += page->versions;
        if (!page->isTruncated)
            break;
        req.keyMarker = page->nextKeyMarker;
        req.versionIdMarker = page->nextVersionIdMarker;
    }
    // Entries come key by key, newest first.
    for (qsizetype i = 0; i < entries.size();) {
        qsizetype end = i;
        while (end < entries.size() && entries.at(end).key == entries.at(i).key)
            ++end;
        int newerNoncurrent = 0;
        for (qsizetype j = i; j < end; ++j) {
            const Store::ObjectEntry &e = entries.at(j);
            Lifecycle::ObjectVersion o;
            o.key = QString::fromUtf8(e.key);
            o.versionId = e.versionId;
            o.size = e.size;
            o.storageClass = e.storageClass.isEmpty() ? QStringLiteral("STANDARD") : e.storageClass;
            o.lastModified = e.lastModified;
            o.isLatest = e.isLatest;
            o.isDeleteMarker = e.isDeleteMarker;
            if (!e.isLatest) {
                o.noncurrentSince = entries.at(j - 1).lastModified;
                o.newerNoncurrentVersions = newerNoncurrent;
                if (!e.isDeleteMarker)
                    ++newerNoncurrent;
            }
            if (e.isLatest && e.isDeleteMarker)
                o.otherVersionCount = int(end - i - 1);
            if (withTags && !e.isDeleteMarker) {
                auto tags = store.objectTags(bucket, e.key, e.versionId);
                if (tags) {
                    for (const Store::Tag &t : tags->second)
                        o.tags.append({t.key, t.value});
                }
            }
            input.objects.append(o);
        }
        i = end;
    }

    Store::ListUploadsRequest ureq;
    for (;;) {
        auto page = store.listUploads(bucket, ureq);
        if (!page)
            return std::unexpected(page.error());
        for (const Store::UploadInfo &u : page->uploads)
            input.uploads.append(Lifecycle::IncompleteUpload {QString::fromUtf8(u.key), u.uploadId, u.initiated});
        if (!page->isTruncated)
            break;
        ureq.keyMarker = page->nextKeyMarker;
        ureq.uploadIdMarker = page->nextUploadIdMarker;
    }
    return input;
}

Core::Status LifecycleExecutor::apply(const QString &bucket, const LifecycleOperation &op)
{
    switch (op.kind) {
    case LifecycleOperation::Kind::SetStorageClass:
        return m_store.setStorageClass(bucket, op.key, op.versionId, op.storageClass);
    case LifecycleOperation::Kind::DeleteVersion:
        if (auto r = m_store.deleteObject(bucket, op.key, op.versionId); !r)
            return std::unexpected(r.error());
        return {};
    case LifecycleOperation::Kind::AddDeleteMarker: {
        // Only while the planned version is still current (a client may have written since).
        auto latest = m_store.headObject(bucket, op.key);
        if (!latest)
            return std::unexpected(latest.error());
        if (latest->versionId != op.versionId)
            return Core::fail(Core::ErrorCode::InvalidObjectState,
                              QStringLiteral("version %1 is no longer current").arg(op.versionId));
        if (auto r = m_store.deleteObject(bucket, op.key); !r)
            return std::unexpected(r.error());
        return {};
    }
    case LifecycleOperation::Kind::AbortUpload:
        return m_store.abortUpload(bucket, op.key, op.uploadId);
    }
    return {};
}

Core::Result<LifecycleRunReport> LifecycleExecutor::runBucket(const QString &bucket, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    LifecycleRunReport report;
    report.bucket = bucket;
    auto doc = m_store.bucketConfig(bucket, Store::BucketConfigKind::Lifecycle);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->has_value())
        return report;
    auto config = Lifecycle::fromXml(**doc, Lifecycle::Check::StructureOnly);
    if (!config)
        return std::unexpected(config.error());
    auto input = planInput(m_store, bucket, anyTagFilter(*config));
    if (!input)
        return std::unexpected(input.error());
    for (const Lifecycle::Action &a : Lifecycle::due(*config, *input, now)) {
        if (auto st = apply(bucket, operationFor(a)); !st) {
            qCWarning(lcLifecycleExecutor) << "lifecycle" << bucket << Lifecycle::actionKindName(a.kind) << a.key
                                   << a.versionId << "failed:" << st.error().message;
            report.failed.append(std::pair {a, st.error()});
        } else {
            report.applied.append(a);
        }
    }
    return report;
}

Core::Result<QList<LifecycleRunReport>> LifecycleExecutor::runAll(const QDateTime &now)
{
    auto buckets = m_store.listBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    QList<LifecycleRunReport> out;
    for (const Store::BucketInfo &b : *buckets) {
        auto r = runBucket(b.name, now);
        if (r && (!r->applied.isEmpty() || !r->failed.isEmpty()))
            out.append(*r);
        else if (!r)
            qCWarning(lcLifecycleExecutor) << "lifecycle" << b.name << "skipped:" << r.error().message;
    }
    return out;
}

} // namespace Sandbox
