#pragma once

#include <QString>
#include <QStringList>

namespace sr::app {

/** Process exit codes of the CLI (DESIGN.md, "Commands"). */
enum class ExitCode { Ok = 0, Failure = 1, Usage = 2 };

/**
 * Milliseconds a command that only reads records (find, check, backup, export, report) waits
 * for another program's write before it says so: its own audit rows must not queue it behind a
 * long import (docs/security.md, "Readers do not wait behind writers").
 */
constexpr int readerWaitMs = 2000;

/** What was wrong with the command line. */
enum class UsageError {
    None,
    UnknownCommand,
    UnknownOption,
    MissingValue,     ///< an option without its value
    BadValue,         ///< e.g. --persons not a positive integer, --lang not vi|en
    MissingArgument,  ///< e.g. find without TEXT, backup without -o
    TooManyArguments, ///< e.g. two files for restore
};

/** The parsed command line. An empty command means the GUI. */
struct Arguments
{
    QString command;
    QString database; ///< --db; empty = the default database
    QString language; ///< --lang; empty = the language chosen in Settings (GUI), else Vietnamese
    bool help = false;
    bool version = false;
    qint64 persons = 2000;
    bool hasSeed = false;
    quint64 seed = 0;
    QString output;          ///< backup -o FILE
    bool encrypt = false;    ///< backup --encrypt (passphrase: SAFERETURN_PASSPHRASE or prompt)
    QString user;            ///< --user NAME (password: environment or prompt)
    QString role;            ///< user add --role viewer|social_worker|manager|administrator
    QString displayName;     ///< user add --display-name TEXT
    QStringList positionals; ///< arguments after the command
    UsageError error = UsageError::None;
    QString errorArgument; ///< the offending argument or option (no personal data expected)
};

/** Parses the arguments after the program name. Never fails: problems land in error. */
Arguments parseArguments(const QStringList &arguments);

/** Whether the arguments ask for the desktop application (no command, no usage error). */
inline bool wantsGui(const Arguments &arguments)
{
    return arguments.command.isEmpty() && !arguments.help && !arguments.version
           && arguments.error == UsageError::None;
}

/** Runs a CLI command (creates the QCoreApplication); returns the process exit code. */
int runCli(int &argc, char **argv, const Arguments &arguments);

} // namespace sr::app
