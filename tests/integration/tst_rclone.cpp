#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

// Debian's rclone (1.60, s3 backend, provider Other, path style) against `pailctl serve`:
// copy a tree up, check, sync changes, copy back down, multipart, delete and purge.
class TestRclone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void copyCheckSyncDelete();
    void multipartUpload();

private:
    ProcessResult rclone(const QStringList &args, int timeoutMs = 90000) const;

    IntegrationSupport::ServerFixture m_server;
    QString m_config;
};

static const QString kRclone = QStringLiteral("/usr/bin/rclone");

void TestRclone::initTestCase()
{
    if (!QFileInfo(kRclone).isExecutable())
        QSKIP("rclone is not installed (Debian package rclone)");
    QString error;
    PAIL_VERIFY2(m_server.start(&error), error);
    m_config = m_server.scratchDir() + QLatin1StringView("/rclone.conf");
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("[pail]\n"
                           "type = s3\n"
                           "provider = Other\n"
                           "env_auth = false\n"
                           "access_key_id = %1\n"
                           "secret_access_key = %2\n"
                           "region = us-east-1\n"
                           "endpoint = %3\n"
                           "force_path_style = true\n"
                           "acl = private\n")
                .arg(m_server.accessKey(), m_server.secretKey(), m_server.endpoint())
                .toUtf8());
}

void TestRclone::cleanupTestCase()
{
    if (m_config.isEmpty())
        return; // skipped
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

ProcessResult TestRclone::rclone(const QStringList &args, int timeoutMs) const
{
    return m_server.run(kRclone,
                        QStringList {QStringLiteral("--config"), m_config, QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--low-level-retries"), QStringLiteral("1")} + args,
                        timeoutMs);
}

static QStringList relativeFiles(const QString &root)
{
    QStringList out;
    QDir dir(root);
    const QStringList entries = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &e : entries) {
        const QString path = root + u'/' + e;
        if (QFileInfo(path).isDir()) {
            for (const QString &sub : relativeFiles(path))
                out << e + u'/' + sub;
        } else {
            out << e;
        }
    }
    return out;
}

void TestRclone::copyCheckSyncDelete()
{
    const QString tree = m_server.newScratchFolder(QStringLiteral("rclone-tree"));
    QDir().mkpath(tree + QLatin1StringView("/docs/2024"));
    QDir().mkpath(tree + QLatin1StringView("/media"));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/readme.txt"), 512, 1));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/docs/2024/report one.pdf"), 300000, 2));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/docs/\u00e9t\u00e9.txt"), 77, 3));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/media/clip.bin"), 2 * 1024 * 1024 + 1, 4));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/media/empty"), 0, 5));

    PAIL_VERIFY_RUN(rclone({QStringLiteral("mkdir"), QStringLiteral("pail:rclone-data")}));
    ProcessResult r = rclone({QStringLiteral("lsd"), QStringLiteral("pail:")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("rclone-data"), r.describe());

    PAIL_VERIFY_RUN(rclone({QStringLiteral("copy"), tree, QStringLiteral("pail:rclone-data/tree")}));
    r = rclone({QStringLiteral("check"), tree, QStringLiteral("pail:rclone-data/tree")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.err.contains("0 differences found"), r.describe());

    r = rclone({QStringLiteral("lsjson"), QStringLiteral("--recursive"), QStringLiteral("--files-only"), QStringLiteral("pail:rclone-data/tree")});
    PAIL_VERIFY_RUN(r);
    QStringList listed;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        listed << v.toObject().value(u"Path").toString();
    listed.sort();
    QStringList expected = relativeFiles(tree);
    expected.sort();
    QCOMPARE(listed, expected);

    // Change one file, add one, remove one; sync; check again.
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/readme.txt"), 513, 11));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/media/new.bin"), 4096, 12));
    QVERIFY(QFile::remove(tree + QLatin1StringView("/docs/2024/report one.pdf")));
    PAIL_VERIFY_RUN(rclone({QStringLiteral("sync"), tree, QStringLiteral("pail:rclone-data/tree")}));
    r = rclone({QStringLiteral("check"), QStringLiteral("--one-way"), tree, QStringLiteral("pail:rclone-data/tree")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.err.contains("0 differences found"), r.describe());
    r = rclone({QStringLiteral("check"), tree, QStringLiteral("pail:rclone-data/tree")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.err.contains("0 differences found"), r.describe());

    // Copy back down and compare byte by byte.
    const QString down = m_server.newScratchFolder(QStringLiteral("rclone-down"));
    PAIL_VERIFY_RUN(rclone({QStringLiteral("copy"), QStringLiteral("pail:rclone-data/tree"), down}));
    QStringList downFiles = relativeFiles(down);
    downFiles.sort();
    expected = relativeFiles(tree);
    expected.sort();
    QCOMPARE(downFiles, expected);
    for (const QString &file : std::as_const(expected))
        PAIL_VERIFY2(IntegrationSupport::sameFileContent(tree + u'/' + file, down + u'/' + file), file);

    // md5sum from the server's ETags equals the local one.
    r = rclone({QStringLiteral("md5sum"), QStringLiteral("pail:rclone-data/tree/media/clip.bin")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.startsWith(IntegrationSupport::fileMd5Hex(tree + QLatin1StringView("/media/clip.bin"))), r.describe());

    // delete files, then purge the bucket.
    PAIL_VERIFY_RUN(rclone({QStringLiteral("delete"), QStringLiteral("pail:rclone-data/tree/media")}));
    r = rclone({QStringLiteral("lsf"), QStringLiteral("--recursive"), QStringLiteral("pail:rclone-data/tree/media")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.trimmed().isEmpty(), r.describe());
    PAIL_VERIFY_RUN(rclone({QStringLiteral("purge"), QStringLiteral("pail:rclone-data")}));
    r = rclone({QStringLiteral("lsd"), QStringLiteral("pail:")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(!r.out.contains("rclone-data"), r.describe());
}

void TestRclone::multipartUpload()
{
    const QString dir = m_server.newScratchFolder(QStringLiteral("rclone-mp"));
    QVERIFY(IntegrationSupport::writeRandomFile(dir + QLatin1StringView("/big.bin"), 12 * 1024 * 1024 + 5, 21));
    PAIL_VERIFY_RUN(rclone({QStringLiteral("mkdir"), QStringLiteral("pail:rclone-mp")}));
    PAIL_VERIFY_RUN(rclone({QStringLiteral("copy"), QStringLiteral("--s3-upload-cutoff"), QStringLiteral("5M"), QStringLiteral("--s3-chunk-size"), QStringLiteral("5M"), dir, QStringLiteral("pail:rclone-mp")}, 120000));
    ProcessResult r = rclone({QStringLiteral("check"), QStringLiteral("--download"), dir, QStringLiteral("pail:rclone-mp")}, 120000);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.err.contains("0 differences found"), r.describe());
    r = rclone({QStringLiteral("lsjson"), QStringLiteral("pail:rclone-mp/big.bin")});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(u"Size").toInteger(), 12 * 1024 * 1024 + 5);
}

QTEST_GUILESS_MAIN(TestRclone)
#include "tst_rclone.moc"
