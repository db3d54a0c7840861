#pragma once

#include <functional>

#include <QPointer>

#include "engine/client/job.h"
#include "engine/client/transport.h"

namespace Client {

// A job that sends one S3 request through a Transport and turns the response into T with a
// parser (T may be void). Progress reports upload bytes for requests with a body and download
// bytes otherwise. Lives in the transport's thread; the caller owns it (deleteLater() after
// finished()). The Transport must outlive the job.
template <typename T>
class RequestJob : public ResultJob<T>
{
public:
    using Parser = std::function<Core::Result<T>(const Response &)>;

    RequestJob(Transport &transport, Request request, Parser parser, QObject *parent = nullptr)
        : ResultJob<T>(parent)
        , m_transport{&transport}
        , m_request{std::move(request)}
        , m_parser{std::move(parser)}
    {
    }

    const Request &request() const { return m_request; }
    // Attempts the transport made (1 without retries); 0 before the request finished.
    int attempts() const { return m_attempts; }

protected:
    void doStart() override
    {
        if (!m_transport) {
            this->finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transport destroyed")));
            return;
        }
        m_reply = m_transport->send(m_request, this);
        const bool upload = m_request.body.kind != RequestBody::Kind::None;
        const auto report = [this](qint64 done, qint64 total) { this->reportProgress(done, total); };
        if (upload)
            QObject::connect(m_reply, &TransportReply::uploadProgress, this, report);
        else
            QObject::connect(m_reply, &TransportReply::downloadProgress, this, report);
        QObject::connect(m_reply, &TransportReply::finished, this, [this] {
            TransportReply *reply = m_reply;
            m_reply = nullptr;
            reply->deleteLater();
            m_attempts = reply->attempts();
            const Core::Result<Response> &response = reply->result();
            if (!response) {
                this->finishWith(std::unexpected(response.error()));
                return;
            }
            this->finishWith(m_parser(*response));
        });
    }

    void doCancel() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }

private:
    QPointer<Transport> m_transport;
    Request m_request;
    Parser m_parser;
    QPointer<TransportReply> m_reply;
    int m_attempts = 0;
};

} // namespace Client

namespace Client {

// A job whose result is known before it starts (argument errors, cached answers). It still
// finishes from the event loop after start(), like every job.
template <typename T>
class ImmediateJob final : public ResultJob<T>
{
public:
    explicit ImmediateJob(Core::Result<T> result, QObject *parent = nullptr)
        : ResultJob<T>(parent)
        , m_value{std::move(result)}
    {
    }

protected:
    void doStart() override { this->finishWith(std::move(m_value)); }

private:
    Core::Result<T> m_value;
};

} // namespace Client
