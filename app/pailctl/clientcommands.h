#pragma once

#include <QStringList>

namespace Ctl {

// pailctl's S3 client commands (aws s3 style) against any endpoint: an aws-cli profile
// (--profile, ~/.aws, AWS_* environment) or --endpoint/--access-key/--secret-key. Each runs
// the engine's jobs in a local event loop and returns the process exit code (0 on success,
// 1 on an S3 or I/O failure with the error code printed, 2 on bad usage).
int runLs(const QStringList &args);
int runMb(const QStringList &args);
int runRb(const QStringList &args);
int runCp(const QStringList &args);
int runMv(const QStringList &args);
int runRm(const QStringList &args);
int runSync(const QStringList &args);
int runPresign(const QStringList &args);
// `pailctl sandbox clock|advance DURATION`: the sandbox clock through /_pail/clock (root keys).
int runSandbox(const QStringList &args);
// `pailctl lifecycle plan --file rules.json [--bucket B]`: each rule's timeline, and with a bucket
// the dated events for its objects.
int runLifecycle(const QStringList &args);

} // namespace Ctl
