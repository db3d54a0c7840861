#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/error.h"

namespace Server {

// One HTTP header as received or sent. Names of received headers are lower-cased by the
// HTTP layer, so handlers look them up with lower-case names.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

// What the HTTP layer knows about one request once its header has arrived. Plain std::string
// on purpose: this is the hot path and most requests never need a QString.
// Owned by the connection for the duration of one request; handlers may write the fields
// under "filled in by the handler" (they go to the access log).
struct HttpRequest
{
    std::string method;      // "GET"
    std::string target;      // raw request-target: "/bucket/key%20x?uploads"
    HeaderList headers;      // names lower-cased, values as sent
    std::string remote;      // "127.0.0.1:53422"
    bool secure = false;     // arrived over TLS (aws:SecureTransport)
    std::string requestId;   // x-amz-request-id of this request
    std::optional<std::uint64_t> contentLength; // Content-Length when sent
    bool chunkedTransfer = false; // Transfer-Encoding: chunked
    bool expectContinue = false;  // Expect: 100-continue

    // Filled in by the handler, read by the access log.
    std::string operation;   // "GetObject"
    std::string accessKeyId; // never the secret or the signature
    std::string bucket;      // the request's bucket (empty at service level)
    std::string key;         // the object key, decoded (empty at bucket level)
    std::string requester;   // the caller's ARN (empty: anonymous)
    std::string errorCode;   // the S3 error code of an error answer ("NoSuchKey")

    // Value of the first header with this (lower-case) name, or nullptr.
    const std::string *header(std::string_view lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return &h.second;
        }
        return nullptr;
    }
    bool hasBody() const { return chunkedTransfer || (contentLength && *contentLength > 0); }
};

// A range of an open file the HTTP layer streams from (GET). Without an owner the descriptor
// is closed on destruction; with one, the owner (e.g. a Store::ObjectReader) keeps it open.
// Instead of a descriptor it may read through a callback (encrypted objects are decrypted
// chunk by chunk; plain files keep the pread() fast path).
class FileRange
{
public:
    // Reads up to size bytes at offset into data; returns the count (0 at end, < 0 on error).
    using Reader = std::function<std::int64_t(std::uint64_t offset, char *data, std::size_t size)>;
    FileRange(int fd, std::uint64_t offset, std::uint64_t length, std::shared_ptr<void> owner = {});
    FileRange(Reader reader, std::uint64_t offset, std::uint64_t length, std::shared_ptr<void> owner);
    const Reader &reader() const { return m_reader; }
    ~FileRange();
    FileRange(const FileRange &) = delete;
    FileRange &operator=(const FileRange &) = delete;
    int fd() const { return m_fd; }
    std::uint64_t offset() const { return m_offset; }
    std::uint64_t length() const { return m_length; }

private:
    int m_fd;
    std::uint64_t m_offset;
    std::uint64_t m_length;
    std::shared_ptr<void> m_owner;
    Reader m_reader;
};

// The answer to one request. The HTTP layer adds Date, Server, x-amz-request-id, x-amz-id-2,
// Content-Length (unless contentLength overrides it, as HEAD does) and Connection.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    std::string body;                 // used when file is null
    std::shared_ptr<FileRange> file;  // streamed in bounded chunks when set
    std::optional<std::uint64_t> contentLength; // the length to announce (HEAD); default: body size
    bool close = false;               // close the connection after this response

    void addHeader(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

// Receives a request body in bounded chunks, in order, on the connection's thread.
// Destroying a sink without calling finish() discards everything it received (a client that
// went away, a body that did not verify): nothing becomes visible.
class BodySink
{
public:
    virtual ~BodySink() = default;
    // Consumes the next decoded chunk of the HTTP body. An error response stops the upload:
    // the HTTP layer sends it and closes the connection.
    virtual std::optional<HttpResponse> write(const char *data, std::size_t size) = 0;
    // The whole body has arrived: verify, commit, answer.
    virtual HttpResponse finish() = 0;

    // Finishing without holding a thread: a sink whose commit need not be waited for (a small
    // body that goes into its row) starts the work, returns true, and later calls resume once,
    // from any thread, with what builds the answer; the HTTP layer runs that on the connection's
    // I/O thread. The default returns false without calling resume: finish() then runs on the
    // blocking pool.
    using Resume = std::function<void(std::function<HttpResponse()> answer)>;
    virtual bool finishAsync(Resume resume)
    {
        (void)resume;
        return false;
    }
};

// The result of looking at a request's header: either an answer at once, or a sink that
// wants the body first (then the answer comes from BodySink::finish()).
//
// Handling that may wait for a commit (a group commit's fsync, a data file's) comes back as
// `deferred`: the HTTP layer runs it on its blocking pool, so the I/O threads keep serving
// other connections, and uses what it returns. Reads and the start of a streamed upload are
// answered at once, on the I/O thread, without a hop to another thread.
struct Dispatch
{
    HttpResponse response;
    std::unique_ptr<BodySink> sink;
    std::function<Dispatch()> deferred;
};

// The application behind the HTTP layer (the S3 service). Called on the I/O threads, from
// several threads at once: implementations are thread-safe. Owned by whoever owns the server.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual Dispatch handle(HttpRequest &request) = 0;
    // The error answer for failures the HTTP layer detects itself (header too large, body cut
    // short, timeout).
    virtual HttpResponse errorResponse(const HttpRequest &request, Core::ErrorCode code) = 0;
};

} // namespace Server
