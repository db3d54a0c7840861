#include "engine/transfer/bulkjob.h"

#include <QSet>

#include "engine/s3/errortable.h"
#include "engine/transfer/streamcopy.h"

namespace Transfer {

namespace {

bool isArchived(const QString &storageClass)
{
    return storageClass == u"GLACIER" || storageClass == u"DEEP_ARCHIVE";
}

QString normalizedClass(const QString &storageClass)
{
    return storageClass.isEmpty() ? QStringLiteral("STANDARD") : storageClass;
}

} // namespace

QList<BulkOperation> planBulk(BulkAction action, const QList<S3::ObjectEntry> &entries, const BulkOptions &options)
{
    QList<BulkOperation> plan;
    plan.reserve(entries.size());
    QSet<QString> seen; // a key selected directly and through its folder counts once
    for (const S3::ObjectEntry &e : entries) {
        if (seen.contains(e.key))
            continue;
        seen.insert(e.key);
        BulkOperation op;
        op.key = e.key;
        switch (action) {
        case BulkAction::Delete:
            op.kind = BulkOperation::Kind::Delete;
            op.size = e.size;
            break;
        case BulkAction::ChangeStorageClass:
            // An archived object cannot be read (so not copied onto itself) until restored.
            if (normalizedClass(e.storageClass) == normalizedClass(options.storageClass) || isArchived(e.storageClass))
                continue;
            op.kind = BulkOperation::Kind::ChangeStorageClass;
            op.size = e.size;
            break;
        case BulkAction::Copy: {
            op.kind = BulkOperation::Kind::Copy;
            op.destBucket = options.destBucket;
            const QString relative = e.key.startsWith(options.sourceBase) ? e.key.mid(options.sourceBase.size()) : e.key;
            op.destKey = options.destPrefix + relative;
            op.moveSource = options.move;
            op.size = e.size;
            break;
        }
        case BulkAction::RestoreFromGlacier:
            if (!isArchived(e.storageClass))
                continue;
            op.kind = BulkOperation::Kind::Restore;
            op.size = e.size;
            break;
        }
        plan.append(op);
    }
    return plan;
}

QList<BulkOperation> planFromPointInTime(const QList<PointInTimeAction> &actions)
{
    QList<BulkOperation> plan;
    for (const PointInTimeAction &a : actions) {
        switch (a.kind) {
        case PointInTimeAction::Kind::RemoveDeleteMarkers:
            for (const QString &marker : a.markerIds) {
                BulkOperation op;
                op.kind = BulkOperation::Kind::Delete;
                op.key = a.key;
                op.versionId = marker;
                plan.append(op);
            }
            break;
        case PointInTimeAction::Kind::CopyVersion: {
            BulkOperation op;
            op.kind = BulkOperation::Kind::Copy;
            op.key = a.key;
            op.versionId = a.versionId;
            op.destKey = a.key; // destBucket empty = the job's bucket
            op.size = a.size;
            plan.append(op);
            break;
        }
        case PointInTimeAction::Kind::DeleteCurrent: {
            BulkOperation op;
            op.kind = BulkOperation::Kind::Delete;
            op.key = a.key;
            plan.append(op);
            break;
        }
        }
    }
    return plan;
}

BulkEstimate estimateBulk(const QList<BulkOperation> &operations, qint64 deleteBytes)
{
    BulkEstimate e;
    qint64 deletes = 0;
    qint64 moves = 0;
    QSet<QString> keys;
    for (const BulkOperation &op : operations) {
        keys.insert(op.key);
        if (op.kind == BulkOperation::Kind::Delete) {
            ++deletes;
            e.bytes += op.size;
        } else {
            ++e.requests;
            e.bytes += op.size;
            if (op.moveSource)
                ++moves;
        }
    }
    e.objects = keys.size();
    e.bytes += deleteBytes;
    e.requests += (deletes + kBulkDeleteBatch - 1) / kBulkDeleteBatch + (moves + kBulkDeleteBatch - 1) / kBulkDeleteBatch;
    return e;
}

// ---- CollectSelectionJob ----

CollectSelectionJob::CollectSelectionJob(Client::S3Client &client, QString bucket, QList<S3::ObjectEntry> objects,
                                         QStringList prefixes, QObject *parent)
    : ResultJob(parent)
    , m_client {&client}
    , m_bucket {std::move(bucket)}
    , m_prefixes {std::move(prefixes)}
{
    m_listing.entries = std::move(objects);
}

void CollectSelectionJob::doStart()
{
    fetch({});
}

void CollectSelectionJob::fetch(const QString &token)
{
    if (m_next >= m_prefixes.size()) {
        finishWith(std::move(m_listing));
        return;
    }
    if (!m_client) {
        finishWith(std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("client gone"))));
        return;
    }
    Client::ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefixes.at(m_next);
    request.continuationToken = token;
    auto *page = m_client->listObjects(request);
    m_page = page;
    ++m_listing.listRequests;
    connect(page, &Client::Job::finished, this, [this, page] {
        m_page = nullptr;
        page->deleteLater();
        const auto &result = page->result();
        if (!result) {
            finishWith(std::unexpected(result.error()));
            return;
        }
        m_listing.entries += result->contents;
        reportProgress(m_listing.entries.size(), 0);
        if (result->isTruncated && !result->nextContinuationToken.isEmpty()) {
            fetch(result->nextContinuationToken);
            return;
        }
        ++m_next;
        fetch({});
    });
    page->start();
}

