#pragma once

#include "ExportService.h"

#include <QByteArray>

namespace sr::services {

/**
 * Exports as an AES-256 encrypted ZIP (docs/security.md): the CSV of ExportService (same permission
 * check, same audit row "export", same bytes) is written to a temporary owner-only folder
 * beside the database, packed into @a request.filePath with the passphrase and removed. The
 * passphrase is never stored. A second audit row "export_zip" names the archive, the CSV
 * inside and the encryption.
 */
class EncryptedExport
{
public:
    explicit EncryptedExport(storage::Database &db);

    /**
     * Name of the file inside the archive for @a zipPath: its base name + ".csv" (or ".xlsx"
     * for a workbook export).
     */
    static QString entryName(const QString &zipPath, ExportFormat format = ExportFormat::Csv);

    Result<ExportSummary> exportZip(const ExportRequest &request,
                                    const domain::Actor &actor,
                                    const QByteArray &passphrase,
                                    const ProgressCallback &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

private:
    storage::Database &m_db;
};

} // namespace sr::services
