#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace sr::storage {
class Database;
using domain::AuditEntry;
} // namespace sr::storage

// The SQLite dialect's backup and restore (SqliteDialect::backup/restore; the contracts are
// storage::maintenance::backup/restore in storage/Maintenance.h).
namespace sr::storage::sqlite {

/**
 * Writes a consistent copy of @a db to @a targetPath through SQLite's online backup API
 * (owner-only permissions, written to a temporary name, fsynced, checked with
 * integrity_check, then renamed into place), after appending @a recordInCopy to the copy's
 * audit log.
 */
Result<void> backup(Database &db, const QString &targetPath, const QList<AuditEntry> &recordInCopy);

/**
 * Replaces the content of @a db with the backup at @a backupPath once the backup passed
 * integrity_check and proved itself a whole SafeReturn database of a schema this build reads.
 */
Result<void> restore(Database &db, const QString &backupPath);

/** fsync()s the file or folder at @a path; false when it cannot be opened or synced. */
bool fsyncPath(const QString &path);

} // namespace sr::storage::sqlite
