#include "Cli.h"

#include "Logging.h"
#include "domain/Actor.h"
#include "services/DemoDataService.h"
#include "services/MaintenanceService.h"
#include "services/SearchService.h"
#include "storage/Database.h"

#ifdef SAFERETURN_HAVE_UI
#include "ui/GuiApp.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <random>
#include <unistd.h>

namespace sr::app {

namespace {

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("demo"),
                                  QStringLiteral("find"),
                                  QStringLiteral("backup"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("check")};
    return list;
}

/** Options that take a value, and the commands that accept them (empty = every command). */
struct OptionSpec
{
    QString name;
    bool takesValue;
    QStringList commands;
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs{
        {QStringLiteral("--db"), true, {}},
        {QStringLiteral("--lang"), true, {}},
        {QStringLiteral("--help"), false, {}},
        {QStringLiteral("-h"), false, {}},
        {QStringLiteral("--version"), false, {}},
        {QStringLiteral("-v"), false, {}},
        {QStringLiteral("--persons"), true, {QStringLiteral("demo")}},
        {QStringLiteral("--seed"), true, {QStringLiteral("demo")}},
        {QStringLiteral("-o"), true, {QStringLiteral("backup")}},
        {QStringLiteral("--output"), true, {QStringLiteral("backup")}},
    };
    return specs;
}

void fail(Arguments &args, UsageError error, const QString &argument)
{
    if (args.error == UsageError::None) {
        args.error = error;
        args.errorArgument = argument;
    }
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/** The CLI's commands; tr() strings use the translation context "cli". */
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    explicit CliRunner(const Arguments &args)
        : m_args(args)
        , m_actor(domain::Actor::systemUser())
    {}

    int run();

private:
    void error(const QString &message) const
    {
        writeTo(stderr, QStringLiteral("safereturn: ") + message + u'\n');
    }
    void print(const QString &text) const { writeTo(stdout, text + u'\n'); }

    QString usageErrorMessage() const;
    QString usage() const;
    QString openErrorMessage(const Error &error, const QString &file) const;
    std::unique_ptr<storage::Database> openDatabase(storage::Database::Creation creation);

    int demo(storage::Database &db);
    int find(storage::Database &db);
    int backup(storage::Database &db);
    int restore(storage::Database &db);
    int check(storage::Database &db);

    const Arguments &m_args;
    domain::Actor m_actor;
    QString m_databasePath;
};

QString CliRunner::usage() const
{
    return tr("Usage:\n"
              "  safereturn [--db FILE] [--lang vi|en]           start the desktop application\n"
              "  safereturn demo [--persons N] [--seed S]        write realistic synthetic "
              "records\n"
              "  safereturn find TEXT                            case codes and names matching "
              "TEXT\n"
              "  safereturn backup -o FILE                       write a backup of the database\n"
              "  safereturn restore FILE                         replace the database with a "
              "backup\n"
              "  safereturn check                                check integrity and count "
              "records\n"
              "\n"
              "Common options:\n"
              "  --db FILE        the database (default: %1)\n"
              "  --lang vi|en     language of messages (default: vi)\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n"
              "\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n")
        .arg(native(QStringLiteral("<data folder>/safereturn.db")));
}

QString CliRunner::usageErrorMessage() const
{
    const QString &arg = m_args.errorArgument;
    switch (m_args.error) {
    case UsageError::None:
        break;
    case UsageError::UnknownCommand:
        return tr("unknown command \"%1\"").arg(arg);
    case UsageError::UnknownOption:
        return tr("unknown option \"%1\"").arg(arg);
    case UsageError::MissingValue:
        return tr("option \"%1\" needs a value").arg(arg);
    case UsageError::BadValue:
        if (arg == QLatin1String("--persons"))
            return tr("--persons needs a positive whole number");
        if (arg == QLatin1String("--seed"))
            return tr("--seed needs a whole number (0 or more)");
        if (arg == QLatin1String("--lang"))
            return tr("--lang must be \"vi\" or \"en\"");
        return tr("bad value for option \"%1\"").arg(arg);
    case UsageError::MissingArgument:
        if (arg == QLatin1String("find"))
            return tr("find needs the TEXT to search for");
        if (arg == QLatin1String("backup"))
            return tr("backup needs the output file: -o FILE");
        if (arg == QLatin1String("restore"))
            return tr("restore needs the backup FILE");
        return tr("missing argument for \"%1\"").arg(arg);
    case UsageError::TooManyArguments:
        return tr("unexpected argument \"%1\"").arg(arg);
    }
    return QString();
}

QString CliRunner::openErrorMessage(const Error &error, const QString &file) const
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("database file not found: %1").arg(native(file));
    case ErrorCode::NotSafeReturnDatabase:
        return tr("%1 is not a SafeReturn database; it was left unchanged").arg(native(file));
    case ErrorCode::NewerSchema:
        return tr("%1 was made by a newer version of SafeReturn; update SafeReturn to open it")
            .arg(native(file));
    case ErrorCode::Corrupt:
        return tr("%1 is damaged (corrupt or truncated); restore it from a backup")
            .arg(native(file));
    case ErrorCode::ReadOnly:
        return tr("%1 is read-only; this command needs to write to it").arg(native(file));
    case ErrorCode::Busy:
        return tr("%1 is locked by another program; try again later").arg(native(file));
    case ErrorCode::DiskFull:
        return tr("no space left on the disk of %1").arg(native(file));
    case ErrorCode::Io:
        return tr("%1 could not be read or written").arg(native(file));
    default:
        break;
    }
    return tr("%1 could not be opened (error %2)").arg(native(file), errorCodeName(error.code));
}

