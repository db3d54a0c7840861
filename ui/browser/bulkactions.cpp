#include "ui/browser/bulkactions.h"

#include <memory>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/common/errortext.h"
#include "ui/common/format.h"
#include "ui/transfers/transfermodel.h"

namespace Gui {

namespace {

const QStringList kStorageClasses = {
    QStringLiteral("STANDARD"),
    QStringLiteral("STANDARD_IA"),
    QStringLiteral("ONEZONE_IA"),
    QStringLiteral("INTELLIGENT_TIERING"),
    QStringLiteral("GLACIER_IR"),
    QStringLiteral("GLACIER"),
    QStringLiteral("DEEP_ARCHIVE"),
};

Transfer::BulkAction actionOf(BulkPreviewDialog::Mode mode)
{
    switch (mode) {
    case BulkPreviewDialog::Mode::ChangeStorageClass:
        return Transfer::BulkAction::ChangeStorageClass;
    case BulkPreviewDialog::Mode::Copy:
        return Transfer::BulkAction::Copy;
    case BulkPreviewDialog::Mode::RestoreFromGlacier:
        return Transfer::BulkAction::RestoreFromGlacier;
    case BulkPreviewDialog::Mode::Delete:
    case BulkPreviewDialog::Mode::RestoreToTime:
        break;
    }
    return Transfer::BulkAction::Delete;
}

} // namespace

BulkPreviewDialog::BulkPreviewDialog(Input input, QWidget *parent)
    : QDialog(parent)
    , m_input {std::move(input)}
{
    setObjectName(QStringLiteral("bulkPreviewDialog"));
    setWindowTitle(jobTitle());
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const QString where = m_input.prefix.isEmpty() ? m_input.bucket : m_input.bucket + u'/' + m_input.prefix;
    if (m_input.mode == Mode::RestoreToTime) {
        m_intro->setText(tr("Bring every object under %1 back to how it was at %2: deleted objects come back, "
                            "changed objects get their old version copied back, and objects created since "
                            "are deleted. Versions stay in the history.")
                             .arg(where, formatDateTime(m_input.at)));
    } else {
        m_intro->setText(tr("%n selected object(s) and %1 folder(s) in %2.", nullptr, int(m_input.objects.size()))
                             .arg(m_input.prefixes.size())
                             .arg(where));
    }
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    if (m_input.mode == Mode::ChangeStorageClass) {
        m_storageClass = new QComboBox(this);
        m_storageClass->addItems(kStorageClasses);
        m_storageClass->setCurrentText(QStringLiteral("STANDARD_IA"));
        connect(m_storageClass, &QComboBox::currentTextChanged, this, &BulkPreviewDialog::replan);
        form->addRow(tr("New storage class:"), m_storageClass);
    } else if (m_input.mode == Mode::Copy) {
        m_destBucket = new QLineEdit(m_input.bucket, this);
        m_destPrefix = new QLineEdit(m_input.prefix, this);
        m_destPrefix->setPlaceholderText(tr("folder/ (empty = top level)"));
        connect(m_destBucket, &QLineEdit::textChanged, this, &BulkPreviewDialog::replan);
        connect(m_destPrefix, &QLineEdit::textChanged, this, &BulkPreviewDialog::replan);
        form->addRow(tr("Destination bucket:"), m_destBucket);
        form->addRow(tr("Destination folder:"), m_destPrefix);
    } else if (m_input.mode == Mode::RestoreFromGlacier) {
        m_days = new QSpinBox(this);
        m_days->setRange(1, 365);
        m_days->setValue(7);
        m_tier = new QComboBox(this);
        m_tier->addItem(tr("Standard"), int(S3::RestoreRequest::Tier::Standard));
        m_tier->addItem(tr("Bulk"), int(S3::RestoreRequest::Tier::Bulk));
        m_tier->addItem(tr("Expedited"), int(S3::RestoreRequest::Tier::Expedited));
        form->addRow(tr("Keep the restored copy for (days):"), m_days);
        form->addRow(tr("Retrieval tier:"), m_tier);
    }
    layout->addLayout(form);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Listing..."));
    m_busy->setTextVisible(true);
    layout->addWidget(m_busy);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    startCounting();
}

BulkPreviewDialog::~BulkPreviewDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
}

