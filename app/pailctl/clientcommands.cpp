#include "app/pailctl/clientcommands.h"
#include "app/pailctl/policycommands.h"

#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include "engine/client/awsconfig.h"
#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/requestjob.h"
#include "engine/client/transport.h"
#include "engine/core/clock.h"
#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleplanner.h"
#include "engine/s3/errortable.h"
#include "engine/transfer/listing.h"
#include "engine/transfer/syncplanner.h"
#include "engine/transfer/transfermanager.h"

namespace Ctl {

namespace {

using Transfer::kMiB;

struct S3Path
{
    QString bucket;
    QString key;
};

bool isS3(const QString &s)
{
    return s.startsWith(QLatin1StringView("s3://"));
}

S3Path parseS3(const QString &s)
{
    const QString rest = s.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return {rest, {}};
    return {rest.left(slash), rest.mid(slash + 1)};
}

QString s3Url(const QString &bucket, const QString &key)
{
    return QStringLiteral("s3://") + bucket + u'/' + key;
}

QString errorText(const Core::Error &e)
{
    QString code = e.s3Code;
    if (code.isEmpty()) {
        switch (e.code) {
        case Core::ErrorCode::NetworkFailure: code = QStringLiteral("NetworkFailure"); break;
        case Core::ErrorCode::Timeout: code = QStringLiteral("Timeout"); break;
        case Core::ErrorCode::Cancelled: code = QStringLiteral("Cancelled"); break;
        case Core::ErrorCode::IoError: code = QStringLiteral("IoError"); break;
        case Core::ErrorCode::InvalidConfiguration: code = QStringLiteral("InvalidConfiguration"); break;
        case Core::ErrorCode::BadDigest: code = QStringLiteral("BadDigest"); break;
        case Core::ErrorCode::DatabaseError: code = QStringLiteral("DatabaseError"); break;
        case Core::ErrorCode::ParseError: code = QStringLiteral("ParseError"); break;
        default: code = QString::fromLatin1(S3::errorInfo(e.code).s3Code); break;
        }
    }
    return e.message.isEmpty() ? code : code + QStringLiteral(": ") + e.message;
}

int failWith(const char *command, const Core::Error &e)
{
    std::fprintf(stderr, "pailctl %s: %s\n", command, qPrintable(errorText(e)));
    return 1;
}

int usage(const char *command, const QString &message)
{
    std::fprintf(stderr, "pailctl %s: %s\n", command, qPrintable(message));
    return 2;
}

// Runs a job to its end in a local event loop.
void await(Client::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Client::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

// Everything one command needs: parsed options and a connected client.
class Session
{
public:
    explicit Session(const char *command)
        : m_command{command}
    {
        m_parser.addHelpOption();
        m_parser.addOptions({
            {u"profile"_qs, u"aws-cli profile from ~/.aws (default: AWS_PROFILE or default)."_qs, u"NAME"_qs},
            {u"endpoint"_qs, u"Endpoint URL (http://127.0.0.1:9000)."_qs, u"URL"_qs},
            {u"endpoint-url"_qs, u"Same as --endpoint."_qs, u"URL"_qs},
            {u"access-key"_qs, u"Access key id."_qs, u"KEY"_qs},
            {u"secret-key"_qs, u"Secret access key."_qs, u"SECRET"_qs},
            {u"session-token"_qs, u"Session token."_qs, u"TOKEN"_qs},
            {u"region"_qs, u"Region (default us-east-1)."_qs, u"REGION"_qs},
            {u"path-style"_qs, u"Path-style addressing."_qs},
        });
    }

    QCommandLineParser &parser() { return m_parser; }

    // Parses; returns an exit code when the command should stop now (help, bad usage).
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional, const QString &syntax)
    {
        m_parser.setApplicationDescription(QStringLiteral("pailctl ") + QString::fromLatin1(m_command) + u' ' + syntax);
        if (!m_parser.parse(QStringList{QStringLiteral("pailctl ") + QString::fromLatin1(m_command)} + args))
            return usage(m_command, m_parser.errorText());
        if (m_parser.isSet(u"help"_qs)) {
            std::printf("%s", qPrintable(m_parser.helpText()));
            return 0;
        }
        const qsizetype n = m_parser.positionalArguments().size();
        if (n < minPositional || n > maxPositional)
            return usage(m_command, QStringLiteral("usage: pailctl %1 %2").arg(QString::fromLatin1(m_command), syntax));
        return std::nullopt;
    }

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

    // Builds the profile, credentials, transport and client. InvalidConfiguration when neither
    // the options, the environment nor ~/.aws give credentials.
    Core::Status connect()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        Client::Profile profile;
        profile.name = u"pailctl"_qs;
        QString endpoint = value(u"endpoint"_qs);
        if (endpoint.isEmpty())
            endpoint = value(u"endpoint-url"_qs);
        const bool explicitKeys = isSet(u"access-key"_qs) || isSet(u"secret-key"_qs);
        if (explicitKeys) {
            Client::Credentials c{value(u"access-key"_qs), value(u"secret-key"_qs), value(u"session-token"_qs), {}};
            if (!c.isValid())
                return Core::fail(Core::ErrorCode::InvalidConfiguration, u"--access-key needs --secret-key"_qs);
            m_credentials = std::make_unique<Client::StaticCredentialsProvider>(c);
            profile.accessKeyId = c.accessKeyId;
            profile.region = env.value(u"AWS_REGION"_qs, env.value(u"AWS_DEFAULT_REGION"_qs, u"us-east-1"_qs));
            if (endpoint.isEmpty())
                endpoint = env.value(u"AWS_ENDPOINT_URL_S3"_qs, env.value(u"AWS_ENDPOINT_URL"_qs));
        } else {
            const Client::AwsConfigReader reader(env);
            auto aws = reader.resolve(value(u"profile"_qs));
            if (!aws)
                return std::unexpected(aws.error());
            m_credentials = Client::makeCredentialsProvider(*aws);
            profile.credentialSource = Client::CredentialSource::AwsProfile;
            profile.awsProfileName = aws->name;
            if (!aws->region.isEmpty())
                profile.region = aws->region;
            profile.addressingStyle = aws->addressingStyle;
            profile.caBundlePath = aws->caBundle;
            if (endpoint.isEmpty() && !aws->endpointUrl.isEmpty())
                endpoint = aws->endpointUrl.toString();
        }
        if (isSet(u"region"_qs))
            profile.region = value(u"region"_qs);
        if (endpoint.isEmpty())
            endpoint = QStringLiteral("https://s3.%1.amazonaws.com").arg(profile.region);
        profile.endpoint = QUrl(endpoint);
        if (isSet(u"path-style"_qs))
            profile.addressingStyle = Client::AddressingStyle::Path;
        if (auto ok = profile.validate(); !ok)
            return ok;
        m_transport = std::make_unique<Client::Transport>(profile, m_credentials.get());
        if (!profile.caBundlePath.isEmpty() && profile.endpoint.scheme() == QLatin1StringView("https")) {
            if (auto ok = m_transport->loadCaBundle(); !ok)
                return ok;
        }
        m_client = std::make_unique<Client::S3Client>(*m_transport);
        return {};
    }

