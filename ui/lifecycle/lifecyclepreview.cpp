#include "ui/lifecycle/lifecyclepreview.h"

#include <functional>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/common/errortext.h"
#include "ui/common/format.h"

namespace Gui {

namespace {
constexpr int kHorizons[] = {30, 90, 365};

QString cell(const Lifecycle::SummaryBucket &bucket)
{
    if (bucket.count == 0)
        return QStringLiteral("-");
    return LifecyclePreviewWidget::tr("%n object(s), %1", nullptr, bucket.count).arg(formatSize(bucket.bytes));
}
} // namespace

LifecyclePreviewWidget::LifecyclePreviewWidget(Client::S3Client &client, QString bucket, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sample up to"), this));
    m_limit = new QSpinBox(this);
    m_limit->setRange(1, 1000000);
    m_limit->setValue(10000);
    m_limit->setSuffix(tr(" objects"));
    top->addWidget(m_limit);
    m_run = new QPushButton(tr("List objects and preview"), this);
    top->addWidget(m_run);
    top->addStretch();
    layout->addLayout(top);
    m_info = new QLabel(tr("Press the button to list the bucket's objects."), this);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Next 30 days"), tr("Next 90 days"), tr("Next 365 days")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(170);
    layout->addWidget(m_table);
    layout->addWidget(new QLabel(tr("Affected keys within 365 days (of the sample):"), this));
    m_keys = new QTreeWidget(this);
    m_keys->setHeaderLabels({tr("Key"), tr("Action")});
    m_keys->setUniformRowHeights(true);
    m_keys->setRootIsDecorated(false);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_keys, 1);
    connect(m_run, &QPushButton::clicked, this, &LifecyclePreviewWidget::refresh);
}

LifecyclePreviewWidget::~LifecyclePreviewWidget()
{
    if (m_job)
        m_job->cancel();
}

int LifecyclePreviewWidget::sampleLimit() const
{
    return m_limit->value();
}

void LifecyclePreviewWidget::setSampleLimit(int objects)
{
    m_limit->setValue(objects);
}

void LifecyclePreviewWidget::setConfiguration(const Lifecycle::LifecycleConfiguration &config)
{
    m_config = config;
    if (m_listed)
        recompute();
}

void LifecyclePreviewWidget::refresh()
{
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    m_objects.clear();
    m_truncated = false;
    m_listed = false;
    m_run->setEnabled(false);
    m_info->setText(tr("Listing objects..."));
    fetchPage(QString());
}

void LifecyclePreviewWidget::fetchPage(const QString &token)
{
    Client::ListObjectsRequest request;
    request.bucket = m_bucket;
    request.continuationToken = token;
    request.maxKeys = int(std::min<qsizetype>(1000, sampleLimit() - m_objects.size()));
    auto *job = m_client.listObjects(request);
    m_job = job;
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job != job)
            return; // a newer listing replaced this one
        m_job = nullptr;
        const auto &page = job->result();
        if (!page) {
            m_run->setEnabled(true);
            if (page.error().code != Core::ErrorCode::Cancelled)
                m_info->setText(tr("Listing failed: %1").arg(errorText(page.error())));
            return;
        }
        for (const S3::ObjectEntry &entry : page->contents) {
            Lifecycle::ObjectVersion object;
            object.key = entry.key;
            object.size = entry.size;
            object.lastModified = entry.lastModified;
            if (!entry.storageClass.isEmpty())
                object.storageClass = entry.storageClass;
            m_objects.append(object);
        }
        if (page->isTruncated && m_objects.size() < sampleLimit() && !page->nextContinuationToken.isEmpty()) {
            m_info->setText(tr("Listing objects... %n so far", nullptr, int(m_objects.size())));
            fetchPage(page->nextContinuationToken);
            return;
        }
        m_truncated = page->isTruncated;
        m_listed = true;
        m_run->setEnabled(true);
        recompute();
        emit sampled();
    });
    job->start();
}

QString LifecyclePreviewWidget::sampleText() const
{
    if (m_truncated)
        return tr("Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.", nullptr,
                  int(m_objects.size()));
    return tr("All %n object(s) of the bucket were listed.", nullptr, int(m_objects.size()));
}

void LifecyclePreviewWidget::recompute()
{
    Lifecycle::PlanInput input;
    input.objects = m_objects;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QList<Lifecycle::PlanSummary> summaries;
    for (int days : kHorizons)
        summaries.append(Lifecycle::summarize(m_config, input, now, days, 1000));
    bool hasTagRules = false;
    for (const Lifecycle::Rule &rule : std::as_const(m_config.rules))
        hasTagRules = hasTagRules || rule.hasTagFilter();
    m_info->setText(sampleText() + (hasTagRules ? QLatin1Char(' ') + tr("Tags are not listed, so rules filtering on "
                                                                        "tags match no sampled object.")
                                                : QString()));

    struct Row
    {
        QString label;
        std::function<Lifecycle::SummaryBucket(const Lifecycle::PlanSummary &)> pick;
    };
    QList<Row> rows;
    QStringList classes;
    for (const Lifecycle::PlanSummary &s : std::as_const(summaries)) {
        for (auto it = s.transitions.cbegin(); it != s.transitions.cend(); ++it) {
            if (!classes.contains(it.key()))
                classes.append(it.key());
        }
    }
    for (const QString &cls : std::as_const(classes))
        rows.append({tr("Move to %1").arg(cls), [cls](const Lifecycle::PlanSummary &s) { return s.transitions.value(cls); }});
    rows.append({tr("Expire"), [](const Lifecycle::PlanSummary &s) { return s.expirations; }});
    rows.append({tr("Delete noncurrent versions"), [](const Lifecycle::PlanSummary &s) { return s.noncurrentExpirations; }});
    rows.append({tr("Remove delete markers"), [](const Lifecycle::PlanSummary &s) { return s.deleteMarkersRemoved; }});
    rows.append({tr("Abort uploads"), [](const Lifecycle::PlanSummary &s) { return s.abortedUploads; }});

    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).label));
        for (int h = 0; h < summaries.size(); ++h)
            m_table->setItem(r, h + 1, new QTableWidgetItem(cell(rows.at(r).pick(summaries.at(h)))));
    }

    m_keys->clear();
    QList<QTreeWidgetItem *> items;
    const Lifecycle::PlanSummary &year = summaries.last();
    for (const Row &row : std::as_const(rows)) {
        for (const QString &key : row.pick(year).keys)
            items.append(new QTreeWidgetItem(QStringList {key, row.label}));
    }
    m_keys->addTopLevelItems(items);
}

} // namespace Gui
