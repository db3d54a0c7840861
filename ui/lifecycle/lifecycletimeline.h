#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

#include "engine/lifecycle/lifecycleconfiguration.h"

namespace Gui {

// Paints what the rules of a lifecycle configuration do over time: one row per rule, each with a
// track for the current version (bands coloured by storage class: Standard -> Standard-IA at 30 ->
// Glacier at 90 -> expired at 365) and a track for noncurrent versions. The steps come from
// Lifecycle::ruleTimeline(); this widget only lays them out. Date-based actions are placed at
// their distance from today(). Tooltips give the day and date of a band.
// Lives in the GUI thread; owned by its parent widget.
class LifecycleTimelineWidget final : public QWidget
{
    Q_OBJECT
public:
    // One painted band, in widget coordinates (exposed for tests and tooltips).
    struct Band
    {
        QRectF rect;
        QString storageClass; // "STANDARD", "GLACIER", ...; empty for expired / deleted
        int fromDay = 0;
        int toDay = -1; // -1: open to the end of the axis
        bool noncurrent = false;
        bool expired = false;
        int ruleIndex = -1;
    };

    explicit LifecycleTimelineWidget(QWidget *parent = nullptr);

    void setConfiguration(const Lifecycle::LifecycleConfiguration &config);
    // The day 0 of Date-based actions (default: today, UTC).
    void setToday(const QDate &today);

    int axisDays() const { return m_axisDays; }
    double xForDay(int day) const;
    // Bands of one rule (current track first, then the noncurrent track), for the present size.
    QList<Band> bands(int ruleIndex) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor colorForClass(const QString &storageClass);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<Band> computeBands() const;
    QRectF plotRect() const;
    int dayOfStep(const std::optional<int> &day, const std::optional<QDate> &date) const;

    Lifecycle::LifecycleConfiguration m_config;
    QDate m_today;
    int m_axisDays = 400;
};

} // namespace Gui