void CollectSelectionJob::doCancel()
{
    if (m_page) {
        m_page->disconnect(this);
        m_page->cancel();
        m_page->deleteLater();
    }
    doCancelResult();
}

// ---- ListAllVersionsJob ----

ListAllVersionsJob::ListAllVersionsJob(Client::S3Client &client, QString bucket, QString prefix, QObject *parent)
    : ResultJob(parent)
    , m_client {&client}
    , m_bucket {std::move(bucket)}
    , m_prefix {std::move(prefix)}
{
}

void ListAllVersionsJob::doStart()
{
    fetch({}, {});
}

void ListAllVersionsJob::fetch(const QString &keyMarker, const QString &versionIdMarker)
{
    if (!m_client) {
        finishWith(std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("client gone"))));
        return;
    }
    Client::ListVersionsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefix;
    request.keyMarker = keyMarker;
    request.versionIdMarker = versionIdMarker;
    auto *page = m_client->listObjectVersions(request);
    m_page = page;
    ++m_pages;
    connect(page, &Client::Job::finished, this, [this, page] {
        m_page = nullptr;
        page->deleteLater();
        const auto &result = page->result();
        if (!result) {
            finishWith(std::unexpected(result.error()));
            return;
        }
        m_entries += result->entries;
        reportProgress(m_entries.size(), 0);
        if (result->isTruncated && (!result->nextKeyMarker.isEmpty() || !result->nextVersionIdMarker.isEmpty())) {
            fetch(result->nextKeyMarker, result->nextVersionIdMarker);
            return;
        }
        finishWith(std::move(m_entries));
    });
    page->start();
}

void ListAllVersionsJob::doCancel()
{
    if (m_page) {
        m_page->disconnect(this);
        m_page->cancel();
        m_page->deleteLater();
    }
    doCancelResult();
}

// ---- StreamObjectJob ----

StreamObjectJob::StreamObjectJob(Client::S3Client &source, Client::S3Client &destination, QString sourceBucket,
                                 QString sourceKey, QString bucket, QString key, qint64 size, QObject *parent)
    : Client::VoidJob(parent)
    , m_source {&source}
    , m_destination {&destination}
    , m_sourceBucket {std::move(sourceBucket)}
    , m_sourceKey {std::move(sourceKey)}
    , m_bucket {std::move(bucket)}
    , m_key {std::move(key)}
    , m_size {size}
{
}

