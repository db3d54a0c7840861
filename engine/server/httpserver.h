#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/core/error.h"

namespace Server {

class AccessLog;
class RequestHandler;

// The HTTP/1.1 endpoint: Boost.Beast over a pool of threads, each running its own Asio
// io_context; one coroutine per connection, pinned to one context (so its handlers never hop
// threads). Handlers run synchronously on that thread (store calls block it briefly). Keep-alive, Expect: 100-continue, bodies handed
// to a BodySink in bounded chunks, files streamed out in bounded chunks, header size limit,
// idle, header and body timeouts, accept() back-off when out of descriptors, graceful shutdown, optional TLS (the same session code over an
// ssl_stream; HttpRequest::secure tells handlers). Knows nothing about S3: RequestHandler does.
// Owned by one thread (the one calling start/stop); the handler and access log must outlive it.
class HttpServer
{
public:
    struct Options
    {
        std::string address = "127.0.0.1";
        std::uint16_t port = 0;           // 0: pick a free port
        int threads = 0;                  // 0: 2 x hardware threads, at least 4
        std::size_t headerLimit = 64 * 1024;
        // Slow clients: a keep-alive connection may wait idleTimeout for the first byte of its
        // next request; from that byte the whole request head must arrive within headerTimeout
        // (a client trickling a head byte by byte is cut off then); each bounded chunk of a body
        // (256 KiB or the rest) must arrive within bodyTimeout, and each response chunk must be
        // taken within it. A connection that overruns is closed without an answer.
        std::chrono::milliseconds idleTimeout {std::chrono::seconds(60)};   // between requests
        std::chrono::milliseconds headerTimeout {std::chrono::seconds(60)}; // one request head
        std::chrono::milliseconds bodyTimeout {std::chrono::seconds(300)};  // no progress on a body
        // HTTPS when both are set: PEM certificate (chain) and private key files, loaded by
        // start() (InvalidConfiguration when unreadable or not a pair). TLS 1.2 and 1.3.
        std::string tlsCertificateFile;
        std::string tlsPrivateKeyFile;
    };

    HttpServer(RequestHandler &handler, AccessLog *log, Options options);
    ~HttpServer(); // stop(0) when still running
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts the threads. Fails with IoError (address in use, bad address).
    Core::Status start();
    // Stops accepting, closes idle connections, lets in-flight requests finish for up to
    // `grace`, then closes everything and joins the threads. Idempotent.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    bool isRunning() const;
    std::uint16_t port() const;       // the bound port (after start)
    std::string address() const;      // the bound address (after start)
    bool isTls() const;               // serves HTTPS

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace Server
