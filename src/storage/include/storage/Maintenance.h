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

/**
 * integrity_check, foreign_key_check, the audit log's hash chain and its anchor outside the
 * database, every account against its audited history (account_history), and row counts.
 */
Result<CheckReport> check(Database &db);

} // namespace maintenance
} // namespace sr::storage
