#include "tests/integration/serverfixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace IntegrationSupport {

namespace {

QString cut(const QByteArray &bytes)
{
    constexpr qsizetype kLimit = 8 * 1024;
    if (bytes.size() <= kLimit)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(kLimit / 2)) + QStringLiteral("\n[... %1 bytes cut ...]\n").arg(bytes.size() - kLimit)
         + QString::fromUtf8(bytes.right(kLimit / 2));
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

} // namespace

QString ProcessResult::describe() const
{
    QString how;
    if (!started)
        how = QStringLiteral("did not start");
    else if (timedOut)
        how = QStringLiteral("timed out after %1 ms and was killed").arg(elapsedMs);
    else if (crashed)
        how = QStringLiteral("crashed");
    else
        how = QStringLiteral("exited with %1 after %2 ms").arg(exitCode).arg(elapsedMs);
    return QStringLiteral("\n$ %1 %2\n%3\n--- stdout ---\n%4\n--- stderr ---\n%5\n")
        .arg(program, arguments.join(u' '), how, cut(out), cut(err));
}

ProcessResult runProgram(const QString &program,
                         const QStringList &args,
                         const QProcessEnvironment &env,
                         int timeoutMs,
                         const QString &workDir,
                         const QByteArray &stdinData)
{
    ProcessResult r;
    r.program = program;
    r.arguments = args;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QElapsedTimer clock;
    clock.start();
    p.start();
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.started = true;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();

    if (p.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeoutMs);
        loop.exec();
        if (p.state() != QProcess::NotRunning) {
            r.timedOut = true;
            p.kill();
            p.waitForFinished(5000);
        }
    }
    r.elapsedMs = clock.elapsed();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = !r.timedOut && p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    return r;
}

static QString findNonDebianExecutable(const QString &name);

QString nonDebianExecutable(const QString &name)
{
    // Asked once per name and program: each _data() function of a test wants it.
    static QHash<QString, QString> cache;
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    QString &found = cache[name];
    found = findNonDebianExecutable(name);
    return found;
}

static QString findNonDebianExecutable(const QString &name)
{
    const QStringList path = qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts);
    for (const QString &dir : path) {
        if (dir == QLatin1StringView("/usr/bin") || dir == QLatin1StringView("/bin"))
            continue;
        const QString found = QStandardPaths::findExecutable(name, {dir});
        if (found.isEmpty())
            continue;
        if (!dir.endsWith(QLatin1StringView("/shims")))
            return QFileInfo(found).canonicalFilePath();
        // A pyenv shim needs pyenv's environment; ask pyenv for the real file once, with the
        // inherited environment (this is the only place that uses it).
        const QString pyenv = QFileInfo(dir + QLatin1StringView("/../bin/pyenv")).absoluteFilePath();
        const QString program = QFileInfo::exists(pyenv) ? pyenv : QStandardPaths::findExecutable(QStringLiteral("pyenv"));
        if (program.isEmpty())
            continue;
        const ProcessResult r = runProgram(program, {QStringLiteral("which"), name}, QProcessEnvironment::systemEnvironment(), 20000);
        const QString real = QString::fromUtf8(r.out).trimmed();
        if (r.ok() && !real.isEmpty() && QFileInfo(real).isExecutable() && !real.startsWith(QLatin1StringView("/usr/bin/")))
            return real;
    }
    return {};
}

ServerFixture::ServerFixture()
    : m_dataDir {std::make_unique<QTemporaryDir>()}
    , m_scratch {std::make_unique<QTemporaryDir>()}
{
    const QString keys = qEnvironmentVariable("PAIL_IT_KEYS");
    if (const qsizetype colon = keys.indexOf(u':'); colon > 0) {
        m_accessKey = keys.left(colon);
        m_secretKey = keys.mid(colon + 1);
    } else {
        m_accessKey = QStringLiteral("PAILITESTKEY0001");
        m_secretKey = QStringLiteral("pail-integration-secret-key/0001");
    }
    QDir(m_scratch->path()).mkpath(QStringLiteral("home/.aws"));
    const QString home = m_scratch->path() + QLatin1StringView("/home");
    writeText(home + QLatin1StringView("/.aws/credentials"),
              QStringLiteral("[default]\naws_access_key_id = %1\naws_secret_access_key = %2\n").arg(m_accessKey, m_secretKey).toUtf8());
    // Fixed multipart sizes so the tests know how many parts a file becomes, and no retries that
    // would hide a server error behind a second attempt.
    writeText(home + QLatin1StringView("/.aws/config"),
              "[default]\nregion = us-east-1\nmax_attempts = 1\nretry_mode = standard\n"
              "s3 =\n    multipart_threshold = 8MB\n    multipart_chunksize = 8MB\n    addressing_style = path\n"
              // aws-cli 1.x presigns with SigV2 for a custom endpoint unless told otherwise.
              "    signature_version = s3v4\n");
}

ServerFixture::~ServerFixture()
{
    kill();
}

