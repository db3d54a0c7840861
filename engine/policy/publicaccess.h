#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "engine/policy/document.h"

namespace Policy {

// One statement of a bucket policy that opens something to the public: an Allow for a
// wildcard principal (Principal "*", {"AWS": "*"} or any NotPrincipal) that no condition pins
// to fixed callers. Plain value; the GUI turns it into a sentence ("what and to whom").
struct PublicGrant
{
    int statementIndex = 0; // 0-based, as Statement::index
    QString sid;
    // To whom: "*" (everyone, also without credentials), or, for NotPrincipal, everyone but
    // the principals listed in `except`.
    QStringList except;
    QStringList actions; // as written
    bool notAction = false; // actions lists what is NOT granted (everything else is)
    QStringList resources; // as written
    bool notResource = false;
    // Conditions that remain (they narrow the grant but do not make it private), as
    // "Operator key value[, value...]".
    QStringList conditions;
};

// The statements that make the policy public, in document order; empty when the policy makes
// nothing public. Uses AWS's rule for GetBucketPolicyStatus: a condition on aws:SourceIp
// (other than 0.0.0.0/0 or ::/0), aws:SourceArn, aws:SourceVpc, aws:SourceVpce,
// aws:SourceAccount, aws:SourceOwner, aws:PrincipalAccount, aws:PrincipalArn,
// aws:PrincipalOrgID, aws:userid, s3:DataAccessPointArn or s3:DataAccessPointAccount with
// fixed values (no wildcard, not negated, not ...IfExists) keeps a statement private.
// Pure function.
std::vector<PublicGrant> publicGrants(const Document &document);

} // namespace Policy
