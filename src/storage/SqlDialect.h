#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlError;

namespace sr::storage {

class Database;
using domain::AuditEntry;

/** What an integrity check of the database found. */
struct IntegrityReport
{
    bool ok = false;      ///< the engine answered that the database is whole
    QStringList problems; ///< the engine's technical lines (no personal data)
};

/**
 * Everything the storage layer says differently to each database engine (docs/architecture.md,
 * "The storage seam"): the database file or server before a connection is made, the connection's
 * settings, the schema version and the migrations folder, write transactions, upserts, full-text
 * search, the report summary upkeep (it holds the engine's date arithmetic), integrity checks and
 * the online backup and restore. Database::open chooses the dialect from the database's location
 * (forLocation) and keeps it for the connection's life; repositories and queries ask
 * Database::dialect() for the statements that differ and write the rest in common SQL.
 *
 * Internal to storage: nothing above it may know which engine it runs on.
 */
class SqlDialect
{
public:
    virtual ~SqlDialect();

    /** The dialect of the engine that holds the database at @a location. */
    static std::unique_ptr<SqlDialect> forLocation(const QString &location);

    /** Short engine name for logs and tests ("sqlite"). */
    virtual QString name() const = 0;
    /**
     * Qt resource folder of this engine's numbered migrations (NNNN_name.sql, numbered 1, 2, 3…
     * without gaps; every engine ships the same steps under the same numbers).
     */
    virtual QString migrationsFolder() const = 0;

    /** True for a database that is a file on this computer; false for a server's database. */
    virtual bool isFileBased() const = 0;

    // The database before a connection is made: these only read, so that a location that
    // does not hold our database is refused and left unchanged.

    /** @a location as the engine names it (an absolute file path). */
    virtual QString absoluteLocation(const QString &location) const = 0;
    virtual bool exists(const QString &location) const = 0;
    /** Creates a new database at @a location with the whole schema and the reference lists. */
    virtual Result<void> create(const QString &location, int busyTimeoutMs) const = 0;
    /** Refuses what can never hold a database (a directory, a FIFO, a device). */
    virtual Result<void> checkLocation(const QString &location) const = 0;
    /**
     * Reads what the database says about itself without writing to it: ours
     * (NotSafeReturnDatabase when not), not newer than @a latestVersion (NewerSchema), whole
     * (Corrupt when truncated). Returns its schema version.
     */
    virtual Result<int> inspect(const QString &location, int latestVersion) const = 0;
    /** Whether this process may write to the database at @a location. */
    virtual bool isWritable(const QString &location) const = 0;
    /** Takes group and other permissions away from the database's files (owner only). */
    virtual void restrictToOwner(const QString &location) const = 0;
    /** True when the database sits on a network file system the engine cannot lock safely. */
    virtual bool onNetworkFileSystem(const QString &location) const = 0;

    // Connections.

