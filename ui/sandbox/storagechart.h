#pragma once

#include <map>
#include <memory>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QChart;
class QChartView;

namespace Client {
class S3Client;
}

namespace Gui {

// Storage used per bucket and storage class, as a horizontal stacked bar chart (QtCharts). The
// numbers come from listing every bucket through the S3 client (ListBuckets + ListObjectsV2
// pages), as for any endpoint; a bucket with more than kMaxPagesPerBucket pages is counted from
// its first pages and marked as a sample. Lives in the GUI thread; owned by its parent; the
// client passed to refresh() must stay alive until finished() (or be replaced by another refresh).
class StorageChart final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxPagesPerBucket = 50;

    explicit StorageChart(QWidget *parent = nullptr);

    // Starts counting (cancels a count in progress).
    void refresh(Client::S3Client *client);
    // Cancels a count in progress and empties the chart, showing status instead.
    void clear(const QString &status);
    // bucket -> storage class -> bytes, as last counted.
    const std::map<QString, std::map<QString, qint64>> &usage() const { return m_usage; }
    QChart *chart() const { return m_chart; }
    // The storage classes drawn (one bar set each), in order.
    QStringList chartedClasses() const;
    QLabel *statusLabel() const { return m_status; }

signals:
    void finished();

private:
    void listBucket(int generation, QStringList buckets, QString continuation, int page);
    void showChart();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_status = nullptr;
    QPointer<Client::S3Client> m_client;
    int m_generation = 0;
    std::map<QString, std::map<QString, qint64>> m_usage;
    QStringList m_sampled;
};

} // namespace Gui
