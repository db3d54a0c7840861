#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

// resources/linux: the .desktop entry has what the specification requires, desktop-file-validate
// (when installed) and appstreamcli validate accept the files, and both name the same id.
class TestDesktopFiles : public QObject
{
    Q_OBJECT
private slots:
    void desktopEntryHasRequiredKeys();
    void desktopFileValidate();
    void metainfoValidates();
    void metainfoMatchesDesktopEntry();
};

namespace {

const QString kDesktop = QStringLiteral(PAIL_SOURCE_DIR "/resources/linux/io.pail.Pail.desktop");
const QString kMetainfo = QStringLiteral(PAIL_SOURCE_DIR "/resources/linux/io.pail.Pail.metainfo.xml");

QMap<QString, QString> desktopEntry()
{
    QMap<QString, QString> keys;
    QFile file(kDesktop);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    bool inEntry = false;
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]";
        else if (inEntry && line.contains(u'=') && !line.startsWith(u'#'))
            keys.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1));
    }
    return keys;
}

QString run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        *exitCode = -1;
        return p.errorString();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

} // namespace

void TestDesktopFiles::desktopEntryHasRequiredKeys()
{
    const auto keys = desktopEntry();
    QVERIFY2(!keys.isEmpty(), qPrintable(kDesktop));
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Pail"));
    QCOMPARE(keys.value(QStringLiteral("Exec")).section(u' ', 0, 0), QStringLiteral("pail"));
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("io.pail.Pail"));
    QVERIFY(keys.value(QStringLiteral("Categories")).endsWith(u';'));
    QVERIFY(keys.value(QStringLiteral("Categories")).split(u';').contains(QStringLiteral("Network")));
    QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
    // The icon it names is the one installed to hicolor/scalable/apps.
    QVERIFY(QFile::exists(QStringLiteral(PAIL_SOURCE_DIR "/resources/icons/io.pail.Pail.svg")));
    // Every shipped UI language has a translated GenericName and Comment.
    for (const char *lang : {"de", "fr", "es", "ja", "zh_CN"}) {
        QVERIFY2(keys.contains(QStringLiteral("Comment[%1]").arg(QLatin1StringView(lang))), lang);
        QVERIFY2(keys.contains(QStringLiteral("GenericName[%1]").arg(QLatin1StringView(lang))), lang);
    }
}

void TestDesktopFiles::desktopFileValidate()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils); "
              "desktopEntryHasRequiredKeys checked the required keys");
    int code = 0;
    const QString out = run(tool, {kDesktop}, &code);
    QVERIFY2(code == 0, qPrintable(out));
}

void TestDesktopFiles::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    int code = 0;
    const QString out = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), kMetainfo}, &code);
    QVERIFY2(code == 0, qPrintable(out));
}

void TestDesktopFiles::metainfoMatchesDesktopEntry()
{
    QFile file(kMetainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString licence;
    QString release;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"project_license")
            licence = xml.readElementText();
        else if (xml.name() == u"release" && release.isEmpty())
            release = xml.attributes().value(QLatin1StringView("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, QStringLiteral("io.pail.Pail"));
    QCOMPARE(launchable, QStringLiteral("io.pail.Pail.desktop"));
    QCOMPARE(licence, QStringLiteral("GPL-3.0-or-later"));
    // The newest release listed is the version CMake builds.
    QCOMPARE(release, QStringLiteral(PAIL_VERSION));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
