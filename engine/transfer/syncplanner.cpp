#include "engine/transfer/syncplanner.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QtConcurrent>

#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/transfer/localpath.h"
#include "engine/transfer/partplanner.h"
#include "engine/transfer/transfermanager.h"

namespace Transfer {

QString syncActionName(SyncAction action)
{
    switch (action) {
    case SyncAction::Upload: return QStringLiteral("upload");
    case SyncAction::Download: return QStringLiteral("download");
    case SyncAction::Copy: return QStringLiteral("copy");
    case SyncAction::DeleteRemote:
    case SyncAction::DeleteLocal: return QStringLiteral("delete");
    }
    return {};
}

bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    // Matches a class at pattern[p] ('[') against c; sets next to the index after ']'. An
    // unterminated '[' is a literal.
    const auto matchClass = [&](qsizetype at, QChar c, qsizetype &next) -> std::optional<bool> {
        qsizetype i = at + 1;
        bool negate = false;
        if (i < pattern.size() && (pattern[i] == u'!' || pattern[i] == u'^')) {
            negate = true;
            ++i;
        }
        bool hit = false;
        bool first = true;
        for (; i < pattern.size() && (first || pattern[i] != u']'); ++i, first = false) {
            if (i + 2 < pattern.size() && pattern[i + 1] == u'-' && pattern[i + 2] != u']') {
                hit = hit || (c >= pattern[i] && c <= pattern[i + 2]);
                i += 2;
            } else {
                hit = hit || c == pattern[i];
            }
        }
        if (i >= pattern.size())
            return std::nullopt;
        next = i + 1;
        return hit != negate;
    };
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == u'*') {
                starP = p++;
                starT = t;
                continue;
            }
            if (pc == u'?') {
                ++p;
                ++t;
                continue;
            }
            if (pc == u'[') {
                qsizetype next = 0;
                if (const auto m = matchClass(p, text[t], next)) {
                    if (*m) {
                        p = next;
                        ++t;
                        continue;
                    }
                } else if (text[t] == pc) {
                    ++p;
                    ++t;
                    continue;
                }
            } else if (pc == text[t]) {
                ++p;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool passesFilters(const QString &relativePath, const QList<SyncFilter> &filters)
{
    bool included = true;
    for (const SyncFilter &f : filters) {
        if (globMatches(f.pattern, relativePath))
            included = f.include;
    }
    return included;
}

namespace {

QString folderPrefix(QString prefix)
{
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    return prefix;
}

// The objects under the prefix that take part, by path relative to it; folder markers left out.
QMap<QString, const S3::ObjectEntry *> byRelativePath(const QList<S3::ObjectEntry> &objects, const QString &prefix,
                                                      const QList<SyncFilter> &filters)
{
    QMap<QString, const S3::ObjectEntry *> out;
    for (const S3::ObjectEntry &e : objects) {
        if (!e.key.startsWith(prefix) || e.key.endsWith(u'/'))
            continue;
        const QString rel = e.key.mid(prefix.size());
        if (passesFilters(rel, filters))
            out.insert(rel, &e);
    }
    return out;
}

void sortByPath(QList<SyncItem> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const SyncItem &a, const SyncItem &b) { return a.relativePath < b.relativePath; });
}

} // namespace

