#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

// Debian's s3cmd (2.3, SigV4, path style through host_bucket without %(bucket)s) against
// `pailctl serve`: mb, put (single and multipart), get, ls, info, sync, del, rb.
class TestS3cmd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bucketsAndObjects();
    void multipartPut();
    void syncFolder();
    void wrongSecret();

private:
    ProcessResult s3cmd(const QStringList &args, int timeoutMs = 60000) const;
    QString writeConfig(const QString &name, const QString &secret) const;

    IntegrationSupport::ServerFixture m_server;
    QString m_config;
};

static const QString kS3cmd = QStringLiteral("/usr/bin/s3cmd");

void TestS3cmd::initTestCase()
{
    if (!QFileInfo(kS3cmd).isExecutable())
        QSKIP("s3cmd is not installed (Debian package s3cmd)");
    QString error;
    PAIL_VERIFY2(m_server.start(&error), error);
    m_config = writeConfig(QStringLiteral("s3cfg"), m_server.secretKey());
    QVERIFY(!m_config.isEmpty());
}

void TestS3cmd::cleanupTestCase()
{
    if (!m_server.isRunning() && m_config.isEmpty())
        return; // skipped
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

QString TestS3cmd::writeConfig(const QString &name, const QString &secret) const
{
    const QString path = m_server.scratchDir() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QString host = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    f.write(QStringLiteral("[default]\n"
                           "access_key = %1\n"
                           "secret_key = %2\n"
                           "host_base = %3\n"
                           "host_bucket = %3\n"
                           "bucket_location = us-east-1\n"
                           "use_https = False\n"
                           "signature_v2 = False\n"
                           "check_ssl_certificate = False\n"
                           "proxy_host =\n"
                           "progress_meter = False\n"
                           "max_retries = 1\n")
                .arg(m_server.accessKey(), secret, host)
                .toUtf8());
    return path;
}

ProcessResult TestS3cmd::s3cmd(const QStringList &args, int timeoutMs) const
{
    return m_server.run(kS3cmd, QStringList {QStringLiteral("-c"), m_config} + args, timeoutMs);
}

void TestS3cmd::bucketsAndObjects()
{
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("mb"), QStringLiteral("s3://s3cmd-basic")}));
    ProcessResult r = s3cmd({QStringLiteral("ls")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("s3://s3cmd-basic"), r.describe());

    const QString dir = m_server.newScratchFolder(QStringLiteral("s3cmd-basic"));
    const QString local = dir + QLatin1StringView("/hello world.txt");
    QVERIFY(IntegrationSupport::writeRandomFile(local, 123457, 7));
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("put"), local, QStringLiteral("s3://s3cmd-basic/docs/hello world.txt")}));
    r = s3cmd({QStringLiteral("ls"), QStringLiteral("s3://s3cmd-basic/docs/")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("123457") && r.out.contains("s3://s3cmd-basic/docs/hello world.txt"), r.describe());
    r = s3cmd({QStringLiteral("ls"), QStringLiteral("s3://s3cmd-basic")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("DIR") && r.out.contains("s3://s3cmd-basic/docs/"), r.describe());

    r = s3cmd({QStringLiteral("info"), QStringLiteral("s3://s3cmd-basic/docs/hello world.txt")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("File size: 123457"), r.describe());
    PAIL_VERIFY2(r.out.contains("MD5 sum:   " + IntegrationSupport::fileMd5Hex(local)), r.describe());
    r = s3cmd({QStringLiteral("info"), QStringLiteral("s3://s3cmd-basic")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("s3://s3cmd-basic/ (bucket):"), r.describe());

    const QString back = dir + QLatin1StringView("/back.txt");
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("get"), QStringLiteral("s3://s3cmd-basic/docs/hello world.txt"), back}));
    QVERIFY(IntegrationSupport::sameFileContent(local, back));

    r = s3cmd({QStringLiteral("rb"), QStringLiteral("s3://s3cmd-basic")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("BucketNotEmpty"), r.describe());
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("del"), QStringLiteral("s3://s3cmd-basic/docs/hello world.txt")}));
    r = s3cmd({QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://s3cmd-basic")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.trimmed().isEmpty(), r.describe());
    r = s3cmd({QStringLiteral("get"), QStringLiteral("--force"), QStringLiteral("s3://s3cmd-basic/docs/hello world.txt"), back});
    PAIL_VERIFY2(!r.ok() && (r.err.contains("404") || r.err.contains("NoSuchKey") || r.err.contains("does not exist")), r.describe());
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("rb"), QStringLiteral("s3://s3cmd-basic")}));
    r = s3cmd({QStringLiteral("ls")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(!r.out.contains("s3://s3cmd-basic"), r.describe());
}

void TestS3cmd::multipartPut()
{
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("mb"), QStringLiteral("s3://s3cmd-multipart")}));
    const QString dir = m_server.newScratchFolder(QStringLiteral("s3cmd-multipart"));
    const QString local = dir + QLatin1StringView("/20MiB.bin");
    QVERIFY(IntegrationSupport::writeRandomFile(local, 20 * 1024 * 1024 + 11, 8));
    ProcessResult r = s3cmd({QStringLiteral("put"), QStringLiteral("--multipart-chunk-size-mb=5"), local, QStringLiteral("s3://s3cmd-multipart/big.bin")}, 120000);
    PAIL_VERIFY_RUN(r);
    r = s3cmd({QStringLiteral("info"), QStringLiteral("s3://s3cmd-multipart/big.bin")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("File size: 20971531"), r.describe());
    // s3cmd keeps the whole file's MD5 in its x-amz-meta-s3cmd-attrs header and prints that one.
    PAIL_VERIFY2(r.out.contains("MD5 sum:   " + IntegrationSupport::fileMd5Hex(local)), r.describe());
    const QString back = dir + QLatin1StringView("/back.bin");
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("get"), QStringLiteral("s3://s3cmd-multipart/big.bin"), back}, 120000));
    QVERIFY(IntegrationSupport::sameFileContent(local, back));
}

