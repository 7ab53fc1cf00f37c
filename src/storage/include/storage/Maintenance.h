#pragma once

#include "AccountHistory.h"
#include "domain/CheckReport.h"
#include "domain/Result.h"
#include "storage/AuditLog.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sr::storage {

class Database;

using domain::CheckReport;

/** Backup, restore and checks of a SafeReturn database. */
namespace maintenance {

/**
 * Writes a consistent copy of @a db to @a targetPath through SQLite's online backup API
 * (owner-only permissions, written to a temporary name, fsynced, checked with
 * integrity_check, then renamed into place). @a recordInCopy (actor, action, entity, entityId,
 * changes of each) are appended to the copy's audit log before it is checked: the rescue
 * backup of a database whose disk is full records its login and itself there
 * (docs/security.md "Rescue backup on a full disk").
 */
Result<void>
backup(Database &db, const QString &targetPath, const QList<AuditEntry> &recordInCopy = {});

/**
 * Replaces the content of @a db with the backup at @a backupPath, only after the backup
 * passed integrity_check and was recognised as a SafeReturn database of a schema this
 * build can read (older ones are migrated after the restore). @a db is unchanged on error.
 */
Result<void> restore(Database &db, const QString &backupPath);

/** What reading back every attachment's bytes found. */
struct AttachmentCheck
{
    qint64 checked = 0;    ///< attachments read back (active and archived)
    QList<qint64> damaged; ///< ids of those whose chunks disagree with their size or SHA-256
};

/**
 * Reads back the chunks of every attachment (schema step 13) and hashes them against the
 * SHA-256 and size of their description, one attachment, and one 1 MiB chunk, at a time: memory
 * stays flat on a database of several gigabytes. Used by check() and by the server migration's
 * check of the copy (services/ServerMigration.h).
 */
Result<AttachmentCheck> checkAttachments(Database &db);

/**
 * integrity_check, foreign_key_check, the audit log's hash chain and its anchor outside the
 * database, every account against its audited history (account_history), every attachment's
 * bytes against its SHA-256 (checkAttachments()), and row counts.
 */
Result<CheckReport> check(Database &db);

} // namespace maintenance
} // namespace sr::storage
