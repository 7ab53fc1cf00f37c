// The CLI's one dispatcher: the command word picks the command class (src/app/commands/), and
// the Qt application object of every command is created here and nowhere else.
#include "Cli.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "ServerConnection.h"
#include "commands/CaseCommand.h"
#include "commands/ExchangeCommand.h"
#include "commands/GeneralCommand.h"
#include "commands/ProfileCommand.h"
#include "commands/ReportCommand.h"
#include "commands/ServerCommand.h"
#include "messages/Translators.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

namespace sr::app {

namespace {

/**
 * The command of @a arguments, its command line read. report, export and import have grammars
 * of their own; every other word (none, a general command, an unknown one) is read by
 * GeneralCommand, which also answers --help, --version and usage errors.
 */
std::unique_ptr<Command> commandFor(const QStringList &arguments)
{
    const QString word = commandWord(arguments);
    if (word == QLatin1String("report"))
        return std::make_unique<ReportCommand>(ReportCommand::parse(arguments));
    if (word == QLatin1String("export"))
        return std::make_unique<ExportCommand>(ExchangeCommand::parse(arguments));
    if (word == QLatin1String("import"))
        return std::make_unique<ImportCommand>(ExchangeCommand::parse(arguments));
    if (CaseCommand::handles(arguments))
        return std::make_unique<CaseCommand>(CaseCommand::parse(arguments));
    if (ProfileCommand::handles(arguments))
        return std::make_unique<ProfileCommand>(ProfileCommand::parse(arguments));
    if (ServerCommand::handles(arguments))
        return std::make_unique<ServerCommand>(ServerCommand::parse(arguments));
    return GeneralCommand::create(GeneralCommand::parse(arguments));
}

bool hasOwnGrammar(const QString &word)
{
    return word == QLatin1String("report") || word == QLatin1String("export")
           || word == QLatin1String("import");
}

} // namespace

std::optional<GuiRequest> guiRequest(const QStringList &arguments)
{
    if (hasOwnGrammar(commandWord(arguments)) || CaseCommand::handles(arguments)
        || ProfileCommand::handles(arguments) || ServerCommand::handles(arguments)
        || passwordOnCommandLine(arguments))
        return std::nullopt;
    const Arguments parsed = GeneralCommand::parse(arguments);
    if (!parsed.command.isEmpty() || parsed.help || parsed.version
        || parsed.error != UsageError::None)
        return std::nullopt;
    return GuiRequest{parsed.database, parsed.language, parsed.server};
}

int runCli(int &argc, char **argv, const QStringList &arguments)
{
    const std::unique_ptr<Command> command = commandFor(arguments);
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui()) {
        // Fonts, images and the PDF writer need a QGuiApplication, no widgets (the reports
        // library links Qt Gui only: src/reports/CMakeLists.txt). The CLI never shows a window,
        // so the offscreen platform works with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Before the QGuiApplication: its warnings (no XDG_RUNTIME_DIR on a headless machine) go
        // to the log file, not to the user's terminal.
        setupLogging(LogMode::Cli);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    messages::installTranslators(command->language());
    int code = int(ExitCode::Usage);
    // Before the command reads its line: a password there is refused, whatever else is wrong
    // (and never repeated).
    if (passwordOnCommandLine(arguments))
        writeTo(stderr, QStringLiteral("safereturn: ") + passwordOnCommandLineSentence() + u'\n');
    else
        code = command->run();
    std::fflush(stdout);
    std::fflush(stderr);
    spdlog::shutdown();
    return code;
}

} // namespace sr::app
