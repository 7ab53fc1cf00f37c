#include "commands/ServerCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "messages/ErrorMessages.h"
#include "services/ServerMigration.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>

namespace sr::app {

namespace {

const QStringList &actions()
{
    static const QStringList list{QStringLiteral("init"), QStringLiteral("migrate")};
    return list;
}

const QList<OptionSpec> &specs()
{
    static const QList<OptionSpec> list{
        {QStringLiteral("-h"), false},
        {QStringLiteral("--help"), false},
        {QStringLiteral("--lang"), true},
        {QStringLiteral("--db"), true},
        {QStringLiteral("--server"), true},
        {QStringLiteral("--to"), true},
        {QStringLiteral("--from"), true},
        {QStringLiteral("--grant"), true},
    };
    return list;
}

// Ctrl+C during a migration: the copy stops at its next batch and its transaction rolls back,
// so the server database stays as init left it.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

QString dmy(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

bool ServerCommand::handles(const QStringList &arguments)
{
    if (commandWord(arguments) != QLatin1String("server"))
        return false;
    const CommandLine line = parseCommandLine(arguments, specs());
    return line.words.size() >= 2 && line.words.at(0).text == QLatin1String("server")
           && actions().contains(line.words.at(1).text);
}

ServerArguments ServerCommand::parse(const QStringList &arguments)
{
    const CommandLine line = parseCommandLine(arguments, specs());
    ServerArguments args;
    SharedArguments shared; // for UsageProblems::report (--lang)
    UsageProblems problems;
    problems.addLineProblems(line.problems, tr("unknown option %1"), tr("option %1 needs a value"));
    args.action = line.words.value(1).text;
    const bool initing = args.action == QLatin1String("init");
    for (const GivenOption &option : line.options) {
        const QString &name = option.spelling;
        if (name == QLatin1String("-h") || name == QLatin1String("--help"))
            args.help = true;
        else if (name == QLatin1String("--lang"))
            shared.language = option.value;
        else if (name == QLatin1String("--server"))
            args.server = option.value;
        else if (initing && name == QLatin1String("--db"))
            args.database = option.value;
        else if (initing && name == QLatin1String("--grant"))
            args.grant = option.value;
        else if (!initing && name == QLatin1String("--to"))
            args.to = option.value;
        else if (!initing && name == QLatin1String("--from"))
            args.from = option.value;
        else
            problems.add(option.position, tr("unknown option %1").arg(name));
    }
    if (line.words.size() > 2) {
        const Word &extra = line.words.at(2);
        problems.add(extra.position, tr("unexpected argument %1").arg(extra.text));
    }
    const QString target = initing ? args.database : args.to;
    if (target.isEmpty() && args.server.isEmpty()) {
        problems.add(arguments.size(),
                     initing
                         ? tr("server init needs --db postgresql://USER@HOST[:PORT]/DATABASE "
                              "or --server NAME")
                         : tr("server migrate needs --to postgresql://USER@HOST[:PORT]/DATABASE "
                              "or --server NAME"));
    } else if (!target.isEmpty() && !services::isServerLocation(target)) {
        problems.add(arguments.size(),
                     tr("%1 must name a server database: postgresql://USER@HOST[:PORT]/DATABASE")
                         .arg(initing ? QStringLiteral("--db") : QStringLiteral("--to")));
    }
    if (!initing && args.from.isEmpty())
        problems.add(arguments.size(), tr("server migrate needs --from FILE (the database file)"));
    problems.report(shared, tr("--lang must be vi or en"));
    args.language = shared.language;
    args.error = shared.error;
    return args;
}

ServerCommand::ServerCommand(ServerArguments arguments)
    : m_args(std::move(arguments))
{}

QString ServerCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]\n"
              "  safereturn server migrate --from FILE (--to LOCATION | --server NAME)\n"
              "\n"
              "For the administrator of a database server (docs/server.md). LOCATION is\n"
              "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the server password is\n"
              "typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the\n"
              "command line.\n"
              "init creates SafeReturn's tables in an empty server database; its USER must be\n"
              "allowed to create tables (the database's owner). --grant ROLE then gives the\n"
              "server role used every day what SafeReturn needs, and no right to change tables.\n"
              "migrate copies every record, reference list, setting, user and audit row of the\n"
              "database FILE into an empty server database that init prepared, in one\n"
              "transaction, then compares the row counts and the period report on both sides.\n"
              "Ctrl+C stops it and leaves the server database unchanged.\n"
              "Exit codes: 0 success, 1 runtime failure or a difference found, 2 bad usage.\n");
}

