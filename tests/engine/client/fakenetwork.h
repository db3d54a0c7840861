#pragma once

#include <functional>

#include <QBuffer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace TestSupport {

// A request as the fake network saw it.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// The answer for one request: an HTTP response, or (status 0) a network error.
struct CannedResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // with status 0
    bool hang = false; // never answers (for cancel tests)

    static CannedResponse ok(QByteArray body = {}) { return {200, {}, std::move(body)}; }
    static CannedResponse xml(int status, QByteArray body) { return {status, {{"Content-Type", "application/xml"}}, std::move(body)}; }
    static CannedResponse networkError(QNetworkReply::NetworkError error) { return {0, {}, {}, error}; }
};

// A QNetworkAccessManager that never touches the network: every request is recorded and
// answered by the handler (call index from 0), like Nextcloud's FakeQNAM. Lives in the test's thread.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &request, int call)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

// The canned reply; emits its signals from the event loop.
class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QByteArray method, CannedResponse response, QObject *parent);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();

    CannedResponse m_response;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_done = false;
};

} // namespace TestSupport
