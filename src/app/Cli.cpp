#include "Cli.h"

#include "CliAuth.h"
#include "CliMessages.h"
#include "Logging.h"
#include "domain/Actor.h"
#include "domain/Clock.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/DemoDataService.h"
#include "services/MaintenanceService.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/Maintenance.h"

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

/** Environment variable of the encrypted backup's passphrase (never stored or logged). */
constexpr const char *passphraseVariable = "SAFERETURN_PASSPHRASE";

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("demo"),
                                  QStringLiteral("find"),
                                  QStringLiteral("backup"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("check"),
                                  QStringLiteral("user")};
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
        {QStringLiteral("--encrypt"), false, {QStringLiteral("backup")}},
        {QStringLiteral("--user"), true, {}},
        {QStringLiteral("--role"), true, {QStringLiteral("user")}},
        {QStringLiteral("--display-name"), true, {QStringLiteral("user")}},
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
        , m_actor{0, QStringLiteral("unauthenticated"), domain::Role::Viewer}
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
    /** The refusal of a restore without login into a database with records but no users. */
    QString noUsersWithRecords() const;
    std::unique_ptr<storage::Database> openDatabase(storage::Database::Creation creation);

    int demo(storage::Database &db);
    int find(storage::Database &db);
    int backup(storage::Database &db);
    int restore(storage::Database &db);
    int backupEncrypted(storage::Database &db, const QString &target);
    int restoreEncrypted(storage::Database &db, const QString &source);
    int check(storage::Database &db);
    int user(storage::Database &db);
    /** Logs --user in for @a permission; false (with m_exitCode set) when refused. */
    bool login(storage::Database &db, std::optional<services::Permission> permission);
    QString passwordProblem(const Error &error, const QString &userName) const;
    QString restoreRefused(const QString &source, const Error &error) const;
    QString backupFailed(const QString &target, const Error &error) const;
    QString rescueNote() const;

    const Arguments &m_args;
    domain::Actor m_actor;
    QString m_databasePath;
    int m_exitCode = 0;
    /** False after a rescue login on a full disk (backup records it in its copy). */
    bool m_loginRecorded = true;
};

QString CliRunner::usage() const
{
    return tr("Usage:\n"
              "  safereturn [--db FILE] [--lang vi|en]           start the desktop application\n"
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
              "  safereturn report --from D --to D [--format pdf|html|json] -o FILE\n"
              "                                                  write the period summary report\n"
              "  safereturn export --from D --to D [--table T] [--full] [-o FILE]\n"
              "                                                  export a period as CSV\n"
              "  safereturn import [--dry-run] FILE.csv          import a CSV file (all or "
              "nothing)\n"
              "  safereturn user add [--role R] [--display-name TEXT] NAME\n"
              "  safereturn user list | disable NAME | passwd [NAME]\n"
              "                                                  manage user accounts\n"
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
              "  --db FILE        the database (default: %1)\n"
              "  --user NAME      the user running the command\n"
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
        if (arg == QLatin1String("--role"))
            return tr("--role must be viewer, social_worker, manager or administrator");
        return tr("bad value for option \"%1\"").arg(arg);
    case UsageError::MissingArgument:
        if (arg == QLatin1String("find"))
            return tr("find needs the TEXT to search for");
        if (arg == QLatin1String("backup"))
            return tr("backup needs the output file: -o FILE");
        if (arg == QLatin1String("restore"))
            return tr("restore needs the backup FILE");
        if (arg == QLatin1String("user"))
            return tr("user needs one of: add NAME, list, disable NAME, passwd [NAME]");
        return tr("missing argument for \"%1\"").arg(arg);
    case UsageError::TooManyArguments:
        return tr("unexpected argument \"%1\"").arg(arg);
    }
    return QString();
}

QString CliRunner::openErrorMessage(const Error &error, const QString &file) const
{
    return openErrorSentence(error.code, file);
}

