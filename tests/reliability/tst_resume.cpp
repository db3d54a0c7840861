// `kill -9` of `pailctl cp` in the middle of a multipart upload, then the same command again:
// the second run continues the same upload (no new CreateMultipartUpload), sends only the parts
// the first run had not finished (the server's access log counts every UploadPart), and the
// object reads back byte-exact.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QElapsedTimer>
#include <QTest>

#include <csignal>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ServerFixture;

namespace {

constexpr int kParts = 24;
constexpr qint64 kPartSize = 5 * 1024 * 1024;
constexpr int kConcurrency = 2;

struct LogCounts
{
    int create = 0;
    int parts = 0;
    int complete = 0;
};

// Successful multipart requests on `path` in the server's JSON access log.
LogCounts countRequests(const QString &logPath, const QString &path)
{
    LogCounts c;
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return c;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(QStringLiteral("path")).toString() != path || e.value(QStringLiteral("status")).toInt() != 200)
            continue;
        const QString op = e.value(QStringLiteral("operation")).toString();
        if (op == QLatin1StringView("CreateMultipartUpload"))
            ++c.create;
        else if (op == QLatin1StringView("UploadPart"))
            ++c.parts;
        else if (op == QLatin1StringView("CompleteMultipartUpload"))
            ++c.complete;
    }
    return c;
}

} // namespace

class TestResume : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedUploadResumes();
    void cleanupTestCase();

private:
    QStringList cpArgs(const QString &file) const;
    ServerFixture m_server;
};

void TestResume::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const auto mb = m_server.run(m_server.pailctlPath(), {QStringLiteral("mb"), QStringLiteral("--endpoint-url"), m_server.endpoint(),
                                                          QStringLiteral("s3://resume")});
    PAIL_VERIFY_RUN(mb);
}

QStringList TestResume::cpArgs(const QString &file) const
{
    return {QStringLiteral("cp"), QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("--multipart-threshold"),
            QStringLiteral("5"), QStringLiteral("--part-size"), QStringLiteral("5"), QStringLiteral("--max-concurrent-requests"),
            QString::number(kConcurrency), QStringLiteral("--bandwidth"), QStringLiteral("40960"), file,
            QStringLiteral("s3://resume/big.bin")};
}

void TestResume::killedUploadResumes()
{
    const QString file = m_server.newScratchFolder(QStringLiteral("src")) + QStringLiteral("/big.bin");
    QVERIFY(IntegrationSupport::writeRandomFile(file, kParts * kPartSize, 7));
    const QString log = m_server.dataDir() + QStringLiteral("/access.log");

    // First run: killed once a third of the parts are on the server.
    QProcess first;
    first.setProcessEnvironment(m_server.clientEnvironment());
    first.start(m_server.pailctlPath(), cpArgs(file));
    QVERIFY(first.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (countRequests(log, QStringLiteral("/resume/big.bin")).parts < kParts / 3) {
        QVERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());
        QVERIFY2(timer.elapsed() < 120000, "the first run made no progress");
        QTest::qWait(20);
    }
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const LogCounts atKill = countRequests(log, QStringLiteral("/resume/big.bin"));
    QCOMPARE(atKill.create, 1);
    QCOMPARE(atKill.complete, 0);
    QVERIFY(atKill.parts < kParts);
    // Parts still in flight at the kill may complete on the server after it.
    QTest::qWait(500);
    const LogCounts beforeSecond = countRequests(log, QStringLiteral("/resume/big.bin"));

    // Second run, same command: resumes, finishes, and removes its resume file.
    const auto second = m_server.run(m_server.pailctlPath(), cpArgs(file), 300000);
    PAIL_VERIFY_RUN(second);
    PAIL_VERIFY2(second.err.contains("resuming 1 transfer"), second.describe());
    // The server writes its access log in batches (a line lands within AccessLog::kFlushInterval):
    // wait for the completion's line; the parts' lines were logged before it.
    QTRY_COMPARE_WITH_TIMEOUT(countRequests(log, QStringLiteral("/resume/big.bin")).complete, 1, 10000);
    const LogCounts after = countRequests(log, QStringLiteral("/resume/big.bin"));
    QCOMPARE(after.create, 1);   // the same multipart upload continued
    QCOMPARE(after.complete, 1);
    const int resent = after.parts - beforeSecond.parts;
    qInfo("first run: %d of %d parts on the server at the kill; second run sent %d parts", beforeSecond.parts, kParts, resent);
    // Only what was missing: at most the parts in flight when the first run died are sent twice.
    QVERIFY2(resent <= kParts - beforeSecond.parts + kConcurrency,
             qPrintable(QStringLiteral("%1 parts sent again after %2 of %3 were done").arg(resent).arg(beforeSecond.parts).arg(kParts)));
    QVERIFY(resent >= kParts - beforeSecond.parts);

    // The object is the file, byte for byte.
    const QString back = m_server.newScratchFolder(QStringLiteral("back")) + QStringLiteral("/big.bin");
    PAIL_VERIFY_RUN(m_server.run(m_server.pailctlPath(), {QStringLiteral("cp"), QStringLiteral("--endpoint-url"), m_server.endpoint(),
                                                          QStringLiteral("s3://resume/big.bin"), back}));
    QCOMPARE(IntegrationSupport::fileMd5Hex(back), IntegrationSupport::fileMd5Hex(file));

    // A third run is a fresh upload (nothing left to resume).
    const auto third = m_server.run(m_server.pailctlPath(), cpArgs(file), 300000);
    PAIL_VERIFY_RUN(third);
    QVERIFY(!third.err.contains("resuming"));
}

void TestResume::cleanupTestCase()
{
    QString error;
    QVERIFY2(m_server.stop(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