    Client::S3Client &client() { return *m_client; }
    Client::CredentialsProvider &credentials() { return *m_credentials; }
    const char *command() const { return m_command; }

private:
    const char *m_command;
    QCommandLineParser m_parser;
    std::unique_ptr<Client::CredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
};

#define PAIL_CONNECT(session)                                                                                             \
    if (auto connected = (session).connect(); !connected)                                                                \
        return failWith((session).command(), connected.error());

Core::Result<QList<S3::ObjectEntry>> listAll(Client::S3Client &client, const QString &bucket, const QString &prefix)
{
    Transfer::ListAllObjectsJob job(client, bucket, prefix);
    await(&job);
    return job.result();
}

// Waits until the manager has nothing queued or running and prints one line per transfer.
// Returns the number of failed transfers.
int runQueue(Transfer::TransferManager &manager, const QList<qint64> &ids, const QString &verb)
{
    if (!manager.isIdle()) {
        QEventLoop loop;
        QObject::connect(&manager, &Transfer::TransferManager::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    int failed = 0;
    for (qint64 id : ids) {
        const auto info = manager.transfer(id);
        if (!info)
            continue;
        const QString src = info->kind == Transfer::TransferKind::Upload ? info->localPath
            : info->kind == Transfer::TransferKind::Download                 ? s3Url(info->bucket, info->key)
                                                                            : s3Url(info->sourceBucket, info->sourceKey);
        const QString dst = info->kind == Transfer::TransferKind::Download ? info->localPath : s3Url(info->bucket, info->key);
        if (info->state == Transfer::TransferState::Completed) {
            std::printf("%s: %s to %s\n", qPrintable(verb), qPrintable(src), qPrintable(dst));
        } else {
            ++failed;
            std::fprintf(stderr, "%s failed: %s to %s: %s\n", qPrintable(verb), qPrintable(src), qPrintable(dst),
                         qPrintable(errorText(info->error)));
        }
    }
    std::fflush(stdout);
    return failed;
}

void addTransferOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"recursive"_qs, u"Every file under the folder / every object under the prefix."_qs},
        {u"multipart-threshold"_qs, u"Multipart from this many MiB (default 8)."_qs, u"MIB"_qs},
        {u"part-size"_qs, u"Part size in MiB (default 8)."_qs, u"MIB"_qs},
        {u"max-concurrent-requests"_qs, u"Parallel part requests (default 10)."_qs, u"N"_qs},
        {u"bandwidth"_qs, u"Bandwidth limit in KiB/s (default unlimited)."_qs, u"KIBPS"_qs},
    });
}

