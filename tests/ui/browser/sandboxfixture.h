#pragma once

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"
#include "engine/sandbox/localserver.h"
#include "engine/server/users.h"

namespace TestSupport {

// A real in-process S3 server on 127.0.0.1 port 0 in a temporary directory, plus a client for it.
struct SandboxFixture
{
    QTemporaryDir dir;
    Sandbox::LocalServer server;
    std::unique_ptr<Client::StaticCredentialsProvider> credentials;
    std::unique_ptr<Client::Transport> transport;
    std::unique_ptr<Client::S3Client> client;

    bool start()
    {
        Sandbox::LocalServer::Options options;
        options.dataDir = dir.path() + QStringLiteral("/data");
        options.users.append(Server::User::make(QStringLiteral("root"), QStringLiteral("TESTKEY"), QStringLiteral("test-secret")));
        options.accessLog = QStringLiteral("off");
        options.syncWrites = false;
        auto endpoint = server.start(options);
        if (!endpoint) {
            qWarning() << "sandbox failed:" << endpoint.error().message;
            return false;
        }
        Client::Profile profile;
        profile.name = QStringLiteral("test");
        profile.endpoint = QUrl(*endpoint);
        profile.addressingStyle = Client::AddressingStyle::Path;
        profile.accessKeyId = QStringLiteral("TESTKEY");
        credentials = std::make_unique<Client::StaticCredentialsProvider>(
            Client::Credentials {QStringLiteral("TESTKEY"), QStringLiteral("test-secret"), {}, {}});
        transport = std::make_unique<Client::Transport>(profile, credentials.get());
        client = std::make_unique<Client::S3Client>(*transport);
        return true;
    }

    // Runs a job to its end; returns whether it succeeded.
    template <typename J>
    bool run(J *job)
    {
        QSignalSpy spy(job, &Client::Job::finished);
        job->start();
        const bool done = spy.count() > 0 || spy.wait(30000);
        const bool ok = done && job->result().has_value();
        if (done && !ok)
            qWarning() << "job failed:" << job->result().error().message;
        delete job;
        return ok;
    }

    // Puts many small objects, `parallel` requests at a time.
    bool putMany(const QString &bucket, const QStringList &keys, int parallel = 16)
    {
        int next = 0;
        int running = 0;
        int failures = 0;
        QObject context;
        std::function<void()> launch = [&] {
            while (running < parallel && next < keys.size()) {
                Client::PutObjectRequest request;
                request.bucket = bucket;
                request.key = keys.at(next++);
                request.body = Client::RequestBody::fromBytes(QByteArray("x"));
                auto *job = client->putObject(request);
                ++running;
                QObject::connect(job, &Client::Job::finished, &context, [&, job] {
                    job->deleteLater();
                    if (!job->result())
                        ++failures;
                    --running;
                    launch();
                });
                job->start();
            }
        };
        launch();
        (void)QTest::qWaitFor([&] { return running == 0 && next == keys.size(); }, 120000);
        return failures == 0 && running == 0;
    }
};

} // namespace TestSupport