void StreamObjectJob::doStart()
{
    if (!m_source || !m_destination) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("client destroyed")));
        return;
    }
    if (m_size <= kStreamSinglePutMax) {
        StreamPieceJob::Spec spec;
        spec.sourceBucket = m_sourceBucket;
        spec.sourceKey = m_sourceKey;
        spec.length = m_size;
        spec.bucket = m_bucket;
        spec.key = m_key;
        auto *piece = new StreamPieceJob(*m_source, *m_destination, spec);
        m_step = piece;
        connect(piece, &Client::Job::progress, this, [this](qint64 done, qint64) { reportProgress(done, m_size); });
        connect(piece, &Client::Job::finished, this, [this, piece] {
            piece->deleteLater();
            m_step = nullptr;
            if (!piece->result())
                finishWith(std::unexpected(piece->result().error()));
            else
                finishWith({});
        });
        piece->start();
        return;
    }
    auto *create = m_destination->createMultipartUpload(m_bucket, m_key);
    m_step = create;
    connect(create, &Client::Job::finished, this, [this, create] {
        create->deleteLater();
        m_step = nullptr;
        if (!create->result()) {
            finishWith(std::unexpected(create->result().error()));
            return;
        }
        m_uploadId = create->result()->uploadId;
        sendPiece(0);
    });
    create->start();
}

void StreamObjectJob::sendPiece(int index)
{
    const qint64 offset = qint64(index) * kStreamPieceSize;
    if (offset >= m_size) {
        auto *complete = m_destination->completeMultipartUpload(m_bucket, m_key, m_uploadId, m_parts);
        m_step = complete;
        connect(complete, &Client::Job::finished, this, [this, complete] {
            complete->deleteLater();
            m_step = nullptr;
            if (!complete->result()) {
                abortUpload();
                finishWith(std::unexpected(complete->result().error()));
                return;
            }
            finishWith({});
        });
        complete->start();
        return;
    }
    StreamPieceJob::Spec spec;
    spec.sourceBucket = m_sourceBucket;
    spec.sourceKey = m_sourceKey;
    spec.offset = offset;
    spec.length = std::min(kStreamPieceSize, m_size - offset);
    spec.bucket = m_bucket;
    spec.key = m_key;
    spec.uploadId = m_uploadId;
    spec.partNumber = index + 1;
    auto *piece = new StreamPieceJob(*m_source, *m_destination, spec);
    m_step = piece;
    connect(piece, &Client::Job::progress, this, [this, offset](qint64 done, qint64) { reportProgress(offset + done, m_size); });
    connect(piece, &Client::Job::finished, this, [this, piece, index] {
        piece->deleteLater();
        m_step = nullptr;
        if (!piece->result()) {
            abortUpload();
            finishWith(std::unexpected(piece->result().error()));
            return;
        }
        m_parts.append(S3::CompletedPart {index + 1, piece->result()->etag});
        sendPiece(index + 1);
    });
    piece->start();
}

void StreamObjectJob::abortUpload()
{
    if (m_uploadId.isEmpty() || !m_destination)
        return;
    // Frees the parts stored so far; nobody waits for the answer.
    auto *abort = m_destination->abortMultipartUpload(m_bucket, m_key, m_uploadId);
    connect(abort, &Client::Job::finished, abort, &QObject::deleteLater);
    abort->start();
    m_uploadId.clear();
}

void StreamObjectJob::doCancel()
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->cancel();
        m_step->deleteLater();
    }
    abortUpload();
    doCancelResult();
}

// ---- BulkJob ----

BulkJob::BulkJob(Client::S3Client &client, QString bucket, QList<BulkOperation> operations, BulkOptions options,
                 QObject *parent)
    : ResultJob(parent)
    , m_client {&client}
    , m_bucket {std::move(bucket)}
    , m_options {std::move(options)}
{
    addOperations(std::move(operations));
}

void BulkJob::addOperations(QList<BulkOperation> operations)
{
    for (BulkOperation &op : operations) {
        if (op.kind == BulkOperation::Kind::Delete) {
            m_deletes.append(S3::ObjectIdentifier {op.key, op.versionId});
            ++m_total;
        } else {
            m_total += op.moveSource ? 2 : 1; // a move's source delete is one more step
            m_singles.append(std::move(op));
        }
    }
    m_singleDone.resize(m_singles.size(), false);
    m_deleteDone.resize(m_deletes.size(), false);
}