Transfer::TransferSettings transferSettings(const Session &s)
{
    Transfer::TransferSettings t;
    if (s.isSet(u"multipart-threshold"_qs))
        t.multipartThreshold = std::max<qint64>(1, s.value(u"multipart-threshold"_qs).toLongLong()) * kMiB;
    if (s.isSet(u"part-size"_qs))
        t.partSize = std::max<qint64>(5, s.value(u"part-size"_qs).toLongLong()) * kMiB;
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
QString resumeQueueFile(const char *command, const QString &src, const QString &dst, bool recursive)
{
    const auto resolved = [](const QString &arg) { return isS3(arg) ? arg : QFileInfo(arg).absoluteFilePath(); };
    const QByteArray identity = QByteArray(command) + '\n' + resolved(src).toUtf8() + '\n' + resolved(dst).toUtf8() + '\n'
                                + (recursive ? "recursive" : "single");
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

// cp and mv. Returns the exit code; `moved` receives what to delete afterwards for mv.
int copyCommand(Session &s, const QStringList &args, bool move)
{
    addTransferOptions(s.parser());
    if (auto stop = s.parse(args, 2, 2, u"SRC DST"_qs))
        return *stop;
    const QString src = s.positional().at(0);
    const QString dst = s.positional().at(1);
    if (!isS3(src) && !isS3(dst))
        return usage(s.command(), u"one of SRC and DST must be an s3:// URL"_qs);
    PAIL_CONNECT(s)
    const bool recursive = s.isSet(u"recursive"_qs);
    // Declared before the manager: the queue file is removed after the manager closed it.
    ResumeFileCleanup resumeFile {resumeQueueFile(s.command(), src, dst, recursive)};
    const bool resuming = QFile::exists(resumeFile.path);
    Transfer::TransferManager manager(s.client(), transferSettings(s));
    QDir().mkpath(QFileInfo(resumeFile.path).absolutePath());
    if (auto opened = manager.open(resumeFile.path); !opened)
        return failWith(s.command(), opened.error());
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
        std::fprintf(stderr, "%s: resuming %lld transfer(s) of an interrupted run\n", s.command(), qlonglong(ids.size()));
    } else if (!isS3(src)) { // upload
        const S3Path to = parseS3(dst);
        if (recursive) {
            std::unique_ptr<Client::ResultJob<QList<qint64>>> job(manager.enqueueFolderUpload(src, to.bucket, to.key));
            await(job.get());
            if (!job->result())
                return failWith(s.command(), job->result().error());
            ids = *job->result();
        } else {
            if (!QFileInfo(src).isFile())
                return failWith(s.command(), Core::Error::make(Core::ErrorCode::IoError, src + u" is not a file"_qs));
            QString key = to.key;
            if (key.isEmpty() || key.endsWith(u'/'))
                key += QFileInfo(src).fileName();
            ids.append(manager.enqueueUpload(src, to.bucket, key));
        }
    } else if (!isS3(dst)) { // download
        const S3Path from = parseS3(src);
        if (recursive) {
            std::unique_ptr<Client::ResultJob<QList<qint64>>> job(manager.enqueueFolderDownload(from.bucket, from.key, dst));
            await(job.get());
            if (!job->result())
                return failWith(s.command(), job->result().error());
            ids = *job->result();
        } else {
            QString path = dst;
            if (QFileInfo(dst).isDir() || dst.endsWith(u'/'))
                path = QDir(dst).filePath(from.key.section(u'/', -1));
            ids.append(manager.enqueueDownload(from.bucket, from.key, path));
        }
    } else { // server-side copy
        const S3Path from = parseS3(src);
        const S3Path to = parseS3(dst);
        if (recursive) {
            QString prefix = from.key;
            if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
                prefix += u'/';
            QString toPrefix = to.key;
            if (!toPrefix.isEmpty() && !toPrefix.endsWith(u'/'))
                toPrefix += u'/';
            const auto objects = listAll(s.client(), from.bucket, prefix);
            if (!objects)
                return failWith(s.command(), objects.error());
            for (const S3::ObjectEntry &e : *objects)
                ids.append(manager.enqueueCopy(from.bucket, e.key, to.bucket, toPrefix + e.key.mid(prefix.size())));
        } else {
            QString key = to.key;
            if (key.isEmpty() || key.endsWith(u'/'))
                key += from.key.section(u'/', -1);
            ids.append(manager.enqueueCopy(from.bucket, from.key, to.bucket, key));
        }
    }
    const int failed = runQueue(manager, ids, verb);
    resumeFile.remove = failed == 0;
    if (move) {
        QHash<QString, QList<S3::ObjectIdentifier>> remoteSources;
        for (qint64 id : std::as_const(ids)) {
            const auto info = manager.transfer(id);
            if (!info || info->state != Transfer::TransferState::Completed)
                continue;
            if (info->kind == Transfer::TransferKind::Upload) {
                QFile::remove(info->localPath);
            } else {
                S3::ObjectIdentifier o;
                o.key = info->kind == Transfer::TransferKind::Download ? info->key : info->sourceKey;
                remoteSources[info->kind == Transfer::TransferKind::Download ? info->bucket : info->sourceBucket].append(o);
            }
        }
        for (auto it = remoteSources.cbegin(); it != remoteSources.cend(); ++it) {
            std::unique_ptr<Client::DeleteObjectsJob> job(s.client().deleteObjects(it.key(), it.value()));
            await(job.get());
            if (!job->result())
                return failWith(s.command(), job->result().error());
        }
    }
    if (failed > 0) {
        for (qint64 id : std::as_const(ids)) {
            const auto info = manager.transfer(id);
            if (info && info->state != Transfer::TransferState::Completed)
                return failWith(s.command(), info->error);
        }
        return 1;
    }
    return 0;
}

} // namespace

