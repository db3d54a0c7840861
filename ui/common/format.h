#pragma once

#include <QDateTime>
#include <QString>

namespace Gui {

// Sizes, dates and counts as the user's locale writes them (QLocale of the application).
QString formatSize(qint64 bytes);
QString formatDateTime(const QDateTime &utc);
// "1.2 MB/s"
QString formatRate(double bytesPerSecond);
// "3 min 20 s" style durations for ETAs; empty for unknown (negative) values.
QString formatDuration(qint64 seconds);

} // namespace Gui
