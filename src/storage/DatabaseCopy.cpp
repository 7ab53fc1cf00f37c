#include "storage/DatabaseCopy.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>

namespace sr::storage {

namespace {

// Every table a SafeReturn database keeps, in an order that inserts each row after the rows it
// refers to. The report summaries (report_*) and the search index are derived: the copy
// computes them on the target instead.
const QStringList &referenceTables()
{
    static const QStringList tables{QStringLiteral("settings"),
                                    QStringLiteral("country"),
                                    QStringLiteral("ethnic_group"),
                                    QStringLiteral("province"),
                                    QStringLiteral("commune"),
                                    QStringLiteral("agency"),
                                    QStringLiteral("border_gate"),
                                    QStringLiteral("support_type"),
                                    QStringLiteral("task_rule"),
                                    QStringLiteral("attachment_type"),
                                    QStringLiteral("shelter"),
                                    QStringLiteral("shelter_room")};
    return tables;
}

/**
 * The seeded reference lists whose rows may not be deleted (a no-delete trigger, as
 * attachment_type in resources/sql/postgresql/0013_attachments.sql): the file's rows replace
 * the target's by id instead (the seeds have the same ids, uuids and codes on both engines).
 */
bool keepsItsRows(const QString &table)
{
    return table == QLatin1String("attachment_type") || table == QLatin1String("shelter")
           || table == QLatin1String("shelter_room");
}

const QStringList &recordTables()
{
    static const QStringList tables{QStringLiteral("app_user"),
                                    QStringLiteral("handover_batch"),
                                    QStringLiteral("person"),
                                    QStringLiteral("reception"),
                                    QStringLiteral("support"),
                                    QStringLiteral("follow_up"),
                                    QStringLiteral("case_assignment"),
                                    QStringLiteral("plan_goal"),
                                    QStringLiteral("approval"),
                                    QStringLiteral("task"),
                                    QStringLiteral("attachment"),
                                    QStringLiteral("attachment_chunk"),
                                    QStringLiteral("shelter_stay"),
                                    QStringLiteral("hotline_call"),
                                    QStringLiteral("audit_log")};
    return tables;
}

QStringList copiedTables()
{
    return referenceTables() + recordTables();
}

/** The tables with a generated id whose next value must follow the copied ids. */
const QStringList &identityTables()
{
    static const QStringList tables{QStringLiteral("agency"),
                                    QStringLiteral("border_gate"),
                                    QStringLiteral("support_type"),
                                    QStringLiteral("handover_batch"),
                                    QStringLiteral("person"),
                                    QStringLiteral("reception"),
                                    QStringLiteral("support"),
                                    QStringLiteral("follow_up"),
                                    QStringLiteral("task_rule"),
                                    QStringLiteral("case_assignment"),
                                    QStringLiteral("plan_goal"),
                                    QStringLiteral("approval"),
                                    QStringLiteral("task"),
                                    QStringLiteral("app_user"),
                                    QStringLiteral("attachment_type"),
                                    QStringLiteral("attachment"),
                                    QStringLiteral("shelter"),
                                    QStringLiteral("shelter_room"),
                                    QStringLiteral("shelter_stay"),
                                    QStringLiteral("hotline_call"),
                                    QStringLiteral("audit_log")};
    return tables;
}

/** The tables the daily role may delete rows of: all derived, kept by the application. */
const QStringList &derivedTables()
{
    static const QStringList tables{QStringLiteral("person_search"),
                                    QStringLiteral("report_dirty"),
                                    QStringLiteral("report_dirty_part"),
                                    QStringLiteral("report_reception"),
                                    QStringLiteral("report_support"),
                                    QStringLiteral("report_follow_up"),
                                    QStringLiteral("report_month")};
    return tables;
}

/** Rows per INSERT: few statements (each is a round trip to a server), few bound values each. */
int rowsPerInsert(int columns)
{
    return std::clamp(20000 / std::max(columns, 1), 1, 500);
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (auto r = sql::run(
            q, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table), {}, "copy.columns");
        !r)
        return r.error();
    const QSqlRecord record = q.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    return names;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString row = u'(' + marks.join(QStringLiteral(", ")) + u')';
    QStringList values;
    values.fill(row, rows);
    QString statement =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (keepsItsRows(table)) {
        QStringList assignments;
        for (const QString &column : columns) {
            if (column != QLatin1String("id"))
                assignments << QStringLiteral("%1 = EXCLUDED.%1").arg(column);
        }
        statement += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
                     + assignments.join(QStringLiteral(", "));
    }
    return statement;
}

/**
 * Bytes of bound values buffered before an INSERT is sent: the chunks of attachments are 1 MiB
 * each (storage/AttachmentRepository.h), and a database of 5 GB of them must not be held in
 * memory, nor 500 of them in one statement.
 */
constexpr qint64 kBufferedBytes = 8 * 1024 * 1024;

/** Inserts the buffered rows (each columns.size() values) into @a table of @a target. */
class BatchInserter
{
public:
    BatchInserter(Database &target, QString table, QStringList columns)
        : m_target(target)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_rowsPerInsert(rowsPerInsert(int(m_columns.size())))
        , m_full(target.connection())
    {}

