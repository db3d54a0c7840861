#include "ui/lifecycle/lifecycletimeline.h"

#include <algorithm>

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "engine/lifecycle/lifecycleplanner.h"

namespace Gui {

namespace {
constexpr int kLabelWidth = 150;
constexpr int kAxisHeight = 26;
constexpr int kTrackHeight = 18;
constexpr int kTrackGap = 3;
constexpr int kRowGap = 12;
constexpr int kMargin = 8;
constexpr int kRowHeight = 2 * kTrackHeight + kTrackGap + kRowGap;

QString className(const QString &storageClass)
{
    if (storageClass.isEmpty())
        return LifecycleTimelineWidget::tr("Expired");
    return storageClass;
}
} // namespace

LifecycleTimelineWidget::LifecycleTimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_today(QDateTime::currentDateTimeUtc().date())
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void LifecycleTimelineWidget::setConfiguration(const Lifecycle::LifecycleConfiguration &config)
{
    m_config = config;
    int maxDay = 365;
    for (const Lifecycle::Rule &rule : std::as_const(m_config.rules)) {
        for (const Lifecycle::RuleStep &step : Lifecycle::ruleTimeline(rule))
            maxDay = std::max(maxDay, dayOfStep(step.day, step.date));
    }
    m_axisDays = std::min(int(maxDay * 1.1) + 1, 36500);
    updateGeometry();
    update();
}

void LifecycleTimelineWidget::setToday(const QDate &today)
{
    m_today = today;
    setConfiguration(m_config);
}

int LifecycleTimelineWidget::dayOfStep(const std::optional<int> &day, const std::optional<QDate> &date) const
{
    if (day)
        return std::max(0, *day);
    if (date)
        return int(std::clamp<qint64>(m_today.daysTo(*date), 0, 36500));
    return 0;
}

QRectF LifecycleTimelineWidget::plotRect() const
{
    return QRectF(kLabelWidth, kAxisHeight, std::max(50, width() - kLabelWidth - kMargin),
                  std::max<qsizetype>(1, m_config.rules.size()) * kRowHeight);
}

double LifecycleTimelineWidget::xForDay(int day) const
{
    const QRectF plot = plotRect();
    return plot.left() + plot.width() * double(std::clamp(day, 0, m_axisDays)) / double(m_axisDays);
}

QSize LifecycleTimelineWidget::sizeHint() const
{
    return QSize(700, kAxisHeight + int(std::max<qsizetype>(1, m_config.rules.size())) * kRowHeight + kMargin);
}

QSize LifecycleTimelineWidget::minimumSizeHint() const
{
    return QSize(kLabelWidth + 200, sizeHint().height());
}

QList<LifecycleTimelineWidget::Band> LifecycleTimelineWidget::bands(int ruleIndex) const
{
    QList<Band> result;
    for (const Band &band : computeBands()) {
        if (band.ruleIndex == ruleIndex)
            result.append(band);
    }
    return result;
}

QList<LifecycleTimelineWidget::Band> LifecycleTimelineWidget::computeBands() const
{
    QList<Band> result;
    const QRectF plot = plotRect();
    for (int r = 0; r < m_config.rules.size(); ++r) {
        const QList<Lifecycle::RuleStep> steps = Lifecycle::ruleTimeline(m_config.rules.at(r));
        // Current track: (day, class) change points; an empty class is "expired".
        QList<std::pair<int, QString>> current {{0, QStringLiteral("STANDARD")}};
        QList<std::pair<int, QString>> noncurrent;
        bool hasNoncurrent = false;
        for (const Lifecycle::RuleStep &step : steps) {
            const int day = dayOfStep(step.day, step.date);
            switch (step.kind) {
            case Lifecycle::RuleStep::Kind::Transition:
                current.append({day, step.storageClass});
                break;
            case Lifecycle::RuleStep::Kind::Expiration:
                current.append({day, QString()});
                break;
            case Lifecycle::RuleStep::Kind::NoncurrentTransition:
                hasNoncurrent = true;
                noncurrent.append({day, step.storageClass});
                break;
            case Lifecycle::RuleStep::Kind::NoncurrentExpiration:
                hasNoncurrent = true;
                noncurrent.append({day, QString()});
                break;
            case Lifecycle::RuleStep::Kind::ExpiredDeleteMarkers:
            case Lifecycle::RuleStep::Kind::AbortUpload:
                break;
            }
        }
        const auto addTrack = [&](QList<std::pair<int, QString>> points, bool isNoncurrent) {
            std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            // The earliest expiration ends the track.
            for (qsizetype i = 0; i < points.size(); ++i) {
                if (points.at(i).second.isEmpty()) {
                    points.resize(i + 1);
                    break;
                }
            }
            const double top = plot.top() + r * kRowHeight + (isNoncurrent ? kTrackHeight + kTrackGap : 0);
            for (qsizetype i = 0; i < points.size(); ++i) {
                Band band;
                band.ruleIndex = r;
                band.noncurrent = isNoncurrent;
                band.fromDay = points.at(i).first;
                band.toDay = i + 1 < points.size() ? points.at(i + 1).first : -1;
                band.storageClass = points.at(i).second;
                band.expired = band.storageClass.isEmpty();
                if (band.toDay == band.fromDay)
                    continue;
                const double x0 = xForDay(band.fromDay);
                const double x1 = band.toDay < 0 ? plot.right() : xForDay(band.toDay);
                band.rect = QRectF(x0, top, x1 - x0, kTrackHeight);
                result.append(band);
            }
        };
        addTrack(current, false);
        if (hasNoncurrent) {
            noncurrent.prepend({0, QStringLiteral("STANDARD")});
            addTrack(noncurrent, true);
        }
    }
    return result;
}

QColor LifecycleTimelineWidget::colorForClass(const QString &storageClass)
{
    if (storageClass.isEmpty())
        return QColor(0xb0, 0xb0, 0xb0);
    if (storageClass == u"STANDARD")
        return QColor(0x4c, 0x9a, 0xe0);
    if (storageClass == u"STANDARD_IA")
        return QColor(0x5c, 0xc0, 0xa8);
    if (storageClass == u"ONEZONE_IA")
        return QColor(0x8c, 0xc8, 0x6a);
    if (storageClass == u"INTELLIGENT_TIERING")
        return QColor(0xa8, 0x8c, 0xd8);
    if (storageClass == u"GLACIER_IR")
        return QColor(0x7f, 0xb8, 0xd8);
    if (storageClass == u"GLACIER")
        return QColor(0x3a, 0x5c, 0xa8);
    if (storageClass == u"DEEP_ARCHIVE")
        return QColor(0x2a, 0x2f, 0x6a);
    return QColor(0x99, 0x99, 0x99);
}

void LifecycleTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRectF plot = plotRect();
    const QFontMetrics fm = fontMetrics();