QString BulkPreviewDialog::jobTitle() const
{
    const QString where = m_input.prefix.isEmpty() ? m_input.bucket : m_input.bucket + u'/' + m_input.prefix;
    switch (m_input.mode) {
    case Mode::Delete:
        return tr("Delete in %1").arg(where);
    case Mode::ChangeStorageClass:
        return tr("Change storage class in %1").arg(where);
    case Mode::Copy:
        return tr("Copy from %1").arg(where);
    case Mode::RestoreFromGlacier:
        return tr("Restore from Glacier in %1").arg(where);
    case Mode::RestoreToTime:
        return tr("Restore %1 to %2").arg(where, formatDateTime(m_input.at));
    }
    return {};
}

void BulkPreviewDialog::startCounting()
{
    if (!m_input.client) {
        m_busy->hide();
        m_summary->setText(tr("Not connected."));
        return;
    }
    if (m_input.mode == Mode::RestoreToTime) {
        auto *job = new Transfer::ListAllVersionsJob(*m_input.client, m_input.bucket, m_input.prefix);
        m_job = job;
        connect(job, &Client::Job::progress, this, [this](qint64 done, qint64) {
            m_busy->setFormat(tr("Listing... %n version(s)", nullptr, int(done)));
        });
        connect(job, &Client::Job::finished, this, [this, job] {
            job->deleteLater();
            m_job = nullptr;
            m_busy->hide();
            if (!job->result()) {
                m_summary->setText(tr("Listing failed: %1").arg(errorText(job->result().error())));
                return;
            }
            m_versions = *job->result();
            m_listRequests = job->pages();
            m_pointInTime = Transfer::planRestoreToTime(m_versions, m_input.at);
            m_counted = true;
            replan();
            emit counted();
        });
        job->start();
        return;
    }
    auto *job = new Transfer::CollectSelectionJob(*m_input.client, m_input.bucket, m_input.objects, m_input.prefixes);
    m_job = job;
    connect(job, &Client::Job::progress, this, [this](qint64 done, qint64) {
        m_busy->setFormat(tr("Listing... %n object(s)", nullptr, int(done)));
    });
    connect(job, &Client::Job::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        m_busy->hide();
        if (!job->result()) {
            m_summary->setText(tr("Listing failed: %1").arg(errorText(job->result().error())));
            return;
        }
        m_entries = job->result()->entries;
        m_listRequests = job->result()->listRequests;
        m_counted = true;
        replan();
        emit counted();
    });
    job->start();
}

Transfer::BulkOptions BulkPreviewDialog::options() const
{
    Transfer::BulkOptions o;
    if (m_storageClass)
        o.storageClass = m_storageClass->currentText();
    if (m_destBucket) {
        o.destBucket = m_destBucket->text().trimmed();
        QString prefix = m_destPrefix->text().trimmed();
        if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
            prefix += u'/';
        o.destPrefix = prefix;
        o.sourceBase = m_input.prefix;
    }
    if (m_days) {
        o.restoreDays = m_days->value();
        o.restoreTier = S3::RestoreRequest::Tier(m_tier->currentData().toInt());
    }
    return o;
}

