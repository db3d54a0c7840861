#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QString>

#include "engine/client/job.h"
#include "engine/client/s3client.h"

namespace Transfer {

// One regular file under a scanned folder.
struct LocalEntry
{
    QString relativePath; // '/'-separated, relative to the scanned root
    qint64 size = 0;
    QDateTime modified;   // UTC
};

// All objects under a prefix, paging through ListObjectsV2 (no delimiter). Lives in the
// client's thread; the caller owns it (deleteLater() after finished()).
class ListAllObjectsJob final : public Client::ResultJob<QList<S3::ObjectEntry>>
{
    Q_OBJECT
public:
    ListAllObjectsJob(Client::S3Client &client, QString bucket, QString prefix, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void fetchPage(const QString &token);

    Client::S3Client &m_client;
    QString m_bucket;
    QString m_prefix;
    QList<S3::ObjectEntry> m_entries;
    QPointer<Client::ListObjectsJob> m_page;
};

// Walks a local folder recursively on the thread pool (QtConcurrent); regular files only,
// symlinks followed, hidden files included. IoError when the root is not a readable folder.
// Lives in the caller's thread; the caller owns it.
class LocalScanJob final : public Client::ResultJob<QList<LocalEntry>>
{
    Q_OBJECT
public:
    explicit LocalScanJob(QString root, QObject *parent = nullptr);

    // The synchronous walk the job runs on the pool (exposed for tests and tools).
    static Core::Result<QList<LocalEntry>> scan(const QString &root);

protected:
    void doStart() override;
    void doCancel() override;

private:
    QString m_root;
    QFutureWatcher<Core::Result<QList<LocalEntry>>> *m_watcher = nullptr;
};

} // namespace Transfer
