#include "engine/server/httpserver.h"

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <limits>
#include <list>
#include <mutex>
#include <random>
#include <thread>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <QString>

// GCC 12 reports a false -Wmismatched-new-delete on Asio's coroutine frame allocator.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "engine/server/accesslog.h"
#include "engine/server/http.h"

namespace Server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr std::size_t kChunk = 256 * 1024;        // bounded body and file chunks
constexpr std::size_t kSmallFile = 64 * 1024;     // read whole and send with the header in one write
constexpr std::uint64_t kDrainLimit = 1024 * 1024; // unread bodies up to this are drained, else close
constexpr std::chrono::milliseconds kAcceptBackoff {100}; // wait after a failed accept()
// First read of a request: a head (presigned URLs make it 600+ bytes) and a small body such as
// a 4 KiB PUT's arrive in one read instead of two (and an event-loop pass between them).
constexpr std::size_t kFirstRead = 8192;
// How long an I/O thread that ran out of work keeps polling before it sleeps in epoll_wait().
// A keep-alive client's next request usually arrives within tens of microseconds of the last
// response; catching it awake saves the thread's sleep and wake-up (a context switch on each
// side and, in a VM, an inter-processor interrupt), about a quarter of a small request's time.
constexpr std::chrono::microseconds kIdleSpin {50};

// "Wed, 12 Oct 2009 17:50:00 GMT", cached per thread for the current second.
const std::string &httpDate()
{
    thread_local std::time_t s_last = 0;
    thread_local std::string s_text;
    const std::time_t now = std::time(nullptr);
    if (now != s_last || s_text.empty()) {
        static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::tm tm {};
        gmtime_r(&now, &tm);
        char buf[40];
        std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday], tm.tm_mday,
                      months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
        s_text = buf;
        s_last = now;
    }
    return s_text;
}

std::mt19937_64 &rng()
{
    thread_local std::mt19937_64 s_rng {std::random_device {}()};
    return s_rng;
}

// 16 upper-case hex digits, like AWS's x-amz-request-id.
std::string newRequestId()
{
    static const char hex[] = "0123456789ABCDEF";
    std::uint64_t v = rng()();
    std::string id(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4)
        id[std::size_t(i)] = hex[v & 0xF];
    return id;
}

// A base64 token like AWS's x-amz-id-2.
std::string newHostId()
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string id(56, 'A');
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (i % 10 == 0)
            v = rng()();
        id[i] = b64[v & 63];
        v >>= 6;
    }
    return id;
}

const char *reasonPhrase(int status)
{
    const auto r = http::obsolete_reason(http::status(status));
    return r.empty() ? "Unknown" : r.data();
}

bool statusHasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

// Runs an I/O thread's context until it stops. A thread that runs out of work polls for
// kIdleSpin before it blocks, but only while it is the one I/O thread awake (awake counts the
// threads not blocked in epoll_wait()): that is the latency-bound case of few clients each
// waiting for its answer, with cores to spare. When other I/O threads are awake the server is
// busy and a spinning thread would only take CPU from threads with work, so it blocks at once.
// sched_yield() lets a thread runnable on the same core (a committer, the client) go first.
void runIoContext(asio::io_context &ctx, std::atomic<int> &awake)
{
    using clock = std::chrono::steady_clock;
    awake.fetch_add(1, std::memory_order_relaxed);
    clock::time_point lastWork = clock::now();
    while (!ctx.stopped()) {
        if (ctx.poll() > 0) {
            lastWork = clock::now();
            continue;
        }
        if (ctx.stopped())
            break;
        if (clock::now() - lastWork < kIdleSpin && awake.load(std::memory_order_relaxed) == 1) {
            ::sched_yield();
            continue;
        }
        awake.fetch_sub(1, std::memory_order_relaxed);
        const std::size_t ran = ctx.run_one();
        awake.fetch_add(1, std::memory_order_relaxed);
        if (ran == 0)
            break;
        lastWork = clock::now();
    }
    awake.fetch_sub(1, std::memory_order_relaxed);
}

// Threads that run the handler's blocking work (commits, fsyncs) off the I/O threads: enough
// for one per concurrently committing request, so they all share a group commit.
constexpr int kBlockingThreads = 64;

