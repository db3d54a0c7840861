#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "serverfixture.h"

// The .deb end to end: cpack -G DEB in the build tree, apt-get install ./pail_*.deb, the
// installed pail --version, the desktop files in place, a `pailctl serve` smoke test from
// /usr/bin with /usr/bin/aws (mb, ls), then apt-get remove. The system is left as found: the
// package, and any dependency apt-get pulled in for it, are removed again (also when a step
// fails). Skips when it cannot administer packages (not root, no passwordless sudo) or when
// a pail package is already installed (it would replace the user's).
class TestPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildInstallRunRemove();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QString &program, const QStringList &args, int timeoutMs = 600000,
            const QString &workDir = {}) const;
    Run asRoot(const QStringList &command, int timeoutMs = 600000, const QString &workDir = {}) const;
    QSet<QString> installedPackages() const;
    void restoreSystem();

    bool m_useSudo = false;
    bool m_touchedSystem = false;
    QSet<QString> m_packagesBefore;
    QTemporaryDir m_dir;
};

TestPackage::Run TestPackage::run(const QString &program, const QStringList &args, int timeoutMs,
                                  const QString &workDir) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run result;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        result.output = QStringLiteral("%1 did not finish: %2\n").arg(program, p.errorString());
    } else if (p.exitStatus() == QProcess::NormalExit) {
        result.exitCode = p.exitCode();
    }
    result.output += QString::fromUtf8(p.readAll());
    return result;
}

TestPackage::Run TestPackage::asRoot(const QStringList &command, int timeoutMs, const QString &workDir) const
{
    if (m_useSudo)
        return run(QStringLiteral("sudo"), QStringList {QStringLiteral("-n"), QStringLiteral("-E")} + command, timeoutMs, workDir);
    return run(command.first(), command.mid(1), timeoutMs, workDir);
}

QSet<QString> TestPackage::installedPackages() const
{
    const Run r = run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f"),
                                                     QStringLiteral("${db:Status-Abbrev} ${Package}\\n")});
    QSet<QString> packages;
    for (const QString &line : r.output.split(u'\n', Qt::SkipEmptyParts)) {
        // "ii  name": installed; "rc  name" (config files left) counts too, so a purge shows.
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() == 2 && (parts.first().startsWith(u"ii") || parts.first().startsWith(u"rc")))
            packages.insert(parts.first().left(2) + u' ' + parts.last());
    }
    return packages;
}

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("apt-get")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
        QSKIP("apt-get or dpkg-shlibdeps (package dpkg-dev) is missing: cannot build and install the .deb");
    if (::geteuid() != 0) {
        const bool sudo = !QStandardPaths::findExecutable(QStringLiteral("sudo")).isEmpty()
            && run(QStringLiteral("sudo"), {QStringLiteral("-n"), QStringLiteral("true")}, 30000).exitCode == 0;
        if (!sudo)
            QSKIP("installing the .deb needs root: run as root or with passwordless sudo");
        m_useSudo = true;
    }
    if (!QFile::exists(QStringLiteral("/usr/bin/aws")))
        QSKIP("/usr/bin/aws (Debian's awscli) is missing: the pailctl serve smoke test needs it");
    m_packagesBefore = installedPackages();
    QVERIFY(!m_packagesBefore.isEmpty());
    if (m_packagesBefore.contains(QStringLiteral("ii pail")) || m_packagesBefore.contains(QStringLiteral("rc pail")))
        QSKIP("a pail package is already installed; the test would replace and then remove it");
}

