#include "app/pailctl/serve.h"

#include <csignal>
#include <cstdio>
#include <utility>

#include <sys/stat.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>

#include "engine/core/clock.h"
#include "engine/sandbox/localserver.h"
#include "engine/server/users.h"

namespace Ctl {

namespace {

constexpr char kDefaultAccessKey[] = "PAILSANDBOX";
constexpr char kDefaultSecretKey[] = "pail-sandbox-secret-key";

bool isLoopback(const QString &address)
{
    if (address == QLatin1StringView("localhost"))
        return true;
    const QHostAddress a(address);
    return !a.isNull() && a.isLoopback();
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serve the local S3 sandbox over HTTP or HTTPS."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"));
    const QCommandLineOption addressOpt(QStringLiteral("address"), QStringLiteral("Address to bind (default 127.0.0.1)."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port (0 picks a free one)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption accessKeyOpt(QStringLiteral("access-key"), QStringLiteral("Root user's access key."),
                                          QStringLiteral("KEY"));
    const QCommandLineOption secretKeyOpt(QStringLiteral("secret-key"), QStringLiteral("Root user's secret key."),
                                          QStringLiteral("SECRET"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Extra user NAME:ACCESS_KEY:SECRET_KEY (repeatable)."),
                                     QStringLiteral("SPEC"));
    const QCommandLineOption usersFileOpt(QStringLiteral("users-file"),
                                          QStringLiteral("File of NAME:ACCESS_KEY:SECRET_KEY lines (owner-only: refused when group or others have any access)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption regionOpt(QStringLiteral("region"), QStringLiteral("Region (default us-east-1)."),
                                       QStringLiteral("REGION"), QStringLiteral("us-east-1"));
    const QCommandLineOption logOpt(QStringLiteral("access-log"),
                                    QStringLiteral("Access log file, '-' for stdout (default <data-dir>/access.log)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dayLengthOpt(QStringLiteral("day-length"),
                                          QStringLiteral("Sandbox clock: real time per simulated day (e.g. 10s, 2m); "
                                                         "default real time."),
                                          QStringLiteral("DURATION"));
    parser.addOptions({dataDirOpt, addressOpt, portOpt, accessKeyOpt, secretKeyOpt, userOpt, usersFileOpt, regionOpt, logOpt});
    parser.addOption(dayLengthOpt);
    const QCommandLineOption sseCOpt(QStringLiteral("allow-sse-c-over-http"),
                                     QStringLiteral("Accept SSE-C customer keys over plain HTTP (tests only; AWS refuses)."));
    parser.addOption(sseCOpt);
    const QCommandLineOption tlsOpt(QStringLiteral("tls"),
                                    QStringLiteral("Serve HTTPS with the sandbox's self-signed certificate for localhost, "
                                                   "127.0.0.1 and ::1 (made on first use in <data-dir>/tls/cert.pem; give "
                                                   "it to clients as their CA bundle)."));
    const QCommandLineOption tlsCertOpt(QStringLiteral("tls-cert"),
                                        QStringLiteral("Serve HTTPS with this PEM certificate (chain)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOpt(QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."),
                                       QStringLiteral("FILE"));
    parser.addOptions({tlsOpt, tlsCertOpt, tlsKeyOpt});
    const QCommandLineOption headerTimeoutOpt(QStringLiteral("header-timeout"),
                                              QStringLiteral("Seconds a client may take to send a request head (default 60)."),
                                              QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption bodyTimeoutOpt(QStringLiteral("body-timeout"),
                                            QStringLiteral("Seconds a request body (or a response) may make no progress "
                                                           "(each 256 KiB; default 300)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption idleTimeoutOpt(QStringLiteral("idle-timeout"),
                                            QStringLiteral("Seconds an idle keep-alive connection is kept open (default 60)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({headerTimeoutOpt, bodyTimeoutOpt, idleTimeoutOpt});
    if (!parser.parse(QStringList {QStringLiteral("pailctl serve")} + args)) {
        std::fprintf(stderr, "pailctl serve: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "pailctl serve: unexpected argument '%s'\n", qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    Sandbox::LocalServer::Options options;
    options.dataDir = parser.value(dataDirOpt);
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
    options.address = parser.value(addressOpt);
    // "localhost" passes the loopback check below; the listener takes numeric addresses only.
    const QString requestedAddress = options.address;
    if (options.address == QLatin1StringView("localhost"))
        options.address = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "pailctl serve: invalid port '%s'\n", qPrintable(parser.value(portOpt)));
        return 2;
    }
    options.port = quint16(port);
    options.region = parser.value(regionOpt);
    options.accessLog = parser.value(logOpt);
    if (parser.isSet(dayLengthOpt)) {
        const auto dayLength = Core::Clock::parseDuration(parser.value(dayLengthOpt));
        if (!dayLength || dayLength->count() < 10) {
            std::fprintf(stderr, "pailctl serve: invalid --day-length '%s' (e.g. 10s, 2m, 1h)\n",
                         qPrintable(parser.value(dayLengthOpt)));
            return 2;
        }
        options.dayLength = *dayLength;
    }
    options.allowSseCOverHttp = parser.isSet(sseCOpt);
    for (const auto &[opt, target] : {std::pair {&headerTimeoutOpt, &options.headerTimeout},
                                      std::pair {&bodyTimeoutOpt, &options.bodyTimeout},
                                      std::pair {&idleTimeoutOpt, &options.idleTimeout}}) {
        bool valid = false;
        const double seconds = parser.value(*opt).toDouble(&valid);
        if (!valid || !(seconds > 0) || seconds > 86400) {
            std::fprintf(stderr, "pailctl serve: invalid --%s '%s' (seconds, more than 0, at most 86400)\n",
                         qPrintable(opt->names().constFirst()), qPrintable(parser.value(*opt)));
            return 2;
        }
        *target = std::chrono::milliseconds(qint64(seconds * 1000 + 0.5));
    }
    if (parser.isSet(tlsCertOpt) != parser.isSet(tlsKeyOpt)) {
        std::fprintf(stderr, "pailctl serve: --tls-cert and --tls-key go together\n");
        return 2;
    }
    if (parser.isSet(tlsOpt) && parser.isSet(tlsCertOpt)) {
        std::fprintf(stderr, "pailctl serve: --tls makes its own certificate; drop it or --tls-cert/--tls-key\n");
        return 2;
    }
    options.tlsSelfSigned = parser.isSet(tlsOpt);
    options.tlsCertificateFile = parser.value(tlsCertOpt);
    options.tlsPrivateKeyFile = parser.value(tlsKeyOpt);

    const QString accessKey = parser.isSet(accessKeyOpt) ? parser.value(accessKeyOpt) : QString::fromLatin1(kDefaultAccessKey);
    const QString secretKey = parser.isSet(secretKeyOpt) ? parser.value(secretKeyOpt) : QString::fromLatin1(kDefaultSecretKey);
    const bool defaultKeys = accessKey == QLatin1StringView(kDefaultAccessKey) || secretKey == QLatin1StringView(kDefaultSecretKey);
    if (defaultKeys && !isLoopback(requestedAddress)) {
        std::fprintf(stderr,
                     "pailctl serve: refusing to listen on %s with the default keys; pass --access-key and --secret-key\n",
                     qPrintable(options.address));
        return 2;
    }
    options.users.append(Server::User::make(QStringLiteral("root"), accessKey, secretKey));
    for (const QString &spec : parser.values(userOpt)) {
        auto user = Server::UserTable::parseUserSpec(spec);
        if (!user) {
            std::fprintf(stderr, "pailctl serve: --user: %s\n", qPrintable(user.error().message));
            return 2;
        }
        options.users.append(*user);
    }
    if (parser.isSet(usersFileOpt)) {
        // The file holds secret keys: one that others can read (or write) is refused rather than
        // trusted, the way ssh treats a private key with loose permissions.
        struct stat st {};
        const QByteArray usersPath = QFile::encodeName(parser.value(usersFileOpt));
        if (::stat(usersPath.constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO))) {
            std::fprintf(stderr,
                         "pailctl serve: %s is accessible by other users (mode %03o): it holds secret keys; "
                         "run chmod 600 on it\n",
                         usersPath.constData(), unsigned(st.st_mode & 0777));
            return 2;
        }
        auto users = Server::UserTable::readUsersFile(parser.value(usersFileOpt));
        if (!users) {
            std::fprintf(stderr, "pailctl serve: %s\n", qPrintable(users.error().message));
            return 2;
        }
        options.users.append(*users);
    }

    // Block the signals in every thread (the server's threads inherit the mask) and wait for
    // them here.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    Sandbox::LocalServer server;
    auto endpoint = server.start(options);
    if (!endpoint) {
        std::fprintf(stderr, "pailctl serve: %s\n", qPrintable(endpoint.error().message));
        return 1;
    }
    std::printf("pail: listening on %s\n", qPrintable(*endpoint));
    if (options.tlsSelfSigned)
        std::printf("pail: TLS certificate %s (self-signed: use it as the CA bundle)\n",
                    qPrintable(QDir(server.tlsCertificateFile()).absolutePath()));
    else if (!server.tlsCertificateFile().isEmpty())
        std::printf("pail: TLS certificate %s\n", qPrintable(server.tlsCertificateFile()));
    std::printf("pail: region %s\n", qPrintable(options.region));
    std::printf("pail: access key %s\n", qPrintable(accessKey));
    // A secret the user chose is never echoed (terminal scrollback and captured logs keep it);
    // the well-known default one is, so a first run can be used at once.
    if (parser.isSet(secretKeyOpt))
        std::printf("pail: secret key (as given)\n");
    else
        std::printf("pail: secret key %s (the default: loopback only)\n", qPrintable(secretKey));
    std::printf("pail: data directory %s\n", qPrintable(QDir(options.dataDir).absolutePath()));
    if (options.dayLength.count() > 0)
        std::printf("pail: sandbox clock: one day every %lld ms\n", static_cast<long long>(options.dayLength.count()));
    std::fflush(stdout);

    int received = 0;
    sigwait(&stopSignals, &received);
    std::fprintf(stderr, "pail: %s received, shutting down\n", received == SIGINT ? "SIGINT" : "SIGTERM");
    server.stop(std::chrono::seconds(5));
    std::fflush(stdout);
    return 0;
}

} // namespace Ctl
