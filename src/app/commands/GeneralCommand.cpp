#include "commands/GeneralCommand.h"

#include "CliAuth.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "ServerConnection.h"
#include "messages/CliMessages.h"
#include "services/AuthService.h"

#include <QDir>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace sr::app {

namespace {

/** Options, and the commands that accept them (empty = every command). */
struct GeneralOption
{
    OptionSpec spec;
    QStringList commands;
};

const QList<GeneralOption> &generalOptions()
{
    static const QList<GeneralOption> options{
        {{QStringLiteral("--db"), true}, {}},
        {{QStringLiteral("--server"), true}, {}},
        {{QStringLiteral("--lang"), true}, {}},
        {{QStringLiteral("--help"), false}, {}},
        {{QStringLiteral("-h"), false}, {}},
        {{QStringLiteral("--version"), false}, {}},
        {{QStringLiteral("-v"), false}, {}},
        {{QStringLiteral("--persons"), true}, {QStringLiteral("demo")}},
        {{QStringLiteral("--seed"), true}, {QStringLiteral("demo")}},
        {{QStringLiteral("-o"), true}, {QStringLiteral("backup")}},
        {{QStringLiteral("--output"), true}, {QStringLiteral("backup")}},
        {{QStringLiteral("--encrypt"), false}, {QStringLiteral("backup")}},
        {{QStringLiteral("--user"), true}, {}},
        {{QStringLiteral("--role"), true}, {QStringLiteral("user")}},
        {{QStringLiteral("--display-name"), true}, {QStringLiteral("user")}},
        {{QStringLiteral("--overdue"), false}, {QStringLiteral("tasks")}},
        {{QStringLiteral("--for"), true}, {QStringLiteral("tasks")}},
    };
    return options;
}

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("demo"),
                                  QStringLiteral("find"),
                                  QStringLiteral("backup"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("check"),
                                  QStringLiteral("tasks"),
                                  QStringLiteral("user")};
    return list;
}

void fail(Arguments &args, UsageError error, const QString &argument)
{
    if (args.error == UsageError::None) {
        args.error = error;
        args.errorArgument = argument;
    }
}

UsageError usageErrorOf(LineProblem::Kind kind)
{
    switch (kind) {
    case LineProblem::Kind::UnknownOption:
        return UsageError::UnknownOption;
    case LineProblem::Kind::MissingValue:
        return UsageError::MissingValue;
    case LineProblem::Kind::UnexpectedValue:
        break;
    }
    return UsageError::BadValue;
}

/**
 * The sentence of one usage error (tr() context "cli"). A row with an argument (an option or a
 * command) is that argument's own sentence; a row without one is the error's general sentence,
 * "%1" being the offending argument. The first row that fits is used.
 */
struct UsageSentence
{
    UsageError error;
    const char *argument; ///< nullptr: any argument
    const char *text;
};

constexpr UsageSentence usageSentences[] = {
    {UsageError::UnknownCommand, nullptr, QT_TRANSLATE_NOOP("cli", "unknown command \"%1\"")},
    {UsageError::UnknownOption, nullptr, QT_TRANSLATE_NOOP("cli", "unknown option \"%1\"")},
    {UsageError::MissingValue, nullptr, QT_TRANSLATE_NOOP("cli", "option \"%1\" needs a value")},
    {UsageError::BadValue,
     "--persons",
     QT_TRANSLATE_NOOP("cli", "--persons needs a positive whole number")},
    {UsageError::BadValue,
     "--seed",
     QT_TRANSLATE_NOOP("cli", "--seed needs a whole number (0 or more)")},
    {UsageError::BadValue, "--lang", QT_TRANSLATE_NOOP("cli", "--lang must be \"vi\" or \"en\"")},
    {UsageError::BadValue,
     "--role",
     QT_TRANSLATE_NOOP("cli", "--role must be viewer, social_worker, manager or administrator")},
    {UsageError::BadValue, nullptr, QT_TRANSLATE_NOOP("cli", "bad value for option \"%1\"")},
    {UsageError::MissingArgument,
     "find",
     QT_TRANSLATE_NOOP("cli", "find needs the TEXT to search for")},
    {UsageError::MissingArgument,
     "backup",
     QT_TRANSLATE_NOOP("cli", "backup needs the output file: -o FILE")},
    {UsageError::MissingArgument,
     "restore",
     QT_TRANSLATE_NOOP("cli", "restore needs the backup FILE")},
    {UsageError::MissingArgument,
     "user",
     QT_TRANSLATE_NOOP("cli", "user needs one of: add NAME, list, disable NAME, passwd [NAME]")},
    {UsageError::MissingArgument, nullptr, QT_TRANSLATE_NOOP("cli", "missing argument for \"%1\"")},
    {UsageError::TooManyArguments, nullptr, QT_TRANSLATE_NOOP("cli", "unexpected argument \"%1\"")},
};

