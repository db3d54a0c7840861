#include "ui/common/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Gui {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString formatRate(double bytesPerSecond)
{
    return QCoreApplication::translate("Gui::Format", "%1/s").arg(formatSize(qint64(bytesPerSecond)));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QCoreApplication::translate("Gui::Format", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("Gui::Format", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("Gui::Format", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace Gui
