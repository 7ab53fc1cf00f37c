#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sr::storage {

class Database;

/** One row of the append-only audit log. */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; ///< stable code: "create", "update", "archive", "backup", "restore", …
    QString entity; ///< table name: "person", "reception", … or empty
    qint64 entityId = 0;
    QJsonObject changes; ///< {"field": [old, new]} for updates; free details otherwise
};

/**
 * Writes to and reads the audit log. Rows can only be appended: triggers in the schema
 * refuse UPDATE and DELETE. append() joins the caller's Transaction, so the audit row
 * commits or rolls back together with the change it describes.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Result<qint64> append(const domain::Actor &actor,
                          const QString &action,
                          const QString &entity = {},
                          qint64 entityId = 0,
                          const QJsonObject &changes = {});

    /** Newest first; @a entity empty = all. */
    Result<QList<AuditEntry>>
    list(const QString &entity = {}, qint64 entityId = 0, int limit = 1000) const;

private:
    Database &m_db;
};

} // namespace sr::storage