QString CliRunner::noUsersWithRecords() const
{
    return tr("%1 holds records but no user accounts, so a backup may not be restored into it "
              "without a login. Create the first administrator with \"safereturn user add "
              "--role administrator NAME\", then run the restore with --user NAME.")
        .arg(native(m_databasePath));
}

std::unique_ptr<storage::Database> CliRunner::openDatabase(storage::Database::Creation creation)
{
    storage::Database::Options options;
    options.creation = creation;
    // Readers write only their audit rows: they must not queue behind a long import.
    if (m_args.command == QLatin1String("find") || m_args.command == QLatin1String("check")
        || m_args.command == QLatin1String("backup")) {
        options.busyTimeoutMs = readerWaitMs;
        options.writeWaitMs = readerWaitMs;
    }
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

    const bool creates = m_args.command == QLatin1String("demo")
                         || m_args.command == QLatin1String("restore")
                         || (m_args.command == QLatin1String("user")
                             && m_args.positionals.value(0) == QLatin1String("add"));
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

    if (m_args.command == QLatin1String("user"))
        return user(*db);
    // demo logs in itself (it may create the demo administrator). A restore needs no login
    // only into a brand-new database (no users, no records), whose backup brings its own
    // users; the rule is AuthService::checkRestoreWithoutLogin.
    bool restoreWithoutLogin = false;
    if (m_args.command == QLatin1String("restore")) {
        services::AuthService auth(*db);
        const auto noUsers = auth.needsFirstAdministrator();
        if (!noUsers) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(m_databasePath), errorSentence(noUsers.error().code)));
            return int(ExitCode::Failure);
        }
        if (*noUsers) {
            if (const auto allowed = auth.checkRestoreWithoutLogin(); !allowed) {
                if (allowed.error().code == ErrorCode::Conflict)
                    error(noUsersWithRecords());
                else
                    error(tr("the users of %1 could not be read: %2")
                              .arg(native(m_databasePath), errorSentence(allowed.error().code)));
                return int(ExitCode::Failure);
            }
            restoreWithoutLogin = true;
        }
    }
    if (restoreWithoutLogin)
        m_actor = domain::Actor{0, QStringLiteral("setup"), domain::Role::Administrator};
    else if (m_args.command != QLatin1String("demo")
             && !login(*db,
                       m_args.command == QLatin1String("find")
                           ? services::Permission::ViewCases
                           : services::Permission::BackupRestore))
        return m_exitCode;
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
    {
        // A new database gets the documented demo administrator, so a newcomer can log in.
        services::AuthService auth(db);
        auto empty = auth.needsFirstAdministrator();
        if (!empty) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(m_databasePath), errorSentence(empty.error().code)));
            return int(ExitCode::Failure);
        }
        bool useDemoAdministrator = false;
        if (*empty) {
            // Only into a database without records or with demo records only: a database
            // with real records but no users gets its first administrator from `user add`.
            auto created = services::DemoDataService(db).createDemoAdministrator(
                demoAdministratorName(), tr("Demo administrator"), demoAdministratorPassword());
            if (created) {
                writeTo(stderr,
                        tr("demo: created the demo administrator \"%1\" (password in the "
                           "README); change its password before real use\n")
                            .arg(demoAdministratorName()));
            } else if (created.error().detail == QLatin1String("real_records")) {
                error(tr("%1 holds records that were not made by the demo, so no demo data and "
                         "no demo administrator are written into it. To work with it, create "
                         "the first administrator with \"safereturn user add --role "
                         "administrator NAME\"; for demo data, give a new file with --db.")
                          .arg(native(m_databasePath)));
                return int(ExitCode::Failure);
            } else if (created.error().code != ErrorCode::Conflict) { // Conflict: a parallel demo
                error(tr("the demo administrator could not be created: %1")
                          .arg(errorSentence(created.error().code)));
                return int(ExitCode::Failure);
            }
            useDemoAdministrator = m_args.user.isEmpty();
        }
        if (useDemoAdministrator) {
            auto session = auth.login(demoAdministratorName(), demoAdministratorPassword());
            if (!session) {
                error(tr("login refused: wrong user name or password"));
                return int(ExitCode::Failure);
            }
            m_actor = session->actor;
        } else if (!login(db, services::Permission::GenerateDemoData)) {
            return m_exitCode;
        }
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
    if (!result && result.error().detail == QLatin1String("real_records")) {
        error(tr("%1 holds records that were not made by the demo; demo data is written only "
                 "into a new database or one that holds demo records only (give a new file "
                 "with --db). Nothing was written.")
                  .arg(native(m_databasePath)));
        return int(ExitCode::Failure);
    }
    if (!result) {
        error(tr("demo data could not be written to %1: %2; the batches committed "
                 "before the error are kept")
                  .arg(native(m_databasePath), errorSentence(result.error().code)));
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
        error(tr("search in %1 failed: %2")
                  .arg(native(m_databasePath), errorSentence(hits.error().code)));
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
    // Storage compares the target with the database by identity (any spelling, any link).
    const QString target = QFileInfo(m_args.output).absoluteFilePath();
    if (m_args.encrypt)
        return backupEncrypted(db, target);
    services::MaintenanceService service(db);
    const auto done =
        m_loginRecorded ? service.backup(m_actor, target) : service.rescueBackup(m_actor, target);
    if (!done) {
        error(backupFailed(target, done.error()));
        return int(ExitCode::Failure);
    }
    print(tr("backup written to %1").arg(native(target)));
    if (!m_loginRecorded)
        error(rescueNote());
    return int(ExitCode::Ok);
}

