#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped translations are complete: lupdate, run on the current sources into a copy of
// each .ts file, finds no new (unfinished) message and no vanished one, every numerus message
// has the number of forms the language needs, and translations keep the placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void shippedLanguages();
    void complete_data();
    void complete();
};

namespace {

struct Summary
{
    int messages = 0;
    QStringList unfinished;
    QStringList vanished;
    QStringList badNumerus;
    QStringList badPlaceholders;
    QString language;
};

// %1..%99 placeholders, sorted; %n is checked separately (it may be dropped in a singular).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

Summary read(const QString &path, int expectedForms)
{
    Summary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString source;
    QString type;
    bool numerus = false;
    QStringList forms;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                summary.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"message") {
                numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                source.clear();
                type.clear();
                forms.clear();
                translation.clear();
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == u"numerusform") {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++summary.messages;
            if (type == u"unfinished")
                summary.unfinished.append(source);
            else if (type == u"vanished" || type == u"obsolete")
                summary.vanished.append(source);
            if (numerus) {
                bool ok = forms.size() == expectedForms;
                for (const QString &form : forms)
                    ok = ok && !form.isEmpty() && placeholders(form) == placeholders(source);
                // With one form (ja, zh_CN) that form serves every count, so it needs %n.
                if (expectedForms == 1)
                    ok = ok && !forms.isEmpty() && forms.first().contains(u"%n");
                else
                    ok = ok && forms.last().contains(u"%n");
                if (!ok)
                    summary.badNumerus.append(source);
            } else if (type.isEmpty() && (translation.isEmpty() || placeholders(translation) != placeholders(source))) {
                summary.badPlaceholders.append(source);
            }
        }
    }
    if (xml.hasError())
        summary.unfinished.append(QStringLiteral("XML error: ") + xml.errorString());
    return summary;
}

const QDir translationsDir()
{
    return QDir(QStringLiteral(PAIL_SOURCE_DIR "/translations"));
}

} // namespace

void TestTranslations::shippedLanguages()
{
    const QStringList files = translationsDir().entryList({QStringLiteral("pail_*.ts")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({QStringLiteral("pail_de.ts"), QStringLiteral("pail_es.ts"), QStringLiteral("pail_fr.ts"),
                          QStringLiteral("pail_ja.ts"), QStringLiteral("pail_zh_CN.ts")}));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    // Plural forms as Qt's numerus rules define them: de, es one/other; fr one (0 and 1)/other;
    // ja and zh_CN a single form.
    QTest::newRow("de") << QStringLiteral("pail_de.ts") << 2;
    QTest::newRow("fr") << QStringLiteral("pail_fr.ts") << 2;
    QTest::newRow("es") << QStringLiteral("pail_es.ts") << 2;
    QTest::newRow("ja") << QStringLiteral("pail_ja.ts") << 1;
    QTest::newRow("zh_CN") << QStringLiteral("pail_zh_CN.ts") << 1;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(file);
    QVERIFY(QFile::copy(translationsDir().filePath(file), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The same inputs as translations/CMakeLists.txt: ui/ and app/pail/, include paths from
    // the source root so that lupdate resolves Gui:: class names.
    const QString root = QStringLiteral(PAIL_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), root,
                   root + QStringLiteral("/ui"), root + QStringLiteral("/app/pail"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString log = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));
    QVERIFY2(log.contains(u"0 new"), qPrintable(log));

    const Summary summary = read(copy, forms);
    QCOMPARE(summary.language, file.mid(5).chopped(3));
    QVERIFY2(summary.messages > 300, qPrintable(QString::number(summary.messages)));
    QVERIFY2(summary.unfinished.isEmpty(),
             qPrintable(QStringLiteral("untranslated:\n  ") + summary.unfinished.join(QStringLiteral("\n  "))));
    QVERIFY2(summary.vanished.isEmpty(),
             qPrintable(QStringLiteral("no longer in the sources (run the pail_ui_lupdate target):\n  ")
                        + summary.vanished.join(QStringLiteral("\n  "))));
    QVERIFY2(summary.badNumerus.isEmpty(),
             qPrintable(QStringLiteral("plural forms missing or wrong:\n  ") + summary.badNumerus.join(QStringLiteral("\n  "))));
    QVERIFY2(summary.badPlaceholders.isEmpty(),
             qPrintable(QStringLiteral("empty or placeholders differ:\n  ") + summary.badPlaceholders.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
