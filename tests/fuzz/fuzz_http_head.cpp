// Fuzz target: the HTTP request head as the server reads it (Boost.Beast request_parser with
// the server's limits), then what S3Service::handle() does before authentication: the
// absolute-form target cut, the path/query split, S3::parseQuery, route() (virtual-hosted and
// path style, sub-resource dispatch) and the <Resource> decoding.
// Input: the raw bytes a client sends on a fresh connection.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "engine/s3/uri.h"
#include "engine/server/httpserver.h"
#include "engine/server/s3service_p.h"
#include "tests/fuzz/fuzzinput.h"

namespace beast = boost::beast;
namespace http = beast::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    http::request_parser<http::buffer_body> parser;
    parser.header_limit(std::uint32_t(Server::HttpServer::Options {}.headerLimit));
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());

    // Feed in two pieces as a socket would (the split point is part of the input's end).
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    const std::size_t split = size == 0 ? 0 : std::size_t(data[size - 1]) % (size + 1);
    std::string pending(all.substr(0, split));
    std::size_t next = split;
    beast::error_code ec;
    for (;;) {
        const std::size_t used = parser.put(boost::asio::buffer(pending), ec);
        pending.erase(0, used);
        if (parser.is_header_done())
            break;
        if (ec == http::error::need_more || (!ec && used == 0)) {
            ec = {};
            if (next >= all.size())
                return 0; // the peer would have to send more
            pending.append(all.substr(next));
            next = all.size();
            continue;
        }
        if (ec)
            return 0; // answered with an error by the server
    }

    // As HttpServer builds the request.
    auto &msg = parser.get();
    Server::HttpRequest req;
    req.method.assign(msg.method_string().data(), msg.method_string().size());
    req.target.assign(msg.target().data(), msg.target().size());
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
    (void)msg.keep_alive();
    (void)req.hasBody();

    // As S3Service::handle() routes it.
    Server::RequestContext ctx(req);
    std::string_view target = req.target;
    if (target.starts_with("http://") || target.starts_with("https://")) {
        const auto slash = target.find('/', target.find("//") + 2);
        target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
    }
    const auto q = target.find('?');
    ctx.rawPath = QByteArray(target.data(), qsizetype(q == std::string_view::npos ? target.size() : q));
    if (q != std::string_view::npos) {
        ctx.rawQuery = QByteArray(target.data() + q + 1, qsizetype(target.size() - q - 1));
        ctx.query = S3::parseQuery(ctx.rawQuery);
        (void)S3::canonicalQueryString(ctx.query);
    }
    Server::S3Service::Options options;
    options.virtualHostSuffixes.append(QStringLiteral("s3.example.com"));
    ctx.route = Server::route(ctx, options);
    (void)Server::opName(ctx.route.op);
    const QString resource = ctx.route.virtualHosted
        ? QStringLiteral("/") + ctx.route.bucket + QStringLiteral("/") + QString::fromUtf8(ctx.route.key)
        : QString::fromUtf8(S3::uriDecode(ctx.rawPath).value_or(ctx.rawPath));
    (void)resource;
    (void)S3::canonicalUri(ctx.rawPath, false);
    (void)S3::canonicalUri(ctx.rawPath, true);
    (void)ctx.paramString("versionId");
    (void)ctx.headerString("content-type");
    return 0;
}
