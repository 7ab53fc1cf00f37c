#pragma once

#include "storage/SqlDialect.h"

namespace sr::storage::postgres {

/**
 * The PostgreSQL dialect (docs/server.md): a database on a server, named by a postgresql://
 * location (storage/ServerLocation.h) and reached through Qt's QPSQL driver. Recognised by its
 * table sr_schema (application id and schema version), which `server init` (Database::open
 * with CreateIfMissing on an empty database) creates with the migrations of
 * resources/sql/postgresql/. Writers take one advisory lock per transaction (beginWrite), the
 * server's form of SQLite's BEGIN IMMEDIATE: checks made inside a transaction stay true until
 * its COMMIT, whichever workstation writes. Searched through person_search's tsvector; the
 * audit rows are chained by their writer (storage/AuditChain.h); backups are the server
 * administrator's pg_dump.
 */
class PostgresDialect final : public SqlDialect
{
public:
    QString name() const override;
    QString migrationsFolder() const override;
    bool isFileBased() const override { return false; }

    QString absoluteLocation(const QString &location) const override;
    bool exists(const QString &location) const override;
    Result<void> create(const QString &location, int busyTimeoutMs) const override;
    Result<void> checkLocation(const QString &location) const override;
    Result<int> inspect(const QString &location, int latestVersion) const override;
    bool isWritable(const QString &location) const override;
    void restrictToOwner(const QString &location) const override;
    bool onNetworkFileSystem(const QString &location) const override;

    QSqlDatabase addConnection(const QString &location,
                               const QString &name,
                               bool readOnly,
                               int busyTimeoutMs) const override;
    Result<void>
    configureConnection(const QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const override;
    std::function<void()> interrupter(const QSqlDatabase &db) const override;
    bool connectionLost(const QSqlDatabase &db) const override;
    Result<QVariant> transactionId(const QSqlDatabase &db) const override;
    Result<bool> committedAfterLoss(const QSqlDatabase &db, const QVariant &id) const override;
    Result<qint64> countTables(const QSqlDatabase &db, const QStringList &names) const override;

    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Result<void> setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<void>
    runScript(const QSqlDatabase &db, const QString &script, const char *context) const override;
    Result<void> copyBeforeMigration(const QSqlDatabase &db, const QString &target) const override;

    Result<void> beginWrite(const QSqlDatabase &db, int waitMs) const override;
    bool inTransaction(const QSqlDatabase &db) const override;
    Result<void> reportRowWrites(const QSqlDatabase &db) override;
    bool chainsAuditRowsItself() const override { return false; }
    bool keepsAuditAnchor() const override { return false; }

    QVariant noLimit() const override;

    QString searchMatchExpression(const QString &text) const override;
    QString searchIndexText(const QString &content) const override;
    QString searchIndexDeleteStatement() const override;
    QString searchIndexInsertStatement(int rows) const override;
    QString searchIdsCondition(const QString &idColumn) const override;
    QString searchRankedIdsStatement() const override;
    QString searchMatchesFrom() const override;
    QString searchMatchTerm() const override;
    QString searchTextJoin() const override;
    QString searchTextColumn() const override;

    Result<void> refreshReportSummary(const QSqlDatabase &db) const override;
    Result<bool> reportSummaryPending(const QSqlDatabase &db) const override;

    Result<IntegrityReport> checkIntegrity(const QSqlDatabase &db, CheckDepth depth) const override;
    Result<QStringList> foreignKeyViolations(const QSqlDatabase &db) const override;
    Result<void> backup(Database &db,
                        const QString &target,
                        const QList<AuditEntry> &recordInCopy) const override;
    Result<void> restore(Database &db, const QString &backupPath) const override;

    void observeRowWrites(const QSqlDatabase &db, RowWriteObserver observer) override;

private:
    RowWriteObserver m_rowWrites;
};

} // namespace sr::storage::postgres
