#include "engine/transfer/listing.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Transfer {

ListAllObjectsJob::ListAllObjectsJob(Client::S3Client &client, QString bucket, QString prefix, QObject *parent)
    : ResultJob(parent)
    , m_client{client}
    , m_bucket{std::move(bucket)}
    , m_prefix{std::move(prefix)}
{
}

void ListAllObjectsJob::doStart()
{
    fetchPage({});
}

void ListAllObjectsJob::fetchPage(const QString &token)
{
    Client::ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefix;
    request.continuationToken = token;
    m_page = m_client.listObjects(request);
    connect(m_page, &Client::Job::finished, this, [this] {
        Client::ListObjectsJob *page = m_page;
        m_page = nullptr;
        page->deleteLater();
        const auto &result = page->result();
        if (!result) {
            finishWith(std::unexpected(result.error()));
            return;
        }
        m_entries += result->contents;
        if (result->isTruncated && !result->nextContinuationToken.isEmpty()) {
            fetchPage(result->nextContinuationToken);
            return;
        }
        finishWith(std::move(m_entries));
    });
    m_page->start();
}

void ListAllObjectsJob::doCancel()
{
    if (m_page) {
        m_page->disconnect(this);
        m_page->cancel();
        m_page->deleteLater();
    }
    doCancelResult();
}

LocalScanJob::LocalScanJob(QString root, QObject *parent)
    : ResultJob(parent)
    , m_root{std::move(root)}
{
}

Core::Result<QList<LocalEntry>> LocalScanJob::scan(const QString &root)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("%1 is not a folder").arg(root));
    const QDir base(rootInfo.absoluteFilePath());
    QList<LocalEntry> entries;
    QDirIterator it(base.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isFile())
            continue;
        entries.append(LocalEntry{base.relativeFilePath(info.absoluteFilePath()), info.size(),
                                  info.lastModified().toUTC()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const LocalEntry &a, const LocalEntry &b) { return a.relativePath < b.relativePath; });
    return entries;
}

void LocalScanJob::doStart()
{
    m_watcher = new QFutureWatcher<Core::Result<QList<LocalEntry>>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { finishWith(m_watcher->result()); });
    m_watcher->setFuture(QtConcurrent::run(&LocalScanJob::scan, m_root));
}

void LocalScanJob::doCancel()
{
    if (m_watcher)
        m_watcher->disconnect(this);
    doCancelResult();
}

} // namespace Transfer
