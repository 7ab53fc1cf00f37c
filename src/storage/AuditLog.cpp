#include "AuditLog.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sr::storage {

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
    QString statement =
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes FROM audit_log");
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
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = sql::timestampFromIso(query.value(1));
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace sr::storage
