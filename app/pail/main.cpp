#include <cstdio>
#include <cstring>

#include <QApplication>

#include "engine/core/version.h"
#include "ui/browser/mainwindow.h"

int main(int argc, char *argv[])
{
    // --version answers before a display is needed, so it works on a headless machine.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-V") == 0) {
            std::printf("pail %s\n", qPrintable(Core::version()));
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pail"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pail"));
    QApplication::setOrganizationName(QStringLiteral("Pail"));
    QApplication::setApplicationVersion(Core::version());

    Gui::MainWindow window;
    window.show();
    return app.exec();
}
