// The main() of every tst_fuzzreplay_<target>: runs the target's LLVMFuzzerTestOneInput (linked
// in from fuzz_<target>.cpp, built with the normal compiler, no libFuzzer) over every file of
// tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/, then over every prefix of
// each file (a cheap deterministic sweep of truncated inputs). The target name comes from the
// executable's name. A crash fails the test; so does an empty corpus.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "tests/fuzz/fuzzinput.h"

namespace {

QString targetName()
{
    const QString exe = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    const QString prefix = QStringLiteral("tst_fuzzreplay_");
    return exe.startsWith(prefix) ? exe.mid(prefix.size()) : exe;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

int run(const QByteArray &bytes)
{
    // A copy of exactly the input's size, so ASan (sanitizer builds) sees any overread.
    const std::unique_ptr<std::uint8_t[]> copy(new std::uint8_t[std::size_t(bytes.size()) + 1]);
    std::memcpy(copy.get(), bytes.constData(), std::size_t(bytes.size()));
    return LLVMFuzzerTestOneInput(copy.get(), std::size_t(bytes.size()));
}

} // namespace

// Replays one fuzz target's corpus and regression inputs. Main thread only.
class FuzzReplay : public QObject
{
    Q_OBJECT

private:
    const QString m_target = targetName();
    const QString m_corpus = QStringLiteral(PAIL_FUZZ_DIR "/corpus/") + m_target;
    const QString m_regressions = QStringLiteral(PAIL_FUZZ_DIR "/regressions/") + m_target;

    void addRows()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = filesUnder(m_corpus) + filesUnder(m_regressions);
        for (const QString &file : files)
            QTest::newRow(qPrintable(QDir(QStringLiteral(PAIL_FUZZ_DIR)).relativeFilePath(file))) << file;
    }

private slots:
    void corpusIsNotEmpty()
    {
        QVERIFY2(!filesUnder(m_corpus).isEmpty(), qPrintable(QStringLiteral("no seed in ") + m_corpus));
    }

    void replay_data() { addRows(); }
    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(run(file.readAll()), 0);
    }

    void prefixes_data() { addRows(); }
    void prefixes()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        // At most 64 prefixes per file, always including the empty input and every length < 16.
        const qsizetype step = std::max<qsizetype>(1, bytes.size() / 64);
        int runs = 0;
        for (qsizetype n = 0; n < bytes.size(); n += (n < 16 ? 1 : step)) {
            QCOMPARE(run(bytes.first(n)), 0);
            ++runs;
        }
        QVERIFY(runs >= std::min<qsizetype>(bytes.size(), 1));
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "replay_main.moc"
