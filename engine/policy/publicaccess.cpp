#include "engine/policy/publicaccess.h"

#include <algorithm>

namespace Policy {

namespace {

bool grantsWildcard(const Statement &st)
{
    if (!st.principal)
        return false;
    if (st.notPrincipal)
        return true; // everyone but the few listed
    return st.principal->wildcard || st.principal->aws.contains(QStringLiteral("*"));
}

// Condition keys that pin a statement to known callers (AWS's "non-public" keys).
bool restrictsToFixedCallers(const ConditionEntry &e)
{
    static const QStringList kFixedKeys {
        QStringLiteral("aws:sourceip"),
        QStringLiteral("aws:sourcearn"),
        QStringLiteral("aws:sourcevpc"),
        QStringLiteral("aws:sourcevpce"),
        QStringLiteral("aws:sourceaccount"),
        QStringLiteral("aws:sourceowner"),
        QStringLiteral("aws:principalaccount"),
        QStringLiteral("aws:principalarn"),
        QStringLiteral("aws:principalorgid"),
        QStringLiteral("aws:userid"),
        QStringLiteral("s3:dataaccesspointarn"),
        QStringLiteral("s3:dataaccesspointaccount"),
    };
    if (!kFixedKeys.contains(e.key.toLower()) || e.op.negated || e.op.ifExists || e.values.isEmpty())
        return false;
    using F = ConditionOperator::Family;
    if (e.op.family == F::Null || e.op.family == F::Bool || e.op.family == F::Numeric || e.op.family == F::Date)
        return false;
    return std::none_of(e.values.cbegin(), e.values.cend(), [](const QString &v) {
        return v.contains(u'*') || v.contains(u'?') || v == u"0.0.0.0/0" || v == u"::/0";
    });
}

QStringList principalList(const PrincipalSpec &p)
{
    QStringList out;
    if (p.wildcard)
        out.append(QStringLiteral("*"));
    out += p.aws;
    out += p.canonicalUser;
    out += p.service;
    out += p.federated;
    return out;
}

} // namespace

std::vector<PublicGrant> publicGrants(const Document &document)
{
    std::vector<PublicGrant> grants;
    for (const Statement &st : document.statements) {
        if (st.effect != Effect::Allow || !grantsWildcard(st))
            continue;
        if (std::any_of(st.conditions.cbegin(), st.conditions.cend(), restrictsToFixedCallers))
            continue;
        PublicGrant g;
        g.statementIndex = st.index;
        g.sid = st.sid;
        if (st.notPrincipal)
            g.except = principalList(*st.principal);
        g.actions = st.actions;
        g.notAction = st.notAction;
        g.resources = st.resources;
        g.notResource = st.notResource;
        for (const ConditionEntry &c : st.conditions)
            g.conditions.append(QStringLiteral("%1 %2 %3").arg(c.op.name, c.key, c.values.join(QStringLiteral(", "))));
        grants.push_back(std::move(g));
    }
    return grants;
}

} // namespace Policy
