// SafeReturn: the desktop application when started without a command, the CLI otherwise
// (DESIGN.md, "Commands").
#include "Cli.h"
#include "ExchangeCommands.h"
#include "Logging.h"
#include "ReportCommand.h"

#ifdef SAFERETURN_HAVE_UI
#include "ui/GuiApp.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
    // Every file this process creates (database, backups, exports, logs) is owner-only, whatever
    // the code that creates it forgets (docs/security.md).
    ::umask(077);
#ifdef NDEBUG
    // Release builds: no core dump can carry records or passwords out of memory.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // Before anything asks QStandardPaths for the data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("SafeReturn"));
    QCoreApplication::setApplicationName(QStringLiteral("safereturn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFERETURN_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (sr::app::isReportCommand(arguments))
        return sr::app::runReportCommand(argc, argv, arguments);
    if (sr::app::isExchangeCommand(arguments))
        return sr::app::runExchangeCommand(argc, argv, arguments);
    const sr::app::Arguments parsed = sr::app::parseArguments(arguments);

#ifdef SAFERETURN_HAVE_UI
    if (sr::app::wantsGui(parsed)) {
        sr::app::setupLogging(sr::app::LogMode::Gui);
        const QString database = parsed.database.isEmpty()
                                     ? sr::app::defaultDatabasePath()
                                     : QFileInfo(parsed.database).absoluteFilePath();
        return sr::ui::runGui(argc, argv, database, parsed.language);
    }
#endif
    if (sr::app::wantsGui(parsed)) {
        // A build without the UI layer: show the usage.
        sr::app::Arguments help = parsed;
        help.help = true;
        sr::app::runCli(argc, argv, help);
        return int(sr::app::ExitCode::Usage);
    }
    return sr::app::runCli(argc, argv, parsed);
}
