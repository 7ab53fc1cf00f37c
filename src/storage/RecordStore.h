#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "Database.h"
#include "domain/Actor.h"
#include "domain/RecordMeta.h"
#include "domain/RecordType.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

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
 * versioned INSERT/UPDATE/archive statements over the columns of a record type's descriptor
 * (domain/RecordType.h), prepared once and reused, with the audit row of each write. Callers
 * hold a Transaction around every call. Rows are read by column name (RowReader).
 */
class RecordStore
{
public:
    RecordStore(Database &db, const domain::RecordTypeInfo &type, AuditPolicy audit);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    /** "id, uuid, created_at, …, archive_reason, <columns>". */
    QString selectColumns() const;

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
     * changed columns as [old, new]. Insert-only columns (ColumnInfo::insertOnly) keep their
     * stored values.
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
    /** Drops the statements prepared on an earlier connection (Database::ensureConnected). */
    void forgetStaleStatements();

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    /** Per column: written by update() (not ColumnInfo::insertOnly). */
    QList<bool> m_updated;
    AuditPolicy m_audit;
    std::unique_ptr<QSqlQuery> m_byUuid;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_current;
    std::unique_ptr<QSqlQuery> m_archive;
    std::unique_ptr<QSqlQuery> m_exists;
    std::unique_ptr<QSqlQuery> m_auditInsert;
    quint64 m_generation = 0; ///< Database::connectionGeneration() of the statements above
};

/**
 * Reads the rows of "SELECT <RecordStore::selectColumns()> …" (or of a join selecting
 * aliasedColumns()) by column name: the positions of the meta columns and of the record
 * type's columns are looked up once per result. A column the statement does not select keeps
 * its default value.
 */
class RowReader
{
public:
    /** @a prefix: the prefix of aliasedColumns() ("p_"), empty for plain column names. */
    RowReader(const QSqlQuery &query,
              const domain::RecordTypeInfo &type,
              const QString &prefix = QString());

    void readMeta(domain::RecordMeta &meta) const;
    /** The record of the current row: meta and every column the value type reads back. */
    template<typename R>
    R read(const domain::RecordType<R> &type) const
    {
        R record;
        readInto(type, record);
        return record;
    }
    /** As read(), into @a record (reset first), so a cursor reuses its row's storage. */
    template<typename R>
    void readInto(const domain::RecordType<R> &type, R &record) const
    {
        record = R{};
        readMeta(record.meta);
        const QList<domain::Column<R>> &columns = type.columns();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c).set && m_columns.at(c) >= 0)
                columns.at(c).set(record, m_query.value(m_columns.at(c)));
        }
    }

private:
    QVariant value(int index) const { return index >= 0 ? m_query.value(index) : QVariant(); }

    const QSqlQuery &m_query;
    QList<int> m_meta;
    QList<int> m_columns;
};

/**
 * "<alias>.id AS <alias>_id, <alias>.uuid AS <alias>_uuid, <alias>.<column> AS
 * <alias>_<column>, …" for every column of @a type the value type reads back: the select list
 * of a join that reads the record with RowReader(query, type, "<alias>_").
 */
QString aliasedColumns(const domain::RecordTypeInfo &type, const QString &alias);

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
