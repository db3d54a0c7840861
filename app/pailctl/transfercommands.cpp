#include "app/pailctl/clientcommands.h"

#include <cstdio>
#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include "app/pailctl/s3path.h"
#include "app/pailctl/session.h"
#include "engine/transfer/listing.h"
#include "engine/transfer/syncplanner.h"
#include "engine/transfer/transfermanager.h"

namespace Ctl {

namespace {

using Transfer::kMiB;

Core::Result<QList<S3::ObjectEntry>> listAll(Client::S3Client &client, const QString &bucket, const QString &prefix)
{
    Transfer::ListAllObjectsJob job(client, bucket, prefix);
    awaitJob(&job);
    return job.result();
}

// Draws the progress bar over the given transfers while the manager works (a terminal only).
class QueueProgress
{
public:
    QueueProgress(const Session &s, Transfer::TransferManager &manager, const QList<qint64> &ids)
        : m_bar {s.showProgress()}
        , m_manager {manager}
        , m_ids {ids}
    {
        if (!s.showProgress())
            return;
        m_clock.start();
        m_timer.setInterval(200);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { draw(); });
        m_timer.start();
    }
    ~QueueProgress() { m_bar.finish(); }

private:
    void draw()
    {
        qint64 done = 0;
        qint64 total = 0;
        int finished = 0;
        const QList<Transfer::TransferInfo> all = m_ids.isEmpty() ? m_manager.transfers() : QList<Transfer::TransferInfo> {};
        const qsizetype count = m_ids.isEmpty() ? all.size() : m_ids.size();
        for (qsizetype i = 0; i < count; ++i) {
            const auto info = m_ids.isEmpty() ? std::optional<Transfer::TransferInfo>(all[i]) : m_manager.transfer(m_ids[i]);
            if (!info)
                continue;
            total += std::max<qint64>(info->totalBytes, 0);
            if (info->state == Transfer::TransferState::Completed) {
                done += std::max<qint64>(info->totalBytes, 0);
                ++finished;
            } else {
                done += info->doneBytes;
                finished += info->state == Transfer::TransferState::Failed ? 1 : 0;
            }
        }
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        m_bar.update(done, total, seconds > 0 ? double(done - m_startDone) / seconds : 0.0,
                     QStringLiteral("%1/%2 files").arg(finished).arg(count));
    }

