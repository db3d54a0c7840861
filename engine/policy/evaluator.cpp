#include "engine/policy/evaluator.h"

#include "engine/policy/condition.h"
#include "engine/policy/wildcard.h"

namespace Policy {

void RequestContext::setValue(const QString &key, const QString &value)
{
    m_keys.insert(key.toLower(), QStringList { value });
}

void RequestContext::setValues(const QString &key, const QStringList &values)
{
    m_keys.insert(key.toLower(), values);
}

void RequestContext::setRequestTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    setValue(QStringLiteral("aws:CurrentTime"), utc.toString(Qt::ISODate));
    setValue(QStringLiteral("aws:EpochTime"), QString::number(utc.toSecsSinceEpoch()));
}

void RequestContext::remove(const QString &key)
{
    m_keys.remove(key.toLower());
}

std::optional<QStringList> RequestContext::values(const QString &key) const
{
    const QString lower = key.isLower() ? key : key.toLower();
    if (const auto it = m_keys.constFind(lower); it != m_keys.cend())
        return *it;
    if (principal.anonymous)
        return std::nullopt;
    auto derived = [](const QString &v) -> std::optional<QStringList> {
        if (v.isEmpty())
            return std::nullopt;
        return QStringList { v };
    };
    if (lower == u"aws:username")
        return derived(principal.userName);
    if (lower == u"aws:userid")
        return derived(principal.userId);
    if (lower == u"aws:principalarn")
        return derived(principal.arn);
    if (lower == u"aws:principalaccount")
        return derived(principal.account);
    return std::nullopt;
}

QString decisionName(Decision d)
{
    switch (d) {
    case Decision::Allow:
        return QStringLiteral("Allow");
    case Decision::ExplicitDeny:
        return QStringLiteral("ExplicitDeny");
    case Decision::ImplicitDeny:
        return QStringLiteral("ImplicitDeny");
    }
    return {};
}

namespace {

using Outcome = StatementTrace::Outcome;

struct Check
{
    Outcome outcome = Outcome::Applies;
    QString detail;
};

// An account principal ("123456789012" or "arn:aws:iam::123456789012:root") delegates to the
// account: an Allow reaches only the account's root identity (its IAM users need their own
// identity-policy Allow), while a Deny covers every identity of the account.
bool principalMatches(const PrincipalSpec &spec, const RequestPrincipal &p, Effect effect)
{
    if (spec.wildcard)
        return true;
    if (p.anonymous)
        return false;
    const bool isRoot = !p.account.isEmpty() && p.arn == QStringLiteral("arn:aws:iam::%1:root").arg(p.account);
    for (const QString &id : spec.aws) {
        if (!p.arn.isEmpty() && id == p.arn)
            return true;
        const bool namesAccount = !p.account.isEmpty()
            && (id == p.account || (id.endsWith(u":root") && id.section(u':', 4, 4) == p.account));
        if (namesAccount && (effect == Effect::Deny || isRoot))
            return true;
    }
    if (!p.canonicalId.isEmpty() && spec.canonicalUser.contains(p.canonicalId))
        return true;
    if (!p.service.isEmpty() && spec.service.contains(p.service))
        return true;
    return false;
}

QString principalText(const RequestPrincipal &p)
{
    if (p.anonymous)
        return QStringLiteral("anonymous");
    return p.arn.isEmpty() ? p.account : p.arn;
}

// withDetail == false leaves Check::detail empty: evaluate() runs on every request.
Check checkStatement(const Statement &st, bool variables, const RequestContext &ctx, bool withDetail)
{
    // Principal (resource policies only; identity policies apply to their own user).
    if (st.principal) {
        const bool match = principalMatches(*st.principal, ctx.principal, st.effect);
        if (match == st.notPrincipal) {
            if (!withDetail)
                return { Outcome::PrincipalMismatch, {} };
            return { Outcome::PrincipalMismatch,
                st.notPrincipal
                    ? QStringLiteral("principal %1 is excluded by NotPrincipal").arg(principalText(ctx.principal))
                    : QStringLiteral("principal %1 is not named in Principal").arg(principalText(ctx.principal)) };
        }
    }

    // Action: IAM compares action names case-insensitively.
    const bool actionMatch = std::any_of(st.actions.begin(), st.actions.end(),
        [&](const QString &pattern) { return wildcardMatch(pattern, ctx.action, Qt::CaseInsensitive); });
    if (actionMatch == st.notAction) {
        if (!withDetail)
            return { Outcome::ActionMismatch, {} };
        return { Outcome::ActionMismatch,
            st.notAction ? QStringLiteral("action %1 is excluded by NotAction").arg(ctx.action)
                         : QStringLiteral("action %1 does not match %2").arg(ctx.action, st.actions.join(u", ")) };
    }

    const VariableLookup lookup = [&ctx](const QString &key) -> std::optional<QString> {
        const auto values = ctx.values(key);
        if (!values || values->isEmpty())
            return std::nullopt;
        return values->first();
    };

    // Resource: case-sensitive, with policy variables in 2012-10-17 documents.
    const bool resourceMatch = std::any_of(st.resources.begin(), st.resources.end(), [&](const QString &pattern) {
        if (pattern == u"*")
            return true;
        if (!variables || !pattern.contains(u"${"))
            return wildcardMatch(pattern, ctx.resource, Qt::CaseSensitive);
        const auto expanded = expandVariables(pattern, lookup, ExpandMode::Pattern);
        return expanded && wildcardMatch(*expanded, ctx.resource, Qt::CaseSensitive, true);
    });
    if (resourceMatch == st.notResource) {
        if (!withDetail)
            return { Outcome::ResourceMismatch, {} };
        return { Outcome::ResourceMismatch,
            st.notResource
                ? QStringLiteral("resource %1 is excluded by NotResource").arg(ctx.resource)
                : QStringLiteral("resource %1 does not match %2").arg(ctx.resource, st.resources.join(u", ")) };
    }

    // Conditions: every entry must hold.
    QStringList passed;
    for (const ConditionEntry &entry : st.conditions) {
        const std::optional<QStringList> values = ctx.values(entry.lookupKey.isEmpty() ? entry.key : entry.lookupKey);
        const ConditionCheck c
            = evaluateCondition(entry, values ? &*values : nullptr, variables ? &lookup : nullptr, withDetail);
        if (!c.passed)
            return { Outcome::ConditionFailed, withDetail ? QStringLiteral("condition %1").arg(c.detail) : QString() };
        if (withDetail)
            passed.append(c.detail);
    }
    if (!withDetail)
        return { Outcome::Applies, {} };
    QString detail = QStringLiteral("principal, action and resource match");
    if (!passed.isEmpty())
        detail += QStringLiteral("; conditions hold: ") + passed.join(u"; ");
    return { Outcome::Applies, detail };
}

template<typename Visitor>
void forEachStatement(
    const std::vector<const Document *> &identityPolicies, const Document *bucketPolicy, Visitor &&visit)
{
    for (const Document *doc : identityPolicies) {
        if (!doc)
            continue;
        for (const Statement &st : doc->statements) {
            if (!visit(PolicySource::Identity, *doc, st))
                return;
        }
    }
    if (bucketPolicy) {
        for (const Statement &st : bucketPolicy->statements) {
            if (!visit(PolicySource::Bucket, *bucketPolicy, st))
                return;
        }
    }
}

QString sourceText(const StatementTrace &t)
{
    if (t.source == PolicySource::Bucket)
        return t.policyName.isEmpty() ? QStringLiteral("bucket policy")
                                      : QStringLiteral("bucket policy \"%1\"").arg(t.policyName);
    return t.policyName.isEmpty() ? QStringLiteral("identity policy")
                                  : QStringLiteral("identity policy \"%1\"").arg(t.policyName);
}

QString statementText(const StatementTrace &t)
{
    QString s = QStringLiteral("%1, statement %2").arg(sourceText(t)).arg(t.statementIndex + 1);
    if (!t.sid.isEmpty())
        s += QStringLiteral(" (Sid \"%1\")").arg(t.sid);
    return s + (t.effect == Effect::Allow ? QStringLiteral(", Allow") : QStringLiteral(", Deny"));
}

} // namespace

