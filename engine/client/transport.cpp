#include "engine/client/transport.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <cerrno>

#include <sys/sendfile.h>
#endif
#endif

#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>

#include "engine/client/filesectiondevice.h"
#include "engine/s3/checksum.h"
#include "engine/s3/errortable.h"
#include "engine/s3/sigv4.h"
#include "engine/s3/uri.h"

namespace Client {

namespace {

constexpr qsizetype kMaxBufferedBody = 64 * 1024 * 1024;
// What Qt may hold of a streamed response before this thread reads it: without a bound, a busy
// thread let 16 ranged GETs of 8 MiB pile up in memory (220 MB peak for a 1 GiB download).
constexpr qint64 kStreamReadBuffer = 2 * 1024 * 1024;

bool isDnsCompatibleBucket(const QString &bucket)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return re.match(bucket).hasMatch() && !bucket.contains(u"..") && QHostAddress(bucket).isNull();
}

bool isAwsHost(const QString &host)
{
    return host.endsWith(u".amazonaws.com") || host == u"amazonaws.com";
}

// "s3.amazonaws.com", "s3.eu-west-1.amazonaws.com", "s3-eu-west-1.amazonaws.com" -> regional host.
QString awsRegionalHost(const QString &host, const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^s3([.-][a-z0-9-]+)?\\.amazonaws\\.com$"));
    if (!re.match(host).hasMatch() || region.isEmpty())
        return host;
    return QStringLiteral("s3.%1.amazonaws.com").arg(region);
}

QByteArray encodeQuery(const QList<std::pair<QString, QString>> &query)
{
    QByteArray out;
    for (const auto &[name, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += S3::uriEncode(name.toUtf8());
        if (!value.isEmpty())
            out += '=' + S3::uriEncode(value.toUtf8());
    }
    return out;
}

QString regionFromErrorBody(const QByteArray &body)
{
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1StringView("Region"))
            return r.readElementText().trimmed();
    }
    return {};
}

// Content-MD5 or an x-amz-checksum-* header: the server checks the body against it.
bool hasBodyChecksum(const Request &request)
{
    return std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &h) {
        return !h.second.isEmpty()
               && (h.first.compare("Content-MD5", Qt::CaseInsensitive) == 0
                   || h.first.toLower().startsWith("x-amz-checksum-"));
    });
}

// Errors S3 sends without a body (HEAD) or with a body we cannot read.
Core::ErrorCode codeForStatus(int status, const Request &request)
{
    switch (status) {
    case 304:
        return Core::ErrorCode::NotModified;
    case 400:
        return Core::ErrorCode::InvalidRequest;
    case 403:
        return Core::ErrorCode::AccessDenied;
    case 404:
        return request.key.isEmpty() ? Core::ErrorCode::NoSuchBucket : Core::ErrorCode::NoSuchKey;
    case 405:
        return Core::ErrorCode::MethodNotAllowed;
    case 409:
        return Core::ErrorCode::OperationAborted;
    case 412:
        return Core::ErrorCode::PreconditionFailed;
    case 416:
        return Core::ErrorCode::InvalidRange;
    case 500:
        return Core::ErrorCode::InternalError;
    case 501:
        return Core::ErrorCode::NotImplemented;
    case 503:
        return Core::ErrorCode::ServiceUnavailable;
    default:
        return Core::ErrorCode::UnknownS3Error;
    }
}

} // namespace

int setLowDelayOnTcpSockets(QSet<QByteArray> &tuned)
{
    int count = 0;
#ifdef Q_OS_LINUX
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return 0;
    QSet<QByteArray> present;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const QByteArray link = QByteArray("/proc/self/fd/") + entry->d_name;
        char target[64];
        const ssize_t n = readlink(link.constData(), target, sizeof(target) - 1);
        if (n <= 8 || std::memcmp(target, "socket:[", 8) != 0)
            continue;
        const QByteArray inode(target, n);
        present.insert(inode);
        if (tuned.contains(inode))
            continue;
        const int fd = std::atoi(entry->d_name);
        int type = 0;
        socklen_t length = sizeof(type);
        // Only stream sockets of the IP families: setsockopt on anything else would fail anyway.
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        int domain = 0;
        length = sizeof(domain);
        if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &length) != 0 || (domain != AF_INET && domain != AF_INET6))
            continue;
        const int one = 1;
        if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == 0) {
            tuned.insert(inode);
            ++count;
        }
    }
    closedir(dir);
    tuned.intersect(present); // forget closed sockets, so a reused inode number is tuned again
#else
    Q_UNUSED(tuned);
#endif
    return count;
}

RequestBody RequestBody::fromBytes(QByteArray bytes)
{
    RequestBody b;
    b.kind = Kind::Bytes;
    b.bytes = std::move(bytes);
    return b;
}

RequestBody RequestBody::fromFile(QString path, qint64 offset, qint64 length)
{
    RequestBody b;
    b.kind = Kind::FileSection;
    b.filePath = std::move(path);
    b.offset = offset;
    b.length = length;
    return b;
}

RequestBody RequestBody::fromDevice(QIODevice *device, qint64 length)
{
    RequestBody b;
    b.kind = Kind::Device;
    b.device = device;
    b.length = length;
    return b;
}

Request &Request::addQuery(QString name, QString value)
{
    query.append({std::move(name), std::move(value)});
    return *this;
}

Request &Request::setHeader(QByteArray name, QByteArray value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool Response::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0; });
}

int RetryPolicy::ceilingMs(int retry) const
{
    const double exp = std::ldexp(double(baseDelayMs), std::clamp(retry - 1, 0, 30));
    return int(std::min(double(maxDelayMs), exp));
}