    ProgressBar m_bar;
    Transfer::TransferManager &m_manager;
    QList<qint64> m_ids;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_startDone = 0;
};

QString transferSource(const Transfer::TransferInfo &info)
{
    switch (info.kind) {
    case Transfer::TransferKind::Upload: return info.localPath;
    case Transfer::TransferKind::Download: return s3Url(info.bucket, info.key);
    case Transfer::TransferKind::Copy: return s3Url(info.sourceBucket, info.sourceKey);
    }
    return {};
}

QString transferDestination(const Transfer::TransferInfo &info)
{
    return info.kind == Transfer::TransferKind::Download ? info.localPath : s3Url(info.bucket, info.key);
}

struct QueueOutcome
{
    int completed = 0;
    int failed = 0;
    qint64 bytes = 0;
    Core::Error firstError;
    QJsonArray transfers; // filled with --json
};

// Waits until the manager has nothing queued or running, then reports each transfer (a line,
// or an entry of the JSON document).
QueueOutcome runQueue(const Session &s, Transfer::TransferManager &manager, const QList<qint64> &ids, const QString &verb)
{
    {
        QueueProgress progress(s, manager, ids);
        if (!manager.isIdle()) {
            QEventLoop loop;
            QObject::connect(&manager, &Transfer::TransferManager::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    QueueOutcome out;
    for (qint64 id : ids) {
        const auto info = manager.transfer(id);
        if (!info)
            continue;
        const QString src = transferSource(*info);
        const QString dst = transferDestination(*info);
        const bool ok = info->state == Transfer::TransferState::Completed;
        if (ok) {
            ++out.completed;
            out.bytes += std::max<qint64>(info->totalBytes, 0);
        } else {
            ++out.failed;
            if (out.firstError.code == Core::ErrorCode::None)
                out.firstError = info->error;
        }
        if (s.json()) {
            QJsonObject o {{u"kind"_qs, Transfer::transferKindName(info->kind)},
                           {u"source"_qs, src},
                           {u"destination"_qs, dst},
                           {u"state"_qs, Transfer::transferStateName(info->state)},
                           {u"bytes"_qs, double(std::max<qint64>(info->totalBytes, 0))},
                           {u"verified"_qs, info->verified}};
            if (ok && !info->etag.isEmpty())
                o.insert(u"etag"_qs, info->etag);
            if (!ok)
                o.insert(u"error"_qs, errorJson(info->error));
            out.transfers.append(o);
        } else if (ok) {
            if (!s.quiet())
                std::printf("%s: %s to %s\n", qPrintable(verb), qPrintable(src), qPrintable(dst));
        } else {
            std::fprintf(stderr, "%s failed: %s to %s: %s%s%s\n", qPrintable(verb), qPrintable(src), qPrintable(dst),
                         qPrintable(errorCodeName(info->error)), info->error.message.isEmpty() ? "" : ": ",
                         qPrintable(info->error.message));
        }
    }
    std::fflush(stdout);
    return out;
}

// The exit code of a batch: all done, some failed (partial), or all failed (the first error's).
int batchExitCode(const QueueOutcome &out)
{
    if (out.failed == 0)
        return ExitOk;
    if (out.completed > 0)
        return ExitPartial;
    const ExitCode code = exitCodeFor(out.firstError);
    return code == ExitOk ? ExitFailed : code;
}

void addTransferOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"recursive"_qs, u"Every file under the folder / every object under the prefix."_qs},
        {u"multipart-threshold"_qs, u"Multipart from this many MiB (default 8)."_qs, u"MIB"_qs},
        {u"part-size"_qs, u"Part size in MiB (default 8)."_qs, u"MIB"_qs},
        {u"copy-multipart-threshold"_qs, u"Server-side copies of objects larger than this many MiB use UploadPartCopy (default 5120, AWS's CopyObject limit)."_qs, u"MIB"_qs},
        {u"max-concurrent-requests"_qs, u"Parallel requests (default 16)."_qs, u"N"_qs},
        {u"bandwidth"_qs, u"Bandwidth limit in KiB/s (default unlimited)."_qs, u"KIBPS"_qs},
    });
}

Transfer::TransferSettings transferSettings(const Session &s)
{
    Transfer::TransferSettings t;
    t.maxConcurrentRequests = 16; // more than aws-cli's 10: small files are latency-bound
    if (s.isSet(u"multipart-threshold"_qs))
        t.multipartThreshold = std::max<qint64>(1, s.value(u"multipart-threshold"_qs).toLongLong()) * kMiB;
    if (s.isSet(u"part-size"_qs))
        t.partSize = std::max<qint64>(5, s.value(u"part-size"_qs).toLongLong()) * kMiB;
    if (s.isSet(u"copy-multipart-threshold"_qs))
        t.copyMultipartThreshold = std::clamp<qint64>(s.value(u"copy-multipart-threshold"_qs).toLongLong(), 0, 5120) * kMiB;
    if (s.isSet(u"max-concurrent-requests"_qs))
        t.maxConcurrentRequests = std::max(1, s.value(u"max-concurrent-requests"_qs).toInt());
    if (s.isSet(u"bandwidth"_qs))
        t.bandwidthLimit = std::max<qint64>(0, s.value(u"bandwidth"_qs).toLongLong()) * 1024;
    // A terminal shows no per-transfer rows: let every request slot serve a small file of its own
    // (aws-cli's model), instead of the GUI's few visible transfers at a time.
    t.maxActiveTransfers = t.maxConcurrentRequests;
    return t;
}

// Where an interrupted cp/mv keeps its queue: a file named after the command and its resolved
// arguments, so running the same command again (after a kill -9, a crash, a reboot) continues
// it: completed parts and ranges are not sent again. The file goes once everything completed.
QString resumeQueueFile(const QString &command, const QString &src, const QString &dst, bool recursive,
                        const QString &sourceEndpoint)
{
    const auto resolved = [](const QString &arg) { return isS3(arg) ? arg : QFileInfo(arg).absoluteFilePath(); };
    const QByteArray identity = command.toUtf8() + '\n' + resolved(src).toUtf8() + '\n' + resolved(dst).toUtf8() + '\n'
                                + (recursive ? "recursive" : "single") + '\n' + sourceEndpoint.toUtf8();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resume");
    return dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex()) + u".db"_qs;
}

