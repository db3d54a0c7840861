#include "engine/server/logdelivery.h"

#include <cctype>
#include <cstdio>
#include <ctime>

#include <QRandomGenerator>

#include "engine/core/clock.h"
#include "engine/s3/uri.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/store/objectwriter.h"
#include "engine/store/store.h"

namespace Server {

namespace {

// How long a cached logging configuration is trusted without invalidate() (a bucket deleted
// and re-created, a configuration written by another process).
constexpr auto kConfigTtl = std::chrono::seconds(2);

std::string dashIfEmpty(const std::string &s)
{
    return s.empty() ? std::string("-") : s;
}

std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s.empty() ? std::string("-") : s)
        out += (c == '"' || c == '\n' || c == '\r') ? '_' : c;
    out += '"';
    return out;
}

// AWS's "REST.<METHOD>.<RESOURCE>" operation from our operation name.
std::string restOperation(const AccessLog::Entry &e)
{
    static const std::map<std::string_view, std::string_view> kResource {
        {"GetObject", "OBJECT"},
        {"HeadObject", "OBJECT"},
        {"PutObject", "OBJECT"},
        {"DeleteObject", "OBJECT"},
        {"ListObjects", "BUCKET"},
        {"ListObjectsV2", "BUCKET"},
        {"HeadBucket", "BUCKET"},
        {"CreateBucket", "BUCKET"},
        {"DeleteBucket", "BUCKET"},
        {"ListBuckets", "SERVICE"},
        {"ListObjectVersions", "BUCKETVERSIONS"},
        {"ListMultipartUploads", "UPLOADS"},
        {"CreateMultipartUpload", "UPLOADS"},
        {"UploadPart", "PART"},
        {"UploadPartCopy", "PART"},
        {"CompleteMultipartUpload", "UPLOAD"},
        {"AbortMultipartUpload", "UPLOAD"},
        {"ListParts", "UPLOAD"},
        {"DeleteObjects", "MULTI_OBJECT_DELETE"},
        {"GetObjectTagging", "OBJECT_TAGGING"},
        {"PutObjectTagging", "OBJECT_TAGGING"},
        {"DeleteObjectTagging", "OBJECT_TAGGING"},
        {"GetBucketTagging", "TAGGING"},
        {"PutBucketTagging", "TAGGING"},
        {"DeleteBucketTagging", "TAGGING"},
        {"GetBucketVersioning", "VERSIONING"},
        {"PutBucketVersioning", "VERSIONING"},
        {"GetBucketLocation", "LOCATION"},
        {"GetBucketPolicy", "BUCKETPOLICY"},
        {"PutBucketPolicy", "BUCKETPOLICY"},
        {"DeleteBucketPolicy", "BUCKETPOLICY"},
        {"GetBucketPolicyStatus", "POLICY_STATUS"},
        {"GetBucketCors", "CORS"},
        {"PutBucketCors", "CORS"},
        {"DeleteBucketCors", "CORS"},
        {"CorsPreflight", "PREFLIGHT"},
        {"GetBucketLifecycleConfiguration", "LIFECYCLE"},
        {"PutBucketLifecycleConfiguration", "LIFECYCLE"},
        {"DeleteBucketLifecycle", "LIFECYCLE"},
        {"GetBucketEncryption", "ENCRYPTION"},
        {"PutBucketEncryption", "ENCRYPTION"},
        {"DeleteBucketEncryption", "ENCRYPTION"},
        {"GetBucketAcl", "ACL"},
        {"PutBucketAcl", "ACL"},
        {"GetObjectAcl", "ACL"},
        {"PutObjectAcl", "ACL"},
        {"GetBucketLogging", "LOGGING_STATUS"},
        {"PutBucketLogging", "LOGGING_STATUS"},
        {"GetBucketOwnershipControls", "OWNERSHIP_CONTROLS"},
        {"PutBucketOwnershipControls", "OWNERSHIP_CONTROLS"},
        {"DeleteBucketOwnershipControls", "OWNERSHIP_CONTROLS"},
        {"GetPublicAccessBlock", "PUBLIC_ACCESS_BLOCK"},
        {"PutPublicAccessBlock", "PUBLIC_ACCESS_BLOCK"},
        {"DeletePublicAccessBlock", "PUBLIC_ACCESS_BLOCK"},
        {"GetBucketWebsite", "WEBSITE"},
        {"PutBucketWebsite", "WEBSITE"},
        {"DeleteBucketWebsite", "WEBSITE"},
        {"RestoreObject", "RESTORE"},
        {"PostObject", "OBJECT"},
    };
    std::string method = e.method;
    if (e.operation == "CopyObject")
        return "REST.COPY.OBJECT";
    const auto it = kResource.find(e.operation);
    std::string resource = it != kResource.end() ? std::string(it->second) : e.operation;
    for (char &c : resource)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return "REST." + method + '.' + resource;
}