int RetryPolicy::delayMs(int retry, double random01) const
{
    return std::max(0, int(std::floor(std::clamp(random01, 0.0, 1.0) * ceilingMs(retry))));
}

Core::Error networkError(QNetworkReply::NetworkError error, const QString &message)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return Core::Error::make(Core::ErrorCode::Timeout, message);
    case QNetworkReply::OperationCanceledError:
        return Core::Error::make(Core::ErrorCode::Cancelled, message);
    default:
        return Core::Error::make(Core::ErrorCode::NetworkFailure, message);
    }
}

bool isRetryable(const Core::Error &error)
{
    using Core::ErrorCode;
    switch (error.code) {
    case ErrorCode::Timeout:
    case ErrorCode::NetworkFailure:
    case ErrorCode::SlowDown:
    case ErrorCode::InternalError:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::RequestTimeout:
        return true;
    default:
        break;
    }
    return error.httpStatus == 500 || error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
}

// --- Transport -----------------------------------------------------------------------------

void Transport::tuneSockets(bool force)
{
    if (!force && m_tuneClock.isValid() && m_tuneClock.elapsed() < 20)
        return;
    m_tuneClock.start();
    setLowDelayOnTcpSockets(m_tunedSockets);
}

Transport::Transport(Profile profile, CredentialsProvider *credentials, QObject *parent)
    : QObject(parent)
    , m_profile{std::move(profile)}
    , m_credentials{credentials}
    , m_ssl{QSslConfiguration::defaultConfiguration()}
{
    m_retry.maxAttempts = std::max(1, m_profile.maxAttempts);
    // A default port in the URL would change the Host header QNAM sends; keep it implicit.
    const int defaultPort = m_profile.endpoint.scheme() == u"https" ? 443 : 80;
    if (m_profile.endpoint.port() == defaultPort)
        m_profile.endpoint.setPort(-1);
    m_ownNam = new QNetworkAccessManager(this);
    m_nam = m_ownNam;
    if (qEnvironmentVariableIsSet("PAIL_DIRECT_HTTP"))
        m_directHttp = qEnvironmentVariableIntValue("PAIL_DIRECT_HTTP") != 0;
}

Transport::~Transport() = default;

bool Transport::usesDirectHttp(const Request &request, const Target &target) const
{
    return m_directHttp && m_nam == m_ownNam && target.url.scheme() == u"http"
        && ((request.body.kind == RequestBody::Kind::None && (request.method == "GET" || request.method == "HEAD"))
            || (request.method == "PUT"
                && (request.body.kind == RequestBody::Kind::Bytes || request.body.kind == RequestBody::Kind::FileSection)));
}

QTcpSocket *Transport::takeIdleSocket(const QString &host, quint16 port)
{
    while (!m_idleSockets.isEmpty()) {
        // Most recently used first: the likeliest to be alive.
        qsizetype i = m_idleSockets.size() - 1;
        while (i >= 0 && (m_idleSockets[i].host != host || m_idleSockets[i].port != port))
            --i;
        if (i < 0)
            return nullptr;
        QPointer<QTcpSocket> socket = m_idleSockets.takeAt(i).socket;
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->abort();
        socket->deleteLater();
    }
    return nullptr;
}

void Transport::putIdleSocket(QTcpSocket *socket, const QString &host, quint16 port)
{
    constexpr qsizetype kMaxIdle = 64;
    socket->disconnect();
    socket->setParent(this);
    if (m_idleSockets.size() >= kMaxIdle) {
        QTcpSocket *oldest = m_idleSockets.takeFirst().socket;
        if (oldest) {
            oldest->abort();
            oldest->deleteLater();
        }
    }
    // An idle socket that becomes readable was closed (or sent garbage): drop it.
    const auto drop = [this, socket] {
        for (qsizetype i = 0; i < m_idleSockets.size(); ++i) {
            if (m_idleSockets[i].socket == socket) {
                m_idleSockets.removeAt(i);
                break;
            }
        }
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QIODevice::readyRead, this, drop);
    connect(socket, &QAbstractSocket::disconnected, this, drop);
    m_idleSockets.append({host, port, socket});
}

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;

// One attempt of a request over a socket of the transport's keep-alive pool (see
// Transport::setDirectHttp). `request` is the head, with an in-memory body appended; a body
// streamed from a device (a file section) follows it in 256 KiB pieces, each written when the
// kernel has taken the previous one (so at most one piece waits in Qt's buffer), re-read from
// the start when the exchange tries again on a new connection. Reads the answer into a reused
// 1 MiB buffer and hands the body to the reply as it arrives, parsed by Boost.Beast
// (Content-Length, chunked and until-close bodies, 1xx answers skipped); an answer that comes
// before the body is all sent (an error) ends the exchange and the connection. Child of the
// reply; reports once through TransportReply::directFinished() (which deletes it).
class DirectExchange final : public QObject
{
public:
    // `body` (may be null) is opened, positioned at its start, and adopted as a child.
    DirectExchange(TransportReply *reply, QString host, quint16 port, QByteArray request, bool head,
                   QIODevice *body = nullptr, qint64 bodyLength = 0)
        : QObject(reply)
        , m_reply{reply}
        , m_host{std::move(host)}
        , m_port{port}
        , m_request{std::move(request)}
        , m_isHead{head}
        , m_body{body}
        , m_bodyLength{body ? bodyLength : 0}
    {
        if (m_body)
            m_body->setParent(this);
        const int timeout = reply->m_transport ? reply->m_transport->transferTimeoutMs() : 0;
        if (timeout > 0) {
            m_timer.setSingleShot(true);
            m_timer.setInterval(timeout);
            connect(&m_timer, &QTimer::timeout, this, [this, timeout] {
                fail(Core::Error::make(Core::ErrorCode::Timeout, QStringLiteral("no data for %1 ms").arg(timeout)));
            });
            m_timer.start();
        }
        // Start from the event loop, so the reply is fully set up when an answer comes.
        QMetaObject::invokeMethod(this, [this] { begin(true); }, Qt::QueuedConnection);
    }

