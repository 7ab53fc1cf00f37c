#pragma once

#include "Cli.h"
#include "commands/Command.h"
#include "domain/Actor.h"
#include "services/Permissions.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sr::app {

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

/** The parsed command line of the general commands. An empty command means the GUI. */
struct Arguments
{
    QString command;
    QString database; ///< --db; empty = the default database
    QString server;   ///< --server NAME: a saved connection profile instead of --db
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
    bool overdue = false;    ///< tasks --overdue: only tasks due before today
    QString forUser;         ///< tasks --for NAME: another worker's tasks (default: --user)
    QStringList positionals; ///< arguments after the command
    UsageError error = UsageError::None;
    QString errorArgument; ///< the offending argument or option (no personal data expected)
};

/**
 * The commands that share one command line, one usage text and one start (demo, find, backup,
 * restore, check, user; also the desktop application's --db and --lang): the parsing, the
 * usage, the database and the login. Each command is a subclass declared below and implemented
 * in its own file; tr() strings use the context "cli".
 */
class GeneralCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GeneralCommand)

public:
    /** Parses the arguments after the program name. Never fails: problems land in error. */
    static Arguments parse(const QStringList &arguments);
    /** The command of @a arguments, or one that prints the usage (help, version, errors). */
    static std::unique_ptr<GeneralCommand> create(const Arguments &arguments);

    explicit GeneralCommand(Arguments arguments);

    QString language() const override { return m_args.language; }
    int run() override;

protected:
    /** Checks before the database is opened; an exit code ends the command. */
    virtual std::optional<int> beforeOpening() { return std::nullopt; }
    /** Whether the database is created when missing. */
    virtual storage::Database::Creation creation() const
    {
        return storage::Database::Creation::MustExist;
    }
    /** Readers write only their audit rows: they must not queue behind a long import. */
    virtual bool readsOnly() const { return false; }
    /** The command itself, on the open database. */
    virtual int execute(storage::Database &db) = 0;

    void error(const QString &message) const;
    void print(const QString &text) const;
    static QString native(const QString &path);
    QString openErrorMessage(const Error &error, const QString &file) const;
    /** Logs --user in for @a permission; false (with exitCode() set) when refused. */
    bool login(storage::Database &db,
               std::optional<services::Permission> permission,
               bool rescueOnFullDisk = false);

    const Arguments &args() const { return m_args; }
    const QString &databasePath() const { return m_databasePath; }
    const domain::Actor &actor() const { return m_actor; }
    void setActor(const domain::Actor &actor) { m_actor = actor; }
    int exitCode() const { return m_exitCode; }
    /** False after a rescue login on a full disk (backup records it in its copy). */
    bool loginRecorded() const { return m_loginRecorded; }

private:
    QString usageErrorMessage() const;
    QString usage() const;
    std::unique_ptr<storage::Database> openDatabase();

    Arguments m_args;
    domain::Actor m_actor;
    QString m_databasePath;
    int m_exitCode = 0;
    bool m_loginRecorded = true;
};

// The general commands, in the order of the usage text. Each is implemented in its own
// <Name>Command.cpp; the six are declared here together because each only says which of
// GeneralCommand's steps it changes. Each repeats the base class's tr() context so that
// lupdate reads it where tr() is called.

/** `safereturn demo [--persons N] [--seed S]`: realistic synthetic records, into a new database or one with demo records only; a database without users gets the demo administrator (README). */
class DemoCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    storage::Database::Creation creation() const override;
    int execute(storage::Database &db) override;
};

/** `safereturn find TEXT`: case codes and names matching TEXT (each word a prefix). */
class FindCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;
};

/** `safereturn backup [--encrypt] -o FILE`: a backup of the database; on a full disk a rescue copy that records its login in the copy only. */
class BackupCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;

private:
    int backupEncrypted(storage::Database &db, const QString &target);
    /**
     * The end of a backup to @a target: why it failed, or @a writtenMessage and, after a
     * rescue login, where that login is recorded.
     */
    int finish(const Result<void> &done, const QString &target, const QString &writtenMessage);
};

/** `safereturn restore FILE`: replaces the database with a backup that proves itself whole; without a login only into a new database without users or records. */
class RestoreCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    std::optional<int> beforeOpening() override;
    storage::Database::Creation creation() const override;
    int execute(storage::Database &db) override;

private:
    int restoreEncrypted(storage::Database &db, const QString &source);
    /** The sentence for a refused or failed restore of @a source on stderr; exit code 1. */
    int refused(const QString &source, const Error &error);
    /** The refusal of a restore without login into a database with records but no users. */
    QString noUsersWithRecords() const;
};

/** `safereturn check`: integrity, foreign keys, the audit chain and accounts changed outside SafeReturn, with the record counts. */
class CheckCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;
};

/**
 * `safereturn tasks [--for NAME] [--overdue]`: the open tasks of the logged-in user (or of NAME,
 * which needs Permission::ViewCaseOverview), one tab-separated line each: task code, case code,
 * due date (dd/MM/yyyy), what to do.
 */
class TasksCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(TasksCommand)
public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;
};

/** `safereturn user add|list|disable|passwd`: user accounts; on a database without users, `user add --role administrator NAME` creates the first administrator. */
class UserCommand : public GeneralCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    using GeneralCommand::GeneralCommand;

protected:
    storage::Database::Creation creation() const override;
    int execute(storage::Database &db) override;
};

} // namespace sr::app
