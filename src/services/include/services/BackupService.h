#pragma once

#include "domain/Actor.h"
#include "domain/KdfCost.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using KdfCost = domain::KdfCost;

/**
 * Encrypted backup and restore (Permission::BackupRestore, audited as "backup"/"restore" with
 * {"encrypted": true, "result": …}) and the automatic backup on exit. Plain backups stay in
 * MaintenanceService.
 */
class BackupService
{
public:
    explicit BackupService(storage::Database &db);

    /** Characters a backup passphrase needs at least. */
    static constexpr int minimumPassphraseLength = 10;

    static bool isEncryptedBackup(const QString &path);

    Result<void> backupEncrypted(const domain::Actor &actor,
                                 const QString &targetPath,
                                 const QByteArray &passphrase,
                                 KdfCost cost = KdfCost::Moderate);
    /** backupEncrypted() as MaintenanceService::rescueBackup(): audit rows in the copy only. */
    Result<void> rescueBackupEncrypted(const domain::Actor &actor,
                                       const QString &targetPath,
                                       const QByteArray &passphrase,
                                       KdfCost cost = KdfCost::Moderate);
    /** Authenticates the whole file before the database is touched; unchanged on error. */
    Result<void> restoreEncrypted(const domain::Actor &actor,
                                  const QString &sourcePath,
                                  const QByteArray &passphrase);

    /** Default folder of automatic backups: <AppDataLocation>/backups. */
    static QString defaultAutomaticFolder();

    /**
     * The automatic backup on exit: at most one a day (none when @a folder already holds one
     * of @a today), a plain checked SQLite copy "safereturn-YYYYMMDD-HHMMSS.db" (owner-only, in
     * an owner-only folder), keeping the newest @a keep. No passphrase is stored, so these are
     * not encrypted: they never leave the machine (docs/security.md). Needs no permission (it
     * is the application's own safety net); audited as "auto_backup". Returns the file
     * written, or an empty string when today's backup already exists.
     */
    Result<QString> automaticBackup(const domain::Actor &actor,
                                    const QString &folder,
                                    const QDate &today,
                                    int keep = 14);

private:
    void audit(const domain::Actor &actor, const QString &action, const Result<void> &result);

    storage::Database &m_db;
};

} // namespace sr::services