// The request-target without the presigned signature (it must not end up in a readable log).
std::string requestUri(const std::string &target)
{
    const auto q = target.find('?');
    if (q == std::string::npos)
        return target;
    std::string out = target.substr(0, q);
    std::string query;
    std::size_t start = q + 1;
    while (start <= target.size()) {
        std::size_t end = target.find('&', start);
        if (end == std::string::npos)
            end = target.size();
        const std::string param = target.substr(start, end - start);
        if (!param.starts_with("X-Amz-Signature=") && !param.empty())
            query += (query.empty() ? "" : "&") + param;
        start = end + 1;
    }
    return query.empty() ? out : out + '?' + query;
}

std::string remoteIp(const std::string &remote)
{
    std::string_view addr = remote;
    if (const auto colon = addr.rfind(':'); colon != std::string_view::npos && colon > 0)
        addr = addr.substr(0, colon);
    if (addr.starts_with('[') && addr.ends_with(']'))
        addr = addr.substr(1, addr.size() - 2);
    return std::string(addr);
}

} // namespace

LogDelivery::LogDelivery(Store::Store &store, const Core::Clock *clock, Options options)
    : m_store {store}
    , m_clock {clock}
    , m_options {options}
{
}

LogDelivery::~LogDelivery()
{
    stop();
}

void LogDelivery::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void LogDelivery::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    flush();
}

void LogDelivery::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, m_options.interval, [this] { return m_stop || m_pending >= m_options.maxRecords; });
        if (m_stop)
            break;
        lock.unlock();
        flush();
        lock.lock();
    }
}

