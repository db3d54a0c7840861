#pragma once

// Internals of TransferManager shared by its .cpp files: the Task that runs one transfer and
// the helpers more than one of them uses. Not part of the engine's API.

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include "engine/client/job.h"
#include "engine/client/s3types.h"
#include "engine/core/error.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/partplanner.h"
#include "engine/transfer/transfermanager.h"
#include "engine/transfer/transfertypes.h"

namespace Transfer {

constexpr qint64 kReadChunk = kMiB; // all candidate part sizes are multiples of this

struct FileBytes
{
    QByteArray data;
    QByteArray md5; // raw
};

struct DownloadOutcome
{
    bool verified = false;
    Core::Error error;
};

// Defined, with their comments, in transferupload.cpp, transferdownload.cpp and transfertask.cpp.
Client::ObjectAttributes uploadAttributes(const QString &localPath);
QString downloadTempPath(const QString &localPath);
Core::Result<QList<QByteArray>> hashPieces(const QString &path, const QList<Piece> &pieces,
                                           S3::ChecksumAlgorithm algorithm = S3::ChecksumAlgorithm::Md5);

// One transfer while the manager holds it: its info plus the work in flight. A plain QObject
// child of the manager, used as the context of its job connections.
class Task final : public QObject
{
public:
    enum class Phase
    {
        Idle,
        Preparing,
        Pieces,
        Finishing,
        Aborting,
    };

    Task(TransferManager &manager, TransferInfo info)
        : QObject(&manager)
        , m{manager}
        , info{std::move(info)}
    {
    }
    ~Task() override { stopWork(); }

    TransferManager &m;
    TransferInfo info;
    quint64 seq = 0; // position in the manager's queue order (m_tasks and m_pending)
    Phase phase = Phase::Idle;
    QList<Piece> pieces;
    QHash<int, QPointer<Client::Job>> inflight;
    QHash<int, qint64> inflightBytes;
    int cursor = 0;
    bool multipart = false;
    bool etagIsMd5 = true; // Download: see etagIsDataMd5(); from the HEAD or GET answers
    QPointer<Client::Job> control;
    QFutureWatcher<Core::Result<QList<QByteArray>>> *hash = nullptr; // Upload: pieces sent in an earlier session
    QFutureWatcher<DownloadOutcome> *finalizer = nullptr;
    // Download: set by cancel() while the finalizer runs; it stops before its rename (see
    // cancelWhileFinalizing()).
    std::shared_ptr<std::atomic<bool>> finalizeCancelled;
    QFutureWatcher<Core::Result<FileBytes>> *reader = nullptr; // small upload: file read into memory
    FileBytes smallFile;
    QMap<int, QByteArray> rangeMd5s; // Download: MD5 of each range written this session
    // Download: ranges being hashed once written; Upload: parts being hashed before they are sent.
    QHash<int, QFutureWatcher<Core::Result<QList<QByteArray>>> *> pieceHashers;
    QString finalEtag;
    Client::ObjectInfo sourceInfo;               // Copy: HEAD of the source
    QList<std::pair<QString, QString>> sourceTags; // Copy: tags carried over to a new object
    QMap<int, QByteArray> pieceMd5s;             // Upload, streamed Copy: MD5 of each piece sent this session
    QMap<int, QByteArray> pieceCrcs;             // multipart Upload: CRC32C of each part, sent with it
    // Progress bookkeeping for the ticker.
    qint64 lastReportedDone = -1;
    qint64 rateBytes = 0;
    QElapsedTimer rateClock;

    Client::S3Client &client() const { return m.m_client; }

    qint64 currentDone() const;
    static void dropJob(Client::Job *job, QObject *context);
    void stopWork();
    void fail(const Core::Error &error);
    void complete();
    int nextPiece();
    void start();
    void enterPieces();
    // Creates the multipart upload when there is none to resume yet, then enterPieces().
    void createUploadThenPieces(const Client::ObjectAttributes &attributes);
    void startPiece(int i);
    void pieceFinishedCommon(int i);
    void pieceFailed(int i, const Core::Error &error);
    void pieceDone(int i, const QString &etag);
    void finishPieces();

    // Upload (transferupload.cpp)
    void startUpload();
    void hashThenStartPiece(int i);
    void verifyUpload();
    void abortUpload(const QString &uploadId);

    // Download (transferdownload.cpp)
    bool isInMemoryDownload() const;
    void startInMemoryGet(int i);
    bool acceptRangeAnswer(int i, const Client::ObjectInfo &answer);
    void startDownload();
    void planDownload(const Client::ObjectInfo &head);
    void finishDownload();
    void startFinalizer(std::function<DownloadOutcome(std::shared_ptr<std::atomic<bool>>)> work,
                        std::function<void(const DownloadOutcome &)> done);
    void cancelWhileFinalizing();
    void finalizedAfterCancel(const DownloadOutcome &out);

    // Copy (transfercopy.cpp)
    Client::S3Client *sourceClient() const;
    bool isStreamed() const { return !info.sourceEndpoint.isEmpty(); }
    void startCopy();
    Client::ObjectAttributes copyAttributes() const;
    QByteArray sourceHeader(const char *name) const;
    Client::Job *startCopyPiece(int i);
    void verifyCopy();
};

} // namespace Transfer
