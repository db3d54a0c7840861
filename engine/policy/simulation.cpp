#include "engine/policy/simulation.h"

#include "engine/policy/s3actions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Policy {

PrincipalChoice parsePrincipalText(const QString &text, const QString &rootAccount)
{
    const QString p = text.trimmed();
    if (p == u"root" || (!rootAccount.isEmpty() && p == rootAccount))
        return {PrincipalChoice::Kind::Root, {}, rootAccount};
    if (p.startsWith(u"arn:aws:iam::") && p.endsWith(u":root"))
        return {PrincipalChoice::Kind::Root, {}, p.section(u':', 4, 4)};
    if (p.isEmpty() || p == u"*" || p.compare(u"anonymous", Qt::CaseInsensitive) == 0)
        return {PrincipalChoice::Kind::Anonymous, {}, {}};
    if (p.startsWith(u"arn:aws:iam::")) {
        const qsizetype slash = p.lastIndexOf(u'/');
        return {PrincipalChoice::Kind::User, slash >= 0 ? p.mid(slash + 1) : p, p.section(u':', 4, 4)};
    }
    return {PrincipalChoice::Kind::User, p, {}};
}

QString normalizeSimulatedAction(const QString &action)
{
    const QString a = action.trimmed();
    if (a.startsWith(u"s3:", Qt::CaseInsensitive))
        return a;
    const QString mapped = S3Actions::actionFor(a); // a REST operation name
    return mapped.isEmpty() ? QStringLiteral("s3:") + a : mapped;
}

RequestContext simulationContext(const SimulationRequest &request)
{
    RequestContext ctx;
    ctx.principal = request.principal;
    ctx.action = normalizeSimulatedAction(request.action);
    ctx.resource = request.key.isEmpty() ? S3Actions::bucketArn(request.bucket)
                                         : S3Actions::objectArn(request.bucket, request.key);
    if (ctx.action.compare(u"s3:ListAllMyBuckets", Qt::CaseInsensitive) == 0)
        ctx.resource = QStringLiteral("arn:aws:s3:::*");
    if (!request.sourceIp.isEmpty())
        ctx.setValue(QStringLiteral("aws:SourceIp"), request.sourceIp);
    ctx.setValue(QStringLiteral("aws:SecureTransport"),
                 request.secureTransport ? QStringLiteral("true") : QStringLiteral("false"));
    ctx.setRequestTime(request.time.isValid() ? request.time : QDateTime::currentDateTimeUtc());
    if (!request.principal.anonymous) {
        ctx.setValue(QStringLiteral("s3:signatureversion"), QStringLiteral("AWS4-HMAC-SHA256"));
        ctx.setValue(QStringLiteral("s3:authType"), QStringLiteral("REST-HEADER"));
    }
    if (request.hasPrefix)
        ctx.setValue(QStringLiteral("s3:prefix"), request.prefix);
    for (const auto &[key, value] : request.extraKeys)
        ctx.setValue(key, value);
    return ctx;
}

std::vector<Document> identityPoliciesFromAdminJson(const QByteArray &body)
{
    std::vector<Document> documents;
    const QJsonObject policies = QJsonDocument::fromJson(body).object().value(QStringLiteral("policies")).toObject();
    for (auto it = policies.begin(); it != policies.end(); ++it) {
        ParseOptions o;
        o.kind = PolicyKind::Identity;
        o.maxBytes = 64 * 1024;
        ParseResult r = parseDocument(it.value().toString().toUtf8(), o);
        if (!r.ok())
            continue;
        r.document->name = it.key();
        documents.push_back(std::move(*r.document));
    }
    return documents;
}

} // namespace Policy