    Result<void> add(const QVariantList &row)
    {
        m_values += row;
        for (const QVariant &value : row) {
            if (value.typeId() == QMetaType::QByteArray)
                m_bytes += value.toByteArray().size();
        }
        if (++m_rows < m_rowsPerInsert && m_bytes < kBufferedBytes)
            return {};
        return flush();
    }

    Result<void> flush()
    {
        if (m_rows == 0)
            return {};
        Result<void> done;
        if (m_rows == m_rowsPerInsert) {
            if (!m_prepared) {
                if (auto r = sql::prepare(m_full,
                                          insertStatement(m_table, m_columns, m_rowsPerInsert),
                                          "copy.insert");
                    !r)
                    return r.error();
                m_prepared = true;
            }
            done = bindAndRun(m_full);
        } else {
            QSqlQuery last(m_target.connection());
            if (auto r =
                    sql::prepare(last, insertStatement(m_table, m_columns, m_rows), "copy.insert");
                !r)
                return r.error();
            done = bindAndRun(last);
        }
        m_values.clear();
        m_rows = 0;
        m_bytes = 0;
        return done;
    }

private:
    Result<void> bindAndRun(QSqlQuery &q)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q.bindValue(int(i), m_values.at(i));
        return sql::exec(q, "copy.insert");
    }

    Database &m_target;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerInsert;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_values;
    int m_rows = 0;
    qint64 m_bytes = 0;
};

Result<qint64> rowCount(Database &db, const QString &table)
{
    return sql::scalarInt(
        db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table), "copy.count");
}

Result<void> copyTable(Database &source,
                       Database &target,
                       const QString &table,
                       const CopyProgressListener &progress)
{
    auto sourceColumns = columnsOf(source, table);
    if (!sourceColumns)
        return sourceColumns.error();
    auto targetColumns = columnsOf(target, table);
    if (!targetColumns)
        return targetColumns.error();
    // Same schema version, same columns: a column the target lacks would be lost silently.
    for (const QString &column : *sourceColumns) {
        if (!targetColumns->contains(column))
            return Error{
                ErrorCode::InvalidInput,
                QStringLiteral("copy: column %1.%2 missing on the target").arg(table, column)};
    }
    auto total = rowCount(source, table);
    if (!total)
        return total.error();
    CopyProgress where{table, 0, *total};
    if (progress && !progress(where))
        return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};

    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    const bool hasId = sourceColumns->contains(QStringLiteral("id"));
    const QString order = hasId ? QStringLiteral(" ORDER BY id") : QString();
    if (auto r = sql::run(read,
                          QStringLiteral("SELECT %1 FROM %2%3")
                              .arg(sourceColumns->join(QStringLiteral(", ")), table, order),
                          {},
                          "copy.read");
        !r)
        return r.error();
    BatchInserter insert(target, table, *sourceColumns);
    const int columns = int(sourceColumns->size());
    QVariantList row;
    row.reserve(columns);
    while (read.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row << read.value(i);
        if (auto r = insert.add(row); !r)
            return r.error();
        if (++where.done % 5000 == 0 && progress && !progress(where))
            return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
    }
    if (read.lastError().isValid())
        return sql::errorFrom(read, "copy.read");
    if (auto r = insert.flush(); !r)
        return r.error();
    if (progress && !progress(where))
        return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
    return {};
}

