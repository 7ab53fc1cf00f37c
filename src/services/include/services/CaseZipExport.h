#pragma once

#include "domain/Actor.h"
#include "domain/Attachment.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** What to put in the encrypted ZIP of one case. */
struct CaseZipRequest
{
    QString caseCode;
    /** Each active attachment's file too (needs Permission::SaveAttachmentCopy). */
    bool withAttachments = false;
    QString filePath;
};

struct CaseZipSummary
{
    qint64 receptions = 0;  ///< rows of receptions.csv
    qint64 supports = 0;    ///< rows of supports.csv
    qint64 attachments = 0; ///< rows of attachments.csv (the list, archived ones included)
    qint64 files = 0;       ///< attachment files in the archive (0 without withAttachments)
    qint64 bytes = 0;       ///< size of the archive
    QString filePath;
};

/**
 * The encrypted ZIP of one case (docs/security.md "Encrypted ZIP of a case"): the full export's
 * receptions.csv, supports.csv and attachments.csv of that case and, when asked, every active
 * attachment as attachments/<document type>-<date>-<short uuid>.<ext> with manifest.csv (file,
 * SHA-256, size, uuid). Everything goes from memory into the AES-256 archive: neither the CSVs
 * nor an attachment are ever written to a file in clear (exchange::zip::MemoryEntry), and one
 * attachment at a time is in memory.
 *
 * Needs Permission::ExportFull, and Permission::SaveAttachmentCopy for the files, and
 * record-level access to the case (services/CaseAccess.h); each refusal is audited. The archive
 * is audited once it is on the disk ("export_case_zip" on the person: the files' count, never
 * their names); if that row cannot be committed the archive is removed again.
 */
class CaseZipExport
{
public:
    explicit CaseZipExport(storage::Database &db);

    /** The name of @a attachment inside the archive: no personal data (names are not encrypted). */
    static QString entryName(const domain::Attachment &attachment);

    Result<CaseZipSummary> exportCase(const CaseZipRequest &request,
                                      const domain::Actor &actor,
                                      const QByteArray &passphrase);

private:
    storage::Database &m_db;
};

} // namespace sr::services
