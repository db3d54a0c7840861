#pragma once

#include <QDockWidget>
#include <QStyledItemDelegate>

class QTreeView;

namespace Gui {

class TransferModel;

// Paints the progress column as a progress bar (QStyle::CE_ProgressBar); no per-row widgets.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The Transfers dock: the TransferModel in a table with pause/resume/cancel/retry/clear.
// Owned by the main window; the model is not owned.
class TransferDock final : public QDockWidget
{
    Q_OBJECT
public:
    TransferDock(TransferModel *model, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }

private:
    QList<int> selectedRows() const;

    TransferModel *m_model;
    QTreeView *m_view = nullptr;
};

} // namespace Gui
