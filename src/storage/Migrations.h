#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

// Internal to storage: the numbered schema migrations in resources/sql (:/sql/NNNN_*.sql).
namespace sr::storage::migrations {

/** Number of migrations shipped (= the schema version this build writes). */
int latestVersion();

/**
 * Applies every migration after the database's PRAGMA user_version up to @a targetVersion
 * (default: the latest), each in its own BEGIN IMMEDIATE transaction that also sets
 * user_version. When the database already has a schema, a backup "<databasePath>.v<N>.bak" is
 * written first (online backup API). Stopping early is for building the test fixtures of
 * earlier schema versions.
 */
Result<void> migrate(const QSqlDatabase &db, const QString &databasePath, int targetVersion = -1);

} // namespace sr::storage::migrations