SyncPlan computeRemoteSyncPlan(const QString &sourceBucket, const QString &sourcePrefix,
                               const QList<S3::ObjectEntry> &source, const QString &bucket, const QString &prefix,
                               const QList<S3::ObjectEntry> &destination, const SyncOptions &options)
{
    SyncPlan plan;
    plan.direction = SyncDirection::RemoteToRemote;
    plan.bucket = bucket;
    plan.prefix = folderPrefix(prefix);
    plan.sourceBucket = sourceBucket;
    plan.sourcePrefix = folderPrefix(sourcePrefix);
    const auto from = byRelativePath(source, plan.sourcePrefix, options.filters);
    const auto to = byRelativePath(destination, plan.prefix, options.filters);
    const auto item = [&](SyncAction action, const QString &rel, qint64 size, const QString &reason) {
        const QString sourceKey = action == SyncAction::Copy ? plan.sourcePrefix + rel : QString();
        plan.items.append(SyncItem{action, rel, QString(), plan.prefix + rel, sourceKey, size, reason});
    };
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        const S3::ObjectEntry &s = *it.value();
        const S3::ObjectEntry *d = to.value(it.key());
        if (!d) {
            item(SyncAction::Copy, it.key(), s.size, QStringLiteral("new"));
        } else if (d->size != s.size) {
            item(SyncAction::Copy, it.key(), s.size, QStringLiteral("size"));
        } else if (options.compareChecksums && normalizedEtag(s.etag) == normalizedEtag(d->etag)) {
            // the same bytes (an MD5-based ETag of the same layout)
        } else if (options.compareChecksums && isSinglePartEtag(s.etag) && isSinglePartEtag(d->etag)) {
            item(SyncAction::Copy, it.key(), s.size, QStringLiteral("checksum"));
        } else if (s.lastModified.toSecsSinceEpoch() > d->lastModified.toSecsSinceEpoch()) {
            item(SyncAction::Copy, it.key(), s.size, QStringLiteral("newer"));
        }
    }
    if (options.deleteExtra) {
        for (auto it = to.cbegin(); it != to.cend(); ++it) {
            if (!from.contains(it.key()))
                item(SyncAction::DeleteRemote, it.key(), 0, QStringLiteral("extra"));
        }
    }
    sortByPath(plan.items);
    return plan;
}

SyncPlan computeSyncPlan(SyncDirection direction, const QString &localRoot, const QList<LocalEntry> &local,
                         const QString &bucket, const QString &prefix, const QList<S3::ObjectEntry> &remote,
                         const SyncOptions &options, const QHash<QString, bool> &sameContent)
{
    SyncPlan plan;
    plan.direction = direction;
    plan.localRoot = QFileInfo(localRoot).absoluteFilePath();
    plan.bucket = bucket;
    plan.prefix = folderPrefix(prefix);

    QMap<QString, const LocalEntry *> localByPath;
    for (const LocalEntry &e : local) {
        if (passesFilters(e.relativePath, options.filters))
            localByPath.insert(e.relativePath, &e);
    }
    auto remoteByPath = byRelativePath(remote, plan.prefix, options.filters);
    if (direction == SyncDirection::RemoteToLocal) {
        for (auto it = remoteByPath.begin(); it != remoteByPath.end();) {
            if (localPathForKey(plan.localRoot, it.key()) == plan.localRoot + u'/' + it.key()) {
                ++it;
                continue;
            }
            plan.unsafeKeys.append(it.value()->key);
            it = remoteByPath.erase(it);
        }
    }
    const auto item = [&](SyncAction action, const QString &rel, qint64 size, const QString &reason) {
        plan.items.append(SyncItem{action, rel, plan.localRoot + u'/' + rel, plan.prefix + rel, QString(), size, reason});
    };
    const auto seconds = [](const QDateTime &t) { return t.toSecsSinceEpoch(); };
    // Same size: the content comparison when there is one, else the times.
    const auto compared = [&](const QString &rel) -> std::optional<bool> {
        if (!options.compareChecksums)
            return std::nullopt;
        const auto it = sameContent.constFind(rel);
        return it == sameContent.cend() ? std::nullopt : std::optional<bool>(*it);
    };

    if (direction == SyncDirection::LocalToRemote) {
        for (auto it = localByPath.cbegin(); it != localByPath.cend(); ++it) {
            const LocalEntry &l = *it.value();
            const S3::ObjectEntry *r = remoteByPath.value(it.key());
            if (!r) {
                item(SyncAction::Upload, it.key(), l.size, QStringLiteral("new"));
            } else if (r->size != l.size) {
                item(SyncAction::Upload, it.key(), l.size, QStringLiteral("size"));
            } else if (const auto same = compared(it.key())) {
                if (!*same)
                    item(SyncAction::Upload, it.key(), l.size, QStringLiteral("checksum"));
            } else if (seconds(l.modified) > seconds(r->lastModified)) {
                item(SyncAction::Upload, it.key(), l.size, QStringLiteral("newer"));
            }
        }
        if (options.deleteExtra) {
            for (auto it = remoteByPath.cbegin(); it != remoteByPath.cend(); ++it) {
                if (!localByPath.contains(it.key()))
                    item(SyncAction::DeleteRemote, it.key(), 0, QStringLiteral("extra"));
            }
        }
    } else {
        for (auto it = remoteByPath.cbegin(); it != remoteByPath.cend(); ++it) {
            const S3::ObjectEntry &r = *it.value();
            const LocalEntry *l = localByPath.value(it.key());
            if (!l) {
                item(SyncAction::Download, it.key(), r.size, QStringLiteral("new"));
            } else if (r.size != l->size) {
                item(SyncAction::Download, it.key(), r.size, QStringLiteral("size"));
            } else if (const auto same = compared(it.key())) {
                if (!*same)
                    item(SyncAction::Download, it.key(), r.size, QStringLiteral("checksum"));
            } else if (seconds(r.lastModified) > seconds(l->modified)) {
                item(SyncAction::Download, it.key(), r.size, QStringLiteral("newer"));
            }
        }
        if (options.deleteExtra) {
            for (auto it = localByPath.cbegin(); it != localByPath.cend(); ++it) {
                if (!remoteByPath.contains(it.key()))
                    item(SyncAction::DeleteLocal, it.key(), 0, QStringLiteral("extra"));
            }
        }
    }
    sortByPath(plan.items);
    return plan;
}

