#include "Maintenance.h"

#include "AccountHistory.h"
#include "AuditLog.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordType.h"

#include <QSqlDatabase>

#include <spdlog/spdlog.h>

namespace sr::storage::maintenance {

Result<void> backup(Database &db, const QString &targetPath, const QList<AuditEntry> &recordInCopy)
{
    return db.dialect().backup(db, targetPath, recordInCopy);
}

Result<void> restore(Database &db, const QString &backupPath)
{
    return db.dialect().restore(db, backupPath);
}

Result<CheckReport> check(Database &db)
{
    CheckReport report;
    const QSqlDatabase connection = db.connection();
    auto integrity = db.dialect().checkIntegrity(connection, SqlDialect::CheckDepth::Full);
    if (!integrity)
        return integrity.error();
    report.integrityOk = integrity->ok;
    report.problems << integrity->problems;

    auto violations = db.dialect().foreignKeyViolations(connection);
    if (!violations)
        return violations.error();
    report.foreignKeysOk = violations->isEmpty();
    report.problems << *violations;

    // Tamper evidence: someone who edited or deleted audit rows with another tool (triggers
    // dropped) breaks the hash chain at the first row changed.
    const auto chain = AuditLog(db).verifyChain();
    if (!chain)
        return chain.error();
    report.auditChainOk = chain->firstBrokenId == 0;
    report.auditChainBrokenAt = chain->firstBrokenId;
    if (!report.auditChainOk) {
        report.problems
            << QStringLiteral("audit log: hash chain broken at row %1").arg(chain->firstBrokenId);
        spdlog::error("check: audit hash chain broken at row {}", chain->firstBrokenId);
    }
    // Tamper evidence for the tail: rows deleted from the end (or a recomputed tail) leave the
    // chain valid, but not the row remembered outside the database (AuditLog.h).
    const auto anchor = AuditLog(db).verifyAnchor();
    if (!anchor)
        return anchor.error();
    report.auditAnchorOk = anchor->ok;
    report.auditAnchorId = anchor->anchorId;
    if (!anchor->ok) {
        report.auditTruncatedAfter = anchor->intactUntil;
        report.problems << QStringLiteral("audit log: anchored row %1 missing or changed")
                               .arg(anchor->anchorId);
        // info: the console shows warnings; the translated line is the caller's (Cli.cpp).
        spdlog::info("check: audit log truncated or rewritten after row {}", anchor->intactUntil);
    }
    // Roles and states changed outside the application (AccountHistory.h). User names are
    // shown by the caller; the log gets ids only.
    if (db.schemaVersion() >= 3) { // app_user exists from migration 3
        auto mismatches = account_history::verifyAll(db);
        if (!mismatches)
            return mismatches.error();
        report.accountMismatches = *mismatches;
        for (const AccountMismatch &mismatch : std::as_const(report.accountMismatches))
            spdlog::info("check: account {} differs from its audited history ({})",
                         mismatch.userId,
                         mismatch.fields.join(u',').toStdString());
    }

    // The record types (domain/RecordType.h), then the reference lists and the audit log.
    QStringList tables;
    for (const domain::RecordTypeInfo *type : domain::recordTypes())
        tables << type->table;
    tables << QStringList{QStringLiteral("agency"),
                          QStringLiteral("border_gate"),
                          QStringLiteral("support_type"),
                          QStringLiteral("country"),
                          QStringLiteral("ethnic_group"),
                          QStringLiteral("province"),
                          QStringLiteral("commune"),
                          QStringLiteral("audit_log")};
    for (const QString &table : tables) {
        auto count = sql::scalarInt(
            connection, QStringLiteral("SELECT count(*) FROM %1").arg(table), "check.count");
        if (!count)
            return count.error();
        report.counts.append({table, *count});
    }
    report.schemaVersion = db.schemaVersion();
    return report;
}

} // namespace sr::storage::maintenance