/** The search index of every person, from the source's index (the text it holds per person). */
Result<void>
copySearchIndex(Database &source, Database &target, const CopyProgressListener &progress)
{
    const QString table = QStringLiteral("person_search");
    auto total = rowCount(source, QStringLiteral("person"));
    if (!total)
        return total.error();
    CopyProgress where{table, 0, *total};
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    const SqlDialect &from = source.dialect();
    if (auto r = sql::run(read,
                          QStringLiteral("SELECT p.id, %1 FROM person p %2 ORDER BY p.id")
                              .arg(from.searchTextColumn(), from.searchTextJoin()),
                          {},
                          "copy.search");
        !r)
        return r.error();
    const SqlDialect &to = target.dialect();
    constexpr int perInsert = 500;
    QSqlQuery full(target.connection());
    if (auto r = sql::prepare(full, to.searchIndexInsertStatement(perInsert), "copy.search"); !r)
        return r.error();
    QVariantList values;
    auto flush = [&]() -> Result<void> {
        const int rows = int(values.size() / 2);
        if (rows == 0)
            return {};
        QSqlQuery last(target.connection());
        QSqlQuery *q = &full;
        if (rows != perInsert) {
            if (auto r = sql::prepare(last, to.searchIndexInsertStatement(rows), "copy.search"); !r)
                return r.error();
            q = &last;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            q->bindValue(int(i), values.at(i));
        values.clear();
        return sql::exec(*q, "copy.search");
    };
    while (read.next()) {
        values << read.value(0) << to.searchIndexText(read.value(1).toString());
        if (values.size() == 2 * perInsert) {
            if (auto r = flush(); !r)
                return r.error();
        }
        if (++where.done % 5000 == 0 && progress && !progress(where))
            return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
    }
    if (read.lastError().isValid())
        return sql::errorFrom(read, "copy.search");
    if (auto r = flush(); !r)
        return r.error();
    if (progress && !progress(where))
        return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
    return {};
}

/**
 * The next id of each identity column after the largest copied. PostgreSQL's own statement:
 * the only engine a copy goes to (a hook of SqlDialect would hold it if another came).
 */
Result<void> advanceIdentities(Database &target)
{
    for (const QString &table : identityTables()) {
        if (auto r = sql::exec(target.connection(),
                               QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                                   .arg(table),
                               "copy.identity");
            !r)
            return r.error();
    }
    return {};
}

} // namespace

Result<QString> firstTableWithRecords(Database &db)
{
    for (const QString &table : recordTables()) {
        auto any = sql::scalarInt(
            db.connection(),
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) t").arg(table),
            "copy.empty");
        if (!any)
            return any.error();
        if (*any > 0)
            return table;
    }
    return QString();
}

Result<void> copyDatabase(Database &source, Database &target, const CopyProgressListener &progress)
{
    if (!source.dialect().isFileBased() || target.dialect().isFileBased())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("copy: from a database file to a server database only")};
    if (source.schemaVersion() != target.schemaVersion()
        || target.schemaVersion() != Database::currentSchemaVersion())
        return Error{ErrorCode::InvalidInput, QStringLiteral("copy: schema versions differ")};
    if (target.isReadOnly())
        return Error{ErrorCode::ReadOnly, QStringLiteral("copy: target read-only")};

    Transaction tx(target);
    if (!tx.isActive())
        return tx.error();
    // Checked under the write lock: no other writer can add a record before the commit.
    auto busy = firstTableWithRecords(target);
    if (!busy)
        return busy.error();
    if (!busy->isEmpty())
        return Error{ErrorCode::Conflict, *busy};

    // The seeded reference lists and settings give way to the file's (latest referred first);
    // those that refuse deletion are overwritten by id as they are copied (keepsItsRows).
    const QStringList references = referenceTables();
    for (auto it = references.crbegin(); it != references.crend(); ++it) {
        if (keepsItsRows(*it))
            continue;
        if (auto r = sql::exec(
                target.connection(), QStringLiteral("DELETE FROM %1").arg(*it), "copy.clear");
            !r)
            return r.error();
    }
    for (const QString &table : copiedTables()) {
        if (auto r = copyTable(source, target, table, progress); !r)
            return r.error();
    }
    if (auto r = copySearchIndex(source, target, progress); !r)
        return r.error();
    if (auto r = advanceIdentities(target); !r)
        return r.error();
    // Every person's report facts are computed by the pre-commit step (Database::open
    // registers it), in this same transaction.
    if (auto r = sql::exec(target.connection(),
                           QStringLiteral("INSERT INTO report_dirty (person_id) SELECT id FROM "
                                          "person ON CONFLICT DO NOTHING"),
                           "copy.report");
        !r)
        return r.error();
    if (progress && !progress(CopyProgress{QStringLiteral("report_summary"), 0, 0}))
        return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
    // A cancel asked for while the summaries are computed (one long statement on the server)
    // still rolls everything back: asked once more after them, just before the COMMIT. The step
    // stays registered on the connection, so it asks only during this copy.
    auto copying = std::make_shared<bool>(true);
    if (progress) {
        target.addPreCommitStep([copying, progress](Database &) -> Result<void> {
            if (*copying && !progress(CopyProgress{QStringLiteral("commit"), 0, 0}))
                return Error{ErrorCode::Cancelled, QStringLiteral("copy cancelled")};
            return {};
        });
    }
    const auto committed = tx.commit();
    *copying = false;
    if (!committed)
        return committed.error();
    spdlog::info("copy: database copied to the server");
    return {};
}

