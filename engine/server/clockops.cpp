// The sandbox clock's admin endpoints (see clockops.h).

#include "engine/server/clockops.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "engine/core/clock.h"
#include "engine/server/s3service_p.h"

namespace Server {

namespace {

HttpResponse clockJson(const Core::Clock &clock)
{
    QJsonObject o;
    o.insert(QLatin1StringView("now"), clock.now().toString(Qt::ISODateWithMs));
    o.insert(QLatin1StringView("offsetSeconds"), double(clock.offset().count() / 1000));
    o.insert(QLatin1StringView("dayLengthSeconds"), double(clock.dayLength().count()) / 1000.0);
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    HttpResponse r;
    r.status = 200;
    r.addHeader("Content-Type", "application/json");
    r.body.assign(body.constData(), std::size_t(body.size()));
    return r;
}

} // namespace

HttpResponse clockAdmin(S3Service &service, const RequestContext &ctx)
{
    if (!ctx.user || !service.isRoot(*ctx.user))
        return service.error(ctx, s3Error(Core::ErrorCode::AccessDenied));
    Core::Clock *clock = service.options().clock;
    if (!clock)
        return service.error(ctx, s3Error(Core::ErrorCode::NotImplemented, QStringLiteral("This server has no sandbox clock")));
    const QByteArrayView path = ctx.rawPath;
    if (path == "/_pail/clock" || path == "/_pail/clock/") {
        if (ctx.http.method != "GET")
            return service.error(ctx, s3Error(Core::ErrorCode::MethodNotAllowed));
        return clockJson(*clock);
    }
    if (path != "/_pail/clock/advance")
        return service.error(ctx, s3Error(Core::ErrorCode::NoSuchKey));
    if (ctx.http.method != "POST")
        return service.error(ctx, s3Error(Core::ErrorCode::MethodNotAllowed));
    static const std::pair<const char *, double> kUnits[] = {
        {"days", 86400000.0}, {"hours", 3600000.0}, {"minutes", 60000.0}, {"seconds", 1000.0}};
    double totalMs = 0;
    bool any = false;
    for (const auto &[name, ms] : kUnits) {
        const auto v = ctx.param(name);
        if (!v)
            continue;
        bool ok = false;
        const double n = v->toDouble(&ok);
        if (!ok || n < 0 || n > 1e6)
            return service.error(ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                              QStringLiteral("'%1' must be a non-negative number of at most 1000000")
                                                  .arg(QLatin1StringView(name))));
        totalMs += n * ms;
        any = true;
    }
    if (!any)
        return service.error(ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                          QStringLiteral("Give the amount as days=N, hours=N, minutes=N or seconds=N")));
    clock->advance(std::chrono::milliseconds(qint64(totalMs)));
    if (service.options().clockAdvanced)
        service.options().clockAdvanced();
    return clockJson(*clock);
}

} // namespace Server
