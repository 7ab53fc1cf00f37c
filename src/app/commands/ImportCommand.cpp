#include "CliAuth.h"
#include "CommandOutput.h"
#include "commands/ExchangeCommand.h"
#include "messages/CliMessages.h"
#include "services/ImportService.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace sr::app {

int ImportCommand::execute()
{
    if (args().files.isEmpty())
        return usageError(tr("import needs a CSV or Excel (.xlsx) file"));
    if (args().files.size() > 1)
        return usageError(tr("unexpected argument %1").arg(args().files.at(1)));
    const QString file = args().files.first();
    if (!QFileInfo(file).isFile()) {
        writeTo(stderr, QStringLiteral("%1: %2\n").arg(native(file), tr("no such file")));
        return int(ExitCode::Usage);
    }
    // Only `user add` (the first administrator) and `demo` create a database: a mistyped
    // --db must not leave new folders and an empty database behind.
    const auto db = openDatabase(false);
    if (!db)
        return int(ExitCode::Failure);
    const CliLogin login = logIn(*db, services::Permission::ImportRecords);
    if (!login.actor)
        return login.exitCode;

    services::ImportOptions options;
    options.run = args().dryRun ? services::ImportRun::DryRun : services::ImportRun::Write;
    options.existing =
        args().update ? services::ExistingRecords::Update : services::ExistingRecords::Refuse;
    options.missingReferences = args().addMissingReference ? services::MissingReferences::Add
                                                           : services::MissingReferences::Refuse;
    options.sheet = args().sheet;
    const bool terminal = stderrIsTerminal();
    const auto progress = [&](qint64 done, qint64 total) {
        if (terminal)
            writeTo(stderr, tr("\rimport: %1 / %2 rows").arg(done).arg(total));
    };
    services::ImportService service(*db);
    const auto report =
        service.importFile(QFileInfo(file).absoluteFilePath(), options, *login.actor, progress);
    if (terminal)
        writeTo(stderr, QStringLiteral("\n"));
    if (!report) {
        spdlog::info("import: failed ({})", errorCodeName(report.error().code).toStdString());
        return failure(tr("%1 could not be imported: %2; nothing was written")
                           .arg(native(file), messages::errorSentence(report.error())));
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
        writeTo(
            stderr,
            tr("%1: %2 errors; nothing was imported\n").arg(native(file)).arg(report->issueCount));
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

QString ImportCommand::describeIssue(const QString &file, const services::ImportIssue &issue)
{
    QString where = native(file);
    if (issue.row > 0)
        where += tr(": row %1").arg(issue.row);
    // A workbook's cell by its column letter, as the spreadsheet shows it, and the column's
    // name: "row 7, column D (birth_date)".
    if (!issue.columnLetter.isEmpty() && !issue.column.isEmpty())
        where += tr(", column %1 (%2)").arg(issue.columnLetter, issue.column);
    else if (!issue.columnLetter.isEmpty())
        where += tr(", column %1").arg(issue.columnLetter);
    else if (!issue.column.isEmpty())
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

} // namespace sr::app
