#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>

#include "engine/core/error.h"

namespace Server {

// One JSON line per request: time, request id, remote, method, path, operation, status, bytes
// in/out, milliseconds, access key id. Never secrets or signatures (the query string is
// dropped for that reason: presigned URLs carry the signature there).
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

    AccessLog() = default;
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    // path "-" writes to stdout; an empty path disables the log. The file is appended to.
    Core::Status open(const std::string &path);
    void write(const Entry &entry);
    // Set before the server starts (not synchronised with write()).
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // The JSON line for one entry, without the newline (exposed for tests).
    static std::string format(const Entry &entry, long long unixMillis);

private:
    std::mutex m_mutex;
    std::FILE *m_file = nullptr;
    bool m_ownsFile = false;
    Observer m_observer;
};

} // namespace Server