std::string LogDelivery::formatRecord(const AccessLog::Entry &e, const std::string &bucketOwner, long long unixMillis)
{
    const std::time_t secs = std::time_t(unixMillis / 1000);
    std::tm tm {};
    gmtime_r(&secs, &tm);
    // Month names spelled out here: strftime's %b follows the process locale (a GUI sets it).
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char when[96];
    std::snprintf(when, sizeof when, "[%02d/%s/%04d:%02d:%02d:%02d +0000]", tm.tm_mday, kMonths[tm.tm_mon % 12],
                  tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    const QByteArray key = e.key.empty() ? QByteArray("-") : S3::uriEncode(QByteArray::fromStdString(e.key), false);
    std::string r;
    r.reserve(512);
    auto field = [&r](const std::string &value) {
        if (!r.empty())
            r += ' ';
        r += value;
    };
    field(dashIfEmpty(bucketOwner));
    field(e.bucket);
    field(when);
    field(dashIfEmpty(remoteIp(e.remote)));
    field(dashIfEmpty(e.requester));
    field(dashIfEmpty(e.requestId));
    field(restOperation(e));
    field(key.toStdString());
    field(quoted(e.method + ' ' + requestUri(e.target) + " HTTP/1.1"));
    field(std::to_string(e.status));
    field(dashIfEmpty(e.errorCode));
    field(e.bytesOut > 0 ? std::to_string(e.bytesOut) : std::string("-"));
    field("-"); // object size: not known at this layer
    field(std::to_string(static_cast<long long>(e.milliseconds + 0.5)));
    field("-"); // turn-around time
    field(quoted(e.referer));
    field(quoted(e.userAgent));
    field("-"); // version id
    field(dashIfEmpty(e.requestId)); // host id
    field(e.accessKeyId.empty() ? std::string("-") : std::string("SigV4"));
    field("-"); // cipher suite
    field(e.accessKeyId.empty() ? std::string("-") : e.presigned ? std::string("QueryString") : std::string("AuthHeader"));
    field(dashIfEmpty(e.host));
    field(e.secure ? std::string("TLSv1.2") : std::string("-"));
    field("-"); // access point ARN
    field("-"); // aclRequired
    return r;
}

std::optional<LogDelivery::Target> LogDelivery::targetFor(const std::string &bucket)
{
    // Called with m_mutex held.
    const auto now = std::chrono::steady_clock::now();
    if (auto it = m_targets.find(bucket); it != m_targets.end() && now - it->second.loaded < kConfigTtl)
        return it->second.enabled ? std::optional<Target>(it->second) : std::nullopt;
    Target t;
    t.loaded = now;
    const QString name = QString::fromStdString(bucket);
    if (auto doc = m_store.bucketConfig(name, Store::BucketConfigKind::Logging); doc && *doc) {
        if (auto status = S3::BucketLoggingStatus::fromXml(**doc); status && status->loggingEnabled) {
            if (auto info = m_store.bucketInfo(name)) {
                t.enabled = true;
                t.bucketOwner = info->ownerId.toStdString();
                t.targetBucket = status->loggingEnabled->targetBucket;
                t.targetPrefix = status->loggingEnabled->targetPrefix;
            }
        }
    }
    m_targets[bucket] = t;
    return t.enabled ? std::optional<Target>(t) : std::nullopt;
}

void LogDelivery::record(const AccessLog::Entry &entry, long long unixMillis)
{
    if (entry.bucket.empty())
        return;
    const long long when = m_clock ? m_clock->nowMs() : unixMillis;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        const auto target = targetFor(entry.bucket);
        if (!target)
            return;
        m_batches[{target->targetBucket, target->targetPrefix}].push_back(
            formatRecord(entry, target->bucketOwner, when - static_cast<long long>(entry.milliseconds)));
        wake = ++m_pending >= m_options.maxRecords;
    }
    if (wake)
        m_wake.notify_all();
}

void LogDelivery::invalidate(const QString &bucket)
{
    std::lock_guard lock(m_mutex);
    m_targets.erase(bucket.toStdString());
}

int LogDelivery::flush()
{
    std::lock_guard flushing(m_flushMutex);
    std::map<std::pair<QString, QString>, std::vector<std::string>> batches;
    {
        std::lock_guard lock(m_mutex);
        batches.swap(m_batches);
        m_pending = 0;
    }
    int written = 0;
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    for (const auto &[target, records] : batches) {
        if (records.empty())
            continue;
        QByteArray body;
        for (const std::string &line : records) {
            body += QByteArray::fromStdString(line);
            body += '\n';
        }
        auto info = m_store.bucketInfo(target.first);
        if (!info) {
            qWarning("pail: access log for %s dropped: %s", qPrintable(target.first), qPrintable(info.error().message));
            continue;
        }
        const QString unique = QString::number(QRandomGenerator::global()->generate64(), 16).toUpper().rightJustified(16, u'0');
        const QString key = target.second + now.toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss-")) + unique;
        auto writer = m_store.beginWrite();
        if (!writer) {
            qWarning("pail: access log not written: %s", qPrintable(writer.error().message));
            continue;
        }
        if (auto st = (*writer)->write(body); !st) {
            qWarning("pail: access log not written: %s", qPrintable(st.error().message));
            continue;
        }
        Store::ObjectMeta meta;
        meta.contentType = QStringLiteral("text/plain");
        meta.ownerId = info->ownerId;
        if (auto put = m_store.putObject(target.first, key.toUtf8(), std::move(*writer), meta); !put)
            qWarning("pail: access log not written: %s", qPrintable(put.error().message));
        else
            ++written;
    }
    return written;
}

} // namespace Server