int CliRunner::backupEncrypted(storage::Database &db, const QString &target)
{
    const auto passphrase =
        readPassword(passphraseVariable, tr("Passphrase for the encrypted backup: "), true);
    if (!passphrase) {
        error(tr("an encrypted backup needs a passphrase: set SAFERETURN_PASSPHRASE or type it "
                 "twice at the prompt"));
        return int(ExitCode::Usage);
    }
    QByteArray bytes = passphrase->toUtf8();
    services::BackupService service(db);
    const auto done = m_loginRecorded ? service.backupEncrypted(m_actor, target, bytes)
                                      : service.rescueBackupEncrypted(m_actor, target, bytes);
    bytes.fill('\0');
    if (!done) {
        if (done.error().code == ErrorCode::InvalidInput) {
            error(tr("the passphrase needs at least %1 characters")
                      .arg(storage::encrypted_backup::minimumPassphraseLength));
            return int(ExitCode::Usage);
        }
        error(backupFailed(target, done.error()));
        return int(ExitCode::Failure);
    }
    print(tr("encrypted backup written to %1").arg(native(target)));
    if (!m_loginRecorded)
        error(rescueNote());
    return int(ExitCode::Ok);
}

int CliRunner::restoreEncrypted(storage::Database &db, const QString &source)
{
    const auto passphrase =
        readPassword(passphraseVariable, tr("Passphrase of the encrypted backup: "));
    if (!passphrase) {
        error(tr("%1 is encrypted: set SAFERETURN_PASSPHRASE or type the passphrase at the "
                 "prompt")
                  .arg(native(source)));
        return int(ExitCode::Usage);
    }
    QByteArray bytes = passphrase->toUtf8();
    services::BackupService service(db);
    const auto done = service.restoreEncrypted(m_actor, source, bytes);
    bytes.fill('\0');
    if (!done) {
        QString message;
        switch (done.error().code) {
        case ErrorCode::InvalidInput:
            message = tr("wrong passphrase for %1, or the file is damaged; the database was not "
                         "changed")
                          .arg(native(source));
            break;
        case ErrorCode::Corrupt:
        case ErrorCode::NotSafeReturnDatabase:
            message = restoreRefused(source, done.error());
            break;
        case ErrorCode::NewerSchema:
            message = tr("%1 was made by a newer version of SafeReturn; the database was not "
                         "changed")
                          .arg(native(source));
            break;
        case ErrorCode::ProtectedFile:
            message = tr("%1 is the database itself, one of its journal files or a database in "
                         "use, not a backup; the database was not changed")
                          .arg(native(source));
            break;
        default:
            message = tr("restore from %1 failed: %2")
                          .arg(native(source), errorSentence(done.error().code));
            break;
        }
        error(message);
        return int(ExitCode::Failure);
    }
    print(tr("%1 restored from %2").arg(native(m_databasePath), native(source)));
    return int(ExitCode::Ok);
}

