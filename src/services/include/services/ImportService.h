#pragma once

#include "ExportService.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "exchange/CsvColumns.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Why a file, a header or a cell was refused. Stable codes (toCode()); the UI and CLI show
 * describe(), which is translated.
 */
enum class ImportIssueCode {
    // the file
    Io,
    EmptyFile,
    HeaderOnly,
    TooManyRows,
    InvalidUtf8,
    UnterminatedQuote,
    StrayQuote,
    FieldTooLarge,
    // the header
    UnknownTable,
    DeIdentifiedFile,
    UnknownColumn,
    DuplicateColumn,
    MissingColumn,
    // a row or cell
    WrongCellCount,
    Required,
    InvalidCode,
    InvalidDate,
    InvalidNumber,
    Negative,
    OutOfRange,
    InvalidFormat,
    InFuture,
    BeforeBirth,
    BeforeReception,
    Inconsistent,
    TooLong,
    UnknownReference,
    UnknownOfficialReference, ///< ethnic groups, provinces, communes, countries: never added
    CaseCodeExists,
    UuidExists,
    DuplicateInFile,
    InconsistentPerson,
    UnknownReception,
    UnknownBatch,
    /** The header is the attachments list of a full export: it holds no bytes to import. */
    AttachmentsList,
    /** A calls file names a case code that is not stored (docs/csv-format.md "calls"). */
    UnknownCase,
    /** An activity's club_uuid names no stored club and no club of the clubs file. */
    UnknownClub,
    // the stays table: the shelter rules (services/ShelterService.h)
    UnknownRoom, ///< not an active room of the shelter_room list
    StayOverlap, ///< the person has another stay on one of its days
    RoomFull,    ///< no bed left in the room on one of its days
    // an .xlsx workbook (exchange/XlsxReader.h; docs/spreadsheets.md "## Import")
    NotAWorkbook,         ///< not a ZIP archive holding a workbook
    DamagedWorkbook,      ///< malformed or truncated XML, a missing shared string
    WorkbookDoctype,      ///< a DOCTYPE (DTD, entities) in a part: refused for safety
    WorkbookTooLarge,     ///< a part too large unpacked, or too highly compressed (zip bomb)
    TooManyStrings,       ///< the shared strings table over its count or size limit
    TooManyColumns,       ///< a cell beyond the last column read
    InvalidCellReference, ///< a cell or row position out of range or out of order
    UnknownSheet,         ///< ImportOptions::sheet names no sheet of the workbook
};

/** "empty_file", "invalid_date", "unknown_reference", … */
QString toCode(ImportIssueCode code);
/** A sentence for the user, translated (context "sr::services"). */
QString describe(ImportIssueCode code);

/**
 * One refused file, header, row or cell. row: spreadsheet row (CSV: header = 1; a workbook:
 * the sheet's own row number; 0 = the file). column: the column's name in the header.
 */
struct ImportIssue
{
    qint64 row = 0;
    QString column;
    QString value;
    ImportIssueCode code = ImportIssueCode::InvalidFormat;
    /** A workbook's column letter of the cell ("D"); empty for a CSV file or no one cell. */
    QString columnLetter{};
};

enum class ImportRun { Write, DryRun };
/** What to do with a case code (or record uuid) that is already in the database. */
enum class ExistingRecords { Refuse, Update };
/** What to do with an agency, support type or border gate that is not in the lists. */
enum class MissingReferences { Refuse, Add };

struct ImportOptions
{
    ImportRun run = ImportRun::Write;
    ExistingRecords existing = ExistingRecords::Refuse;
    MissingReferences missingReferences = MissingReferences::Refuse;
    qint64 maxRows = 1000000;           ///< data rows
    qint64 maxFieldBytes = 1024 * 1024; ///< per cell
    int maxListedIssues = 200;          ///< issues kept in the report; issueCount has them all
    /** The sheet of an .xlsx workbook to read; empty: the first one. Ignored for CSV. */
    QString sheet{};
};

/** A reference value created because of MissingReferences::Add. */
struct AddedReference
{
    QString list; ///< "agency", "support_type", "border_gate"
    QString code;
    QString name;
};

struct ImportReport
{
    std::optional<exchange::ExchangeTable> table;
    qint64 rows = 0;    ///< data rows read (blank rows not counted)
    qint64 created = 0; ///< records of the table created (receptions, supports, follow-ups…)
    qint64 updated = 0;
    qint64 personsCreated = 0;
    qint64 personsUpdated = 0;
    QList<AddedReference> addedReferences;
    QList<ImportIssue> issues; ///< the first ImportOptions::maxListedIssues
    qint64 issueCount = 0;     ///< all of them
    bool written = false;      ///< the transaction was committed
    /** The sheet read when the file is an .xlsx workbook; empty for a CSV file. */
    QString sheet{};

    bool isValid() const { return issueCount == 0; }
};

/**
 * Use case "import a CSV file or an Excel workbook" (docs/csv-format.md,
 * docs/spreadsheets.md): the full-mode tables written by ExportService that can be imported
 * (exchange::isImportable()), and the migration template. A workbook (.xlsx, told by its ZIP
 * signature or its extension) is read from its first sheet or ImportOptions::sheet, its header
 * in row 1 or in row 2 under a title row; its issues name the sheet's row and column letter.
 *
 * Every row is validated before anything is written (a first pass over the file); then all
 * rows are written in one transaction, or none. Reference values (agency, country,
 * ethnicity, province, support type, border gate) match by code or by name, case and
 * diacritics ignored. The import writes one audit row ("import") with the counts; records
 * are written without per-record audit rows (AuditPolicy::Summary).
 *
 * importFile() returns an Error only for runtime failures (database, cancel); a file that is
 * refused gives a report with issues and written == false.
 */
class ImportService
{
public:
    explicit ImportService(storage::Database &db);

    Result<ImportReport> importFile(const QString &filePath,
                                    const ImportOptions &options,
                                    const domain::Actor &actor,
                                    const ProgressCallback &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

    /**
     * The sheet names of the workbook @a filePath, in order; an empty list for a file that is
     * not a workbook (a CSV file). An Error (ErrorCode::InvalidInput, its detail the reader's
     * code) when the workbook cannot be read.
     */
    static Result<QStringList> sheetNames(const QString &filePath);
    /** Whether @a filePath is an .xlsx workbook (a ZIP signature, or the extension). */
    static bool isWorkbook(const QString &filePath);

private:
    storage::Database &m_db;
};

} // namespace sr::services