    ~DirectExchange() override { closeSocket(); }

private:
    void begin(bool mayReuse)
    {
        resetParser();
        m_pending.clear();
        m_reused = false;
        m_eof = false;
        m_bodySent = 0;
        if (m_body && !m_body->seek(0)) {
            fail(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot rewind the request body: %1").arg(m_body->errorString())));
            return;
        }
        if (mayReuse && m_reply->m_transport)
            m_socket = m_reply->m_transport->takeIdleSocket(m_host, m_port);
        if (m_socket) {
            m_reused = true;
            m_socket->setParent(this);
            wire();
            send();
            return;
        }
        m_socket = new QTcpSocket(this);
        wire();
        connect(m_socket, &QAbstractSocket::connected, this, [this] {
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            send();
        });
        m_socket->connectToHost(m_host, m_port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

    void wire()
    {
        connect(m_socket, &QIODevice::readyRead, this, &DirectExchange::readSome);
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            touch();
            sendBody();
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, &DirectExchange::closed);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError) {
                closed();
                return;
            }
            fail(Core::Error::make(Core::ErrorCode::NetworkFailure, m_socket ? m_socket->errorString() : QString()));
        });
    }

    void send()
    {
        touch();
        if (m_socket->write(m_request) != m_request.size()) {
            fail(Core::Error::make(Core::ErrorCode::NetworkFailure, m_socket->errorString()));
            return;
        }
        sendBody();
    }

    bool bodySent() const { return m_bodySent >= m_bodyLength; }

    // Writes the streamed body while the kernel takes it whole: the socket is unbuffered, so a
    // write goes straight to the kernel and Qt keeps (copies) only what it refused; the next
    // piece waits for bytesWritten(), emitted once Qt has flushed that rest. Yields to the
    // event loop every 4 MiB so that one fast connection does not starve the others.
    // A file section goes with sendfile() on Linux (page cache to socket: no copy through this
    // process, which a read() + write() of each 256 KiB cost); when the socket is full, one
    // small piece is written through Qt, which then watches the socket and says (bytesWritten)
    // when it can take more.
    void sendBody()
    {
        if (!m_body || m_done || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        static constexpr qint64 kPiece = 256 * 1024;
        static constexpr qint64 kPerTurn = 4 * 1024 * 1024;
        static constexpr qint64 kNudge = 16 * 1024;
        thread_local QByteArray buffer;
        if (buffer.size() != kPiece)
            buffer.resize(kPiece);
        const QPointer<DirectExchange> alive(this);
        qint64 turn = 0;
        while (!bodySent() && m_socket->bytesToWrite() == 0) {
            // An answer before the whole body (an error) is read first: writing on would only
            // meet a reset and lose it.
            if (m_socket->bytesAvailable() > 0) {
                readSome();
                if (!alive || m_done || !m_socket)
                    return;
            }
            if (turn >= kPerTurn) {
                QMetaObject::invokeMethod(this, &DirectExchange::sendBody, Qt::QueuedConnection);
                break;
            }
            qint64 piece = std::min(kPiece, m_bodyLength - m_bodySent);
#ifdef Q_OS_LINUX
            if (auto *file = qobject_cast<FileSectionDevice *>(m_body); file && m_sendFile) {
                off_t offset = off_t(file->fileOffset() + m_bodySent);
                const ssize_t sent = ::sendfile(int(m_socket->socketDescriptor()), file->handle(), &offset, size_t(piece));
                if (sent > 0) {
                    m_bodySent += sent;
                    turn += sent;
                    continue;
                }
                if (sent < 0 && errno == EINTR)
                    continue;
                if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    piece = std::min(piece, kNudge); // through Qt, below
                } else if (sent == 0) {
                    fail(Core::Error::make(Core::ErrorCode::IoError,
                                           QStringLiteral("the request body ended %1 bytes early (the file shrank?)")
                                               .arg(m_bodyLength - m_bodySent)));
                    return;
                } else {
                    m_sendFile = false; // not for this file or socket: read() + write() from here on
                }
                if (!m_body->seek(m_bodySent)) {
                    fail(Core::Error::make(Core::ErrorCode::IoError,
                                           QStringLiteral("cannot position the request body: %1").arg(m_body->errorString())));
                    return;
                }
            }
#endif
            const qint64 n = m_body->read(buffer.data(), piece);
            if (n <= 0) {
                fail(Core::Error::make(Core::ErrorCode::IoError,
                                       n < 0 ? QStringLiteral("cannot read the request body: %1").arg(m_body->errorString())
                                             : QStringLiteral("the request body ended %1 bytes early (the file shrank?)")
                                                   .arg(m_bodyLength - m_bodySent)));
                return;
            }
            if (m_socket->write(buffer.constData(), n) != n) {
                fail(Core::Error::make(Core::ErrorCode::NetworkFailure, m_socket->errorString()));
                return;
            }
            m_bodySent += n;
            turn += n;
        }
        touch();
        emit m_reply->uploadProgress(m_bodySent - m_socket->bytesToWrite(), m_bodyLength);
    }

    void touch()
    {
        if (m_timer.interval() > 0)
            m_timer.start();
    }

    void closeSocket()
    {
        if (!m_socket)
            return;
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }

    // The peer closed the connection.
    void closed()
    {
        if (m_done || !m_socket)
            return;
        const QPointer<DirectExchange> alive(this); // a finished() slot may delete the reply, and this with it
        if (!m_eof)
            readSome(); // what arrived before the close
        if (!alive || m_done)
            return;
        endOfStream();
    }

    // No more bytes will come on this connection.
    void endOfStream()
    {
        if (m_done)
            return;
        if (m_parser->is_header_done() && !m_parser->is_done()) {
            // An answer without Content-Length or chunking ends with the connection.
            beast::error_code ec;
            m_parser->put_eof(ec);
            if (!ec && m_parser->is_done()) {
                finish(false);
                return;
            }
        }
        if (m_reused && m_received == 0) {
            // A keep-alive connection the server had closed: try once on a new one.
            closeSocket();
            begin(false);
            return;
        }
        fail(Core::Error::make(Core::ErrorCode::NetworkFailure, QStringLiteral("the connection closed before the answer was complete")));
    }

    void fail(const Core::Error &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        closeSocket();
        m_reply->directFinished(0, {}, error);
    }

    void finish(bool keepAlive)
    {
        m_done = true;
        m_timer.stop();
        // A connection whose request body was cut short by the answer cannot carry another request.
        if (keepAlive && bodySent() && m_reply->m_transport && m_socket && m_socket->bytesAvailable() == 0
            && m_socket->bytesToWrite() == 0) {
            m_socket->disconnect(this);
            m_reply->m_transport->putIdleSocket(m_socket, m_host, m_port);
            m_socket = nullptr;
        } else {
            closeSocket();
        }
        m_reply->directFinished(m_status, m_headers, {});
    }

    void readSome()
    {
        if (!m_socket || m_done)
            return;
        touch();
        // One buffer for all exchanges of this thread (a fresh 1 MiB per request cost a page
        // fault per 4 KiB); a nested use (an event loop run from a slot) gets its own.
        static constexpr qint64 kBuffer = 1024 * 1024;
        thread_local QByteArray shared;
        thread_local bool inUse = false;
        QByteArray local;
        QByteArray &buffer = inUse ? local : shared;
        if (buffer.size() != kBuffer)
            buffer.resize(kBuffer);
        const bool owner = !inUse;
        inUse = true;
        const auto release = qScopeGuard([owner] {
            if (owner)
                inUse = false;
        });
        for (;;) {
            const qint64 n = m_socket->read(buffer.data(), kBuffer);
            if (n < 0) { // end of stream (the peer closed) or a socket error
                m_eof = true;
                endOfStream();
                return;
            }
            if (n == 0)
                return;
            m_received += n;
            if (!process(buffer.constData(), n))
                return;
        }
    }

    // The answer's parser: Boost.Beast's HTTP/1.1 response parser, fed the bytes as they
    // arrive; body bytes reach the reply straight from the read buffer (no copy).
    class ResponseParser final : public http::basic_parser<false>
    {
    public:
        explicit ResponseParser(DirectExchange *exchange, bool head)
            : m_exchange {exchange}
        {
            // Not boost::none: Boost 1.74 compares a Content-Length with the optional and takes
            // "none" for less than any length.
            body_limit(std::numeric_limits<std::uint64_t>::max());
            header_limit(256 * 1024);
            if (head)
                skip(true); // a HEAD answer has no body, whatever its Content-Length says
        }

        int status = 0;
        HeaderList headers;

    private:
        void on_request_impl(http::verb, beast::string_view, beast::string_view, int, beast::error_code &) override {}
        void on_response_impl(int code, beast::string_view, int, beast::error_code &) override { status = code; }
        void on_field_impl(http::field, beast::string_view name, beast::string_view value, beast::error_code &) override
        {
            headers.append({QByteArray(name.data(), qsizetype(name.size())), QByteArray(value.data(), qsizetype(value.size()))});
        }
        void on_header_impl(beast::error_code &) override
        {
            if (status >= 200 && m_exchange)
                m_exchange->headerDone(status, headers);
        }
        void on_body_init_impl(const boost::optional<std::uint64_t> &length, beast::error_code &) override
        {
            if (length && m_exchange)
                m_exchange->m_total = qint64(*length);
        }
        std::size_t on_body_impl(beast::string_view body, beast::error_code &ec) override
        {
            // A slot run by deliver() may delete the exchange (and the reply): stop parsing then.
            if (!m_exchange || !m_exchange->deliver(body.data(), qint64(body.size())))
                ec = asio::error::operation_aborted;
            return body.size();
        }
        void on_chunk_header_impl(std::uint64_t, beast::string_view, beast::error_code &) override {}
        std::size_t on_chunk_body_impl(std::uint64_t, beast::string_view body, beast::error_code &ec) override
        {
            return on_body_impl(body, ec);
        }
        void on_finish_impl(beast::error_code &) override {}

        QPointer<DirectExchange> m_exchange;
    };

    void resetParser() { m_parser = std::make_shared<ResponseParser>(this, m_isHead); }

    // A final answer's status line and fields have arrived.
    void headerDone(int status, const HeaderList &headers)
    {
        m_status = status;
        m_headers = headers;
        m_reply->m_status = status;
    }

    // False once the exchange ended (finished or failed).
    bool process(const char *data, qint64 size)
    {
        // Bytes the parser could not take yet (a header or chunk line cut by the read) come
        // first.
        QByteArray joined;
        if (!m_pending.isEmpty()) {
            joined = std::exchange(m_pending, {});
            joined.append(data, size);
            data = joined.constData();
            size = joined.size();
        }
        const QPointer<DirectExchange> alive(this);
        while (!m_done) {
            const std::shared_ptr<ResponseParser> parser = m_parser; // outlives a deleted exchange
            beast::error_code ec;
            const std::size_t used = parser->put(asio::const_buffer(data, std::size_t(size)), ec);
            if (!alive)
                return false;
            if (m_done)
                return false; // the reply stopped the body (its sink failed)
            data += used;
            size -= qint64(used);
            if (ec == http::error::need_more) {
                if (size > 0)
                    m_pending = QByteArray(data, size);
                return true;
            }
            if (ec) {
                fail(Core::Error::make(Core::ErrorCode::NetworkFailure,
                                       QStringLiteral("bad HTTP answer: %1").arg(QString::fromStdString(ec.message()))));
                return false;
            }
            if (parser->is_done()) {
                if (parser->status < 200) { // 100 Continue and such: the real answer follows
                    resetParser();
                    if (size == 0)
                        return true;
                    continue;
                }
                finish(parser->keep_alive() && size == 0);
                return false;
            }
            if (size == 0)
                return true;
        }
        return false;
    }

    // False when the exchange must stop: the reply gave up (its sink failed) or a slot deleted it.
    bool deliver(const char *data, qint64 size)
    {
        m_delivered += size;
        const QPointer<DirectExchange> alive(this);
        m_reply->consumeBody(data, size);
        if (!alive)
            return false;
        if (!m_reply->m_finished)
            emit m_reply->downloadProgress(m_delivered, m_total);
        if (!alive)
            return false;
        if (m_reply->m_finished) {
            m_done = true;
            return false;
        }
        return true;
    }

    TransportReply *m_reply;
    QString m_host;
    quint16 m_port;
    QByteArray m_request;
    bool m_isHead;
    QIODevice *m_body;
    qint64 m_bodyLength;
    qint64 m_bodySent = 0;
    bool m_sendFile = true; // off once sendfile() refused this body
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    HeaderList m_headers;
    std::shared_ptr<ResponseParser> m_parser;
    QByteArray m_pending; // bytes the parser has not taken yet
    qint64 m_total = -1;
    qint64 m_delivered = 0;
    qint64 m_received = 0;
    int m_status = 0;
    bool m_reused = false;
    bool m_eof = false;
    bool m_done = false;
};

