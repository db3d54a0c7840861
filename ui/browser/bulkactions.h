#pragma once

#include <functional>

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include "engine/transfer/bulkjob.h"
#include "ui/browser/objectdrag.h"

class QAction;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace Gui {

class TransferModel;

// The confirmation shown before a bulk job: it first lists what the selection covers (or, for a
// restore to a moment, every version under the folder) with engine jobs that run asynchronously
// (the dialog stays responsive and Cancel stops the listing), then shows how many objects, bytes
// and requests the job takes. Options (storage class, copy destination, restore days/tier)
// re-plan at once. Start is enabled once counted. Owned by whoever exec()s it.
class BulkPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Delete,
        ChangeStorageClass,
        Copy,
        RestoreFromGlacier,
        RestoreToTime,
    };
    struct Input
    {
        Mode mode = Mode::Delete;
        QPointer<Client::S3Client> client;
        QString bucket;
        QString prefix;                  // the folder shown (copy: the base replaced by the destination)
        QList<S3::ObjectEntry> objects;  // selected objects (not folders)
        QStringList prefixes;            // selected folders, each ending in '/'
        QDateTime at;                    // RestoreToTime: the moment (UTC)
    };

    explicit BulkPreviewDialog(Input input, QWidget *parent = nullptr);
    ~BulkPreviewDialog() override;

    bool isCounted() const { return m_counted; }
    const Transfer::BulkEstimate &estimate() const { return m_estimate; }
    const QList<Transfer::BulkOperation> &operations() const { return m_operations; }
    Transfer::BulkOptions options() const;
    QString summaryText() const;
    // Options widgets, for tests.
    QComboBox *storageClassBox() const { return m_storageClass; }
    QLineEdit *destinationBucketEdit() const { return m_destBucket; }
    QLineEdit *destinationPrefixEdit() const { return m_destPrefix; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The title the job gets in the Transfers dock.
    QString jobTitle() const;

signals:
    void counted();

private:
    void startCounting();
    void replan();

    Input m_input;
    QList<S3::ObjectEntry> m_entries;          // what the selection covers
    QList<S3::VersionEntry> m_versions;        // RestoreToTime
    qint64 m_listRequests = 0;
    QList<Transfer::BulkOperation> m_operations;
    QList<Transfer::PointInTimeAction> m_pointInTime;
    Transfer::BulkEstimate m_estimate;
    bool m_counted = false;
    QPointer<Client::Job> m_job;
    QLabel *m_intro = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_storageClass = nullptr;
    QLineEdit *m_destBucket = nullptr;
    QLineEdit *m_destPrefix = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_tier = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The browser's bulk actions on the current selection (keys and folders) and "Restore Folder to
// This Moment..." in the Browse-at-Date view: each opens a BulkPreviewDialog and, once confirmed,
// queues a Transfer::BulkJob in the Transfers dock. Lives in the GUI thread; owned by the main
// window; the transfer model is not owned.
class BulkActions final : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Client::S3Client *client = nullptr;
        QString bucket;
        QString prefix;
        QList<S3::ObjectEntry> objects;
        QStringList prefixes;
        QDateTime pointInTime; // valid in the Browse-at-Date view
    };

    BulkActions(std::function<Target()> target, TransferModel *transfers, QWidget *window);

    QAction *restoreFolderAction() const { return m_restoreFolder; }
    QList<QAction *> selectionActions() const;
    void retranslate();
    void update();

    // Copies (or moves: copy, then delete the sources that copied) dragged rows into
    // destFolder of destBucket: server-side CopyObject when source == destination, else
    // streamed through this process. A job in the dock (folders are listed when it starts).
    // Returns false (and queues nothing) for a drop onto the rows' own folder.
    bool queueDrop(const ObjectDragPayload &payload, Client::S3Client *source, Client::S3Client *destination,
                   const QString &destBucket, const QString &destFolder, bool move);

    // Opens the preview for `mode` on the current target; queues the job when confirmed.
    // Returns whether a job was queued.
    bool run(BulkPreviewDialog::Mode mode);

signals:
    // A queued job was confirmed (for tests and the status bar).
    void jobQueued(const QString &title);

private:
    std::function<Target()> m_target;
    TransferModel *m_transfers = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_restoreFolder = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_storageClass = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_restoreGlacier = nullptr;
};

} // namespace Gui
