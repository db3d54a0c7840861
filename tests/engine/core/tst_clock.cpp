#include <atomic>
#include <thread>
#include <vector>

#include <QTest>

#include "engine/core/clock.h"

using namespace std::chrono_literals;

// Core::Clock: real time by default, accelerated with a day length, advanced by hand.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void realTimeByDefault();
    void advanceMovesForward();
    void negativeAdvanceIsIgnored();
    void dayLengthAccelerates();
    void changingSpeedNeverGoesBack();
    void realDuration();
    void parseDuration_data();
    void parseDuration();
    void concurrentUse();
};

void TestClock::realTimeByDefault()
{
    Core::Clock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = clock.nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before && now <= after);
    QCOMPARE(clock.dayLength(), std::chrono::milliseconds(Core::Clock::kDayMs));
    QVERIFY(std::abs(clock.offset().count()) < 50);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

void TestClock::advanceMovesForward()
{
    Core::Clock clock;
    const qint64 before = clock.nowMs();
    clock.advance(std::chrono::hours(24 * 30));
    const qint64 after = clock.nowMs();
    QVERIFY(after - before >= 30 * Core::Clock::kDayMs);
    QVERIFY(after - before < 30 * Core::Clock::kDayMs + 1000);
    QVERIFY(clock.offset().count() >= 30 * Core::Clock::kDayMs - 50);
}

void TestClock::negativeAdvanceIsIgnored()
{
    Core::Clock clock;
    clock.advance(std::chrono::hours(1));
    const qint64 t = clock.nowMs();
    clock.advance(-std::chrono::hours(2));
    QVERIFY(clock.nowMs() >= t);
}

void TestClock::dayLengthAccelerates()
{
    Core::Clock clock;
    clock.setDayLength(864ms); // one simulated day every 864 ms: 100000x
    const qint64 start = clock.nowMs();
    // A simulated hour is 36 ms of real time: wait (without a fixed sleep) until one has passed.
    QTRY_VERIFY_WITH_TIMEOUT(clock.nowMs() - start >= 3600000, 5000);
    QCOMPARE(clock.dayLength(), 864ms);
}

void TestClock::changingSpeedNeverGoesBack()
{
    Core::Clock clock;
    clock.setDayLength(100ms);
    QTRY_VERIFY_WITH_TIMEOUT(clock.offset().count() > Core::Clock::kDayMs, 5000);
    const qint64 fast = clock.nowMs();
    clock.setDayLength(0ms); // back to real speed, keeping the time gained
    QVERIFY(clock.nowMs() >= fast);
    QCOMPARE(clock.dayLength(), std::chrono::milliseconds(Core::Clock::kDayMs));
    QVERIFY(clock.offset().count() > Core::Clock::kDayMs - 1000);
}

void TestClock::realDuration()
{
    Core::Clock clock;
    QCOMPARE(clock.realDuration(std::chrono::hours(1)), std::chrono::milliseconds(3600000));
    clock.setDayLength(10s);
    QCOMPARE(clock.realDuration(std::chrono::hours(24)), std::chrono::milliseconds(10000));
    QCOMPARE(clock.realDuration(std::chrono::hours(12)), std::chrono::milliseconds(5000));
}

void TestClock::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: rejected
    QTest::newRow("days") << u"30d"_qs << qint64(30) * Core::Clock::kDayMs;
    QTest::newRow("hours") << u"12h"_qs << qint64(12 * 3600000);
    QTest::newRow("minutes") << u"90m"_qs << qint64(90 * 60000);
    QTest::newRow("seconds") << u"45s"_qs << qint64(45000);
    QTest::newRow("millis") << u"1500ms"_qs << qint64(1500);
    QTest::newRow("bare seconds") << u"10"_qs << qint64(10000);
    QTest::newRow("fraction") << u"1.5d"_qs << qint64(Core::Clock::kDayMs * 3 / 2);
    QTest::newRow("spaces") << u" 2h "_qs << qint64(7200000);
    QTest::newRow("empty") << u""_qs << qint64(-1);
    QTest::newRow("unit only") << u"d"_qs << qint64(-1);
    QTest::newRow("negative") << u"-3d"_qs << qint64(-1);
    QTest::newRow("garbage") << u"soon"_qs << qint64(-1);
    QTest::newRow("unknown unit") << u"3w"_qs << qint64(-1);
}

void TestClock::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto d = Core::Clock::parseDuration(text);
    if (ms < 0) {
        QVERIFY(!d.has_value());
    } else {
        QVERIFY(d.has_value());
        QCOMPARE(qint64(d->count()), ms);
    }
}

void TestClock::concurrentUse()
{
    Core::Clock clock;
    std::atomic<bool> backwards {false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&clock, &backwards, t] {
            qint64 last = 0;
            for (int i = 0; i < 2000; ++i) {
                if (t == 0 && i % 100 == 0)
                    clock.advance(std::chrono::minutes(1));
                if (t == 1 && i % 500 == 0)
                    clock.setDayLength(i % 1000 == 0 ? 1000ms : 0ms);
                const qint64 now = clock.nowMs();
                if (now < last)
                    backwards = true;
                last = now;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QVERIFY(!backwards);
    QVERIFY(clock.offset().count() >= 20 * 60000 - 100);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
