#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include "engine/policy/document.h"

namespace Policy {

// Who is asking. The server fills it from the verified signature; anonymous requests set
// anonymous and leave the rest empty.
struct RequestPrincipal
{
    bool anonymous = false;
    QString arn; // "arn:aws:iam::000000000000:user/alice"; the account root: "...:root"
    QString userName; // "alice" (aws:username)
    QString userId; // "AIDA..." (aws:userid)
    QString account; // "000000000000"
    QString canonicalId; // for CanonicalUser principals
    QString service; // for Service principals ("logging.s3.amazonaws.com"), usually empty
};

// Everything a policy can look at in one request. Value type, built per request.
struct RequestContext
{
    RequestPrincipal principal;
    QString action; // "s3:GetObject"
    QString resource; // "arn:aws:s3:::bucket/key"; several resources: evaluate each separately

    // Condition keys are case-insensitive in AWS: stored lowercased.
    void setValue(const QString &key, const QString &value);
    void setValues(const QString &key, const QStringList &values);
    void remove(const QString &key);
    // Sets aws:CurrentTime (ISO 8601, UTC) and aws:EpochTime (seconds) from one instant.
    void setRequestTime(const QDateTime &time);
    // The values of a key, or nullopt when the request has none. aws:username, aws:userid,
    // aws:PrincipalArn and aws:PrincipalAccount fall back to the principal's fields when not
    // set explicitly (they are absent for anonymous requests).
    std::optional<QStringList> values(const QString &key) const;

    const QHash<QString, QStringList> &keys() const { return m_keys; }

private:
    QHash<QString, QStringList> m_keys;
};

enum class Decision
{
    Allow,
    ExplicitDeny,
    ImplicitDeny,
};

QString decisionName(Decision d); // "Allow", "ExplicitDeny", "ImplicitDeny"

enum class PolicySource
{
    Identity,
    Bucket,
};

// Why one statement did or did not apply to the request.
struct StatementTrace
{
    enum class Outcome
    {
        Applies,
        PrincipalMismatch,
        ActionMismatch,
        ResourceMismatch,
        ConditionFailed,
    };

    PolicySource source = PolicySource::Bucket;
    QString policyName; // Document::name
    int statementIndex = 0;
    QString sid;
    Effect effect = Effect::Allow;
    Outcome outcome = Outcome::Applies;
    QString detail; // English: which principal/action/resource/condition decided
};

struct Explanation
{
    Decision decision = Decision::ImplicitDeny;
    std::optional<size_t> decidingIndex; // index into statements of the deciding statement
    std::vector<StatementTrace> statements;
    // Set by the caller that also consults ACLs and Block Public Access (Server::explainAccess):
    // decidedByAcl when an ACL grant allowed what the policies did not; accessNotes says which
    // ACL grant decided, or why ACLs or a public policy were ignored (English, one per line).
    bool decidedByAcl = false;
    QStringList accessNotes;

    const StatementTrace *deciding() const { return decidingIndex ? &statements[*decidingIndex] : nullptr; }
    // Multi-line English report for pailctl policy simulate and the GUI simulator.
    QString toText() const;
};

// AWS's single-account evaluation: an explicit Deny in any applicable statement wins;
// otherwise an Allow from any identity policy or the bucket policy allows; otherwise the
// request is implicitly denied. Bucket-owner and root shortcuts are the caller's business.
// Null pointers in identityPolicies are skipped; bucketPolicy may be null. Thread-safe for
// concurrent calls on shared documents (all arguments are read only).
Decision evaluate(
    const RequestContext &ctx, const std::vector<const Document *> &identityPolicies, const Document *bucketPolicy);

// Same decision, with the trace of every statement (slower: no early exit on Deny).
Explanation explain(
    const RequestContext &ctx, const std::vector<const Document *> &identityPolicies, const Document *bucketPolicy);

} // namespace Policy