void Transport::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam ? nam : m_ownNam;
}

void Transport::setMaxConnections(int connections)
{
    const int managers = std::clamp((connections + kConnectionsPerManager - 1) / kConnectionsPerManager, 1, 8);
    while (m_extraNams.size() + 1 < managers)
        m_extraNams.append(new QNetworkAccessManager(this));
    while (m_extraNams.size() + 1 > managers)
        delete m_extraNams.takeLast(); // replies hold no pointer to their manager's pool
}

QNetworkAccessManager *Transport::nextNetworkAccessManager()
{
    if (m_nam != m_ownNam || m_extraNams.isEmpty())
        return m_nam; // a caller's manager (tests) serves everything
    m_nextNam = (m_nextNam + 1) % (int(m_extraNams.size()) + 1);
    return m_nextNam == 0 ? m_ownNam : m_extraNams.at(m_nextNam - 1);
}

Core::Status Transport::loadCaBundle()
{
    if (m_profile.caBundlePath.isEmpty())
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_profile.caBundlePath, QSsl::Pem);
    if (certs.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("no PEM certificate in the CA bundle %1").arg(m_profile.caBundlePath));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(certs);
    return {};
}

QDateTime Transport::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

double Transport::random01() const
{
    return m_random ? m_random() : QRandomGenerator::global()->generateDouble();
}