void TestPackage::buildInstallRunRemove()
{
    // 1. Build the .deb from the build tree into a folder of our own (parallel runs of
    //    `cmake --build --target package` write elsewhere).
    const QString out = m_dir.filePath(QStringLiteral("cpack"));
    const Run cpack = run(QStringLiteral(CPACK_COMMAND),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out, QStringLiteral("--config"),
                           QStringLiteral(PAIL_BINARY_DIR "/CPackConfig.cmake")},
                          600000, QStringLiteral(PAIL_BINARY_DIR));
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
    const QStringList debs = QDir(out).entryList({QStringLiteral("pail_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QVERIFY2(debs.first().startsWith(QStringLiteral("pail_" PAIL_PACKAGE_VERSION "_")), qPrintable(debs.first()));

    // 2. The control fields: shlibdeps found the libraries, section and description are set.
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), QDir(out).filePath(debs.first())});
    QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    for (const auto field : {u"Section: net", u"Package: pail", u"Homepage: ", u"Maintainer: "})
        QVERIFY2(info.output.contains(field), qPrintable(info.output));
    for (const auto dependency : {u"libqt6widgets6", u"libqt6network6", u"libssl3", u"libsqlite3-0", u"libqt6svg6"})
        QVERIFY2(info.output.contains(dependency), qPrintable(info.output));
    QVERIFY2(info.output.contains(u"\n embedded S3 engine") || info.output.contains(u"embedded S3"), qPrintable(info.output));

    // 3. Install it the way a user would.
    m_touchedSystem = true;
    const Run install = asRoot({QStringLiteral("apt-get"), QStringLiteral("install"), QStringLiteral("-y"),
                                QStringLiteral("--no-install-recommends"), QStringLiteral("./") + debs.first()},
                               600000, out);
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    QVERIFY(installedPackages().contains(QStringLiteral("ii pail")));

    // 4. The installed files.
    for (const char *path : {"/usr/bin/pail", "/usr/bin/pailctl", "/usr/share/applications/io.pail.Pail.desktop",
                             "/usr/share/metainfo/io.pail.Pail.metainfo.xml",
                             "/usr/share/icons/hicolor/scalable/apps/io.pail.Pail.svg"})
        QVERIFY2(QFile::exists(QString::fromLatin1(path)), path);

    // 5. pail --version from the installed path (no display needed).
    QProcess pail;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    pail.setProcessEnvironment(env);
    pail.start(QStringLiteral("/usr/bin/pail"), {QStringLiteral("--version")});
    QVERIFY(pail.waitForFinished(30000));
    QCOMPARE(pail.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(pail.readAllStandardOutput()).trimmed(), QStringLiteral("pail " PAIL_PACKAGE_VERSION));

    // 6. pailctl serve from /usr/bin on a free loopback port with its own data dir and keys,
    //    driven by Debian's aws-cli.
    qputenv("PAIL_IT_PAILCTL", "/usr/bin/pailctl");
    {
        IntegrationSupport::ServerFixture server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.pailctlPath() == u"/usr/bin/pailctl");
        const QStringList endpoint {QStringLiteral("--endpoint-url"), server.endpoint()};
        const auto mb = server.run(QStringLiteral("/usr/bin/aws"),
                                   QStringList {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://package-smoke")} + endpoint);
        QVERIFY2(mb.exitCode == 0, qPrintable(QString::fromUtf8(mb.out + mb.err)));
        const auto ls = server.run(QStringLiteral("/usr/bin/aws"), QStringList {QStringLiteral("s3"), QStringLiteral("ls")} + endpoint);
        QVERIFY2(ls.exitCode == 0, qPrintable(QString::fromUtf8(ls.out + ls.err)));
        QVERIFY2(ls.out.contains("package-smoke"), ls.out.constData());
        QVERIFY2(server.stop(&error), qPrintable(error));
    }
    qunsetenv("PAIL_IT_PAILCTL");

    // 7. Remove it; the system is as before (checked in cleanupTestCase, which also runs
    //    after a failure above).
    const Run remove = asRoot({QStringLiteral("apt-get"), QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("pail")});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.output));
    QVERIFY(!QFile::exists(QStringLiteral("/usr/bin/pail")));
    restoreSystem();
    QCOMPARE(installedPackages(), m_packagesBefore);
}

void TestPackage::restoreSystem()
{
    if (!m_touchedSystem)
        return;
    QSet<QString> added;
    for (const QString &entry : installedPackages()) {
        if (!m_packagesBefore.contains(entry) && !m_packagesBefore.contains(QStringLiteral("ii ") + entry.mid(3)))
            added.insert(entry.mid(3));
    }
    if (!added.isEmpty()) {
        QStringList command {QStringLiteral("apt-get"), QStringLiteral("purge"), QStringLiteral("-y")};
        command += QStringList(added.cbegin(), added.cend());
        const Run purge = asRoot(command);
        if (purge.exitCode != 0)
            qWarning("could not remove what the test installed: %s", qPrintable(purge.output));
    }
    m_touchedSystem = false;
}

void TestPackage::cleanupTestCase()
{
    restoreSystem();
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