// Runs fn on the executor this coroutine is spawned on (the blocking pool).
asio::awaitable<void> runBlocking(const std::function<void()> &fn)
{
    fn();
    co_return;
}

} // namespace

// The TLS stream with the few tcp_stream members the session uses (timeouts, the socket), so
// one session template serves plain HTTP and HTTPS alike.
class TlsStream : public beast::ssl_stream<beast::tcp_stream>
{
public:
    TlsStream(tcp::socket socket, asio::ssl::context &context)
        : beast::ssl_stream<beast::tcp_stream> {beast::tcp_stream {std::move(socket)}, context}
    {
    }
    void expires_after(std::chrono::steady_clock::duration d) { next_layer().expires_after(d); }
    tcp::socket &socket() { return next_layer().socket(); }
    void close() { next_layer().close(); }
};

// One connection: what graceful shutdown looks at (the flag and the TCP layer). Lives on the
// thread of its io_context.
struct Connection
{
    virtual ~Connection() = default;
    virtual beast::tcp_stream &tcp() = 0;
    bool idle = true; // waiting for the next request header: safe to close on shutdown
};

// A connection over one stream type: beast::tcp_stream (HTTP) or TlsStream (HTTPS).
template <class Stream>
struct StreamConnection final : Connection
{
    template <class... Args>
    explicit StreamConnection(tcp::socket socket, Args &...args)
        : stream {std::move(socket), args...}
    {
    }
    beast::tcp_stream &tcp() override
    {
        if constexpr (std::is_same_v<Stream, TlsStream>)
            return stream.next_layer();
        else
            return stream;
    }
    Stream stream;
};

template <class Stream>
constexpr bool kSecure = std::is_same_v<Stream, TlsStream>;

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl>
{
    Impl(RequestHandler &h, AccessLog *l, Options o)
        : handler {h}
        , log {l}
        , options {std::move(o)}
    {
    }

    RequestHandler &handler;
    AccessLog *log;
    Options options;
    // One io_context per thread, each run by exactly one thread: a connection lives on one
    // context for its whole life, so its handlers never hop between threads (no strand
    // hand-offs, no futex traffic on the hot path). The acceptor lives on the first one.
    std::vector<std::unique_ptr<asio::io_context>> contexts;
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::size_t nextContext = 0;
    std::vector<std::thread> threads;
    std::unique_ptr<asio::thread_pool> blocking; // see kBlockingThreads
    // BodySink::finishAsync() calls whose resume has not posted yet: they post to the I/O
    // contexts, which stop() keeps alive until this is zero.
    std::atomic<int> asyncFinishes {0};
    std::atomic<int> awakeIoThreads {0}; // see runIoContext()
    std::unique_ptr<asio::ssl::context> tls; // set: every connection speaks HTTPS
    std::atomic<bool> stopping {false};
    std::atomic<bool> running {false};
    std::uint16_t boundPort = 0;
    std::string boundAddress;

    std::mutex mutex;
    std::condition_variable cv;
    std::list<std::shared_ptr<Connection>> connections;

    asio::awaitable<void> acceptLoop();
    template <class Stream>
    void spawn(std::shared_ptr<StreamConnection<Stream>> conn);
    template <class Stream>
    asio::awaitable<void> session(std::shared_ptr<StreamConnection<Stream>> conn,
                                  std::list<std::shared_ptr<Connection>>::iterator it);
    template <class Stream>
    asio::awaitable<bool> writeResponse(StreamConnection<Stream> &conn, const HttpRequest &req, HttpResponse &resp,
                                        bool keepAlive, std::uint64_t &bytesOut, std::unique_ptr<char[]> &chunk);
};

template <class Stream>
void HttpServer::Impl::spawn(std::shared_ptr<StreamConnection<Stream>> conn)
{
    std::list<std::shared_ptr<Connection>>::iterator it;
    {
        std::lock_guard lock(mutex);
        connections.push_front(conn);
        it = connections.begin();
    }
    auto ex = conn->stream.get_executor();
    asio::co_spawn(ex, session(std::move(conn), it), asio::detached);
}

