#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace IntegrationSupport {

// One request for a raw socket, signed with AWS SigV4 (service s3) in the Authorization header.
// Independent of the engine's signer on purpose: the hostile tests must not share its bugs.
struct RawRequest
{
    QByteArray method = "GET";
    QByteArray path = "/";       // already URI-encoded as S3 expects (no double encoding)
    QByteArray query;            // canonical query string (sorted, encoded), without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, all signed (names any case)
    QByteArray payloadHash = "UNSIGNED-PAYLOAD";  // or the hex SHA-256 of the body
};

// The request line and headers (ending with the blank line) for host "127.0.0.1:PORT", signed at
// time `when` with the given keys and region. Adds Host, X-Amz-Date, X-Amz-Content-Sha256 and
// Authorization.
QByteArray signedHead(const RawRequest &request,
                      const QByteArray &host,
                      const QString &accessKey,
                      const QString &secretKey,
                      const QString &region,
                      const QDateTime &when = QDateTime::currentDateTimeUtc());

// Hex SHA-256 of bytes, as X-Amz-Content-Sha256 wants it.
QByteArray sha256Hex(const QByteArray &bytes);

// A parsed HTTP response read from a raw socket.
struct RawResponse
{
    int status = 0;            // 0: no response at all
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray raw;            // everything received, for failure messages
    QByteArray header(const QByteArray &name) const;
};

// Connects to 127.0.0.1:port, writes `bytes`, and reads one response until the server closes the
// connection or the response is complete (Content-Length), at most timeoutMs.
RawResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 20000);

} // namespace IntegrationSupport
