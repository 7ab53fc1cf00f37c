#include "CliAuth.h"
#include "CommandOutput.h"
#include "commands/ExchangeCommand.h"
#include "domain/Period.h"
#include "messages/CliMessages.h"
#include "services/CaseZipExport.h"
#include "services/EncryptedExport.h"
#include "services/ExportService.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace sr::app {

int ExportCommand::execute()
{
    if (!args().files.isEmpty())
        return usageError(tr("unexpected argument %1").arg(args().files.first()));
    // --format, else the suffix of -o (a workbook named .xlsx is never written as CSV).
    services::ExportFormat format = services::ExportFormat::Csv;
    if (args().formatGiven) {
        const auto given = services::exportFormatFromCode(args().format);
        if (!given)
            return usageError(tr("--format must be csv or xlsx, not %1").arg(args().format));
        format = *given;
    } else if (args().output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        format = services::ExportFormat::Xlsx;
    }
    if (args().templateFile) {
        if (args().output.isEmpty())
            return usageError(tr("--template needs -o FILE"));
        if (format == services::ExportFormat::Xlsx)
            return writeXlsxTemplate();
        const auto written =
            services::ExportService::writeTemplate(QFileInfo(args().output).absoluteFilePath());
        if (!written)
            return failure(
                tr("%1 could not be written: %2")
                    .arg(native(args().output), messages::errorSentence(written.error())));
        writeTo(stderr, tr("template written to %1\n").arg(native(args().output)));
        return int(ExitCode::Ok);
    }
    if (format == services::ExportFormat::Xlsx && !args().caseCode.isEmpty())
        return usageError(tr("--case writes CSV files into its encrypted ZIP: leave out "
                             "--format xlsx"));
    if (!args().caseCode.isEmpty())
        return exportCase();
    if (args().withAttachments)
        return usageError(tr("--with-attachments goes with --case: attachments are exported "
                             "case by case, in an encrypted ZIP"));
    if (args().from.isEmpty() || args().to.isEmpty())
        return usageError(tr("--from and --to are required (dates as YYYY-MM-DD)"));
    if (!isoDate(args().from).isValid())
        return usageError(tr("--from: %1 is not a date of the form YYYY-MM-DD").arg(args().from));
    if (!isoDate(args().to).isValid())
        return usageError(tr("--to: %1 is not a date of the form YYYY-MM-DD").arg(args().to));
    const auto period = domain::Period::fromIsoStrings(args().from, args().to);
    if (!period)
        return usageError(
            tr("the period ends (%1) before it starts (%2)").arg(args().to, args().from));
    const auto table = exchange::exchangeTableFromCode(args().table);
    if (!table)
        return usageError(tr("--table must be one of %1").arg(tableCodes(QStringLiteral(", "))));
    if (!args().full && !exchange::hasDeIdentifiedExport(*table))
        return usageError(tr("the attachments list names each person's papers: it is written "
                             "by the full export only (add --full)"));

    services::ExportRequest request;
    request.period = *period;
    request.table = *table;
    request.mode = args().full ? exchange::ExportMode::Full : exchange::ExportMode::DeIdentified;
    request.format = format;
    QString output = args().output;
    if (output.isEmpty())
        output = QStringLiteral("%1_%2_%3%4.%5")
                     .arg(args().table,
                          args().from,
                          args().to,
                          args().full ? QStringLiteral("_full") : QString(),
                          args().zip ? QStringLiteral("zip") : services::formatCode(format));
    request.filePath = QFileInfo(output).absoluteFilePath();

    const auto db = openDatabase(true); // export only reads (Cli.h)
    if (!db)
        return int(ExitCode::Failure);
    const CliLogin login = logIn(*db,
                                 args().full ? services::Permission::ExportFull
                                             : services::Permission::ExportDeidentified);
    if (!login.actor)
        return login.exitCode;
    services::ExportService service(*db);
    const bool terminal = stderrIsTerminal();
    const auto progress = [&](qint64 done, qint64 total) {
        if (terminal)
            writeTo(stderr, tr("\rexport: %1 / %2 rows").arg(done).arg(total));
    };
    QByteArray passphrase;
    if (args().zip) {
        const auto typed =
            readPassword("SAFERETURN_PASSPHRASE", tr("Passphrase for the encrypted ZIP: "), true);
        if (!typed)
            return usageError(tr("--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type "
                                 "it twice at the prompt"));
        passphrase = typed->toUtf8();
    }
    const auto written =
        args().zip
            ? services::EncryptedExport(*db).exportZip(request, *login.actor, passphrase, progress)
            : service.exportTable(request, *login.actor, progress);
    passphrase.fill('\0');
    if (terminal)
        writeTo(stderr, QStringLiteral("\n"));
    if (!written && args().zip && written.error().code == ErrorCode::InvalidInput)
        return usageError(tr("the passphrase needs at least %1 characters").arg(10));
    if (!written) {
        spdlog::info("export: not written ({})", errorCodeName(written.error().code).toStdString());
        return failure(tr("%1 could not be written: %2")
                           .arg(native(output), messages::errorSentence(written.error())));
    }
    writeTo(stderr,
            tr("export: %1 rows of %2 (%3) written to %4\n")
                .arg(written->rows)
                .arg(args().table,
                     args().full ? tr("full, audited") : tr("de-identified"),
                     native(output)));
    return int(ExitCode::Ok);
}

