#pragma once

#include <memory>

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace IntegrationSupport {

// What one external program did: how it ended and everything it printed.
struct ProcessResult
{
    QString program;
    QStringList arguments;
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    // True when the program ran to completion and returned 0.
    bool ok() const { return started && !timedOut && !crashed && exitCode == 0; }
    // The command line, how it ended and its output (each stream cut to 8 KiB), for failure messages.
    QString describe() const;
};

// Runs `program args...` in `env` (nothing inherited), with `stdinData` on its standard input, and
// waits at most timeoutMs while running the event loop (so a ServerFixture keeps draining the
// server's pipes). A program still running at the deadline is killed and reported as timedOut.
ProcessResult runProgram(const QString &program,
                         const QStringList &args,
                         const QProcessEnvironment &env,
                         int timeoutMs,
                         const QString &workDir = {},
                         const QByteArray &stdinData = {});

// The real file behind a command on PATH that is not the one in /usr/bin (the pyenv install of
// aws-cli or python3), resolving pyenv shims to the interpreter's own bin/ folder so the program
// runs without pyenv's environment. Empty when there is none.
QString nonDebianExecutable(const QString &name);

// An S3 server for one test program: `pailctl serve` on 127.0.0.1 port 0 with a fresh data
// directory, plus a scratch folder and a clean environment for the clients run against it.
// Lives in the test's thread (it needs that thread's event loop to drain the server's output);
// the test object owns it. The destructor kills a server that was not stopped.
//
// Test hooks (to run the same suite against another server with the same command-line contract,
// e.g. a wrapper around s3rver): PAIL_IT_PAILCTL replaces the pailctl path and PAIL_IT_KEYS=AK:SK
// the keys passed to it.
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    // Starts the server and waits (at most timeoutMs) for its "pail: listening on" line.
    // extraArgs go after the standard ones (e.g. {"--user", "bob:AK:SK"}). On failure returns false
    // and fills *error with what the server printed.
    bool start(QString *error, const QStringList &extraArgs = {}, int timeoutMs = 20000);
    // Sends SIGTERM and waits for the process; false (with *error) unless it exits normally with 0.
    bool stop(QString *error, int timeoutMs = 20000);
    // Kills the server at once (for cleanup after a failed test).
    void kill();
    bool isRunning() const;

    // "http://127.0.0.1:PORT", or https:// when the server was started with TLS.
    QString endpoint() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port); }
    quint16 port() const { return m_port; }
    QString accessKey() const { return m_accessKey; }
    QString secretKey() const { return m_secretKey; }
    QString region() const { return QStringLiteral("us-east-1"); }
    QString dataDir() const;
    // A folder for the test's own files, removed with the fixture.
    QString scratchDir() const;
    // Creates (and returns) a fresh empty folder under scratchDir().
    QString newScratchFolder(const QString &name) const;
    // Everything the server printed on stdout/stderr so far.
    QByteArray serverOutput() const { return m_stdout + m_stderr; }
    QString pailctlPath() const;

    // A clean environment for S3 clients: PATH, LANG, HOME in the scratch dir, the fixture's keys
    // in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_CONFIG_FILE/AWS_SHARED_CREDENTIALS_FILE
    // written in the scratch dir (region us-east-1, no retries, path style, SigV4 presigning,
    // 8 MiB multipart threshold and parts), no CA bundle or proxy variables.
    QProcessEnvironment clientEnvironment() const;
    // The same with other keys (for wrong-secret and unknown-key cases).
    QProcessEnvironment clientEnvironment(const QString &accessKey, const QString &secretKey) const;

    // Runs a client in clientEnvironment() (timeout in ms).
    ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 180000) const;

private:
    void readServer();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QString m_accessKey;
    QString m_secretKey;
};

// Writes `size` pseudo-random bytes (seeded, so reruns produce the same file) to path.
bool writeRandomFile(const QString &path, qint64 size, quint32 seed);
// Hex MD5 of a file, streamed; empty when it cannot be read.
QByteArray fileMd5Hex(const QString &path);
// True when both files exist and hold the same bytes.
bool sameFileContent(const QString &a, const QString &b);

} // namespace IntegrationSupport

// Fails the calling test with the program's output unless it ran and returned 0. (QVERIFY2 cuts
// its message at 1024 bytes; QFAIL does not, and a client's output is the evidence we need.)
#define PAIL_VERIFY_RUN(result)                                                                   \
    do {                                                                                          \
        const IntegrationSupport::ProcessResult &pailRun_ = (result);                             \
        if (!pailRun_.ok())                                                                       \
            QFAIL(qPrintable(pailRun_.describe()));                                               \
    } while (false)

// QVERIFY2 with a QString message that is not cut.
#define PAIL_VERIFY2(condition, message)                                                          \
    do {                                                                                          \
        if (!(condition))                                                                         \
            QFAIL(qPrintable(QStringLiteral("'" #condition "' is false. ") + (message)));          \
    } while (false)