/** The words each command needs, checked once the options are fine. */
void checkWords(Arguments &args)
{
    const QString &command = args.command;
    if (command == QLatin1String("find")) {
        if (args.positionals.join(u' ').trimmed().isEmpty())
            fail(args, UsageError::MissingArgument, command);
    } else if (command == QLatin1String("restore")) {
        if (args.positionals.isEmpty() || args.positionals.constFirst().isEmpty())
            fail(args, UsageError::MissingArgument, command);
        else if (args.positionals.size() > 1)
            fail(args, UsageError::TooManyArguments, args.positionals.at(1));
    } else if (command == QLatin1String("backup")) {
        if (args.output.isEmpty())
            fail(args, UsageError::MissingArgument, command);
        else if (!args.positionals.isEmpty())
            fail(args, UsageError::TooManyArguments, args.positionals.constFirst());
    } else if (command == QLatin1String("user")) {
        const QString sub = args.positionals.value(0);
        const qsizetype wanted = sub == QLatin1String("list") ? 1 : 2;
        const bool needsName = sub == QLatin1String("add") || sub == QLatin1String("disable");
        if ((sub != QLatin1String("add") && sub != QLatin1String("list")
             && sub != QLatin1String("disable") && sub != QLatin1String("passwd"))
            || (needsName && args.positionals.size() < 2))
            fail(args, UsageError::MissingArgument, command);
        else if (args.positionals.size() > wanted)
            fail(args, UsageError::TooManyArguments, args.positionals.at(wanted));
        else if (!args.role.isEmpty() && sub != QLatin1String("add"))
            fail(args, UsageError::UnknownOption, QStringLiteral("--role"));
    } else if (!args.positionals.isEmpty()) {
        fail(args, UsageError::TooManyArguments, args.positionals.constFirst());
    }
}

/** No command to run: the usage, the version or a usage error (run() answers before execute). */
class UsageCommand : public GeneralCommand
{
public:
    using GeneralCommand::GeneralCommand;

protected:
    int execute(storage::Database &) override { return int(ExitCode::Usage); }
};

} // namespace

Arguments GeneralCommand::parse(const QStringList &arguments)
{
    QList<OptionSpec> specs;
    for (const GeneralOption &option : generalOptions())
        specs.append(option.spec);
    const CommandLine line = parseCommandLine(arguments, specs);

    Arguments args;
    for (const Word &word : line.words) {
        if (args.command.isEmpty())
            args.command = word.text;
        else
            args.positionals.append(word.text);
    }
    if (!line.problems.isEmpty())
        fail(args, usageErrorOf(line.problems.first().kind), line.problems.first().spelling);
    if (!args.command.isEmpty() && !commands().contains(args.command))
        fail(args, UsageError::UnknownCommand, args.command);

    for (const GivenOption &option : line.options) {
        const QString &name = option.spelling;
        const QString &value = option.value;
        for (const GeneralOption &general : generalOptions()) {
            if (general.spec.spelling == name && !general.commands.isEmpty()
                && !general.commands.contains(args.command))
                fail(args, UsageError::UnknownOption, name);
        }
        if (name == QLatin1String("--db")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.database = value;
        } else if (name == QLatin1String("--server")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.server = value;
        } else if (name == QLatin1String("--lang")) {
            if (value != QLatin1String("vi") && value != QLatin1String("en"))
                fail(args, UsageError::BadValue, name);
            else
                args.language = value;
        } else if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            args.help = true;
        } else if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
            args.version = true;
        } else if (name == QLatin1String("--persons")) {
            bool ok = false;
            const qint64 persons = value.toLongLong(&ok);
            if (!ok || persons <= 0 || persons > 100'000'000)
                fail(args, UsageError::BadValue, name);
            else
                args.persons = persons;
        } else if (name == QLatin1String("--seed")) {
            bool ok = false;
            const quint64 seed = value.toULongLong(&ok);
            if (!ok || value.startsWith(u'-') || value.startsWith(u'+'))
                fail(args, UsageError::BadValue, name);
            else {
                args.seed = seed;
                args.hasSeed = true;
            }
        } else if (name == QLatin1String("--user")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.user = value;
        } else if (name == QLatin1String("--role")) {
            if (!services::roleFromCode(value))
                fail(args, UsageError::BadValue, name);
            args.role = value;
        } else if (name == QLatin1String("--display-name")) {
            args.displayName = value;
        } else if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.output = value;
        } else if (name == QLatin1String("--encrypt")) {
            args.encrypt = true;
        } else if (name == QLatin1String("--overdue")) {
            args.overdue = true;
        } else if (name == QLatin1String("--for")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.forUser = value;
        }
    }
    if (args.help || args.version || args.error != UsageError::None)
        return args;
    checkWords(args);
    return args;
}