Decision evaluate(
    const RequestContext &ctx, const std::vector<const Document *> &identityPolicies, const Document *bucketPolicy)
{
    bool allowed = false;
    bool denied = false;
    forEachStatement(identityPolicies, bucketPolicy, [&](PolicySource, const Document &doc, const Statement &st) {
        // An Allow that cannot change the outcome need not be checked.
        if (st.effect == Effect::Allow && allowed)
            return true;
        if (checkStatement(st, doc.supportsVariables(), ctx, false).outcome != Outcome::Applies)
            return true;
        if (st.effect == Effect::Deny) {
            denied = true;
            return false;
        }
        allowed = true;
        return true;
    });
    if (denied)
        return Decision::ExplicitDeny;
    return allowed ? Decision::Allow : Decision::ImplicitDeny;
}

Explanation explain(
    const RequestContext &ctx, const std::vector<const Document *> &identityPolicies, const Document *bucketPolicy)
{
    Explanation ex;
    std::optional<size_t> firstAllow;
    std::optional<size_t> firstDeny;
    forEachStatement(
        identityPolicies, bucketPolicy, [&](PolicySource source, const Document &doc, const Statement &st) {
            const Check c = checkStatement(st, doc.supportsVariables(), ctx, true);
            StatementTrace t;
            t.source = source;
            t.policyName = doc.name;
            t.statementIndex = st.index;
            t.sid = st.sid;
            t.effect = st.effect;
            t.outcome = c.outcome;
            t.detail = c.detail;
            if (c.outcome == Outcome::Applies) {
                auto &slot = st.effect == Effect::Deny ? firstDeny : firstAllow;
                if (!slot)
                    slot = ex.statements.size();
            }
            ex.statements.push_back(std::move(t));
            return true;
        });
    if (firstDeny) {
        ex.decision = Decision::ExplicitDeny;
        ex.decidingIndex = firstDeny;
    } else if (firstAllow) {
        ex.decision = Decision::Allow;
        ex.decidingIndex = firstAllow;
    }
    return ex;
}

QString Explanation::toText() const
{
    QString out = QStringLiteral("Decision: %1\n").arg(decisionName(decision));
    if (decidedByAcl && !accessNotes.isEmpty())
        out += QStringLiteral("Decided by: %1\n").arg(accessNotes.front());
    else if (const StatementTrace *d = deciding())
        out += QStringLiteral("Decided by: %1\n").arg(statementText(*d));
    else if (statements.empty())
        out += QStringLiteral("Decided by: no policy statements apply (implicit deny)\n");
    else
        out += QStringLiteral("Decided by: no statement allows the request (implicit deny)\n");
    for (const StatementTrace &t : statements) {
        const QString verdict = t.outcome == StatementTrace::Outcome::Applies ? QStringLiteral("applies")
                                                                              : QStringLiteral("does not apply");
        out += QStringLiteral("  %1: %2: %3\n").arg(statementText(t), verdict, t.detail);
    }
    for (const QString &note : accessNotes)
        out += QStringLiteral("  %1\n").arg(note);
    return out;
}

} // namespace Policy
