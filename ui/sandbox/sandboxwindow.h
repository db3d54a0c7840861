#pragma once

#include <QDialog>
#include <QMenu>
#include <QPointer>

namespace Gui {

class SandboxController;
class SandboxPanel;

// The sandbox panel in its own window, over the app's SandboxController (ControllerBackend).
// Non-modal; one per main window (SandboxMenu raises the open one). Owned by its parent window.
class SandboxWindow final : public QDialog
{
    Q_OBJECT
public:
    SandboxWindow(SandboxController &controller, QWidget *parent);
    SandboxPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    SandboxPanel *m_panel = nullptr;
};

// The main window's "Sandbox" menu: "Sandbox panel..." opens (or raises) the SandboxWindow.
// Retranslates itself. Owned by the menu bar it is added to.
class SandboxMenu final : public QMenu
{
    Q_OBJECT
public:
    SandboxMenu(SandboxController &controller, QWidget *window);
    QAction *panelAction() const { return m_panelAction; }
    // Opens the window, or raises the one already open.
    SandboxWindow *showPanel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SandboxController &m_controller;
    QPointer<QWidget> m_window;
    QPointer<SandboxWindow> m_panelWindow;
    QAction *m_panelAction = nullptr;
};

} // namespace Gui
