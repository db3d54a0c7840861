// CORS: Put/Get/DeleteBucketCors, preflight OPTIONS, Access-Control-* on actual requests.

#include "engine/server/cors_p.h"

#include "engine/s3/errortable.h"
#include "engine/s3/xml/documents.h"
#include "engine/store/store.h"

namespace Server {

namespace {

// A pattern with at most one '*' wildcard (AllowedOrigin, AllowedHeader).
bool wildcardMatch(const QString &pattern, const QString &value, Qt::CaseSensitivity cs)
{
    const qsizetype star = pattern.indexOf(u'*');
    if (star < 0)
        return pattern.compare(value, cs) == 0;
    const QString head = pattern.left(star);
    const QString tail = pattern.mid(star + 1);
    return value.size() >= head.size() + tail.size() && value.startsWith(head, cs) && value.endsWith(tail, cs);
}

struct Match
{
    const S3::CORSRule *rule = nullptr;
    bool anyOrigin = false;
};

Match findRule(const S3::CORSConfiguration &conf, const QString &origin, const QString &method,
               const QStringList &requestHeaders)
{
    for (const S3::CORSRule &rule : conf.rules) {
        bool originOk = false;
        bool anyOrigin = false;
        for (const QString &o : rule.allowedOrigins) {
            if (wildcardMatch(o, origin, Qt::CaseSensitive)) {
                originOk = true;
                anyOrigin = o == QLatin1StringView("*");
                break;
            }
        }
        if (!originOk || !rule.allowedMethods.contains(method))
            continue;
        bool headersOk = true;
        for (const QString &h : requestHeaders) {
            bool one = false;
            for (const QString &a : rule.allowedHeaders)
                one = one || wildcardMatch(a, h, Qt::CaseInsensitive);
            if (!one) {
                headersOk = false;
                break;
            }
        }
        if (headersOk)
            return Match {&rule, anyOrigin};
    }
    return {};
}

std::optional<S3::CORSConfiguration> bucketCors(S3Service &s, const QString &bucket)
{
    if (bucket.isEmpty())
        return std::nullopt;
    auto doc = s.store().bucketConfig(bucket, Store::BucketConfigKind::Cors);
    if (!doc || !doc->has_value())
        return std::nullopt;
    auto conf = S3::CORSConfiguration::fromXml(**doc);
    if (!conf)
        return std::nullopt;
    return *conf;
}

void addRuleHeaders(HeaderList &out, const Match &m, const QString &origin)
{
    out.emplace_back("Access-Control-Allow-Origin", m.anyOrigin ? std::string("*") : origin.toStdString());
    out.emplace_back("Access-Control-Allow-Methods", m.rule->allowedMethods.join(QLatin1StringView(", ")).toStdString());
    if (!m.rule->exposeHeaders.isEmpty())
        out.emplace_back("Access-Control-Expose-Headers", m.rule->exposeHeaders.join(QLatin1StringView(", ")).toStdString());
    if (m.rule->maxAgeSeconds)
        out.emplace_back("Access-Control-Max-Age", std::to_string(*m.rule->maxAgeSeconds));
    if (!m.anyOrigin)
        out.emplace_back("Access-Control-Allow-Credentials", "true");
}

// An <Error> answer with a code outside the error table (AccessForbidden, BadRequest).
HttpResponse plainError(const RequestContext &ctx, int status, const QString &code, const QString &message)
{
    Core::Error e;
    e.code = Core::ErrorCode::AccessDenied;
    e.s3Code = code;
    e.httpStatus = status;
    e.message = message;
    HttpResponse r;
    r.status = status;
    const QByteArray xml = S3::errorXml(e, ctx.resource, QString::fromStdString(ctx.http.requestId));
    r.addHeader("Content-Type", "application/xml");
    r.body.assign(xml.constData(), std::size_t(xml.size()));
    return r;
}

class HeaderSink final : public BodySink
{
public:
    HeaderSink(std::unique_ptr<BodySink> inner, HeaderList headers)
        : m_inner {std::move(inner)}
        , m_headers {std::move(headers)}
    {
    }
    std::optional<HttpResponse> write(const char *data, std::size_t size) override
    {
        auto r = m_inner->write(data, size);
        if (r)
            add(*r);
        return r;
    }
    HttpResponse finish() override
    {
        HttpResponse r = m_inner->finish();
        add(r);
        return r;
    }

private:
    void add(HttpResponse &r) const
    {
        for (const auto &h : m_headers)
            r.headers.push_back(h);
    }
    std::unique_ptr<BodySink> m_inner;
    HeaderList m_headers;
};

} // namespace

HeaderList corsHeaders(S3Service &s, const RequestContext &ctx)
{
    HeaderList out;
    const std::string *origin = ctx.header("origin");
    if (!origin || ctx.route.bucket.isEmpty())
        return out;
    auto conf = bucketCors(s, ctx.route.bucket);
    if (!conf)
        return out;
    const QString o = QString::fromStdString(*origin);
    const Match m = findRule(*conf, o, QString::fromStdString(ctx.http.method), {});
    if (!m.rule)
        return out;
    addRuleHeaders(out, m, o);
    out.emplace_back("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method");
    return out;
}

std::unique_ptr<BodySink> withExtraHeaders(std::unique_ptr<BodySink> sink, HeaderList headers)
{
    if (headers.empty() || !sink)
        return sink;
    return std::make_unique<HeaderSink>(std::move(sink), std::move(headers));
}

namespace Ops {

Dispatch getBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Cors);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::NoSuchCORSConfiguration)));
    return answer(xmlResponse(**doc));
}

