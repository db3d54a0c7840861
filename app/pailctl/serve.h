#pragma once

#include <QStringList>

namespace Ctl {

// `pailctl serve`: runs the local S3 server in the foreground until SIGINT/SIGTERM.
int runServe(const QStringList &args);

} // namespace Ctl
