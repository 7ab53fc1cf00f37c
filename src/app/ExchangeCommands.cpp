#include "ExchangeCommands.h"

#include "Cli.h"
#include "CliAuth.h"
#include "Logging.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "messages/CliMessages.h"
#include "services/EncryptedExport.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "storage/Database.h"

#ifdef SAFERETURN_HAVE_UI
#include "ui/GuiApp.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace sr::app {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

struct ExchangeArguments
{
    QString command; ///< "export" or "import"
    QString database;
    QString language = QStringLiteral("vi");
    QString from;
    QString to;
    QString table = QStringLiteral("receptions");
    QString output;
    QString user; ///< --user NAME
    bool full = false;
    bool zip =
        false; ///< --zip: AES-256 encrypted ZIP (passphrase: SAFERETURN_PASSPHRASE or prompt)
    bool templateFile = false;
    bool dryRun = false;
    bool update = false;
    bool addMissingReference = false;
    bool help = false;
    QStringList files;
    QString error; ///< translated usage error, empty when fine
};

/** Messages of the export and import commands; tr() context "exchange_cli". */
class ExchangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(exchange_cli)

public:
    static ExchangeArguments parse(const QStringList &arguments)
    {
        ExchangeArguments args;
        const auto setError = [&](const QString &message) {
            if (args.error.isEmpty())
                args.error = message;
        };
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            QString name = arguments.at(i);
            QString value;
            bool hasValue = false;
            if (name.startsWith(QLatin1String("--")) && name.contains(u'=')) {
                const qsizetype equals = name.indexOf(u'=');
                value = name.mid(equals + 1);
                name = name.left(equals);
                hasValue = true;
            }
            if (args.command.isEmpty()
                && (name == QLatin1String("export") || name == QLatin1String("import"))) {
                args.command = name;
                continue;
            }
            if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
                args.help = true;
                continue;
            }
            static const QStringList flags{QStringLiteral("--full"),
                                           QStringLiteral("--template"),
                                           QStringLiteral("--dry-run"),
                                           QStringLiteral("--update"),
                                           QStringLiteral("--add-missing-reference"),
                                           QStringLiteral("--zip")};
            if (flags.contains(name)) {
                const bool exportFlag = name == QLatin1String("--full")
                                        || name == QLatin1String("--template")
                                        || name == QLatin1String("--zip");
                if (exportFlag != (args.command == QLatin1String("export")))
                    setError(tr("unknown option %1").arg(name));
                else if (name == QLatin1String("--full"))
                    args.full = true;
                else if (name == QLatin1String("--template"))
                    args.templateFile = true;
                else if (name == QLatin1String("--zip"))
                    args.zip = true;
                else if (name == QLatin1String("--dry-run"))
                    args.dryRun = true;
                else if (name == QLatin1String("--update"))
                    args.update = true;
                else
                    args.addMissingReference = true;
                continue;
            }
            static const QStringList withValue{QStringLiteral("--db"),
                                               QStringLiteral("--lang"),
                                               QStringLiteral("--from"),
                                               QStringLiteral("--to"),
                                               QStringLiteral("--table"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("--output"),
                                               QStringLiteral("--user")};
            if (!withValue.contains(name)) {
                if (name.startsWith(u'-') && name.size() > 1)
                    setError(tr("unknown option %1").arg(name));
                else
                    args.files.append(name);
                continue;
            }
            const bool exportOnly = name != QLatin1String("--db") && name != QLatin1String("--lang")
                                    && name != QLatin1String("--user");
            if (exportOnly && args.command != QLatin1String("export"))
                setError(tr("unknown option %1").arg(name));
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    setError(tr("option %1 needs a value").arg(name));
                    continue;
                }
                value = arguments.at(++i);
            }
            if (name == QLatin1String("--db"))
                args.database = value;
            else if (name == QLatin1String("--lang"))
                args.language = value;
            else if (name == QLatin1String("--from"))
                args.from = value;
            else if (name == QLatin1String("--to"))
                args.to = value;
            else if (name == QLatin1String("--table"))
                args.table = value;
            else if (name == QLatin1String("--user"))
                args.user = value;
            else
                args.output = value;
        }
        if (args.language != QLatin1String("vi") && args.language != QLatin1String("en")) {
            args.language = QStringLiteral("vi");
            setError(tr("--lang must be vi or en"));
        }
        return args;
    }

    explicit ExchangeCommand(const ExchangeArguments &args)
        : m_args(args)
    {}

    int run()
    {
        if (m_args.help) {
            writeTo(stdout, usage());
            return int(ExitCode::Ok);
        }
        if (!m_args.error.isEmpty())
            return usageError(m_args.error);
        return m_args.command == QLatin1String("export") ? runExport() : runImport();
    }

