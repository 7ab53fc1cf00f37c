#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sr::domain {

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
    QString hash;        ///< hex BLAKE2b-256 chained to the previous row (empty: not chained)
    /** Code of the case the record belongs to, read by AuditLog::find (empty when the row is
     *  not about a case's record). Not a column of the row: neither hashed nor exported. */
    QString caseCode;
};

/** Which audit rows the viewer and its CSV export show (empty fields: no restriction). */
struct AuditFilter
{
    QString actor;    ///< user name, exact (case-insensitive)
    QString action;   ///< action code, exact
    QDate from;       ///< first day (local date of the UTC timestamp's day), inclusive
    QDate to;         ///< last day, inclusive
    QString caseCode; ///< rows about this case's person and its receptions, supports, follow-ups
};

} // namespace sr::domain
