#include "ui/browser/sandboxcontroller.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/sandbox/localserver.h"
#include "engine/server/users.h"

namespace Gui {

namespace {

QString randomToken(int length, QStringView alphabet)
{
    QString out;
    out.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(int(rng->bounded(quint32(alphabet.size())))));
    return out;
}

} // namespace

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
    , m_server {std::make_unique<Sandbox::LocalServer>()}
{
}

SandboxController::~SandboxController()
{
    // Shutdown only: the start task touches m_server, so it must be over before we stop it.
    m_future.waitForFinished();
    m_server->stop(std::chrono::seconds(2));
}

Core::Result<Client::Credentials> SandboxController::loadOrCreateCredentials(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(dataDir));
    const QString path = dataDir + QStringLiteral("/sandbox-credentials");
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(path));
        const QList<QByteArray> lines = file.readAll().split('\n');
        if (lines.size() >= 2 && !lines.at(0).trimmed().isEmpty() && !lines.at(1).trimmed().isEmpty())
            return Client::Credentials {QString::fromUtf8(lines.at(0).trimmed()), QString::fromUtf8(lines.at(1).trimmed()), {}, {}};
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("malformed %1").arg(path));
    }
    Client::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("PAIL") + randomToken(16, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    credentials.secretAccessKey =
        randomToken(40, u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(credentials.accessKeyId.toUtf8() + '\n' + credentials.secretAccessKey.toUtf8() + '\n');
    if (!out.commit())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return credentials;
}

void SandboxController::start(const QString &dataDir)
{
    if (m_starting || isRunning())
        return;
    m_starting = true;
    m_error = {};
    m_dataDir = dataDir;
    Sandbox::LocalServer *server = m_server.get();
    QPointer<SandboxController> self(this);
    const ServeOptions serve = m_serveOptions;
    const int generation = m_generation;
    m_future = QtConcurrent::run([server, dataDir, self, serve, generation] {
        StartResult result {Core::fail(Core::ErrorCode::InvalidConfiguration), {}};
        auto credentials = loadOrCreateCredentials(dataDir);
        if (!credentials) {
            result.endpoint = std::unexpected(credentials.error());
        } else {
            result.credentials = *credentials;
            Sandbox::LocalServer::Options options;
            options.dataDir = dataDir;
            options.address = serve.address;
            options.port = serve.port;
            options.tlsSelfSigned = serve.tls;
            options.users.append(Server::User::make(QStringLiteral("root"), credentials->accessKeyId,
                                                    credentials->secretAccessKey));
            result.endpoint = server->start(options);
        }
        // The controller outlives the task (its destructor waits), so `self` is still valid here;
        // the queued lambda runs in the GUI thread.
        QMetaObject::invokeMethod(self.data(), [self, result, generation] {
            if (!self || self->m_generation != generation)
                return;
            self->m_starting = false;
            if (!result.endpoint) {
                self->m_error = result.endpoint.error();
                emit self->failed(self->m_error);
                return;
            }
            self->m_credentials = result.credentials;
            self->m_endpoint = QUrl(*result.endpoint);
            emit self->started(self->m_endpoint);
        }, Qt::QueuedConnection);
    });
}

void SandboxController::stop()
{
    m_future.waitForFinished();
    ++m_generation;
    m_starting = false;
    m_server->stop(std::chrono::seconds(2));
    m_endpoint = QUrl();
    emit stopped();
}

} // namespace Gui
