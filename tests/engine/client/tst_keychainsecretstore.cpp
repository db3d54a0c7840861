// KeychainSecretStore against a real keychain: a private D-Bus session bus with its own
// gnome-keyring-daemon (Secret Service), started and stopped by the test with its keyring files in a
// temporary folder, so nothing of the user's keychain is touched. A second run of this program in
// a child process, pointed at a bus that does not exist, proves that a missing keychain gives a
// clear error and that nothing is written anywhere else.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "engine/client/keychainsecretstore.h"

namespace {

constexpr char kChildMode[] = "PAIL_KEYCHAIN_TEST_CHILD";

// Waits for an asynchronous store call; returns what it delivered.
template <typename T, typename Call>
std::optional<T> await(Call call, int timeoutMs = 20000)
{
    std::optional<T> result;
    QObject context;
    call(&context, [&](const T &value) { result = value; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return result;
}

std::optional<Core::Result<QString>> readSecret(Client::SecretStore &store, const QString &key)
{
    return await<Core::Result<QString>>([&](QObject *ctx, auto done) { store.readSecret(key, ctx, done); });
}

std::optional<Core::Status> writeSecret(Client::SecretStore &store, const QString &key, const QString &value)
{
    return await<Core::Status>([&](QObject *ctx, auto done) { store.writeSecret(key, value, ctx, done); });
}

std::optional<Core::Status> deleteSecret(Client::SecretStore &store, const QString &key)
{
    return await<Core::Status>([&](QObject *ctx, auto done) { store.deleteSecret(key, ctx, done); });
}

// The child: no keychain reachable. Prints "ERROR <code> <message>" for a write and a read.
int runChild()
{
    Client::KeychainSecretStore store(QStringLiteral("pail-test"));
    const auto written = writeSecret(store, QStringLiteral("pail/profile/child"), QStringLiteral("s3cr3t-child"));
    if (!written)
        return 3;
    if (*written) {
        std::printf("WROTE\n");
        return 0;
    }
    std::printf("ERROR %d %s\n", int(written->error().code), qPrintable(written->error().message));
    const auto read = readSecret(store, QStringLiteral("pail/profile/child"));
    if (read && !*read)
        std::printf("ERROR %d %s\n", int(read->error().code), qPrintable(read->error().message));
    return 0;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void secretsAreSeparatedByKey();
    void droppedContextGetsNoCallback();
    void noKeychainIsAClearErrorAndNoFallback();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    qint64 m_keyringPid = 0;
};

void TestKeychainSecretStore::initTestCase()
{
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusDaemon.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-daemon or gnome-keyring-daemon is not installed (installer/deps.sh test installs both)");
    QVERIFY(m_home.isValid());
    // Keyring files and runtime sockets in the temporary home only.
    const QString data = m_home.filePath(QStringLiteral("data"));
    const QString runtime = m_home.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", data.toUtf8());
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());

    m_bus.setProgram(dbusDaemon);
    m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                        QStringLiteral("--address=unix:path=") + runtime + QStringLiteral("/bus")});
    m_bus.start();
    QVERIFY2(m_bus.waitForStarted(), qPrintable(m_bus.errorString()));
    QByteArray address;
    for (int i = 0; i < 100 && !address.contains('\n'); ++i) {
        m_bus.waitForReadyRead(100);
        address += m_bus.readAllStandardOutput();
    }
    address = address.trimmed();
    QVERIFY2(address.startsWith("unix:"), address.constData());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    // --unlock reads the new login keyring's password from stdin; the daemon forks and stays.
    QProcess unlock;
    unlock.start(keyring, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
    QVERIFY(unlock.waitForStarted());
    unlock.write("pail-test-password");
    unlock.closeWriteChannel();
    QVERIFY(unlock.waitForFinished(20000));
    const QByteArray out = unlock.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("GNOME_KEYRING_PID="))
            m_keyringPid = line.mid(18).toLongLong();
    }
}