QString Transport::regionForBucket(const QString &bucket) const
{
    return m_bucketRegions.value(bucket, m_profile.region);
}

void Transport::setBucketRegion(const QString &bucket, const QString &region)
{
    if (!bucket.isEmpty() && !region.isEmpty())
        m_bucketRegions.insert(bucket, region);
}

bool Transport::usesVirtualHost(const QString &bucket) const
{
    if (bucket.isEmpty() || !isDnsCompatibleBucket(bucket))
        return false;
    const QString host = m_profile.endpoint.host();
    if (!QHostAddress(host).isNull() || host == u"localhost")
        return false;
    // A bucket name with dots does not match the *.host wildcard certificate.
    if (bucket.contains(u'.') && m_profile.endpoint.scheme() == u"https")
        return false;
    switch (m_profile.addressingStyle) {
    case AddressingStyle::Path:
        return false;
    case AddressingStyle::Virtual:
        return true;
    case AddressingStyle::Auto:
        break;
    }
    return isAwsHost(host);
}

Core::Status checkKeySendable(const QString &key)
{
    for (const QStringView segment : QStringView(key).split(u'/')) {
        if (segment == u"." || segment == u"..")
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("the key \"%1\" has a \"%2\" path segment, which this client cannot send "
                                             "unchanged over HTTP; use a tool such as aws-cli for this object")
                                  .arg(key, segment));
    }
    return {};
}