std::unique_ptr<storage::Database> CliRunner::openDatabase(storage::Database::Creation creation)
{
    storage::Database::Options options;
    options.creation = creation;
    auto opened = storage::Database::open(m_databasePath, options);
    if (!opened) {
        // The detail is technical (SQLite text, codes), never personal data.
        spdlog::info("cli: database not opened ({})",
                     errorCodeName(opened.error().code).toStdString());
        error(openErrorMessage(opened.error(), m_databasePath));
        return nullptr;
    }
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    if (db->isOnNetworkFileSystem()) {
        error(tr("warning: %1 is on a network file system; SQLite needs a local disk, and "
                 "several workstations need the server mode")
                  .arg(native(m_databasePath)));
    }
    if (db->isReadOnly())
        error(tr("note: %1 is opened read-only").arg(native(m_databasePath)));
    return db;
}

int CliRunner::run()
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
    m_databasePath = m_args.database.isEmpty() ? defaultDatabasePath()
                                               : QFileInfo(m_args.database).absoluteFilePath();
    if (m_databasePath.isEmpty()) {
        error(tr("the data folder could not be created"));
        return int(ExitCode::Failure);
    }
    spdlog::info("cli: command {}", m_args.command.toStdString());

    const bool creates =
        m_args.command == QLatin1String("demo") || m_args.command == QLatin1String("restore");
    if (m_args.command == QLatin1String("restore")) {
        const QFileInfo backupFile(m_args.positionals.constFirst());
        if (!backupFile.exists() || backupFile.isDir()) {
            error(tr("backup file not found: %1").arg(native(m_args.positionals.constFirst())));
            return int(ExitCode::Failure);
        }
    }
    std::unique_ptr<storage::Database> db =
        openDatabase(creates ? storage::Database::Creation::CreateIfMissing
                             : storage::Database::Creation::MustExist);
    if (!db)
        return int(ExitCode::Failure);

    if (m_args.command == QLatin1String("demo"))
        return demo(*db);
    if (m_args.command == QLatin1String("find"))
        return find(*db);
    if (m_args.command == QLatin1String("backup"))
        return backup(*db);
    if (m_args.command == QLatin1String("restore"))
        return restore(*db);
    return check(*db);
}