QString CliRunner::restoreRefused(const QString &source, const Error &error) const
{
    // storage::maintenance::restore() names what the backup failed to prove in the detail.
    const QString &detail = error.detail;
    const QString file = native(source);
    if (detail.startsWith(QLatin1String("schema_mismatch")))
        return tr("%1 is not a complete SafeReturn backup: its tables, indexes or triggers differ "
                  "from those of its version; the database was not changed")
            .arg(file);
    if (detail == QLatin1String("no_administrator"))
        return tr("%1 has no active administrator, so nobody could manage the restored database; "
                  "the database was not changed")
            .arg(file);
    if (detail == QLatin1String("no_users"))
        return tr("%1 holds no user accounts and would remove every account of this database; "
                  "restore it only into a new database without users")
            .arg(file);
    if (detail.startsWith(QLatin1String("audit_chain")))
        return tr("the audit log in %1 was changed after it was written (its hash chain is "
                  "broken); the database was not changed")
            .arg(file);
    if (detail == QLatin1String("foreign_keys"))
        return tr("%1 has records that point to missing records; the database was not changed")
            .arg(file);
    if (error.code == ErrorCode::Corrupt)
        return tr("%1 is damaged or incomplete; the database was not changed").arg(file);
    return tr("%1 is not a SafeReturn backup; the database was not changed").arg(file);
}

QString CliRunner::backupFailed(const QString &target, const Error &error) const
{
    switch (error.code) {
    case ErrorCode::DiskFull:
        return tr("backup to %1 failed: the disk is full").arg(native(target));
    case ErrorCode::Busy:
        return tr("backup to %1 failed: the database stayed locked by another program")
            .arg(native(target));
    case ErrorCode::Corrupt:
        return tr("backup to %1 failed: the database is damaged; restore it from a backup")
            .arg(native(target));
    case ErrorCode::ReadOnly:
    case ErrorCode::Io:
        return tr("backup to %1 failed: the database or the target could not be read or written")
            .arg(native(target));
    default:
        return tr("backup to %1 failed: %2").arg(native(target), errorSentence(error.code));
    }
}

QString CliRunner::rescueNote() const
{
    return tr("note: the disk of the database is full; this login and this backup are recorded "
              "in the backup copy only");
}

int CliRunner::restore(storage::Database &db)
{
    const QString source = m_args.positionals.constFirst();
    // A damaged database is read-only for writing records, but a restore is its remedy.
    if (db.isReadOnly() && !db.isDamaged()) {
        error(openErrorMessage(makeError(ErrorCode::ReadOnly), m_databasePath));
        return int(ExitCode::Failure);
    }
    if (services::BackupService::isEncryptedBackup(source))
        return restoreEncrypted(db, source);
    services::MaintenanceService service(db);
    if (const auto done = service.restore(m_actor, source); !done) {
        QString message;
        switch (done.error().code) {
        case ErrorCode::NotSafeReturnDatabase:
        case ErrorCode::Corrupt:
            message = restoreRefused(source, done.error());
            break;
        case ErrorCode::NewerSchema:
            message = tr("%1 was made by a newer version of SafeReturn; the database was not "
                         "changed")
                          .arg(native(source));
            break;
        case ErrorCode::ProtectedFile:
            message = tr("%1 is the database itself, one of its journal files or a database in "
                         "use, not a backup; the database was not changed")
                          .arg(native(source));
            break;
        default:
            message = tr("restore from %1 failed: %2")
                          .arg(native(source), errorSentence(done.error().code));
            break;
        }
        error(message);
        return int(ExitCode::Failure);
    }
    print(tr("%1 restored from %2").arg(native(m_databasePath), native(source)));
    return int(ExitCode::Ok);
}