    // Axis with ticks at round numbers of days.
    p.setPen(palette().text().color());
    p.drawLine(QPointF(plot.left(), plot.top() - 4), QPointF(plot.right(), plot.top() - 4));
    const int step = m_axisDays <= 400 ? 30 : m_axisDays <= 1200 ? 90 : 365;
    for (int d = 0; d <= m_axisDays; d += step) {
        const double x = xForDay(d);
        p.drawLine(QPointF(x, plot.top() - 8), QPointF(x, plot.top() - 4));
        const QString label = tr("%1 d", "days on the timeline axis").arg(d);
        const int w = fm.horizontalAdvance(label);
        if (x + w / 2.0 < width())
            p.drawText(QPointF(x - w / 2.0, plot.top() - 10), label);
    }
    if (m_config.rules.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No rules"));
        return;
    }

    for (int r = 0; r < m_config.rules.size(); ++r) {
        const Lifecycle::Rule &rule = m_config.rules.at(r);
        const double top = plot.top() + r * kRowHeight;
        QString name = rule.id.isEmpty() ? tr("Rule %1").arg(r + 1) : rule.id;
        if (!rule.isEnabled())
            name = tr("%1 (disabled)").arg(name);
        p.setPen(palette().text().color());
        p.drawText(QRectF(kMargin, top, kLabelWidth - 2 * kMargin, kTrackHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(name, Qt::ElideRight, kLabelWidth - 2 * kMargin));
        p.setPen(palette().placeholderText().color());
        p.drawText(QRectF(kMargin, top + kTrackHeight + kTrackGap, kLabelWidth - 2 * kMargin, kTrackHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, tr("noncurrent"));
    }
    for (const Band &band : computeBands()) {
        const bool enabled = m_config.rules.at(band.ruleIndex).isEnabled();
        QColor color = colorForClass(band.storageClass);
        if (!enabled)
            color.setAlphaF(0.35f);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(band.rect);
        if (band.expired) {
            p.setBrush(QBrush(QColor(0x60, 0x60, 0x60), Qt::BDiagPattern));
            p.drawRect(band.rect);
        }
        const QString label = className(band.storageClass);
        if (fm.horizontalAdvance(label) + 6 < band.rect.width()) {
            p.setPen(band.expired || color.lightness() > 140 ? Qt::black : Qt::white);
            p.drawText(band.rect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }
}

bool LifecycleTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRectF plot = plotRect();
        for (const Band &band : computeBands()) {
            if (!band.rect.contains(help->pos()))
                continue;
            const int day = int((help->pos().x() - plot.left()) / plot.width() * m_axisDays);
            const QString date = QLocale().toString(m_today.addDays(day), QLocale::ShortFormat);
            const QString track = band.noncurrent ? tr("noncurrent versions") : tr("current version");
            const QString span = band.toDay < 0 ? tr("from day %1").arg(band.fromDay)
                                                : tr("days %1 to %2").arg(band.fromDay).arg(band.toDay);
            QToolTip::showText(help->globalPos(),
                               tr("Day %1 (%2)\n%3: %4, %5").arg(day).arg(date, track, className(band.storageClass), span),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gui