void TestKeychainSecretStore::roundTrip()
{
    Client::KeychainSecretStore store(QStringLiteral("pail-test"));
    const QString key = QStringLiteral("pail/profile/minio");
    auto written = writeSecret(store, key, QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    QVERIFY(written);
    QVERIFY2(*written, qPrintable(written->error().message));
    auto read = readSecret(store, key);
    QVERIFY(read && *read);
    QCOMPARE(**read, QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    // Overwrite with a secret plus session token (the profile encoding) and unicode.
    const QString withToken = QStringLiteral("sk-ü-ключ\nFwoGZXIvYXdzEJr//////////token");
    written = writeSecret(store, key, withToken);
    QVERIFY(written && *written);
    read = readSecret(store, key);
    QVERIFY(read && *read);
    QCOMPARE(**read, withToken);

    auto deleted = deleteSecret(store, key);
    QVERIFY(deleted && *deleted);
    read = readSecret(store, key);
    QVERIFY(read);
    QVERIFY(!*read);
    QCOMPARE(read->error().code, Core::ErrorCode::InvalidConfiguration);
    QVERIFY2(read->error().message.contains(QStringLiteral("no secret stored for pail/profile/minio")),
             qPrintable(read->error().message));
    // Deleting again is not an error: the secret is gone either way.
    deleted = deleteSecret(store, key);
    QVERIFY(deleted && *deleted);
}

void TestKeychainSecretStore::secretsAreSeparatedByKey()
{
    Client::KeychainSecretStore store(QStringLiteral("pail-test"));
    for (int i = 0; i < 3; ++i) {
        const auto w = writeSecret(store, QStringLiteral("pail/profile/p%1").arg(i), QStringLiteral("secret-%1").arg(i));
        QVERIFY(w && *w);
    }
    for (int i = 0; i < 3; ++i) {
        const auto r = readSecret(store, QStringLiteral("pail/profile/p%1").arg(i));
        QVERIFY(r && *r);
        QCOMPARE(**r, QStringLiteral("secret-%1").arg(i));
    }
    // Another service name does not see them.
    Client::KeychainSecretStore other(QStringLiteral("pail-other"));
    const auto r = readSecret(other, QStringLiteral("pail/profile/p0"));
    QVERIFY(r && !*r);
    for (int i = 0; i < 3; ++i)
        QVERIFY(deleteSecret(store, QStringLiteral("pail/profile/p%1").arg(i)).value_or(Core::Status {}));
}

void TestKeychainSecretStore::droppedContextGetsNoCallback()
{
    Client::KeychainSecretStore store(QStringLiteral("pail-test"));
    bool called = false;
    {
        auto *context = new QObject;
        store.writeSecret(QStringLiteral("pail/profile/dropped"), QStringLiteral("x"), context,
                          [&](const Core::Status &) { called = true; });
        delete context;
    }
    // The job still runs to its end; the callback must not.
    const auto r = readSecret(store, QStringLiteral("pail/profile/dropped"));
    QVERIFY(r);
    QVERIFY(!called);
    (void)deleteSecret(store, QStringLiteral("pail/profile/dropped"));
}

void TestKeychainSecretStore::noKeychainIsAClearErrorAndNoFallback()
{
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray out = child.readAllStandardOutput();
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(!out.contains("WROTE"), out.constData());
    const QByteArray expectedCode = "ERROR " + QByteArray::number(int(Core::ErrorCode::InvalidConfiguration));
    QVERIFY2(out.startsWith(expectedCode), out.constData());
    QVERIFY2(out.contains("system keychain") && out.contains("never in a plain file"), out.constData());
    // Nothing with the secret was written anywhere under the child's home.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("s3cr3t-child"), qPrintable(f.fileName()));
    }
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (m_keyringPid > 0)
        ::kill(pid_t(m_keyringPid), SIGTERM);
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildMode))
        return runChild();
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
