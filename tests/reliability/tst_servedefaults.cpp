#include <memory>

#include <sys/stat.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/integration/rawsigner.h"

using IntegrationSupport::RawRequest;
using IntegrationSupport::RawResponse;

// "Defaults that protect" of `pailctl serve`: it listens on 127.0.0.1 unless told otherwise,
// refuses a non-loopback address while the well-known default keys are in use, keeps secrets out
// of what it prints and logs, creates its data (database, master key, KMS keys, TLS key, logs)
// for its owner only even under a permissive umask, and refuses a users file others can read.

namespace {

// One `pailctl serve` process started by a test.
struct Serve
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QString listening; // "http://127.0.0.1:PORT" once up
    quint16 port = 0;

    ~Serve()
    {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
    // Starts and waits for the listening line or the end of the process; true when listening.
    bool start(const QStringList &args)
    {
        process->setProgram(QStringLiteral(PAILCTL_PATH));
        process->setArguments(QStringList {QStringLiteral("serve")} + args);
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        process->setProcessEnvironment(env);
        process->start();
        if (!process->waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("pail: listening on (https?://[^\\s]+):(\\d+)\\n"));
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            process->waitForReadyRead(200);
            out += process->readAll();
            const auto m = re.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                listening = m.captured(1) + u':' + m.captured(2);
                port = quint16(m.captured(2).toUInt());
                // Let the banner lines after it arrive too.
                process->waitForReadyRead(300);
                out += process->readAll();
                return true;
            }
            if (process->state() == QProcess::NotRunning) {
                out += process->readAll();
                return false;
            }
        }
        return false;
    }
    // SIGTERM and the exit code (-1 when it had to be killed).
    int stop()
    {
        process->terminate();
        if (!process->waitForFinished(15000)) {
            process->kill();
            process->waitForFinished(5000);
            return -1;
        }
        out += process->readAll();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
    int exitCodeWhenRefused()
    {
        process->waitForFinished(10000);
        out += process->readAll();
        return process->state() == QProcess::NotRunning && process->exitStatus() == QProcess::NormalExit
                   ? process->exitCode()
                   : -1;
    }
};

QString dump(const Serve &s)
{
    return QStringLiteral("\n--- pailctl serve printed ---\n") + QString::fromUtf8(s.out);
}

// The listening sockets of a process: "ADDRESS:PORT" from /proc/PID/net/tcp{,6} (hex, as the
// kernel writes them), restricted to the sockets the process owns.
QStringList listeningSockets(qint64 pid)
{
    QSet<QByteArray> inodes;
    QDirIterator fds(QStringLiteral("/proc/%1/fd").arg(pid), QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    while (fds.hasNext()) {
        const QString target = QFileInfo(fds.next()).symLinkTarget();
        if (target.contains(QLatin1StringView("socket:[")))
            inodes.insert(target.section(u'[', 1).chopped(1).toLatin1());
    }
    QStringList result;
    for (const char *table : {"tcp", "tcp6"}) {
        QFile f(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1StringView(table)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine();
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().simplified().split(' ');
            if (cols.size() > 9 && cols.at(3) == "0A" && inodes.contains(cols.at(9)))
                result << QString::fromLatin1(cols.at(1));
        }
    }
    return result;
}

RawResponse signedRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QString &access,
                          const QString &secret, const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    RawRequest req;
    req.method = method;
    const qsizetype q = path.indexOf('?');
    req.path = q < 0 ? path : path.left(q);
    req.query = q < 0 ? QByteArray() : path.mid(q + 1);
    req.headers = extra;
    req.headers.append({"Content-Length", QByteArray::number(body.size())});
    req.headers.append({QByteArray("Connection"), QByteArray("close")});
    req.payloadHash = IntegrationSupport::sha256Hex(body);
    return IntegrationSupport::exchange(
        port,
        IntegrationSupport::signedHead(req, QStringLiteral("127.0.0.1:%1").arg(port).toLatin1(), access, secret,
                                       QStringLiteral("us-east-1"))
            + body);
}

} // namespace

class TestServeDefaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bindsLoopbackByDefault();
    void refusesNonLoopbackWithDefaultKeys_data();
    void refusesNonLoopbackWithDefaultKeys();
    void loopbackAddressesAllowedWithDefaultKeys_data();
    void loopbackAddressesAllowedWithDefaultKeys();
    void rejectsBadTimeouts();
    void usersFileOpenToOthersIsRefused();
    void secretsNeverLoggedAndFilesOwnerOnly();

private:
    QTemporaryDir m_tmp;
    mode_t m_umask = 0;
};

void TestServeDefaults::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // A permissive umask: whatever the server creates owner-only, it does on purpose.
    m_umask = ::umask(022);
}

void TestServeDefaults::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestServeDefaults::bindsLoopbackByDefault()
{
    Serve s;
    QVERIFY2(s.start({QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("default")), QStringLiteral("--port"),
                      QStringLiteral("0")}),
             qPrintable(dump(s)));
    QCOMPARE(s.listening.section(u':', 0, 1), QStringLiteral("http://127.0.0.1"));
    // What the kernel says: one listening socket, on 127.0.0.1 (0100007F) only.
    const QStringList sockets = listeningSockets(s.process->processId());
    QCOMPARE(sockets, QStringList {QStringLiteral("0100007F:%1").arg(s.port, 4, 16, QLatin1Char('0')).toUpper()});
    // The well-known default secret is printed (so a first run works at once), flagged as loopback-only.
    QVERIFY2(s.out.contains("(the default: loopback only)"), qPrintable(dump(s)));
    QCOMPARE(s.stop(), 0);
}

void TestServeDefaults::refusesNonLoopbackWithDefaultKeys_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("all interfaces, default keys") << QStringList {QStringLiteral("--address"), QStringLiteral("0.0.0.0")};
    QTest::newRow("all IPv6 interfaces, default keys") << QStringList {QStringLiteral("--address"), QStringLiteral("::")};
    QTest::newRow("a LAN address, default keys") << QStringList {QStringLiteral("--address"), QStringLiteral("192.0.2.10")};
    QTest::newRow("own access key, default secret")
        << QStringList {QStringLiteral("--address"), QStringLiteral("0.0.0.0"), QStringLiteral("--access-key"), QStringLiteral("MINE")};
    QTest::newRow("default access key, own secret")
        << QStringList {QStringLiteral("--address"), QStringLiteral("0.0.0.0"), QStringLiteral("--secret-key"),
                        QStringLiteral("my-own-secret-1234")};
}

void TestServeDefaults::refusesNonLoopbackWithDefaultKeys()
{
    QFETCH(QStringList, extra);
    Serve s;
    QVERIFY2(!s.start(QStringList {QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("refused")), QStringLiteral("--port"),
                                   QStringLiteral("0")}
                      + extra),
             qPrintable(dump(s)));
    QCOMPARE(s.exitCodeWhenRefused(), 2);
    QVERIFY2(s.out.contains("refusing to listen on"), qPrintable(dump(s)));
    QVERIFY2(!s.out.contains("listening on"), qPrintable(dump(s)));
}

void TestServeDefaults::loopbackAddressesAllowedWithDefaultKeys_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("kernelAddress"); // in /proc/net/tcp form
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("0100007F");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("0100007F");
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << QStringLiteral("0200007F");
}

void TestServeDefaults::loopbackAddressesAllowedWithDefaultKeys()
{
    QFETCH(QString, address);
    QFETCH(QString, kernelAddress);
    Serve s;
    QVERIFY2(s.start({QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("loop")), QStringLiteral("--port"),
                      QStringLiteral("0"), QStringLiteral("--address"), address}),
             qPrintable(dump(s)));
    const QStringList sockets = listeningSockets(s.process->processId());
    QCOMPARE(sockets, QStringList {QStringLiteral("%1:%2").arg(kernelAddress).arg(s.port, 4, 16, QLatin1Char('0')).toUpper()});
    QCOMPARE(s.stop(), 0);
}

