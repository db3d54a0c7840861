#pragma once

#include <optional>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QSslCertificate>
#include <QSslSocket>

#include "engine/s3/sigv4.h"

// A raw HTTP/1.1 client for the server tests: builds requests byte by byte (so a test can send
// exactly what it wants: wrong signatures, truncated bodies, Expect: 100-continue), signs them
// with S3::Signer, and parses responses. Blocking (QTcpSocket's waitFor* API); one connection,
// reused for keep-alive; HTTPS after setTls(). Owned by the test function.
struct TestReply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    bool ok = false; // a complete response was read

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString errorCode() const; // <Code> of an <Error> body
};

struct TestRequest
{
    QByteArray method = "GET";
    QByteArray path = "/";  // raw, encoded as it goes on the wire
    QByteArray query;       // raw, without '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool sign = true;
    QByteArray payloadHash; // empty: sha256 of body
    QByteArray host;        // empty: 127.0.0.1:port
};

class TestClient
{
public:
    TestClient(quint16 port, S3::Credentials credentials, QByteArray region = "us-east-1");
    // An HTTPS client trusting only these CA certificates (see setTls()).
    TestClient(quint16 port, S3::Credentials credentials, QByteArray region, QList<QSslCertificate> tlsCaCertificates);
    // Speaks HTTPS from now on, trusting only these CA certificates (the host checked is 127.0.0.1).
    void setTls(QList<QSslCertificate> caCertificates);
    bool connectToServer();
    void disconnect();
    QTcpSocket &socket() { return m_socket; }

    // Builds the raw request (signed when request.sign) including the body.
    QByteArray build(const TestRequest &request, bool includeBody = true);
    TestReply send(const TestRequest &request);
    // Reads one response (the socket must have a request in flight). HEAD: no body.
    TestReply readReply(bool head = false, int timeoutMs = 10000);

    // Short forms.
    TestReply get(const QByteArray &path, const QByteArray &query = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    TestReply put(const QByteArray &path, const QByteArray &body = {}, const QByteArray &query = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    TestReply head(const QByteArray &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    TestReply del(const QByteArray &path, const QByteArray &query = {});
    TestReply post(const QByteArray &path, const QByteArray &query, const QByteArray &body = {});

private:
    bool readLine(QByteArray &line, int timeoutMs);
    bool readExact(qint64 n, QByteArray &out, int timeoutMs);

    quint16 m_port;
    S3::Signer m_signer;
    QSslSocket m_socket; // plain TCP unless setTls() was called
    QList<QSslCertificate> m_caCertificates;
    bool m_tls = false;
    QByteArray m_pending;
};
