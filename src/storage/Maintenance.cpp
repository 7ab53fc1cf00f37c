#include "Maintenance.h"

#include "AccountHistory.h"
#include "AuditLog.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordType.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

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

namespace {

/** One attachment's description as far as the check needs it. */
struct StoredAttachment
{
    qint64 id = 0;
    qint64 size = 0;
    QByteArray sha256;
};

/**
 * Whether the chunks of @a attachment are in order, as long as its size and hash to its SHA-256.
 * One chunk is in memory at a time (a 1 MiB row, storage/AttachmentRepository.h), so checking
 * a database of several gigabytes keeps memory flat.
 */
Result<bool> attachmentIntact(QSqlQuery &chunks, const StoredAttachment &attachment)
{
    chunks.bindValue(0, attachment.id);
    if (auto r = sql::exec(chunks, "check.attachment"); !r)
        return r.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expectedSeq = 0;
    qint64 size = 0;
    bool inOrder = true;
    while (chunks.next()) {
        inOrder = inOrder && chunks.value(0).toLongLong() == expectedSeq++;
        const QByteArray data = chunks.value(1).toByteArray();
        size += data.size();
        hash.addData(data);
    }
    chunks.finish();
    return expectedSeq > 0 && inOrder && size == attachment.size
           && hash.result().toHex() == attachment.sha256;
}

} // namespace

Result<AttachmentCheck> checkAttachments(Database &db)
{
    // The descriptions are read a page at a time by id and the bytes attachment by attachment,
    // so neither a list of 10,000 attachments nor their gigabytes are ever held at once.
    constexpr int pageSize = 500;
    QSqlQuery page(db.connection());
    if (auto r = sql::prepare(page,
                              QStringLiteral("SELECT id, size_bytes, sha256 FROM attachment "
                                             "WHERE id > ? ORDER BY id LIMIT %1")
                                  .arg(pageSize),
                              "check.attachments");
        !r)
        return r.error();
    QSqlQuery chunks(db.connection());
    chunks.setForwardOnly(true);
    if (auto r = sql::prepare(chunks,
                              QStringLiteral("SELECT seq, data FROM attachment_chunk "
                                             "WHERE attachment_id = ? ORDER BY seq"),
                              "check.attachment");
        !r)
        return r.error();
    AttachmentCheck result;
    qint64 after = 0;
    for (;;) {
        page.bindValue(0, after);
        if (auto r = sql::exec(page, "check.attachments"); !r)
            return r.error();
        QList<StoredAttachment> described;
        while (page.next())
            described.append(StoredAttachment{page.value(0).toLongLong(),
                                              page.value(1).toLongLong(),
                                              page.value(2).toString().toLatin1()});
        page.finish();
        for (const StoredAttachment &attachment : std::as_const(described)) {
            auto intact = attachmentIntact(chunks, attachment);
            if (!intact)
                return intact.error();
            ++result.checked;
            if (!*intact)
                result.damaged << attachment.id;
        }
        if (described.size() < pageSize)
            break;
        after = described.last().id;
    }
    return result;
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

    // The bytes of every attachment against their size and SHA-256 (schema step 13).
    if (db.schemaVersion() >= 13) {
        auto attachments = checkAttachments(db);
        if (!attachments)
            return attachments.error();
        report.attachmentsChecked = attachments->checked;
        report.damagedAttachments = attachments->damaged;
        for (const qint64 id : std::as_const(report.damagedAttachments)) {
            report.problems << QStringLiteral("attachment %1: stored bytes do not match their "
                                              "size or SHA-256")
                                   .arg(id);
            spdlog::error("check: attachment {} damaged", id);
        }
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
    if (db.schemaVersion() >= 13)
        tables << QStringList{QStringLiteral("attachment_type"),
                              QStringLiteral("attachment_chunk")};
    // The shelters and their rooms (step 14; shelter_stay is a record type, counted above).
    if (db.schemaVersion() >= 14)
        tables << QStringList{QStringLiteral("shelter"), QStringLiteral("shelter_room")};
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