Result<QList<TableRows>> compareRowCounts(Database &source, Database &target)
{
    QList<TableRows> out;
    QStringList tables = copiedTables();
    tables << QStringLiteral("person_search");
    for (const QString &table : tables) {
        TableRows rows{table, 0, 0};
        // The search index holds one row per person on both engines; SQLite's FTS5 table is
        // counted through its content table.
        const QString sourceTable = table == QLatin1String("person_search")
                                        ? QStringLiteral("person_search_content")
                                        : table;
        auto s = rowCount(source, source.dialect().isFileBased() ? sourceTable : table);
        if (!s)
            return s.error();
        auto t = rowCount(target, table);
        if (!t)
            return t.error();
        rows.source = *s;
        rows.target = *t;
        out << rows;
    }
    return out;
}

Result<std::optional<std::pair<QDate, QDate>>> recordDateSpan(Database &db)
{
    QSqlQuery q(db.connection());
    if (auto r =
            sql::run(q,
                     QStringLiteral("SELECT min(d), max(d) FROM ("
                                    "SELECT min(reception_date) AS d FROM reception "
                                    "UNION ALL SELECT max(reception_date) FROM reception "
                                    "UNION ALL SELECT min(support_date) FROM support "
                                    "UNION ALL SELECT max(support_date) FROM support "
                                    "UNION ALL SELECT min(follow_up_date) FROM follow_up "
                                    "UNION ALL SELECT max(follow_up_date) FROM follow_up "
                                    "UNION ALL SELECT min(batch_date) FROM handover_batch "
                                    "UNION ALL SELECT max(batch_date) FROM handover_batch) dates"),
                     {},
                     "copy.span");
        !r)
        return r.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<std::pair<QDate, QDate>>();
    const QDate first = sql::dateFromIso(q.value(0));
    const QDate last = sql::dateFromIso(q.value(1));
    if (!first.isValid() || !last.isValid())
        return std::optional<std::pair<QDate, QDate>>();
    return std::optional<std::pair<QDate, QDate>>(std::make_pair(first, last));
}

Result<void> grantDailyRole(Database &db, const QString &role)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plainName.match(role).hasMatch())
        return Error{ErrorCode::InvalidInput, QStringLiteral("grant: not a plain role name")};
    if (db.dialect().isFileBased())
        return Error{ErrorCode::InvalidInput, QStringLiteral("grant: not a server database")};
    QSqlQuery known(db.connection());
    if (auto r = sql::run(known,
                          QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                          {role},
                          "server.grant");
        !r)
        return r.error();
    if (!known.next() || known.value(0).toLongLong() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("grant: no such role")};
    QStringList statements{
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO "
                       "%1', current_database()); END $$")
            .arg(role),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(role),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")
            .arg(role),
    };
    // Tables and sequences a later schema step creates (run by the owner, as this one) get the
    // same rights.
    statements << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, "
                                 "UPDATE ON TABLES TO %1")
                      .arg(role)
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, "
                                 "UPDATE ON SEQUENCES TO %1")
                      .arg(role);
    for (const QString &table : derivedTables())
        statements << QStringLiteral("GRANT DELETE ON %1 TO %2").arg(table, role);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    for (const QString &statement : statements) {
        if (auto r = sql::exec(db.connection(), statement, "server.grant"); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace sr::storage
