#include "ui/browser/objecttableview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QSortFilterProxyModel>

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

ObjectListModel *ObjectTableView::objectModel() const
{
    if (auto *m = qobject_cast<ObjectListModel *>(model()))
        return m;
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model()))
        return qobject_cast<ObjectListModel *>(proxy->sourceModel());
    return nullptr;
}

QString ObjectTableView::dropFolder(const QPoint &pos) const
{
    const QModelIndex at = indexAt(pos);
    if (at.isValid() && at.data(ObjectListModel::IsFolderRole).toBool())
        return at.data(ObjectListModel::KeyRole).toString();
    const ObjectListModel *m = objectModel();
    return m ? m->prefix() : QString();
}

bool ObjectTableView::acceptObjects(QDropEvent *event)
{
    // Checked before the file URLs: asking for them would start the drag-out download.
    const auto payload = ObjectDragPayload::decode(event->mimeData());
    if (!payload)
        return false;
    const ObjectListModel *m = objectModel();
    const QString folder = dropFolder(event->position().toPoint());
    if (!m || !m->client() || m->bucket().isEmpty()
        || payload->dropsOntoItself(quintptr(m->client()), m->bucket(), folder)) {
        event->ignore();
        return true;
    }
    const bool move = event->modifiers().testFlag(Qt::ShiftModifier) || event->proposedAction() == Qt::MoveAction;
    event->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    return true;
}

void ObjectTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptObjects(event))
        return;
    if (hasLocalFiles(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QTreeView::dragEnterEvent(event);
}

void ObjectTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptObjects(event))
        return;
    if (hasLocalFiles(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QTreeView::dragMoveEvent(event);
}

void ObjectTableView::dropEvent(QDropEvent *event)
{
    if (acceptObjects(event)) {
        if (event->isAccepted()) {
            const bool move = event->dropAction() == Qt::MoveAction;
            emit objectsDropped(*ObjectDragPayload::decode(event->mimeData()), dropFolder(event->position().toPoint()), move);
        }
        return;
    }
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