private:
    int runExport()
    {
        if (!m_args.files.isEmpty())
            return usageError(tr("unexpected argument %1").arg(m_args.files.first()));
        if (m_args.templateFile) {
            if (m_args.output.isEmpty())
                return usageError(tr("--template needs -o FILE"));
            const auto written =
                services::ExportService::writeTemplate(QFileInfo(m_args.output).absoluteFilePath());
            if (!written)
                return failure(
                    tr("%1 could not be written: %2")
                        .arg(native(m_args.output), messages::errorSentence(written.error().code)));
            writeTo(stderr, tr("template written to %1\n").arg(native(m_args.output)));
            return int(ExitCode::Ok);
        }
        if (m_args.from.isEmpty() || m_args.to.isEmpty())
            return usageError(tr("--from and --to are required (dates as YYYY-MM-DD)"));
        const QDate from = QDate::fromString(m_args.from, Qt::ISODate);
        const QDate to = QDate::fromString(m_args.to, Qt::ISODate);
        if (!from.isValid() || m_args.from.size() != 10)
            return usageError(
                tr("--from: %1 is not a date of the form YYYY-MM-DD").arg(m_args.from));
        if (!to.isValid() || m_args.to.size() != 10)
            return usageError(tr("--to: %1 is not a date of the form YYYY-MM-DD").arg(m_args.to));
        const auto period = domain::Period::fromIsoStrings(m_args.from, m_args.to);
        if (!period)
            return usageError(
                tr("the period ends (%1) before it starts (%2)").arg(m_args.to, m_args.from));
        const auto table = exchange::exchangeTableFromCode(m_args.table);
        if (!table)
            return usageError(tr("--table must be receptions, supports or batches"));

        services::ExportRequest request;
        request.period = *period;
        request.table = *table;
        request.mode =
            m_args.full ? exchange::ExportMode::Full : exchange::ExportMode::DeIdentified;
        QString output = m_args.output;
        if (output.isEmpty())
            output = QStringLiteral("%1_%2_%3%4.csv")
                         .arg(m_args.table,
                              m_args.from,
                              m_args.to,
                              m_args.full ? QStringLiteral("_full") : QString())
                         .replace(QStringLiteral(".csv"),
                                  m_args.zip ? QStringLiteral(".zip") : QStringLiteral(".csv"));
        request.filePath = QFileInfo(output).absoluteFilePath();

        auto db = openDatabase(storage::Database::Creation::MustExist);
        if (!db)
            return int(ExitCode::Failure);
        const CliLogin login = authenticate(**db,
                                            m_args.user,
                                            m_args.full ? services::Permission::ExportFull
                                                        : services::Permission::ExportDeidentified,
                                            QStringLiteral("safereturn export: "));
        if (!login.actor)
            return login.exitCode;
        services::ExportService service(**db);
        const bool terminal = isatty(fileno(stderr));
        const auto progress = [&](qint64 done, qint64 total) {
            if (terminal)
                writeTo(stderr, tr("\rexport: %1 / %2 rows").arg(done).arg(total));
        };
        QByteArray passphrase;
        if (m_args.zip) {
            const auto typed = readPassword(
                "SAFERETURN_PASSPHRASE", tr("Passphrase for the encrypted ZIP: "), true);
            if (!typed)
                return usageError(tr("--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type "
                                     "it twice at the prompt"));
            passphrase = typed->toUtf8();
        }
        const auto written = m_args.zip ? services::EncryptedExport(**db).exportZip(
                                 request, *login.actor, passphrase, progress)
                                        : service.exportTable(request, *login.actor, progress);
        passphrase.fill('\0');
        if (terminal)
            writeTo(stderr, QStringLiteral("\n"));
        if (!written && m_args.zip && written.error().code == ErrorCode::InvalidInput)
            return usageError(tr("the passphrase needs at least %1 characters").arg(10));
        if (!written) {
            spdlog::info("export: not written ({})",
                         errorCodeName(written.error().code).toStdString());
            return failure(tr("%1 could not be written: %2")
                               .arg(native(output), messages::errorSentence(written.error().code)));
        }
        writeTo(stderr,
                tr("export: %1 rows of %2 (%3) written to %4\n")
                    .arg(written->rows)
                    .arg(m_args.table,
                         m_args.full ? tr("full, audited") : tr("de-identified"),
                         native(output)));
        return int(ExitCode::Ok);
    }

    int runImport()
    {
        if (m_args.files.isEmpty())
            return usageError(tr("import needs a CSV file"));
        if (m_args.files.size() > 1)
            return usageError(tr("unexpected argument %1").arg(m_args.files.at(1)));
        const QString file = m_args.files.first();
        if (!QFileInfo(file).isFile()) {
            writeTo(stderr, QStringLiteral("%1: %2\n").arg(native(file), tr("no such file")));
            return int(ExitCode::Usage);
        }
        // Only `user add` (the first administrator) and `demo` create a database: a mistyped
        // --db must not leave new folders and an empty database behind.
        auto db = openDatabase(storage::Database::Creation::MustExist);
        if (!db)
            return int(ExitCode::Failure);
        const CliLogin login = authenticate(**db,
                                            m_args.user,
                                            services::Permission::ImportRecords,
                                            QStringLiteral("safereturn import: "));
        if (!login.actor)
            return login.exitCode;

        services::ImportOptions options;
        options.run = m_args.dryRun ? services::ImportRun::DryRun : services::ImportRun::Write;
        options.existing =
            m_args.update ? services::ExistingRecords::Update : services::ExistingRecords::Refuse;
        options.missingReferences = m_args.addMissingReference
                                        ? services::MissingReferences::Add
                                        : services::MissingReferences::Refuse;
        const bool terminal = isatty(fileno(stderr));
        const auto progress = [&](qint64 done, qint64 total) {
            if (terminal)
                writeTo(stderr, tr("\rimport: %1 / %2 rows").arg(done).arg(total));
        };
        services::ImportService service(**db);
        const auto report =
            service.importFile(QFileInfo(file).absoluteFilePath(), options, *login.actor, progress);
        if (terminal)
            writeTo(stderr, QStringLiteral("\n"));
        if (!report) {
            spdlog::info("import: failed ({})", errorCodeName(report.error().code).toStdString());
            return failure(tr("%1 could not be imported: %2; nothing was written")
                               .arg(native(file), messages::errorSentence(report.error().code)));
        }
        for (const services::ImportIssue &issue : report->issues)
            writeTo(stderr, describeIssue(file, issue) + u'\n');
        if (report->issueCount > report->issues.size())
            writeTo(stderr,
                    tr("… and %1 more errors\n").arg(report->issueCount - report->issues.size()));
        for (const services::AddedReference &ref : report->addedReferences)
            writeTo(stderr,
                    tr("added to the %1 list: %2 (code %3)\n").arg(ref.list, ref.name, ref.code));
        if (!report->isValid()) {
            writeTo(stderr,
                    tr("%1: %2 errors; nothing was imported\n")
                        .arg(native(file))
                        .arg(report->issueCount));
            return int(ExitCode::Usage);
        }
        const QString table = report->table ? exchange::toCode(*report->table) : QString();
        if (!report->written) {
            writeTo(stderr,
                    tr("%1: %2 rows of %3 are valid (dry run, nothing written)\n")
                        .arg(native(file))
                        .arg(report->rows)
                        .arg(table));
            return int(ExitCode::Ok);
        }
        writeTo(stderr,
                tr("%1: %2 rows of %3 imported: %4 created, %5 updated; persons %6 created, %7 "
                   "updated\n")
                    .arg(native(file))
                    .arg(report->rows)
                    .arg(table)
                    .arg(report->created)
                    .arg(report->updated)
                    .arg(report->personsCreated)
                    .arg(report->personsUpdated));
        return int(ExitCode::Ok);
    }

    static QString describeIssue(const QString &file, const services::ImportIssue &issue)
    {
        QString where = native(file);
        if (issue.row > 0)
            where += tr(": row %1").arg(issue.row);
        if (!issue.column.isEmpty())
            where += tr(", column %1").arg(issue.column);
        QString text = where;
        if (!issue.value.isEmpty()) {
            QString value = issue.value;
            if (value.size() > 80)
                value = value.left(80) + QStringLiteral("…");
            text += tr(", value \"%1\"").arg(value);
        }
        return text + QStringLiteral(": ") + services::describe(issue.code) + QStringLiteral(" [")
               + services::toCode(issue.code) + u']';
    }

    std::optional<std::unique_ptr<storage::Database>>
    openDatabase(storage::Database::Creation creation)
    {
        setupLogging(LogMode::Cli);
        const QString path = m_args.database.isEmpty()
                                 ? defaultDatabasePath()
                                 : QFileInfo(m_args.database).absoluteFilePath();
        storage::Database::Options options;
        options.creation = creation;
        if (m_args.command == QLatin1String("export")) { // a reader (Cli.h)
            options.busyTimeoutMs = readerWaitMs;
            options.writeWaitMs = readerWaitMs;
        }
        auto db = storage::Database::open(path, options);
        if (!db) {
            spdlog::info("{}: database not opened ({})",
                         m_args.command.toStdString(),
                         errorCodeName(db.error().code).toStdString());
            failure(messages::openErrorSentence(db.error().code, path));
            return std::nullopt;
        }
        return std::move(db).value();
    }

    static QString native(const QString &path) { return QDir::toNativeSeparators(path); }

    QString usage() const
    {
        return tr("Usage:\n"
                  "  safereturn export [--db FILE] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD\n"
                  "                    [--table receptions|supports|batches] [--full] [--zip] "
                  "[-o FILE]\n"
                  "  safereturn export --template -o FILE\n"
                  "  safereturn import [--db FILE] --user NAME [--dry-run] [--update] "
                  "[--add-missing-reference] FILE.csv\n"
                  "\n"
                  "Exports are de-identified unless --full is given (full exports are audited).\n"
                  "--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) "
                  "is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.\n"
                  "Imports are all-or-nothing; every refused row is listed.\n"
                  "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
                  "prompt.\n"
                  "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n");
    }

    int usageError(const QString &message) const
    {
        writeTo(stderr, QStringLiteral("safereturn %1: ").arg(m_args.command) + message + u'\n');
        writeTo(stderr, tr("run \"safereturn %1 --help\" for usage").arg(m_args.command) + u'\n');
        return int(ExitCode::Usage);
    }

    int failure(const QString &message) const
    {
        writeTo(stderr, QStringLiteral("safereturn %1: ").arg(m_args.command) + message + u'\n');
        return int(ExitCode::Failure);
    }

    const ExchangeArguments &m_args;
};

} // namespace

bool isExchangeCommand(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")
            || arg == QLatin1String("--user")) {
            ++i; // skip the value
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return arg == QLatin1String("export") || arg == QLatin1String("import");
    }
    return false;
}

int runExchangeCommand(int &argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    const ExchangeArguments args = ExchangeCommand::parse(arguments);
#ifdef SAFERETURN_HAVE_UI
    ui::installTranslators(args.language);
#endif
    const int code = ExchangeCommand(args).run();
    std::fflush(stdout);
    std::fflush(stderr);
    spdlog::shutdown();
    return code;
}

} // namespace sr::app
