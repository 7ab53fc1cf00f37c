#include "ReportCommand.h"

#include "Cli.h"
#include "CliAuth.h"
#include "Logging.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "messages/CliMessages.h"
#include "services/ReportService.h"
#include "storage/Database.h"

#ifdef SAFERETURN_HAVE_UI
#include "ui/GuiApp.h"
#endif

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <optional>

namespace sr::app {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

struct ReportArguments
{
    QString database;
    QString language = QStringLiteral("vi");
    QString from;
    QString to;
    QString format = QStringLiteral("pdf");
    QString output;
    QString user; ///< --user NAME
    bool help = false;
    QString error; ///< translated usage error, empty when fine
};

/** The report command's messages; tr() strings use the context "report_cli". */
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(report_cli)

public:
    static ReportArguments parse(const QStringList &arguments)
    {
        ReportArguments args;
        bool seenCommand = false;
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
            if (name == QLatin1String("report") && !seenCommand) {
                seenCommand = true;
                continue;
            }
            if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
                args.help = true;
                continue;
            }
            static const QStringList withValue{QStringLiteral("--db"),
                                               QStringLiteral("--lang"),
                                               QStringLiteral("--from"),
                                               QStringLiteral("--to"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("--output"),
                                               QStringLiteral("--user")};
            if (!withValue.contains(name)) {
                if (args.error.isEmpty())
                    args.error = name.startsWith(u'-') ? tr("unknown option %1").arg(name)
                                                       : tr("unexpected argument %1").arg(name);
                continue;
            }
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    if (args.error.isEmpty())
                        args.error = tr("option %1 needs a value").arg(name);
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
            else if (name == QLatin1String("--format"))
                args.format = value;
            else if (name == QLatin1String("--user"))
                args.user = value;
            else
                args.output = value;
        }
        if (args.language != QLatin1String("vi") && args.language != QLatin1String("en")) {
            args.language = QStringLiteral("vi");
            if (args.error.isEmpty())
                args.error = tr("--lang must be vi or en");
        }
        return args;
    }

    explicit ReportCommand(const ReportArguments &args)
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
        if (m_args.from.isEmpty() || m_args.to.isEmpty())
            return usageError(tr("--from and --to are required (dates as YYYY-MM-DD)"));
        const auto format = services::ReportService::formatFromCode(m_args.format);
        if (!format)
            return usageError(tr("--format must be pdf, html or json"));
        if (m_args.output.isEmpty())
            return usageError(tr("-o FILE is required"));

        const QDate from = QDate::fromString(m_args.from, Qt::ISODate);
        const QDate to = QDate::fromString(m_args.to, Qt::ISODate);
        if (!from.isValid() || m_args.from.size() != 10)
            return usageError(
                tr("--from: %1 is not a date of the form YYYY-MM-DD").arg(m_args.from));
        if (!to.isValid() || m_args.to.size() != 10)
            return usageError(tr("--to: %1 is not a date of the form YYYY-MM-DD").arg(m_args.to));
        auto period = domain::Period::fromIsoStrings(m_args.from, m_args.to);
        if (!period) {
            return usageError(tr("the period ends (%1) before it starts (%2)")
                                  .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                                       from.toString(QStringLiteral("dd/MM/yyyy"))));
        }

        setupLogging(LogMode::Cli);
        const QString path = m_args.database.isEmpty()
                                 ? defaultDatabasePath()
                                 : QFileInfo(m_args.database).absoluteFilePath();
        storage::Database::Options options;
        options.creation = storage::Database::Creation::MustExist;
        options.busyTimeoutMs = readerWaitMs; // a reader (Cli.h)
        options.writeWaitMs = readerWaitMs;
        auto db = storage::Database::open(path, options);
        if (!db) {
            spdlog::info("report: database not opened ({})",
                         errorCodeName(db.error().code).toStdString());
            return failure(messages::openErrorSentence(db.error().code, path));
        }
        const reports::Language language = m_args.language == QLatin1String("en")
                                               ? reports::Language::English
                                               : reports::Language::Vietnamese;
        const CliLogin login = authenticate(**db,
                                            m_args.user,
                                            services::Permission::ViewReports,
                                            QStringLiteral("safereturn report: "));
        if (!login.actor)
            return login.exitCode;
        const services::ReportService service(**db);
        auto written = service.writeReport(
            *login.actor, *period, *format, language, QFileInfo(m_args.output).absoluteFilePath());
        if (!written) {
            spdlog::info("report: not written ({})",
                         errorCodeName(written.error().code).toStdString());
            return failure(tr("the report could not be written to %1: %2")
                               .arg(QDir::toNativeSeparators(m_args.output),
                                    messages::errorSentence(written.error().code)));
        }
        writeTo(stderr,
                tr("report: %1 persons, %2 receptions in %3 – %4 written to %5\n")
                    .arg(written->total.persons)
                    .arg(written->total.receptions)
                    .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                         to.toString(QStringLiteral("dd/MM/yyyy")),
                         QDir::toNativeSeparators(m_args.output)));
        return int(ExitCode::Ok);
    }

private:
    QString usage() const
    {
        return tr("Usage:\n"
                  "  safereturn report [--db FILE] [--lang vi|en] --user NAME --from YYYY-MM-DD "
                  "--to YYYY-MM-DD [--format pdf|html|json] -o FILE\n"
                  "\n"
                  "Writes the period summary report (default format: pdf).\n"
                  "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
                  "prompt.\n"
                  "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.\n");
    }

    int usageError(const QString &message) const
    {
        writeTo(stderr, QStringLiteral("safereturn report: ") + message + u'\n');
        writeTo(stderr, tr("run \"safereturn report --help\" for usage") + u'\n');
        return int(ExitCode::Usage);
    }

    int failure(const QString &message) const
    {
        writeTo(stderr, QStringLiteral("safereturn report: ") + message + u'\n');
        return int(ExitCode::Failure);
    }

    const ReportArguments &m_args;
};

} // namespace

bool isReportCommand(const QStringList &arguments)
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
        return arg == QLatin1String("report");
    }
    return false;
}

int runReportCommand(int &argc, char **argv, const QStringList &arguments)
{
    // The chart is drawn with Qt Charts (QGraphicsView), which needs a QApplication; the CLI
    // never shows a window, so the offscreen platform works with or without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Before the QApplication: its warnings (no XDG_RUNTIME_DIR on a headless machine) go to
    // the log file, not to the user's terminal.
    setupLogging(LogMode::Cli);
    QApplication app(argc, argv);
    const ReportArguments args = ReportCommand::parse(arguments);
#ifdef SAFERETURN_HAVE_UI
    ui::installTranslators(args.language);
#endif
    const int code = ReportCommand(args).run();
    std::fflush(stdout);
    std::fflush(stderr);
    spdlog::shutdown();
    return code;
}

} // namespace sr::app