void TestServeDefaults::rejectsBadTimeouts()
{
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("soon"), QStringLiteral("1e9")}) {
        for (const QString &opt : {QStringLiteral("--header-timeout"), QStringLiteral("--body-timeout"), QStringLiteral("--idle-timeout")}) {
            Serve s;
            QVERIFY2(!s.start({QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("timeouts")), QStringLiteral("--port"),
                               QStringLiteral("0"), opt + u'=' + bad}),
                     qPrintable(dump(s)));
            QCOMPARE(s.exitCodeWhenRefused(), 2);
            QVERIFY2(s.out.contains("invalid " + opt.toLatin1()), qPrintable(dump(s)));
        }
    }
    Serve ok;
    QVERIFY2(ok.start({QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("timeouts")), QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--header-timeout"), QStringLiteral("0.5"),
                       QStringLiteral("--body-timeout"), QStringLiteral("10"), QStringLiteral("--idle-timeout"), QStringLiteral("2")}),
             qPrintable(dump(ok)));
    QCOMPARE(ok.stop(), 0);
}

void TestServeDefaults::usersFileOpenToOthersIsRefused()
{
    const QString path = m_tmp.filePath(QStringLiteral("users.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# name:access:secret\nbob:BOBKEY:bob-secret-0123456789\n");
    f.close();
    const QStringList args {QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("users")), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--users-file"), path};
    for (const mode_t loose : {mode_t(0644), mode_t(0640), mode_t(0604), mode_t(0660), mode_t(0602)}) {
        QVERIFY(::chmod(QFile::encodeName(path).constData(), loose) == 0);
        Serve s;
        QVERIFY2(!s.start(args), qPrintable(dump(s)));
        QCOMPARE(s.exitCodeWhenRefused(), 2);
        QVERIFY2(s.out.contains("accessible by other users") && s.out.contains("chmod 600"), qPrintable(dump(s)));
        QVERIFY2(!s.out.contains("bob-secret"), qPrintable(dump(s)));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    Serve s;
    QVERIFY2(s.start(args), qPrintable(dump(s)));
    // Bob is known: his signature verifies (AccessDenied: no policy lets him list, not
    // InvalidAccessKeyId or SignatureDoesNotMatch).
    const RawResponse r = signedRequest(s.port, "GET", "/", QStringLiteral("BOBKEY"), QStringLiteral("bob-secret-0123456789"));
    QVERIFY2(r.status == 403 && r.body.contains("<Code>AccessDenied</Code>"), r.raw.constData());
    QCOMPARE(s.stop(), 0);
}

void TestServeDefaults::secretsNeverLoggedAndFilesOwnerOnly()
{
    const QString data = m_tmp.filePath(QStringLiteral("secrets"));
    const QString rootSecret = QStringLiteral("root-secret-DO-NOT-LOG-7f3a9c");
    const QString aliceSecret = QStringLiteral("alice-secret-DO-NOT-LOG-55e1");
    const QString usersPath = m_tmp.filePath(QStringLiteral("users-secrets.txt"));
    {
        QFile f(usersPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("carol:CAROLKEY:carol-secret-DO-NOT-LOG-0b2d\n");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(usersPath).constData(), 0600) == 0);
    }
    const QStringList common {QStringLiteral("--data-dir"), data, QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--access-key"), QStringLiteral("ROOTKEY"), QStringLiteral("--secret-key"), rootSecret,
                              QStringLiteral("--user"), QStringLiteral("alice:ALICEKEY:") + aliceSecret,
                              QStringLiteral("--users-file"), usersPath};
    // First over HTTPS with the sandbox's own certificate (makes the TLS private key whose
    // permissions are checked below), then over HTTP for the raw client of this test.
    Serve s;
    QVERIFY2(s.start(common + QStringList {QStringLiteral("--tls")}), qPrintable(dump(s)));
    QVERIFY2(s.listening.startsWith(QLatin1StringView("https://")), qPrintable(dump(s)));
    QCOMPARE(s.stop(), 0);
    Serve h;
    QVERIFY2(h.start(common), qPrintable(dump(h)));
    QByteArray everything;
    // Traffic that touches every secret: good and bad signatures for each user, SSE-S3 and
    // SSE-KMS writes (master key and KMS key files).
    RawResponse r = signedRequest(h.port, "PUT", "/sec", QStringLiteral("ROOTKEY"), rootSecret);
    QVERIFY2(r.status == 200, r.raw.constData());
    r = signedRequest(h.port, "PUT", "/sec/sse", QStringLiteral("ROOTKEY"), rootSecret, "encrypted", {{"x-amz-server-side-encryption", "AES256"}});
    QVERIFY2(r.status == 200, r.raw.constData());
    r = signedRequest(h.port, "PUT", "/sec/kms", QStringLiteral("ROOTKEY"), rootSecret, "encrypted", {{"x-amz-server-side-encryption", "aws:kms"}});
    QVERIFY2(r.status == 200, r.raw.constData());
    // Alice and Carol sign correctly (AccessDenied: no policy grants them anything); wrong
    // secrets are SignatureDoesNotMatch, whose answer carries no secret either.
    r = signedRequest(h.port, "GET", "/", QStringLiteral("ALICEKEY"), aliceSecret);
    QVERIFY2(r.status == 403 && r.body.contains("<Code>AccessDenied</Code>"), r.raw.constData());
    r = signedRequest(h.port, "GET", "/", QStringLiteral("CAROLKEY"), QStringLiteral("carol-secret-DO-NOT-LOG-0b2d"));
    QVERIFY2(r.status == 403 && r.body.contains("<Code>AccessDenied</Code>"), r.raw.constData());
    r = signedRequest(h.port, "GET", "/", QStringLiteral("ROOTKEY"), QStringLiteral("wrong-secret-WRONG"));
    QVERIFY2(r.status == 403 && r.body.contains("<Code>SignatureDoesNotMatch</Code>"), r.raw.constData());
    everything += r.raw;
    r = signedRequest(h.port, "GET", "/", QStringLiteral("ALICEKEY"), rootSecret);
    QVERIFY2(r.status == 403 && r.body.contains("<Code>SignatureDoesNotMatch</Code>"), r.raw.constData());
    everything += r.raw;
    QCOMPARE(h.stop(), 0);

    everything += s.out + h.out;
    QDirIterator files(data, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList checked;
    while (files.hasNext()) {
        const QString path = files.next();
        const QFileInfo fi(path);
        if (fi.fileName().endsWith(QLatin1StringView(".log")) || fi.fileName() == QLatin1StringView("access.log")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
        }
        checked << QDir(data).relativeFilePath(path);
        if (checked.constLast() == QLatin1StringView("tls/cert.pem"))
            continue; // a certificate is public by nature (its folder is owner-only anyway)
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        QVERIFY2(!(st.st_mode & (S_IRWXG | S_IRWXO)),
                 qPrintable(QStringLiteral("%1 has mode %2").arg(path).arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'))));
    }
    QDirIterator dirs(data, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList dirList {data};
    while (dirs.hasNext())
        dirList << dirs.next();
    for (const QString &dir : std::as_const(dirList)) {
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(dir).constData(), &st) == 0);
        QVERIFY2(!(st.st_mode & (S_IRWXG | S_IRWXO)),
                 qPrintable(QStringLiteral("%1/ has mode %2").arg(dir).arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'))));
    }
    // The files that matter most were among those checked.
    for (const QString &must : {QStringLiteral("master.key"), QStringLiteral("access.log")})
        QVERIFY2(checked.contains(must), qPrintable(checked.join(u' ')));
    QVERIFY2(std::any_of(checked.cbegin(), checked.cend(), [](const QString &p) { return p.endsWith(QLatin1StringView(".db")) || p.contains(QLatin1StringView("sqlite")); }),
             qPrintable(checked.join(u' ')));
    QVERIFY2(std::any_of(checked.cbegin(), checked.cend(), [](const QString &p) { return p.startsWith(QLatin1StringView("tls/")) && p.contains(QLatin1StringView("key")); }),
                 qPrintable(checked.join(u' ')));

    for (const QByteArray &secret : {rootSecret.toUtf8(), aliceSecret.toUtf8(), QByteArray("carol-secret-DO-NOT-LOG-0b2d")})
        QVERIFY2(!everything.contains(secret), qPrintable(QStringLiteral("secret %1 appears in the output or a log").arg(QString::fromUtf8(secret))));
    QVERIFY2(everything.contains("secret key (as given)"), qPrintable(dump(h)));
    qInfo("checked %lld files: %s", qlonglong(checked.size()), qPrintable(checked.join(u' ')));
}

QTEST_GUILESS_MAIN(TestServeDefaults)
#include "tst_servedefaults.moc"
