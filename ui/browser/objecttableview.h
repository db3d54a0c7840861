#pragma once

#include <QTreeView>

#include "ui/browser/objectdrag.h"

namespace Gui {

class ObjectListModel;

// The object table: a flat QTreeView (uniform row heights, no per-row widgets) that accepts
// local files and folders dropped from the file manager and object rows dragged inside the app,
// and reports them with the folder row they were dropped on. A drop of rows onto their own
// folder, or onto one of the dragged folders, is refused (the cursor says so). Shift (or a
// proposed MoveAction) makes it a move. Drag out is the model's (objectdrag.h). Owned by the
// main window.
class ObjectTableView final : public QTreeView
{
    Q_OBJECT
public:
    explicit ObjectTableView(QWidget *parent = nullptr);

signals:
    // targetFolderKey: the folder row dropped on ("a/b/"), or empty for the current folder.
    void filesDropped(const QStringList &localPaths, const QString &targetFolderKey);
    // Object rows dropped; targetFolderKey: the folder row dropped on, or the folder shown.
    void objectsDropped(const Gui::ObjectDragPayload &payload, const QString &targetFolderKey, bool move);

private:
    ObjectListModel *objectModel() const;
    // The folder a drop at `pos` goes into and whether rows may be dropped there.
    QString dropFolder(const QPoint &pos) const;
    bool acceptObjects(QDropEvent *event);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace Gui