int CliRunner::demo(storage::Database &db)
{
    if (db.isReadOnly()) {
        error(openErrorMessage(makeError(ErrorCode::ReadOnly), m_databasePath));
        return int(ExitCode::Failure);
    }
    services::DemoOptions options;
    options.persons = m_args.persons;
    options.seed = m_args.hasSeed ? m_args.seed : std::random_device{}();
    const bool terminal = ::isatty(STDERR_FILENO) == 1;

    QElapsedTimer timer;
    timer.start();
    services::DemoDataService service(db);
    const auto result =
        service.generate(m_actor, options, [this, terminal](qint64 done, qint64 total) {
            if (terminal)
                writeTo(stderr, tr("\rdemo: %1 of %2 persons").arg(done).arg(total));
        });
    if (terminal)
        writeTo(stderr, QStringLiteral("\n"));
    if (!result) {
        error(tr("demo data could not be written to %1 (error %2); the batches committed "
                 "before the error are kept")
                  .arg(native(m_databasePath), errorCodeName(result.error().code)));
        return int(ExitCode::Failure);
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    writeTo(stderr,
            tr("demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 "
               "border handovers in %6 s (%7 rows/s, seed %8)\n")
                .arg(result->persons)
                .arg(result->receptions)
                .arg(result->supports)
                .arg(result->followUps)
                .arg(result->handoverBatches)
                .arg(seconds, 0, 'f', 1)
                .arg(qint64(result->rows() / seconds))
                .arg(options.seed));
    return int(ExitCode::Ok);
}

int CliRunner::find(storage::Database &db)
{
    const QString text = m_args.positionals.join(u' ');
    services::SearchService service(db);
    const auto hits = service.find(m_actor, text, 1000);
    if (!hits) {
        error(tr("search in %1 failed (error %2)")
                  .arg(native(m_databasePath), errorCodeName(hits.error().code)));
        return int(ExitCode::Failure);
    }
    QString out;
    for (const services::SearchHit &hit : *hits)
        out += hit.caseCode + u'\t' + hit.fullName + u'\n';
    writeTo(stdout, out);
    spdlog::info("cli: find returned {} rows", hits->size());
    return int(ExitCode::Ok);
}

int CliRunner::backup(storage::Database &db)
{
    const QString target = QFileInfo(m_args.output).absoluteFilePath();
    if (target == db.path()) {
        error(tr("the backup file must not be the database itself: %1").arg(native(target)));
        return int(ExitCode::Usage);
    }
    services::MaintenanceService service(db);
    if (const auto done = service.backup(m_actor, target); !done) {
        error(tr("backup to %1 failed (error %2)")
                  .arg(native(target), errorCodeName(done.error().code)));
        return int(ExitCode::Failure);
    }
    print(tr("backup written to %1").arg(native(target)));
    return int(ExitCode::Ok);
}

int CliRunner::restore(storage::Database &db)
{
    const QString source = m_args.positionals.constFirst();
    if (db.isReadOnly()) {
        error(openErrorMessage(makeError(ErrorCode::ReadOnly), m_databasePath));
        return int(ExitCode::Failure);
    }
    services::MaintenanceService service(db);
    if (const auto done = service.restore(m_actor, source); !done) {
        QString message;
        switch (done.error().code) {
        case ErrorCode::NotSafeReturnDatabase:
            message = tr("%1 is not a SafeReturn backup; the database was not changed")
                          .arg(native(source));
            break;
        case ErrorCode::Corrupt:
            message = tr("%1 is damaged; the database was not changed").arg(native(source));
            break;
        case ErrorCode::NewerSchema:
            message = tr("%1 was made by a newer version of SafeReturn; the database was not "
                         "changed")
                          .arg(native(source));
            break;
        default:
            message = tr("restore from %1 failed (error %2)")
                          .arg(native(source), errorCodeName(done.error().code));
            break;
        }
        error(message);
        return int(ExitCode::Failure);
    }
    print(tr("%1 restored from %2").arg(native(m_databasePath), native(source)));
    return int(ExitCode::Ok);
}

int CliRunner::check(storage::Database &db)
{
    services::MaintenanceService service(db);
    const auto report = service.check(m_actor);
    if (!report) {
        error(tr("check of %1 failed (error %2)")
                  .arg(native(m_databasePath), errorCodeName(report.error().code)));
        return int(ExitCode::Failure);
    }
    QString out;
    out += (report->integrityOk ? tr("integrity ok") : tr("integrity failed")) + u'\n';
    out += (report->foreignKeysOk ? tr("foreign keys ok") : tr("foreign keys failed")) + u'\n';
    out += tr("schema version %1").arg(report->schemaVersion) + u'\n';
    for (const QString &problem : report->problems)
        out += tr("problem: %1").arg(problem) + u'\n';
    for (const auto &[table, rows] : report->counts)
        out += QStringLiteral("%1\t%2\n").arg(table).arg(rows);
    writeTo(stdout, out);
    return report->integrityOk && report->foreignKeysOk ? int(ExitCode::Ok)
                                                        : int(ExitCode::Failure);
}

} // namespace