// Removes a resume queue (and SQLite's side files) when it goes out of scope, if told to.
struct ResumeFileCleanup
{
    QString path;
    bool remove = false;
    ~ResumeFileCleanup()
    {
        if (!remove || path.isEmpty())
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1StringView(suffix));
    }
};

// cp and mv.
void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({{u"exclude"_qs, u"Leave out paths matching this glob (repeatable; later --include/--exclude win)."_qs, u"PATTERN"_qs},
                       {u"include"_qs, u"Take part again paths matching this glob (after an --exclude)."_qs, u"PATTERN"_qs}});
}

// The --exclude/--include filters in command-line order (QCommandLineParser keeps each option's
// values apart, and the order decides).
QList<Transfer::SyncFilter> commandLineFilters(const QStringList &args)
{
    QList<Transfer::SyncFilter> filters;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        for (const char *name : {"exclude", "include"}) {
            const QString flag = u"--"_qs + QString::fromLatin1(name);
            if (a == flag && i + 1 < args.size())
                filters.append({name[0] == 'i', args[i + 1]});
            else if (a.startsWith(flag + u'='))
                filters.append({name[0] == 'i', a.mid(flag.size() + 1)});
        }
    }
    return filters;
}

int copyCommand(Session &s, const QStringList &args, bool move)
{
    addTransferOptions(s.parser());
    addFilterOptions(s.parser());
    s.addSourceOptions();
    if (auto stop = s.parse(args, 2, 2, u"SRC DST [--recursive [--exclude GLOB] [--include GLOB]] [--json] [--source-profile P | --source-endpoint-url URL]"_qs))
        return *stop;
    const QString src = s.positional().at(0);
    const QString dst = s.positional().at(1);
    if (!isS3(src) && !isS3(dst))
        return s.usage(u"one of SRC and DST must be an s3:// URL"_qs);
    const bool streamed = s.hasSourceEndpoint();
    if (streamed && !(isS3(src) && isS3(dst)))
        return s.usage(u"--source-* options are for copies from one endpoint's s3:// URL to another's"_qs);
    if (auto connected = s.connect(); !connected)
        return s.fail(connected.error());
    if (streamed) {
        if (auto connected = s.connectSource(); !connected)
            return s.fail(connected.error());
    }
    const bool recursive = s.isSet(u"recursive"_qs);
    const QList<Transfer::SyncFilter> filters = commandLineFilters(args);
    if (!filters.isEmpty() && !recursive)
        return s.usage(u"--exclude/--include apply to --recursive copies"_qs);
    const auto accepted = [&filters](const QString &relativePath) { return Transfer::passesFilters(relativePath, filters); };
    QElapsedTimer clock;
    clock.start();
    // Declared before the manager: the queue file is removed after the manager closed it.
    ResumeFileCleanup resumeFile {resumeQueueFile(s.command(), src, dst, recursive, s.sourceEndpointName())};
    const bool resuming = QFile::exists(resumeFile.path);
    Transfer::TransferManager manager(s.client(), transferSettings(s));
    QObject::connect(&manager, &Transfer::TransferManager::unsafeKeySkipped, [&s](const QString &bucket, const QString &key) {
        std::fprintf(stderr, "pailctl %s: warning: skipping %s: the key cannot be a file inside the target folder\n",
                     qPrintable(s.command()), qPrintable(s3Url(bucket, key)));
    });
    if (streamed)
        manager.setSourceClient(s.sourceEndpointName(), &s.sourceClient());
    QDir().mkpath(QFileInfo(resumeFile.path).absolutePath());
    if (auto opened = manager.open(resumeFile.path); !opened)
        return s.fail(opened.error());
    QList<qint64> ids;
    const QString verb = QString::fromLatin1(move ? "move" : (isS3(src) && isS3(dst) ? "copy" : (isS3(src) ? "download" : "upload")));

    if (resuming) { // the same command was interrupted: continue its transfers
        for (const Transfer::TransferInfo &info : manager.transfers()) {
            ids.append(info.id);
            if (info.state == Transfer::TransferState::Paused)
                manager.resume(info.id);
            else if (info.state == Transfer::TransferState::Failed || info.state == Transfer::TransferState::Cancelled)
                manager.retry(info.id);
        }
        if (!s.json() && !s.quiet())
            std::fprintf(stderr, "%s: resuming %lld transfer(s) of an interrupted run\n", qPrintable(s.command()),
                         qlonglong(ids.size()));
    } else if (!isS3(src)) { // upload
        const S3Path to = parseS3(dst);
        if (recursive) {
            std::unique_ptr<Client::ResultJob<QList<qint64>>> job(manager.enqueueFolderUpload(src, to.bucket, to.key, accepted));
            awaitJob(job.get());
            if (!job->result())
                return s.fail(job->result().error());
            ids = *job->result();
        } else {
            if (!QFileInfo(src).isFile())
                return s.fail(Core::Error::make(Core::ErrorCode::IoError, src + u" is not a file"_qs));
            QString key = to.key;
            if (key.isEmpty() || key.endsWith(u'/'))
                key += QFileInfo(src).fileName();
            ids.append(manager.enqueueUpload(src, to.bucket, key));
        }
    } else if (!isS3(dst)) { // download
        const S3Path from = parseS3(src);
        if (recursive) {
            std::unique_ptr<Client::ResultJob<QList<qint64>>> job(manager.enqueueFolderDownload(from.bucket, from.key, dst, accepted));
            awaitJob(job.get());
            if (!job->result())
                return s.fail(job->result().error());
            ids = *job->result();
        } else {
            QString path = dst;
            if (QFileInfo(dst).isDir() || dst.endsWith(u'/'))
                path = QDir(dst).filePath(from.key.section(u'/', -1));
            ids.append(manager.enqueueDownload(from.bucket, from.key, path));
        }
    } else { // server-side copy, or streamed between endpoints
        const S3Path from = parseS3(src);
        const S3Path to = parseS3(dst);
        Client::S3Client &sourceClient = streamed ? s.sourceClient() : s.client();
        const auto enqueue = [&](const QString &sourceKey, const QString &key) {
            return streamed ? manager.enqueueStreamCopy(s.sourceEndpointName(), from.bucket, sourceKey, to.bucket, key)
                            : manager.enqueueCopy(from.bucket, sourceKey, to.bucket, key);
        };
        if (recursive) {
            QString prefix = from.key;
            if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
                prefix += u'/';
            QString toPrefix = to.key;
            if (!toPrefix.isEmpty() && !toPrefix.endsWith(u'/'))
                toPrefix += u'/';
            const auto objects = listAll(sourceClient, from.bucket, prefix);
            if (!objects)
                return s.fail(objects.error());
            for (const S3::ObjectEntry &e : *objects) {
                if (accepted(e.key.mid(prefix.size())))
                    ids.append(enqueue(e.key, toPrefix + e.key.mid(prefix.size())));
            }
        } else {
            QString key = to.key;
            if (key.isEmpty() || key.endsWith(u'/'))
                key += from.key.section(u'/', -1);
            ids.append(enqueue(from.key, key));
        }
    }
    QueueOutcome out = runQueue(s, manager, ids, verb);
    resumeFile.remove = out.failed == 0;
    QJsonArray removed;
    if (move) {
        QHash<QString, QList<S3::ObjectIdentifier>> remoteSources;
        for (qint64 id : std::as_const(ids)) {
            const auto info = manager.transfer(id);
            if (!info || info->state != Transfer::TransferState::Completed)
                continue;
            if (info->kind == Transfer::TransferKind::Upload) {
                QFile::remove(info->localPath);
                removed.append(info->localPath);
            } else {
                S3::ObjectIdentifier o;
                o.key = info->kind == Transfer::TransferKind::Download ? info->key : info->sourceKey;
                remoteSources[info->kind == Transfer::TransferKind::Download ? info->bucket : info->sourceBucket].append(o);
            }
        }
        Client::S3Client &sourceClient = streamed ? s.sourceClient() : s.client();
        for (auto it = remoteSources.cbegin(); it != remoteSources.cend(); ++it) {
            std::unique_ptr<Client::DeleteObjectsJob> job(sourceClient.deleteObjects(it.key(), it.value()));
            awaitJob(job.get());
            if (!job->result())
                return s.fail(job->result().error());
            for (const S3::ObjectIdentifier &o : it.value())
                removed.append(s3Url(it.key(), o.key));
        }
    }
    const int code = batchExitCode(out);
    if (s.json()) {
        const double seconds = double(clock.elapsed()) / 1000.0;
        QJsonObject o {{u"command"_qs, s.command()},
                       {u"transfers"_qs, out.transfers},
                       {u"completed"_qs, out.completed},
                       {u"failed"_qs, out.failed},
                       {u"bytes"_qs, double(out.bytes)},
                       {u"seconds"_qs, seconds},
                       {u"exitCode"_qs, code}};
        if (move)
            o.insert(u"removedSources"_qs, removed);
        if (out.failed > 0)
            o.insert(u"error"_qs, errorJson(out.firstError));
        printJson(o);
        return code;
    }
    if (out.failed > 0 && out.completed == 0)
        return s.fail(out.firstError);
    if (out.failed > 0)
        std::fprintf(stderr, "pailctl %s: %d of %d transfer(s) failed\n", qPrintable(s.command()), out.failed,
                     out.failed + out.completed);
    return code;
}

