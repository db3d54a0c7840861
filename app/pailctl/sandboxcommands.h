#pragma once

#include <QStringList>

namespace Ctl {

// `pailctl sandbox kms create [ID] | list`: manages the sandbox's KMS keys through the
// server's admin endpoint (/_pail/kms), signed with the root user's keys.
int runSandbox(const QStringList &args);

} // namespace Ctl