Dispatch putBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::CORSConfiguration::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        for (const S3::CORSRule &rule : doc->rules) {
            for (const QString &o : rule.allowedOrigins) {
                if (o.count(u'*') > 1)
                    return s.error(*ctx, s3Error(Core::ErrorCode::InvalidRequest,
                                                 QStringLiteral("AllowedOrigin \"%1\" can not have more than one "
                                                                "wildcard.")
                                                     .arg(o)));
            }
        }
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Cors, doc->toXml()); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(200);
    });
}

Dispatch deleteBucketCors(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto b = s.store().bucketInfo(ctx->route.bucket); !b)
        return answer(s.error(*ctx, b.error()));
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Cors); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

Dispatch corsPreflight(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    const std::string *origin = ctx->header("origin");
    if (!origin || origin->empty())
        return answer(plainError(*ctx, 400, QStringLiteral("BadRequest"),
                                 QStringLiteral("Insufficient information. Origin request header needed.")));
    const std::string *method = ctx->header("access-control-request-method");
    if (!method || method->empty())
        return answer(plainError(*ctx, 400, QStringLiteral("BadRequest"),
                                 QStringLiteral("Invalid Access-Control-Request-Method header: method is empty")));
    if (ctx->route.bucket.isEmpty())
        return answer(plainError(*ctx, 403, QStringLiteral("AccessForbidden"),
                                 QStringLiteral("CORSResponse: Bucket not found")));
    if (auto b = s.store().bucketInfo(ctx->route.bucket); !b)
        return answer(plainError(*ctx, 403, QStringLiteral("AccessForbidden"),
                                 QStringLiteral("CORSResponse: Bucket not found")));
    auto conf = bucketCors(s, ctx->route.bucket);
    if (!conf)
        return answer(plainError(*ctx, 403, QStringLiteral("AccessForbidden"),
                                 QStringLiteral("CORSResponse: CORS is not enabled for this bucket.")));
    QStringList requested;
    for (const QString &h : ctx->headerString("access-control-request-headers").split(u',', Qt::SkipEmptyParts)) {
        if (!h.trimmed().isEmpty())
            requested.append(h.trimmed().toLower());
    }
    const QString o = QString::fromStdString(*origin);
    const Match m = findRule(*conf, o, QString::fromStdString(*method), requested);
    if (!m.rule)
        return answer(plainError(*ctx, 403, QStringLiteral("AccessForbidden"),
                                 QStringLiteral("CORSResponse: This CORS request is not allowed. This is usually "
                                                "because the evalution of Origin, request method / "
                                                "Access-Control-Request-Method or Access-Control-Request-Headers are "
                                                "not whitelisted by the resource's CORS spec.")));
    HttpResponse r = emptyResponse(200);
    addRuleHeaders(r.headers, m, o);
    if (!requested.isEmpty())
        r.addHeader("Access-Control-Allow-Headers", requested.join(QLatin1StringView(", ")).toStdString());
    r.addHeader("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method");
    return answer(std::move(r));
}

} // namespace Ops

} // namespace Server
