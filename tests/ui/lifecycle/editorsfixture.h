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

// A real in-process S3 server on 127.0.0.1 port 0 in a temporary directory, plus a client for it
// (shared by the lifecycle, share and sandbox-panel tests).
struct EditorsFixture
{
    QTemporaryDir dir;
    Sandbox::LocalServer server;
    Sandbox::LocalServer::Options options;
    std::unique_ptr<Client::StaticCredentialsProvider> credentials;
    std::unique_ptr<Client::Transport> transport;
    std::unique_ptr<Client::S3Client> client;

    EditorsFixture()
    {
        options.dataDir = dir.path() + QStringLiteral("/data");
        options.users.append(Server::User::make(QStringLiteral("root"), QStringLiteral("TESTKEY"), QStringLiteral("test-secret")));
        options.accessLog = QStringLiteral("off");
        options.syncWrites = false;
    }

    // Starts the server (unless already running) and makes the client.
    bool start()
    {
        if (!server.isRunning()) {
            auto endpoint = server.start(options);
            if (!endpoint) {
                qWarning() << "sandbox failed:" << endpoint.error().message;
                return false;
            }
        }
        return makeClient();
    }

    bool makeClient()
    {
        Client::Profile profile;
        profile.name = QStringLiteral("test");
        profile.endpoint = QUrl(server.endpoint());
        profile.addressingStyle = Client::AddressingStyle::Path;
        profile.accessKeyId = QStringLiteral("TESTKEY");
        credentials = std::make_unique<Client::StaticCredentialsProvider>(
            Client::Credentials {QStringLiteral("TESTKEY"), QStringLiteral("test-secret"), {}, {}});
        client.reset();
        transport = std::make_unique<Client::Transport>(profile, credentials.get());
        client = std::make_unique<Client::S3Client>(*transport);
        return true;
    }

    // Runs a job to its end and returns its result (the job is deleted).
    template <typename J>
    auto run(J *job) -> typename std::remove_cvref_t<decltype(job->result())>
    {
        QSignalSpy spy(job, &Client::Job::finished);
        job->start();
        if (spy.count() == 0)
            spy.wait(30000);
        auto result = job->result();
        delete job;
        return result;
    }

    bool put(const QString &bucket, const QString &key, const QByteArray &body)
    {
        Client::PutObjectRequest request;
        request.bucket = bucket;
        request.key = key;
        request.body = Client::RequestBody::fromBytes(body);
        return run(client->putObject(request)).has_value();
    }
};

} // namespace TestSupport
