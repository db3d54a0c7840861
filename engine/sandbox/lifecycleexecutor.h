#pragma once

#include <mutex>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/lifecycle/lifecycleconfiguration.h"
#include "engine/lifecycle/lifecycleplanner.h"

namespace Store {
class Store;
}

namespace Sandbox {

// One store operation the executor performs for a lifecycle action.
struct LifecycleOperation
{
    enum class Kind
    {
        SetStorageClass, // Store::setStorageClass(bucket, key, versionId, storageClass)
        DeleteVersion,   // Store::deleteObject(bucket, key, versionId): removes that version for good
        AddDeleteMarker, // Store::deleteObject(bucket, key, {}) while versionId is still the latest
        AbortUpload,     // Store::abortUpload(bucket, key, uploadId)
    };
    Kind kind = Kind::SetStorageClass;
    QByteArray key;
    QString versionId;
    QString uploadId;
    QString storageClass;
};

// What one run did: the actions applied (as Lifecycle::due() gave them) and those that failed.
struct LifecycleRunReport
{
    QString bucket;
    QList<Lifecycle::Action> applied;
    QList<std::pair<Lifecycle::Action, Core::Error>> failed;
};

// Applies the buckets' lifecycle rules to the store at a given time on the sandbox clock: reads each
// bucket's configuration (Store::BucketConfigKind::Lifecycle, the XML the server stored), lists its
// versions and incomplete uploads, asks Lifecycle::due() what is due, and performs exactly those
// actions (see operationFor). So its effects are, by construction, what Lifecycle::plan() predicted.
// Thread-safe: runs are serialised by an internal mutex (the background timer and a clock advance
// may ask at once). Does not own the store, which must outlive it.
class LifecycleExecutor final
{
public:
    explicit LifecycleExecutor(Store::Store &store);

    // Every bucket. Per-bucket failures end up in the reports; a listing failure is an error.
    Core::Result<QList<LifecycleRunReport>> runAll(const QDateTime &now);
    // One bucket (an empty report when it has no lifecycle configuration). NoSuchBucket.
    Core::Result<LifecycleRunReport> runBucket(const QString &bucket, const QDateTime &now);

    // The plan's input as the store holds it now: versioning, every version and delete marker
    // (noncurrentSince from the next newer version, newerNoncurrentVersions, the marker's other
    // versions), object tags when withTags, and the incomplete uploads. NoSuchBucket.
    static Core::Result<Lifecycle::PlanInput> planInput(const Store::Store &store, const QString &bucket,
                                                        bool withTags);

    // The store operation that performs an action (pure; unit-tested).
    static LifecycleOperation operationFor(const Lifecycle::Action &action);

private:
    Core::Status apply(const QString &bucket, const LifecycleOperation &op);

    Store::Store &m_store;
    std::mutex m_mutex;
};

} // namespace Sandbox
