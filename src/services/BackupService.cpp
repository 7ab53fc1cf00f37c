#include "BackupService.h"

#include "AuditService.h"
#include "MaintenanceService.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/FileErrors.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/Maintenance.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace sr::services {

static_assert(BackupService::minimumPassphraseLength
                  == storage::encrypted_backup::minimumPassphraseLength,
              "the ui checks the passphrase before the storage layer does");

BackupService::BackupService(storage::Database &db)
    : m_db(db)
{}

bool BackupService::isEncryptedBackup(const QString &path)
{
    return storage::encrypted_backup::isEncryptedBackup(path);
}

void BackupService::audit(const domain::Actor &actor,
                          const QString &action,
                          const Result<void> &result)
{
    QJsonObject details{
        {QStringLiteral("encrypted"), true},
        {QStringLiteral("result"), result ? QStringLiteral("ok") : QStringLiteral("failed")}};
    if (!result)
        details.insert(QStringLiteral("error"), errorCodeName(result.error().code));
    if (auto r = AuditService(m_db).record(actor, action, details); !r)
        spdlog::warn("backup: audit of {} failed ({})",
                     action.toStdString(),
                     errorCodeName(r.error().code).toStdString());
}

Result<void> BackupService::backupEncrypted(const domain::Actor &actor,
                                            const QString &targetPath,
                                            const QByteArray &passphrase,
                                            KdfCost cost)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result =
        storage::encrypted_backup::write(m_db, targetPath, passphrase, cost);
    spdlog::info("backup: encrypted backup {}", result ? "ok" : "failed");
    audit(actor, QStringLiteral("backup"), result);
    return result;
}

Result<void> BackupService::rescueBackupEncrypted(const domain::Actor &actor,
                                                  const QString &targetPath,
                                                  const QByteArray &passphrase,
                                                  KdfCost cost)
{
    if (auto r = require(actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result = storage::encrypted_backup::write(
        m_db,
        targetPath,
        passphrase,
        cost,
        MaintenanceService::rescueAuditRows(actor, {{QStringLiteral("encrypted"), true}}));
    spdlog::info("backup: encrypted rescue backup {}", result ? "ok" : "failed");
    return result;
}

Result<void> BackupService::restoreEncrypted(const domain::Actor &actor,
                                             const QString &sourcePath,
                                             const QByteArray &passphrase)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result = storage::encrypted_backup::restore(m_db, sourcePath, passphrase);
    spdlog::info("restore: encrypted restore {}", result ? "ok" : "failed");
    // Written after the restore, so the row lands in the restored database.
    audit(actor, QStringLiteral("restore"), result);
    // The backup API copied whole pages, which the change hook does not see.
    if (result)
        m_db.notifyChanged(domain::everyChangeKind());
    return result;
}

QString BackupService::defaultAutomaticFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/backups");
}

Result<QString> BackupService::automaticBackup(const domain::Actor &actor,
                                               const QString &folder,
                                               const QDate &today,
                                               int keep)
{
    // A server's database is backed up by its administrator (docs/server.md, "Backups"): each
    // workstation closing the application copies nothing.
    if (m_db.isOnServer())
        return QString();
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fileError(ErrorCode::Io,
                         folder,
                         whyNotWritable(folder),
                         QStringLiteral("automatic backup: cannot create the folder"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString prefix = QStringLiteral("safereturn-");
    const QStringList pattern{prefix + QStringLiteral("*.db")};
    const QString todayStamp = today.toString(QStringLiteral("yyyyMMdd"));
    const QStringList existing = dir.entryList(pattern, QDir::Files, QDir::Name);
    for (const QString &name : existing) {
        if (name.startsWith(prefix + todayStamp))
            return QString();
    }
    const QString name =
        prefix + todayStamp + u'-'
        + domain::Clock::instance().now().toUTC().toString(QStringLiteral("HHmmss"))
        + QStringLiteral(".db");
    const QString target = dir.filePath(name);
    const Result<void> written = storage::maintenance::backup(m_db, target);
    QJsonObject details{
        {QStringLiteral("result"), written ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("file"), name}};
    if (auto r = AuditService(m_db).record(actor, QStringLiteral("auto_backup"), details); !r)
        spdlog::warn("automatic backup: audit failed ({})",
                     errorCodeName(r.error().code).toStdString());
    if (!written)
        return written.error();
    // Keep the newest @a keep (names sort by date and time).
    QStringList all = dir.entryList(pattern, QDir::Files, QDir::Name);
    while (all.size() > qMax(keep, 1))
        QFile::remove(dir.filePath(all.takeFirst()));
    spdlog::info("automatic backup: written");
    return target;
}

} // namespace sr::services
