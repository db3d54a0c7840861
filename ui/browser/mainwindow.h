#pragma once

#include <QMainWindow>

namespace Gui {

// The browser's main window: connections on the left, objects in the middle, details on the
// right. Owned by main(); owns its widgets through Qt parenting.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void setupMenus();
    void showAbout();
};

} // namespace Gui
