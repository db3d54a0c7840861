#include <QTest>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/rulematcher.h"

using namespace Lifecycle;

namespace {

Rule ruleFromJson(const QByteArray &ruleJson)
{
    const auto config = fromJson("{\"Rules\":[" + ruleJson + "]}", Check::StructureOnly);
    if (!config || config->rules.isEmpty())
        return {};
    return config->rules.first();
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QList<Tag> tags(const QStringList &pairs)
{
    QList<Tag> out;
    for (const QString &p : pairs)
        out.append({p.section(u'=', 0, 0), p.section(u'=', 1)});
    return out;
}

} // namespace

class TestRuleMatcher : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QStringList>("objectTags");
        QTest::addColumn<bool>("expected");

        // Normal strings for the unbalanced pieces: moc 6.4 loses track of the class after a raw string with
        // unbalanced braces.
        auto withFilter = [](const QByteArray &filter) {
            return "{\"Status\":\"Enabled\",\"Expiration\":{\"Days\":1}," + filter + "}";
        };
        const QByteArray empty = withFilter(R"("Filter":{})");
        const QByteArray prefix = withFilter(R"("Filter":{"Prefix":"logs/"})");
        const QByteArray legacy = withFilter(R"("Prefix":"logs/")");
        const QByteArray legacyEmpty = withFilter(R"("Prefix":"")");
        const QByteArray tag = withFilter(R"("Filter":{"Tag":{"Key":"class","Value":"cold"}})");
        const QByteArray andTags = withFilter(R"("Filter":{"And":{"Prefix":"a/","Tags":[{"Key":"x","Value":"1"},{"Key":"y","Value":"2"}]}})");
        const QByteArray bigger = withFilter(R"("Filter":{"ObjectSizeGreaterThan":100})");
        const QByteArray smaller = withFilter(R"("Filter":{"ObjectSizeLessThan":100})");
        const QByteArray range = withFilter(R"("Filter":{"And":{"ObjectSizeGreaterThan":10,"ObjectSizeLessThan":20}})");

        QTest::newRow("empty filter") << empty << "anything" << qint64(0) << QStringList() << true;
        QTest::newRow("legacy empty prefix") << legacyEmpty << "x" << qint64(5) << QStringList() << true;
        QTest::newRow("prefix hit") << prefix << "logs/2024/a.gz" << qint64(1) << QStringList() << true;
        QTest::newRow("prefix exact") << prefix << "logs/" << qint64(1) << QStringList() << true;
        QTest::newRow("prefix miss") << prefix << "log/a" << qint64(1) << QStringList() << false;
        QTest::newRow("prefix case") << prefix << "Logs/a" << qint64(1) << QStringList() << false;
        QTest::newRow("legacy prefix hit") << legacy << "logs/a" << qint64(1) << QStringList() << true;
        QTest::newRow("legacy prefix miss") << legacy << "data/a" << qint64(1) << QStringList() << false;
        QTest::newRow("tag hit") << tag << "k" << qint64(1) << strings({"a=b", "class=cold"}) << true;
        QTest::newRow("tag wrong value") << tag << "k" << qint64(1) << strings({"class=hot"}) << false;
        QTest::newRow("tag missing") << tag << "k" << qint64(1) << QStringList() << false;
        QTest::newRow("tag value case") << tag << "k" << qint64(1) << strings({"class=Cold"}) << false;
        QTest::newRow("and all") << andTags << "a/k" << qint64(1) << strings({"x=1", "y=2", "z=3"}) << true;
        QTest::newRow("and one tag missing") << andTags << "a/k" << qint64(1) << strings({"x=1"}) << false;
        QTest::newRow("and prefix miss") << andTags << "b/k" << qint64(1) << strings({"x=1", "y=2"}) << false;
        QTest::newRow("greater than is strict") << bigger << "k" << qint64(100) << QStringList() << false;
        QTest::newRow("greater than") << bigger << "k" << qint64(101) << QStringList() << true;
        QTest::newRow("less than is strict") << smaller << "k" << qint64(100) << QStringList() << false;
        QTest::newRow("less than") << smaller << "k" << qint64(99) << QStringList() << true;
        QTest::newRow("less than zero size") << smaller << "k" << qint64(0) << QStringList() << true;
        QTest::newRow("range low edge") << range << "k" << qint64(10) << QStringList() << false;
        QTest::newRow("range inside") << range << "k" << qint64(15) << QStringList() << true;
        QTest::newRow("range high edge") << range << "k" << qint64(20) << QStringList() << false;
        QTest::newRow("unicode prefix") << (withFilter(R"("Filter":{"Prefix":"ünï/"})")) << QStringLiteral("ünï/x") << qint64(1) << QStringList() << true;
    }

    void matches()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, key);
        QFETCH(qint64, size);
        QFETCH(QStringList, objectTags);
        QFETCH(bool, expected);
        const Rule r = ruleFromJson(rule);
        QVERIFY(r.hasAction());
        QCOMPARE(filterMatches(r, key, size, tags(objectTags)), expected);
    }

    void uploads()
    {
        const Rule prefix = ruleFromJson(R"({"Status":"Enabled","Filter":{"Prefix":"up/"},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}})");
        QVERIFY(filterMatchesUpload(prefix, QStringLiteral("up/a")));
        QVERIFY(!filterMatchesUpload(prefix, QStringLiteral("down/a")));
        const Rule all = ruleFromJson(R"({"Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}})");
        QVERIFY(filterMatchesUpload(all, QStringLiteral("x")));
        const Rule sized = ruleFromJson(R"({"Status":"Enabled","Filter":{"ObjectSizeGreaterThan":5},"Expiration":{"Days":1}})");
        QVERIFY(!filterMatchesUpload(sized, QStringLiteral("x")));
        const Rule tagged = ruleFromJson(R"({"Status":"Enabled","Filter":{"Tag":{"Key":"a","Value":"b"}},"Expiration":{"Days":1}})");
        QVERIFY(!filterMatchesUpload(tagged, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestRuleMatcher)
#include "tst_rulematcher.moc"