QJsonObject syncItemJson(const Transfer::SyncPlan &plan, const Transfer::SyncItem &item)
{
    const QString remoteUrl = s3Url(plan.bucket, item.key);
    QJsonObject o {{u"action"_qs, Transfer::syncActionName(item.action)}, {u"reason"_qs, item.reason}, {u"bytes"_qs, double(item.size)}};
    switch (item.action) {
    case Transfer::SyncAction::Upload:
        o.insert(u"source"_qs, item.localPath);
        o.insert(u"destination"_qs, remoteUrl);
        break;
    case Transfer::SyncAction::Download:
        o.insert(u"source"_qs, remoteUrl);
        o.insert(u"destination"_qs, item.localPath);
        break;
    case Transfer::SyncAction::DeleteRemote: o.insert(u"destination"_qs, remoteUrl); break;
    case Transfer::SyncAction::DeleteLocal: o.insert(u"destination"_qs, item.localPath); break;
    case Transfer::SyncAction::Copy:
        o.insert(u"source"_qs, s3Url(plan.sourceBucket, item.sourceKey));
        o.insert(u"destination"_qs, remoteUrl);
        break;
    }
    return o;
}

} // namespace

int runCp(const QStringList &args)
{
    Session s(u"cp"_qs);
    return copyCommand(s, args, false);
}

