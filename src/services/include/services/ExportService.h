#pragma once

#include "domain/Actor.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "exchange/CsvColumns.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace sr::storage {
class Database;
class OutputFile;
} // namespace sr::storage

namespace sr::services {

/** Called now and then during long work with rows done and rows in all. */
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

/**
 * The file an export writes: CSV (docs/csv-format.md) or an .xlsx workbook of the same rows
 * (docs/spreadsheets.md).
 */
enum class ExportFormat { Csv, Xlsx };

/** "csv" or "xlsx". */
QString formatCode(ExportFormat format);
/** "csv" or "xlsx" (case-insensitive); nothing otherwise. */
std::optional<ExportFormat> exportFormatFromCode(QStringView code);

struct ExportRequest
{
    domain::Period period;
    exchange::ExchangeTable table = exchange::ExchangeTable::Receptions;
    exchange::ExportMode mode = exchange::ExportMode::DeIdentified;
    QString filePath;
    /** One case only (the case ZIP, services/CaseZipExport.h); empty: every case. */
    QString caseCode;
    /** CSV, or the same rows as a worksheet of an .xlsx workbook. */
    ExportFormat format = ExportFormat::Csv;
};

struct ExportSummary
{
    qint64 rows = 0;
    qint64 bytes = 0;
    QString filePath;
};

/**
 * Use case "export a period as CSV" for the Department of Labour (docs/csv-format.md), or as an
 * .xlsx workbook with the same rows (ExportRequest::format, docs/spreadsheets.md).
 *
 * De-identified by default: no names, other names, document numbers, addresses, phones,
 * family contacts or notes; the birth date becomes the age band at reception, the commune
 * becomes the province and the case code becomes a stable pseudonym (pseudonym()). Full mode
 * writes every field and is for authorised roles (role checks come with user accounts).
 *
 * Every export is written to the audit log (action "export", with period, table, mode, row
 * count and file name) in the same step as the file is put in place, and only once every byte
 * of it is on the disk (storage::OutputFile). Writing is streamed and atomic: a failure, a full
 * disk or a cancel leaves no file under the target name, and the previous file of that name, if
 * any, untouched. The file is created readable by the owner only, and never over the database,
 * its journal files or another SafeReturn database (storage::checkOutputTarget).
 */
class ExportService
{
public:
    explicit ExportService(storage::Database &db);

    /** Rows that exportTable() would write for @a period and @a table. */
    Result<qint64> countRows(const domain::Period &period, exchange::ExchangeTable table) const;

    /**
     * Writes the table. @a progress (optional) is called every few thousand rows; when
     * @a cancel (optional) becomes true, the export stops with ErrorCode::Cancelled.
     */
    Result<ExportSummary> exportTable(const ExportRequest &request,
                                      const domain::Actor &actor,
                                      const ProgressCallback &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

    /**
     * Writes the table like exportTable() but writes no audit row: for EncryptedExport, which
     * audits the archive it builds from this file once the archive is on the disk.
     */
    Result<ExportSummary> writeUnaudited(const ExportRequest &request,
                                         const domain::Actor &actor,
                                         const ProgressCallback &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

    /**
     * Writes the CSV of @a request (its caseCode names the case) into @a device, which the
     * caller opened, with the same checks as exportTable() and no audit row: for the case ZIP,
     * which keeps the CSV in memory and never on the disk in clear, and audits the archive.
     */
    Result<ExportSummary>
    writeCaseCsv(const ExportRequest &request, const domain::Actor &actor, QIODevice &device);

    /**
     * Appends the "export" audit row of @a request (@a rows written to @a fileName); joins the
     * caller's Transaction, so it commits together with the file it describes.
     */
    Result<void> auditExport(const domain::Actor &actor,
                             const ExportRequest &request,
                             qint64 rows,
                             const QString &fileName);

    /** Writes the migration template (header and one example row), atomically. */
    static Result<ExportSummary> writeTemplate(const QString &filePath);

    /**
     * Writes the migration template in @a format: the CSV of writeTemplate(), or an .xlsx
     * workbook in the layout of docs/spreadsheets.md (Vietnamese titles, the stable names in a
     * hidden row, the example row, drop-down lists of the Vietnamese labels and reference names
     * the import accepts, an instructions sheet). Atomic and owner-only like an export, never
     * over the database; the lists come from this database's reference lists. No permission is
     * needed (the template holds no record), so the import wizard offers it to everyone.
     */
    Result<ExportSummary> writeTemplateFile(const QString &filePath, ExportFormat format);

    /**
     * The stable pseudonym of a case code: the first 16 hex digits of
     * HMAC-SHA256(key, UTF-8 case code), @a key being the database's pseudonym_key setting
     * decoded from hex (32 random bytes, made when the database is created).
     */
    static QString pseudonym(const QByteArray &key, const QString &caseCode);

private:
    enum class AuditRow { Write, None };
    /** exportTable() and writeUnaudited(): the file, and its audit row when asked. */
    Result<ExportSummary> write(const ExportRequest &request,
                                const domain::Actor &actor,
                                const ProgressCallback &progress,
                                const std::atomic_bool *cancel,
                                AuditRow auditRow);

    /** Checks, opens @a file (refusing a protected target) and writes the rows into it. */
    Result<ExportSummary> writeCsv(const ExportRequest &request,
                                   const domain::Actor &actor,
                                   storage::OutputFile &file,
                                   const ProgressCallback &progress,
                                   const std::atomic_bool *cancel);

    /** Where writeCsvRows() writes, and what it does with it on a failure. */
    struct Sink
    {
        std::function<Result<QIODevice *>()> open; ///< after the checks, before the rows
        std::function<Error(const Error &)> fail;  ///< drops what was written
    };
    /** The checks and rows of writeCsv() into any @a sink. */
    Result<ExportSummary> writeCsvRows(const ExportRequest &request,
                                       const domain::Actor &actor,
                                       const Sink &sink,
                                       const ProgressCallback &progress,
                                       const std::atomic_bool *cancel);

    storage::Database &m_db;
};

} // namespace sr::services
