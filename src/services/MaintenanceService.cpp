#include "MaintenanceService.h"

#include "Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

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

Result<void> MaintenanceService::restore(const domain::Actor &actor, const QString &backupPath)
{
    if (auto r = require(m_db, actor, Permission::BackupRestore); !r)
        return r.error();
    const Result<void> result = storage::maintenance::restore(m_db, backupPath);
    spdlog::info("maintenance: restore {}", result ? "ok" : "failed");
    // Written after the restore, so the row lands in the restored database.
    audit(actor, QStringLiteral("restore"), result.ok());
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
