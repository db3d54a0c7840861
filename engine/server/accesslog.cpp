#include "engine/server/accesslog.h"

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
    if (m_file && m_ownsFile)
        std::fclose(m_file);
}

Core::Status AccessLog::open(const std::string &path)
{
    std::lock_guard lock(m_mutex);
    if (m_file && m_ownsFile)
        std::fclose(m_file);
    m_file = nullptr;
    m_ownsFile = false;
    if (path.empty())
        return {};
    if (path == "-") {
        m_file = stdout;
        return {};
    }
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
    return {};
}

std::string AccessLog::format(const Entry &e, long long unixMillis)
{
    std::string out;
    out.reserve(256 + e.target.size());
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
    out += ",\"status\":" + std::to_string(e.status);
    out += ",\"bytesIn\":" + std::to_string(e.bytesIn);
    out += ",\"bytesOut\":" + std::to_string(e.bytesOut);
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.3f", e.milliseconds);
    out += ",\"ms\":";
    out += ms;
    out += ",\"accessKeyId\":";
    appendJsonString(out, e.accessKeyId);
    out += '}';
    return out;
}

void AccessLog::write(const Entry &entry)
{
    if (!m_file && !m_observer)
        return;
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    if (m_observer)
        m_observer(entry, now);
    if (!m_file)
        return;
    std::string line = format(entry, now);
    line += '\n';
    std::lock_guard lock(m_mutex);
    if (m_file) {
        std::fwrite(line.data(), 1, line.size(), m_file);
        std::fflush(m_file);
    }
}

} // namespace Server