int runLs(const QStringList &args)
{
    Session s("ls");
    s.parser().addOption({u"recursive"_qs, u"List every key under the prefix."_qs});
    if (auto stop = s.parse(args, 0, 1, u"[s3://bucket[/prefix]]"_qs))
        return *stop;
    PAIL_CONNECT(s)
    if (s.positional().isEmpty()) {
        std::unique_ptr<Client::ListBucketsJob> job(s.client().listBuckets());
        await(job.get());
        if (!job->result())
            return failWith("ls", job->result().error());
        for (const S3::BucketInfo &b : job->result()->buckets)
            std::printf("%s %s\n", qPrintable(b.creationDate.toString(u"yyyy-MM-dd HH:mm:ss"_qs)), qPrintable(b.name));
        return 0;
    }
    const QString url = s.positional().first();
    if (!isS3(url))
        return usage("ls", u"expected an s3:// URL"_qs);
    const S3Path path = parseS3(url);
    Client::ListObjectsRequest request;
    request.bucket = path.bucket;
    request.prefix = path.key;
    if (!s.isSet(u"recursive"_qs))
        request.delimiter = u"/"_qs;
    for (;;) {
        std::unique_ptr<Client::ListObjectsJob> job(s.client().listObjects(request));
        await(job.get());
        if (!job->result())
            return failWith("ls", job->result().error());
        for (const QString &p : job->result()->commonPrefixes)
            std::printf("%30s %s\n", "PRE", qPrintable(p.mid(path.key.lastIndexOf(u'/') + 1)));
        for (const S3::ObjectEntry &e : job->result()->contents) {
            const QString name = s.isSet(u"recursive"_qs) ? e.key : e.key.mid(path.key.lastIndexOf(u'/') + 1);
            std::printf("%s %10lld %s\n", qPrintable(e.lastModified.toString(u"yyyy-MM-dd HH:mm:ss"_qs)), e.size,
                        qPrintable(name));
        }
        if (!job->result()->isTruncated || job->result()->nextContinuationToken.isEmpty())
            break;
        request = request.withContinuationToken(job->result()->nextContinuationToken);
    }
    return 0;
}

int runMb(const QStringList &args)
{
    Session s("mb");
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return usage("mb", u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s)
    const S3Path path = parseS3(url);
    std::unique_ptr<Client::VoidJob> job(s.client().createBucket(path.bucket, s.value(u"region"_qs)));
    await(job.get());
    if (!job->result())
        return failWith("mb", job->result().error());
    std::printf("make_bucket: %s\n", qPrintable(path.bucket));
    return 0;
}

int runRb(const QStringList &args)
{
    Session s("rb");
    s.parser().addOption({u"force"_qs, u"Delete every object first."_qs});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket [--force]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return usage("rb", u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s)
    const S3Path path = parseS3(url);
    if (s.isSet(u"force"_qs)) {
        const auto objects = listAll(s.client(), path.bucket, {});
        if (!objects)
            return failWith("rb", objects.error());
        if (!objects->isEmpty()) {
            QList<S3::ObjectIdentifier> ids;
            for (const S3::ObjectEntry &e : *objects) {
                S3::ObjectIdentifier o;
                o.key = e.key;
                ids.append(o);
            }
            std::unique_ptr<Client::DeleteObjectsJob> del(s.client().deleteObjects(path.bucket, ids, false));
            await(del.get());
            if (!del->result())
                return failWith("rb", del->result().error());
            for (const auto &d : del->result()->deleted)
                std::printf("delete: %s\n", qPrintable(s3Url(path.bucket, d.key)));
        }
    }
    std::unique_ptr<Client::VoidJob> job(s.client().deleteBucket(path.bucket));
    await(job.get());
    if (!job->result())
        return failWith("rb", job->result().error());
    std::printf("remove_bucket: %s\n", qPrintable(path.bucket));
    return 0;
}

