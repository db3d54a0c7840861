#pragma once

#include <optional>

#include <QByteArray>
#include <QFutureWatcher>
#include <QPointer>
#include <QString>

#include "engine/client/job.h"
#include "engine/client/s3client.h"

namespace Transfer {

// What one piece of a streamed copy between two endpoints wrote.
struct StreamPieceResult
{
    QString etag;   // of the part (multipart) or of the new object (single PUT)
    QByteArray md5; // raw MD5 of the bytes sent
};

// Copies one piece of an object from one endpoint to another without touching the disk: a
// ranged GET on the source into memory (at most the piece's length, so memory is bounded by
// the piece size times the requests in flight), its MD5 on the thread pool, then an UploadPart
// (uploadId set) or a PutObject (uploadId empty) on the destination with Content-MD5, so the
// destination refuses bytes that differ from what was read. A GET answering another ETag than
// sourceEtag (when given) fails with PreconditionFailed: the source changed mid-copy.
// Progress is half the bytes read plus half the bytes sent. Lives in the clients' thread; the
// caller owns it; both clients must outlive it.
class StreamPieceJob final : public Client::ResultJob<StreamPieceResult>
{
    Q_OBJECT
public:
    struct Spec
    {
        QString sourceBucket;
        QString sourceKey;
        QString sourceEtag;
        qint64 offset = 0;
        qint64 length = 0; // 0 = an empty object (no Range header)
        QString bucket;
        QString key;
        QString uploadId; // empty = PutObject of the whole (small) object
        int partNumber = 1;
        Client::ObjectAttributes attributes; // PutObject only
    };

    StreamPieceJob(Client::S3Client &source, Client::S3Client &destination, Spec spec, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void send(QByteArray data, QByteArray md5);

    QPointer<Client::S3Client> m_source;
    QPointer<Client::S3Client> m_destination;
    Spec m_spec;
    QPointer<Client::Job> m_step;
    QFutureWatcher<QByteArray> *m_hash = nullptr;
};

} // namespace Transfer