std::optional<bool> fileMatchesEtag(const QString &path, qint64 size, const QString &etag, qint64 partSizeHint)
{
    constexpr qint64 kMiB = 1024 * 1024;
    const QString expected = normalizedEtag(etag);
    const int parts = etagPartCount(etag);
    QList<qint64> partSizes; // 0: the whole file as one MD5
    if (isSinglePartEtag(etag)) {
        partSizes.append(0);
    } else if (parts > 0) {
        const qint64 even = ((size + parts - 1) / parts + kMiB - 1) / kMiB * kMiB;
        for (qint64 c : {8 * kMiB, 5 * kMiB, 16 * kMiB, partSizeHint, even}) {
            if (c > 0 && (size + c - 1) / c == parts && !partSizes.contains(c))
                partSizes.append(c);
        }
    }
    if (partSizes.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::vector<S3::Hasher> hashers;
    QList<QList<QByteArray>> digests(partSizes.size());
    for (qsizetype i = 0; i < partSizes.size(); ++i)
        hashers.emplace_back(S3::ChecksumAlgorithm::Md5);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 pos = 0;
    while (pos < size) {
        // Reads end on part boundaries of every candidate (all are whole MiB).
        const qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), size - pos));
        if (n <= 0)
            return std::nullopt;
        pos += n;
        for (qsizetype i = 0; i < partSizes.size(); ++i) {
            hashers[size_t(i)].update(buffer.constData(), n);
            if (partSizes[i] > 0 && (pos % partSizes[i] == 0 || pos == size))
                digests[i].append(hashers[size_t(i)].finish());
        }
    }
    for (qsizetype i = 0; i < partSizes.size(); ++i) {
        const QString actual = partSizes[i] == 0 ? QString::fromLatin1(hashers[size_t(i)].finish().toHex())
                                                 : multipartEtag(digests[i]);
        if (actual == expected)
            return true;
    }
    // A plain MD5 that differs is a difference; a multipart one may have had another part size.
    return partSizes.first() == 0 ? std::optional<bool>(false) : std::nullopt;
}

// --- SyncPlanJob ---------------------------------------------------------------------------

SyncPlanJob::SyncPlanJob(Client::S3Client &client, SyncDirection direction, QString localRoot, QString bucket,
                         QString prefix, SyncOptions options, QObject *parent)
    : ResultJob(parent)
    , m_client{client}
    , m_direction{direction}
    , m_localRoot{std::move(localRoot)}
    , m_bucket{std::move(bucket)}
    , m_prefix{std::move(prefix)}
    , m_options{options}
{
    m_prefix = folderPrefix(m_prefix);
}

SyncPlanJob::SyncPlanJob(Client::S3Client &sourceClient, QString sourceEndpoint, QString sourceBucket,
                         QString sourcePrefix, Client::S3Client &client, QString bucket, QString prefix,
                         SyncOptions options, QObject *parent)
    : ResultJob(parent)
    , m_client{client}
    , m_direction{SyncDirection::RemoteToRemote}
    , m_bucket{std::move(bucket)}
    , m_prefix{folderPrefix(std::move(prefix))}
    , m_options{std::move(options)}
    , m_sourceClient{&sourceClient}
    , m_sourceEndpoint{std::move(sourceEndpoint)}
    , m_sourceBucket{std::move(sourceBucket)}
    , m_sourcePrefix{folderPrefix(std::move(sourcePrefix))}
{
}

