#include "AuditLog.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <array>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>

namespace sr::storage {

namespace {

constexpr int chainArguments =
    8; // previous hash, id, at, actor, action, entity, entity_id, changes

/**
 * sr_audit_hash(previous, id, at, actor, action, entity, entity_id, changes): lower-case hex of
 * BLAKE2b-256 over "SafeReturn audit chain v1\n" followed by each argument as 'N' when NULL,
 * else 'T', its UTF-8 text length as 8 big-endian bytes and the text (integers as decimal).
 * The length prefixes make the encoding unambiguous.
 */
void auditHashFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != chainArguments) {
        sqlite3_result_error(context, "sr_audit_hash takes 8 arguments", -1);
        return;
    }
    static const char prefix[] = "SafeReturn audit chain v1\n";
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(prefix), sizeof(prefix) - 1);
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            const unsigned char tag = 'N';
            crypto_generichash_update(&state, &tag, 1);
            continue;
        }
        const unsigned char *text = sqlite3_value_text(argv[i]);
        const auto length = quint64(sqlite3_value_bytes(argv[i]));
        std::array<unsigned char, 9> head{};
        head[0] = 'T';
        for (int b = 0; b < 8; ++b)
            head[size_t(8 - b)] = static_cast<unsigned char>((length >> (8 * b)) & 0xff);
        crypto_generichash_update(&state, head.data(), head.size());
        if (length > 0)
            crypto_generichash_update(&state, text, length);
    }
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    sqlite3_result_text(context, hex.data(), int(hex.size() - 1), SQLITE_TRANSIENT);
}

