#include "commands/ExchangeCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "messages/CliMessages.h"
#include "services/ExportService.h" // exchange::exchangeTables(), through the services' API

#include <QDir>

#include <cstdio>
#include <limits>

namespace sr::app {

namespace {

bool isExportFlag(const QString &name)
{
    return name == QLatin1String("--full") || name == QLatin1String("--template")
           || name == QLatin1String("--zip") || name == QLatin1String("--with-attachments");
}

bool isImportFlag(const QString &name)
{
    return name == QLatin1String("--dry-run") || name == QLatin1String("--update")
           || name == QLatin1String("--add-missing-reference");
}

/** Options only export takes a value for (--db, --lang and --user belong to both). */
bool isExportValue(const QString &name)
{
    return name == QLatin1String("--from") || name == QLatin1String("--to")
           || name == QLatin1String("--table") || name == QLatin1String("--case")
           || name == QLatin1String("--format") || name == QLatin1String("-o")
           || name == QLatin1String("--output");
}

} // namespace

ExchangeArguments ExchangeCommand::parse(const QStringList &arguments)
{
    static const QList<OptionSpec> specs = withSharedSpecs({
        {QStringLiteral("--full"), false},
        {QStringLiteral("--template"), false},
        {QStringLiteral("--dry-run"), false},
        {QStringLiteral("--update"), false},
        {QStringLiteral("--add-missing-reference"), false},
        {QStringLiteral("--zip"), false},
        {QStringLiteral("--with-attachments"), false},
        {QStringLiteral("--table"), true},
        {QStringLiteral("--case"), true},
        {QStringLiteral("--format"), true},
        {QStringLiteral("--sheet"), true},
    });
    const CommandLine line = parseCommandLine(arguments, specs, DoubleDash::UnknownOption);

    ExchangeArguments args;
    // Usage errors in command-line order; the first one is reported. At one position an
    // option's own rule (an export option on import, rank 0) comes before its missing value.
    UsageProblems problems;
    qsizetype commandPosition = std::numeric_limits<qsizetype>::max();
    for (const Word &word : line.words) {
        if (args.command.isEmpty()
            && (word.text == QLatin1String("export") || word.text == QLatin1String("import"))) {
            args.command = word.text;
            commandPosition = word.position;
        } else {
            args.files.append(word.text);
        }
    }
    problems.addLineProblems(line.problems, tr("unknown option %1"), tr("option %1 needs a value"));
    for (const GivenOption &option : line.options) {
        const QString &name = option.spelling;
        // Whether the command word came before this option (the rules apply from there on).
        const bool exporting =
            args.command == QLatin1String("export") && commandPosition < option.position;
        if (isExportFlag(name) || isImportFlag(name)) {
            if (isExportFlag(name) != exporting)
                problems.add(option.position, tr("unknown option %1").arg(name));
            else if (name == QLatin1String("--full"))
                args.full = true;
            else if (name == QLatin1String("--template"))
                args.templateFile = true;
            else if (name == QLatin1String("--zip"))
                args.zip = true;
            else if (name == QLatin1String("--with-attachments"))
                args.withAttachments = true;
            else if (name == QLatin1String("--dry-run"))
                args.dryRun = true;
            else if (name == QLatin1String("--update"))
                args.update = true;
            else
                args.addMissingReference = true;
        } else {
            if (isExportValue(name) && !exporting)
                problems.add(option.position, tr("unknown option %1").arg(name));
            // --sheet belongs to import alone (a workbook's sheet to read).
            if (name == QLatin1String("--sheet") && exporting)
                problems.add(option.position, tr("unknown option %1").arg(name));
            if (name == QLatin1String("--sheet")) {
                args.sheet = option.value;
            } else if (name == QLatin1String("--table")) {
                args.table = option.value;
                args.tableGiven = true;
            } else if (name == QLatin1String("--case"))
                args.caseCode = option.value;
            else if (name == QLatin1String("--format")) {
                args.format = option.value;
                args.formatGiven = true;
            } else
                takeSharedOption(args, option);
        }
    }
    problems.report(args, tr("--lang must be vi or en"));
    return args;
}

QString ExchangeCommand::native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString ExchangeCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --from "
              "YYYY-MM-DD --to YYYY-MM-DD\n"
              "                    [--table %1] [--full] [--format csv|xlsx] [--zip] [-o FILE]\n"
              "  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --case "
              "CASE-CODE --full --zip [--with-attachments] -o FILE.zip\n"
              "  safereturn export [--db FILE|LOCATION | --server NAME] --template "
              "[--format csv|xlsx] -o FILE\n"
              "  safereturn import [--db FILE|LOCATION | --server NAME] --user NAME [--dry-run] "
              "[--update] "
              "[--add-missing-reference] [--sheet NAME] FILE.csv|FILE.xlsx\n"
              "\n"
              "Exports are de-identified unless --full is given (full exports are audited).\n"
              "--format xlsx writes an Excel workbook (.xlsx) with the same rows: Vietnamese "
              "column titles, dates and amounts formatted; the default is csv, or xlsx when -o "
              "ends in .xlsx. The xlsx template has drop-down lists from the database's "
              "reference lists.\n"
              "--table attachments lists the attachments (name, type, size, SHA-256) without "
              "their content; it needs --full and cannot be imported.\n"
              "--case writes one case (its receptions, supports and attachments list) into an "
              "encrypted ZIP; --with-attachments adds each attachment's file and a manifest of "
              "their SHA-256.\n"
              "--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) "
              "is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.\n"
              "Imports are all-or-nothing; every refused row is listed.\n"
              "An .xlsx workbook is read from its first sheet, or the one --sheet names.\n"
              "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
              "prompt.\n"
              "--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and "
              "--server the name of a saved server profile; the server's password is typed at "
              "the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n")
        .arg(tableCodes(QStringLiteral("|")));
}

QString ExchangeCommand::tableCodes(const QString &separator)
{
    // From the one list of tables (exchange/CsvColumns.h), so a new table is named here too.
    QStringList codes;
    for (const exchange::ExchangeTable table : exchange::exchangeTables())
        codes.append(exchange::toCode(table));
    return codes.join(separator);
}

int ExchangeCommand::usageError(const QString &message) const
{
    return commandUsageError(
        args().command, message, tr("run \"safereturn %1 --help\" for usage").arg(args().command));
}

} // namespace sr::app