    /** Registers (without opening) a Qt SQL connection called @a name to @a location. */
    virtual QSqlDatabase addConnection(const QString &location,
                                       const QString &name,
                                       bool readOnly,
                                       int busyTimeoutMs) const = 0;
    /** The connection's settings (docs/architecture.md "Storage rules") and SQL functions. */
    virtual Result<void>
    configureConnection(const QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const = 0;
    /**
     * A function that makes the statement running on @a db stop soon with an error; it may be
     * called from another thread while the connection exists (Database::interrupt).
     */
    virtual std::function<void()> interrupter(const QSqlDatabase &db) const = 0;
    /**
     * Calls @a observer with the table of every row written on @a db from now on, before the
     * write (the change notices of Database: a row of any table, WITHOUT ROWID ones included);
     * an empty @a observer stops it. One observer per connection.
     */
    using RowWriteObserver = std::function<void(const char *table)>;
    virtual void observeRowWrites(const QSqlDatabase &db, RowWriteObserver observer) = 0;
    /**
     * True when the connection broke and only a new one can go on (a server restarted or the
     * network dropped); never for a database file.
     */
    virtual bool connectionLost(const QSqlDatabase &db) const;
    /**
     * An id of the open write transaction that outlives its connection, asked just before its
     * COMMIT (an invalid value when the engine has none): committedAfterLoss() asks a new
     * connection whether a COMMIT whose answer the lost connection never brought was done.
     */
    virtual Result<QVariant> transactionId(const QSqlDatabase &db) const;
    /**
     * Whether the transaction @a id committed (true) or was rolled back (false); an error when
     * the server cannot tell yet (it has not noticed the broken session) or any more.
     */
    virtual Result<bool> committedAfterLoss(const QSqlDatabase &db, const QVariant &id) const;
    /** How many of the tables @a names exist in the schema. */
    virtual Result<qint64> countTables(const QSqlDatabase &db, const QStringList &names) const = 0;

    // Schema version and migrations (storage/Migrations.h runs them).

    virtual Result<int> schemaVersion(const QSqlDatabase &db) const = 0;
    /** Records @a version inside the migration's transaction. */
    virtual Result<void> setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    /** Runs a script of several statements (a migration). */
    virtual Result<void>
    runScript(const QSqlDatabase &db, const QString &script, const char *context) const = 0;
    /** A consistent copy of the database at @a target, written before its schema changes. */
    virtual Result<void> copyBeforeMigration(const QSqlDatabase &db,
                                             const QString &target) const = 0;

    // Write transactions (storage::Transaction, migrations).

    /**
     * Starts a write transaction that holds the database's one write lock before it returns,
     * so that a second writer waits here instead of failing half-way, and every check made
     * inside the transaction stays true until its COMMIT. Waits up to @a waitMs for another
     * writer (then Busy).
     */
    virtual Result<void> beginWrite(const QSqlDatabase &db, int waitMs) const = 0;
    /** Whether a transaction is still open on @a db (the engine may have rolled it back). */
    virtual bool inTransaction(const QSqlDatabase &db) const = 0;
    /**
     * Tells the row-write observer (observeRowWrites) the tables the open transaction wrote, for
     * an engine that cannot report each row as it is written; run just before COMMIT.
     */
    virtual Result<void> reportRowWrites(const QSqlDatabase &db);

    // The audit log's hash chain (storage/AuditChain.h).

    /**
     * True when the schema chains each new audit row itself (SQLite's audit_log_chain trigger
     * calls sr_audit_hash); false when the writer computes the hash and inserts it with the row,
     * under the write lock (beginWrite), which keeps the rows in chain order.
     */
    virtual bool chainsAuditRowsItself() const = 0;
    /**
     * Whether the head of the audit chain is remembered outside the database after each commit
     * (audit_anchor): for a database file that can be replaced by an older copy. A server's
     * history is its administrator's (docs/server.md).
     */
    virtual bool keepsAuditAnchor() const = 0;

    // Statements that differ between engines.

    /**
     * INSERT of @a keyColumns and @a valueColumns (bound in that order) into @a table that
     * updates @a valueColumns when a row with the same key exists.
     */
    virtual QString upsertStatement(const QString &table,
                                    const QStringList &keyColumns,
                                    const QStringList &valueColumns) const;
    /** The bound value "no limit" of a LIMIT ? clause. */
    virtual QVariant noLimit() const = 0;
    /**
     * The aggregate that joins the text @a expression of a group's rows with @a separator (an
     * SQL string literal), in no particular order: string_agg by default (PostgreSQL).
     */
    virtual QString groupConcat(const QString &expression, const QString &separator) const;

    // Full-text search of persons: the index holds each person's folded search text
    // (PersonRepository's searchContent) under the person's id.

    /** The search for @a text (every folded word a prefix, all must match); empty: no words. */
    virtual QString searchMatchExpression(const QString &text) const = 0;
    /** The text the index stores for a person's search content (by default the content). */
    virtual QString searchIndexText(const QString &content) const;
    /** Removes a person from the index; binds the person's id. */
    virtual QString searchIndexDeleteStatement() const = 0;
    /**
     * Adds @a rows persons to the index in one statement; binds each person's id and search
     * text in turn. A bulk write adds many at once: SQLite's full-text index writes what it
     * holds in memory at the start of every statement, so one row per statement would
     * write a segment per person.
     */
    virtual QString searchIndexInsertStatement(int rows) const = 0;
    /** Condition "@a idColumn is a match"; binds searchMatchExpression(). */
    virtual QString searchIdsCondition(const QString &idColumn) const = 0;
    /**
     * Ids of the active persons matching, best match first; binds searchMatchExpression(),
     * the limit and the offset.
     */
    virtual QString searchRankedIdsStatement() const = 0;
    /**
     * A FROM clause that starts from the index's matches and joins each to its person as
     * "p"; the WHERE clause then holds searchMatchTerm().
     */
    virtual QString searchMatchesFrom() const = 0;
    /** The condition of searchMatchesFrom() that binds searchMatchExpression(). */
    virtual QString searchMatchTerm() const = 0;
    /** A join that adds each person's indexed text to "p" (column searchTextColumn()). */
    virtual QString searchTextJoin() const = 0;
    virtual QString searchTextColumn() const = 0;

    // The period report's summaries (resources/sql/<engine>/0006_report_summary.sql).

    /**
     * Brings the report's facts and monthly summaries up to date for every person the record
     * triggers noted, inside the open write transaction (Database registers it as a pre-commit
     * step; migrations run it from version 6 on). A no-op on an older schema.
     */
    virtual Result<void> refreshReportSummary(const QSqlDatabase &db) const = 0;
    /** Whether persons are noted but not yet summarised (false on an older schema). */
    virtual Result<bool> reportSummaryPending(const QSqlDatabase &db) const = 0;

    // Checks, backup and restore (storage/Maintenance.h, storage/DatabaseHealth.h).

    enum class CheckDepth {
        Quick, ///< every page and index entry read
        Full   ///< and the indexes cross-checked against their tables
    };
    virtual Result<IntegrityReport> checkIntegrity(const QSqlDatabase &db,
                                                   CheckDepth depth) const = 0;
    /** One technical line per row that breaks a foreign key. */
    virtual Result<QStringList> foreignKeyViolations(const QSqlDatabase &db) const = 0;
    /** maintenance::backup: a checked, self-contained copy of @a db at @a target. */
    virtual Result<void>
    backup(Database &db, const QString &target, const QList<AuditEntry> &recordInCopy) const = 0;
    /** maintenance::restore: @a db replaced by the checked backup at @a backupPath. */
    virtual Result<void> restore(Database &db, const QString &backupPath) const = 0;
};

} // namespace sr::storage
