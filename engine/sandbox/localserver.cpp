#include "engine/sandbox/localserver.h"

#include <QDir>

#include "engine/server/accesslog.h"
#include "engine/server/httpserver.h"
#include "engine/server/s3service.h"
#include "engine/store/store.h"

namespace Sandbox {

struct LocalServer::Private
{
    // Destruction order matters: the HTTP server first, then the service, the log, the store.
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Server::AccessLog> log;
    std::unique_ptr<Server::S3Service> service;
    std::unique_ptr<Server::HttpServer> http;
    QString endpoint;

    void reset()
    {
        http.reset();
        service.reset();
        log.reset();
        store.reset();
        endpoint.clear();
    }
};

LocalServer::LocalServer()
    : d {std::make_unique<Private>()}
{
}

LocalServer::~LocalServer()
{
    stop(std::chrono::milliseconds(0));
}

Core::Result<QString> LocalServer::start(const QString &dataDir, const QString &address, quint16 port,
                                         const QList<Server::User> &users)
{
    Options o;
    o.dataDir = dataDir;
    o.address = address;
    o.port = port;
    o.users = users;
    return start(o);
}

Core::Result<QString> LocalServer::start(const Options &options)
{
    if (isRunning())
        return d->endpoint;
    if (options.users.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("the server needs at least one user"));
    if (options.dataDir.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no data directory given"));
    Server::UserTable users;
    for (const Server::User &u : options.users) {
        if (auto st = users.add(u); !st)
            return std::unexpected(st.error());
    }
    if (!QDir().mkpath(options.dataDir))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(options.dataDir));

    Store::Store::Options storeOptions;
    storeOptions.sync = options.syncWrites;
    auto store = Store::Store::open(options.dataDir, storeOptions);
    if (!store)
        return std::unexpected(store.error());
    d->store = std::move(*store);

    d->log = std::make_unique<Server::AccessLog>();
    QString logPath = options.accessLog;
    if (logPath.isEmpty())
        logPath = QDir(options.dataDir).filePath(QStringLiteral("access.log"));
    if (logPath != QLatin1StringView("off")) {
        if (auto st = d->log->open(logPath.toStdString()); !st) {
            d->reset();
            return std::unexpected(st.error());
        }
    }

    Server::S3Service::Options serviceOptions;
    serviceOptions.region = options.region;
    serviceOptions.allowSseCOverHttp = options.allowSseCOverHttp;
    d->service = std::make_unique<Server::S3Service>(*d->store, std::move(users), serviceOptions);

    Server::HttpServer::Options httpOptions;
    httpOptions.address = options.address.toStdString();
    httpOptions.port = options.port;
    httpOptions.threads = options.threads;
    httpOptions.idleTimeout = options.idleTimeout;
    httpOptions.bodyTimeout = options.bodyTimeout;
    d->http = std::make_unique<Server::HttpServer>(*d->service, d->log.get(), httpOptions);
    if (auto st = d->http->start(); !st) {
        d->reset();
        return std::unexpected(st.error());
    }
    QString host = QString::fromStdString(d->http->address());
    if (host.contains(u':'))
        host = QStringLiteral("[%1]").arg(host);
    d->endpoint = QStringLiteral("http://%1:%2").arg(host).arg(d->http->port());
    return d->endpoint;
}

void LocalServer::stop(std::chrono::milliseconds grace)
{
    if (d->http)
        d->http->stop(grace);
    d->reset();
}

bool LocalServer::isRunning() const
{
    return d->http && d->http->isRunning();
}

quint16 LocalServer::port() const
{
    return d->http ? d->http->port() : 0;
}

QString LocalServer::endpoint() const
{
    return d->endpoint;
}

} // namespace Sandbox
