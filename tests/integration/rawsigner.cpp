#include "tests/integration/rawsigner.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>

namespace IntegrationSupport {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray signedHead(const RawRequest &request,
                      const QByteArray &host,
                      const QString &accessKey,
                      const QString &secretKey,
                      const QString &region,
                      const QDateTime &when)
{
    const QByteArray amzDate = when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);
    QList<QPair<QByteArray, QByteArray>> all = request.headers;
    all.append({"Host", host});
    all.append({"X-Amz-Date", amzDate});
    all.append({"X-Amz-Content-Sha256", request.payloadHash});
    QList<QPair<QByteArray, QByteArray>> canonical;
    for (const auto &[name, value] : std::as_const(all))
        canonical.append({name.toLower(), value.trimmed()});
    std::sort(canonical.begin(), canonical.end());
    QByteArray canonicalHeaders;
    QByteArrayList signedNames;
    for (const auto &[name, value] : std::as_const(canonical)) {
        canonicalHeaders += name + ':' + value + '\n';
        signedNames << name;
    }
    const QByteArray signedHeaders = signedNames.join(';');
    const QByteArray canonicalRequest = request.method + '\n' + request.path + '\n' + request.query + '\n' + canonicalHeaders + '\n'
                                      + signedHeaders + '\n' + request.payloadHash;
    const QByteArray scope = day + '/' + region.toLatin1() + "/s3/aws4_request";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonicalRequest);
    QByteArray key = hmac("AWS4" + secretKey.toUtf8(), day);
    key = hmac(key, region.toLatin1());
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    const QByteArray signature = hmac(key, stringToSign).toHex();

    QByteArray head = request.method + ' ' + request.path + (request.query.isEmpty() ? QByteArray() : '?' + request.query) + " HTTP/1.1\r\n";
    for (const auto &[name, value] : std::as_const(all))
        head += name + ": " + value + "\r\n";
    head += "Authorization: AWS4-HMAC-SHA256 Credential=" + accessKey.toLatin1() + '/' + scope + ", SignedHeaders=" + signedHeaders
          + ", Signature=" + signature + "\r\n\r\n";
    return head;
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RawResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    RawResponse r;
    QTcpSocket socket;
    const QDeadlineTimer deadline(timeoutMs);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return r;
    socket.write(bytes);
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    while (!deadline.hasExpired()) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
        if (socket.state() != QAbstractSocket::ConnectedState) {
            r.raw += socket.readAll();
            break;
        }
        if (socket.bytesToWrite() == 0 && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            r.raw += socket.readAll();
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        r.raw += socket.readAll();
        if (headerEnd < 0)
            headerEnd = r.raw.indexOf("\r\n\r\n");
        if (headerEnd >= 0 && contentLength < 0) {
            for (const QByteArray &line : r.raw.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headerEnd >= 0 && contentLength >= 0 && r.raw.size() >= headerEnd + 4 + contentLength)
            break;
    }
    headerEnd = r.raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return r;
    const QList<QByteArray> lines = r.raw.left(headerEnd).split('\n');
    r.statusLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = r.statusLine.split(' ');
    r.status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    r.body = r.raw.mid(headerEnd + 4);
    if (contentLength >= 0)
        r.body.truncate(contentLength);
    return r;
}

} // namespace IntegrationSupport
