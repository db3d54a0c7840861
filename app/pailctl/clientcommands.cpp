#include "app/pailctl/clientcommands.h"
#include "app/pailctl/policycommands.h"

#include <cstdio>
#include <memory>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/pailctl/s3path.h"
#include "app/pailctl/session.h"
#include "engine/client/configreadback.h"
#include "engine/client/requestjob.h"
#include "engine/client/s3client.h"
#include "engine/core/clock.h"
#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleplanner.h"
#include "engine/s3/errortable.h"
#include "engine/transfer/listing.h"

#define PAIL_CONNECT(session)                                                                                             \
    if (auto connected = (session).connect(); !connected)                                                                \
    return (session).fail(connected.error())

namespace Ctl {

namespace {

Core::Result<QList<S3::ObjectEntry>> listAll(Client::S3Client &client, const QString &bucket, const QString &prefix)
{
    Transfer::ListAllObjectsJob job(client, bucket, prefix);
    awaitJob(&job);
    return job.result();
}

// Every version and delete marker under the prefix (keyExact: only that key's).
Core::Result<QList<S3::VersionEntry>> listAllVersions(Client::S3Client &client, const QString &bucket,
                                                      const QString &prefix, bool keyExact)
{
    QList<S3::VersionEntry> all;
    Client::ListVersionsRequest request;
    request.bucket = bucket;
    request.prefix = prefix;
    for (;;) {
        std::unique_ptr<Client::ListVersionsJob> job(client.listObjectVersions(request));
        awaitJob(job.get());
        if (!job->result())
            return std::unexpected(job->result().error());
        for (const S3::VersionEntry &e : job->result()->entries) {
            if (!keyExact || e.key == prefix)
                all.append(e);
        }
        if (!job->result()->isTruncated)
            break;
        request.keyMarker = job->result()->nextKeyMarker;
        request.versionIdMarker = job->result()->nextVersionIdMarker;
    }
    return all;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Deletes the objects with DeleteObjects and reports them (lines, or one JSON document).
int deleteAndReport(Session &s, const QString &bucket, const QList<S3::ObjectIdentifier> &ids)
{
    S3::DeleteResult result;
    if (!ids.isEmpty()) {
        std::unique_ptr<Client::DeleteObjectsJob> job(s.client().deleteObjects(bucket, ids, false));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        result = *job->result();
    }
    if (s.json()) {
        QJsonArray deleted;
        for (const S3::DeletedObject &d : result.deleted) {
            QJsonObject o {{u"key"_qs, d.key}, {u"url"_qs, s3Url(bucket, d.key)}};
            if (!d.versionId.isEmpty())
                o.insert(u"versionId"_qs, d.versionId);
            if (d.deleteMarker)
                o.insert(u"deleteMarker"_qs, true);
            if (!d.deleteMarkerVersionId.isEmpty())
                o.insert(u"deleteMarkerVersionId"_qs, d.deleteMarkerVersionId);
            deleted.append(o);
        }
        QJsonArray errors;
        for (const S3::DeleteError &e : result.errors)
            errors.append(QJsonObject {{u"key"_qs, e.key}, {u"versionId"_qs, e.versionId}, {u"code"_qs, e.code}, {u"message"_qs, e.message}});
        printJson({{u"bucket"_qs, bucket}, {u"deleted"_qs, deleted}, {u"errors"_qs, errors}});
    } else {
        if (!s.quiet()) {
            for (const S3::DeletedObject &d : result.deleted)
                std::printf("delete: %s%s\n", qPrintable(s3Url(bucket, d.key)),
                            d.versionId.isEmpty() ? "" : qPrintable(QStringLiteral(" (version %1)").arg(d.versionId)));
        }
        for (const S3::DeleteError &e : result.errors)
            std::fprintf(stderr, "pailctl %s: %s: %s %s\n", qPrintable(s.command()), qPrintable(s3Url(bucket, e.key)),
                         qPrintable(e.code), qPrintable(e.message));
    }
    std::fflush(stdout);
    if (result.errors.isEmpty())
        return ExitOk;
    return result.deleted.isEmpty() ? ExitFailed : ExitPartial;
}

} // namespace

int runLs(const QStringList &args)
{
    Session s(u"ls"_qs);
    s.parser().addOption({u"recursive"_qs, u"List every key under the prefix."_qs});
    if (auto stop = s.parse(args, 0, 1, u"[s3://bucket[/prefix]] [--recursive] [--json]"_qs))
        return *stop;
    PAIL_CONNECT(s);
    if (s.positional().isEmpty()) {
        std::unique_ptr<Client::ListBucketsJob> job(s.client().listBuckets());
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        QJsonArray buckets;
        for (const S3::BucketInfo &b : job->result()->buckets) {
            if (s.json())
                buckets.append(QJsonObject {{u"name"_qs, b.name}, {u"creationDate"_qs, isoTime(b.creationDate)}});
            else
                std::printf("%s %s\n", qPrintable(b.creationDate.toString(u"yyyy-MM-dd HH:mm:ss"_qs)), qPrintable(b.name));
        }
        if (s.json())
            printJson({{u"buckets"_qs, buckets}});
        return ExitOk;
    }
    const QString url = s.positional().first();
    if (!isS3(url))
        return s.usage(u"expected an s3:// URL"_qs);
    const S3Path path = parseS3(url);
    Client::ListObjectsRequest request;
    request.bucket = path.bucket;
    request.prefix = path.key;
    if (!s.isSet(u"recursive"_qs))
        request.delimiter = u"/"_qs;
    QJsonArray prefixes;
    QJsonArray objects;
    for (;;) {
        std::unique_ptr<Client::ListObjectsJob> job(s.client().listObjects(request));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        for (const QString &p : job->result()->commonPrefixes) {
            if (s.json())
                prefixes.append(p);
            else
                std::printf("%30s %s\n", "PRE", qPrintable(p.mid(path.key.lastIndexOf(u'/') + 1)));
        }
        for (const S3::ObjectEntry &e : job->result()->contents) {
            if (s.json()) {
                objects.append(QJsonObject {{u"key"_qs, e.key},
                                            {u"size"_qs, double(e.size)},
                                            {u"lastModified"_qs, isoTime(e.lastModified)},
                                            {u"etag"_qs, e.etag},
                                            {u"storageClass"_qs, e.storageClass.isEmpty() ? u"STANDARD"_qs : e.storageClass}});
                continue;
            }
            const QString name = s.isSet(u"recursive"_qs) ? e.key : e.key.mid(path.key.lastIndexOf(u'/') + 1);
            std::printf("%s %10lld %s\n", qPrintable(e.lastModified.toString(u"yyyy-MM-dd HH:mm:ss"_qs)), e.size,
                        qPrintable(name));
        }
        if (!job->result()->isTruncated || job->result()->nextContinuationToken.isEmpty())
            break;
        request = request.withContinuationToken(job->result()->nextContinuationToken);
    }
    if (s.json())
        printJson({{u"bucket"_qs, path.bucket}, {u"prefix"_qs, path.key}, {u"prefixes"_qs, prefixes}, {u"objects"_qs, objects}});
    return ExitOk;
}

int runMb(const QStringList &args)
{
    Session s(u"mb"_qs);
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return s.usage(u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s);
    const S3Path path = parseS3(url);
    std::unique_ptr<Client::VoidJob> job(s.client().createBucket(path.bucket, s.value(u"region"_qs)));
    awaitJob(job.get());
    if (!job->result())
        return s.fail(job->result().error());
    if (s.json())
        printJson({{u"bucket"_qs, path.bucket}, {u"created"_qs, true}});
    else if (!s.quiet())
        std::printf("make_bucket: %s\n", qPrintable(path.bucket));
    return ExitOk;
}

int runRb(const QStringList &args)
{
    Session s(u"rb"_qs);
    s.parser().addOption({u"force"_qs, u"Delete every object (and, in a versioned bucket, every version) first."_qs});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket [--force]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return s.usage(u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s);
    const S3Path path = parseS3(url);
    QJsonArray deleted;
    if (s.isSet(u"force"_qs)) {
        const auto versions = listAllVersions(s.client(), path.bucket, {}, false);
        QList<S3::ObjectIdentifier> ids;
        if (versions) {
            for (const S3::VersionEntry &e : *versions)
                ids.append(S3::ObjectIdentifier {e.key, e.versionId});
        } else { // an endpoint without versioning support
            const auto objects = listAll(s.client(), path.bucket, {});
            if (!objects)
                return s.fail(objects.error());
            for (const S3::ObjectEntry &e : *objects)
                ids.append(S3::ObjectIdentifier {e.key, {}});
        }
        if (!ids.isEmpty()) {
            std::unique_ptr<Client::DeleteObjectsJob> del(s.client().deleteObjects(path.bucket, ids, false));
            awaitJob(del.get());
            if (!del->result())
                return s.fail(del->result().error());
            if (!del->result()->errors.isEmpty()) {
                const S3::DeleteError &e = del->result()->errors.first();
                Core::Error error = S3::makeError(S3::errorCodeFromS3(e.code), e.key + u": "_qs + e.message);
                error.s3Code = e.code;
                return s.fail(error);
            }
            for (const auto &d : del->result()->deleted) {
                deleted.append(d.key);
                if (!s.json() && !s.quiet())
                    std::printf("delete: %s\n", qPrintable(s3Url(path.bucket, d.key)));
            }
        }
    }
    std::unique_ptr<Client::VoidJob> job(s.client().deleteBucket(path.bucket));
    awaitJob(job.get());
    if (!job->result())
        return s.fail(job->result().error());
    if (s.json())
        printJson({{u"bucket"_qs, path.bucket}, {u"removed"_qs, true}, {u"deleted"_qs, deleted}});
    else if (!s.quiet())
        std::printf("remove_bucket: %s\n", qPrintable(path.bucket));
    return ExitOk;
}

int runRm(const QStringList &args)
{
    Session s(u"rm"_qs);
    s.parser().addOptions({{u"recursive"_qs, u"Every object under the prefix."_qs},
                           {u"versions"_qs, u"Every version and delete marker too (permanent), not just the current objects."_qs},
                           {u"version-id"_qs, u"Delete this version of the key (permanent)."_qs, u"ID"_qs}});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket/key [--recursive] [--versions] [--version-id ID]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return s.usage(u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s);
    const S3Path path = parseS3(url);
    const bool recursive = s.isSet(u"recursive"_qs);
    if (s.isSet(u"versions"_qs)) {
        const auto versions = listAllVersions(s.client(), path.bucket, path.key, !recursive);
        if (!versions)
            return s.fail(versions.error());
        QList<S3::ObjectIdentifier> ids;
        for (const S3::VersionEntry &e : *versions)
            ids.append(S3::ObjectIdentifier {e.key, e.versionId});
        return deleteAndReport(s, path.bucket, ids);
    }
    if (!recursive) {
        std::unique_ptr<Client::DeleteObjectJob> job(s.client().deleteObject(path.bucket, path.key, s.value(u"version-id"_qs)));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        if (s.json()) {
            QJsonObject o {{u"key"_qs, path.key}, {u"url"_qs, url}};
            if (!job->result()->versionId.isEmpty())
                o.insert(u"versionId"_qs, job->result()->versionId);
            if (job->result()->deleteMarker)
                o.insert(u"deleteMarker"_qs, true);
            printJson({{u"bucket"_qs, path.bucket}, {u"deleted"_qs, QJsonArray {o}}, {u"errors"_qs, QJsonArray {}}});
        } else if (!s.quiet()) {
            std::printf("delete: %s\n", qPrintable(url));
        }
        return ExitOk;
    }
    const auto objects = listAll(s.client(), path.bucket, path.key);
    if (!objects)
        return s.fail(objects.error());
    QList<S3::ObjectIdentifier> ids;
    for (const S3::ObjectEntry &e : *objects)
        ids.append(S3::ObjectIdentifier {e.key, {}});
    return deleteAndReport(s, path.bucket, ids);
}

int runPresign(const QStringList &args)
{
    Session s(u"presign"_qs);
    s.parser().addOptions({{u"expires-in"_qs, u"Seconds the URL stays valid (default 3600)."_qs, u"SECONDS"_qs, u"3600"_qs},
                           {u"put"_qs, u"A URL for PUT instead of GET."_qs}});
    if (auto stop = s.parse(args, 1, 1, u"s3://bucket/key [--expires-in SECONDS] [--put]"_qs))
        return *stop;
    const QString url = s.positional().first();
    if (!isS3(url))
        return s.usage(u"expected an s3:// URL"_qs);
    PAIL_CONNECT(s);
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
            return s.fail(*error);
    }
    bool ok = false;
    const qint64 expires = s.value(u"expires-in"_qs).toLongLong(&ok);
    if (!ok)
        return s.usage(u"--expires-in needs a number of seconds"_qs);
    const S3Path path = parseS3(url);
    const QByteArray method = s.isSet(u"put"_qs) ? "PUT" : "GET";
    const auto signedUrl = s.client().presignUrl(method, path.bucket, path.key, expires);
    if (!signedUrl)
        return s.fail(signedUrl.error());
    if (s.json()) {
        printJson({{u"url"_qs, QString::fromLatin1(signedUrl->toEncoded())},
                   {u"method"_qs, QString::fromLatin1(method)},
                   {u"expiresIn"_qs, double(expires)},
                   {u"expires"_qs, isoTime(QDateTime::currentDateTimeUtc().addSecs(expires))}});
    } else {
        std::printf("%s\n", signedUrl->toEncoded().constData());
    }
    return ExitOk;
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
    awaitJob(&job);
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
    Session s(u"sandbox"_qs);
    if (auto stop = s.parse(args, 1, 3, u"clock | advance DURATION (30d, 12h, 90m, 45s) | kms create [ID] | kms list | user ..."_qs))
        return *stop;
    const QStringList pos = s.positional();
    const QString verb = pos.first();
    if (verb == u"clock") {
        if (pos.size() != 1)
            return s.usage(u"usage: pailctl sandbox clock"_qs);
        PAIL_CONNECT(s);
        auto r = adminRequest(s, "GET", u"clock"_qs, {});
        if (!r)
            return s.fail(r.error());
        return printClock(*r);
    }
    if (verb == u"advance") {
        if (pos.size() != 2)
            return s.usage(u"usage: pailctl sandbox advance DURATION (30d, 12h, 90m, 45s)"_qs);
        const auto duration = Core::Clock::parseDuration(pos.at(1));
        if (!duration || duration->count() == 0)
            return s.usage(QStringLiteral("'%1' is not a duration such as 30d, 12h, 90m or 45s").arg(pos.at(1)));
        PAIL_CONNECT(s);
        QList<std::pair<QString, QString>> query;
        if (duration->count() % Core::Clock::kDayMs == 0)
            query.append({u"days"_qs, QString::number(duration->count() / Core::Clock::kDayMs)});
        else
            query.append({u"seconds"_qs, QString::number(double(duration->count()) / 1000.0, 'f', 3)});
        auto r = adminRequest(s, "POST", u"clock/advance"_qs, query);
        if (!r)
            return s.fail(r.error());
        return printClock(*r);
    }
    if (verb == u"kms") {
        // Sandbox-managed KMS keys for SSE-KMS: kms create [ID] | kms list.
        if (pos.size() < 2)
            return s.usage(u"usage: pailctl sandbox kms create [ID] | kms list"_qs);
        const QString action = pos.at(1);
        PAIL_CONNECT(s);
        Core::Result<QByteArray> r = std::unexpected(Core::Error {});
        if (action == u"list" && pos.size() == 2)
            r = adminRequest(s, "GET", u"kms"_qs, {});
        else if (action == u"create" && pos.size() == 2)
            r = adminRequest(s, "POST", u"kms"_qs, {});
        else if (action == u"create" && pos.size() == 3)
            r = adminRequest(s, "PUT", u"kms/"_qs + pos.at(2), {});
        else
            return s.usage(u"usage: pailctl sandbox kms create [ID] | kms list"_qs);
        if (!r)
            return s.fail(r.error());
        const QJsonObject o = QJsonDocument::fromJson(*r).object();
        const QJsonArray keys = action == u"list" ? o.value(u"Keys"_qs).toArray() : QJsonArray {o};
        for (const QJsonValue &k : keys)
            std::printf("%s\t%s\n", qPrintable(k.toObject().value(u"KeyId"_qs).toString()),
                        qPrintable(k.toObject().value(u"Arn"_qs).toString()));
        return 0;
    }
    return s.usage(QStringLiteral("unknown sandbox command '%1' (clock, advance, kms)").arg(verb));
}

int runLifecycle(const QStringList &args)
{
    Session s(u"lifecycle"_qs);
    s.parser().addOptions({
        {u"file"_qs, u"Lifecycle configuration as aws s3api JSON ({\"Rules\": [...]})."_qs, u"FILE"_qs},
        {u"bucket"_qs, u"The bucket (get, put; with plan: also list the events for its objects)."_qs, u"BUCKET"_qs},
        {u"days"_qs, u"With plan --bucket: how far ahead (default 3650 days)."_qs, u"N"_qs, u"3650"_qs},
    });
    const QString syntax = u"get --bucket B | put --bucket B --file rules.json | plan --file rules.json [--bucket B] [--days N]"_qs;
    if (auto stop = s.parse(args, 1, 1, syntax))
        return *stop;
    const QString verb = s.positional().first();
    if (verb == u"get" || verb == u"put") {
        if (!s.isSet(u"bucket"_qs))
            return s.usage(u"--bucket is required"_qs);
        const QString bucket = s.value(u"bucket"_qs);
        if (verb == u"get") {
            PAIL_CONNECT(s);
            std::unique_ptr<Client::RawDocumentJob> job(s.client().bucketConfig(bucket, Client::BucketConfig::Lifecycle));
            awaitJob(job.get());
            if (!job->result())
                return s.fail(job->result().error());
            auto config = Lifecycle::fromXml(*job->result(), Lifecycle::Check::StructureOnly);
            if (!config)
                return s.fail(config.error());
            const QByteArray json = Lifecycle::toJson(*config);
            if (s.json())
                printJson({{u"bucket"_qs, bucket}, {u"configuration"_qs, QJsonDocument::fromJson(json).object()}});
            else
                std::printf("%s\n", json.trimmed().constData());
            return ExitOk;
        }
        if (!s.isSet(u"file"_qs))
            return s.usage(u"--file is required"_qs);
        QFile in(s.value(u"file"_qs));
        if (!in.open(QIODevice::ReadOnly))
            return s.fail(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(in.fileName())));
        auto config = Lifecycle::fromJson(in.readAll(), Lifecycle::Check::Full);
        if (!config)
            return s.fail(config.error());
        PAIL_CONNECT(s);
        std::unique_ptr<Client::ConfigWriteJob> job(
            s.client().putBucketConfigChecked(bucket, Client::BucketConfig::Lifecycle, Lifecycle::toXml(*config)));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        return reportConfigWrite(s, bucket, u"lifecycle configuration"_qs, *job->result());
    }
    if (verb != u"plan")
        return s.usage(u"usage: pailctl lifecycle "_qs + syntax);
    if (!s.isSet(u"file"_qs))
        return s.usage(u"--file is required"_qs);
    QFile file(s.value(u"file"_qs));
    if (!file.open(QIODevice::ReadOnly))
        return s.fail(Core::Error::make(Core::ErrorCode::IoError,
                                                       QStringLiteral("cannot read %1").arg(file.fileName())));
    auto config = Lifecycle::fromJson(file.readAll(), Lifecycle::Check::Full);
    if (!config)
        return s.fail(config.error());
    Lifecycle::assignMissingIds(*config);
    QJsonArray rulesJson;
    for (const Lifecycle::Rule &rule : config->rules) {
        QJsonArray steps;
        if (!s.json())
            std::printf("rule '%s' (%s, %s)\n", qPrintable(rule.id), rule.isEnabled() ? "Enabled" : "Disabled",
                        qPrintable(rule.filterDescription()));
        for (const Lifecycle::RuleStep &step : Lifecycle::ruleTimeline(rule)) {
            if (s.json())
                steps.append(ruleStepText(step));
            else
                std::printf("  %s\n", qPrintable(ruleStepText(step)));
        }
        rulesJson.append(QJsonObject {{u"id"_qs, rule.id},
                                      {u"status"_qs, rule.isEnabled() ? u"Enabled"_qs : u"Disabled"_qs},
                                      {u"filter"_qs, rule.filterDescription()},
                                      {u"steps"_qs, steps}});
    }
    if (!s.isSet(u"bucket"_qs)) {
        if (s.json())
            printJson({{u"rules"_qs, rulesJson}});
        return 0;
    }
    bool ok = false;
    const int days = s.value(u"days"_qs).toInt(&ok);
    if (!ok || days < 0)
        return s.usage(u"--days needs a non-negative number"_qs);
    PAIL_CONNECT(s);
    const QString bucket = s.value(u"bucket"_qs);
    Lifecycle::PlanInput input;
    {
        std::unique_ptr<Client::VersioningJob> job(s.client().bucketVersioning(bucket));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
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
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
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
                awaitJob(tags.get());
                if (!tags->result())
                    return s.fail(tags->result().error());
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
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
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
    if (s.json()) {
        QJsonArray events;
        for (const Lifecycle::Action &a : actions) {
            QJsonObject o {{u"when"_qs, a.when.toString(Qt::ISODate)},
                           {u"action"_qs, Lifecycle::actionKindName(a.kind)},
                           {u"key"_qs, a.key},
                           {u"rule"_qs, a.ruleId}};
            if (!a.storageClass.isEmpty())
                o.insert(u"storageClass"_qs, a.storageClass);
            if (!a.versionId.isEmpty())
                o.insert(u"versionId"_qs, a.versionId);
            events.append(o);
        }
        printJson({{u"rules"_qs, rulesJson},
                   {u"bucket"_qs, bucket},
                   {u"versions"_qs, double(input.objects.size())},
                   {u"days"_qs, days},
                   {u"events"_qs, events}});
        return 0;
    }
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