namespace {

// The TLS handshake (HTTPS) before the first request; nothing to do for plain HTTP.
asio::awaitable<bool> handshake(beast::tcp_stream &, std::chrono::milliseconds)
{
    co_return true;
}

asio::awaitable<bool> handshake(TlsStream &stream, std::chrono::milliseconds timeout)
{
    beast::error_code ec;
    stream.expires_after(timeout);
    co_await stream.async_handshake(asio::ssl::stream_base::server, asio::redirect_error(asio::use_awaitable, ec));
    co_return !ec;
}

// Sends TLS close_notify before the TCP shutdown (bounded: a peer that never answers it is
// cut off by the timeout); nothing to do for plain HTTP.
asio::awaitable<void> closeNotify(beast::tcp_stream &, std::chrono::milliseconds)
{
    co_return;
}

asio::awaitable<void> closeNotify(TlsStream &stream, std::chrono::milliseconds timeout)
{
    beast::error_code ec;
    stream.expires_after(std::min<std::chrono::milliseconds>(timeout, std::chrono::seconds(1)));
    co_await stream.async_shutdown(asio::redirect_error(asio::use_awaitable, ec));
}

// A server context for TLS 1.2 and 1.3 from PEM files (the certificate file may hold a chain).
Core::Result<std::unique_ptr<asio::ssl::context>> makeTlsContext(const std::string &certFile, const std::string &keyFile)
{
    auto context = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    beast::error_code ec;
    context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
                             | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
                             | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use,
                         ec);
    auto fail = [&](const char *what, const std::string &file) {
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("TLS: cannot load the %1 %2: %3")
                              .arg(QLatin1StringView(what), QString::fromStdString(file), QString::fromStdString(ec.message())));
    };
    if (!ec)
        context->use_certificate_chain_file(certFile, ec);
    if (ec)
        return fail("certificate", certFile);
    context->use_private_key_file(keyFile, asio::ssl::context::pem, ec);
    if (ec)
        return fail("private key", keyFile);
    if (SSL_CTX_check_private_key(context->native_handle()) != 1)
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("TLS: the private key %1 does not match the certificate %2")
                              .arg(QString::fromStdString(keyFile), QString::fromStdString(certFile)));
    return context;
}

} // namespace

asio::awaitable<void> HttpServer::Impl::acceptLoop()
{
    auto self = shared_from_this();
    for (;;) {
        beast::error_code ec;
        asio::io_context &target = *contexts[nextContext++ % contexts.size()];
        tcp::socket socket = co_await acceptor->async_accept(target, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (stopping || ec == asio::error::operation_aborted || !acceptor->is_open())
                co_return;
            // EMFILE/ENFILE (out of descriptors), ENOBUFS/ENOMEM: the pending connection stays
            // in the backlog and accept() would fail again at once, so retrying now spins a
            // core. Back off until connections close and free descriptors.
            asio::steady_timer pause {acceptor->get_executor(), kAcceptBackoff};
            co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
            continue;
        }
        if (stopping)
            co_return;
        socket.set_option(tcp::no_delay(true), ec);
        if (tls)
            spawn(std::make_shared<StreamConnection<TlsStream>>(std::move(socket), *tls));
        else
            spawn(std::make_shared<StreamConnection<beast::tcp_stream>>(std::move(socket)));
    }
}

