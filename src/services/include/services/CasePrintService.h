#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "reports/CaseDocuments.h"
#include "reports/ReportFormat.h"

#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Use case "print the case" (docs/report-layout.md, "Case documents"): the dossier of one person
 * and its three papers (the case file, the minutes of a reception, the support receipt list)
 * written to a PDF or printed. Every step asks Permission::PrintCase and record-level access
 * (CaseAccess::requireCase); each paper written or printed is audited (action "print", the
 * person and its id, {"document": code, "reception": uuid, "output": "pdf"|"printer"}) only
 * once it is on the disk or has gone to the printer. No personal data in the log, the errors
 * or the audit details: ids and uuids only (a file name may hold a name, so it is not kept).
 */
class CasePrintService
{
public:
    explicit CasePrintService(storage::Database &db);

    /** The person of @a caseCode ("QN-2025-0042"): NotFound when there is none. */
    Result<qint64> personOfCaseCode(const domain::Actor &actor, const QString &caseCode) const;

    /**
     * Everything printed about @a personId: the person, their active receptions with supports,
     * follow-ups, plan goals and handover batch, the attachments, the names of the codes, the
     * organisation and today's date (domain::Clock).
     */
    Result<reports::CaseDossier> dossier(const domain::Actor &actor, qint64 personId) const;

    /**
     * Writes @a document of @a dossier as a PDF to @a filePath (storage::OutputFile: never over
     * the database; owner-only; the old file stays until the new one is complete) and audits it
     * in the same step: the audit row commits only once every byte is on the disk, and a write
     * that failed is not audited. The minutes need @a receptionIndex (InvalidInput otherwise).
     */
    Result<void> writePdf(const domain::Actor &actor,
                          const reports::CaseDossier &dossier,
                          reports::CaseDocument document,
                          std::optional<qsizetype> receptionIndex,
                          reports::Language language,
                          const QString &filePath) const;

    /**
     * Whether a document may be written to @a filePath (storage::checkOutputTarget): for the
     * file Qt's print dialog writes ("print to file") without going through writePdf().
     */
    Result<void> checkOutputFile(const QString &filePath) const;

    /**
     * Audits a paper the user printed from the print preview (@a toFile: Qt's "print to file"
     * wrote a PDF, audited as output "pdf"; else "printer").
     */
    Result<void> recordPrinted(const domain::Actor &actor,
                               const reports::CaseDossier &dossier,
                               reports::CaseDocument document,
                               std::optional<qsizetype> receptionIndex,
                               bool toFile = false) const;

private:
    Result<void> require(const domain::Actor &actor, qint64 personId) const;
    Result<void> audit(const domain::Actor &actor,
                       const reports::CaseDossier &dossier,
                       reports::CaseDocument document,
                       std::optional<qsizetype> receptionIndex,
                       const QString &output) const;
    /**
     * Fills dossier.attachments and dossier.documentTypes. The one place the attachments of the
     * case enter the dossier: until the attachment service exists it leaves both empty.
     */
    Result<void> fillAttachments(const domain::Actor &actor, reports::CaseDossier &dossier) const;

    storage::Database &m_db;
};

} // namespace sr::services
