#include "engine/sandbox/localserver.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <QDir>

#include "engine/sandbox/lifecycleexecutor.h"
#include "engine/server/accesslog.h"
#include "engine/server/httpserver.h"
#include "engine/server/logdelivery.h"
#include "engine/server/s3service.h"
#include "engine/server/tlscertificate.h"
#include "engine/store/store.h"

namespace Sandbox {

struct LocalServer::Private
{
    // Destruction order matters: the lifecycle thread and the HTTP server first, then the
    // service, the executor, the log, the store; the clock outlives them all.
    Core::Clock clock;
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<LifecycleExecutor> executor;
    std::unique_ptr<Server::AccessLog> log;
    std::unique_ptr<Server::LogDelivery> logDelivery;
    std::unique_ptr<Server::S3Service> service;
    std::unique_ptr<Server::HttpServer> http;
    QString endpoint;
    QString tlsCertificateFile;

    std::thread lifecycleThread;
    std::mutex lifecycleMutex;
    std::condition_variable lifecycleWake;
    bool lifecycleStop = false;

    int runLifecycle()
    {
        if (!executor)
            return 0;
        auto reports = executor->runAll(clock.now());
        int applied = 0;
        if (reports) {
            for (const LifecycleRunReport &r : *reports)
                applied += int(r.applied.size());
        }
        return applied;
    }

    void startLifecycleThread(std::chrono::milliseconds interval)
    {
        lifecycleStop = false;
        lifecycleThread = std::thread([this, interval] {
            std::unique_lock lock(lifecycleMutex);
            for (;;) {
                std::chrono::milliseconds wait = interval;
                if (wait.count() <= 0)
                    wait = std::clamp(clock.realDuration(std::chrono::hours(1)), std::chrono::milliseconds(200),
                                      std::chrono::milliseconds(60000));
                if (lifecycleWake.wait_for(lock, wait, [this] { return lifecycleStop; }))
                    return;
                lock.unlock();
                runLifecycle();
                lock.lock();
            }
        });
    }

    void stopLifecycleThread()
    {
        if (!lifecycleThread.joinable())
            return;
        {
            std::lock_guard lock(lifecycleMutex);
            lifecycleStop = true;
        }
        lifecycleWake.notify_all();
        lifecycleThread.join();
    }

    void reset()
    {
        stopLifecycleThread();
        http.reset();
        service.reset();
        executor.reset();
        if (logDelivery)
            logDelivery->stop(); // the last batch, after the last request
        log.reset();
        logDelivery.reset();
        store.reset();
        endpoint.clear();
        tlsCertificateFile.clear();
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
    Server::TlsFiles tls {options.tlsCertificateFile, options.tlsPrivateKeyFile};
    if (options.tlsSelfSigned) {
        if (!tls.certificateFile.isEmpty() || !tls.privateKeyFile.isEmpty())
            return Core::fail(Core::ErrorCode::InvalidConfiguration,
                              QStringLiteral("choose either a self-signed certificate or certificate files"));
        auto generated = Server::ensureSandboxCertificate(options.dataDir);
        if (!generated)
            return std::unexpected(generated.error());
        tls = *generated;
    }

    d->clock.setDayLength(options.dayLength);
    Store::Store::Options storeOptions;
    storeOptions.sync = options.syncWrites;
    storeOptions.clock = &d->clock;
    auto store = Store::Store::open(options.dataDir, storeOptions);
    if (!store)
        return std::unexpected(store.error());
    d->store = std::move(*store);
    d->executor = std::make_unique<LifecycleExecutor>(*d->store);

    d->log = std::make_unique<Server::AccessLog>();
    QString logPath = options.accessLog;
    if (logPath.isEmpty())
        logPath = QDir(options.dataDir).filePath(QStringLiteral("access.log"));
    Server::LogDelivery::Options deliveryOptions;
    deliveryOptions.interval = options.logDeliveryInterval;
    d->logDelivery = std::make_unique<Server::LogDelivery>(*d->store, &d->clock, deliveryOptions);
    d->log->setObserver([delivery = d->logDelivery.get()](const Server::AccessLog::Entry &e, long long ms) {
        delivery->record(e, ms);
    });
    if (logPath != QLatin1StringView("off")) {
        if (auto st = d->log->open(logPath.toStdString()); !st) {
            d->reset();
            return std::unexpected(st.error());
        }
    }

    Server::S3Service::Options serviceOptions;
    serviceOptions.region = options.region;
    serviceOptions.clock = &d->clock;
    serviceOptions.clockAdvanced = [priv = d.get()] { priv->runLifecycle(); };
    serviceOptions.allowSseCOverHttp = options.allowSseCOverHttp;
    serviceOptions.logDelivery = d->logDelivery.get();
    d->service = std::make_unique<Server::S3Service>(*d->store, std::move(users), serviceOptions);

    Server::HttpServer::Options httpOptions;
    httpOptions.address = options.address.toStdString();
    httpOptions.port = options.port;
    httpOptions.threads = options.threads;
    httpOptions.idleTimeout = options.idleTimeout;
    httpOptions.headerTimeout = options.headerTimeout;
    httpOptions.bodyTimeout = options.bodyTimeout;
    httpOptions.tlsCertificateFile = tls.certificateFile.toStdString();
    httpOptions.tlsPrivateKeyFile = tls.privateKeyFile.toStdString();
    d->http = std::make_unique<Server::HttpServer>(*d->service, d->log.get(), httpOptions);
    if (auto st = d->http->start(); !st) {
        d->reset();
        return std::unexpected(st.error());
    }
    QString host = QString::fromStdString(d->http->address());
    if (host.contains(u':'))
        host = QStringLiteral("[%1]").arg(host);
    d->endpoint = QStringLiteral("%1://%2:%3")
                      .arg(d->http->isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                      .arg(d->http->port());
    d->tlsCertificateFile = tls.certificateFile;
    d->startLifecycleThread(options.lifecycleInterval);
    d->logDelivery->start();
    return d->endpoint;
}

void LocalServer::stop(std::chrono::milliseconds grace)
{
    d->stopLifecycleThread();
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

QString LocalServer::tlsCertificateFile() const
{
    return d->tlsCertificateFile;
}

Core::Clock &LocalServer::clock()
{
    return d->clock;
}

Core::Result<int> LocalServer::runLifecycle()
{
    if (!d->executor)
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("the sandbox is not running"));
    return d->runLifecycle();
}

} // namespace Sandbox
