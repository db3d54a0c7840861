#include <unistd.h>

#include "engine/server/http.h"

// FileRange lives apart from the HTTP server so that code using only the request and response
// types (e.g. the http_head fuzz target, built with clang without Asio coroutines) links without it.

namespace Server {

FileRange::FileRange(int fd, std::uint64_t offset, std::uint64_t length, std::shared_ptr<void> owner)
    : m_fd {fd}
    , m_offset {offset}
    , m_length {length}
    , m_owner {std::move(owner)}
{
}

FileRange::FileRange(Reader reader, std::uint64_t offset, std::uint64_t length, std::shared_ptr<void> owner)
    : m_fd {-1}
    , m_offset {offset}
    , m_length {length}
    , m_owner {std::move(owner)}
    , m_reader {std::move(reader)}
{
}

FileRange::~FileRange()
{
    if (m_fd >= 0 && !m_owner)
        ::close(m_fd);
}

} // namespace Server