void BulkPreviewDialog::replan()
{
    if (!m_counted)
        return;
    qint64 skipped = 0;
    if (m_input.mode == Mode::RestoreToTime) {
        m_operations = Transfer::planFromPointInTime(m_pointInTime);
    } else {
        m_operations = Transfer::planBulk(actionOf(m_input.mode), m_entries, options());
        QSet<QString> keys;
        for (const S3::ObjectEntry &e : std::as_const(m_entries))
            keys.insert(e.key);
        skipped = keys.size() - m_operations.size();
    }
    m_estimate = Transfer::estimateBulk(m_operations);
    m_estimate.skipped = skipped;
    bool valid = !m_operations.isEmpty();
    QString text;
    if (m_input.mode == Mode::RestoreToTime) {
        qint64 undelete = 0;
        qint64 copy = 0;
        qint64 copyBytes = 0;
        qint64 remove = 0;
        for (const Transfer::PointInTimeAction &a : std::as_const(m_pointInTime)) {
            switch (a.kind) {
            case Transfer::PointInTimeAction::Kind::RemoveDeleteMarkers:
                ++undelete;
                break;
            case Transfer::PointInTimeAction::Kind::CopyVersion:
                ++copy;
                copyBytes += a.size;
                break;
            case Transfer::PointInTimeAction::Kind::DeleteCurrent:
                ++remove;
                break;
            }
        }
        if (m_pointInTime.isEmpty()) {
            text = tr("Nothing to change: the folder is as it was then (%n version(s) checked).", nullptr,
                      int(m_versions.size()));
        } else {
            text = tr("%n object(s) come back (delete markers removed)", nullptr, int(undelete)) + u'\n'
                   + tr("%n object(s) get their old version copied back (%1)", nullptr, int(copy)).arg(formatSize(copyBytes))
                   + u'\n' + tr("%n object(s) created since are deleted", nullptr, int(remove)) + u'\n';
        }
    } else if (m_operations.isEmpty()) {
        text = m_estimate.skipped > 0 ? tr("None of the %n object(s) needs this action.", nullptr, int(m_estimate.skipped))
                                      : tr("The selection holds no objects.");
    }
    if (m_input.mode == Mode::Copy) {
        const Transfer::BulkOptions o = options();
        if (o.destBucket.isEmpty()) {
            valid = false;
            text += tr("Enter a destination bucket.") + u'\n';
        } else if (o.destBucket == m_input.bucket && o.destPrefix == o.sourceBase) {
            valid = false;
            text += tr("The destination is the folder the objects are in.") + u'\n';
        }
    }
    if (!m_operations.isEmpty()) {
        text += tr("Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).", nullptr, int(m_estimate.objects))
                    .arg(formatSize(m_estimate.bytes))
                    .arg(m_estimate.requests)
                    .arg(m_listRequests);
        if (m_estimate.skipped > 0)
            text += u'\n' + tr("%n object(s) skipped: the action does not apply to them.", nullptr, int(m_estimate.skipped));
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

QString BulkPreviewDialog::summaryText() const
{
    return m_summary->text();
}

// ---- BulkActions ----

BulkActions::BulkActions(std::function<Target()> target, TransferModel *transfers, QWidget *window)
    : QObject(window)
    , m_target {std::move(target)}
    , m_transfers {transfers}
    , m_window {window}
{
    const auto make = [this](const char *name, BulkPreviewDialog::Mode mode) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, mode] { run(mode); });
        return action;
    };
    m_restoreFolder = make("restoreFolderAction", BulkPreviewDialog::Mode::RestoreToTime);
    m_delete = make("bulkDeleteAction", BulkPreviewDialog::Mode::Delete);
    m_storageClass = make("bulkStorageClassAction", BulkPreviewDialog::Mode::ChangeStorageClass);
    m_copy = make("bulkCopyAction", BulkPreviewDialog::Mode::Copy);
    m_restoreGlacier = make("bulkRestoreAction", BulkPreviewDialog::Mode::RestoreFromGlacier);
    retranslate();
    update();
}

QList<QAction *> BulkActions::selectionActions() const
{
    return {m_delete, m_storageClass, m_copy, m_restoreGlacier};
}

void BulkActions::retranslate()
{
    m_restoreFolder->setText(tr("Restore Folder to This Moment..."));
    m_delete->setText(tr("Delete Selection with Folders..."));
    m_storageClass->setText(tr("Change Storage Class..."));
    m_copy->setText(tr("Copy Selection To..."));
    m_restoreGlacier->setText(tr("Restore from Glacier..."));
}

