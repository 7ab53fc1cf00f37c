#include "CliAuth.h"
#include "CommandOutput.h"
#include "commands/ExchangeCommand.h"
#include "domain/Period.h"
#include "messages/CliMessages.h"
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
    if (args().templateFile) {
        if (args().output.isEmpty())
            return usageError(tr("--template needs -o FILE"));
        const auto written =
            services::ExportService::writeTemplate(QFileInfo(args().output).absoluteFilePath());
        if (!written)
            return failure(
                tr("%1 could not be written: %2")
                    .arg(native(args().output), messages::errorSentence(written.error())));
        writeTo(stderr, tr("template written to %1\n").arg(native(args().output)));
        return int(ExitCode::Ok);
    }
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
        return usageError(tr("--table must be receptions, supports or batches"));

    services::ExportRequest request;
    request.period = *period;
    request.table = *table;
    request.mode = args().full ? exchange::ExportMode::Full : exchange::ExportMode::DeIdentified;
    QString output = args().output;
    if (output.isEmpty())
        output = QStringLiteral("%1_%2_%3%4.csv")
                     .arg(args().table,
                          args().from,
                          args().to,
                          args().full ? QStringLiteral("_full") : QString())
                     .replace(QStringLiteral(".csv"),
                              args().zip ? QStringLiteral(".zip") : QStringLiteral(".csv"));
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

} // namespace sr::app