template <class Stream>
asio::awaitable<bool> HttpServer::Impl::writeResponse(StreamConnection<Stream> &conn, const HttpRequest &req,
                                                      HttpResponse &resp, bool keepAlive, std::uint64_t &bytesOut,
                                                      std::unique_ptr<char[]> &chunk)
{
    const bool isHead = req.method == "HEAD";
    std::uint64_t length = resp.file ? resp.file->length() : resp.body.size();
    const std::uint64_t announced = resp.contentLength.value_or(length);
    const bool noBody = statusHasNoBody(resp.status);

    std::string head;
    head.reserve(512);
    head += "HTTP/1.1 ";
    head += std::to_string(resp.status);
    head += ' ';
    head += reasonPhrase(resp.status);
    head += "\r\n";
    for (const auto &[name, value] : resp.headers) {
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    head += "x-amz-request-id: ";
    head += req.requestId;
    head += "\r\nx-amz-id-2: ";
    head += newHostId();
    head += "\r\nDate: ";
    head += httpDate();
    head += "\r\nServer: Pail\r\n";
    if (!noBody || resp.contentLength) {
        head += "Content-Length: ";
        head += std::to_string(announced);
        head += "\r\n";
    }
    if (!keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";

    beast::error_code ec;
    conn.stream.expires_after(options.bodyTimeout);
    if (isHead || noBody || !resp.file) {
        std::vector<asio::const_buffer> bufs {asio::buffer(head)};
        if (!isHead && !noBody && !resp.body.empty())
            bufs.push_back(asio::buffer(resp.body));
        const std::size_t n = co_await asio::async_write(conn.stream, bufs, asio::redirect_error(asio::use_awaitable, ec));
        bytesOut += n;
        co_return !ec;
    }

    // Stream the file range in bounded chunks; the first one travels with the header.
    const int fd = resp.file->fd();
    std::uint64_t offset = resp.file->offset();
    std::uint64_t remaining = length;
    if (!chunk)
        chunk.reset(new char[kChunk]);
    bool first = true;
    while (first || remaining > 0) {
        const std::size_t want = std::size_t(std::min<std::uint64_t>(remaining, first && length <= kSmallFile ? kSmallFile : kChunk));
        std::size_t got = 0;
        while (got < want) {
            const ssize_t r = resp.file->reader()
                                  ? ssize_t(resp.file->reader()(offset + got, chunk.get() + got, want - got))
                                  : ::pread(fd, chunk.get() + got, want - got, off_t(offset + got));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                co_return false; // the file shrank or failed: the response cannot be completed
            got += std::size_t(r);
        }
        std::vector<asio::const_buffer> bufs;
        if (first)
            bufs.push_back(asio::buffer(head));
        bufs.push_back(asio::buffer(chunk.get(), got));
        conn.stream.expires_after(options.bodyTimeout);
        const std::size_t n = co_await asio::async_write(conn.stream, bufs, asio::redirect_error(asio::use_awaitable, ec));
        bytesOut += n;
        if (ec)
            co_return false;
        offset += got;
        remaining -= got;
        first = false;
    }
    co_return true;
}

template <class Stream>
asio::awaitable<void> HttpServer::Impl::session(std::shared_ptr<StreamConnection<Stream>> conn,
                                                std::list<std::shared_ptr<Connection>>::iterator it)
{
    auto self = shared_from_this();
    beast::flat_buffer buffer;
    std::unique_ptr<char[]> chunk;
    std::string remote;
    {
        beast::error_code ec;
        const auto ep = conn->stream.socket().remote_endpoint(ec);
        if (!ec)
            remote = ep.address().to_string() + ':' + std::to_string(ep.port());
    }
    const bool secured = co_await handshake(conn->stream, options.idleTimeout);

    for (;;) {
        if (stopping || !secured)
            break;
        http::request_parser<http::buffer_body> parser;
        parser.header_limit(std::uint32_t(options.headerLimit));
        // Not boost::none: Beast 1.74 compares the length with the optional and rejects every body.
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        beast::error_code ec;
        conn->idle = true;
        // Idle keep-alive: wait up to idleTimeout for the first byte of the next request (bytes
        // left over from the previous read count); from then on the whole head gets headerTimeout.
        if (buffer.size() == 0) {
            conn->stream.expires_after(options.idleTimeout);
            const std::size_t n = co_await conn->stream.async_read_some(buffer.prepare(kFirstRead),
                                                                       asio::redirect_error(asio::use_awaitable, ec));
            buffer.commit(n);
            if (ec && n == 0)
                break; // closed, reset, timed out or shut down while idle: nobody to answer
            ec = {};
        }
        conn->stream.expires_after(options.headerTimeout);
        co_await http::async_read_header(conn->stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        conn->idle = false;
        const auto started = std::chrono::steady_clock::now();

        HttpRequest req;
        req.remote = remote;
        req.secure = kSecure<Stream>;
        req.requestId = newRequestId();
        std::uint64_t bytesIn = 0;
        std::uint64_t bytesOut = 0;
        HttpResponse resp;
        bool keepAlive = true;

        if (ec) {
            if (ec == http::error::header_limit) {
                resp = handler.errorResponse(req, Core::ErrorCode::RequestHeaderSectionTooLarge);
            } else if (ec == http::error::end_of_stream || ec == beast::error::timeout
                       || ec == asio::error::operation_aborted || ec == asio::error::connection_reset
                       || ec == asio::error::eof || ec == http::error::partial_message || stopping) {
                break;
            } else {
                resp = handler.errorResponse(req, Core::ErrorCode::InvalidRequest);
            }
            req.method = "-";
            resp.close = true;
            co_await writeResponse(*conn, req, resp, false, bytesOut, chunk);
            break;
        }

        auto &msg = parser.get();
        req.method.assign(msg.method_string().data(), msg.method_string().size());
        req.target.assign(msg.target().data(), msg.target().size());
        req.headers.reserve(16);
        for (const auto &field : msg) {
            std::string name(field.name_string().data(), field.name_string().size());
            for (char &c : name)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            req.headers.emplace_back(std::move(name), std::string(field.value().data(), field.value().size()));
        }
        if (const auto len = parser.content_length())
            req.contentLength = *len;
        req.chunkedTransfer = parser.chunked();
        if (const std::string *expect = req.header("expect"))
            req.expectContinue = beast::iequals(*expect, "100-continue");
        keepAlive = msg.keep_alive();

        // Handlers that commit wait for a group commit: they run on the blocking pool (see
        // Dispatch::deferred), so the I/O thread serves other connections meanwhile and the
        // waits of many requests overlap.
        Dispatch dispatch = handler.handle(req);
        if (dispatch.deferred) {
            auto work = std::move(dispatch.deferred);
            co_await asio::co_spawn(*blocking, runBlocking([&] { dispatch = work(); }), asio::use_awaitable);
        }
        bool close = false;
        if (dispatch.sink) {
            // Always answer 100 Continue when asked, even for an empty body: botocore keeps the
            // status of a final answer given without it and misreads the connection's next reply.
            if (req.expectContinue) {
                static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
                conn->stream.expires_after(options.bodyTimeout);
                co_await asio::async_write(conn->stream, asio::buffer(kContinue, sizeof kContinue - 1),
                                           asio::redirect_error(asio::use_awaitable, ec));
                if (ec)
                    break;
            }
            if (!chunk)
                chunk.reset(new char[kChunk]);
            // A Content-Length body is read straight into the chunk buffer, in reads as large as
            // the socket has (Beast's parser reads at most 64 KiB per call and copies once more).
            const bool raw = !req.chunkedTransfer && req.contentLength.has_value();
            std::uint64_t rawLeft = raw ? *req.contentLength : 0;
            bool failed = false;
            while (raw ? rawLeft > 0 : !parser.is_done()) {
                std::size_t n = 0;
                if (raw) {
                    const auto want = std::size_t(std::min<std::uint64_t>(rawLeft, kChunk));
                    if (buffer.size() > 0) { // body bytes that came with the header
                        n = asio::buffer_copy(asio::buffer(chunk.get(), want), buffer.data());
                        buffer.consume(n);
                    } else {
                        conn->stream.expires_after(options.bodyTimeout);
                        n = co_await conn->stream.async_read_some(asio::buffer(chunk.get(), want),
                                                                  asio::redirect_error(asio::use_awaitable, ec));
                    }
                    rawLeft -= n;
                } else {
                    msg.body().data = chunk.get();
                    msg.body().size = kChunk;
                    msg.body().more = true;
                    conn->stream.expires_after(options.bodyTimeout);
                    co_await http::async_read(conn->stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
                    if (ec == http::error::need_buffer)
                        ec = {};
                    n = kChunk - msg.body().size;
                }
                bytesIn += n;
                if (n > 0) {
                    if (auto early = dispatch.sink->write(chunk.get(), n)) {
                        resp = std::move(*early);
                        close = true;
                        failed = true;
                        break;
                    }
                }
                if (ec) {
                    failed = true;
                    close = true;
                    if (ec == beast::error::timeout || ec == asio::error::operation_aborted
                        || ec == asio::error::connection_reset) {
                        // The socket is gone (Beast closes it on timeout): nobody to answer.
                        dispatch.sink.reset();
                        resp.status = 0;
                    } else {
                        // EOF before Content-Length was reached: the client may still read.
                        resp = handler.errorResponse(req, Core::ErrorCode::IncompleteBody);
                    }
                    break;
                }
            }
            if (!failed) {
                // A sink that can finish without a thread (a small body's queued commit) resumes
                // this coroutine on its own executor when the answer is ready; otherwise the
                // blocking pool runs finish().
                std::function<HttpResponse()> answer;
                bool async = false;
                const auto ex = co_await asio::this_coro::executor;
                co_await asio::async_initiate<const asio::use_awaitable_t<> &, void()>(
                    [&](auto handler) {
                        auto h = std::make_shared<decltype(handler)>(std::move(handler));
                        ++asyncFinishes;
                        async = dispatch.sink->finishAsync([this, h, ex, &answer](std::function<HttpResponse()> a) {
                            asio::post(ex, [h, &answer, a = std::move(a)]() mutable {
                                answer = std::move(a);
                                (*h)();
                            });
                            --asyncFinishes; // after the post: stop() keeps the contexts until then
                        });
                        if (!async) {
                            --asyncFinishes;
                            asio::post(ex, [h] { (*h)(); });
                        }
                    },
                    asio::use_awaitable);
                if (async)
                    resp = answer();
                else
                    co_await asio::co_spawn(*blocking, runBlocking([&] { resp = dispatch.sink->finish(); }),
                                            asio::use_awaitable);
            }
            dispatch.sink.reset(); // discards an unfinished body
        } else {
            resp = std::move(dispatch.response);
            if (!parser.is_done()) {
                // Drain a small unread body to keep the connection; otherwise close it. A client
                // waiting for 100-continue never sends the body, so never wait for it.
                if (req.expectContinue || req.chunkedTransfer || !req.contentLength
                    || *req.contentLength > kDrainLimit) {
                    close = true;
                } else {
                    if (!chunk)
                        chunk.reset(new char[kChunk]);
                    while (!parser.is_done()) {
                        msg.body().data = chunk.get();
                        msg.body().size = kChunk;
                        conn->stream.expires_after(options.bodyTimeout);
                        co_await http::async_read(conn->stream, buffer, parser,
                                                  asio::redirect_error(asio::use_awaitable, ec));
                        if (ec == http::error::need_buffer)
                            ec = {};
                        bytesIn += kChunk - msg.body().size;
                        if (ec) {
                            close = true;
                            break;
                        }
                    }
                }
            }
        }

        bool ok = false;
        if (resp.status != 0) {
            keepAlive = keepAlive && !close && !resp.close && !stopping;
            ok = co_await writeResponse(*conn, req, resp, keepAlive, bytesOut, chunk);
        }
        if (log) {
            AccessLog::Entry e;
            e.requestId = req.requestId;
            e.remote = remote;
            e.method = req.method;
            e.target = req.target;
            e.operation = req.operation;
            e.accessKeyId = req.accessKeyId;
            e.status = resp.status;
            e.bytesIn = bytesIn;
            e.bytesOut = bytesOut;
            e.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            e.bucket = req.bucket;
            e.key = req.key;
            e.requester = req.requester;
            e.errorCode = req.errorCode;
            if (const std::string *v = req.header("user-agent"))
                e.userAgent = *v;
            if (const std::string *v = req.header("referer"))
                e.referer = *v;
            if (const std::string *v = req.header("host"))
                e.host = *v;
            e.secure = req.secure;
            e.presigned = req.target.find("X-Amz-Signature=") != std::string::npos;
            log->write(e);
        }
        if (!ok || !keepAlive)
            break;
    }

    if (secured && !stopping)
        co_await closeNotify(conn->stream, options.bodyTimeout);
    beast::error_code ec;
    conn->stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    conn->stream.close();
    {
        std::lock_guard lock(mutex);
        connections.erase(it);
    }
    cv.notify_all();
}

HttpServer::HttpServer(RequestHandler &handler, AccessLog *log, Options options)
    : d {std::make_shared<Impl>(handler, log, std::move(options))}
{
}

HttpServer::~HttpServer()
{
    stop(std::chrono::milliseconds(0));
}

Core::Status HttpServer::start()
{
    if (d->running)
        return {};
    beast::error_code ec;
    const auto address = asio::ip::make_address(d->options.address, ec);
    if (ec)
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("invalid listen address %1").arg(QString::fromStdString(d->options.address)));
    d->tls.reset();
    if (!d->options.tlsCertificateFile.empty() || !d->options.tlsPrivateKeyFile.empty()) {
        if (d->options.tlsCertificateFile.empty() || d->options.tlsPrivateKeyFile.empty())
            return Core::fail(Core::ErrorCode::InvalidConfiguration,
                              QStringLiteral("TLS needs both a certificate file and a private key file"));
        auto context = makeTlsContext(d->options.tlsCertificateFile, d->options.tlsPrivateKeyFile);
        if (!context)
            return std::unexpected(context.error());
        d->tls = std::move(*context);
    }
    int n = d->options.threads;
    if (n <= 0)
        n = std::max(4, int(std::thread::hardware_concurrency()) * 2);
    d->contexts.clear();
    d->work.clear();
    for (int i = 0; i < n; ++i) {
        d->contexts.push_back(std::make_unique<asio::io_context>(1));
        d->work.push_back(asio::make_work_guard(*d->contexts.back()));
    }
    d->acceptor = std::make_unique<tcp::acceptor>(*d->contexts.front());
    const tcp::endpoint endpoint {address, d->options.port};
    d->acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor->bind(endpoint, ec);
    if (!ec)
        d->acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        beast::error_code ignored;
        d->acceptor->close(ignored);
        d->acceptor.reset();
        d->work.clear();
        d->contexts.clear();
        return Core::fail(Core::ErrorCode::IoError,
                          QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(QString::fromStdString(d->options.address))
                              .arg(d->options.port)
                              .arg(QString::fromStdString(ec.message())));
    }
    const auto local = d->acceptor->local_endpoint(ec);
    d->boundPort = local.port();
    d->boundAddress = local.address().to_string();
    d->blocking = std::make_unique<asio::thread_pool>(kBlockingThreads);
    d->stopping = false;
    d->running = true;
    asio::co_spawn(*d->contexts.front(), d->acceptLoop(), asio::detached);
    for (auto &context : d->contexts)
        d->threads.emplace_back([ctx = context.get(), &awake = d->awakeIoThreads] { runIoContext(*ctx, awake); });
    return {};
}

void HttpServer::stop(std::chrono::milliseconds grace)
{
    if (!d->running)
        return;
    d->stopping = true;
    asio::post(d->acceptor->get_executor(), [impl = d] {
        beast::error_code ec;
        impl->acceptor->close(ec);
    });
    auto closeConnections = [this](bool all) {
        std::lock_guard lock(d->mutex);
        for (const auto &conn : d->connections) {
            asio::post(conn->tcp().get_executor(), [conn, all] {
                if (all || conn->idle)
                    conn->tcp().cancel();
                if (all) {
                    beast::error_code ec;
                    conn->tcp().socket().close(ec);
                }
            });
        }
    };
    closeConnections(false);
    {
        std::unique_lock lock(d->mutex);
        d->cv.wait_for(lock, grace, [this] { return d->connections.empty(); });
    }
    closeConnections(true);
    {
        std::unique_lock lock(d->mutex);
        d->cv.wait_for(lock, std::chrono::seconds(2), [this] { return d->connections.empty(); });
    }
    d->work.clear();
    for (auto &context : d->contexts)
        context->stop();
    for (auto &t : d->threads)
        t.join();
    d->threads.clear();
    if (d->blocking)
        d->blocking->join(); // work still running finishes; its sessions are gone
    d->blocking.reset();
    // Queued commits answer soon (the store commits them whether or not anyone waits).
    while (d->asyncFinishes.load() > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    d->acceptor.reset();
    d->contexts.clear();
    if (d->log)
        d->log->flush(); // every request's line is in the file once stop() returns
    d->running = false;
}

bool HttpServer::isRunning() const
{
    return d->running;
}

std::uint16_t HttpServer::port() const
{
    return d->boundPort;
}

std::string HttpServer::address() const
{
    return d->boundAddress;
}

bool HttpServer::isTls() const
{
    return !d->options.tlsCertificateFile.empty();
}

} // namespace Server
