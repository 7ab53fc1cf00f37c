#pragma once

#include "ArchiveFilter.h"
#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"
#include "domain/Actor.h"
#include "domain/RecordType.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

// Internal helper of the repositories (not used above the storage layer).
namespace sr::storage {

/**
 * What a repository adds to a write of its record type, all in the write's transaction:
 * complete the record before its values are taken (a generated case code), fill the values
 * storage computes (derived columns without a getter), and keep other tables in step after
 * the row is written (search index, the person's latest-reception summary).
 */
template<typename R>
struct WriteSteps
{
    std::function<Result<void>(R &stored)> complete;
    std::function<void(const R &stored, QVariantList &values)> derive;
    std::function<Result<void>(const R &stored)> after;
};

/** A listing: conditions joined by AND, their "?" bound in order to @a values. */
struct RowFilter
{
    QStringList conditions{};
    QVariantList values{};
    ArchiveFilter archive = ArchiveFilter::IncludeArchived;
    QString orderBy{}; ///< e.g. "support_date, id"; empty for count()
    int limit = -1;    ///< negative: all
    int offset = 0;
};

/**
 * The generic repository over a record type's descriptor: reads by id or any unique column,
 * lists, inserts (a retried uuid returns the stored record), updates and archives with the
 * optimistic lock and audit rows of RecordStore. Statements are prepared once and reused.
 * The per-type repositories keep only what is specific to their type.
 */
template<typename R>
class RecordTable
{
public:
    RecordTable(Database &db, const domain::RecordType<R> &type, AuditPolicy audit)
        : m_db(db)
        , m_type(type)
        , m_store(db, type, audit)
    {}

    Database &db() const { return m_db; }
    const domain::RecordType<R> &type() const { return m_type; }
    RecordStore &store() { return m_store; }

    /** The record whose unique @a column holds @a value. */
    Result<R> getBy(const QString &column, const QVariant &value)
    {
        // Look-ups by id or uuid run once per row of an import: the statement and the
        // column positions of its result are kept per column.
        forgetStaleStatements();
        auto it = m_getBy.find(column);
        if (it == m_getBy.end()) {
            auto q = query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                               .arg(m_store.selectColumns(), m_type.table, column));
            if (!q)
                return q.error();
            it = m_getBy.emplace(column, Lookup{*q, {}}).first;
        }
        return read(it->second, value);
    }

    Result<R> get(qint64 id) { return getBy(QStringLiteral("id"), id); }

    /**
     * As getBy(), reading only id, uuid and @a columns (the rest keep their defaults): for a
     * look-up that needs a record's keys and a date, not its whole row (an import resolves the
     * reception of every support row).
     */
    Result<R> getPartBy(const QString &column, const QVariant &value, const QStringList &columns)
    {
        const QString key = column + QLatin1Char('|') + columns.join(QLatin1Char(','));
        forgetStaleStatements();
        auto it = m_getBy.find(key);
        if (it == m_getBy.end()) {
            auto q = query(QStringLiteral("SELECT id, uuid, %1 FROM %2 WHERE %3 = ?")
                               .arg(columns.join(QStringLiteral(", ")), m_type.table, column));
            if (!q)
                return q.error();
            it = m_getBy.emplace(key, Lookup{*q, {}}).first;
        }
        return read(it->second, value);
    }

    Result<QList<R>> list(const RowFilter &filter)
    {
        QString statement =
            QStringLiteral("SELECT %1 FROM %2").arg(m_store.selectColumns(), m_type.table)
            + whereClause(filter);
        if (!filter.orderBy.isEmpty())
            statement += QStringLiteral(" ORDER BY ") + filter.orderBy;
        if (filter.limit >= 0)
            statement += QStringLiteral(" LIMIT ? OFFSET ?");
        auto q = query(statement);
        if (!q)
            return q.error();
        int i = 0;
        for (const QVariant &value : filter.values)
            (*q)->bindValue(i++, value);
        if (filter.limit >= 0) {
            (*q)->bindValue(i++, filter.limit);
            (*q)->bindValue(i++, qMax(0, filter.offset));
        }
        if (auto r = sql::exec(**q, "record.list"); !r)
            return r.error();
        QList<R> records;
        const RowReader reader(**q, m_type);
        while ((*q)->next())
            records.append(reader.read(m_type));
        (*q)->finish();
        return records;
    }

    /** How many rows list() would return without a limit. */
    Result<qint64> count(const RowFilter &filter)
    {
        auto q = query(QStringLiteral("SELECT count(*) FROM %1").arg(m_type.table)
                       + whereClause(filter));
        if (!q)
            return q.error();
        int i = 0;
        for (const QVariant &value : filter.values)
            (*q)->bindValue(i++, value);
        if (auto r = sql::exec(**q, "record.count"); !r)
            return r.error();
        const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        return n;
    }

