#pragma once

#include "domain/ArchiveFilter.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

// Internal helpers of the storage layer (not used above it).
namespace sr::storage::sql {

/** The SQLite handle under a Qt SQL connection (for the backup API and multi-statement scripts). */
sqlite3 *handle(const QSqlDatabase &db);

/** Runs a script of several statements through sqlite3_exec. */
Result<void> execScript(const QSqlDatabase &db, const QString &script, const char *context);

/**
 * Turns a failed query into an Error: SQLITE_BUSY/LOCKED → Busy, SQLITE_FULL → DiskFull,
 * SQLITE_READONLY → ReadOnly, SQLITE_CORRUPT/NOTADB → Corrupt, UNIQUE constraint → Duplicate,
 * other constraints → InvalidInput, anything else → Internal. Logs it once (spdlog, no
 * bound values: they may be personal data). @a context names the operation ("person.insert").
 */
Error errorFrom(const QSqlError &error, const char *context);
Error errorFrom(const QSqlQuery &query, const char *context);

/** Runs one statement without bound values. */
Result<void> exec(const QSqlDatabase &db, const QString &statement, const char *context);

/** Prepares @a statement on @a query; Internal error (logged) on failure. */
Result<void> prepare(QSqlQuery &query, const QString &statement, const char *context);

/** Executes a prepared query. */
Result<void> exec(QSqlQuery &query, const char *context);

/** Prepares @a statement as a forward-only query, binds @a values in order and executes it. */
Result<void>
run(QSqlQuery &query, const QString &statement, const QVariantList &values, const char *context);

/**
 * The condition @a filter puts on a record table's archived column ("archived = 0"), the column
 * named @a column (e.g. "p.archived" in a join); empty when it keeps every row.
 */
QString archivedCondition(domain::ArchiveFilter filter,
                          const QString &column = QStringLiteral("archived"));

/** Single integer from a query like "SELECT count(*) …" / "PRAGMA user_version". */
Result<qint64> scalarInt(const QSqlDatabase &db, const QString &statement, const char *context);

/** "YYYY-MM-DD", or empty for a null date. */
QString isoDate(const QDate &date);
/** Parses "YYYY-MM-DD"; null date for empty or malformed text. */
QDate dateFromIso(const QVariant &value);
/** UTC timestamp "YYYY-MM-DDTHH:MM:SS.zzzZ". */
QString isoTimestamp(const QDateTime &time);
QDateTime timestampFromIso(const QVariant &value);
/** The current time from domain::Clock as an ISO UTC timestamp. */
QString nowTimestamp();
/** A new random UUID without braces. */
QString newUuid();

} // namespace sr::storage::sql
