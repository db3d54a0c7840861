#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

#include "engine/client/s3client.h"

namespace Gui {

// The transfer queue shown in the Transfers dock: uploads and downloads with progress, rate,
// ETA and state. Until engine/transfer exists it drives S3Client jobs itself: PutObject for
// small files, multipart (CreateMultipartUpload / UploadPart / Complete, parts resumed after a
// pause) above multipartThreshold(), GetObject into a file for downloads. At most
// maxConcurrent() transfers run at once. Job progress is stored and published as one
// dataChanged range per tick (~5 a second). Folder scans for uploads run on a pool thread.
// Lives in the GUI thread; owned by the main window. The S3Clients are not owned.
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        DirectionColumn,
        SizeColumn,
        ProgressColumn,
        RateColumn,
        EtaColumn,
        StateColumn,
        ColumnCount,
    };
    enum Role
    {
        ProgressRole = Qt::UserRole + 1, // 0..1000 (per mille), -1 unknown
        StateRole,                       // int(State)
    };
    enum class Direction
    {
        Upload,
        Download,
        Operation, // a bulk job (delete, copy, storage class, restore...) counted in objects
    };
    enum class State
    {
        Queued,
        Running,
        Paused,
        Done,
        Failed,
        Cancelled,
    };

    explicit TransferModel(QObject *parent = nullptr);
    ~TransferModel() override;

    // One file. size < 0: measured when it starts. Returns the row.
    int addUpload(Client::S3Client *client, const QString &localPath, const QString &bucket, const QString &key,
                  qint64 size = -1);
    // Files and folders (recursively, relative paths kept as key prefixes below `prefix`).
    // The walk runs on a pool thread; rows appear when it is done.
    void addUploads(Client::S3Client *client, const QStringList &localPaths, const QString &bucket, const QString &prefix);
    int addDownload(Client::S3Client *client, const QString &bucket, const QString &key, qint64 size,
                    const QString &localPath);

    // A job that is not a single transfer (engine/transfer/bulkjob.h): `factory` makes a fresh,
    // unstarted job (again on Retry); the model owns and starts it at once (no queue slot), shows
    // its progress in objects and cancels it on Cancel. Pause does not apply. `summary` is the
    // size column's text (e.g. "120 objects, 3 MB"). Returns the row.
    int addOperation(const QString &title, const QString &summary, std::function<Client::Job *()> factory);

    void pause(int row);
    void resume(int row);
    void cancel(int row);
    void retry(int row);
    void clearFinished();

    State state(int row) const;
    QString errorText(int row) const;
    int activeCount() const;
    void setMaxConcurrent(int n) { m_maxConcurrent = n; }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMultipartThreshold(qint64 bytes) { m_multipartThreshold = bytes; }
    qint64 multipartThreshold() const { return m_multipartThreshold; }
    void setPartSize(qint64 bytes) { m_partSize = bytes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An upload or download ended successfully.
    void uploadFinished(Client::S3Client *client, const QString &bucket, const S3::ObjectEntry &entry);
    void downloadFinished(const QString &localPath);
    void transferFailed(int row, const Core::Error &error);
    // An operation (addOperation) ended: error code None on success, Cancelled after Cancel.
    void operationFinished(const QString &title, const Core::Error &error);

private:
    struct Item
    {
        quint64 id = 0;
        QPointer<Client::S3Client> client;
        Direction direction = Direction::Upload;
        QString localPath;
        QString bucket;
        QString key;
        qint64 size = -1;
        qint64 done = 0;      // bytes of finished parts + the running request's progress
        qint64 doneParts = 0; // bytes of finished multipart parts
        State state = State::Queued;
        Core::Error error;
        // multipart
        QString uploadId;
        QList<S3::CompletedPart> parts;
        // rate
        QElapsedTimer clock;
        qint64 rateBase = 0;
        double rate = 0;
        Client::Job *job = nullptr;
        // Direction::Operation
        QString summary;
        std::function<Client::Job *()> factory;
    };

    int rowOfId(quint64 id) const;
    int append(Item item);
    void schedule();
    void startItem(int row);
    void startSimpleUpload(Item &item);
    void startMultipart(Item &item);
    void uploadNextPart(quint64 id);
    void completeMultipart(quint64 id);
    void startDownload(Item &item);
    void startOperation(Item &item);
    void stopJob(Item &item);
    void finishItem(quint64 id, const Core::Error &error);
    void markDirty(int row);
    void publish();
    template <typename J, typename F>
    void runJob(Item &item, J *job, F onDone);

    QList<Item> m_items;
    quint64 m_nextId = 1;
    int m_maxConcurrent = 3;
    qint64 m_multipartThreshold = 64LL * 1024 * 1024;
    qint64 m_partSize = 16LL * 1024 * 1024;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_tick;
};

} // namespace Gui