    Result<R> insert(const R &record, const domain::Actor &actor, const WriteSteps<R> &steps = {})
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        const auto existing = m_store.idForUuid(record.meta.uuid);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return retriedInsert(transaction, get(*existing));
        R stored = record;
        stored.meta = domain::RecordMeta{};
        stored.meta.uuid = record.meta.uuid;
        if (auto r = write(stored, actor, steps, true); !r)
            return r.error();
        if (auto r = transaction.commit(); !r)
            return r.error();
        return stored;
    }

    /**
     * Inserts a record that the caller has proved new inside its own open transaction (the
     * bulk writes of services/CaseWriter.h, WriteMode::Append): no nested transaction and no
     * look-up of the uuid first; the unique index still refuses a repeated one. On an error
     * the caller's transaction must roll back, as nothing of the record is undone here.
     */
    Result<R> append(const R &record, const domain::Actor &actor, const WriteSteps<R> &steps = {})
    {
        Q_ASSERT(m_db.transactionDepth() > 0);
        R stored = record;
        stored.meta = domain::RecordMeta{};
        stored.meta.uuid = record.meta.uuid;
        if (auto r = write(stored, actor, steps, true); !r)
            return r.error();
        return stored;
    }

    /** Updates; Conflict when record.meta.version is not the stored version. */
    Result<R> update(const R &record, const domain::Actor &actor, const WriteSteps<R> &steps = {})
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        R stored = record;
        if (auto r = write(stored, actor, steps, false); !r)
            return r.error();
        if (auto r = transaction.commit(); !r)
            return r.error();
        return stored;
    }

    /** Archives with @a reason; @a after runs in the same transaction. */
    Result<void> archive(qint64 id,
                         int expectedVersion,
                         const QString &reason,
                         const domain::Actor &actor,
                         const std::function<Result<void>()> &after = {})
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto r = m_store.archive(id, expectedVersion, reason, actor); !r)
            return r;
        if (after) {
            if (auto r = after(); !r)
                return r;
        }
        return transaction.commit();
    }

    /** A statement prepared on first use and kept for the lifetime of the table. */
    Result<QSqlQuery *> query(const QString &statement)
    {
        forgetStaleStatements();
        auto it = m_queries.find(statement);
        if (it != m_queries.end())
            return it->second.get();
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (auto r = sql::prepare(*q, statement, "record.prepare"); !r)
            return r.error();
        QSqlQuery *raw = q.get();
        m_queries.emplace(statement, std::move(q));
        return raw;
    }

private:
    /** Drops the statements prepared on an earlier connection (Database::ensureConnected). */
    void forgetStaleStatements()
    {
        if (m_generation == m_db.connectionGeneration())
            return;
        m_generation = m_db.connectionGeneration();
        m_getBy.clear(); // points into m_queries
        m_queries.clear();
    }

    Result<void>
    write(R &stored, const domain::Actor &actor, const WriteSteps<R> &steps, bool insert)
    {
        if (steps.complete) {
            if (auto r = steps.complete(stored); !r)
                return r;
        }
        QVariantList values = m_type.storedValues(stored);
        if (steps.derive)
            steps.derive(stored, values);
        if (auto r = insert ? m_store.insert(stored.meta, values, actor)
                            : m_store.update(stored.meta, values, actor);
            !r)
            return r;
        if (steps.after)
            return steps.after(stored);
        return {};
    }

    static QString whereClause(const RowFilter &filter)
    {
        QStringList conditions = filter.conditions;
        if (const QString archived = sql::archivedCondition(filter.archive); !archived.isEmpty())
            conditions << archived;
        if (conditions.isEmpty())
            return {};
        return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }

    /** A look-up by one column, and the positions of its result's columns once read. */
    struct Lookup
    {
        QSqlQuery *query;
        std::optional<RowReader> reader;
    };

    Result<R> read(Lookup &lookup, const QVariant &value)
    {
        lookup.query->bindValue(0, value);
        if (auto r = sql::exec(*lookup.query, "record.get"); !r)
            return r.error();
        if (!lookup.query->next()) {
            lookup.query->finish();
            return Error{ErrorCode::NotFound, QStringLiteral("%1 not found").arg(m_type.table)};
        }
        if (!lookup.reader)
            lookup.reader.emplace(*lookup.query, m_type);
        R record = lookup.reader->read(m_type);
        lookup.query->finish();
        return record;
    }

    Database &m_db;
    const domain::RecordType<R> &m_type;
    RecordStore m_store;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    std::unordered_map<QString, Lookup> m_getBy;
    quint64 m_generation = 0; ///< Database::connectionGeneration() of the statements above
};

} // namespace sr::storage
