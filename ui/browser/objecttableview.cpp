#include "ui/browser/objecttableview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

#include "ui/browser/objectlistmodel.h"

namespace Gui {

namespace {

bool hasLocalFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    const auto urls = mime->urls();
    return std::ranges::any_of(urls, [](const QUrl &url) { return url.isLocalFile(); });
}

} // namespace

ObjectTableView::ObjectTableView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setItemsExpandable(false);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
}

void ObjectTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QTreeView::dragEnterEvent(event);
}

void ObjectTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QTreeView::dragMoveEvent(event);
}

void ObjectTableView::dropEvent(QDropEvent *event)
{
    if (!hasLocalFiles(event->mimeData())) {
        event->ignore();
        return;
    }
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    QString folder;
    const QModelIndex at = indexAt(event->position().toPoint());
    if (at.isValid() && at.data(ObjectListModel::IsFolderRole).toBool())
        folder = at.data(ObjectListModel::KeyRole).toString();
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit filesDropped(paths, folder);
}

} // namespace Gui
