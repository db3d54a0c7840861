#include "ui/sandbox/accesslogtail.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Gui {

AccessLogTail::AccessLogTail(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &AccessLogTail::poll);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &AccessLogTail::poll);
}

void AccessLogTail::setPath(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = path;
    m_pending.clear();
    m_offset = 0;
    m_skipPartialFirstLine = false;
    if (m_path.isEmpty()) {
        m_timer->stop();
        return;
    }
    const qint64 size = QFileInfo(m_path).size();
    if (size > kInitialTailBytes) {
        m_offset = size - kInitialTailBytes;
        m_skipPartialFirstLine = true;
    }
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    m_timer->start();
    poll();
}

void AccessLogTail::poll()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // not created yet: the timer tries again
    if (m_watcher->files().isEmpty())
        m_watcher->addPath(m_path);
    if (file.size() < m_offset) { // rotated or truncated
        m_offset = 0;
        m_pending.clear();
        m_skipPartialFirstLine = false;
    }
    if (file.size() == m_offset || !file.seek(m_offset))
        return;
    const QByteArray chunk = file.read(kMaxReadBytes);
    m_offset += chunk.size();
    m_pending += chunk;
    if (m_skipPartialFirstLine) {
        const qsizetype nl = m_pending.indexOf('\n');
        if (nl < 0)
            return;
        m_pending.remove(0, nl + 1);
        m_skipPartialFirstLine = false;
    }
    QList<AccessLogEntry> entries;
    qsizetype start = 0;
    for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
        if (auto entry = parseLine(m_pending.mid(start, nl - start)))
            entries.append(*entry);
        start = nl + 1;
    }
    m_pending.remove(0, start);
    if (!entries.isEmpty())
        emit entriesAdded(entries);
    if (file.size() > m_offset)
        QTimer::singleShot(0, this, &AccessLogTail::poll); // more to read: continue after the event loop breathes
}

std::optional<AccessLogEntry> AccessLogTail::parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.contains(u"method") || !o.contains(u"status"))
        return std::nullopt;
    AccessLogEntry e;
    e.time = QDateTime::fromString(o.value(u"time").toString(), Qt::ISODateWithMs);
    e.requestId = o.value(u"requestId").toString();
    e.method = o.value(u"method").toString();
    e.path = o.value(u"path").toString();
    e.operation = o.value(u"operation").toString();
    e.accessKeyId = o.value(u"accessKeyId").toString();
    e.status = o.value(u"status").toInt();
    e.bytesIn = qint64(o.value(u"bytesIn").toDouble());
    e.bytesOut = qint64(o.value(u"bytesOut").toDouble());
    e.milliseconds = o.value(u"ms").toDouble();
    return e;
}

} // namespace Gui