std::unique_ptr<GeneralCommand> GeneralCommand::create(const Arguments &arguments)
{
    const QString &name = arguments.command;
    if (arguments.error == UsageError::None && !arguments.help && !arguments.version) {
        if (name == QLatin1String("demo"))
            return std::make_unique<DemoCommand>(arguments);
        if (name == QLatin1String("find"))
            return std::make_unique<FindCommand>(arguments);
        if (name == QLatin1String("backup"))
            return std::make_unique<BackupCommand>(arguments);
        if (name == QLatin1String("restore"))
            return std::make_unique<RestoreCommand>(arguments);
        if (name == QLatin1String("check"))
            return std::make_unique<CheckCommand>(arguments);
        if (name == QLatin1String("tasks"))
            return std::make_unique<TasksCommand>(arguments);
        if (name == QLatin1String("user"))
            return std::make_unique<UserCommand>(arguments);
    }
    return std::make_unique<UsageCommand>(arguments);
}

GeneralCommand::GeneralCommand(Arguments arguments)
    : m_args(std::move(arguments))
    , m_actor{0, QStringLiteral("unauthenticated"), domain::Role::Viewer}
{}

QString GeneralCommand::native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void GeneralCommand::error(const QString &message) const
{
    writeTo(stderr, QStringLiteral("safereturn: ") + message + u'\n');
}

void GeneralCommand::print(const QString &text) const
{
    writeTo(stdout, text + u'\n');
}

QString GeneralCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn [--db FILE|LOCATION | --server NAME] [--lang vi|en]\n"
              "                                                  start the desktop application\n"
              "  safereturn demo [--persons N] [--seed S]        write realistic synthetic "
              "records\n"
              "  safereturn find TEXT                            case codes and names matching "
              "TEXT\n"
              "  safereturn backup [--encrypt] -o FILE           write a backup of the database\n"
              "                                                  (encrypted: passphrase from\n"
              "                                                  SAFERETURN_PASSPHRASE or asked)\n"
              "  safereturn restore FILE                         replace the database with a "
              "backup\n"
              "  safereturn check                                check integrity and count "
              "records\n"
              "  safereturn tasks [--for NAME] [--overdue]       open tasks of the user (or of "
              "NAME):\n"
              "                                                  code, case, due date, what\n"
              "  safereturn report --from D --to D [--format pdf|html|json|odt|xlsx] -o FILE\n"
              "                                                  write the period summary report\n"
              "  safereturn case print CODE -o FILE.pdf [--document D] [--reception R]\n"
              "                                                  print a case file, reception\n"
              "                                                  minutes or support receipts\n"
              "  safereturn export --from D --to D [--table T] [--full] [--format csv|xlsx]\n"
              "                    [-o FILE]                     export a period as CSV or "
              "Excel\n"
              "  safereturn import [--dry-run] [--sheet NAME] FILE.csv|FILE.xlsx\n"
              "                                                  import a CSV file or an Excel\n"
              "                                                  workbook (all or nothing)\n"
              "  safereturn user add [--role R] [--display-name TEXT] NAME\n"
              "  safereturn user list | disable NAME | passwd [NAME]\n"
              "                                                  manage user accounts\n"
              "  safereturn server add-profile NAME --host H [--port P] --database D --user U\n"
              "                    [--sslmode MODE]\n"
              "  safereturn server list-profiles | remove-profile NAME\n"
              "                                                  saved database servers\n"
              "  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]\n"
              "  safereturn server migrate --from FILE (--to LOCATION | --server NAME)\n"
              "                                                  a server's administrator: create\n"
              "                                                  the tables, move a file in\n"
              "\n"
              "Every command that reads or writes records needs --user NAME; the password is read\n"
              "from SAFERETURN_PASSWORD or typed at the prompt. A new password (user add, user\n"
              "passwd) comes from SAFERETURN_NEW_PASSWORD or the prompt. On a database without\n"
              "users, \"user add --role administrator NAME\" creates the first administrator and\n"
              "\"demo\" creates the demo administrator \"admin\" (see README). Roles: viewer,\n"
              "social_worker, manager, administrator. Run \"safereturn report --help\" or\n"
              "\"safereturn export --help\" for their options.\n"
              "\n"
              "Common options:\n"
              "  --db FILE        the database file (default: %1)\n"
              "  --db LOCATION    a database on a PostgreSQL server:\n"
              "                   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]\n"
              "                   (TLS required unless the server is on this computer)\n"
              "  --server NAME    the database of a saved server profile\n"
              "  --user NAME      the user running the command\n"
              "  --lang vi|en     language of messages (default: vi)\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n"
              "\n"
              "The password of a database server is typed at the prompt or read from\n"
              "PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.\n"
              "\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n")
        .arg(native(QStringLiteral("<data folder>/safereturn.db")));
}

