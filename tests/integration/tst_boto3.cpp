#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "tests/integration/serverfixture.h"

// Runs boto3_cases.py (one sub-command per case) under Debian's python3 (boto3 1.26) and the
// pyenv python3 (boto3 1.43, CRC32 checksums by default) against `pailctl serve`.
class TestBoto3 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cases_data();
    void cases();

private:
    IntegrationSupport::ServerFixture m_server;
};

void TestBoto3::initTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.start(&error), error);
}

void TestBoto3::cleanupTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestBoto3::cases_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("name");
    const struct
    {
        const char *label;
        QString python;
        const char *tag;
    } interpreters[] = {
        {"debian-boto3-1.26", QStringLiteral("/usr/bin/python3"), "d126"},
        {"pyenv-boto3-1.43", IntegrationSupport::nonDebianExecutable(QStringLiteral("python3")), "p143"},
    };
    const char *names[] = {"buckets", "objects", "paginator", "transfer", "range", "copy", "delete_objects", "presign", "errors", "checksums", "virtual"};
    for (const auto &i : interpreters) {
        for (const char *name : names) {
            QTest::addRow("%s/%s", i.label, name) << i.python << QString::fromLatin1(i.tag) << QString::fromLatin1(name);
        }
    }
}

void TestBoto3::cases()
{
    QFETCH(QString, python);
    QFETCH(QString, tag);
    QFETCH(QString, name);
    if (python.isEmpty() || !QFileInfo(python).isExecutable())
        QSKIP("this python3 is not installed (Debian's /usr/bin/python3, or a pyenv python3 on PATH)");
    // Is boto3 importable by this interpreter at all?
    const IntegrationSupport::ProcessResult probe = m_server.run(python, {QStringLiteral("-c"), QStringLiteral("import boto3")}, 30000);
    if (!probe.ok())
        QSKIP(qPrintable(QStringLiteral("%1 has no boto3 (Debian package python3-boto3)").arg(python)));

    const QString work = m_server.newScratchFolder(tag + u'-' + name);
    QProcessEnvironment env = m_server.clientEnvironment();
    env.insert(QStringLiteral("PAIL_ENDPOINT"), m_server.endpoint());
    env.insert(QStringLiteral("PAIL_WORKDIR"), work);
    env.insert(QStringLiteral("PAIL_TAG"), tag);
    const IntegrationSupport::ProcessResult r = IntegrationSupport::runProgram(python, {QStringLiteral(BOTO3_CASES_PY), name}, env, 120000, work);
    if (r.started && !r.timedOut && !r.crashed && r.exitCode == 77)
        QSKIP(qPrintable(QString::fromUtf8(r.out).trimmed()));
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("\nOK"), r.describe());
    if (r.out.contains("note:"))
        qInfo("%s", r.out.constData());
    QDir(work).removeRecursively();
}

QTEST_GUILESS_MAIN(TestBoto3)
#include "tst_boto3.moc"