Target Transport::target(const Request &request) const
{
    Target t;
    QUrl url = m_profile.endpoint;
    QString host = url.host();
    if (m_bucketRegions.contains(request.bucket))
        host = awsRegionalHost(host, m_bucketRegions.value(request.bucket));
    // The endpoint may carry a base path (some gateways); keys go below it.
    QByteArray base = url.path(QUrl::FullyEncoded).toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    QByteArray path = base;
    if (usesVirtualHost(request.bucket)) {
        host = request.bucket + u'.' + host;
        path += '/';
    } else if (!request.bucket.isEmpty()) {
        path += '/' + S3::uriEncode(request.bucket.toUtf8());
        if (!request.key.isEmpty())
            path += '/';
    } else {
        path += '/';
    }
    path += S3::uriEncode(request.key.toUtf8(), false);
    t.path = path;
    t.query = encodeQuery(request.query);
    t.host = host.toUtf8();
    if (url.port() != -1)
        t.host += ':' + QByteArray::number(url.port());
    QByteArray encoded = url.scheme().toUtf8() + "://" + t.host + t.path;
    if (!t.query.isEmpty())
        encoded += '?' + t.query;
    t.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    return t;
}

TransportReply *Transport::send(Request request, QObject *parent)
{
    return new TransportReply(this, std::move(request), parent);
}

// --- TransportReply ------------------------------------------------------------------------

TransportReply::TransportReply(Transport *transport, Request request, QObject *parent)
    : QObject(parent)
    , m_transport{transport}
    , m_request{std::move(request)}
    , m_result{std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled))}
{
    if (m_request.body.kind == RequestBody::Kind::Device && m_request.body.device)
        m_sinkStart = 0;
    if (m_request.responseSink)
        m_sinkStart = m_request.responseSink->isSequential() ? 0 : m_request.responseSink->pos();
    QMetaObject::invokeMethod(this, &TransportReply::startAttempt, Qt::QueuedConnection);
}

TransportReply::~TransportReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_direct; // a child: closes its socket
}

void TransportReply::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_direct) {
        m_direct->deleteLater();
        m_direct = nullptr;
    }
    finishWith(std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("cancelled"))));
}

void TransportReply::startAttempt()
{
    if (m_finished)
        return;
    if (!m_transport) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transport destroyed")));
        return;
    }
    if (auto sendable = checkKeySendable(m_request.key); !sendable) {
        finishWith(std::unexpected(sendable.error()));
        return;
    }
    ++m_attempt;
    m_body.clear();
    m_bodyBytes = 0;
    m_status = 0;
    if (m_transport->profile().credentialSource == CredentialSource::Anonymous) {
        prepareAndSend({});
        return;
    }
    CredentialsProvider *provider = m_transport->credentialsProvider();
    if (!provider) {
        finishWith(Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no credentials provider")));
        return;
    }
    provider->fetch(this, [this](const Core::Result<Credentials> &credentials) {
        if (!credentials) {
            finishWith(std::unexpected(credentials.error()));
            return;
        }
        prepareAndSend(*credentials);
    });
}

void TransportReply::prepareAndSend(const Credentials &credentials)
{
    if (m_finished)
        return;
    const bool tls = m_transport->profile().endpoint.scheme() == u"https";
    const bool unsignedAllowed = tls && (m_request.forceUnsignedPayload || m_transport->profile().unsignedPayload);
    if (m_payloadHash.isEmpty()) {
        switch (m_request.body.kind) {
        case RequestBody::Kind::None:
            m_payloadHash = S3::kEmptySha256Hex;
            break;
        case RequestBody::Kind::Bytes:
            m_payloadHash = unsignedAllowed ? QByteArray(S3::kUnsignedPayload) : S3::sha256Hex(m_request.body.bytes);
            break;
        case RequestBody::Kind::Device:
            m_payloadHash = S3::kUnsignedPayload;
            break;
        case RequestBody::Kind::FileSection:
            // A file section with a Content-MD5 or a CRC32C (every part the transfer engine
            // uploads) is not hashed again for the signature: the server checks what it receives
            // against it (BadDigest otherwise), and SHA-256 would cost a second pass over the file
            // here and one more on the server. The checksum header and x-amz-content-sha256 stay
            // signed.
            if (tls || hasBodyChecksum(m_request)) {
                m_payloadHash = S3::kUnsignedPayload;
                break;
            }
            // Plain HTTP without Content-MD5: sign the payload, hashing the file section on the
            // pool (never here).
            auto *watcher = new QFutureWatcher<Core::Result<QByteArray>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, credentials] {
                watcher->deleteLater();
                const Core::Result<QByteArray> hash = watcher->result();
                if (!hash) {
                    finishWith(std::unexpected(hash.error()));
                    return;
                }
                m_payloadHash = *hash;
                sendSigned(credentials);
            });
            const RequestBody body = m_request.body;
            watcher->setFuture(QtConcurrent::run([body]() -> Core::Result<QByteArray> {
                FileSectionDevice dev(body.filePath, body.offset, body.length);
                if (!dev.open(QIODevice::ReadOnly))
                    return Core::fail(Core::ErrorCode::IoError, dev.errorString());
                S3::Hasher hasher(S3::ChecksumAlgorithm::Sha256);
                QByteArray buf(1 << 20, Qt::Uninitialized);
                for (;;) {
                    const qint64 n = dev.read(buf.data(), buf.size());
                    if (n < 0)
                        return Core::fail(Core::ErrorCode::IoError, dev.errorString());
                    if (n == 0)
                        break;
                    hasher.update(buf.constData(), n);
                }
                return hasher.finishHex();
            }));
            return;
        }
    }
    sendSigned(credentials);
}