int ExportCommand::writeXlsxTemplate()
{
    const QString output = QFileInfo(args().output).absoluteFilePath();
    // The drop-down lists hold this database's reference lists (agencies, countries, …).
    const auto db = openDatabase(true);
    if (!db)
        return int(ExitCode::Failure);
    const auto written =
        services::ExportService(*db).writeTemplateFile(output, services::ExportFormat::Xlsx);
    if (!written)
        return failure(tr("%1 could not be written: %2")
                           .arg(native(args().output), messages::errorSentence(written.error())));
    writeTo(stderr, tr("template written to %1\n").arg(native(args().output)));
    return int(ExitCode::Ok);
}

int ExportCommand::exportCase()
{
    // One case, with personal data and maybe its papers: encrypted, and the full export's.
    if (!args().full || !args().zip)
        return usageError(tr("--case writes the full export of one case into an encrypted ZIP: "
                             "add --full and --zip"));
    if (!args().from.isEmpty() || !args().to.isEmpty() || args().tableGiven)
        return usageError(tr("--case exports the whole case: leave out --from, --to and "
                             "--table"));
    if (args().output.isEmpty())
        return usageError(tr("--case needs -o FILE.zip"));
    const QString output = QFileInfo(args().output).absoluteFilePath();
    const auto db = openDatabase(true); // reads, and appends its audit row
    if (!db)
        return int(ExitCode::Failure);
    const CliLogin login = logIn(*db, services::Permission::ExportFull);
    if (!login.actor)
        return login.exitCode;
    const auto typed =
        readPassword("SAFERETURN_PASSPHRASE", tr("Passphrase for the encrypted ZIP: "), true);
    if (!typed)
        return usageError(tr("--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type "
                             "it twice at the prompt"));
    QByteArray passphrase = typed->toUtf8();
    services::CaseZipRequest request;
    request.caseCode = args().caseCode;
    request.withAttachments = args().withAttachments;
    request.filePath = output;
    const auto written = services::CaseZipExport(*db).exportCase(request, *login.actor, passphrase);
    passphrase.fill('\0');
    if (!written && written.error().code == ErrorCode::InvalidInput
        && written.error().detail.contains(QLatin1String("passphrase")))
        return usageError(tr("the passphrase needs at least %1 characters").arg(10));
    if (!written && written.error().code == ErrorCode::NotFound)
        return failure(tr("there is no case %1").arg(args().caseCode));
    if (!written) {
        spdlog::info("export: case ZIP not written ({})",
                     errorCodeName(written.error().code).toStdString());
        return failure(tr("%1 could not be written: %2")
                           .arg(native(output), messages::errorSentence(written.error())));
    }
    writeTo(stderr,
            tr("export: case %1 (%2 receptions, %3 supports, %4 attachments listed, %5 "
               "attachment files) written to %6 (encrypted, audited)\n")
                .arg(args().caseCode)
                .arg(written->receptions)
                .arg(written->supports)
                .arg(written->attachments)
                .arg(written->files)
                .arg(native(output)));
    return int(ExitCode::Ok);
}

} // namespace sr::app
