#pragma once

#include <QElapsedTimer>
#include <QObject>

#include "engine/core/error.h"

namespace Client {

// An asynchronous operation, like KIO's KJob: start() it, optionally cancel() it, and read its
// result once finished() has fired. finished() is emitted exactly once — also after cancel(),
// which finishes the job with ErrorCode::Cancelled — and never from inside start(), so a
// caller may connect after start(). progress() is throttled to about 5 updates a second (the
// final done == total update always gets through). Lives in the thread that created it; the
// receiver owns the job and calls deleteLater() in its finished() handler.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Starts the work. Only the first call has an effect; a job cancelled before start() has
    // already finished.
    void start();
    // Stops the work; finished() is emitted at once (if not yet) with ErrorCode::Cancelled.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // The error the job finished with; code None while running or on success.
    const Core::Error &error() const { return m_error; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    virtual void doStart() = 0;
    // Stop network and disk work; called once by cancel() while running. finished() follows.
    virtual void doCancel() {}
    // Subclasses store the typed result first, then call finish(). A second call is ignored.
    void finish(const Core::Error &error = {});
    void reportProgress(qint64 done, qint64 total);

private:
    void emitFinished();

    bool m_started = false;
    bool m_finished = false;
    bool m_inStart = false;
    Core::Error m_error;
    QElapsedTimer m_progressTimer;
};

// A job with a typed result. Not a Q_OBJECT of its own (templates cannot be); the signals are
// Job's. The result is read after finished(); before that it holds Cancelled.
template <typename T>
class ResultJob : public Job
{
public:
    using Job::Job;
    using ResultType = T;

    const Core::Result<T> &result() const { return m_result; }

protected:
    void finishWith(Core::Result<T> result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        finish(m_result ? Core::Error{} : m_result.error());
    }
    void doCancelResult() { m_result = std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled)); }

private:
    Core::Result<T> m_result = std::unexpected(Core::Error::make(Core::ErrorCode::Cancelled, QStringLiteral("job did not finish")));
};

} // namespace Client