int ServerCommand::usageError(const QString &message) const
{
    return commandUsageError(
        QStringLiteral("server %1").arg(m_args.action),
        message,
        tr("run \"safereturn server %1 --help\" for usage").arg(m_args.action));
}

int ServerCommand::failure(const QString &message) const
{
    return commandFailure(QStringLiteral("server %1").arg(m_args.action), message);
}

int ServerCommand::run()
{
    if (m_args.help) {
        writeTo(stdout, usage());
        return int(ExitCode::Ok);
    }
    if (!m_args.error.isEmpty())
        return usageError(m_args.error);
    const bool initing = m_args.action == QLatin1String("init");
    const CommandLocation location =
        commandLocation(initing ? m_args.database : m_args.to, m_args.server);
    if (!location.problem.isEmpty())
        return usageError(location.problem);
    if (!services::isServerLocation(location.location))
        return usageError(tr("--server must name a saved server profile"));
    setupLogging(LogMode::Cli);
    askServerPassword(location.location);
    return initing ? init(location.location) : migrate(location.location);
}

int ServerCommand::init(const QString &location)
{
    storage::Database::Options options;
    options.creation = storage::Database::Creation::MustExist;
    auto db = storage::Database::open(location, options);
    bool created = false;
    if (!db && db.error().reason == ErrorReason::ServerNoSchema) {
        options.creation = storage::Database::Creation::CreateIfMissing;
        db = storage::Database::open(location, options);
        created = true;
        // The schema was not made: this role may not create tables (PostgresDialect::create).
        if (!db && db.error().reason == ErrorReason::ServerNoSchema) {
            return failure(tr("the server user of %1 may not create tables in this database; "
                              "run server init as the database's owner (docs/server.md), "
                              "nothing was changed")
                               .arg(location));
        }
    }
    if (!db) {
        spdlog::info("server init: database not opened ({})",
                     errorCodeName(db.error().code).toStdString());
        return failure(messages::openErrorSentence(db.error(), location));
    }
    if (created) {
        writeTo(stdout,
                tr("SafeReturn's tables (schema version %1) were created in %2\n")
                    .arg((*db)->schemaVersion())
                    .arg(location));
    } else {
        writeTo(stdout,
                tr("%1 already holds SafeReturn's tables (schema version %2); nothing was "
                   "created\n")
                    .arg(location)
                    .arg((*db)->schemaVersion()));
    }
    if (m_args.grant.isEmpty())
        return int(ExitCode::Ok);
    const auto granted = services::grantDailyRole(**db, m_args.grant);
    if (!granted) {
        if (granted.error().code == ErrorCode::InvalidInput)
            return usageError(tr("--grant: a server role name of lower-case letters, digits and "
                                 "\"_\", at most 63 characters"));
        if (granted.error().code == ErrorCode::NotFound)
            return failure(tr("there is no server role named \"%1\"; create it first "
                              "(docs/server.md), then run server init --grant again")
                               .arg(m_args.grant));
        return failure(tr("the rights of %1 could not be granted: %2")
                           .arg(m_args.grant, messages::errorSentence(granted.error())));
    }
    writeTo(stdout,
            tr("the server role %1 may now read, add and change SafeReturn's records in this "
               "database; it may not delete records nor change tables\n")
                .arg(m_args.grant));
    return int(ExitCode::Ok);
}

