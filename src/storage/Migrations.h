#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace sr::storage {
class SqlDialect;
} // namespace sr::storage

// Internal to storage: the numbered schema migrations of each engine, in the Qt resource folder
// SqlDialect::migrationsFolder() (resources/sql/<engine>/NNNN_name.sql).
namespace sr::storage::migrations {

/** The migration scripts of @a dialect, ordered: NNNN_name.sql is version NNNN. */
QStringList scripts(const SqlDialect &dialect);

/** Number of migrations shipped (= the schema version this build writes). */
int latestVersion(const SqlDialect &dialect);

/**
 * Applies every migration after the database's schema version up to @a targetVersion
 * (default: the latest), each in its own write transaction that also sets the version. When
 * the database already has a schema, a copy "<databasePath>.v<N>.bak" is written first
 * (SqlDialect::copyBeforeMigration). Stopping early is for building the test fixtures of
 * earlier schema versions.
 */
Result<void> migrate(const SqlDialect &dialect,
                     const QSqlDatabase &db,
                     const QString &databasePath,
                     int targetVersion = -1);

} // namespace sr::storage::migrations
