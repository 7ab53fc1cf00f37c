#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sodium.h>

class QSqlQuery;

namespace sr::storage {

class Database;

/**
 * The audit log's hash of one row (docs/security.md, "Audit log"): lower-case hex of
 * BLAKE2b-256 over "SafeReturn audit chain v1\n" followed by each of the previous row's hash,
 * id, at, actor, action, entity, entity_id and changes as 'N' when NULL, else 'T', its UTF-8
 * text length as 8 big-endian bytes and the text (integers as decimal). The length prefixes
 * make the encoding unambiguous. SQLite computes it in the audit_log_chain trigger through
 * sr_audit_hash (AuditLog.cpp); an engine without that function has the writer compute it
 * (appendAuditRow).
 */
class AuditChainHash
{
public:
    static constexpr int fields = 8;

    AuditChainHash();
    void addNull();
    void addText(const char *utf8, quint64 length);
    void add(const QVariant &value);
    QString finish();

    /** The hash of a row from its previous row's hash and its seven columns. */
    static QString of(const QVariant &previousHash,
                      qint64 id,
                      const QString &at,
                      const QString &actor,
                      const QString &action,
                      const QString &entity,
                      const QVariant &entityId,
                      const QString &changes);

private:
    crypto_generichash_state m_state;
};

/** The columns of a new audit row; entityId null when the row is about no record. */
struct AuditRow
{
    QString at;
    QString actor;
    QString action;
    QString entity;
    QVariant entityId;
    QString changes;
};

/**
 * Appends @a row to the audit log inside the caller's open transaction and returns its id.
 * Chained by the schema's trigger where the engine has one (SqlDialect::chainsAuditRowsItself);
 * otherwise the hash is computed here from the newest row's, which the write lock the
 * transaction holds keeps the newest until COMMIT. @a insert caches the prepared statement
 * between calls (may be null).
 */
Result<qint64> appendAuditRow(Database &db, QSqlQuery *insert, const AuditRow &row);

} // namespace sr::storage
