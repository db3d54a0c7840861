#pragma once

#include <chrono>
#include <mutex>
#include <optional>

#include <QDateTime>
#include <QStringView>

namespace Core {

// The sandbox clock: the time the embedded server lives in. Real time by default; it can run
// faster (setDayLength: a simulated day passes every dayLength of real time) and jump forward
// (advance), so lifecycle rules, Glacier restores and presigned URL expiry can be exercised in
// seconds. Object timestamps, lifecycle and restore use now(); SigV4 request-skew checks keep
// using real time (a client signs with its own wall clock).
//
// Simulated time is anchored: now() = anchorSim + (realNow - anchorReal) * speed. Changing the
// speed re-anchors at the current simulated time, so now() never jumps back.
// Thread-safe: every method may be called from any thread. Owned by whoever builds the server
// (Sandbox::LocalServer); the store and the service keep a pointer and must not outlive it.
class Clock final
{
public:
    Clock();

    // The simulated time (UTC, millisecond precision).
    QDateTime now() const;
    qint64 nowMs() const;

    // Real milliseconds for a simulated day; zero or negative: real time (86400 s).
    void setDayLength(std::chrono::milliseconds dayLength);
    std::chrono::milliseconds dayLength() const;

    // Moves simulated time forward by delta (negative deltas are ignored: time never goes back).
    void advance(std::chrono::milliseconds delta);
    // How far simulated time is ahead of real time.
    std::chrono::milliseconds offset() const;

    // Real time between two simulated instants at the current speed (for timers).
    std::chrono::milliseconds realDuration(std::chrono::milliseconds simulated) const;

    static constexpr qint64 kDayMs = 86400000;

    // Parses "30d", "12h", "90m", "45s", "1500ms" (and a bare number of seconds). nullopt when
    // malformed or negative.
    static std::optional<std::chrono::milliseconds> parseDuration(QStringView text);

private:
    qint64 nowMsLocked(qint64 realMs) const;

    mutable std::mutex m_mutex;
    qint64 m_anchorRealMs = 0;
    qint64 m_anchorSimMs = 0;
    qint64 m_dayLengthMs = kDayMs;
};

} // namespace Core
