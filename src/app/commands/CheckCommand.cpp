#include "CommandOutput.h"
#include "commands/GeneralCommand.h"
#include "domain/CheckReport.h"
#include "messages/CliMessages.h"
#include "services/MaintenanceService.h"

namespace sr::app {

int CheckCommand::execute(storage::Database &db)
{
    if (!login(db, services::Permission::BackupRestore))
        return exitCode();
    services::MaintenanceService service(db);
    const auto report = service.check(actor());
    if (!report) {
        error(tr("check of %1 failed: %2")
                  .arg(native(databasePath()), messages::errorSentence(report.error().code)));
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
    for (const domain::AccountMismatch &account : report->accountMismatches) {
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
    if (report->attachmentsChecked > 0 || !report->damagedAttachments.isEmpty()) {
        if (report->damagedAttachments.isEmpty())
            out += tr("attachments ok (%1 checked)").arg(report->attachmentsChecked) + u'\n';
        else {
            QStringList ids;
            for (const qint64 id : report->damagedAttachments)
                ids << QString::number(id);
            out += tr("%n attachment(s) damaged (stored bytes do not match their SHA-256), ids: "
                      "%1",
                      nullptr,
                      int(report->damagedAttachments.size()))
                       .arg(ids.join(QStringLiteral(", ")))
                   + u'\n';
            out += tr("to repair a damaged attachment, restore a backup made before the damage "
                      "(safereturn restore)")
                   + u'\n';
        }
    }
    out += tr("schema version %1").arg(report->schemaVersion) + u'\n';
    for (const QString &problem : report->problems)
        out += tr("problem: %1").arg(problem) + u'\n';
    for (const auto &[table, rows] : report->counts)
        out += QStringLiteral("%1\t%2\n").arg(table).arg(rows);
    writeTo(stdout, out);
    return report->ok() ? int(ExitCode::Ok) : int(ExitCode::Failure);
}

} // namespace sr::app
