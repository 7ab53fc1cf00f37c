#include "ServerMigration.h"

#include "ReportService.h"
#include "domain/Actor.h"
#include "domain/Clock.h"
#include "domain/Period.h"
#include "reports/ReportJson.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/Maintenance.h"

#include <spdlog/spdlog.h>

namespace sr::services {

Result<QByteArray> reportJson(storage::Database &db, const QDate &from, const QDate &to)
{
    auto period =
        domain::Period::fromIsoStrings(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!period)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("migration: invalid period"));
    // Reading a summary records nothing (ReportService::summary), so the check leaves both
    // audit logs as they are.
    auto summary = ReportService(db).summary(domain::Actor::systemUser(), *period);
    if (!summary)
        return summary.error();
    return reports::reportToJsonBytes(*summary);
}

Result<MigrationResult> migrateToServer(storage::Database &source,
                                        storage::Database &target,
                                        const MigrationProgressListener &progress)
{
    storage::CopyProgressListener copyProgress;
    if (progress) {
        copyProgress = [&progress](const storage::CopyProgress &p) {
            return progress(MigrationProgress{p.table, p.done, p.total});
        };
    }
    if (auto copied = storage::copyDatabase(source, target, copyProgress); !copied)
        return copied.error();

    MigrationResult result;
    // The copy is committed: from here on a failure is a check that could not run.
    auto check = [&]() -> Result<void> {
        auto counts = storage::compareRowCounts(source, target);
        if (!counts)
            return counts.error();
        result.countsEqual = true;
        for (const storage::TableRows &rows : *counts) {
            result.tables << MigratedTable{rows.table, rows.source, rows.target};
            result.countsEqual = result.countsEqual && rows.source == rows.target;
        }
        auto span = storage::recordDateSpan(source);
        if (!span)
            return span.error();
        const QDate today = domain::Clock::instance().now().toLocalTime().date();
        result.reportFrom = *span ? (*span)->first : today;
        result.reportTo = *span ? (*span)->second : today;
        auto before = reportJson(source, result.reportFrom, result.reportTo);
        if (!before)
            return before.error();
        auto after = reportJson(target, result.reportFrom, result.reportTo);
        if (!after)
            return after.error();
        result.reportEqual = *before == *after;
        auto chain = storage::AuditLog(target).verifyChain();
        if (!chain)
            return chain.error();
        result.auditChainIntact = chain->firstBrokenId == 0;
        // Every attachment's bytes as the server gives them back, against the SHA-256 the file
        // stored: the copy of the chunks (BLOB to bytea) is proved, not assumed.
        auto attachments = storage::maintenance::checkAttachments(target);
        if (!attachments)
            return attachments.error();
        result.attachmentsChecked = attachments->checked;
        result.attachmentsDamaged = attachments->damaged.size();
        return {};
    };
    if (auto checked = check(); !checked)
        result.checkError = checked.error();
    spdlog::info("migration: counts {}, report {}, audit chain {}, attachments {} checked, {} "
                 "damaged",
                 result.countsEqual ? "equal" : "DIFFER",
                 result.reportEqual ? "equal" : "DIFFERS",
                 result.auditChainIntact ? "intact" : "BROKEN",
                 result.attachmentsChecked,
                 result.attachmentsDamaged);
    return result;
}

Result<void> grantDailyRole(storage::Database &db, const QString &role)
{
    return storage::grantDailyRole(db, role);
}

} // namespace sr::services
