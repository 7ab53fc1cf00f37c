#pragma once

#include "AuditPolicy.h"
#include "Database.h"
#include "domain/Actor.h"
#include "domain/RecordMeta.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <memory>

// Internal helper of the repositories (not used above the storage layer).
namespace sr::storage {

class Database;

namespace sql {

/** Text bound as TEXT even when empty (Qt SQL binds a null QString as SQL NULL). */
QVariant text(const QString &value);
/** Text bound as SQL NULL when empty (optional references to code lists). */
QVariant textOrNull(const QString &value);
/** The audit representation of a bound or read value (null, integer or text). */
QJsonValue jsonValue(const QVariant &value);

} // namespace sql

/**
 * The bookkeeping shared by the record tables (uuid, created/updated, version, archived):
 * versioned INSERT/UPDATE/archive statements, prepared once and reused, with the audit row
 * of each write. Callers hold a Transaction around every call.
 *
 * Rows are read as "SELECT <selectColumns()> FROM <table>": the meta columns first (see
 * readMeta), then the data columns in the order given to the constructor (dataOffset()).
 */
class RecordStore
{
public:
    RecordStore(Database &db, QString table, QStringList columns, AuditPolicy audit);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    /** "id, uuid, created_at, …, archive_reason, <columns>". */
    QString selectColumns() const;
    static constexpr int dataOffset = 9;
    static void readMeta(const QSqlQuery &query, domain::RecordMeta &meta);

    /** Id of the row with @a uuid, 0 when there is none. */
    Result<qint64> idForUuid(const QString &uuid);

    /**
     * Inserts @a values (one per column); fills @a meta (uuid when empty, created/updated,
     * version 1, id) and writes the "create" audit row.
     */
    Result<void>
    insert(domain::RecordMeta &meta, const QVariantList &values, const domain::Actor &actor);

    /**
     * Updates the row meta.id if its version is still meta.version: Conflict (nothing
     * changed) when another save came first, NotFound when there is no such row. On success
     * @a meta carries the new version and update stamp; the "update" audit row lists the
     * changed columns as [old, new].
     */
    Result<void>
    update(domain::RecordMeta &meta, const QVariantList &values, const domain::Actor &actor);

    /** Sets archived = 1 with @a reason (optimistic lock as update()); "archive" audit row. */
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

    /** Appends an audit row for this table unless the policy is Summary. */
    Result<void>
    audit(const domain::Actor &actor, const QString &action, qint64 id, const QJsonObject &changes);

private:
    /** Conflict when the row exists (with another version), NotFound otherwise. */
    Error missedRow(qint64 id, const char *context);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    AuditPolicy m_audit;
    std::unique_ptr<QSqlQuery> m_byUuid;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_current;
    std::unique_ptr<QSqlQuery> m_archive;
    std::unique_ptr<QSqlQuery> m_exists;
    std::unique_ptr<QSqlQuery> m_auditInsert;
};

/**
 * The end of an insert whose uuid is already stored (a retried save whose answer was lost):
 * nothing is written, @a found (the stored record) is returned, and @a transaction is ended
 * cleanly so that an enclosing transaction is not marked rollback-only.
 */
template<typename T>
Result<T> retriedInsert(Transaction &transaction, Result<T> found)
{
    if (!found)
        return found;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return found;
}

} // namespace sr::storage