int runCp(const QStringList &args)
{
    Session s("cp");
    return copyCommand(s, args, false);
}

int runMv(const QStringList &args)
{
    Session s("mv");
    return copyCommand(s, args, true);
}

int runRm(const QStringList &args)
{
    Session s("rm");
    s.parser().addOption({u"recursive"_qs, u"Every object under the prefix."_qs});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket/key [--recursive]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return usage("rm", u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s)
    const S3Path path = parseS3(url);
    if (!s.isSet(u"recursive"_qs)) {
        std::unique_ptr<Client::DeleteObjectJob> job(s.client().deleteObject(path.bucket, path.key));
        await(job.get());
        if (!job->result())
            return failWith("rm", job->result().error());
        std::printf("delete: %s\n", qPrintable(url));
        return 0;
    }
    const auto objects = listAll(s.client(), path.bucket, path.key);
    if (!objects)
        return failWith("rm", objects.error());
    if (objects->isEmpty())
        return 0;
    QList<S3::ObjectIdentifier> ids;
    for (const S3::ObjectEntry &e : *objects) {
        S3::ObjectIdentifier o;
        o.key = e.key;
        ids.append(o);
    }
    std::unique_ptr<Client::DeleteObjectsJob> job(s.client().deleteObjects(path.bucket, ids, false));
    await(job.get());
    if (!job->result())
        return failWith("rm", job->result().error());
    for (const auto &d : job->result()->deleted)
        std::printf("delete: %s\n", qPrintable(s3Url(path.bucket, d.key)));
    if (!job->result()->errors.isEmpty()) {
        const auto &e = job->result()->errors.first();
        std::fprintf(stderr, "pailctl rm: %s: %s %s\n", qPrintable(e.key), qPrintable(e.code), qPrintable(e.message));
        return 1;
    }
    return 0;
}

int runSync(const QStringList &args)
{
    Session s("sync");
    addTransferOptions(s.parser());
    s.parser().addOptions({{u"delete"_qs, u"Delete destination items the source lacks."_qs},
                           {u"dryrun"_qs, u"Print the plan without doing it."_qs}});
    if (auto stop = s.parse(args, 2, 2, u"SRC DST [--delete] [--dryrun]"_qs))
        return *stop;
    const QString src = s.positional().at(0);
    const QString dst = s.positional().at(1);
    if (isS3(src) == isS3(dst))
        return usage("sync", u"exactly one of SRC and DST must be an s3:// URL (s3 to s3 sync is not supported)"_qs);
    PAIL_CONNECT(s)
    const auto direction = isS3(dst) ? Transfer::SyncDirection::LocalToRemote : Transfer::SyncDirection::RemoteToLocal;
    const S3Path remote = parseS3(isS3(dst) ? dst : src);
    const QString local = isS3(dst) ? src : dst;
    Transfer::SyncOptions options;
    options.deleteExtra = s.isSet(u"delete"_qs);
    Transfer::SyncPlanJob planJob(s.client(), direction, local, remote.bucket, remote.key, options);
    await(&planJob);
    if (!planJob.result())
        return failWith("sync", planJob.result().error());
    const Transfer::SyncPlan &plan = *planJob.result();
    const bool dry = s.isSet(u"dryrun"_qs);
    for (const Transfer::SyncItem &item : plan.items) {
        const QString remoteUrl = s3Url(plan.bucket, item.key);
        QString line;
        switch (item.action) {
        case Transfer::SyncAction::Upload: line = u"upload: "_qs + item.localPath + u" to "_qs + remoteUrl; break;
        case Transfer::SyncAction::Download: line = u"download: "_qs + remoteUrl + u" to "_qs + item.localPath; break;
        case Transfer::SyncAction::DeleteRemote: line = u"delete: "_qs + remoteUrl; break;
        case Transfer::SyncAction::DeleteLocal: line = u"delete: "_qs + item.localPath; break;
        }
        std::printf("%s%s\n", dry ? "(dryrun) " : "", qPrintable(line));
    }
    std::fflush(stdout);
    if (dry || plan.items.isEmpty())
        return 0;
    Transfer::TransferManager manager(s.client(), transferSettings(s));
    Transfer::SyncExecuteJob exec(manager, s.client(), plan);
    await(&exec);
    if (!exec.result())
        return failWith("sync", exec.result().error());
    return 0;
}

