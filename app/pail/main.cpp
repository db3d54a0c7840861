#include <cstdio>
#include <cstring>

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include "engine/client/keychainsecretstore.h"
#include "engine/core/version.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/mainwindow.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/common/appearance.h"
#include "ui/common/language.h"

namespace {

// PAIL_STARTUP_REPORT=1 (bench/startup.sh): print when the window was shown and when the
// sandbox connection was ready to use (its buckets listed), counted from the start of main(),
// then quit.
void reportStartup(Gui::MainWindow &window, const QElapsedTimer &clock)
{
    QTimer::singleShot(0, &window, [&clock] { std::printf("startup: window shown %lld ms\n", static_cast<long long>(clock.elapsed())); });
    Gui::Connection *connection = window.currentConnection();
    if (!connection)
        return;
    const auto done = [&clock](const char *what) {
        std::printf("startup: sandbox %s %lld ms\n", what, static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    QObject::connect(window.connectionModel(), &Gui::ConnectionModel::bucketsListed, &window,
                     [connection, done](Gui::Connection *listed) {
                         if (listed == connection)
                             done("buckets listed");
                     });
    QObject::connect(connection, &Gui::Connection::stateChanged, &window, [connection, done] {
        if (connection->state() == Gui::Connection::State::Failed)
            done("failed");
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
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
    // Matches resources/linux/io.pail.Pail.desktop, so that Wayland compositors and docks
    // group the window under Pail's entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.pail.Pail"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.pail.Pail.svg")));

    // Settings: QSettings (~/.config/Pail/pail.conf on Linux); data: AppDataLocation.
    Gui::AppearanceManager appearance;
    appearance.apply(Gui::AppearanceManager::savedScheme());
    Gui::LanguageManager language;
    language.apply(Gui::LanguageManager::savedLanguage());

    // The embedded engine behind the "Local sandbox" connection; it opens its store on a pool
    // thread, the window shows "Starting sandbox..." meanwhile.
    Gui::SandboxController sandbox;
    sandbox.start(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox"));

    // Secret keys of the user's own connections live in the system keychain only; without one,
    // saving a connection says so (the sandbox's throw-away keys never go there).
    Client::KeychainSecretStore secrets;

    Gui::MainWindow::Options options;
    options.sandbox = &sandbox;
    options.secrets = &secrets;
    options.language = &language;
    options.appearance = &appearance;
    Gui::MainWindow window(options);
    window.show();
    if (qEnvironmentVariableIsSet("PAIL_STARTUP_REPORT"))
        reportStartup(window, clock);
    return app.exec();
}
