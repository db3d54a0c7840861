#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "engine/client/s3client.h"
#include "engine/lifecycle/lifecycleplanner.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace Gui {

// "What would these rules do to this bucket?": lists up to sampleLimit() keys with ListObjectsV2 pages
// (a sample for huge buckets, and it says so), then asks Lifecycle::summarize() for the next 30, 90 and
// 365 days: how many objects and bytes move to which class or expire, and which keys. Tags are not
// listed (that would be one request per object), so rules with tag filters match no sampled object;
// the bucket is treated as unversioned. Lives in the GUI thread; owned by its parent widget.
class LifecyclePreviewWidget final : public QWidget
{
    Q_OBJECT
public:
    LifecyclePreviewWidget(Client::S3Client &client, QString bucket, QWidget *parent = nullptr);
    ~LifecyclePreviewWidget() override;

    void setConfiguration(const Lifecycle::LifecycleConfiguration &config);
    int sampleLimit() const;
    void setSampleLimit(int objects);
    // Lists the sample (again) and recomputes. sampled() fires when the listing is done.
    void refresh();
    // The clock the summary counts from (default: now).
    void setNow(const QDateTime &now) { m_now = now; }

    const QList<Lifecycle::ObjectVersion> &sample() const { return m_objects; }
    bool isSampleTruncated() const { return m_truncated; }
    QTableWidget *summaryTable() const { return m_table; }
    QTreeWidget *keysTree() const { return m_keys; }
    QString sampleText() const;

signals:
    void sampled();

private:
    void fetchPage(const QString &token);
    void recompute();

    Client::S3Client &m_client;
    QString m_bucket;
    Lifecycle::LifecycleConfiguration m_config;
    QList<Lifecycle::ObjectVersion> m_objects;
    bool m_truncated = false;
    bool m_listed = false;
    QDateTime m_now;
    QPointer<Client::ListObjectsJob> m_job;

    QSpinBox *m_limit = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_info = nullptr;
    QTableWidget *m_table = nullptr;
    QTreeWidget *m_keys = nullptr;
};

} // namespace Gui
