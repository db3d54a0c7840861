// The request body pipeline: aws-chunked decoding, payload hash / Content-MD5 / x-amz-checksum-*
// verification, and the store writer (or a bounded memory buffer for XML documents).

#include <optional>

#include "engine/s3/awschunked.h"
#include "engine/s3/checksum.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr S3::ChecksumAlgorithm kHeaderChecksums[] = {
    S3::ChecksumAlgorithm::Crc32,
    S3::ChecksumAlgorithm::Crc32c,
    S3::ChecksumAlgorithm::Sha1,
    S3::ChecksumAlgorithm::Sha256,
};

bool isStreaming(S3::PayloadMode mode)
{
    return mode == S3::PayloadMode::StreamingSigned || mode == S3::PayloadMode::StreamingSignedTrailer
           || mode == S3::PayloadMode::StreamingUnsignedTrailer;
}

class PayloadSink final : public BodySink
{
public:
    PayloadSink(S3Service &service, std::shared_ptr<RequestContext> ctx, bool toStore, std::uint64_t maxSize,
                BodyCompletion completion, AsyncBodyCompletion asyncCompletion)
        : m_service {service}
        , m_ctx {std::move(ctx)}
        , m_toStore {toStore}
        , m_maxSize {maxSize}
        , m_completion {std::move(completion)}
        , m_asyncCompletion {std::move(asyncCompletion)}
    {
    }

    Core::Status init()
    {
        const RequestContext &ctx = *m_ctx;
        const S3::PayloadMode mode = ctx.auth.payloadMode;
        const bool streaming = isStreaming(mode);
        if (m_toStore && !ctx.http.contentLength && !ctx.http.chunkedTransfer)
            return std::unexpected(s3Error(Core::ErrorCode::MissingContentLength));
        std::optional<std::uint64_t> declared;
        if (streaming) {
            if (const std::string *d = ctx.header("x-amz-decoded-content-length")) {
                bool ok = false;
                const qlonglong v = QByteArray::fromStdString(*d).toLongLong(&ok);
                if (!ok || v < 0)
                    return std::unexpected(s3Error(Core::ErrorCode::InvalidArgument,
                                                   QStringLiteral("Invalid x-amz-decoded-content-length")));
                declared = std::uint64_t(v);
            }
        } else if (ctx.http.contentLength) {
            declared = *ctx.http.contentLength;
        }
        if (declared && *declared > m_maxSize)
            return std::unexpected(s3Error(m_toStore ? Core::ErrorCode::EntityTooLarge
                                                     : Core::ErrorCode::MaxMessageLengthExceeded));

        if (const std::string *md5 = ctx.header("content-md5")) {
            auto raw = S3::parseContentMd5(QByteArrayView(md5->data(), qsizetype(md5->size())));
            if (!raw)
                return std::unexpected(s3Error(raw.error()));
            m_contentMd5 = *raw;
            if (!m_toStore)
                m_md5.emplace(S3::ChecksumAlgorithm::Md5);
        }
        for (const S3::ChecksumAlgorithm alg : kHeaderChecksums) {
            const QByteArray name = S3::checksumHeaderName(alg);
            if (const std::string *v = ctx.header(std::string_view(name.constData(), std::size_t(name.size())))) {
                auto raw = S3::parseChecksumValue(alg, QByteArrayView(v->data(), qsizetype(v->size())));
                if (!raw)
                    return std::unexpected(s3Error(raw.error()));
                m_checksumAlg = alg;
                m_checksumExpected = *raw;
                m_checksum.emplace(alg);
                break;
            }
        }
        if (mode == S3::PayloadMode::SignedPayload)
            m_sha256.emplace(S3::ChecksumAlgorithm::Sha256);

        if (streaming) {
            std::optional<S3::ChunkSigningContext> signing;
            if (mode != S3::PayloadMode::StreamingUnsignedTrailer)
                signing = S3::ChunkSigningContext::fromAuth(ctx.auth);
            m_decoder = std::make_unique<S3::AwsChunkedDecoder>(
                mode, [this](const char *data, qsizetype n) { return consume(data, n); }, signing);
            if (declared)
                m_decoder->setExpectedDecodedLength(qint64(*declared));
            if (const std::string *trailer = ctx.header("x-amz-trailer")) {
                if (auto alg = S3::checksumAlgorithmFromHeader(QByteArray::fromStdString(*trailer).trimmed());
                    alg && !m_checksumAlg) {
                    m_decoder->setTrailerChecksum(*alg);
                    m_trailerAlg = alg;
                }
            }
        }
        if (m_toStore) {
            auto writer = m_service.store().beginWrite();
            if (!writer)
                return std::unexpected(writer.error());
            m_writer = std::move(*writer);
            if (!ctx.sseDataKey.isEmpty()) {
                if (auto st = m_writer->encryptWith(ctx.sseDataKey); !st)
                    return std::unexpected(st.error());
            }
        }
        return {};
    }

    std::optional<HttpResponse> write(const char *data, std::size_t size) override
    {
        Core::Status st = m_decoder ? m_decoder->feed(data, qsizetype(size)) : consume(data, qsizetype(size));
        if (!st)
            return fail(st.error());
        return std::nullopt;
    }

    HttpResponse finish() override
    {
        VerifiedBody body;
        if (auto failure = verify(body))
            return std::move(*failure);
        const Store::Checksum checksum = body.checksum;
        return withChecksum(m_completion(body), checksum);
    }

