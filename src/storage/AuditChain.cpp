#include "AuditChain.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <array>

namespace sr::storage {

AuditChainHash::AuditChainHash()
{
    // Idempotent; picks the fastest BLAKE2b implementation (the hash is the same either way).
    if (sodium_init() < 0)
        spdlog::warn("audit: libsodium could not initialise");
    static const char prefix[] = "SafeReturn audit chain v1\n";
    crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(
        &m_state, reinterpret_cast<const unsigned char *>(prefix), sizeof(prefix) - 1);
}

void AuditChainHash::addNull()
{
    const unsigned char tag = 'N';
    crypto_generichash_update(&m_state, &tag, 1);
}

void AuditChainHash::addText(const char *utf8, quint64 length)
{
    std::array<unsigned char, 9> head{};
    head[0] = 'T';
    for (int b = 0; b < 8; ++b)
        head[size_t(8 - b)] = static_cast<unsigned char>((length >> (8 * b)) & 0xff);
    crypto_generichash_update(&m_state, head.data(), head.size());
    if (length > 0)
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(utf8), length);
}

void AuditChainHash::add(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    // Integers as decimal, as SQLite's sqlite3_value_text gives them to sr_audit_hash.
    const QByteArray text = value.toString().toUtf8();
    addText(text.constData(), quint64(text.size()));
}

QString AuditChainHash::finish()
{
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&m_state, digest.data(), digest.size());
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return QString::fromLatin1(hex.data(), int(hex.size() - 1));
}

QString AuditChainHash::of(const QVariant &previousHash,
                           qint64 id,
                           const QString &at,
                           const QString &actor,
                           const QString &action,
                           const QString &entity,
                           const QVariant &entityId,
                           const QString &changes)
{
    AuditChainHash hash;
    hash.add(previousHash);
    hash.add(id);
    hash.add(at);
    hash.add(actor);
    hash.add(action);
    hash.add(entity);
    hash.add(entityId);
    hash.add(changes);
    return hash.finish();
}

Result<qint64> appendAuditRow(Database &db, QSqlQuery *insert, const AuditRow &row)
{
    QSqlQuery own(db.connection());
    QSqlQuery &query = insert ? *insert : own;
    const QVariant entityId =
        row.entityId.isNull() ? QVariant(QMetaType::fromType<qint64>()) : row.entityId;
    if (db.dialect().chainsAuditRowsItself()) {
        if (query.lastQuery().isEmpty()) {
            query.setForwardOnly(true);
            if (auto r = sql::prepare(query,
                                      QStringLiteral("INSERT INTO audit_log (at, actor, action, "
                                                     "entity, entity_id, changes) VALUES (?, ?, "
                                                     "?, ?, ?, ?) RETURNING id"),
                                      "audit.append");
                !r)
                return r.error();
        }
        query.bindValue(0, row.at);
        query.bindValue(1, row.actor);
        query.bindValue(2, row.action);
        query.bindValue(3, row.entity);
        query.bindValue(4, entityId);
        query.bindValue(5, row.changes);
        if (auto r = sql::exec(query, "audit.append"); !r)
            return r.error();
        const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return id;
    }
    // The writer chains the row: the next id and the newest row's hash, read under the write
    // lock (SqlDialect::beginWrite), so no other row can come between them.
    QSqlQuery head(db.connection());
    if (auto r = sql::run(head,
                          QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_log', "
                                         "'id')), (SELECT hash FROM audit_log ORDER BY id DESC "
                                         "LIMIT 1)"),
                          {},
                          "audit.append");
        !r)
        return r.error();
    if (!head.next())
        return Error{ErrorCode::Internal, QStringLiteral("audit.append: no next id")};
    const qint64 id = head.value(0).toLongLong();
    const QString hash = AuditChainHash::of(
        head.value(1), id, row.at, row.actor, row.action, row.entity, entityId, row.changes);
    if (query.lastQuery().isEmpty()) {
        query.setForwardOnly(true);
        if (auto r = sql::prepare(query,
                                  QStringLiteral("INSERT INTO audit_log (id, at, actor, action, "
                                                 "entity, entity_id, changes, hash) VALUES (?, "
                                                 "?, ?, ?, ?, ?, ?, ?)"),
                                  "audit.append");
            !r)
            return r.error();
    }
    query.bindValue(0, id);
    query.bindValue(1, row.at);
    query.bindValue(2, row.actor);
    query.bindValue(3, row.action);
    query.bindValue(4, row.entity);
    query.bindValue(5, entityId);
    query.bindValue(6, row.changes);
    query.bindValue(7, hash);
    if (auto r = sql::exec(query, "audit.append"); !r)
        return r.error();
    query.finish();
    return id;
}

} // namespace sr::storage