int runPresign(const QStringList &args)
{
    Session s("presign");
    s.parser().addOptions({{u"expires-in"_qs, u"Seconds the URL stays valid (default 3600)."_qs, u"SECONDS"_qs, u"3600"_qs},
                           {u"put"_qs, u"A URL for PUT instead of GET."_qs}});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket/key [--expires-in SECONDS] [--put]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return usage("presign", u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s)
    if (!s.credentials().cached()) {
        // credential_process: run it once, then sign locally.
        QEventLoop loop;
        std::optional<Core::Error> error;
        s.credentials().fetch(&loop, [&](const Core::Result<Client::Credentials> &r) {
            if (!r)
                error = r.error();
            loop.quit();
        });
        if (!s.credentials().cached() && !error)
            loop.exec();
        if (error)
            return failWith("presign", *error);
    }
    bool ok = false;
    const qint64 expires = s.value(u"expires-in"_qs).toLongLong(&ok);
    if (!ok)
        return usage("presign", u"--expires-in needs a number of seconds"_qs);
    const S3Path path = parseS3(url);
    const auto signedUrl = s.client().presignUrl(s.isSet(u"put"_qs) ? "PUT" : "GET", path.bucket, path.key, expires);
    if (!signedUrl)
        return failWith("presign", signedUrl.error());
    std::printf("%s\n", signedUrl->toEncoded().constData());
    return 0;
}

// ---- sandbox clock and lifecycle ------------------------------------------------------------

namespace {

// One request to the sandbox's admin API (/_pail/...), signed like any S3 request.
Core::Result<QByteArray> adminRequest(Session &s, QByteArray method, const QString &path,
                                      const QList<std::pair<QString, QString>> &query)
{
    Client::Request request;
    request.method = std::move(method);
    request.bucket = u"_pail"_qs; // not a DNS-compatible bucket name: always path style
    request.key = path;
    request.query = query;
    request.idempotent = request.method == "GET";
    Client::RequestJob<QByteArray> job(s.client().transport(), request,
                                       [](const Client::Response &r) -> Core::Result<QByteArray> { return r.body; });
    await(&job);
    return job.result();
}

int printClock(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const qint64 offset = qint64(o.value(u"offsetSeconds"_qs).toDouble());
    std::printf("now:        %s\n", qPrintable(o.value(u"now"_qs).toString()));
    std::printf("offset:     %lld s (%.2f days)\n", static_cast<long long>(offset), double(offset) / 86400.0);
    const double day = o.value(u"dayLengthSeconds"_qs).toDouble();
    if (day > 0 && day != 86400.0)
        std::printf("day length: %g s\n", day);
    else
        std::printf("day length: real time\n");
    return 0;
}

QString ruleStepText(const Lifecycle::RuleStep &step)
{
    QString when = step.day ? QStringLiteral("day %1").arg(*step.day)
                            : (step.date ? step.date->toString(Qt::ISODate) : QStringLiteral("-"));
    switch (step.kind) {
    case Lifecycle::RuleStep::Kind::Transition:
        return QStringLiteral("%1: transition to %2").arg(when, step.storageClass);
    case Lifecycle::RuleStep::Kind::Expiration:
        return QStringLiteral("%1: expire (delete, or a delete marker when versioned)").arg(when);
    case Lifecycle::RuleStep::Kind::ExpiredDeleteMarkers:
        return QStringLiteral("remove expired object delete markers");
    case Lifecycle::RuleStep::Kind::NoncurrentTransition:
        return QStringLiteral("noncurrent %1: transition to %2%3")
            .arg(when, step.storageClass,
                 step.newerNoncurrentVersions ? QStringLiteral(" (keeping %1 newer)").arg(*step.newerNoncurrentVersions)
                                              : QString());
    case Lifecycle::RuleStep::Kind::NoncurrentExpiration:
        return QStringLiteral("noncurrent %1: delete permanently%2")
            .arg(when, step.newerNoncurrentVersions
                           ? QStringLiteral(" (keeping %1 newer)").arg(*step.newerNoncurrentVersions)
                           : QString());
    case Lifecycle::RuleStep::Kind::AbortUpload:
        return QStringLiteral("%1 after initiation: abort incomplete multipart uploads").arg(when);
    }
    return when;
}

} // namespace

