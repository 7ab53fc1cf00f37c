#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/Maintenance.h"

#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using CheckReport = storage::CheckReport;

/**
 * Backup, restore and check of the open database. Each writes an audit row ("backup",
 * "restore", "check") recording the outcome (no file names or personal data).
 */
class MaintenanceService
{
public:
    explicit MaintenanceService(storage::Database &db);

    Result<void> backup(const domain::Actor &actor, const QString &targetPath);
    /** Replaces the database with the backup; the database is unchanged on error. */
    Result<void> restore(const domain::Actor &actor, const QString &backupPath);
    /** integrity_check, foreign_key_check, audit chain and anchor, accounts, row counts. */
    Result<CheckReport> check(const domain::Actor &actor);

private:
    void audit(const domain::Actor &actor, const QString &action, bool success);

    storage::Database &m_db;
};

} // namespace sr::services
