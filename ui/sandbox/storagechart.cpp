#include "ui/sandbox/storagechart.h"

#include <algorithm>
#include <set>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>
#include <QVBoxLayout>

#include "engine/client/s3client.h"

namespace Gui {

StorageChart::StorageChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_chart->setTitle(tr("Storage per bucket and class"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void StorageChart::refresh(Client::S3Client *client)
{
    clear(tr("Counting..."));
    m_client = client;
    if (!client)
        return;
    const int generation = m_generation;
    auto *job = client->listBuckets();
    connect(job, &Client::Job::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        const auto &r = job->result();
        if (!r) {
            m_status->setText(tr("Could not list the buckets: %1").arg(r.error().message));
            emit finished();
            return;
        }
        QStringList buckets;
        for (const S3::BucketInfo &b : r->buckets) {
            buckets.append(b.name);
            m_usage[b.name]; // empty buckets show too
        }
        listBucket(generation, buckets, QString(), 0);
    });
    job->start();
}

QStringList StorageChart::chartedClasses() const
{
    QStringList out;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                out.append(set->label());
        }
    }
    return out;
}

void StorageChart::clear(const QString &status)
{
    ++m_generation;
    m_client = nullptr;
    m_usage.clear();
    m_sampled.clear();
    showChart();
    m_status->setText(status);
}

void StorageChart::listBucket(int generation, QStringList buckets, QString continuation, int page)
{
    if (!m_client || generation != m_generation)
        return;
    if (buckets.isEmpty()) {
        showChart();
        emit finished();
        return;
    }
    Client::ListObjectsRequest request;
    request.bucket = buckets.first();
    request.continuationToken = continuation;
    auto *job = m_client->listObjects(request);
    connect(job, &Client::Job::finished, this, [this, job, generation, buckets, page]() mutable {
        job->deleteLater();
        if (generation != m_generation)
            return;
        const auto &r = job->result();
        const QString bucket = buckets.first();
        if (r) {
            auto &classes = m_usage[bucket];
            for (const S3::ObjectEntry &o : r->contents)
                classes[o.storageClass.isEmpty() ? QStringLiteral("STANDARD") : o.storageClass] += o.size;
        }
        if (r && r->isTruncated && page + 1 < kMaxPagesPerBucket) {
            listBucket(generation, buckets, r->nextContinuationToken, page + 1);
            return;
        }
        if (r && r->isTruncated)
            m_sampled.append(bucket);
        buckets.removeFirst();
        listBucket(generation, buckets, QString(), 0);
    });
    job->start();
}

void StorageChart::showChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    std::set<QString> classes;
    qint64 total = 0;
    for (const auto &[bucket, perClass] : m_usage) {
        for (const auto &[storageClass, bytes] : perClass) {
            classes.insert(storageClass);
            total += bytes;
        }
    }
    // Units chosen from the largest bucket, so the axis reads in whole numbers.
    qint64 largest = 0;
    for (const auto &[bucket, perClass] : m_usage) {
        qint64 sum = 0;
        for (const auto &[storageClass, bytes] : perClass)
            sum += bytes;
        largest = std::max(largest, sum);
    }
    double divisor = 1.0;
    QString unitName = tr("bytes");
    if (largest >= (1LL << 30)) {
        divisor = double(1LL << 30);
        unitName = tr("GiB");
    } else if (largest >= (1LL << 20)) {
        divisor = double(1LL << 20);
        unitName = tr("MiB");
    } else if (largest >= 1024) {
        divisor = 1024.0;
        unitName = tr("KiB");
    }
    auto *series = new QHorizontalStackedBarSeries;
    for (const QString &storageClass : classes) {
        auto *set = new QBarSet(storageClass);
        for (const auto &[bucket, perClass] : m_usage) {
            const auto it = perClass.find(storageClass);
            set->append(it == perClass.end() ? 0.0 : double(it->second) / divisor);
        }
        series->append(set);
    }
    m_chart->addSeries(series);
    QStringList names;
    for (const auto &[bucket, perClass] : m_usage)
        names.append(bucket);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setTitleText(unitName);
    values->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QString text = tr("%n bucket(s), %1 in total.", nullptr, int(m_usage.size())).arg(QLocale().formattedDataSize(total));
    if (!m_sampled.isEmpty())
        text += u' ' + tr("Counted from the first %1 objects only: %2.").arg(kMaxPagesPerBucket * 1000).arg(m_sampled.join(QStringLiteral(", ")));
    m_status->setText(text);
}

} // namespace Gui