int runSandbox(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == u"user")
        return runSandboxUser(args.mid(1));
    Session s("sandbox");
    if (auto stop = s.parse(args, 1, 3, u"clock | advance DURATION (30d, 12h, 90m, 45s) | kms create [ID] | kms list | user ..."_qs))
        return *stop;
    const QStringList pos = s.positional();
    const QString verb = pos.first();
    if (verb == u"clock") {
        if (pos.size() != 1)
            return usage("sandbox", u"usage: pailctl sandbox clock"_qs);
        PAIL_CONNECT(s)
        auto r = adminRequest(s, "GET", u"clock"_qs, {});
        if (!r)
            return failWith("sandbox", r.error());
        return printClock(*r);
    }
    if (verb == u"advance") {
        if (pos.size() != 2)
            return usage("sandbox", u"usage: pailctl sandbox advance DURATION (30d, 12h, 90m, 45s)"_qs);
        const auto duration = Core::Clock::parseDuration(pos.at(1));
        if (!duration || duration->count() == 0)
            return usage("sandbox", QStringLiteral("'%1' is not a duration such as 30d, 12h, 90m or 45s").arg(pos.at(1)));
        PAIL_CONNECT(s)
        QList<std::pair<QString, QString>> query;
        if (duration->count() % Core::Clock::kDayMs == 0)
            query.append({u"days"_qs, QString::number(duration->count() / Core::Clock::kDayMs)});
        else
            query.append({u"seconds"_qs, QString::number(double(duration->count()) / 1000.0, 'f', 3)});
        auto r = adminRequest(s, "POST", u"clock/advance"_qs, query);
        if (!r)
            return failWith("sandbox", r.error());
        return printClock(*r);
    }
    if (verb == u"kms") {
        // Sandbox-managed KMS keys for SSE-KMS: kms create [ID] | kms list.
        if (pos.size() < 2)
            return usage("sandbox", u"usage: pailctl sandbox kms create [ID] | kms list"_qs);
        const QString action = pos.at(1);
        PAIL_CONNECT(s)
        Core::Result<QByteArray> r = std::unexpected(Core::Error {});
        if (action == u"list" && pos.size() == 2)
            r = adminRequest(s, "GET", u"kms"_qs, {});
        else if (action == u"create" && pos.size() == 2)
            r = adminRequest(s, "POST", u"kms"_qs, {});
        else if (action == u"create" && pos.size() == 3)
            r = adminRequest(s, "PUT", u"kms/"_qs + pos.at(2), {});
        else
            return usage("sandbox", u"usage: pailctl sandbox kms create [ID] | kms list"_qs);
        if (!r)
            return failWith("sandbox", r.error());
        const QJsonObject o = QJsonDocument::fromJson(*r).object();
        const QJsonArray keys = action == u"list" ? o.value(u"Keys"_qs).toArray() : QJsonArray {o};
        for (const QJsonValue &k : keys)
            std::printf("%s\t%s\n", qPrintable(k.toObject().value(u"KeyId"_qs).toString()),
                        qPrintable(k.toObject().value(u"Arn"_qs).toString()));
        return 0;
    }
    return usage("sandbox", QStringLiteral("unknown sandbox command '%1' (clock, advance, kms)").arg(verb));
}

