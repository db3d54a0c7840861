#include <QProcess>
#include <QTest>

#include "engine/core/version.h"

// Both executables print the one version set in CMake.
class TestVersion : public QObject
{
    Q_OBJECT
private slots:
    void printsVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("pail") << QStringLiteral(PAIL_GUI_PATH) << QStringLiteral("pail");
        QTest::newRow("pailctl") << QStringLiteral(PAILCTL_PATH) << QStringLiteral("pailctl");
    }
    void printsVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QProcess p;
        p.start(program, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), name + u' ' + Core::version());
        QVERIFY(QStringLiteral(PAIL_VERSION).count(u'.') == 2);
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
