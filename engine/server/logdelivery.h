#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <QString>

#include "engine/server/accesslog.h"

namespace Core {
class Clock;
}

namespace Store {
class Store;
}

namespace Server {

// Server access logging (PutBucketLogging): for requests on a bucket with a BucketLoggingStatus,
// writes AWS's space-separated server access log records as objects named
// "<TargetPrefix>YYYY-MM-DD-hh-mm-ss-<16 hex>" into the target bucket, owned by the target
// bucket's owner. Records are batched: a batch goes out every `interval`, when `maxRecords`
// are pending, and on stop(). Delivery is best effort, as on AWS: a target bucket that has gone
// drops its batch.
// record() is called on the I/O threads (as an AccessLog observer); one delivery thread writes
// to the store. Owned by the LocalServer; the store and clock must outlive it.
class LogDelivery
{
public:
    struct Options
    {
        std::chrono::milliseconds interval {std::chrono::seconds(5)};
        std::size_t maxRecords = 1000;
    };

    LogDelivery(Store::Store &store, const Core::Clock *clock, Options options);
    ~LogDelivery(); // stop()
    LogDelivery(const LogDelivery &) = delete;
    LogDelivery &operator=(const LogDelivery &) = delete;

    void start();
    // Delivers what is pending and joins the delivery thread. Idempotent.
    void stop();
    // Delivers every pending batch now, on the calling thread. Number of log objects written.
    int flush();

    // The AccessLog observer: queues a record when the entry's bucket has logging enabled.
    void record(const AccessLog::Entry &entry, long long unixMillis);
    // Forgets the cached logging configuration of bucket (PutBucketLogging, DeleteBucket).
    void invalidate(const QString &bucket);

    // One record in AWS's format (exposed for tests). bucketOwner is the canonical id.
    static std::string formatRecord(const AccessLog::Entry &entry, const std::string &bucketOwner, long long unixMillis);

private:
    struct Target
    {
        bool enabled = false;
        std::string bucketOwner;
        QString targetBucket;
        QString targetPrefix;
        std::chrono::steady_clock::time_point loaded;
    };
    std::optional<Target> targetFor(const std::string &bucket);
    void run();

    Store::Store &m_store;
    const Core::Clock *m_clock;
    Options m_options;

    std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    std::map<std::string, Target> m_targets;                                 // by source bucket
    std::map<std::pair<QString, QString>, std::vector<std::string>> m_batches; // (target, prefix) -> records
    std::size_t m_pending = 0;
    bool m_stop = false;
    std::thread m_thread;
    std::mutex m_flushMutex; // one flush at a time
};

} // namespace Server
