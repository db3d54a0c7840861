#pragma once

#include <QStringList>

namespace Ctl {

// One pailctl sub-command: `pailctl <name> args...`. run() returns the process exit code.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

} // namespace Ctl
