#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Gui {

// One line of the local server's access log (Server::AccessLog: one JSON object per line).
struct AccessLogEntry
{
    QDateTime time; // UTC
    QString requestId;
    QString method;
    QString path;
    QString operation;
    QString accessKeyId;
    int status = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    double milliseconds = 0;
};

// Follows an access log file like `tail -f`: a QFileSystemWatcher plus a QTimer poll (the watcher misses
// changes on some file systems) read only the bytes appended since the last read, at most kMaxReadBytes per
// tick, so the GUI thread never waits long; complete lines are parsed and reported with entriesAdded().
// A file that shrinks (rotated, truncated) is read again from its start.
// Lives in the GUI thread; owned by its parent.
class AccessLogTail final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxReadBytes = 256 * 1024;
    static constexpr qint64 kInitialTailBytes = 64 * 1024;

    explicit AccessLogTail(QObject *parent = nullptr);

    // Starts following path from its last kInitialTailBytes (empty path: stop).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    // Reads what was appended since the last call (also called by the timer and the watcher).
    void poll();

    // nullopt for a line that is not an access-log JSON object.
    static std::optional<AccessLogEntry> parseLine(const QByteArray &line);

signals:
    void entriesAdded(const QList<AccessLogEntry> &entries);

private:
    QString m_path;
    qint64 m_offset = 0;
    bool m_skipPartialFirstLine = false;
    QByteArray m_pending;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Gui