/** WHERE clause and its positional values for @a filter. */
QString whereClause(const AuditFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ? COLLATE NOCASE");
        values << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << sql::isoTimestamp(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << sql::isoTimestamp(filter.to.addDays(1).startOfDay());
    }
    if (!filter.caseCode.isEmpty()) {
        conditions << QStringLiteral(
            "((entity = 'person' AND entity_id IN (SELECT id FROM person WHERE case_code = ?))"
            " OR (entity = 'reception' AND entity_id IN (SELECT r.id FROM reception r JOIN person"
            " p ON p.id = r.person_id WHERE p.case_code = ?))"
            " OR (entity = 'support' AND entity_id IN (SELECT s.id FROM support s JOIN reception"
            " r ON r.id = s.reception_id JOIN person p ON p.id = r.person_id"
            " WHERE p.case_code = ?))"
            " OR (entity = 'follow_up' AND entity_id IN (SELECT f.id FROM follow_up f JOIN"
            " reception r ON r.id = f.reception_id JOIN person p ON p.id = r.person_id"
            " WHERE p.case_code = ?)))");
        for (int i = 0; i < 4; ++i)
            values << filter.caseCode;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = sql::timestampFromIso(query.value(1));
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toLongLong();
    entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    entry.hash = query.value(7).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

Result<qint64> AuditLog::append(const domain::Actor &actor,
                                const QString &action,
                                const QString &entity,
                                qint64 entityId,
                                const QJsonObject &changes)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db.connection());
    if (auto r = sql::prepare(query,
                              QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, "
                                             "entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)"),
                              "audit.append");
        !r)
        return r.error();
    query.bindValue(0, sql::nowTimestamp());
    query.bindValue(1, actor.userName.isEmpty() ? QStringLiteral("unknown") : actor.userName);
    query.bindValue(2, action);
    query.bindValue(3, entity.isNull() ? QStringLiteral("") : entity);
    query.bindValue(4, entityId > 0 ? QVariant(entityId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(5,
                    changes.isEmpty()
                        ? QStringLiteral("")
                        : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (auto r = sql::exec(query, "audit.append"); !r)
        return r.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<QList<AuditEntry>> AuditLog::list(const QString &entity, qint64 entityId, int limit) const
{
    QString statement = QStringLiteral(
        "SELECT id, at, actor, action, entity, entity_id, changes, hash FROM audit_log");
    if (!entity.isEmpty()) {
        statement += QStringLiteral(" WHERE entity = :entity");
        if (entityId > 0)
            statement += QStringLiteral(" AND entity_id = :entity_id");
    }
    statement += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(query, statement, "audit.list"); !r)
        return r.error();
    if (!entity.isEmpty()) {
        query.bindValue(QStringLiteral(":entity"), entity);
        if (entityId > 0)
            query.bindValue(QStringLiteral(":entity_id"), entityId);
    }
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (auto r = sql::exec(query, "audit.list"); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter &filter, int limit, qint64 offset) const
{
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes, hash FROM "
                       "audit_log%1 ORDER BY id DESC LIMIT ? OFFSET ?")
            .arg(whereClause(filter, values));
    values << (limit > 0 ? limit : -1) << qMax<qint64>(offset, 0);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(query, statement, "audit.find"); !r)
        return r.error();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (auto r = sql::exec(query, "audit.find"); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<qint64> AuditLog::count(const AuditFilter &filter) const
{
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT count(*) FROM audit_log%1").arg(whereClause(filter, values));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(query, statement, "audit.count"); !r)
        return r.error();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (auto r = sql::exec(query, "audit.count"); !r)
        return r.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

Result<QStringList> distinctColumn(Database &db, const QString &column)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(
            query,
            QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column),
            "audit.distinct");
        !r)
        return r.error();
    if (auto r = sql::exec(query, "audit.distinct"); !r)
        return r.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

Result<QStringList> AuditLog::actors() const
{
    return distinctColumn(m_db, QStringLiteral("actor"));
}

Result<QStringList> AuditLog::actions() const
{
    return distinctColumn(m_db, QStringLiteral("action"));
}

Result<AuditChainReport> AuditLog::verifyChain() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(
            query,
            QStringLiteral("SELECT id, hash, sr_audit_hash(lag(hash) OVER (ORDER BY id), id, at, "
                           "actor, action, entity, entity_id, changes) FROM audit_log ORDER BY id"),
            "audit.verify");
        !r)
        return r.error();
    if (auto r = sql::exec(query, "audit.verify"); !r)
        return r.error();
    AuditChainReport report;
    while (query.next()) {
        ++report.rows;
        const QVariant stored = query.value(1);
        if (report.firstBrokenId == 0
            && (stored.isNull() || stored.toString() != query.value(2).toString()))
            report.firstBrokenId = query.value(0).toLongLong();
    }
    return report;
}

Result<AuditChainReport> AuditLog::verifyChain(sqlite3 *connection)
{
    if (auto r = registerFunctions(connection); !r)
        return r.error();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(connection,
                           "SELECT id, hash, sr_audit_hash(lag(hash) OVER (ORDER BY id), id, at, "
                           "actor, action, entity, entity_id, changes) FROM audit_log ORDER BY id",
                           -1,
                           &stmt,
                           nullptr)
        != SQLITE_OK)
        return Error{
            ErrorCode::Corrupt,
            QStringLiteral("audit.verify: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    AuditChainReport report;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++report.rows;
        const auto *stored = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const auto *computed = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
        if (report.firstBrokenId == 0
            && (!stored || !computed || std::strcmp(stored, computed) != 0))
            report.firstBrokenId = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("audit.verify: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return report;
}

Result<void> AuditLog::registerFunctions(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::handle(db);
    if (!handle)
        return Error{ErrorCode::Internal, QStringLiteral("audit: no SQLite handle")};
    return registerFunctions(handle);
}

Result<void> AuditLog::registerFunctions(sqlite3 *handle)
{
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal, QStringLiteral("audit: libsodium unavailable")};
    const int rc = sqlite3_create_function(handle,
                                           "sr_audit_hash",
                                           chainArguments,
                                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                           nullptr,
                                           &auditHashFunction,
                                           nullptr,
                                           nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Internal,
                     QStringLiteral("audit: cannot register the chain function: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return {};
}

} // namespace sr::storage