void SyncPlanJob::doStart()
{
    if (m_direction == SyncDirection::RemoteToRemote) {
        m_sourceList = new ListAllObjectsJob(*m_sourceClient, m_sourceBucket, m_sourcePrefix, this);
        connect(m_sourceList, &Client::Job::finished, this, [this] {
            m_source = m_sourceList->result();
            m_sourceList->deleteLater();
            maybeFinish();
        });
        m_sourceList->start();
    } else if (m_direction == SyncDirection::RemoteToLocal && !QFileInfo::exists(m_localRoot)) {
        m_local = QList<LocalEntry>{}; // the folder is created by the downloads
    } else {
        m_scan = new LocalScanJob(m_localRoot, this);
        connect(m_scan, &Client::Job::finished, this, [this] {
            m_local = m_scan->result();
            m_scan->deleteLater();
            maybeFinish();
        });
        m_scan->start();
    }
    m_list = new ListAllObjectsJob(m_client, m_bucket, m_prefix, this);
    connect(m_list, &Client::Job::finished, this, [this] {
        m_remote = m_list->result();
        m_list->deleteLater();
        maybeFinish();
    });
    m_list->start();
}

void SyncPlanJob::maybeFinish()
{
    if (m_direction == SyncDirection::RemoteToRemote) {
        if (!m_source || !m_remote)
            return;
        if (!*m_source) {
            finishWith(std::unexpected(m_source->error()));
            return;
        }
        if (!*m_remote) {
            finishWith(std::unexpected(m_remote->error()));
            return;
        }
        SyncPlan plan = computeRemoteSyncPlan(m_sourceBucket, m_sourcePrefix, **m_source, m_bucket, m_prefix,
                                              **m_remote, m_options);
        plan.sourceEndpoint = m_sourceEndpoint;
        finishWith(std::move(plan));
        return;
    }
    if (!m_local || !m_remote)
        return;
    if (!*m_local) {
        finishWith(std::unexpected(m_local->error()));
        return;
    }
    if (!*m_remote) {
        finishWith(std::unexpected(m_remote->error()));
        return;
    }
    if (m_options.compareChecksums && !m_sameContent) {
        if (m_compare)
            return; // hashing
        // The files whose object has the same size, hashed on the pool.
        QList<std::pair<QString, S3::ObjectEntry>> pairs;
        QHash<QString, qint64> localSizes;
        for (const LocalEntry &e : **m_local)
            localSizes.insert(e.relativePath, e.size);
        for (const S3::ObjectEntry &r : **m_remote) {
            const QString rel = r.key.mid(m_prefix.size());
            if (r.key.startsWith(m_prefix) && localSizes.value(rel, -1) == r.size)
                pairs.append({rel, r});
        }
        m_compare = new QFutureWatcher<QHash<QString, bool>>(this);
        connect(m_compare, &QFutureWatcherBase::finished, this, [this] {
            m_sameContent = m_compare->result();
            m_compare->deleteLater();
            maybeFinish();
        });
        m_compare->setFuture(QtConcurrent::run([root = m_localRoot, pairs] {
            QHash<QString, bool> same;
            for (const auto &[rel, object] : pairs) {
                if (const auto match = fileMatchesEtag(root + u'/' + rel, object.size, object.etag))
                    same.insert(rel, *match);
            }
            return same;
        }));
        return;
    }
    finishWith(computeSyncPlan(m_direction, m_localRoot, **m_local, m_bucket, m_prefix, **m_remote, m_options,
                               m_sameContent.value_or(QHash<QString, bool> {})));
}

