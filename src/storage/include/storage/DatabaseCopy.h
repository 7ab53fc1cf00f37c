#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sr::storage {

class Database;

// Moving an installation in (docs/server.md, "Moving an installation in"): a SafeReturn
// database file copied whole into the empty database of a server, and the rights of the
// server's daily role.

/** Where a copy stands: @a done of @a total rows of @a table copied. */
struct CopyProgress
{
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

/** Told the progress of a copy now and then; returning false cancels it (nothing is kept). */
using CopyProgressListener = std::function<bool(const CopyProgress &progress)>;

/** The rows of one table on both sides of a copy. */
struct TableRows
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/**
 * The first table of @a db that holds records, users or audit rows (person, reception,
 * support, follow_up, handover_batch, app_user, audit_log); empty when there is none: the
 * reference lists and settings a new database is seeded with do not count.
 */
Result<QString> firstTableWithRecords(Database &db);

/**
 * Copies everything of @a source (a database file) into @a target (a server database with the
 * same schema version and no records: firstTableWithRecords), in ONE transaction on the target:
 * the reference lists and settings replace the target's seeded ones; records, users (their
 * password hashes as they are) and the audit log keep their ids (the audit rows their hashes, so
 * the chain verifies on the target), and the ids the target gives next follow the largest copied.
 * The search index is filled from the source's, and every person is noted for the report
 * summaries, which the commit computes. Errors: Conflict (detail: the table) when the target
 * holds records; InvalidInput when the two are not a file and a server of this schema version;
 * Cancelled when @a progress returned false. On any error the target is unchanged.
 */
Result<void>
copyDatabase(Database &source, Database &target, const CopyProgressListener &progress = {});

/**
 * The rows of every copied table (and the search index) on both sides, in copy order; run after
 * copyDatabase() to check it.
 */
Result<QList<TableRows>> compareRowCounts(Database &source, Database &target);

/** The first and last date of any reception, support, follow-up or batch; nothing when none. */
Result<std::optional<std::pair<QDate, QDate>>> recordDateSpan(Database &db);

/**
 * Gives the server role @a role what SafeReturn needs for daily work in @a db (a server
 * database), and nothing more: CONNECT and TEMPORARY on the database, USAGE on its schema,
 * SELECT, INSERT and UPDATE on every table, DELETE only on the derived tables (search index,
 * report summaries and their notes), USAGE, SELECT and UPDATE on the sequences; no DDL (CREATE
 * on the schema is revoked from PUBLIC), no TRUNCATE. InvalidInput when @a role is not a plain
 * role name or @a db is a file; ServerNoRights when this role may not grant.
 */
Result<void> grantDailyRole(Database &db, const QString &role);

} // namespace sr::storage
