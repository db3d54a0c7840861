#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "engine/core/error.h"

namespace Server {

// One JSON line per request: time, request id, remote, method, path, operation, status, bytes
// in/out, milliseconds, access key id. Never secrets or signatures (the query string is
// dropped for that reason: presigned URLs carry the signature there).
// Lines are buffered and written by a flusher thread at most kFlushInterval after they were
// logged (sooner once kFlushBytes are pending), not one write and flush per request: readers
// of the file (the sandbox panel's live log, tests) see a request's line within that interval.
// flush() writes what is pending at once; HttpServer::stop() calls it after the last request,
// and the destructor does too, so the file is complete after a clean stop (a killed process
// loses at most the last interval's lines).
// Thread-safe; owned by whoever owns the server (Sandbox), outlives the server.
class AccessLog
{
public:
    struct Entry
    {
        std::string requestId;
        std::string remote;
        std::string method;
        std::string target; // raw target; the query string is stripped before writing
        std::string operation;
        std::string accessKeyId;
        int status = 0;
        std::uint64_t bytesIn = 0;
        std::uint64_t bytesOut = 0;
        double milliseconds = 0;
        // For server access log delivery (engine/server/logdelivery.h); not in the JSON line.
        std::string bucket;
        std::string key;
        std::string requester;
        std::string errorCode;
        std::string userAgent;
        std::string referer;
        std::string host;
        bool secure = false;
        bool presigned = false; // authenticated by query string
    };
    // Called for every entry (also when no file is open), on the request's I/O thread, with the
    // time the entry was written (Unix milliseconds, real time).
    using Observer = std::function<void(const Entry &, long long unixMillis)>;

    static constexpr std::chrono::milliseconds kFlushInterval {50};
    static constexpr std::size_t kFlushBytes = 64 * 1024;

    AccessLog() = default;
    ~AccessLog(); // flushes
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    // path "-" writes to stdout; an empty path disables the log. The file is appended to.
    Core::Status open(const std::string &path);
    void write(const Entry &entry);
    // Writes the buffered lines to the file now (returns once they are handed to the kernel).
    void flush();
    // Set before the server starts (not synchronised with write()).
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // The JSON line for one entry, without the newline (exposed for tests).
    static std::string format(const Entry &entry, long long unixMillis);
    static void appendFormatted(std::string &out, const Entry &entry, long long unixMillis);

private:
    void flushLoop();
    void stopFlusher();
    void closeFile(); // with m_fileMutex held

    // Lock order: m_fileMutex, then m_mutex.
    std::mutex m_fileMutex; // the file and the order of writes to it
    std::FILE *m_file = nullptr;
    bool m_ownsFile = false;
    std::atomic<bool> m_enabled {false}; // a file is open: write() buffers lines
    std::mutex m_mutex; // the buffer and the flusher's state
    std::condition_variable m_wake;
    std::string m_buffer;
    bool m_stop = false;
    std::thread m_flusher;
    Observer m_observer;
};

} // namespace Server