QString ServerFixture::pailctlPath() const
{
    const QString overridden = qEnvironmentVariable("PAIL_IT_PAILCTL");
    return overridden.isEmpty() ? QStringLiteral(PAILCTL_PATH) : overridden;
}

QString ServerFixture::dataDir() const
{
    return m_dataDir->path() + QLatin1StringView("/data");
}

QString ServerFixture::scratchDir() const
{
    return m_scratch->path();
}

QString ServerFixture::newScratchFolder(const QString &name) const
{
    const QString path = m_scratch->path() + u'/' + name;
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

void ServerFixture::readServer()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
}

bool ServerFixture::start(QString *error, const QStringList &extraArgs, int timeoutMs)
{
    if (!m_dataDir->isValid() || !m_scratch->isValid()) {
        *error = QStringLiteral("cannot create temporary folders");
        return false;
    }
    QDir().mkpath(dataDir());
    m_stdout.clear();
    m_stderr.clear();
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(pailctlPath());
    m_process->setArguments(QStringList {QStringLiteral("serve"),
                                         QStringLiteral("--data-dir"),
                                         dataDir(),
                                         QStringLiteral("--address"),
                                         QStringLiteral("127.0.0.1"),
                                         QStringLiteral("--port"),
                                         QStringLiteral("0"),
                                         QStringLiteral("--access-key"),
                                         m_accessKey,
                                         QStringLiteral("--secret-key"),
                                         m_secretKey,
                                         QStringLiteral("--region"),
                                         region()}
                            + extraArgs);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_scratch->path() + QLatin1StringView("/home"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TMPDIR"), QDir::tempPath());
    m_process->setProcessEnvironment(env);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(), [this] { readServer(); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(), [this] { readServer(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(pailctlPath(), m_process->errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^pail: listening on (https?)://127\\.0\\.0\\.1:(\\d+)$"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        readServer();
        const qsizetype eol = m_stdout.indexOf('\n');
        if (eol >= 0) {
            const QString first = QString::fromUtf8(m_stdout.left(eol)).trimmed();
            const QRegularExpressionMatch m = listening.match(first);
            if (!m.hasMatch()) {
                *error = QStringLiteral("the first line on stdout is not \"pail: listening on http(s)://127.0.0.1:PORT\": %1\n%2")
                             .arg(first, QString::fromUtf8(serverOutput()));
                return false;
            }
            m_scheme = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
            if (m_port == 0) {
                *error = QStringLiteral("the server reports port 0: %1").arg(first);
                return false;
            }
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            readServer();
            *error = QStringLiteral("the server exited (code %1) before listening:\n%2")
                         .arg(m_process->exitCode())
                         .arg(QString::fromUtf8(serverOutput()));
            return false;
        }
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    *error = QStringLiteral("no listening line within %1 ms:\n%2").arg(timeoutMs).arg(QString::fromUtf8(serverOutput()));
    return false;
}

bool ServerFixture::stop(QString *error, int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        *error = QStringLiteral("the server is not running (it exited on its own?):\n%1").arg(QString::fromUtf8(serverOutput()));
        return false;
    }
    m_process->terminate(); // SIGTERM
    if (!m_process->waitForFinished(timeoutMs)) {
        readServer();
        m_process->kill();
        m_process->waitForFinished(5000);
        *error = QStringLiteral("the server did not exit within %1 ms of SIGTERM:\n%2").arg(timeoutMs).arg(QString::fromUtf8(serverOutput()));
        return false;
    }
    readServer();
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        *error = QStringLiteral("after SIGTERM the server ended with %1 (exit code %2):\n%3")
                     .arg(m_process->exitStatus() == QProcess::NormalExit ? QStringLiteral("a normal exit") : QStringLiteral("a crash/signal"))
                     .arg(m_process->exitCode())
                     .arg(QString::fromUtf8(serverOutput()));
        return false;
    }
    return true;
}

void ServerFixture::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ServerFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QProcessEnvironment ServerFixture::clientEnvironment() const
{
    return clientEnvironment(m_accessKey, m_secretKey);
}

QProcessEnvironment ServerFixture::clientEnvironment(const QString &accessKey, const QString &secretKey) const
{
    const QString home = m_scratch->path() + QLatin1StringView("/home");
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    env.insert(QStringLiteral("TMPDIR"), QDir::tempPath());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home + QLatin1StringView("/.aws/config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QLatin1StringView("/.aws/credentials"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secretKey);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), region());
    env.insert(QStringLiteral("AWS_REGION"), region());
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    return env;
}

ProcessResult ServerFixture::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    return runProgram(program, args, clientEnvironment(), timeoutMs, m_scratch->path());
}

bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator gen(seed);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qsizetype n = qsizetype(qMin<qint64>(left, block.size()));
        gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

QByteArray fileMd5Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&f))
        return {};
    return hash.result().toHex();
}

bool sameFileContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    constexpr qint64 kBlock = 1024 * 1024;
    while (!fa.atEnd()) {
        if (fa.read(kBlock) != fb.read(kBlock))
            return false;
    }
    return true;
}

} // namespace IntegrationSupport