bool CliRunner::login(storage::Database &db, std::optional<services::Permission> permission)
{
    // Only a backup may go on when the disk is full: it is the way out (a rescue copy).
    const CliLogin login = authenticate(db,
                                        m_args.user,
                                        permission,
                                        QStringLiteral("safereturn: "),
                                        m_args.command == QLatin1String("backup")
                                            ? FullDiskLogin::VerifyWithoutRecording
                                            : FullDiskLogin::Refuse);
    if (!login.actor) {
        m_exitCode = login.exitCode;
        return false;
    }
    m_actor = *login.actor;
    m_loginRecorded = login.recorded;
    return true;
}

QString CliRunner::passwordProblem(const Error &error, const QString &userName) const
{
    const QString &detail = error.detail;
    if (error.code == ErrorCode::Duplicate)
        return tr("a user named %1 already exists").arg(userName);
    if (detail == QLatin1String("user_name"))
        return tr("user names are 2 to 64 letters (a-z, A-Z), digits, dots, hyphens or "
                  "underscores");
    if (detail == QLatin1String("password_too_short"))
        return tr("the password needs at least %1 characters")
            .arg(services::AuthService::minimumPasswordLength);
    if (detail == QLatin1String("password_too_long"))
        return tr("the password is too long");
    if (detail == QLatin1String("password_common"))
        return tr("this password is on the list of common passwords; choose another");
    if (detail == QLatin1String("password_user_name"))
        return tr("the password must not be the user name");
    if (detail == QLatin1String("last_administrator"))
        return tr("the last active administrator cannot be disabled or lose the role");
    if (detail == QLatin1String("own_account"))
        return tr("you cannot disable your own account");
    if (error.code == ErrorCode::NotFound)
        return tr("no user named %1").arg(userName);
    if (error.code == ErrorCode::PermissionDenied)
        return tr("login refused: wrong user name or password");
    return tr("the user could not be saved: %1").arg(errorSentence(error.code));
}

