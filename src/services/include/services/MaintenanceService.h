#pragma once

#include "domain/Actor.h"
#include "domain/AuditEntry.h"
#include "domain/CheckReport.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using CheckReport = domain::CheckReport;

/**
 * Backup, restore and check of the open database. Each writes an audit row ("backup",
 * "restore", "check") recording the outcome (no file names or personal data).
 */
class MaintenanceService
{
public:
    explicit MaintenanceService(storage::Database &db);

    Result<void> backup(const domain::Actor &actor, const QString &targetPath);
    /**
     * The rescue backup of a database whose disk is full, for an actor checked with
     * AuthService::verifyWithoutRecording(): nothing can be written to the live database, so
     * the "login" and "backup" audit rows are appended to the copy before it is checked and
     * fsynced (docs/security.md "Rescue backup on a full disk").
     */
    Result<void> rescueBackup(const domain::Actor &actor, const QString &targetPath);
    /** The audit rows a rescue backup records in its copy (@a details added to "backup"). */
    static QList<domain::AuditEntry> rescueAuditRows(const domain::Actor &actor,
                                                     const QJsonObject &details);
    /** Replaces the database with the backup; the database is unchanged on error. */
    Result<void> restore(const domain::Actor &actor, const QString &backupPath);
    /** integrity_check, foreign_key_check, audit chain and anchor, accounts, row counts. */
    Result<CheckReport> check(const domain::Actor &actor);

private:
    void audit(const domain::Actor &actor, const QString &action, bool success);

    storage::Database &m_db;
};

} // namespace sr::services
