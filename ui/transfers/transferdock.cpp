#include "ui/transfers/transferdock.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/transfers/transfermodel.h"

namespace Gui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int perMille = index.data(TransferModel::ProgressRole).toInt();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    if (perMille < 0)
        return;
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = perMille;
    bar.text = QStringLiteral("%1%").arg(perMille / 10);
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

TransferDock::TransferDock(TransferModel *model, QWidget *parent)
    : QDockWidget(tr("Transfers"), parent)
    , m_model {model}
{
    setObjectName(QStringLiteral("transfersDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, QStyle::StandardPixmap icon, auto handler) {
        auto *button = new QToolButton(body);
        button->setText(text);
        button->setToolTip(text);
        button->setIcon(style()->standardIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, [this, handler] {
            const QList<int> rows = selectedRows();
            for (int row : rows)
                (m_model->*handler)(row);
        });
        buttons->addWidget(button);
    };
    addButton(tr("Pause"), QStyle::SP_MediaPause, &TransferModel::pause);
    addButton(tr("Resume"), QStyle::SP_MediaPlay, &TransferModel::resume);
    addButton(tr("Cancel"), QStyle::SP_MediaStop, &TransferModel::cancel);
    addButton(tr("Retry"), QStyle::SP_BrowserReload, &TransferModel::retry);
    auto *clear = new QToolButton(body);
    clear->setText(tr("Clear finished"));
    connect(clear, &QToolButton::clicked, m_model, &TransferModel::clearFinished);
    buttons->addWidget(clear);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_view = new QTreeView(body);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TransferModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->header()->resizeSection(TransferModel::NameColumn, 260);
    m_view->header()->resizeSection(TransferModel::ProgressColumn, 160);
    layout->addWidget(m_view);
    setWidget(body);
}

QList<int> TransferDock::selectedRows() const
{
    QList<int> rows;
    const auto selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    return rows;
}

} // namespace Gui
