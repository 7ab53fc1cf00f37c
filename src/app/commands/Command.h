#pragma once

#include "Cli.h"
#include "CliAuth.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "ServerConnection.h"
#include "messages/CliMessages.h"
#include "reports/ReportFormat.h"
#include "services/ConnectionProfiles.h"
#include "services/Permissions.h"
#include "storage/Database.h"

#include <QString>

#include <cstdio>
#include <memory>
#include <utility>

namespace sr::app {

/**
 * One CLI command. The dispatcher (src/app/CliDispatcher.cpp) makes it from the command line,
 * creates the Qt application object, installs the translators of language() and calls run().
 */
class Command
{
public:
    virtual ~Command() = default;

    /** --lang of the command line: "vi", "en", or empty for the default (Vietnamese). */
    virtual QString language() const = 0;
    /** Whether the command needs a QGuiApplication (fonts, images, PDF) instead of a core one. */
    virtual bool needsGui() const { return false; }
    /** Runs the command; returns the process exit code (ExitCode in src/app/Cli.h). */
    virtual int run() = 0;
};

/**
 * A command with a grammar of its own over the shared options of CommandLine.h (report, export,
 * import): it owns its parsed @a Arguments (a SharedArguments), answers --help with its usage and
 * a usage problem found while parsing with exit code 2, and only then runs execute().
 */
template<typename Arguments>
class OwnGrammarCommand : public Command
{
public:
    explicit OwnGrammarCommand(Arguments arguments)
        : m_args(std::move(arguments))
    {}

    QString language() const override { return m_args.language; }

    int run() override
    {
        if (m_args.help) {
            writeTo(stdout, usage());
            return int(ExitCode::Ok);
        }
        if (!m_args.error.isEmpty())
            return usageError(m_args.error);
        // A database named wrongly is a usage error, found before the command does anything
        // (the default file's path is made only when the database is opened).
        if (!m_args.server.isEmpty() || services::isServerLocation(m_args.database)) {
            const CommandLocation location = commandLocation(m_args.database, m_args.server);
            if (!location.problem.isEmpty())
                return usageError(location.problem);
        }
        return execute();
    }

protected:
    /** The command itself, once the command line is fine. */
    virtual int execute() = 0;
    /** The usage text of --help (translated). */
    virtual QString usage() const = 0;
    /** Writes @a message and where the usage is on stderr; returns ExitCode::Usage. */
    virtual int usageError(const QString &message) const = 0;
    /** The command word ("report", "export", "import") in messages and in the log. */
    virtual QString name() const = 0;

    /** Writes "safereturn <name>: @a message" on stderr; returns ExitCode::Failure. */
    int failure(const QString &message) const { return commandFailure(name(), message); }

    /**
     * The existing database of --db or --server, logging set up first (a server's password
     * asked at the terminal when needed, askServerPassword); a reader (@a readsOnly) does not
     * queue behind another program's write (Cli.h). nullptr, with the reason on stderr, when it
     * cannot be opened: no command creates it, so a mistyped --db leaves nothing behind.
     */
    std::unique_ptr<storage::Database> openDatabase(bool readsOnly) const
    {
        setupLogging(LogMode::Cli);
        const QString path = commandLocation(m_args.database, m_args.server).location;
        askServerPassword(path);
        auto db =
            openCommandDatabase(path, storage::Database::Creation::MustExist, readsOnly, name());
        if (!db) {
            failure(messages::openErrorSentence(db.error(), path));
            return nullptr;
        }
        return std::move(db).value();
    }

    /** Logs --user in for @a permission; without an actor, the exit code to leave with. */
    CliLogin logIn(storage::Database &db, services::Permission permission) const
    {
        return authenticate(
            db, m_args.user, permission, QStringLiteral("safereturn %1: ").arg(name()));
    }

    const Arguments &args() const { return m_args; }

    /** The language of a document the command writes: --lang (Vietnamese unless "en"). */
    reports::Language documentLanguage() const
    {
        return m_args.language == QLatin1String("en") ? reports::Language::English
                                                      : reports::Language::Vietnamese;
    }

private:
    Arguments m_args;
};

} // namespace sr::app