void TransportReply::sendSigned(const Credentials &credentials)
{
    if (m_finished || !m_transport)
        return;
    Transport &transport = *m_transport;
    const Target t = transport.target(m_request);

    S3::SignableRequest signable;
    signable.method = m_request.method;
    signable.path = t.path;
    signable.query = t.query;
    signable.headers.append({"Host", t.host});
    for (const auto &h : m_request.headers)
        signable.headers.append(h);
    if (credentials.isValid()) {
        S3::Signer signer({credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken},
                          transport.regionForBucket(m_request.bucket).toUtf8());
        signer.signHeaders(signable, transport.now(), m_payloadHash);
    } else {
        signable.setHeader("x-amz-content-sha256", m_payloadHash);
    }

    if (transport.usesDirectHttp(m_request, t)) {
        QByteArray head = m_request.method + ' ' + t.path;
        if (!t.query.isEmpty())
            head += '?' + t.query;
        head += " HTTP/1.1\r\nHost: " + t.host + "\r\n";
        for (const auto &[name, value] : signable.headers) {
            if (name.compare("host", Qt::CaseInsensitive) != 0)
                head += name + ": " + value + "\r\n";
        }
        head += "Accept-Encoding: identity\r\n";
        FileSectionDevice *file = nullptr;
        if (m_request.body.kind == RequestBody::Kind::Bytes) {
            head += "Content-Length: " + QByteArray::number(m_request.body.bytes.size()) + "\r\n\r\n" + m_request.body.bytes;
        } else if (m_request.body.kind == RequestBody::Kind::FileSection) {
            // Opened per attempt, so a retry reads the file again.
            const RequestBody &body = m_request.body;
            auto owned = std::make_unique<FileSectionDevice>(body.filePath, body.offset, body.length);
            if (!owned->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                finishWith(Core::fail(Core::ErrorCode::IoError, owned->errorString()));
                return;
            }
            file = owned.release(); // adopted by the exchange
            head += "Content-Length: " + QByteArray::number(file->size()) + "\r\n\r\n";
        } else {
            head += "\r\n";
        }
        ++transport.m_directAttempts;
        m_direct = new DirectExchange(this, t.url.host(), quint16(t.url.port(80)), std::move(head),
                                      m_request.method == "HEAD", file, file ? file->size() : 0);
        return;
    }

    QNetworkRequest req(t.url);
    for (const auto &[name, value] : signable.headers) {
        if (name.compare("host", Qt::CaseInsensitive) == 0)
            continue; // QNAM writes Host from the URL, identical to t.host
        req.setRawHeader(name, value);
    }
    // An explicit Accept-Encoding stops QNAM from decompressing objects stored gzip-encoded.
    req.setRawHeader("Accept-Encoding", "identity");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(transport.transferTimeoutMs());
    if (t.url.scheme() == u"https")
        req.setSslConfiguration(transport.sslConfiguration());

    QNetworkAccessManager *nam = transport.nextNetworkAccessManager();
    QNetworkReply *reply = nullptr;
    switch (m_request.body.kind) {
    case RequestBody::Kind::None:
        // HEAD must go through head(): as a custom verb QNAM would wait for a body.
        if (m_request.method == "HEAD")
            reply = nam->head(req);
        else if (m_request.method == "GET")
            reply = nam->get(req);
        else if (m_request.method == "DELETE")
            reply = nam->deleteResource(req);
        else
            reply = nam->sendCustomRequest(req, m_request.method);
        break;
    case RequestBody::Kind::Bytes:
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.bytes.size());
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body.bytes);
        break;
    case RequestBody::Kind::FileSection: {
        if (m_uploadDevice)
            m_uploadDevice->deleteLater();
        auto *dev = new FileSectionDevice(m_request.body.filePath, m_request.body.offset, m_request.body.length, this);
        m_uploadDevice = dev;
        if (!dev->open(QIODevice::ReadOnly)) {
            finishWith(Core::fail(Core::ErrorCode::IoError, dev->errorString()));
            return;
        }
        req.setHeader(QNetworkRequest::ContentLengthHeader, dev->size());
        reply = nam->sendCustomRequest(req, m_request.method, dev);
        break;
    }
    case RequestBody::Kind::Device: {
        QIODevice *dev = m_request.body.device;
        if (!dev || !dev->isReadable()) {
            finishWith(Core::fail(Core::ErrorCode::IoError, QStringLiteral("request body device is not readable")));
            return;
        }
        if (m_attempt > 1 && !dev->seek(0)) {
            finishWith(Core::fail(Core::ErrorCode::IoError, QStringLiteral("request body device cannot rewind")));
            return;
        }
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.length);
        reply = nam->sendCustomRequest(req, m_request.method, dev);
        break;
    }
    }
    m_reply = reply;
    if (m_request.responseSink)
        reply->setReadBufferSize(kStreamReadBuffer); // stop reading the socket while this thread lags behind
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        // The HTTP thread opens the socket right after this: tune it as soon as it exists.
        QTimer::singleShot(0, this, [this] {
            if (m_transport)
                m_transport->tuneSockets(true);
        });
    });
    connect(reply, &QIODevice::readyRead, this, &TransportReply::handleReadyRead);
    connect(reply, &QNetworkReply::finished, this, &TransportReply::handleFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &TransportReply::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &TransportReply::downloadProgress);
}

void TransportReply::handleReadyRead()
{
    if (!m_reply)
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    consumeBody(chunk.constData(), chunk.size());
}

