#include "s3testclient.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSslConfiguration>

#include "engine/s3/checksum.h"

QByteArray TestReply::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first == name.toByteArray().toLower())
            return h.second;
    }
    return {};
}

bool TestReply::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first == name.toByteArray().toLower())
            return true;
    }
    return false;
}

QString TestReply::errorCode() const
{
    static const QRegularExpression re(QStringLiteral("<Code>([^<]*)</Code>"));
    const auto m = re.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1) : QString();
}

TestClient::TestClient(quint16 port, S3::Credentials credentials, QByteArray region)
    : m_port {port}
    , m_signer {std::move(credentials), std::move(region)}
{
}

TestClient::TestClient(quint16 port, S3::Credentials credentials, QByteArray region,
                       QList<QSslCertificate> tlsCaCertificates)
    : TestClient(port, std::move(credentials), std::move(region))
{
    setTls(std::move(tlsCaCertificates));
}

void TestClient::setTls(QList<QSslCertificate> caCertificates)
{
    m_caCertificates = std::move(caCertificates);
    m_tls = true;
}

bool TestClient::connectToServer()
{
    m_pending.clear();
    m_socket.abort();
    if (!m_tls) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket.waitForConnected(5000);
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(m_caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(config);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    return m_socket.waitForEncrypted(10000);
}

void TestClient::disconnect()
{
    m_socket.abort();
    m_pending.clear();
}

QByteArray TestClient::build(const TestRequest &r, bool includeBody)
{
    S3::SignableRequest s;
    s.method = r.method;
    s.path = r.path;
    s.query = r.query;
    s.headers = r.headers;
    const QByteArray host = r.host.isEmpty() ? "127.0.0.1:" + QByteArray::number(m_port) : r.host;
    if (!s.hasHeader("host"))
        s.headers.prepend({"Host", host});
    if (!s.hasHeader("content-length") && !s.hasHeader("transfer-encoding")
        && (!r.body.isEmpty() || r.method == "PUT" || r.method == "POST"))
        s.headers.append({"Content-Length", QByteArray::number(r.body.size())});
    if (r.sign) {
        const QByteArray hash = r.payloadHash.isEmpty() ? S3::sha256Hex(r.body) : r.payloadHash;
        m_signer.signHeaders(s, QDateTime::currentDateTimeUtc(), hash);
    }
    QByteArray out = r.method + ' ' + r.path + (r.query.isEmpty() ? QByteArray() : '?' + r.query) + " HTTP/1.1\r\n";
    for (const auto &[name, value] : s.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (includeBody)
        out += r.body;
    return out;
}

TestReply TestClient::send(const TestRequest &r)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState && !connectToServer())
        return {};
    m_socket.write(build(r));
    m_socket.flush();
    return readReply(r.method == "HEAD");
}

bool TestClient::readLine(QByteArray &line, int timeoutMs)
{
    for (;;) {
        const qsizetype nl = m_pending.indexOf("\r\n");
        if (nl >= 0) {
            line = m_pending.left(nl);
            m_pending.remove(0, nl + 2);
            return true;
        }
        if (!m_socket.waitForReadyRead(timeoutMs) && m_socket.bytesAvailable() == 0)
            return false;
        m_pending += m_socket.readAll();
    }
}

bool TestClient::readExact(qint64 n, QByteArray &out, int timeoutMs)
{
    while (m_pending.size() < n) {
        if (!m_socket.waitForReadyRead(timeoutMs) && m_socket.bytesAvailable() == 0)
            return false;
        m_pending += m_socket.readAll();
    }
    out = m_pending.left(n);
    m_pending.remove(0, n);
    return true;
}

TestReply TestClient::readReply(bool head, int timeoutMs)
{
    TestReply reply;
    QByteArray line;
    if (!readLine(line, timeoutMs))
        return reply;
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 2)
        return reply;
    reply.status = parts[1].toInt();
    for (;;) {
        if (!readLine(line, timeoutMs))
            return reply;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        reply.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = reply.header("content-length").toLongLong();
    if (!head && reply.status != 204 && reply.status != 304 && reply.status >= 200 && length > 0) {
        if (!readExact(length, reply.body, timeoutMs))
            return reply;
    }
    reply.ok = true;
    return reply;
}

TestReply TestClient::get(const QByteArray &path, const QByteArray &query,
                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return send(TestRequest {"GET", path, query, headers, {}, true, {}, {}});
}

TestReply TestClient::put(const QByteArray &path, const QByteArray &body, const QByteArray &query,
                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return send(TestRequest {"PUT", path, query, headers, body, true, {}, {}});
}

TestReply TestClient::head(const QByteArray &path, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return send(TestRequest {"HEAD", path, {}, headers, {}, true, {}, {}});
}

TestReply TestClient::del(const QByteArray &path, const QByteArray &query)
{
    return send(TestRequest {"DELETE", path, query, {}, {}, true, {}, {}});
}

TestReply TestClient::post(const QByteArray &path, const QByteArray &query, const QByteArray &body)
{
    return send(TestRequest {"POST", path, query, {}, body, true, {}, {}});
}
