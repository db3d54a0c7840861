#include "ui/sandbox/sandboxwindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>

#include "ui/sandbox/sandboxbackend.h"
#include "ui/sandbox/sandboxpanel.h"

namespace Gui {

SandboxWindow::SandboxWindow(SandboxController &controller, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Local sandbox"));
    auto *backend = new ControllerBackend(controller, this);
    auto *layout = new QVBoxLayout(this);
    m_panel = new SandboxPanel(*backend, this);
    layout->addWidget(m_panel, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(box);
    resize(820, 680);
}

void SandboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Local sandbox"));
    QDialog::changeEvent(event);
}

SandboxMenu::SandboxMenu(SandboxController &controller, QWidget *window)
    : QMenu(window)
    , m_controller(controller)
    , m_window(window)
{
    setObjectName(QStringLiteral("sandboxMenu"));
    m_panelAction = addAction(QString());
    m_panelAction->setObjectName(QStringLiteral("sandboxPanelAction"));
    connect(m_panelAction, &QAction::triggered, this, &SandboxMenu::showPanel);
    retranslate();
}

SandboxWindow *SandboxMenu::showPanel()
{
    if (!m_panelWindow) {
        m_panelWindow = new SandboxWindow(m_controller, m_window);
        m_panelWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_panelWindow->show();
    m_panelWindow->raise();
    m_panelWindow->activateWindow();
    return m_panelWindow;
}

void SandboxMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SandboxMenu::retranslate()
{
    setTitle(tr("&Sandbox"));
    m_panelAction->setText(tr("Sandbox &panel..."));
    m_panelAction->setToolTip(tr("Serve the local sandbox on a port, with its keys, request log, clock and storage"));
}

} // namespace Gui
