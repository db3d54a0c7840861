// Sandbox KMS administration: /_pail/kms (list) and /_pail/kms/<id> (create), for the root
// user only. Plain functions; the admin router calls kmsAdmin() for paths under /_pail/kms.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include "engine/s3/uri.h"
#include "engine/server/kmsops_p.h"
#include "engine/store/encryption.h"
#include "engine/store/store.h"

namespace Server {

namespace {

HttpResponse jsonResponse(const QJsonObject &o, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json");
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.body.assign(body.constData(), std::size_t(body.size()));
    return r;
}

QJsonObject keyObject(const S3Service &s, const QString &id)
{
    return QJsonObject {
        {QStringLiteral("KeyId"), id},
        {QStringLiteral("Arn"), QStringLiteral("arn:aws:kms:%1:000000000000:key/%2").arg(s.options().region, id)},
    };
}

} // namespace

bool isKmsAdminPath(const QByteArray &rawPath)
{
    return rawPath == "/_pail/kms" || rawPath.startsWith("/_pail/kms/");
}

namespace Ops {

Dispatch kmsAdmin(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (!ctx->user || !s.isRoot(*ctx->user))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::AccessDenied)));
    Store::Sse::KeyRing &ring = s.store().keyRing();
    const QByteArray tail = ctx->rawPath.mid(qsizetype(sizeof("/_pail/kms") - 1));
    const QString id = QString::fromUtf8(S3::uriDecode(tail.startsWith('/') ? tail.mid(1) : tail).value_or(QByteArray()));
    const std::string &m = ctx->http.method;
    if (m == "GET" && id.isEmpty()) {
        QJsonArray keys;
        for (const QString &k : ring.kmsKeys())
            keys.append(keyObject(s, k));
        return answer(jsonResponse(QJsonObject {{QStringLiteral("Keys"), keys}}));
    }
    if (m == "GET") {
        if (!ring.hasKmsKey(id))
            return answer(jsonResponse(QJsonObject {{QStringLiteral("Error"), QStringLiteral("NotFoundException")}}, 404));
        return answer(jsonResponse(keyObject(s, id)));
    }
    if (m == "PUT" || m == "POST") {
        // POST /_pail/kms makes a key with a random id; PUT /_pail/kms/<id> the named one.
        const QString newId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
        if (ring.hasKmsKey(newId))
            return answer(jsonResponse(QJsonObject {{QStringLiteral("Error"), QStringLiteral("AlreadyExistsException")}},
                                       409));
        if (auto st = ring.createKmsKey(newId); !st)
            return answer(s.error(*ctx, st.error()));
        return answer(jsonResponse(keyObject(s, newId)));
    }
    return answer(s.error(*ctx, s3Error(Core::ErrorCode::MethodNotAllowed)));
}

} // namespace Ops

} // namespace Server
