// The /_pail/ admin API: sandbox users and their identity policies (see adminops.h).

#include "engine/server/adminops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "engine/s3/uri.h"
#include "engine/server/access.h"
#include "engine/server/s3service_p.h"

namespace Server {

namespace {

using Params = QStringList; // the {} segments of the pattern, decoded
using AdminHandler = Dispatch (*)(S3Service &, std::shared_ptr<RequestContext>, const Params &);

struct AdminRoute
{
    const char *method;
    const char *pattern; // "/_pail/users/{}/policies": "{}" matches one segment
    AdminHandler handler;
};

HttpResponse jsonResponse(const QJsonObject &o, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json");
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.body.assign(body.constData(), std::size_t(body.size()));
    return r;
}

QString randomString(int length, QLatin1StringView alphabet)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(alphabet[int(QRandomGenerator::system()->bounded(alphabet.size()))]);
    return s;
}

Core::Status persistUsers(S3Service &s)
{
    return s.access().saveRuntimeUsers(s.users().users());
}

Dispatch listUsers(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &)
{
    QJsonArray list;
    const QList<User> users = s.users().users();
    for (qsizetype i = 0; i < users.size(); ++i) {
        const User &u = users[i];
        QJsonObject o;
        o.insert(QStringLiteral("name"), u.name);
        o.insert(QStringLiteral("accessKeyId"), u.accessKeyId);
        o.insert(QStringLiteral("root"), i == 0);
        o.insert(QStringLiteral("arn"), principalFor(&u, i == 0).arn);
        QJsonArray policies;
        for (const auto &[name, text] : s.access().identityPolicyTexts(u.name))
            policies.append(name);
        o.insert(QStringLiteral("policies"), policies);
        list.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("users"), list);
    (void)ctx;
    return answer(jsonResponse(out));
}

Dispatch addUser(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &)
{
    return withBody(s, ctx, 64 * 1024, [&s, ctx](VerifiedBody &body) {
        const QJsonObject in = QJsonDocument::fromJson(body.bytes).object();
        const QString name = in.value(QStringLiteral("name")).toString();
        static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9+=,.@_-]{1,64}$"));
        if (!kName.match(name).hasMatch())
            return s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                         QStringLiteral("a user name is 1 to 64 of A-Z a-z 0-9 +=,.@_-")));
        QString accessKey = in.value(QStringLiteral("accessKeyId")).toString();
        QString secret = in.value(QStringLiteral("secretAccessKey")).toString();
        if (accessKey.isEmpty())
            accessKey = QStringLiteral("PAIL") + randomString(16, QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
        if (secret.isEmpty())
            secret = randomString(40, QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"));
        User u = User::make(name, accessKey, secret);
        u.runtime = true;
        if (auto st = s.users().add(u); !st)
            return s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, st.error().message));
        if (auto st = persistUsers(s); !st) {
            (void)s.users().remove(name);
            return s.error(*ctx, st.error());
        }
        QJsonObject out;
        out.insert(QStringLiteral("name"), u.name);
        out.insert(QStringLiteral("accessKeyId"), u.accessKeyId);
        out.insert(QStringLiteral("secretAccessKey"), u.secretAccessKey);
        out.insert(QStringLiteral("arn"), principalFor(&u, false).arn);
        return jsonResponse(out, 200);
    });
}

Dispatch removeUser(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &p)
{
    const User *u = s.users().findByName(p[0]);
    if (!u)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, QStringLiteral("no user named %1").arg(p[0]))));
    if (!u->runtime)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                            QStringLiteral("user %1 comes from the server's command line").arg(p[0]))));
    if (auto st = s.users().remove(p[0]); !st)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, st.error().message)));
    if (auto st = persistUsers(s); !st)
        return answer(s.error(*ctx, st.error()));
    if (auto st = s.access().removeUser(p[0]); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

Dispatch getPolicies(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &p)
{
    if (!s.users().findByName(p[0]))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, QStringLiteral("no user named %1").arg(p[0]))));
    QJsonObject policies;
    for (const auto &[name, text] : s.access().identityPolicyTexts(p[0]))
        policies.insert(name, QString::fromUtf8(text));
    QJsonObject out;
    out.insert(QStringLiteral("user"), p[0]);
    out.insert(QStringLiteral("policies"), policies);
    return answer(jsonResponse(out));
}

Dispatch putPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &p)
{
    if (!s.users().findByName(p[0]))
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument, QStringLiteral("no user named %1").arg(p[0]))));
    const QString user = p[0];
    const QString policy = p[1];
    return withBody(s, ctx, 64 * 1024, [&s, ctx, user, policy](VerifiedBody &body) {
        if (auto st = s.access().putIdentityPolicy(user, policy, body.bytes); !st)
            return s.error(*ctx, st.error().code == Core::ErrorCode::MalformedPolicy
                                     ? s3Error(Core::ErrorCode::MalformedPolicy, st.error().message)
                                     : st.error());
        return emptyResponse(204);
    });
}

Dispatch deletePolicy(S3Service &s, std::shared_ptr<RequestContext> ctx, const Params &p)
{
    if (auto st = s.access().deleteIdentityPolicy(p[0], p[1]); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

// The admin calls. Another call is one more row.
constexpr AdminRoute kAdminRoutes[] = {
    {"GET", "/_pail/users", &listUsers},
    {"POST", "/_pail/users", &addUser},
    {"DELETE", "/_pail/users/{}", &removeUser},
    {"GET", "/_pail/users/{}/policies", &getPolicies},
    {"PUT", "/_pail/users/{}/policies/{}", &putPolicy},
    {"DELETE", "/_pail/users/{}/policies/{}", &deletePolicy},
};

// Matches the raw path against a pattern; fills params with the decoded {} segments.
bool matchPattern(QByteArrayView pattern, QByteArrayView path, Params &params)
{
    const QList<QByteArray> want = pattern.toByteArray().split('/');
    QByteArray p = path.toByteArray();
    if (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    const QList<QByteArray> got = p.split('/');
    if (want.size() != got.size())
        return false;
    params.clear();
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] == "{}") {
            const auto decoded = S3::uriDecode(got[i]);
            if (!decoded || decoded->isEmpty())
                return false;
            params.append(QString::fromUtf8(*decoded));
        } else if (want[i] != got[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isAdminPath(QByteArrayView rawPath)
{
    return rawPath.startsWith("/_pail/") || rawPath == "/_pail";
}

Dispatch handleAdmin(S3Service &service, std::shared_ptr<RequestContext> ctx)
{
    if (!ctx->user || !service.isRoot(*ctx->user))
        return answer(service.error(*ctx, s3Error(Core::ErrorCode::AccessDenied)));
    bool pathKnown = false;
    Params params;
    for (const AdminRoute &r : kAdminRoutes) {
        if (!matchPattern(r.pattern, ctx->rawPath, params))
            continue;
        pathKnown = true;
        if (ctx->http.method == r.method)
            return r.handler(service, ctx, params);
    }
    if (pathKnown)
        return answer(service.error(*ctx, s3Error(Core::ErrorCode::MethodNotAllowed)));
    return answer(service.error(*ctx, s3Error(Core::ErrorCode::InvalidRequest, QStringLiteral("unknown admin call"))));
}

void loadRuntimeUsers(S3Service &service)
{
    auto users = service.access().loadRuntimeUsers();
    if (!users) {
        qWarning("pail: %s", qPrintable(users.error().message));
        return;
    }
    for (const User &u : *users) {
        if (auto st = service.users().add(u); !st)
            qWarning("pail: saved user %s skipped: %s", qPrintable(u.name), qPrintable(st.error().message));
    }
}

} // namespace Server
