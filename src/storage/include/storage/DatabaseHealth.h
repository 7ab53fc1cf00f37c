#pragma once

#include "domain/Result.h"

#include <QString>

namespace sr::storage {

class Database;

/**
 * Damage found while the program runs (docs/security.md, "A damaged database"). SQLite reports
 * SQLITE_CORRUPT or SQLITE_NOTADB when a page it reads is not what it wrote, whatever statement
 * reads it; from then on this process treats the file as read-only: no Transaction begins on it,
 * Database::isReadOnly() is true, and the user is told to restore a backup. Writing into a
 * damaged file would spread the damage into records that are still good.
 */
namespace health {

/** Marks the database file at @a path (any spelling) as damaged for the rest of this process. */
void markDamaged(const QString &path);
/** The file was replaced by a checked backup (maintenance::restore): writable again. */
void markRestored(const QString &path);
/** Whether markDamaged() was called for this file in this process (and no restore since). */
bool isDamaged(const QString &path);

/**
 * PRAGMA quick_check of @a db (every page and index entry read, without the cross-check of
 * indexes against tables that integrity_check adds). Run before an import, a backup and a
 * restore, and in the background after the desktop application opened a database. A failure
 * marks the file damaged and is ErrorCode::Corrupt.
 */
Result<void> quickCheck(Database &db);

} // namespace health
} // namespace sr::storage
