#include "commands/ReportCommand.h"

#include "CliAuth.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "domain/Period.h"
#include "messages/CliMessages.h"
#include "messages/ReportMessages.h"
#include "services/ReportService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace sr::app {

ReportArguments ReportCommand::parse(const QStringList &arguments)
{
    static const QList<OptionSpec> specs = withSharedSpecs({{QStringLiteral("--format"), true}});
    const CommandLine line = parseCommandLine(arguments, specs, DoubleDash::UnknownOption);

    ReportArguments args;
    // Usage errors in command-line order; the first one is reported (a "--" before the word
    // that follows it).
    UsageProblems problems;
    problems.addLineProblems(line.problems, tr("unknown option %1"), tr("option %1 needs a value"));
    bool seenCommand = false;
    for (const Word &word : line.words) {
        if (word.text == QLatin1String("report") && !seenCommand)
            seenCommand = true;
        else if (word.text == QLatin1String("-")) // always an unknown option here
            problems.add(word.position, tr("unknown option %1").arg(word.text));
        else
            problems.add(word.position, tr("unexpected argument %1").arg(word.text));
    }
    for (const GivenOption &option : line.options) {
        if (!takeSharedOption(args, option))
            args.format = option.value; // --format, the only other option
    }
    problems.report(args, tr("--lang must be vi or en"));
    return args;
}

int ReportCommand::execute()
{
    if (args().from.isEmpty() || args().to.isEmpty())
        return usageError(tr("--from and --to are required (dates as YYYY-MM-DD)"));
    const auto format = services::ReportService::formatFromCode(args().format);
    if (!format)
        return usageError(tr("--format must be pdf, html, json, odt or xlsx"));
    if (args().output.isEmpty())
        return usageError(tr("-o FILE is required"));

    const QDate from = isoDate(args().from);
    const QDate to = isoDate(args().to);
    if (!from.isValid())
        return usageError(tr("--from: %1 is not a date of the form YYYY-MM-DD").arg(args().from));
    if (!to.isValid())
        return usageError(tr("--to: %1 is not a date of the form YYYY-MM-DD").arg(args().to));
    auto period = domain::Period::fromIsoStrings(args().from, args().to);
    if (!period) {
        return usageError(tr("the period ends (%1) before it starts (%2)")
                              .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                                   from.toString(QStringLiteral("dd/MM/yyyy"))));
    }

    const bool readsOnly = true; // Cli.h
    const auto db = openDatabase(readsOnly);
    if (!db)
        return int(ExitCode::Failure);
    const reports::Language language = documentLanguage();
    const CliLogin login = logIn(*db, services::Permission::ViewReports);
    if (!login.actor)
        return login.exitCode;
    const services::ReportService service(*db);
    auto written = service.writeReport(
        *login.actor, *period, *format, language, QFileInfo(args().output).absoluteFilePath());
    if (!written) {
        spdlog::info("report: not written ({})", errorCodeName(written.error().code).toStdString());
        return failure(tr("the report could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(args().output),
                                messages::errorSentence(written.error())));
    }
    // A printable report without the details of its header and signature prints dotted
    // lines; the JSON has neither (docs/report-layout.md).
    if (*format != services::ReportService::Format::Json
        && *format != services::ReportService::Format::Xlsx) {
        const QString warning = messages::ReportMessages::missingSettingsWarning(
            domain::missingReportSettings(written->issuer));
        if (!warning.isEmpty())
            writeTo(stderr, tr("safereturn report: %1\n").arg(warning));
    }
    writeTo(stderr,
            tr("report: %1 persons, %2 receptions in %3 – %4 written to %5\n")
                .arg(written->total.persons)
                .arg(written->total.receptions)
                .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                     to.toString(QStringLiteral("dd/MM/yyyy")),
                     QDir::toNativeSeparators(args().output)));
    return int(ExitCode::Ok);
}

QString ReportCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME "
              "--from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json|odt|xlsx] -o FILE\n"
              "\n"
              "Writes the period summary report (default format: pdf). xlsx writes its tables "
              "as an Excel workbook, one sheet per section, the figures as numbers.\n"
              "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
              "prompt.\n"
              "--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and "
              "--server the name of a saved server profile; the server's password is typed at "
              "the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.\n");
}

int ReportCommand::usageError(const QString &message) const
{
    return commandUsageError(
        QStringLiteral("report"), message, tr("run \"safereturn report --help\" for usage"));
}

} // namespace sr::app