void BulkActions::update()
{
    const Target t = m_target();
    const bool inBucket = t.client && !t.bucket.isEmpty();
    const bool selected = !t.objects.isEmpty() || !t.prefixes.isEmpty();
    m_restoreFolder->setEnabled(inBucket && t.pointInTime.isValid());
    for (QAction *a : selectionActions())
        a->setEnabled(inBucket && selected && !t.pointInTime.isValid());
}

bool BulkActions::queueDrop(const ObjectDragPayload &payload, Client::S3Client *source, Client::S3Client *destination,
                            const QString &destBucket, const QString &destFolder, bool move)
{
    if (!source || !destination || destBucket.isEmpty()
        || payload.dropsOntoItself(quintptr(destination), destBucket, destFolder))
        return false;
    Transfer::BulkOptions options;
    options.destBucket = destBucket;
    options.destPrefix = destFolder;
    options.sourceBase = payload.prefix;
    options.move = move;
    const int items = int(payload.objects.size() + payload.prefixes.size());
    const QString where = destFolder.isEmpty() ? destBucket : destBucket + u'/' + destFolder;
    const QString title = move ? tr("Move %n item(s) to %1", nullptr, items).arg(where)
                               : tr("Copy %n item(s) to %1", nullptr, items).arg(where);
    qint64 bytes = 0;
    for (const S3::ObjectEntry &e : payload.objects)
        bytes += e.size;
    const QString summary = payload.prefixes.isEmpty()
                                ? tr("%n object(s), %1", nullptr, int(payload.objects.size())).arg(formatSize(bytes))
                                : tr("%n folder(s) and %1 object(s)", nullptr, int(payload.prefixes.size())).arg(payload.objects.size());
    QPointer<Client::S3Client> from = source;
    QPointer<Client::S3Client> to = destination;
    const QString bucket = payload.bucket;
    const QList<S3::ObjectEntry> objects = payload.objects;
    const QStringList prefixes = payload.prefixes;
    m_transfers->addOperation(title, summary, [from, to, bucket, objects, prefixes, options]() -> Client::Job * {
        if (!from || !to)
            return nullptr;
        auto *job = new Transfer::BulkJob(*from, bucket, {}, options);
        job->setSelection(Transfer::BulkAction::Copy, objects, prefixes);
        if (to != from)
            job->setDestinationClient(to);
        return job;
    });
    emit jobQueued(title);
    return true;
}

bool BulkActions::run(BulkPreviewDialog::Mode mode)
{
    const Target t = m_target();
    if (!t.client || t.bucket.isEmpty())
        return false;
    if (mode == BulkPreviewDialog::Mode::RestoreToTime && !t.pointInTime.isValid())
        return false;
    BulkPreviewDialog::Input input;
    input.mode = mode;
    input.client = t.client;
    input.bucket = t.bucket;
    input.prefix = t.prefix;
    input.at = t.pointInTime;
    if (mode != BulkPreviewDialog::Mode::RestoreToTime) {
        input.objects = t.objects;
        input.prefixes = t.prefixes;
    }
    BulkPreviewDialog dialog(input, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QList<Transfer::BulkOperation> operations = dialog.operations();
    const Transfer::BulkOptions options = dialog.options();
    const Transfer::BulkEstimate estimate = dialog.estimate();
    const QString title = dialog.jobTitle();
    QPointer<Client::S3Client> client = t.client;
    const QString bucket = t.bucket;
    // A retry runs only what has not succeeded yet (a repeated storage-class copy would fail).
    auto pending = std::make_shared<QList<Transfer::BulkOperation>>(operations);
    m_transfers->addOperation(title,
                              tr("%n object(s), %1", nullptr, int(estimate.objects)).arg(formatSize(estimate.bytes)),
                              [client, bucket, pending, options]() -> Client::Job * {
                                  if (!client)
                                      return nullptr;
                                  auto *job = new Transfer::BulkJob(*client, bucket, *pending, options);
                                  QObject::connect(job, &Client::Job::finished, job, [job, pending] {
                                      *pending = job->remainingOperations();
                                  });
                                  return job;
                              });
    emit jobQueued(title);
    return true;
}

} // namespace Gui