void TestS3cmd::syncFolder()
{
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("mb"), QStringLiteral("s3://s3cmd-sync")}));
    const QString tree = m_server.newScratchFolder(QStringLiteral("s3cmd-tree"));
    QDir().mkpath(tree + QLatin1StringView("/a/b"));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/top.txt"), 10, 1));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/a/mid.bin"), 65537, 2));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/a/b/deep.bin"), 1, 3));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/a/b/empty"), 0, 4));
    ProcessResult r = s3cmd({QStringLiteral("sync"), tree + u'/', QStringLiteral("s3://s3cmd-sync/copy/")});
    PAIL_VERIFY_RUN(r);
    r = s3cmd({QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://s3cmd-sync")});
    PAIL_VERIFY_RUN(r);
    for (const char *key : {"copy/top.txt", "copy/a/mid.bin", "copy/a/b/deep.bin", "copy/a/b/empty"})
        PAIL_VERIFY2(r.out.contains(QByteArray("s3://s3cmd-sync/") + key), QString::fromLatin1(key) + r.describe());

    // A second sync has nothing to send; a changed and a removed file are propagated with --delete-removed.
    r = s3cmd({QStringLiteral("sync"), QStringLiteral("--dry-run"), tree + u'/', QStringLiteral("s3://s3cmd-sync/copy/")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(!r.out.contains("upload:"), r.describe());
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/a/mid.bin"), 65537, 22));
    QVERIFY(QFile::remove(tree + QLatin1StringView("/top.txt")));
    r = s3cmd({QStringLiteral("sync"), QStringLiteral("--delete-removed"), tree + u'/', QStringLiteral("s3://s3cmd-sync/copy/")});
    PAIL_VERIFY_RUN(r);
    const QString down = m_server.newScratchFolder(QStringLiteral("s3cmd-down"));
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("sync"), QStringLiteral("s3://s3cmd-sync/copy/"), down + u'/'}));
    QVERIFY(!QFileInfo::exists(down + QLatin1StringView("/top.txt")));
    for (const char *file : {"/a/mid.bin", "/a/b/deep.bin", "/a/b/empty"})
        QVERIFY2(IntegrationSupport::sameFileContent(tree + QLatin1StringView(file), down + QLatin1StringView(file)), file);
    PAIL_VERIFY_RUN(s3cmd({QStringLiteral("del"), QStringLiteral("--recursive"), QStringLiteral("--force"), QStringLiteral("s3://s3cmd-sync/copy/")}));
    r = s3cmd({QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://s3cmd-sync")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.trimmed().isEmpty(), r.describe());
}

void TestS3cmd::wrongSecret()
{
    const QString bad = writeConfig(QStringLiteral("s3cfg-wrong"), QStringLiteral("wrong-secret"));
    const ProcessResult r = m_server.run(kS3cmd, {QStringLiteral("-c"), bad, QStringLiteral("ls")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("SignatureDoesNotMatch"), r.describe());
}

QTEST_GUILESS_MAIN(TestS3cmd)
#include "tst_s3cmd.moc"
