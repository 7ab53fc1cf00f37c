#include "Permissions.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

using domain::Role;

bool allowed(const domain::Actor &actor, Permission permission)
{
    switch (permission) {
    case Permission::ExportDeidentified:
    case Permission::ViewReports:
        // Viewers get de-identified reports and exports; social workers work on cases only.
        return actor.role != Role::SocialWorker;
    case Permission::ViewCases:
    case Permission::EditCases:
    case Permission::PrintCase:
    // Shelter stays are the case workers' (docs/centre-work.md): everyone but the viewer.
    case Permission::AdmitToShelter:
        return actor.role != Role::Viewer;
    case Permission::ExportFull:
    case Permission::ImportRecords:
    case Permission::ViewAudit:
    case Permission::AssignCases:
    case Permission::ApproveCaseWork:
    case Permission::ViewCaseOverview:
    // A copy of a scan leaves the database's protection (docs/attachments.md): a manager's call.
    case Permission::SaveAttachmentCopy:
        return actor.role == Role::Manager || actor.role == Role::Administrator;
    case Permission::ManageUsers:
    case Permission::ManageReference:
    case Permission::BackupRestore:
    case Permission::GenerateDemoData:
        return actor.role == Role::Administrator;
    // The worker on duty logs calls; a viewer sees figures, never what a caller said.
    case Permission::LogCalls:
        return actor.role != Role::Viewer;
    }
    return false;
}

Result<void> require(const domain::Actor &actor, Permission permission)
{
    if (allowed(actor, permission))
        return {};
    return makeError(ErrorCode::PermissionDenied, permissionName(permission));
}

Result<void> require(storage::Database &db, const domain::Actor &actor, Permission permission)
{
    if (allowed(actor, permission)) {
        // Every user action starts here, before its first statement: after a server's
        // connection broke, reading works again without waiting for the next save
        // (docs/server.md, "Lost connections"). A file's connection never breaks; a failure
        // to reconnect is left to the action's own first statement to report.
        (void)db.ensureConnected();
        return {};
    }
    spdlog::info("permissions: {} refused to user {}",
                 permissionName(permission).toStdString(),
                 actor.userId);
    if (!db.isReadOnly()) {
        storage::AuditLog log(db);
        auto appended = log.append(actor,
                                   QStringLiteral("denied"),
                                   QString(),
                                   0,
                                   {{QStringLiteral("permission"), permissionName(permission)}});
        if (!appended)
            spdlog::warn("permissions: the refusal could not be audited");
    }
    return makeError(ErrorCode::PermissionDenied, permissionName(permission));
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewCases:
        return QStringLiteral("view_cases");
    case Permission::EditCases:
        return QStringLiteral("edit_cases");
    case Permission::PrintCase:
        return QStringLiteral("print_case");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    case Permission::ExportDeidentified:
        return QStringLiteral("export_deidentified");
    case Permission::ExportFull:
        return QStringLiteral("export_full");
    case Permission::ImportRecords:
        return QStringLiteral("import_records");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ManageReference:
        return QStringLiteral("manage_reference");
    case Permission::BackupRestore:
        return QStringLiteral("backup_restore");
    case Permission::GenerateDemoData:
        return QStringLiteral("generate_demo_data");
    case Permission::AssignCases:
        return QStringLiteral("assign_cases");
    case Permission::ApproveCaseWork:
        return QStringLiteral("approve_case_work");
    case Permission::ViewCaseOverview:
        return QStringLiteral("view_case_overview");
    case Permission::SaveAttachmentCopy:
        return QStringLiteral("save_attachment_copy");
    case Permission::AdmitToShelter:
        return QStringLiteral("admit_to_shelter");
    case Permission::LogCalls:
        return QStringLiteral("log_calls");
    }
    return QStringLiteral("unknown");
}

} // namespace sr::services
