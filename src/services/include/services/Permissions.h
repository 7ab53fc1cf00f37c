#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * What a use case needs the acting user to be allowed to do. Every service checks one of these
 * with require() before touching the database; the UI asks allowed() to hide or disable what
 * would be refused.
 */
enum class Permission {
    ViewCases,   ///< open and list cases (names included)
    EditCases,   ///< create, update and archive persons, receptions, supports, follow-ups, batches
    PrintCase,   ///< print a single case
    ViewReports, ///< period reports (preview, print, PDF, JSON)
    ExportDeidentified, ///< CSV export without personal data
    ExportFull,         ///< CSV export with personal data (always audited)
    ImportRecords,      ///< CSV import
    ViewAudit,          ///< the audit viewer and its CSV export
    ManageUsers,        ///< create, disable, reset users; change roles
    ManageReference,    ///< reference lists and organisation settings
    BackupRestore,      ///< backup, restore, check
    GenerateDemoData,   ///< write synthetic demo records (training databases)
    AssignCases,        ///< make a worker responsible for a case (docs/case-work.md)
    ApproveCaseWork,    ///< approve or return a closure or a support plan
    ViewCaseOverview,   ///< the manager's overview: caseloads, overdue work by worker
    SaveAttachmentCopy, ///< write an attachment's bytes to a file outside the database (audited)
    AdmitToShelter,     ///< admit to, move out of and archive shelter stays (docs/centre-work.md)
    LogCalls,           ///< log, list and archive the hotline's calls (docs/centre-work.md)
};

/**
 * The role matrix of the users issue:
 * - viewer: de-identified reports and exports only (read-only);
 * - social worker: view, create and edit cases, print a single case, admit to shelter;
 * - manager: everything a social worker can, plus period reports, full exports, import, the
 *   audit viewer, assigning cases, approving closures and plans, the overview of case work, and
 *   saving a copy of an attachment out of the database;
 * - the hotline's call log: social workers, managers and administrators, not viewers;
 * - administrator: everything, plus users, reference lists, organisation settings, backup and
 *   restore, and demo data.
 */
bool allowed(const domain::Actor &actor, Permission permission);

/** Ok when allowed, otherwise ErrorCode::PermissionDenied naming the permission (no personal data). */
Result<void> require(const domain::Actor &actor, Permission permission);

/**
 * As require(), and a refusal is written to the audit log of @a db (action "denied", the
 * permission in the details) before the error is returned. Use cases call this one.
 */
Result<void> require(storage::Database &db, const domain::Actor &actor, Permission permission);

/** Stable name of a permission ("export_full"), for error details and the audit log. */
QString permissionName(Permission permission);

} // namespace sr::services