void SyncPlanJob::doCancel()
{
    for (Client::Job *job : {static_cast<Client::Job *>(m_scan.data()), static_cast<Client::Job *>(m_list.data()),
                             static_cast<Client::Job *>(m_sourceList.data())}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    if (m_compare)
        m_compare->disconnect(this); // the hashing ends on its own; its result is dropped
    doCancelResult();
}

// --- SyncExecuteJob ------------------------------------------------------------------------

SyncExecuteJob::SyncExecuteJob(TransferManager &manager, Client::S3Client &client, SyncPlan plan, QObject *parent)
    : ResultJob(parent)
    , m_manager{manager}
    , m_client{client}
    , m_plan{std::move(plan)}
{
}

void SyncExecuteJob::doStart()
{
    connect(&m_manager, &TransferManager::stateChanged, this, &SyncExecuteJob::handleStateChanged);
    QList<S3::ObjectIdentifier> remoteDeletes;
    for (const SyncItem &item : std::as_const(m_plan.items)) {
        switch (item.action) {
        case SyncAction::Upload:
            m_pending.insert(m_manager.enqueueUpload(item.localPath, m_plan.bucket, item.key));
            break;
        case SyncAction::Download:
            m_pending.insert(m_manager.enqueueDownload(m_plan.bucket, item.key, item.localPath));
            break;
        case SyncAction::Copy:
            m_pending.insert(m_plan.sourceEndpoint.isEmpty()
                                 ? m_manager.enqueueCopy(m_plan.sourceBucket, item.sourceKey, m_plan.bucket, item.key)
                                 : m_manager.enqueueStreamCopy(m_plan.sourceEndpoint, m_plan.sourceBucket,
                                                               item.sourceKey, m_plan.bucket, item.key));
            break;
        case SyncAction::DeleteRemote: {
            S3::ObjectIdentifier id;
            id.key = item.key;
            remoteDeletes.append(id);
            break;
        }
        case SyncAction::DeleteLocal:
            if (QFile::remove(item.localPath)) {
                ++m_summary.deleted;
            } else {
                ++m_summary.failed;
                if (m_summary.firstError.code == Core::ErrorCode::None)
                    m_summary.firstError = Core::Error::make(Core::ErrorCode::IoError,
                                                             QStringLiteral("cannot delete %1").arg(item.localPath));
            }
            break;
        }
    }
    if (!remoteDeletes.isEmpty()) {
        m_deletesPending = true;
        auto *job = m_client.deleteObjects(m_plan.bucket, remoteDeletes);
        m_delete = job;
        connect(job, &Client::Job::finished, this, [this, job, n = int(remoteDeletes.size())] {
            job->deleteLater();
            m_deletesPending = false;
            if (!job->result()) {
                m_summary.failed += n;
                if (m_summary.firstError.code == Core::ErrorCode::None)
                    m_summary.firstError = job->result().error();
            } else {
                // Quiet mode lists only the failures.
                m_summary.deleted += n - int(job->result()->errors.size());
                m_summary.failed += int(job->result()->errors.size());
            }
            maybeFinish();
        });
        job->start();
    }
    // Items may already be final (never with a fresh enqueue, but keep it robust).
    for (qint64 id : QSet<qint64>(m_pending))
        handleStateChanged(id);
    maybeFinish();
}

void SyncExecuteJob::handleStateChanged(qint64 id)
{
    if (!m_pending.contains(id))
        return;
    const auto info = m_manager.transfer(id);
    if (!info)
        return;
    if (info->state == TransferState::Completed) {
        ++m_summary.transferred;
    } else if (info->state == TransferState::Failed || info->state == TransferState::Cancelled) {
        ++m_summary.failed;
        if (m_summary.firstError.code == Core::ErrorCode::None)
            m_summary.firstError = info->error;
    } else {
        return;
    }
    m_pending.remove(id);
    maybeFinish();
}

void SyncExecuteJob::maybeFinish()
{
    if (!isStarted() || !m_pending.isEmpty() || m_deletesPending)
        return;
    if (m_summary.failed > 0) {
        Core::Error e = m_summary.firstError;
        if (e.code == Core::ErrorCode::None)
            e = Core::Error::make(Core::ErrorCode::InternalError, QStringLiteral("%1 items failed").arg(m_summary.failed));
        finishWith(std::unexpected(e));
        return;
    }
    finishWith(m_summary);
}

void SyncExecuteJob::doCancel()
{
    disconnect(&m_manager, nullptr, this, nullptr);
    for (qint64 id : std::as_const(m_pending))
        m_manager.cancel(id);
    if (m_delete) {
        m_delete->disconnect(this);
        m_delete->cancel();
    }
    doCancelResult();
}

} // namespace Transfer
