#include "engine/core/clock.h"


namespace Core {

namespace {

qint64 realNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Clock::Clock()
{
    m_anchorRealMs = realNowMs();
    m_anchorSimMs = m_anchorRealMs;
}

qint64 Clock::nowMsLocked(qint64 realMs) const
{
    const qint64 elapsed = realMs - m_anchorRealMs;
    if (m_dayLengthMs == kDayMs)
        return m_anchorSimMs + elapsed;
    // elapsed * speed, speed = kDayMs / dayLength; in long double to avoid overflow.
    return m_anchorSimMs + qint64((long double)elapsed * (long double)kDayMs / (long double)m_dayLengthMs);
}

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 Clock::nowMs() const
{
    std::lock_guard lock(m_mutex);
    return nowMsLocked(realNowMs());
}

void Clock::setDayLength(std::chrono::milliseconds dayLength)
{
    std::lock_guard lock(m_mutex);
    const qint64 real = realNowMs();
    m_anchorSimMs = nowMsLocked(real);
    m_anchorRealMs = real;
    m_dayLengthMs = dayLength.count() > 0 ? qint64(dayLength.count()) : kDayMs;
}

std::chrono::milliseconds Clock::dayLength() const
{
    std::lock_guard lock(m_mutex);
    return std::chrono::milliseconds(m_dayLengthMs);
}

void Clock::advance(std::chrono::milliseconds delta)
{
    if (delta.count() <= 0)
        return;
    std::lock_guard lock(m_mutex);
    m_anchorSimMs += qint64(delta.count());
}

std::chrono::milliseconds Clock::offset() const
{
    std::lock_guard lock(m_mutex);
    const qint64 real = realNowMs();
    return std::chrono::milliseconds(nowMsLocked(real) - real);
}

std::chrono::milliseconds Clock::realDuration(std::chrono::milliseconds simulated) const
{
    std::lock_guard lock(m_mutex);
    return std::chrono::milliseconds(
        qint64((long double)simulated.count() * (long double)m_dayLengthMs / (long double)kDayMs));
}

std::optional<std::chrono::milliseconds> Clock::parseDuration(QStringView text)
{
    text = text.trimmed();
    struct Unit
    {
        const char16_t *suffix;
        qint64 ms;
    };
    static constexpr Unit kUnits[] = {
        {u"ms", 1}, {u"d", kDayMs}, {u"h", 3600000}, {u"m", 60000}, {u"s", 1000},
    };
    qint64 factor = 1000;
    for (const Unit &u : kUnits) {
        const QStringView suffix(u.suffix);
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            factor = u.ms;
            break;
        }
    }
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value * double(factor) > 1e15)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(value * double(factor)));
}

} // namespace Core
