#pragma once

#include "domain/Actor.h"
#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using AuditEntry = domain::AuditEntry;
using AuditFilter = domain::AuditFilter;

/**
 * The audit trail above the repositories: records the actions that are not record writes
 * (opening a case, backups, …) and serves the audit viewer (Permission::ViewAudit): filtered
 * pages, counts and the CSV export of the log, itself audited.
 */
class AuditService
{
public:
    explicit AuditService(storage::Database &db);

    /**
     * Appends one row for @a action in its own transaction (or the caller's). Details must not
     * hold personal data: codes, counts, file names chosen by the user.
     */
    Result<void> record(const domain::Actor &actor,
                        const QString &action,
                        const QJsonObject &details = {},
                        const QString &entity = {},
                        qint64 entityId = 0);

    /** "open" row for the person @a personId (the case editor calls this when a case opens). */
    Result<void> recordCaseOpened(const domain::Actor &actor, qint64 personId);

    /** One page of rows matching @a filter, newest first (ViewAudit). */
    Result<QList<AuditEntry>>
    find(const domain::Actor &actor, const AuditFilter &filter, int limit, qint64 offset = 0);
    Result<qint64> count(const domain::Actor &actor, const AuditFilter &filter);
    /** User names and action codes present in the log (the viewer's filter lists). */
    Result<QStringList> actors(const domain::Actor &actor);
    Result<QStringList> actions(const domain::Actor &actor);

    /**
     * Writes the rows matching @a filter (oldest first) to @a filePath as CSV (docs/csv-format.md
     * conventions: UTF-8 BOM, CRLF, formula-guarded; owner-only file) and records an
     * "audit_export" row (rows, file name, filter). Returns the number of rows written.
     */
    Result<qint64>
    exportCsv(const domain::Actor &actor, const AuditFilter &filter, const QString &filePath);

private:
    storage::Database &m_db;
};

} // namespace sr::services