int CliRunner::user(storage::Database &db)
{
    const QString sub = m_args.positionals.value(0);
    const QString name = m_args.positionals.value(1);
    services::AuthService auth(db);
    const auto newPassword = [&](const QString &userName) {
        return readPassword(newPasswordVariable,
                            tr("New password for %1: ").arg(userName),
                            /*confirm=*/true);
    };
    const auto findUser = [&](const QString &userName) -> std::optional<services::UserAccount> {
        auto all = auth.listUsers(m_actor);
        if (all) {
            for (const services::UserAccount &account : *all) {
                if (account.userName.compare(userName, Qt::CaseInsensitive) == 0)
                    return account;
            }
        }
        error(tr("no user named %1").arg(userName));
        return std::nullopt;
    };

    if (sub == QLatin1String("add")) {
        const domain::Role role =
            services::roleFromCode(m_args.role).value_or(domain::Role::SocialWorker);
        auto empty = auth.needsFirstAdministrator();
        if (!empty) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(m_databasePath), errorSentence(empty.error().code)));
            return int(ExitCode::Failure);
        }
        if (*empty) {
            if (role != domain::Role::Administrator) {
                error(tr("the first user must be an administrator: add --role administrator"));
                return int(ExitCode::Usage);
            }
            // The first administrator's password: SAFERETURN_NEW_PASSWORD, else
            // SAFERETURN_PASSWORD, else the prompt.
            auto password = qEnvironmentVariableIsSet(newPasswordVariable)
                                ? newPassword(name)
                                : readPassword(passwordVariable,
                                               tr("New password for %1: ").arg(name),
                                               /*confirm=*/true);
            if (!password) {
                error(tr("no password: set SAFERETURN_PASSWORD or run the command on a "
                         "terminal"));
                return int(ExitCode::Usage);
            }
            auto created = auth.createFirstAdministrator(name, m_args.displayName, *password);
            services::AuthService::wipe(*password);
            if (!created) {
                error(passwordProblem(created.error(), name));
                return created.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                       : int(ExitCode::Failure);
            }
            print(tr("administrator %1 created").arg(created->userName));
            return int(ExitCode::Ok);
        }
        if (!login(db, services::Permission::ManageUsers))
            return m_exitCode;
        auto password = newPassword(name);
        if (!password) {
            error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a "
                     "terminal"));
            return int(ExitCode::Usage);
        }
        services::NewUser newUser{name, m_args.displayName, role, *password, true};
        auto created = auth.createUser(m_actor, newUser);
        services::AuthService::wipe(*password);
        services::AuthService::wipe(newUser.password);
        if (!created) {
            error(passwordProblem(created.error(), name));
            return created.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                   : int(ExitCode::Failure);
        }
        print(tr("user %1 created (%2); the password must be changed at the first login")
                  .arg(created->userName, services::roleCode(created->role)));
        return int(ExitCode::Ok);
    }

    if (sub == QLatin1String("list")) {
        if (!login(db, services::Permission::ManageUsers))
            return m_exitCode;
        auto all = auth.listUsers(m_actor);
        if (!all) {
            error(tr("the users could not be read: %1").arg(errorSentence(all.error().code)));
            return int(ExitCode::Failure);
        }
        QString out;
        for (const services::UserAccount &account : *all) {
            QString state = account.disabled ? tr("disabled") : tr("active");
            if (account.lockedUntil.isValid()
                && account.lockedUntil > domain::Clock::instance().now())
                state += u',' + tr("locked");
            out += QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(account.userName,
                            services::roleCode(account.role),
                            state,
                            account.displayName);
        }
        writeTo(stdout, out);
        return int(ExitCode::Ok);
    }

    if (sub == QLatin1String("disable")) {
        if (!login(db, services::Permission::ManageUsers))
            return m_exitCode;
        const auto account = findUser(name);
        if (!account)
            return int(ExitCode::Failure);
        auto done = auth.setAccountState(m_actor, account->id, services::AccountState::Disabled);
        if (!done) {
            error(passwordProblem(done.error(), name));
            return int(ExitCode::Failure);
        }
        print(tr("user %1 disabled").arg(account->userName));
        return int(ExitCode::Ok);
    }

    // passwd [NAME]: one's own password, or (administrators) another user's.
    const bool own = name.isEmpty() || name.compare(m_args.user, Qt::CaseInsensitive) == 0;
    if (own) {
        if (m_args.user.isEmpty()) {
            error(tr("this command needs --user NAME; the password is read from "
                     "SAFERETURN_PASSWORD or typed at the prompt"));
            return int(ExitCode::Usage);
        }
        auto current =
            readPassword(passwordVariable, tr("Current password for %1: ").arg(m_args.user));
        if (!current) {
            error(tr("no password: set SAFERETURN_PASSWORD or run the command on a terminal"));
            return int(ExitCode::Usage);
        }
        auto session = auth.login(m_args.user, *current);
        if (!session) {
            services::AuthService::wipe(*current);
            error(passwordProblem(session.error(), m_args.user));
            return int(ExitCode::Failure);
        }
        auto password = newPassword(m_args.user);
        if (!password) {
            services::AuthService::wipe(*current);
            error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a "
                     "terminal"));
            return int(ExitCode::Usage);
        }
        auto changed = auth.changeOwnPassword(session->actor, *current, *password);
        services::AuthService::wipe(*current);
        services::AuthService::wipe(*password);
        if (!changed) {
            error(passwordProblem(changed.error(), m_args.user));
            return changed.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                   : int(ExitCode::Failure);
        }
        print(tr("password of %1 changed").arg(session->actor.userName));
        return int(ExitCode::Ok);
    }
    if (!login(db, services::Permission::ManageUsers))
        return m_exitCode;
    const auto account = findUser(name);
    if (!account)
        return int(ExitCode::Failure);
    auto password = newPassword(account->userName);
    if (!password) {
        error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a terminal"));
        return int(ExitCode::Usage);
    }
    auto reset = auth.resetPassword(m_actor, account->id, *password);
    services::AuthService::wipe(*password);
    if (!reset) {
        error(passwordProblem(reset.error(), account->userName));
        return reset.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                             : int(ExitCode::Failure);
    }
    print(tr("password of %1 reset; it must be changed at the next login").arg(account->userName));
    return int(ExitCode::Ok);
}