int runLifecycle(const QStringList &args)
{
    Session s("lifecycle");
    s.parser().addOptions({
        {u"file"_qs, u"Lifecycle configuration as aws s3api JSON ({\"Rules\": [...]})."_qs, u"FILE"_qs},
        {u"bucket"_qs, u"Also list the events for this bucket's objects."_qs, u"BUCKET"_qs},
        {u"days"_qs, u"With --bucket: how far ahead (default 3650 days)."_qs, u"N"_qs, u"3650"_qs},
    });
    if (auto stop = s.parse(args, 1, 1, u"plan --file rules.json [--bucket B] [--days N]"_qs))
        return *stop;
    if (s.positional().first() != u"plan")
        return usage("lifecycle", u"usage: pailctl lifecycle plan --file rules.json [--bucket B]"_qs);
    if (!s.isSet(u"file"_qs))
        return usage("lifecycle", u"--file is required"_qs);
    QFile file(s.value(u"file"_qs));
    if (!file.open(QIODevice::ReadOnly))
        return failWith("lifecycle", Core::Error::make(Core::ErrorCode::IoError,
                                                       QStringLiteral("cannot read %1").arg(file.fileName())));
    auto config = Lifecycle::fromJson(file.readAll(), Lifecycle::Check::Full);
    if (!config)
        return failWith("lifecycle", config.error());
    Lifecycle::assignMissingIds(*config);
    for (const Lifecycle::Rule &rule : config->rules) {
        std::printf("rule '%s' (%s, %s)\n", qPrintable(rule.id), rule.isEnabled() ? "Enabled" : "Disabled",
                    qPrintable(rule.filterDescription()));
        for (const Lifecycle::RuleStep &step : Lifecycle::ruleTimeline(rule))
            std::printf("  %s\n", qPrintable(ruleStepText(step)));
    }
    if (!s.isSet(u"bucket"_qs))
        return 0;
    bool ok = false;
    const int days = s.value(u"days"_qs).toInt(&ok);
    if (!ok || days < 0)
        return usage("lifecycle", u"--days needs a non-negative number"_qs);
    PAIL_CONNECT(s)
    const QString bucket = s.value(u"bucket"_qs);
    Lifecycle::PlanInput input;
    {
        std::unique_ptr<Client::VersioningJob> job(s.client().bucketVersioning(bucket));
        await(job.get());
        if (!job->result())
            return failWith("lifecycle", job->result().error());
        switch (job->result()->status) {
        case S3::VersioningConfiguration::Status::Unset: input.versioning = Lifecycle::Versioning::Unversioned; break;
        case S3::VersioningConfiguration::Status::Enabled: input.versioning = Lifecycle::Versioning::Enabled; break;
        case S3::VersioningConfiguration::Status::Suspended: input.versioning = Lifecycle::Versioning::Suspended; break;
        }
    }
    QList<S3::VersionEntry> entries;
    Client::ListVersionsRequest req;
    req.bucket = bucket;
    for (;;) {
        std::unique_ptr<Client::ListVersionsJob> job(s.client().listObjectVersions(req));
        await(job.get());
        if (!job->result())
            return failWith("lifecycle", job->result().error());
        entries += job->result()->entries;
        if (!job->result()->isTruncated)
            break;
        req.keyMarker = job->result()->nextKeyMarker;
        req.versionIdMarker = job->result()->nextVersionIdMarker;
    }
    // Tags are not part of listings: fetch them per version, only when a rule filters on tags.
    const bool needTags = std::any_of(config->rules.cbegin(), config->rules.cend(),
                                      [](const Lifecycle::Rule &r) { return r.isEnabled() && r.hasTagFilter(); });
    // Entries come key by key, newest first.
    for (qsizetype i = 0; i < entries.size();) {
        qsizetype end = i;
        while (end < entries.size() && entries.at(end).key == entries.at(i).key)
            ++end;
        int newerNoncurrent = 0;
        for (qsizetype j = i; j < end; ++j) {
            const S3::VersionEntry &e = entries.at(j);
            Lifecycle::ObjectVersion o;
            o.key = e.key;
            o.versionId = e.versionId;
            o.size = e.size;
            if (!e.storageClass.isEmpty())
                o.storageClass = e.storageClass;
            o.lastModified = e.lastModified;
            o.isLatest = e.isLatest;
            o.isDeleteMarker = e.isDeleteMarker;
            if (!e.isLatest) {
                o.noncurrentSince = entries.at(j - 1).lastModified;
                o.newerNoncurrentVersions = newerNoncurrent;
                if (!e.isDeleteMarker)
                    ++newerNoncurrent;
            }
            if (e.isLatest && e.isDeleteMarker)
                o.otherVersionCount = int(end - i - 1);
            if (needTags && !e.isDeleteMarker) {
                std::unique_ptr<Client::TaggingJob> tags(s.client().objectTagging(bucket, e.key, e.versionId));
                await(tags.get());
                if (!tags->result())
                    return failWith("lifecycle", tags->result().error());
                for (const S3::Tag &t : tags->result()->tags)
                    o.tags.append(Lifecycle::Tag {t.key, t.value});
            }
            input.objects.append(o);
        }
        i = end;
    }
    QString keyMarker;
    QString uploadIdMarker;
    for (;;) {
        std::unique_ptr<Client::ListUploadsJob> job(
            s.client().listMultipartUploads(bucket, {}, keyMarker, uploadIdMarker));
        await(job.get());
        if (!job->result())
            return failWith("lifecycle", job->result().error());
        for (const S3::UploadEntry &u : job->result()->uploads)
            input.uploads.append(Lifecycle::IncompleteUpload {u.key, u.uploadId, u.initiated});
        if (!job->result()->isTruncated)
            break;
        keyMarker = job->result()->nextKeyMarker;
        uploadIdMarker = job->result()->nextUploadIdMarker;
    }
    // "Now" is the server's sandbox clock when it has one (it may have been advanced), else
    // real time.
    QDateTime now = QDateTime::currentDateTimeUtc();
    const QHostAddress host(s.client().profile().endpoint.host());
    const bool sandbox = host.isLoopback() || s.client().profile().endpoint.host() == u"localhost";
    if (auto clock = sandbox ? adminRequest(s, "GET", u"clock"_qs, {}) : Core::Result<QByteArray>(std::unexpected(Core::Error {}))) {
        const QDateTime serverNow = QDateTime::fromString(QJsonDocument::fromJson(*clock).object().value(u"now"_qs).toString(), Qt::ISODateWithMs);
        if (serverNow.isValid())
            now = serverNow.toUTC();
    }
    const QDateTime horizon = now.addDays(days);
    const QList<Lifecycle::Action> actions = Lifecycle::plan(*config, input, horizon);
    std::printf("\nbucket %s: %lld version(s), %lld event(s) within %d days\n", qPrintable(bucket),
                static_cast<long long>(input.objects.size()), static_cast<long long>(actions.size()), days);
    for (const Lifecycle::Action &a : actions) {
        QString what = Lifecycle::actionKindName(a.kind);
        if (!a.storageClass.isEmpty())
            what += QStringLiteral(" -> ") + a.storageClass;
        std::printf("%s  %-28s %s%s  [rule %s]\n", qPrintable(a.when.toString(Qt::ISODate)), qPrintable(what),
                    qPrintable(a.key),
                    a.versionId.isEmpty() || a.versionId == u"null" ? "" : qPrintable(QStringLiteral(" (") + a.versionId + u')'),
                    qPrintable(a.ruleId));
    }
    return 0;
}

} // namespace Ctl
