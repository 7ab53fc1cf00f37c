#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sr::storage {
class Database;
}

namespace sr::services {

// The administrator's steps on a database server (docs/server.md): `safereturn server init`
// and `safereturn server migrate`.

/** Where a migration stands: @a done of @a total rows of @a table (report_summary: computing). */
struct MigrationProgress
{
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

/** The rows of one table in the file and on the server after a migration. */
struct MigratedTable
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/** What a migration copied and what its checks found. */
struct MigrationResult
{
    QList<MigratedTable> tables;
    bool countsEqual = false;
    /** The period report (as its JSON) of the whole period of the records, on both sides. */
    QDate reportFrom;
    QDate reportTo;
    bool reportEqual = false;
    /** The audit log's hash chain verified on the server. */
    bool auditChainIntact = false;
    /** Attachments whose bytes were read back on the server and hashed against their SHA-256
     *  (storage::maintenance::checkAttachments), and how many of them disagreed. */
    qint64 attachmentsChecked = 0;
    qint64 attachmentsDamaged = 0;
    /** A check that could not run after the commit (the copy itself is committed). */
    std::optional<Error> checkError;
};

/** Told the progress now and then; returning false cancels (the server keeps nothing). */
using MigrationProgressListener = std::function<bool(const MigrationProgress &progress)>;

/**
 * Copies the database file @a source into the empty server database @a target
 * (storage::copyDatabase: one transaction, ids and audit hashes kept), then checks it: the rows
 * of every table on both sides, the period report JSON of the records' whole period on both
 * sides, and the server's audit chain; a check that cannot run is in checkError (the copy
 * stays committed). Errors, with the server database unchanged: Conflict (detail: the table) when the server
 * database already holds records, users or audit rows; Cancelled; those of the copy.
 */
Result<MigrationResult> migrateToServer(storage::Database &source,
                                        storage::Database &target,
                                        const MigrationProgressListener &progress = {});

/** The period report of @a from – @a to as its JSON (what `safereturn report --format json` writes). */
Result<QByteArray> reportJson(storage::Database &db, const QDate &from, const QDate &to);

/** storage::grantDailyRole: the rights of the server role used every day, and no DDL. */
Result<void> grantDailyRole(storage::Database &db, const QString &role);

} // namespace sr::services