int runMv(const QStringList &args)
{
    Session s(u"mv"_qs);
    return copyCommand(s, args, true);
}

int runSync(const QStringList &args)
{
    Session s(u"sync"_qs);
    addTransferOptions(s.parser());
    addFilterOptions(s.parser());
    s.addSourceOptions();
    s.parser().addOptions({{u"delete"_qs, u"Delete destination items the source lacks."_qs},
                           {{u"dryrun"_qs, u"dry-run"_qs}, u"List exactly what would change, and change nothing."_qs},
                           {u"checksum"_qs, u"Compare items of the same size by content (MD5 against the ETag), not by time."_qs}});
    if (auto stop = s.parse(args, 2, 2, u"SRC DST [--delete] [--dry-run] [--checksum] [--exclude GLOB] [--include GLOB] [--json] [--source-profile P | --source-endpoint-url URL]"_qs))
        return *stop;
    const QString src = s.positional().at(0);
    const QString dst = s.positional().at(1);
    if (!isS3(src) && !isS3(dst))
        return s.usage(u"one of SRC and DST must be an s3:// URL"_qs);
    const bool remoteToRemote = isS3(src) && isS3(dst);
    const bool streamed = s.hasSourceEndpoint();
    if (streamed && !remoteToRemote)
        return s.usage(u"--source-* options are for syncs from one endpoint's s3:// URL to another's"_qs);
    Transfer::SyncOptions options;
    options.deleteExtra = s.isSet(u"delete"_qs);
    options.compareChecksums = s.isSet(u"checksum"_qs);
    options.filters = commandLineFilters(args);
    if (auto connected = s.connect(); !connected)
        return s.fail(connected.error());
    if (streamed) {
        if (auto connected = s.connectSource(); !connected)
            return s.fail(connected.error());
    }
    std::unique_ptr<Transfer::SyncPlanJob> planJob;
    if (remoteToRemote) {
        const S3Path from = parseS3(src);
        const S3Path to = parseS3(dst);
        planJob = std::make_unique<Transfer::SyncPlanJob>(streamed ? s.sourceClient() : s.client(),
                                                          streamed ? s.sourceEndpointName() : QString(), from.bucket,
                                                          from.key, s.client(), to.bucket, to.key, options);
    } else {
        const auto direction = isS3(dst) ? Transfer::SyncDirection::LocalToRemote : Transfer::SyncDirection::RemoteToLocal;
        const S3Path remote = parseS3(isS3(dst) ? dst : src);
        const QString local = isS3(dst) ? src : dst;
        planJob = std::make_unique<Transfer::SyncPlanJob>(s.client(), direction, local, remote.bucket, remote.key, options);
    }
    awaitJob(planJob.get());
    if (!planJob->result())
        return s.fail(planJob->result().error());
    const Transfer::SyncPlan &plan = *planJob->result();
    for (const QString &key : plan.unsafeKeys)
        std::fprintf(stderr, "pailctl %s: warning: skipping %s: the key cannot be a file inside the target folder\n",
                     qPrintable(s.command()), qPrintable(s3Url(plan.bucket, key)));
    const bool dry = s.isSet(u"dryrun"_qs);
    QJsonArray actions;
    for (const Transfer::SyncItem &item : plan.items) {
        if (s.json()) {
            actions.append(syncItemJson(plan, item));
            continue;
        }
        if (s.quiet() && !dry)
            continue;
        const QString remoteUrl = s3Url(plan.bucket, item.key);
        QString line;
        switch (item.action) {
        case Transfer::SyncAction::Upload: line = u"upload: "_qs + item.localPath + u" to "_qs + remoteUrl; break;
        case Transfer::SyncAction::Download: line = u"download: "_qs + remoteUrl + u" to "_qs + item.localPath; break;
        case Transfer::SyncAction::DeleteRemote: line = u"delete: "_qs + remoteUrl; break;
        case Transfer::SyncAction::DeleteLocal: line = u"delete: "_qs + item.localPath; break;
        case Transfer::SyncAction::Copy:
            line = u"copy: "_qs + s3Url(plan.sourceBucket, item.sourceKey) + u" to "_qs + remoteUrl;
            break;
        }
        std::printf("%s%s\n", dry ? "(dryrun) " : "", qPrintable(line));
    }
    std::fflush(stdout);
    if (dry || plan.items.isEmpty()) {
        if (s.json())
            printJson({{u"command"_qs, s.command()}, {u"dryRun"_qs, dry}, {u"actions"_qs, actions}, {u"transferred"_qs, 0},
                       {u"deleted"_qs, 0}, {u"failed"_qs, 0}, {u"exitCode"_qs, 0}});
        return ExitOk;
    }
    Transfer::TransferManager manager(s.client(), transferSettings(s));
    if (streamed)
        manager.setSourceClient(s.sourceEndpointName(), &s.sourceClient());
    Transfer::SyncExecuteJob exec(manager, s.client(), plan);
    {
        QueueProgress progress(s, manager, {});
        awaitJob(&exec);
    }
    Transfer::SyncSummary summary;
    Core::Error error;
    if (exec.result()) {
        summary = *exec.result();
    } else {
        error = exec.result().error();
        summary.failed = 1;
        for (const Transfer::TransferInfo &info : manager.transfers()) {
            if (info.state == Transfer::TransferState::Completed)
                ++summary.transferred;
        }
    }
    const int code = summary.failed == 0 ? ExitOk : (summary.transferred + summary.deleted > 0 ? ExitPartial : int(exitCodeFor(error)));
    if (s.json()) {
        QJsonObject o {{u"command"_qs, s.command()},  {u"dryRun"_qs, false},
                       {u"actions"_qs, actions},      {u"transferred"_qs, summary.transferred},
                       {u"deleted"_qs, summary.deleted}, {u"failed"_qs, summary.failed},
                       {u"exitCode"_qs, code}};
        if (!exec.result())
            o.insert(u"error"_qs, errorJson(error));
        printJson(o);
        return code;
    }
    if (!exec.result())
        return code == ExitPartial ? (s.fail(error), int(ExitPartial)) : s.fail(error);
    return ExitOk;
}

} // namespace Ctl
