#include "ui/browser/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "engine/core/version.h"

namespace Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Pail"));
    resize(1100, 700);
    auto *placeholder = new QLabel(tr("Local sandbox"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    setupMenus();
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pail"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pail"),
                       tr("<b>Pail</b> %1<br>A desktop manager for S3-compatible storage.<br>Qt %2")
                           .arg(Core::version(), QString::fromLatin1(qVersion())));
}

} // namespace Gui
