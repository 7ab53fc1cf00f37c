// SafeReturn: the desktop application when started without a command, the CLI otherwise
// (src/app/CliDispatcher.cpp).
#include "Cli.h"
#include "Logging.h"
#include "ServerConnection.h"
#include "services/ConnectionProfiles.h"

#ifdef SAFERETURN_HAVE_UI
#include "ui/GuiApp.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

// POSIX only; what Windows does instead is in docs/windows.md.
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // Every file this process creates (database, backups, exports, logs) is owner-only, whatever
    // the code that creates it forgets (docs/security.md).
    ::umask(077);
#ifdef NDEBUG
    // Release builds: no core dump can carry records or passwords out of memory.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
#endif
    // Before anything asks QStandardPaths for the data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("SafeReturn"));
    QCoreApplication::setApplicationName(QStringLiteral("safereturn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFERETURN_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (const std::optional<sr::app::GuiRequest> gui = sr::app::guiRequest(arguments)) {
#ifdef SAFERETURN_HAVE_UI
        sr::app::setupLogging(sr::app::LogMode::Gui);
        if (!gui->server.isEmpty() || sr::services::isServerLocation(gui->database)) {
            // A saved server or a server location: the login dialog asks its password.
            const sr::app::CommandLocation location =
                sr::app::commandLocation(gui->database, gui->server);
            if (!location.problem.isEmpty()) {
                // The CLI words the problem (an unknown profile, a malformed location).
                return sr::app::runCli(argc, argv, arguments);
            }
            return sr::ui::runGui(argc, argv, location.location, gui->language);
        }
        const QString database = gui->database.isEmpty()
                                     ? sr::app::defaultDatabasePath()
                                     : QFileInfo(gui->database).absoluteFilePath();
        return sr::ui::runGui(argc, argv, database, gui->language, gui->database.isEmpty());
#else
        // A build without the UI layer: show the usage.
        sr::app::runCli(argc, argv, QStringList(arguments) << QStringLiteral("--help"));
        return int(sr::app::ExitCode::Usage);
#endif
    }
    return sr::app::runCli(argc, argv, arguments);
}
