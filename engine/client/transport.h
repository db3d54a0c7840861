#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include "engine/client/credentials.h"
#include "engine/client/profile.h"
#include "engine/core/error.h"

class QIODevice;
class QNetworkAccessManager;
class QTcpSocket;

namespace Client {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The body of a request: nothing, bytes in memory, a section of a file (opened per attempt,
// so retries re-read it), or a caller's device (sent from its current position; retried only
// when it can seek back).
struct RequestBody
{
    enum class Kind
    {
        None,
        Bytes,
        FileSection,
        Device,
    };
    Kind kind = Kind::None;
    QByteArray bytes;
    QString filePath;
    qint64 offset = 0;
    qint64 length = -1; // FileSection: -1 = to the end; Device: required
    QIODevice *device = nullptr;

    static RequestBody fromBytes(QByteArray bytes);
    static RequestBody fromFile(QString path, qint64 offset = 0, qint64 length = -1);
    static RequestBody fromDevice(QIODevice *device, qint64 length);
};

// One S3 REST call before addressing and signing. Plain value.
struct Request
{
    QByteArray method = "GET";
    QString bucket; // empty for ListBuckets
    QString key;    // empty for bucket-level calls
    QList<std::pair<QString, QString>> query; // decoded; an empty value is sent as a bare name ("?versioning")
    HeaderList headers;                       // extra headers (x-amz-*, Range, Content-Type...), signed
    RequestBody body;
    QIODevice *responseSink = nullptr; // 2xx body goes here instead of Response::body
    bool idempotent = true;            // only idempotent calls are retried
    bool forceUnsignedPayload = false; // UNSIGNED-PAYLOAD even for small bodies (TLS only)
    // Payload hash: the SHA-256 of the body over plain http, UNSIGNED-PAYLOAD over https for
    // streamed bodies. A file section with a Content-MD5 header is sent UNSIGNED-PAYLOAD also
    // over http (the server verifies the MD5; hashing the file for SHA-256 would be one more
    // pass over it on each side).

    Request &addQuery(QString name, QString value = {});
    Request &setHeader(QByteArray name, QByteArray value);
};

// What came back for a 2xx (or 304) answer.
struct Response
{
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;         // empty when streamed to Request::responseSink
    qint64 bodyBytes = 0;    // bytes received (also when streamed)
    QString requestId;       // x-amz-request-id

    // First value of that header (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// Exponential backoff with full jitter (AWS's recommendation): the n-th retry waits a uniform
// random time in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))].
struct RetryPolicy
{
    int maxAttempts = 4; // total tries, >= 1
    int baseDelayMs = 100;
    int maxDelayMs = 20000;

    // `retry` counts from 1; `random01` is uniform in [0, 1). Never negative.
    int delayMs(int retry, double random01) const;
    // The upper bound delayMs() can return for that retry.
    int ceilingMs(int retry) const;
};

// Where a request goes: the URL as sent and its parts as the signer sees them.
struct Target
{
    QUrl url;
    QByteArray host;  // Host header value ("h" or "h:port" for a non-default port)
    QByteArray path;  // percent-encoded once, as on the wire
    QByteArray query; // raw, as on the wire
};

class TransportReply;
class DirectExchange;

// Sends S3 requests for one endpoint profile over a QNetworkAccessManager: addresses them
// (path or virtual-hosted style), signs each attempt with SigV4, streams bodies, turns <Error>
// bodies into Core::Error, retries with backoff, and learns bucket regions from redirects.
// Never blocks. Lives in the thread that created it (the NAM must live there too); owned by
// the caller, who keeps it and the CredentialsProvider alive while replies are running.
// Qt's HTTP stack removes "." and ".." path segments from every request URL (QHttpNetworkRequest
// formats it with QUrl::NormalizePathSegments, and QUrl cannot keep them percent-encoded), so a
// key with such a segment would silently address another object. Every request with one fails
// with InvalidArgument instead of reading or overwriting the wrong object.
Core::Status checkKeySendable(const QString &key);

// Gives every TCP socket of this process TCP_NODELAY, skipping the ones in `tuned` (socket
// inodes, updated: closed sockets leave it). Returns how many were set. Linux only (elsewhere
// nothing). Why: Qt 6.4's HTTP stack never sets TCP_NODELAY and offers no access to its
// sockets; it writes a request's headers and its body in separate pieces, so the last short
// piece of a body waits for the server's ACK, which a Linux peer delays by up to 40 ms: a
// 64 KiB PUT took ~45 ms on loopback instead of ~2 ms. Setting the option on a socket some
// other code owns is harmless (servers set it themselves).
int setLowDelayOnTcpSockets(QSet<QByteArray> &tuned);

class Transport final : public QObject
{
    Q_OBJECT
public:
    Transport(Profile profile, CredentialsProvider *credentials, QObject *parent = nullptr);
    ~Transport() override;

    const Profile &profile() const { return m_profile; }
    CredentialsProvider *credentialsProvider() const { return m_credentials; }

    // Replaces the QNetworkAccessManager (tests pass a fake). Not owned; must outlive the transport.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Requests in flight to one endpoint at once. Qt 6.4's QNetworkAccessManager opens at most 6
    // connections per host (not configurable before 6.5), so beyond 6 the transport spreads
    // requests over several managers, each with its own connections (at most 8 managers).
    static constexpr int kConnectionsPerManager = 6;
    void setMaxConnections(int connections);
    // The manager for the next request (round robin over the transport's own managers).
    QNetworkAccessManager *nextNetworkAccessManager();
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Inactivity timeout per attempt (QNetworkRequest::setTransferTimeout); 0 = none.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // Clock and jitter source, for tests. Defaults: the system clock and QRandomGenerator.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }
    // Loads Profile::caBundlePath; InvalidConfiguration when it holds no certificate.
    Core::Status loadCaBundle();

    // The region requests for that bucket are signed for (learned from redirects, else the profile's).
    QString regionForBucket(const QString &bucket) const;
    void setBucketRegion(const QString &bucket, const QString &region);

    // Whether this bucket is addressed virtual-hosted style with this profile.
    bool usesVirtualHost(const QString &bucket) const;
    Target target(const Request &request) const;

    // Starts the request at once. The reply is owned by `parent` (or the caller when null) and
    // emits finished() exactly once; abort() ends it with Cancelled.
    TransportReply *send(Request request, QObject *parent = nullptr);

    QDateTime now() const;
    double random01() const;
    // setLowDelayOnTcpSockets() for the sockets QNAM opened, at most every 20 ms unless forced.
    void tuneSockets(bool force);
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    // Direct HTTP: GET, HEAD and PUT (a body in memory or a file section: the upload of a part),
    // to a plain-http endpoint, bypass QNetworkAccessManager and run over the transport's own
    // keep-alive sockets, read straight into a reused buffer (Qt 6.4's HTTP stack reads response
    // headers one byte per read() call and copies each body chunk twice between its thread and
    // this one: for downloads that cost more CPU than the transfer itself; it also copies an
    // upload through its own buffers and opens at most 6 connections per manager). A file
    // section is streamed from the file as the kernel takes it. On by default
    // (PAIL_DIRECT_HTTP=0 turns it off); never used with a caller's manager (tests' fakes) nor
    // for https. Other bodies (a caller's device, POST) still go through QNAM.
    void setDirectHttp(bool on) { m_directHttp = on; }
    bool directHttp() const { return m_directHttp; }
    bool usesDirectHttp(const Request &request, const Target &target) const;
    // Attempts sent over the direct path so far (diagnostics and tests).
    qint64 directAttempts() const { return m_directAttempts; }
    // An idle keep-alive socket to host:port (nullptr when none), and giving one back.
    QTcpSocket *takeIdleSocket(const QString &host, quint16 port);
    void putIdleSocket(QTcpSocket *socket, const QString &host, quint16 port);

private:
    friend class TransportReply; // counts m_directAttempts
    Profile m_profile;
    QPointer<CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkAccessManager *m_ownNam = nullptr;
    QList<QNetworkAccessManager *> m_extraNams; // children; see setMaxConnections()
    int m_nextNam = 0;
    RetryPolicy m_retry;
    int m_transferTimeoutMs = 60000;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_random;
    QSslConfiguration m_ssl;
    QHash<QString, QString> m_bucketRegions;
    QSet<QByteArray> m_tunedSockets;
    QElapsedTimer m_tuneClock;
    bool m_directHttp = true;
    qint64 m_directAttempts = 0;
    struct IdleSocket
    {
        QString host;
        quint16 port = 0;
        QPointer<QTcpSocket> socket;
    };
    QList<IdleSocket> m_idleSockets;
};

// One request in flight, across its attempts. Created by Transport::send(). Lives in the
// transport's thread; owned by the parent given to send().
class TransportReply final : public QObject
{
    Q_OBJECT
public:
    // Use Transport::send(); the reply starts its first attempt from the event loop.
    TransportReply(Transport *transport, Request request, QObject *parent);
    ~TransportReply() override;

    // Available after finished().
    const Core::Result<Response> &result() const { return m_result; }
    int attempts() const { return m_attempt; }
    bool isFinished() const { return m_finished; }
    // Aborts the network work and finishes with Cancelled (finished() is emitted inside).
    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class DirectExchange;
    void startAttempt();
    void prepareAndSend(const Credentials &credentials);
    void sendSigned(const Credentials &credentials);
    void handleReadyRead();
    void consumeBody(const char *data, qint64 size);
    void handleFinished();
    // The end of one attempt: status 0 = no HTTP answer (`failure` says why).
    void finishAttempt(int status, const HeaderList &headers, const Core::Error &failure);
    void directFinished(int status, const HeaderList &headers, const Core::Error &failure);
    bool canRetry() const;
    void retryLater();
    void finishWith(Core::Result<Response> result);
    Core::Error errorFromReply(int status, const QByteArray &body) const;

    QPointer<Transport> m_transport;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<DirectExchange> m_direct;
    QIODevice *m_uploadDevice = nullptr;
    QByteArray m_payloadHash; // cached across attempts
    QByteArray m_body;        // error body or in-memory success body
    qint64 m_bodyBytes = 0;
    qint64 m_sinkStart = 0;
    int m_status = 0;
    int m_attempt = 0;
    bool m_regionRetried = false;
    bool m_credentialsRetried = false;
    bool m_aborting = false;
    bool m_finished = false;
    Core::Result<Response> m_result;
};

// Maps a QNetworkReply failure without an HTTP answer to an Error (Timeout, NetworkFailure, Cancelled).
Core::Error networkError(QNetworkReply::NetworkError error, const QString &message);
// Whether S3 or the network failure is worth another attempt (5xx, SlowDown, resets, timeouts).
bool isRetryable(const Core::Error &error);

} // namespace Client
