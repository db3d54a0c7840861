#include "engine/server/accesslog.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

#include <QString>

namespace Server {

namespace {

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (const unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

} // namespace

AccessLog::~AccessLog()
{
    stopFlusher();
    flush();
    std::lock_guard fileLock(m_fileMutex);
    closeFile();
}

void AccessLog::closeFile()
{
    if (m_file && m_ownsFile)
        std::fclose(m_file);
    m_file = nullptr;
    m_ownsFile = false;
}

void AccessLog::stopFlusher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_flusher.joinable())
        m_flusher.join();
}

Core::Status AccessLog::open(const std::string &path)
{
    flush(); // what was logged so far goes to the file it was meant for
    std::lock_guard fileLock(m_fileMutex);
    m_enabled = false;
    closeFile();
    if (path.empty())
        return {};
    if (path == "-") {
        m_file = stdout;
    } else {
        // Created readable by its owner only: it names keys, users and addresses.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        m_file = fd < 0 ? nullptr : ::fdopen(fd, "a");
        if (fd >= 0 && !m_file)
            ::close(fd);
        if (!m_file)
            return Core::fail(Core::ErrorCode::IoError,
                              QStringLiteral("cannot open access log %1: %2")
                                  .arg(QString::fromStdString(path), QString::fromLocal8Bit(std::strerror(errno))));
        m_ownsFile = true;
    }
    m_enabled = true;
    if (!m_flusher.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = false;
        }
        m_flusher = std::thread([this] { flushLoop(); });
    }
    return {};
}

void AccessLog::flushLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_buffer.empty(); });
        if (m_stop)
            return; // the owner flushes what is left
        // Let the lines of a burst gather: one write per interval, whatever the request rate.
        if (m_wake.wait_for(lock, kFlushInterval, [this] { return m_stop; }))
            return;
        lock.unlock();
        flush();
        lock.lock();
    }
}

void AccessLog::flush()
{
    std::lock_guard fileLock(m_fileMutex);
    std::string pending;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_buffer);
    }
    if (pending.empty() || !m_file)
        return;
    std::fwrite(pending.data(), 1, pending.size(), m_file);
    std::fflush(m_file);
    // Hand the allocation back, so the next burst appends without growing a new buffer.
    pending.clear();
    std::lock_guard lock(m_mutex);
    if (m_buffer.empty())
        m_buffer.swap(pending);
}

std::string AccessLog::format(const Entry &e, long long unixMillis)
{
    std::string out;
    out.reserve(256 + e.target.size());
    appendFormatted(out, e, unixMillis);
    return out;
}

void AccessLog::appendFormatted(std::string &out, const Entry &e, long long unixMillis)
{
    const std::time_t secs = std::time_t(unixMillis / 1000);
    std::tm tm {};
    gmtime_r(&secs, &tm);
    char when[96];
    std::snprintf(when, sizeof when, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, int(unixMillis % 1000));
    std::string_view path = e.target;
    if (const auto q = path.find('?'); q != std::string_view::npos)
        path = path.substr(0, q);
    out += "{\"time\":\"";
    out += when;
    out += "\",\"requestId\":";
    appendJsonString(out, e.requestId);
    out += ",\"remote\":";
    appendJsonString(out, e.remote);
    out += ",\"method\":";
    appendJsonString(out, e.method);
    out += ",\"path\":";
    appendJsonString(out, path);
    out += ",\"operation\":";
    appendJsonString(out, e.operation);
    char numbers[128];
    const int n = std::snprintf(numbers, sizeof numbers, ",\"status\":%d,\"bytesIn\":%llu,\"bytesOut\":%llu,\"ms\":%.3f",
                                e.status, static_cast<unsigned long long>(e.bytesIn),
                                static_cast<unsigned long long>(e.bytesOut), e.milliseconds);
    out.append(numbers, std::size_t(std::clamp(n, 0, int(sizeof numbers) - 1)));
    out += ",\"accessKeyId\":";
    appendJsonString(out, e.accessKeyId);
    out += '}';
}

void AccessLog::write(const Entry &entry)
{
    const bool toFile = m_enabled.load(std::memory_order_relaxed);
    if (!toFile && !m_observer)
        return;
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    if (m_observer)
        m_observer(entry, now);
    if (!toFile)
        return;
    thread_local std::string s_line; // formatted outside the lock, without a new allocation each time
    s_line.clear();
    appendFormatted(s_line, entry, now);
    s_line += '\n';
    bool wake = false;
    bool full = false;
    {
        std::lock_guard lock(m_mutex);
        wake = m_buffer.empty();
        m_buffer += s_line;
        full = m_buffer.size() >= kFlushBytes;
    }
    if (full)
        flush();
    else if (wake)
        m_wake.notify_one();
}

} // namespace Server