void TransportReply::consumeBody(const char *data, qint64 size)
{
    m_bodyBytes += size;
    const bool success = m_status >= 200 && m_status < 300;
    const auto stop = [this](const QString &message) {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        if (m_direct) {
            m_direct->deleteLater();
            m_direct = nullptr;
        }
        finishWith(Core::fail(Core::ErrorCode::IoError, message));
    };
    if (success && m_request.responseSink) {
        if (m_request.responseSink->write(data, size) != size)
            stop(QStringLiteral("cannot write the response body: %1").arg(m_request.responseSink->errorString()));
        return;
    }
    if (m_body.size() + size > kMaxBufferedBody) {
        stop(QStringLiteral("response body over 64 MiB; use a sink"));
        return;
    }
    m_body.append(data, size);
}

Core::Error TransportReply::errorFromReply(int status, const QByteArray &body) const
{
    Core::Error e;
    if (body.contains("<Error")) {
        e = S3::parseErrorXml(body, status);
    } else {
        e = S3::makeError(codeForStatus(status, m_request));
        e.httpStatus = status;
        if (e.message.isEmpty())
            e.message = QStringLiteral("HTTP %1").arg(status);
    }
    if (e.code == Core::ErrorCode::UnknownS3Error && e.s3Code.isEmpty())
        e.code = codeForStatus(status, m_request);
    if (e.requestId.isEmpty() && m_reply)
        e.requestId = QString::fromLatin1(m_reply->rawHeader("x-amz-request-id"));
    return e;
}

void TransportReply::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_transport)
        m_transport->tuneSockets(false);
    handleReadyRead();
    if (m_finished || !m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Core::Error failure;
    HeaderList headers;
    if (status == 0) {
        // No HTTP answer: connection refused or reset, DNS, TLS, timeout.
        const QNetworkReply::NetworkError netError = reply->error();
        failure = networkError(netError, reply->errorString());
        if (netError == QNetworkReply::OperationCanceledError && !m_aborting)
            failure = Core::Error::make(Core::ErrorCode::Timeout, QStringLiteral("no data for %1 ms: %2").arg(m_transport ? m_transport->transferTimeoutMs() : 0).arg(reply->errorString()));
    } else {
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append(pair);
    }
    finishAttempt(status, headers, failure);
}

void TransportReply::directFinished(int status, const HeaderList &headers, const Core::Error &failure)
{
    if (m_direct) {
        m_direct->deleteLater();
        m_direct = nullptr;
    }
    if (m_finished)
        return;
    finishAttempt(status, headers, failure);
}

void TransportReply::finishAttempt(int status, const HeaderList &headers, const Core::Error &failure)
{
    if (m_uploadDevice) {
        m_uploadDevice->deleteLater();
        m_uploadDevice = nullptr;
    }
    if (status == 0) {
        if (isRetryable(failure) && canRetry()) {
            retryLater();
            return;
        }
        finishWith(std::unexpected(failure));
        return;
    }

    Response response;
    response.httpStatus = status;
    response.headers = headers;
    response.requestId = QString::fromLatin1(response.header("x-amz-request-id"));
    response.bodyBytes = m_bodyBytes;

    if (status >= 200 && status < 300) {
        if (!m_request.responseSink)
            response.body = std::move(m_body);
        finishWith(response);
        return;
    }

    Core::Error e = errorFromReply(status, m_body);
    if (e.requestId.isEmpty())
        e.requestId = response.requestId;

    // Region discovery: learn the bucket's region and try once more.
    if (m_transport && !m_regionRetried && !m_request.bucket.isEmpty()
        && (status == 301 || status == 307 || status == 400)) {
        QString region = QString::fromLatin1(response.header("x-amz-bucket-region"));
        if (region.isEmpty())
            region = regionFromErrorBody(m_body);
        const bool regionError = status != 400 || e.code == Core::ErrorCode::AuthorizationHeaderMalformed;
        if (regionError && !region.isEmpty() && region != m_transport->regionForBucket(m_request.bucket)) {
            m_regionRetried = true;
            m_transport->setBucketRegion(m_request.bucket, region);
            if (!m_request.responseSink || m_bodyBytes == 0) {
                --m_attempt; // a redirect is not a failed attempt
                QMetaObject::invokeMethod(this, &TransportReply::startAttempt, Qt::QueuedConnection);
                return;
            }
        }
    }
    // Expired temporary credentials: ask the provider again, once.
    if (e.code == Core::ErrorCode::ExpiredToken && !m_credentialsRetried && m_transport
        && m_transport->credentialsProvider() && canRetry()) {
        m_credentialsRetried = true;
        m_transport->credentialsProvider()->invalidate();
        retryLater();
        return;
    }
    if (isRetryable(e) && canRetry()) {
        retryLater();
        return;
    }
    if (status == 304)
        e.code = Core::ErrorCode::NotModified;
    finishWith(std::unexpected(e));
}

bool TransportReply::canRetry() const
{
    if (!m_transport || !m_request.idempotent || m_attempt >= m_transport->retryPolicy().maxAttempts)
        return false;
    if (m_request.body.kind == RequestBody::Kind::Device && (!m_request.body.device || m_request.body.device->isSequential()))
        return false;
    if (m_request.responseSink && m_request.responseSink->isSequential() && m_bodyBytes > 0)
        return false;
    return true;
}

void TransportReply::retryLater()
{
    if (m_request.responseSink && !m_request.responseSink->isSequential()) {
        // Drop what a failed attempt wrote; the next one starts over.
        m_request.responseSink->seek(m_sinkStart);
        if (auto *file = qobject_cast<QFile *>(m_request.responseSink))
            file->resize(m_sinkStart);
    }
    const int delay = m_transport->retryPolicy().delayMs(m_attempt, m_transport->random01());
    QTimer::singleShot(delay, this, &TransportReply::startAttempt);
}

void TransportReply::finishWith(Core::Result<Response> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    emit finished();
}

} // namespace Client