Arguments parseArguments(const QStringList &arguments)
{
    Arguments args;
    QList<QPair<QString, QString>> options; // name → value, checked against the command below
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            if (args.command.isEmpty() && args.positionals.isEmpty() && !onlyPositionals)
                args.command = arg;
            else
                args.positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = arg;
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype equals = arg.indexOf(u'=');
            if (equals > 0) {
                name = arg.left(equals);
                value = arg.mid(equals + 1);
                hasValue = true;
            }
        }
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &candidate : optionSpecs()) {
            if (candidate.name == name)
                spec = &candidate;
        }
        if (!spec) {
            fail(args, UsageError::UnknownOption, name);
            continue;
        }
        if (spec->takesValue && !hasValue) {
            if (i + 1 >= arguments.size()) {
                fail(args, UsageError::MissingValue, name);
                continue;
            }
            value = arguments.at(++i);
            hasValue = true;
        } else if (!spec->takesValue && hasValue) {
            fail(args, UsageError::BadValue, name);
            continue;
        }
        options.append({name, value});
    }
    // "safereturn find -- -x": the command came before "--".
    if (args.command.isEmpty() && !args.positionals.isEmpty())
        args.command = args.positionals.takeFirst();

    if (!args.command.isEmpty() && !commands().contains(args.command))
        fail(args, UsageError::UnknownCommand, args.command);

    for (const auto &[name, value] : options) {
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &candidate : optionSpecs()) {
            if (candidate.name == name)
                spec = &candidate;
        }
        if (!spec->commands.isEmpty() && !spec->commands.contains(args.command)) {
            fail(args, UsageError::UnknownOption, name);
            continue;
        }
        if (name == QLatin1String("--db")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.database = value;
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
        } else if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            if (value.isEmpty())
                fail(args, UsageError::MissingValue, name);
            args.output = value;
        }
    }
    if (args.help || args.version || args.error != UsageError::None)
        return args;

    // Arguments each command needs.
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
    } else if (!args.positionals.isEmpty()) {
        fail(args, UsageError::TooManyArguments, args.positionals.constFirst());
    }
    return args;
}

int runCli(int &argc, char **argv, const Arguments &arguments)
{
    QCoreApplication app(argc, argv);
#ifdef SAFERETURN_HAVE_UI
    ui::installTranslators(arguments.language);
#endif
    CliRunner runner(arguments);
    const int code = runner.run();
    std::fflush(stdout);
    std::fflush(stderr);
    spdlog::shutdown();
    return code;
}

} // namespace sr::app
