#include "MaintenanceService.h"

#include "Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

MaintenanceService::MaintenanceService(storage::Database &db)
    : m_db(db)
{}

void MaintenanceService::audit(const domain::Actor &actor, const QString &action, bool success)
{
    if (m_db.isReadOnly())
        return;
    storage::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        spdlog::warn("maintenance: audit of {} skipped ({})",
                     action.toStdString(),
                     errorCodeName(transaction.error().code).toStdString());
        return;
    }
    storage::AuditLog log(m_db);
    QJsonObject details;
    details.insert(QStringLiteral("result"),
                   success ? QStringLiteral("ok") : QStringLiteral("failed"));
    const Result<qint64> appended = log.append(actor, action, {}, 0, details);
    const Result<void> committed = appended ? transaction.commit() : Result<void>(appended.error());
    if (!committed) {
        spdlog::warn("maintenance: audit of {} failed ({})",
                     action.toStdString(),
                     errorCodeName(committed.error().code).toStdString());
    }
}

Result<void> MaintenanceService::backup(const domain::Actor &actor, const QString &targetPath)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result = storage::maintenance::backup(m_db, targetPath);
    spdlog::info("maintenance: backup {}", result ? "ok" : "failed");
    audit(actor, QStringLiteral("backup"), result.ok());
    return result;
}

QList<domain::AuditEntry> MaintenanceService::rescueAuditRows(const domain::Actor &actor,
                                                              const QJsonObject &details)
{
    const QJsonObject rescue{{QStringLiteral("rescue"), QStringLiteral("disk_full")}};
    domain::AuditEntry login;
    login.actor = actor.userName;
    login.action = QStringLiteral("login");
    login.entity = QStringLiteral("app_user");
    login.entityId = actor.userId;
    login.changes = rescue;
    domain::AuditEntry backup;
    backup.actor = actor.userName;
    backup.action = QStringLiteral("backup");
    backup.changes = details;
    backup.changes.insert(QStringLiteral("result"), QStringLiteral("ok"));
    backup.changes.insert(QStringLiteral("rescue"), QStringLiteral("disk_full"));
    return {login, backup};
}

Result<void> MaintenanceService::rescueBackup(const domain::Actor &actor, const QString &targetPath)
{
    // No require(db, …): its refusal row could not be written either.
    if (auto r = require(actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result =
        storage::maintenance::backup(m_db, targetPath, rescueAuditRows(actor, {}));
    spdlog::info("maintenance: rescue backup {}", result ? "ok" : "failed");
    return result;
}

Result<void> MaintenanceService::restore(const domain::Actor &actor, const QString &backupPath)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result = storage::maintenance::restore(m_db, backupPath);
    spdlog::info("maintenance: restore {}", result ? "ok" : "failed");
    // Written after the restore, so the row lands in the restored database.
    audit(actor, QStringLiteral("restore"), result.ok());
    // The backup API copied whole pages, which the change hook does not see.
    if (result)
        m_db.notifyChanged(domain::everyChangeKind());
    return result;
}

Result<CheckReport> MaintenanceService::check(const domain::Actor &actor)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    Result<CheckReport> report = storage::maintenance::check(m_db);
    const bool ok = report && report->ok();
    spdlog::info("maintenance: check {}", ok ? "ok" : "failed");
    audit(actor, QStringLiteral("check"), ok);
    return report;
}

} // namespace sr::services
