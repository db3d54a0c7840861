#pragma once

#include <QTreeView>

namespace Gui {

// The object table: a flat QTreeView (uniform row heights, no per-row widgets) that accepts
// local files and folders dropped from the file manager and reports them with the folder row
// they were dropped on. Drag out is the model's (presigned URLs). Owned by the main window.
class ObjectTableView final : public QTreeView
{
    Q_OBJECT
public:
    explicit ObjectTableView(QWidget *parent = nullptr);

signals:
    // targetFolderKey: the folder row dropped on ("a/b/"), or empty for the current folder.
    void filesDropped(const QStringList &localPaths, const QString &targetFolderKey);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace Gui