    bool finishAsync(Resume resume) override
    {
        if (!m_asyncCompletion || !m_writer || !m_writer->isInline())
            return false;
        VerifiedBody body;
        if (auto failure = verify(body)) {
            resume([r = std::move(*failure)] { return r; });
            return true;
        }
        m_asyncCompletion(body, [resume = std::move(resume), checksum = body.checksum](std::function<HttpResponse()> answer) {
            resume([answer = std::move(answer), checksum] { return withChecksum(answer(), checksum); });
        });
        return true;
    }

private:
    // The checks that need the whole body; a failure answer, or body filled in for the
    // completion.
    std::optional<HttpResponse> verify(VerifiedBody &body)
    {
        if (m_decoder) {
            if (auto st = m_decoder->finish(); !st)
                return fail(st.error());
        }
        if (m_sha256) {
            if (auto st = S3::checkPayloadSha256(m_ctx->auth, m_sha256->finish()); !st)
                return fail(st.error());
        }
        if (m_contentMd5) {
            const QByteArray actual = m_toStore ? m_writer->md5() : m_md5->finish();
            if (actual != *m_contentMd5)
                return fail(s3Error(Core::ErrorCode::BadDigest));
        }
        if (m_checksumAlg) {
            if (m_checksum->finish() != m_checksumExpected)
                return fail(s3Error(Core::ErrorCode::BadDigest,
                                    QStringLiteral("The %1 you specified did not match the calculated checksum.")
                                        .arg(QString::fromLatin1(S3::checksumHeaderName(*m_checksumAlg)))));
            body.checksum.algorithm = QString::fromLatin1(S3::checksumAlgorithmName(*m_checksumAlg));
            body.checksum.value = QString::fromLatin1(m_checksumExpected.toBase64());
        } else if (m_trailerAlg) {
            if (auto value = m_decoder->trailerChecksum(*m_trailerAlg)) {
                body.checksum.algorithm = QString::fromLatin1(S3::checksumAlgorithmName(*m_trailerAlg));
                body.checksum.value = QString::fromLatin1(value->toBase64());
            }
        }
        body.size = qint64(m_decoded);
        body.writer = std::move(m_writer);
        body.bytes = std::move(m_buffer);
        return std::nullopt;
    }

    // A successful answer repeats the verified checksum, as S3 does.
    static HttpResponse withChecksum(HttpResponse resp, const Store::Checksum &checksum)
    {
        if (!checksum.algorithm.isEmpty() && resp.status == 200)
            resp.addHeader("x-amz-checksum-" + checksum.algorithm.toLower().toStdString(), checksum.value.toStdString());
        return resp;
    }

    Core::Status consume(const char *data, qsizetype n)
    {
        m_decoded += std::uint64_t(n);
        if (m_decoded > m_maxSize)
            return std::unexpected(s3Error(m_toStore ? Core::ErrorCode::EntityTooLarge
                                                     : Core::ErrorCode::MaxMessageLengthExceeded));
        if (m_sha256)
            m_sha256->update(data, n);
        if (m_md5)
            m_md5->update(data, n);
        if (m_checksum)
            m_checksum->update(data, n);
        if (m_writer)
            return m_writer->write(data, n);
        m_buffer.append(data, n);
        return {};
    }

    HttpResponse fail(const Core::Error &e)
    {
        if (m_writer)
            m_writer->abort();
        HttpResponse r = m_service.error(*m_ctx, e);
        r.close = true;
        return r;
    }

    S3Service &m_service;
    std::shared_ptr<RequestContext> m_ctx;
    bool m_toStore;
    std::uint64_t m_maxSize;
    BodyCompletion m_completion;
    AsyncBodyCompletion m_asyncCompletion;
    std::unique_ptr<Store::ObjectWriter> m_writer;
    QByteArray m_buffer;
    std::unique_ptr<S3::AwsChunkedDecoder> m_decoder;
    std::optional<S3::Hasher> m_sha256;
    std::optional<S3::Hasher> m_md5;
    std::optional<QByteArray> m_contentMd5;
    std::optional<S3::ChecksumAlgorithm> m_checksumAlg;
    std::optional<S3::Hasher> m_checksum;
    QByteArray m_checksumExpected;
    std::optional<S3::ChecksumAlgorithm> m_trailerAlg;
    std::uint64_t m_decoded = 0;
};

} // namespace

Core::Result<std::unique_ptr<BodySink>> makeBodySink(S3Service &service, std::shared_ptr<RequestContext> ctx,
                                                     bool toStore, std::uint64_t maxSize, BodyCompletion completion,
                                                     AsyncBodyCompletion asyncCompletion)
{
    auto sink = std::make_unique<PayloadSink>(service, std::move(ctx), toStore, maxSize, std::move(completion),
                                              std::move(asyncCompletion));
    if (auto st = sink->init(); !st)
        return std::unexpected(st.error());
    return sink;
}

Dispatch withBody(S3Service &service, std::shared_ptr<RequestContext> ctx, std::uint64_t maxSize,
                  BodyCompletion completion)
{
    auto sink = makeBodySink(service, ctx, false, maxSize, std::move(completion));
    if (!sink)
        return answer(service.error(*ctx, sink.error()));
    return Dispatch {HttpResponse {}, std::move(*sink)};
}

} // namespace Server
