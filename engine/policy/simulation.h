#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

#include "engine/policy/evaluator.h"

namespace Policy {

// The request a policy simulation asks about, shared by `pailctl policy simulate` and the
// GUI's simulator so both build the same request context (and so give the same verdict
// through Server::explainAccess). Plain value.
struct SimulationRequest
{
    RequestPrincipal principal; // Server::principalFor() for sandbox identities
    QString bucket;
    QString key; // empty: the bucket itself
    QString action; // "s3:GetObject", or a REST operation name ("HeadObject")
    QString sourceIp = QStringLiteral("127.0.0.1"); // aws:SourceIp
    bool secureTransport = false; // aws:SecureTransport
    bool hasPrefix = false; // set s3:prefix (a list request)
    QString prefix;
    QList<std::pair<QString, QString>> extraKeys; // further condition keys
    QDateTime time; // aws:CurrentTime; invalid: now
};

// Who is asking, as the text a user types: "root", the account id or "arn:aws:iam::<acct>:root"
// is the account root; "*" or "anonymous" is an anonymous request; a user name or
// "arn:aws:iam::<acct>:user/<path/>name" is that user.
struct PrincipalChoice
{
    enum class Kind
    {
        Root,
        User,
        Anonymous,
    };
    Kind kind = Kind::Anonymous;
    QString userName; // User only
    QString account; // from an ARN; empty when the text named no account
};
PrincipalChoice parsePrincipalText(const QString &text, const QString &rootAccount);

// "s3:GetObject" stays; a REST operation name maps to its action (HeadObject -> s3:GetObject);
// anything else gets the "s3:" prefix.
QString normalizeSimulatedAction(const QString &action);

// The request context the server would build for that request: the action, the resource ARN
// (arn:aws:s3:::* for s3:ListAllMyBuckets), aws:SourceIp, aws:SecureTransport, the request
// time, s3:signatureversion / s3:authType for signed requests, s3:prefix and the extra keys.
RequestContext simulationContext(const SimulationRequest &request);

// A sandbox user's identity policies from the admin API's answer to GET
// /_pail/users/NAME/policies ({"policies": {"name": "<policy JSON>", ...}}), each named; a
// policy that does not parse is left out (the server validated them when they were put).
std::vector<Document> identityPoliciesFromAdminJson(const QByteArray &body);

} // namespace Policy