int CliRunner::check(storage::Database &db)
{
    services::MaintenanceService service(db);
    const auto report = service.check(m_actor);
    if (!report) {
        error(tr("check of %1 failed: %2")
                  .arg(native(m_databasePath), errorSentence(report.error().code)));
        return int(ExitCode::Failure);
    }
    QString out;
    out += (report->integrityOk ? tr("integrity ok") : tr("integrity failed")) + u'\n';
    out += (report->foreignKeysOk ? tr("foreign keys ok") : tr("foreign keys failed")) + u'\n';
    out +=
        (report->auditChainOk ? tr("audit chain ok")
                              : tr("audit chain broken at row %1").arg(report->auditChainBrokenAt))
        + u'\n';
    if (!report->auditAnchorOk)
        out += tr("the audit log was truncated or rewritten after row %1")
                   .arg(report->auditTruncatedAfter)
               + u'\n';
    for (const storage::AccountMismatch &account : report->accountMismatches) {
        if (account.fields.contains(QLatin1String("missing"))) {
            out += tr("account %1 (id %2) is in the audit log but no longer in the database")
                       .arg(account.userName)
                       .arg(account.userId)
                   + u'\n';
            continue;
        }
        if (account.fields.contains(QLatin1String("not_created"))) {
            out += tr("account %1 was not created through SafeReturn (no audit row)")
                       .arg(account.userName)
                   + u'\n';
            continue;
        }
        QStringList what;
        for (const QString &field : account.fields) {
            if (field == QLatin1String("role"))
                what << tr("role");
            else if (field == QLatin1String("disabled"))
                what << tr("disabled state");
            else if (field == QLatin1String("must_change_password"))
                what << tr("must-change-password flag");
            else if (field == QLatin1String("password"))
                what << tr("password");
        }
        out += tr("account %1 was changed outside SafeReturn: %2 not as in the audit log")
                   .arg(account.userName, what.join(QStringLiteral(", ")))
               + u'\n';
    }
    if (!report->accountMismatches.isEmpty())
        out += tr("to repair an account, an administrator sets its role, state or password "
                  "again in SafeReturn (Account > Users…; each change is audited), or restores "
                  "a backup")
               + u'\n';
    out += tr("schema version %1").arg(report->schemaVersion) + u'\n';
    for (const QString &problem : report->problems)
        out += tr("problem: %1").arg(problem) + u'\n';
    for (const auto &[table, rows] : report->counts)
        out += QStringLiteral("%1\t%2\n").arg(table).arg(rows);
    writeTo(stdout, out);
    return report->ok() ? int(ExitCode::Ok) : int(ExitCode::Failure);
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
    } else if (command == QLatin1String("user")) {
        const QString sub = args.positionals.value(0);
        const qsizetype wanted = sub == QLatin1String("list")     ? 1
                                 : sub == QLatin1String("passwd") ? 2
                                                                  : 2;
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