int ServerCommand::migrate(const QString &location)
{
    const QString file = QFileInfo(m_args.from).absoluteFilePath();
    if (services::isServerLocation(m_args.from) || !QFileInfo(file).isFile())
        return usageError(
            tr("--from: %1 is not a database file").arg(QDir::toNativeSeparators(m_args.from)));
    // Opened as every command opens a file: one made by an older SafeReturn is upgraded first
    // (after a copy of it, storage/Migrations.h), so that both sides have the same tables.
    // Nothing else is written to it.
    storage::Database::Options fileOptions;
    fileOptions.creation = storage::Database::Creation::MustExist;
    auto source = storage::Database::open(file, fileOptions);
    if (!source)
        return failure(messages::openErrorSentence(source.error(), file));
    storage::Database::Options options;
    options.creation = storage::Database::Creation::MustExist;
    auto target = storage::Database::open(location, options);
    if (!target)
        return failure(messages::openErrorSentence(target.error(), location));

    const bool terminal = stderrIsTerminal();
    QString lastTable;
    QString lastLogged;
    const auto progress = [&](const services::MigrationProgress &p) {
        if (g_interrupted)
            return false;
        if (p.table == QLatin1String("commit"))
            return true;
        if (p.table == QLatin1String("report_summary")) {
            writeTo(stderr,
                    (terminal ? QStringLiteral("\n") : QString())
                        + tr("server migrate: computing the report summaries…\n"));
            return true;
        }
        const QString line =
            tr("server migrate: %1: %2 / %3 rows").arg(p.table).arg(p.done).arg(p.total);
        if (terminal) {
            writeTo(
                stderr,
                (p.table != lastTable && !lastTable.isEmpty() ? QStringLiteral("\n") : QString())
                    + u'\r' + line);
        } else if (p.done == p.total && p.table != lastLogged) {
            writeTo(stderr, line + u'\n'); // once per table in a log
            lastLogged = p.table;
        }
        lastTable = p.table;
        return true;
    };
    g_interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    const auto migrated = services::migrateToServer(**source, **target, progress);
    std::signal(SIGINT, previous);
    if (!migrated) {
        const Error &error = migrated.error();
        if (error.code == ErrorCode::Cancelled)
            return failure(tr("stopped; the server database was not changed"));
        if (error.code == ErrorCode::Conflict) {
            return failure(tr("the server database already holds records, users or audit rows "
                              "(table %1); a migration goes only into an empty database that "
                              "\"safereturn server init\" prepared; nothing was changed")
                               .arg(error.detail));
        }
        return failure(tr("the copy failed and the server database was not changed: %1")
                           .arg(messages::errorSentence(error)));
    }
    const services::MigrationResult &result = *migrated;
    writeTo(stdout, tr("copied %1 to %2\n").arg(QDir::toNativeSeparators(file), location));
    if (result.checkError) {
        return failure(tr("the copy was committed, but it could not be checked: %1; keep the "
                          "file and ask for help before using the server")
                           .arg(messages::errorSentence(*result.checkError)));
    }
    writeTo(stdout, tr("table\tfile\tserver\n"));
    for (const services::MigratedTable &table : result.tables)
        writeTo(
            stdout,
            QStringLiteral("%1\t%2\t%3\n").arg(table.table).arg(table.source).arg(table.target));
    writeTo(stdout,
            result.countsEqual ? tr("row counts: equal on both sides\n")
                               : tr("row counts: DIFFERENT (see the table above)\n"));
    writeTo(stdout,
            (result.reportEqual ? tr("period report %1 – %2: identical on both sides\n")
                                : tr("period report %1 – %2: DIFFERENT on the server\n"))
                .arg(dmy(result.reportFrom), dmy(result.reportTo)));
    writeTo(stdout,
            result.auditChainIntact ? tr("audit log on the server: hash chain intact\n")
                                    : tr("audit log on the server: hash chain BROKEN\n"));
    if (result.attachmentsDamaged == 0)
        writeTo(stdout,
                tr("attachments on the server: %1 read back, bytes identical (SHA-256)\n")
                    .arg(result.attachmentsChecked));
    else
        writeTo(stdout,
                tr("attachments on the server: %1 of %2 DIFFERENT from their SHA-256\n")
                    .arg(result.attachmentsDamaged)
                    .arg(result.attachmentsChecked));
    const bool ok = result.countsEqual && result.reportEqual && result.auditChainIntact
                    && result.attachmentsDamaged == 0;
    if (!ok)
        return failure(tr("the copy was committed but a check found a difference; keep the "
                          "file and ask for help before using the server"));
    return int(ExitCode::Ok);
}

} // namespace sr::app