void BulkJob::setSelection(BulkAction action, QList<S3::ObjectEntry> objects, QStringList prefixes)
{
    m_collect = true;
    m_action = action;
    m_selectedObjects = std::move(objects);
    m_selectedPrefixes = std::move(prefixes);
}

void BulkJob::setDestinationClient(Client::S3Client *destination)
{
    m_destination = destination;
}

QList<BulkOperation> BulkJob::remainingOperations() const
{
    QList<BulkOperation> remaining;
    for (qsizetype i = 0; i < m_singles.size(); ++i) {
        if (!m_singleDone.at(i))
            remaining.append(m_singles.at(i));
    }
    const auto addDelete = [&remaining](const S3::ObjectIdentifier &id) {
        BulkOperation op;
        op.kind = BulkOperation::Kind::Delete;
        op.key = id.key;
        op.versionId = id.versionId;
        remaining.append(op);
    };
    for (qsizetype i = 0; i < m_deletes.size(); ++i) {
        if (!m_deleteDone.at(i))
            addDelete(m_deletes.at(i));
    }
    for (const S3::ObjectIdentifier &id : m_moveDeletes)
        addDelete(id);
    return remaining;
}

void BulkJob::doStart()
{
    if (!m_collect) {
        reportProgress(0, m_total);
        pump();
        return;
    }
    if (!m_client) {
        finishWith(std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("client gone"))));
        return;
    }
    auto *collect = new CollectSelectionJob(*m_client, m_bucket, m_selectedObjects, m_selectedPrefixes, this);
    m_running.append(collect);
    connect(collect, &Client::Job::finished, this, [this, collect] {
        m_running.removeOne(collect);
        collect->deleteLater();
        if (!collect->result()) {
            finishWith(std::unexpected(collect->result().error()));
            return;
        }
        addOperations(planBulk(m_action, collect->result()->entries, m_options));
        reportProgress(0, m_total);
        pump();
    });
    collect->start();
}

Client::Job *BulkJob::startStreamCopy(const BulkOperation &op)
{
    // One object: a single streamed PutObject, or a multipart upload of pieces one after another.
    const QString bucket = op.destBucket.isEmpty() ? m_bucket : op.destBucket;
    auto *job = new StreamObjectJob(*m_client, *m_destination, m_bucket, op.key, bucket, op.destKey, op.size, this);
    return job;
}

void BulkJob::pump()
{
    if (isFinished())
        return;
    if (!m_client) {
        finishWith(std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("client gone"))));
        return;
    }
    while (m_running.size() < m_concurrency) {
        if (m_nextDelete < m_deletes.size()) {
            const qsizetype count = std::min<qsizetype>(kBulkDeleteBatch, m_deletes.size() - m_nextDelete);
            m_nextDelete += count;
            startDeleteBatch(m_nextDelete - count, count);
        } else if (m_nextSingle < m_singles.size()) {
            startOne(m_nextSingle++);
        } else if (m_running.isEmpty() && !m_moveDeletes.isEmpty()) {
            // Every copy has been tried: now remove the sources of the moves that copied.
            m_deletes += std::exchange(m_moveDeletes, {});
            m_deleteDone.resize(m_deletes.size(), false);
        } else {
            break;
        }
    }
    if (m_running.isEmpty() && m_nextDelete >= m_deletes.size() && m_nextSingle >= m_singles.size()
        && m_moveDeletes.isEmpty()) {
        if (!m_outcome.failures.isEmpty()) {
            const BulkOutcome::Failure &first = m_outcome.failures.first();
            Core::Error error = first.error;
            error.message = QStringLiteral("%1 of %2 objects failed; first: %3: %4")
                                .arg(m_outcome.failures.size())
                                .arg(m_total)
                                .arg(first.key, first.error.message);
            finishWith(std::unexpected(error));
        } else {
            finishWith(m_outcome);
        }
    }
}

