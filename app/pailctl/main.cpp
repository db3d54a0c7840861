#include <cstdio>
#include <cstring>

#include <QCoreApplication>
#include <QStringList>

#include "app/pailctl/clientcommands.h"
#include "app/pailctl/command.h"
#include "app/pailctl/policycommands.h"
#include "app/pailctl/serve.h"
#include "engine/core/version.h"

namespace {

// Sub-commands, in the order `pailctl --help` lists them.
const Ctl::Command kCommands[] = {
    {"version", "print the version", [](const QStringList &) {
         std::printf("pailctl %s\n", qPrintable(Core::version()));
         return 0;
     }},
    {"serve", "run the local S3 server (see pailctl serve --help)", &Ctl::runServe},
    {"ls", "list buckets, or objects under s3://bucket[/prefix] [--recursive]", &Ctl::runLs},
    {"mb", "make a bucket: mb s3://bucket", &Ctl::runMb},
    {"rb", "remove a bucket: rb s3://bucket [--force]", &Ctl::runRb},
    {"cp", "copy files/objects: cp SRC DST [--recursive] (S3 to S3 on one endpoint, or across with --source-profile/--source-endpoint-url)", &Ctl::runCp},
    {"mv", "move files/objects: mv SRC DST [--recursive]", &Ctl::runMv},
    {"rm", "delete objects: rm s3://bucket/key [--recursive] [--versions] [--version-id ID]", &Ctl::runRm},
    {"sync", "sync a folder and a prefix: sync SRC DST [--delete] [--dry-run] [--exclude GLOB] [--include GLOB]", &Ctl::runSync},
    {"presign", "presigned URL: presign s3://bucket/key [--expires-in S] [--put]", &Ctl::runPresign},
    {"sandbox", "sandbox admin: clock | advance 30d | kms create [ID] | kms list | user add|list|remove|attach-policy|detach-policy", &Ctl::runSandbox},
    {"lifecycle", "lifecycle get --bucket B | put --bucket B --file rules.json | plan --file rules.json [--bucket B]", &Ctl::runLifecycle},
    {"policy", "policy get --bucket B | put --bucket B --file policy.json | simulate --bucket B --principal P --action A ...", &Ctl::runPolicy},
};

void printUsage()
{
    std::printf("Usage: pailctl <command> [options]\n\nCommands:\n");
    for (const Ctl::Command &c : kCommands)
        std::printf("  %-12s %s\n", c.name, c.summary);
    std::printf("\nOptions:\n  --version    print the version\n  --help       this text\n"
                "\nCommon options of the client commands (see pailctl COMMAND --help):\n"
                "  --profile NAME, --endpoint-url URL, --region R   the endpoint and credentials, found as aws-cli\n"
                "               finds them (AWS_* variables, then ~/.aws profiles)\n"
                "  --json       one JSON document on stdout: the result, or {\"error\": {code, message, hint}}\n"
                "  --quiet      print nothing but errors; a progress bar is drawn only when stderr is a terminal\n"
                "\nExit codes:\n"
                "  0  success\n"
                "  1  the operation failed (an S3 or local error not listed below)\n"
                "  2  bad usage: unknown option, missing or extra argument\n"
                "  3  partial: some items of a multi-item command failed, the others were done\n"
                "  4  not found: NoSuchBucket, NoSuchKey, NoSuchUpload, no such configuration\n"
                "  5  access: AccessDenied, InvalidAccessKeyId, SignatureDoesNotMatch, expired token, no credentials\n"
                "  6  unreachable: network failure, timeout, or the service kept answering 5xx/SlowDown after retries\n"
                "Errors name the S3 error code and say what to do.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // The client commands run one event-loop thread that posts an event for every job step and
    // every pool result. GLib's dispatcher (Qt's default on Linux) writes its eventfd for each
    // posted event, Qt's own UNIX dispatcher once per wake-up: a folder download of 2,000 small
    // files made 25,000 write() calls of which 500 remain. `serve` keeps the default; a
    // QT_NO_GLIB already set wins.
    if ((argc < 2 || std::strcmp(argv[1], "serve") != 0) && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pailctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pail"));
    QCoreApplication::setApplicationVersion(Core::version());

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1StringView("--help") || args.first() == QLatin1StringView("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1StringView("--version") || args.first() == QLatin1StringView("-V"))
        args.first() = QStringLiteral("version");
    const QString name = args.takeFirst();
    for (const Ctl::Command &c : kCommands) {
        if (name == QLatin1StringView(c.name))
            return c.run(args);
    }
    std::fprintf(stderr, "pailctl: unknown command '%s' (see pailctl --help)\n", qPrintable(name));
    return 2;
}
