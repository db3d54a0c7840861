#pragma once

#include <QStringList>

namespace Ctl {

// `pailctl policy simulate ...`: evaluates a request against a bucket policy (from a file or
// fetched from the endpoint) and the principal's identity policies, printing Allow/Deny and
// the deciding statement. Exit code 0 when the simulation ran (whatever the decision), 1 on
// a failure, 2 on bad usage.
int runPolicy(const QStringList &args);

// `pailctl sandbox user add|list|remove|attach-policy|detach-policy ...`: the sandbox's admin
// API (/_pail/users, root credentials).
int runSandboxUser(const QStringList &args); // pailctl sandbox user ...

} // namespace Ctl