QString GeneralCommand::usageErrorMessage() const
{
    const QString &arg = m_args.errorArgument;
    for (const UsageSentence &sentence : usageSentences) {
        if (sentence.error != m_args.error)
            continue;
        if (!sentence.argument)
            return QCoreApplication::translate("cli", sentence.text).arg(arg);
        if (arg == QLatin1String(sentence.argument))
            return QCoreApplication::translate("cli", sentence.text);
    }
    return QString(); // UsageError::None
}

QString GeneralCommand::openErrorMessage(const Error &error, const QString &file) const
{
    return messages::openErrorSentence(error, file);
}

std::unique_ptr<storage::Database> GeneralCommand::openDatabase()
{
    auto opened =
        openCommandDatabase(m_databasePath, creation(), readsOnly(), QStringLiteral("cli"));
    if (!opened) {
        error(openErrorMessage(opened.error(), m_databasePath));
        return nullptr;
    }
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    if (db->isOnNetworkFileSystem()) {
        error(tr("warning: %1 is on a network file system; the database file needs a local "
                 "disk, and several workstations need the server mode")
                  .arg(native(m_databasePath)));
    }
    if (db->isReadOnly())
        error(tr("note: %1 is opened read-only").arg(native(m_databasePath)));
    return db;
}

int GeneralCommand::run()
{
    if (m_args.error != UsageError::None) {
        error(usageErrorMessage());
        error(tr("run \"safereturn --help\" for usage"));
        return int(ExitCode::Usage);
    }
    if (m_args.help) {
        writeTo(stdout, usage());
        return int(ExitCode::Ok);
    }
    if (m_args.version) {
        print(QStringLiteral("safereturn %1").arg(QStringLiteral(SAFERETURN_VERSION)));
        return int(ExitCode::Ok);
    }

    // Logging first: opening the database logs.
    setupLogging(LogMode::Cli);
    const CommandLocation location = commandLocation(m_args.database, m_args.server);
    if (!location.problem.isEmpty()) {
        error(location.problem);
        return int(ExitCode::Usage);
    }
    m_databasePath = location.location;
    if (m_databasePath.isEmpty()) {
        error(tr("the data folder could not be created"));
        return int(ExitCode::Failure);
    }
    spdlog::info("cli: command {}", m_args.command.toStdString());

    if (const std::optional<int> refused = beforeOpening())
        return *refused;
    askServerPassword(m_databasePath);
    std::unique_ptr<storage::Database> db = openDatabase();
    if (!db)
        return int(ExitCode::Failure);
    return execute(*db);
}

bool GeneralCommand::login(storage::Database &db,
                           std::optional<services::Permission> permission,
                           bool rescueOnFullDisk)
{
    const CliLogin login = authenticate(db,
                                        m_args.user,
                                        permission,
                                        QStringLiteral("safereturn: "),
                                        rescueOnFullDisk ? FullDiskLogin::VerifyWithoutRecording
                                                         : FullDiskLogin::Refuse);
    if (!login.actor) {
        m_exitCode = login.exitCode;
        return false;
    }
    m_actor = *login.actor;
    m_loginRecorded = login.recorded;
    return true;
}

} // namespace sr::app
