#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sr::app {

/** Process exit codes of the CLI (docs/architecture.md, "Where things live"). */
enum class ExitCode { Ok = 0, Failure = 1, Usage = 2 };

/**
 * Milliseconds a command that only reads records (find, check, backup, export, report) waits
 * for another program's write before it says so: its own audit rows must not queue it behind a
 * long import (docs/security.md, "Readers do not wait behind writers").
 */
constexpr int readerWaitMs = 2000;

/** What the desktop application is started with. */
struct GuiRequest
{
    QString database; ///< --db; empty = the default database
    QString language; ///< --lang; empty = the language chosen in Settings, else Vietnamese
    QString server;   ///< --server NAME: a saved connection profile instead of --db
};

/** The desktop application's --db and --lang when @a arguments name no command (nor a problem). */
std::optional<GuiRequest> guiRequest(const QStringList &arguments);

/**
 * Runs the CLI command of @a arguments (after the program name): makes the command from its
 * command line, creates the Qt application object and runs it. Returns the exit code.
 */
int runCli(int &argc, char **argv, const QStringList &arguments);

} // namespace sr::app
