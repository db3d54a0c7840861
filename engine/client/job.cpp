#include "engine/client/job.h"

#include <QMetaObject>
#include <QPointer>

namespace Client {

namespace {
constexpr qint64 kProgressIntervalMs = 200; // ~5 updates a second
} // namespace

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_inStart = true;
    doStart();
    m_inStart = false;
}

void Job::cancel()
{
    if (m_finished)
        return;
    if (m_started)
        doCancel();
    if (!m_finished) {
        m_finished = true;
        m_error = Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("cancelled"));
        emit finished();
    }
}

void Job::finish(const Core::Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_inStart) {
        // Never emit from inside start(): the caller may not have connected yet.
        QMetaObject::invokeMethod(this, &Job::emitFinished, Qt::QueuedConnection);
        return;
    }
    emit finished();
}

void Job::emitFinished()
{
    emit finished();
}

void Job::reportProgress(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    const bool last = total >= 0 && done >= total;
    if (!last && m_progressTimer.isValid() && m_progressTimer.elapsed() < kProgressIntervalMs)
        return;
    m_progressTimer.start();
    emit progress(done, total);
}

} // namespace Client
