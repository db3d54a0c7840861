#include "engine/transfer/streamcopy.h"

#include <QtConcurrent/QtConcurrentRun>

#include "engine/s3/checksum.h"
#include "engine/transfer/partplanner.h"

namespace Transfer {

StreamPieceJob::StreamPieceJob(Client::S3Client &source, Client::S3Client &destination, Spec spec, QObject *parent)
    : Client::ResultJob<StreamPieceResult>(parent)
    , m_source {&source}
    , m_destination {&destination}
    , m_spec {std::move(spec)}
{
}

void StreamPieceJob::doStart()
{
    if (!m_source || !m_destination) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("client destroyed")));
        return;
    }
    Client::GetObjectRequest get;
    get.bucket = m_spec.sourceBucket;
    get.key = m_spec.sourceKey;
    if (m_spec.length > 0) {
        get.rangeStart = m_spec.offset;
        get.rangeEnd = m_spec.offset + m_spec.length - 1;
    }
    Client::GetObjectJob *job = m_source->getObject(get);
    m_step = job;
    connect(job, &Client::Job::progress, this, [this](qint64 done, qint64) { reportProgress(done / 2, m_spec.length); });
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        m_step = nullptr;
        const auto &r = job->result();
        if (!r) {
            finishWith(std::unexpected(r.error()));
            return;
        }
        if (!m_spec.sourceEtag.isEmpty() && normalizedEtag(r->info.etag) != normalizedEtag(m_spec.sourceEtag)) {
            finishWith(Core::fail(Core::ErrorCode::PreconditionFailed, QStringLiteral("the source object changed during the copy")));
            return;
        }
        if (r->data.size() != m_spec.length) {
            finishWith(Core::fail(Core::ErrorCode::IncompleteBody,
                                  QStringLiteral("the source sent %1 of %2 bytes").arg(r->data.size()).arg(m_spec.length)));
            return;
        }
        QByteArray data = r->data;
        m_hash = new QFutureWatcher<QByteArray>(this);
        connect(m_hash, &QFutureWatcherBase::finished, this, [this, data] {
            const QByteArray md5 = m_hash->result();
            m_hash->deleteLater();
            m_hash = nullptr;
            send(data, md5);
        });
        m_hash->setFuture(QtConcurrent::run([data] { return S3::md5(data); }));
    });
    job->start();
}

void StreamPieceJob::send(QByteArray data, QByteArray md5)
{
    if (!m_destination) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("client destroyed")));
        return;
    }
    const qint64 half = m_spec.length / 2;
    Client::Job *job = nullptr;
    if (!m_spec.uploadId.isEmpty()) {
        auto *part = m_destination->uploadPart(m_spec.bucket, m_spec.key, m_spec.uploadId, m_spec.partNumber,
                                               Client::RequestBody::fromBytes(data), md5);
        connect(part, &Client::Job::finished, this, [this, part, md5] {
            part->deleteLater();
            m_step = nullptr;
            if (!part->result()) {
                finishWith(std::unexpected(part->result().error()));
                return;
            }
            finishWith(StreamPieceResult {part->result()->etag, md5});
        });
        job = part;
    } else {
        Client::PutObjectRequest put;
        put.bucket = m_spec.bucket;
        put.key = m_spec.key;
        put.body = Client::RequestBody::fromBytes(data);
        put.attributes = m_spec.attributes;
        put.contentMd5 = md5;
        auto *putJob = m_destination->putObject(put);
        connect(putJob, &Client::Job::finished, this, [this, putJob, md5] {
            putJob->deleteLater();
            m_step = nullptr;
            if (!putJob->result()) {
                finishWith(std::unexpected(putJob->result().error()));
                return;
            }
            finishWith(StreamPieceResult {putJob->result()->etag, md5});
        });
        job = putJob;
    }
    m_step = job;
    connect(job, &Client::Job::progress, this, [this, half](qint64 done, qint64) {
        reportProgress(half + done / 2, m_spec.length);
    });
    job->start();
}

void StreamPieceJob::doCancel()
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->cancel();
        m_step->deleteLater();
        m_step = nullptr;
    }
    if (m_hash) {
        m_hash->disconnect(this);
        m_hash->deleteLater();
        m_hash = nullptr;
    }
    doCancelResult();
}

} // namespace Transfer