void BulkJob::startOne(qsizetype index)
{
    const BulkOperation &op = m_singles.at(index);
    Client::Job *job = nullptr;
    switch (op.kind) {
    case BulkOperation::Kind::Copy:
    case BulkOperation::Kind::ChangeStorageClass: {
        Client::CopyObjectRequest request;
        request.sourceBucket = m_bucket;
        request.sourceKey = op.key;
        request.sourceVersionId = op.versionId;
        request.bucket = op.kind == BulkOperation::Kind::Copy && !op.destBucket.isEmpty() ? op.destBucket : m_bucket;
        request.key = op.kind == BulkOperation::Kind::Copy ? op.destKey : op.key;
        if (op.kind == BulkOperation::Kind::ChangeStorageClass)
            request.attributes.storageClass = m_options.storageClass;
        const bool streamed = op.kind == BulkOperation::Kind::Copy && m_destination && m_destination != m_client;
        Client::Job *copy = streamed ? startStreamCopy(op) : m_client->copyObject(request);
        connect(copy, &Client::Job::finished, this, [this, copy, op, index] {
            m_running.removeOne(copy);
            copy->deleteLater();
            // S3 refuses a copy onto itself that changes nothing (InvalidRequest): for a storage
            // class change that means the object is in that class already (e.g. a retry after a
            // cancel the server had finished).
            const bool failed = copy->error().code != Core::ErrorCode::None;
            const bool alreadyThere = op.kind == BulkOperation::Kind::ChangeStorageClass && failed
                                      && copy->error().code == Core::ErrorCode::InvalidRequest;
            if (failed && !alreadyThere) {
                fail(op.key, copy->error());
                if (op.moveSource)
                    stepDone(1); // its source delete will not happen
            } else {
                m_singleDone[index] = true;
                if (op.moveSource)
                    m_moveDeletes.append(S3::ObjectIdentifier {op.key, {}});
                stepDone(1);
            }
            pump();
        });
        job = copy;
        break;
    }
    case BulkOperation::Kind::Restore: {
        S3::RestoreRequest restore;
        restore.days = m_options.restoreDays;
        restore.tier = m_options.restoreTier;
        auto *r = m_client->restoreObject(m_bucket, op.key, restore, op.versionId);
        connect(r, &Client::Job::finished, this, [this, r, key = op.key, index] {
            m_running.removeOne(r);
            r->deleteLater();
            if (!r->result())
                fail(key, r->result().error());
            else
                m_singleDone[index] = true;
            stepDone(1);
            pump();
        });
        job = r;
        break;
    }
    case BulkOperation::Kind::Delete:
        Q_ASSERT(false); // deletes go in batches
        return;
    }
    m_running.append(job);
    job->start();
}

void BulkJob::startDeleteBatch(qsizetype first, qsizetype count)
{
    const QList<S3::ObjectIdentifier> batch = m_deletes.mid(first, count);
    auto *job = m_client->deleteObjects(m_bucket, batch, true);
    connect(job, &Client::Job::finished, this, [this, job, batch, first] {
        m_running.removeOne(job);
        job->deleteLater();
        const auto &result = job->result();
        if (!result) {
            for (const S3::ObjectIdentifier &id : batch)
                fail(id.key, result.error());
        } else {
            QSet<QPair<QString, QString>> failed;
            for (const S3::DeleteError &e : result->errors)
                failed.insert({e.key, e.versionId});
            for (qsizetype i = 0; i < batch.size(); ++i)
                m_deleteDone[first + i] = !failed.contains({batch.at(i).key, batch.at(i).versionId});
            for (const S3::DeleteError &e : result->errors) {
                fail(e.key, Core::Error::make(S3::errorCodeFromS3(e.code), QStringLiteral("%1: %2").arg(e.code, e.message)));
            }
        }
        stepDone(batch.size());
        pump();
    });
    m_running.append(job);
    job->start();
}

void BulkJob::stepDone(qint64 objects)
{
    m_done += objects;
    m_outcome.succeeded = m_done - m_outcome.failures.size();
    reportProgress(m_done, m_total);
}

void BulkJob::fail(const QString &key, const Core::Error &error)
{
    m_outcome.failures.append(BulkOutcome::Failure {key, error});
}

void BulkJob::doCancel()
{
    const auto running = std::exchange(m_running, {});
    for (const QPointer<Client::Job> &job : running) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    doCancelResult();
}

} // namespace Transfer
