#include "fakenetwork.h"

#include <QMetaObject>

namespace TestSupport {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest rec;
    switch (op) {
    case HeadOperation:
        rec.method = "HEAD";
        break;
    case GetOperation:
        rec.method = "GET";
        break;
    case PutOperation:
        rec.method = "PUT";
        break;
    case PostOperation:
        rec.method = "POST";
        break;
    case DeleteOperation:
        rec.method = "DELETE";
        break;
    default:
        rec.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    rec.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        rec.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        rec.body = outgoingData->readAll();
    const int call = int(m_requests.size());
    m_requests.append(rec);
    CannedResponse response = m_handler ? m_handler(rec, call) : CannedResponse::ok();
    return new FakeReply(request, rec.method, std::move(response), this);
}

FakeReply::FakeReply(const QNetworkRequest &request, QByteArray method, CannedResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response{std::move(response)}
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly);
    if (method != "HEAD")
        m_data = m_response.body;
    if (!m_response.hang)
        QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
}

void FakeReply::respond()
{
    if (m_done)
        return;
    if (m_response.status == 0) {
        m_done = true;
        setError(m_response.error, QStringLiteral("fake network error %1").arg(int(m_response.error)));
        setFinished(true);
        emit errorOccurred(m_response.error);
        emit finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    setRawHeader("Content-Length", QByteArray::number(m_response.body.size()));
    emit metaDataChanged();
    if (m_response.status >= 400) {
        const auto err = m_response.status == 404 ? QNetworkReply::ContentNotFoundError
                         : m_response.status >= 500 ? QNetworkReply::InternalServerError
                                                   : QNetworkReply::ProtocolInvalidOperationError;
        setError(err, QStringLiteral("HTTP %1").arg(m_response.status));
    }
    if (!m_data.isEmpty()) {
        emit downloadProgress(m_data.size(), m_data.size());
        emit readyRead();
    }
    m_done = true;
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_pos + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

} // namespace TestSupport
