#include "ImportService.h"

#include "CaseWriter.h"
#include "CommitResult.h"
#include "HotlineChecks.h"
#include "ImportResolver.h"
#include "ImportRows.h"
#include "ImportSource.h"
#include "Permissions.h"
#include "ShelterService.h"
#include "domain/Clock.h"
#include "domain/FileErrors.h"
#include "exchange/XlsxReader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseHealth.h"
#include "storage/HotlineRepository.h"
#include "storage/PreventionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ShelterStayRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace sr::services {

using exchange::ColumnId;
using exchange::ExchangeTable;
using IC = ImportIssueCode;

namespace {

/** One issue code: its stable name (toCode()) and its sentence for the user (describe()). */
struct IssueCodeText
{
    ImportIssueCode code;
    const char *name;
    const char *sentence;
};

// lupdate filed the sentences, once tr() calls of the free function describe(), under its
// namespace "sr::services" (the .ts context); they keep that context here.
constexpr IssueCodeText issueCodeTexts[] = {
    {IC::Io, "io", QT_TRANSLATE_NOOP("sr::services", "The file cannot be read.")},
    {IC::EmptyFile, "empty_file", QT_TRANSLATE_NOOP("sr::services", "The file is empty.")},
    {IC::HeaderOnly,
     "header_only",
     QT_TRANSLATE_NOOP("sr::services", "The file has a header row but no data rows.")},
    {IC::TooManyRows,
     "too_many_rows",
     QT_TRANSLATE_NOOP("sr::services",
                       "The file has more than 1,000,000 rows; split it into smaller files.")},
    {IC::InvalidUtf8,
     "invalid_utf8",
     QT_TRANSLATE_NOOP(
         "sr::services",
         "The file is not in UTF-8 (it may be Windows-1258 or TCVN3). Open it in "
         "Excel or LibreOffice and save it again as \"CSV UTF-8 (Comma delimited)\".")},
    {IC::UnterminatedQuote,
     "unterminated_quote",
     QT_TRANSLATE_NOOP("sr::services", "A quoted cell starting here is never closed by a quote.")},
    {IC::StrayQuote,
     "stray_quote",
     QT_TRANSLATE_NOOP("sr::services", "Unexpected text after the closing quote of a cell.")},
    {IC::FieldTooLarge,
     "field_too_large",
     QT_TRANSLATE_NOOP("sr::services", "The cell is larger than 1 MB.")},
    {IC::UnknownTable,
     "unknown_table",
     QT_TRANSLATE_NOOP("sr::services",
                       "The header matches no known table (receptions, supports, batches, clubs, "
                       "activities).")},
    {IC::DeIdentifiedFile,
     "de_identified_file",
     QT_TRANSLATE_NOOP("sr::services",
                       "This is a de-identified export; only full exports and the template can be "
                       "imported.")},
    {IC::UnknownColumn, "unknown_column", QT_TRANSLATE_NOOP("sr::services", "Unknown column.")},
    {IC::DuplicateColumn,
     "duplicate_column",
     QT_TRANSLATE_NOOP("sr::services", "The column appears twice in the header.")},
    {IC::MissingColumn,
     "missing_column",
     QT_TRANSLATE_NOOP("sr::services", "A required column is missing from the header.")},
    {IC::WrongCellCount,
     "wrong_cell_count",
     QT_TRANSLATE_NOOP("sr::services", "The row does not have as many cells as the header.")},
    {IC::Required, "required", QT_TRANSLATE_NOOP("sr::services", "A value is required.")},
    {IC::InvalidCode,
     "invalid_code",
     QT_TRANSLATE_NOOP("sr::services", "Not one of the allowed codes.")},
    {IC::InvalidDate,
     "invalid_date",
     QT_TRANSLATE_NOOP("sr::services", "Not a valid date (YYYY-MM-DD).")},
    {IC::InvalidNumber, "invalid_number", QT_TRANSLATE_NOOP("sr::services", "Not a whole number.")},
    {IC::Negative,
     "negative",
     QT_TRANSLATE_NOOP("sr::services", "The number must not be negative.")},
    {IC::OutOfRange,
     "out_of_range",
     QT_TRANSLATE_NOOP("sr::services", "The value is out of range.")},
    {IC::InvalidFormat,
     "invalid_format",
     QT_TRANSLATE_NOOP("sr::services", "The value has the wrong format.")},
    {IC::InFuture, "in_future", QT_TRANSLATE_NOOP("sr::services", "The date is in the future.")},
    {IC::BeforeBirth,
     "before_birth",
     QT_TRANSLATE_NOOP("sr::services", "The date is before the person's birth.")},
    {IC::BeforeReception,
     "before_reception",
     QT_TRANSLATE_NOOP("sr::services", "The date is before the reception.")},
    {IC::Inconsistent,
     "inconsistent",
     QT_TRANSLATE_NOOP("sr::services", "The value does not agree with other values of the row.")},
    {IC::TooLong, "too_long", QT_TRANSLATE_NOOP("sr::services", "The value is too long.")},
    {IC::UnknownReference,
     "unknown_reference",
     QT_TRANSLATE_NOOP("sr::services",
                       "Unknown value of a reference list (use --add-missing-reference to add "
                       "agencies, support types and border gates).")},
    {IC::UnknownOfficialReference,
     "unknown_official_reference",
     QT_TRANSLATE_NOOP(
         "sr::services",
         "Unknown value of an official list (ethnic groups, provinces, communes, "
         "countries): write its code or its name as in the list; an import never adds "
         "to these lists.")},
    {IC::CaseCodeExists,
     "case_code_exists",
     QT_TRANSLATE_NOOP("sr::services",
                       "The case code already exists (use --update to update it).")},
    {IC::UuidExists,
     "uuid_exists",
     QT_TRANSLATE_NOOP("sr::services", "The record already exists (use --update to update it).")},
    {IC::DuplicateInFile,
     "duplicate_in_file",
     QT_TRANSLATE_NOOP("sr::services", "The same record appears twice in the file.")},
    {IC::InconsistentPerson,
     "inconsistent_person",
     QT_TRANSLATE_NOOP("sr::services",
                       "The same case code has different personal details in another row.")},
    {IC::UnknownReception,
     "unknown_reception",
     QT_TRANSLATE_NOOP("sr::services", "No reception of this case code on this date.")},
    {IC::UnknownBatch,
     "unknown_batch",
     QT_TRANSLATE_NOOP("sr::services", "Unknown handover batch.")},
    {IC::AttachmentsList,
     "attachments_list",
     QT_TRANSLATE_NOOP("sr::services",
                       "This is the list of attachments of a full export: it describes the "
                       "files but does not hold them, so it cannot be imported. Attachments "
                       "travel in backups and server migrations; import the receptions, "
                       "supports and batches files.")},
    {IC::UnknownCase,
     "unknown_case",
     QT_TRANSLATE_NOOP("sr::services", "No case has this case code.")},
    {IC::UnknownClub,
     "unknown_club",
     QT_TRANSLATE_NOOP("sr::services",
                       "Unknown prevention club: import the clubs file of the same export first.")},
    {IC::UnknownRoom,
     "unknown_room",
     QT_TRANSLATE_NOOP("sr::services",
                       "Not a room in use of the shelter rooms list: write the room's code as in "
                       "Reference lists > Shelter rooms.")},
    {IC::StayOverlap,
     "stay_overlap",
     QT_TRANSLATE_NOOP("sr::services",
                       "The person already stays in a shelter on one of these days (in the "
                       "database or an earlier row).")},
    {IC::RoomFull,
     "room_full",
     QT_TRANSLATE_NOOP("sr::services",
                       "The room has no bed left on one of these days (its capacity is "
                       "reached).")},
    {IC::NotAWorkbook,
     "not_a_workbook",
     QT_TRANSLATE_NOOP("sr::services",
                       "The file is not an Excel workbook (.xlsx). Save it from Excel or "
                       "LibreOffice as \"Excel Workbook (.xlsx)\" or as CSV UTF-8.")},
    {IC::DamagedWorkbook,
     "damaged_workbook",
     QT_TRANSLATE_NOOP("sr::services",
                       "The workbook is damaged or incomplete. Open it in Excel or LibreOffice "
                       "and save it again.")},
    {IC::WorkbookDoctype,
     "workbook_doctype",
     QT_TRANSLATE_NOOP("sr::services",
                       "The workbook contains a document type declaration (DOCTYPE), which "
                       "spreadsheet programs never write; it is refused for safety.")},
    {IC::WorkbookTooLarge,
     "workbook_too_large",
     QT_TRANSLATE_NOOP("sr::services",
                       "A part of the workbook is too large once unpacked, or packed far more "
                       "than a spreadsheet can be; it is refused for safety.")},
    {IC::TooManyStrings,
     "too_many_strings",
     QT_TRANSLATE_NOOP("sr::services",
                       "The workbook holds too many different texts (over 2,000,000 or 256 MB); "
                       "split it into smaller files.")},
    {IC::TooManyColumns,
     "too_many_columns",
     QT_TRANSLATE_NOOP("sr::services",
                       "The sheet has a value beyond its 1,024th column (AMJ); delete the "
                       "columns that do not belong to the table.")},
    {IC::InvalidCellReference,
     "invalid_cell_reference",
     QT_TRANSLATE_NOOP("sr::services",
                       "A row or cell of the sheet has an impossible position (out of range, "
                       "repeated or out of order). Open the workbook in Excel or LibreOffice "
                       "and save it again.")},
    {IC::UnknownSheet,
     "unknown_sheet",
     QT_TRANSLATE_NOOP("sr::services", "The workbook has no sheet of this name.")},
};

static_assert(std::size(issueCodeTexts) == std::size_t(IC::UnknownSheet) + 1,
              "one row per ImportIssueCode");

/** The row of @a code; nullptr for a value outside the enum. */
const IssueCodeText *issueCodeText(ImportIssueCode code)
{
    for (const IssueCodeText &text : issueCodeTexts) {
        if (text.code == code)
            return &text;
    }
    return nullptr;
}

} // namespace

QString toCode(ImportIssueCode code)
{
    const IssueCodeText *text = issueCodeText(code);
    return text ? QLatin1String(text->name) : QString();
}

QString describe(ImportIssueCode code)
{
    const IssueCodeText *text = issueCodeText(code);
    return text ? QCoreApplication::translate("sr::services", text->sentence) : QString();
}

namespace {

constexpr qint64 kProgressEvery = 1000;

/**
 * One run of an import, reading the file once after a pre-scan of its syntax. Each row is
 * parsed, validated and checked against the stored records and the rows before it; in a real
 * import it is written at once, through one CaseWriter, as long as no row has given an issue.
 * Checks and writes share one write transaction, so what a check found stays true until the
 * commit. The first issue stops the writing, the reading goes on to list every issue, and the
 * transaction rolls back: a refused file writes nothing. A dry run only checks.
 */
class Importer
{
public:
    Importer(storage::Database &db,
             const ImportOptions &options,
             const domain::Actor &actor,
             ImportReport &report)
        : m_db(db)
        , m_options(options)
        , m_actor(actor)
        , m_report(report)
        , m_today(domain::Clock::instance().today())
    {}

    Result<void>
    run(const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel);

private:
    void addIssue(qint64 row, const QString &column, const QString &value, IC code)
    {
        addIssue(ImportIssue{row, column, value, code});
    }
    /** Counts @a issue and lists it, with a workbook's column letter of its column. */
    void addIssue(ImportIssue issue)
    {
        ++m_report.issueCount;
        if (m_report.issues.size() >= m_options.maxListedIssues)
            return;
        if (issue.columnLetter.isEmpty() && m_source)
            issue.columnLetter = m_source->columnLetter(issue.column);
        m_report.issues.append(std::move(issue));
    }
    void addIssues(const RowIssues &issues)
    {
        for (const ImportIssue &issue : issues.issues)
            addIssue(issue);
    }

    Result<void> readAll(const ProgressCallback &progress, const std::atomic_bool *cancel);
    /** Writes one checked row, after the references that rows so far added to the lists. */
    Result<void> write(const ValidatedCase &row);
    /** Completes the writer's work and writes the import's audit row. */
    Result<void> finishWriting(const QString &path);

    /** Parses, validates and checks one data row; the group to write when it is valid. */
    Result<std::optional<ValidatedCase>> row(const ImportRow &cells, RowIssues &issues);
    Result<std::optional<ValidatedCase>> receptionRow(const ImportRow &cells, RowIssues &issues);
    Result<std::optional<ValidatedCase>> supportRow(const ImportRow &cells, RowIssues &issues);
    Result<std::optional<ValidatedCase>> batchRow(const ImportRow &cells, RowIssues &issues);
    Result<std::optional<ValidatedCase>> followUpRow(const ImportRow &cells, RowIssues &issues);
    /**
     * The calls table (docs/csv-format.md "calls"): not case records, so not through the
     * CaseWriter: checked as the form's calls are (HotlineChecks.h) and, in a real import
     * while no row has given an issue, written at once through m_calls.
     */
    Result<void> callRow(const ImportRow &cells, RowIssues &issues);
    /**
     * The prevention tables (docs/csv-format.md "clubs", "activities"): no case records, so
     * they are written here, through their repositories, in the import's transaction.
     */
    Result<void> clubRow(const ImportRow &cells, RowIssues &issues);
    Result<void> activityRow(const ImportRow &cells, RowIssues &issues);
    /** Whether a checked row is written now: a real import with no issue so far. */
    bool writing(const RowIssues &issues) const
    {
        return m_options.run == ImportRun::Write && m_report.issueCount == 0 && issues.isEmpty();
    }
    Result<std::optional<ValidatedCase>> stayRow(const ImportRow &cells, RowIssues &issues);
    /** The active shelter rooms by code (loaded by the first stays row). */
    Result<const ImportRefList *> rooms();

    bool refuseExisting() const { return m_options.existing == ExistingRecords::Refuse; }

    storage::Database &m_db;
    const ImportOptions &m_options;
    const domain::Actor &m_actor;
    ImportReport &m_report;
    QDate m_today;

    /** The file's rows: a CSV file or a workbook's sheet (ImportSource.h). */
    std::unique_ptr<ImportSource> m_source;
    ImportColumns m_columns;
    std::unique_ptr<ImportResolver> m_resolver;
    ImportReferences m_references;
    /** Writes the rows of a real import; none in a dry run. */
    std::unique_ptr<CaseWriter> m_writer;
    /** Writes the calls of a real import (one summary audit row, the import's). */
    std::unique_ptr<storage::HotlineRepository> m_calls;
    qint64 m_callsCreated = 0;
    qint64 m_callsUpdated = 0;
    qsizetype m_referencesWritten = 0;
    qint64 m_dataRows = 0; ///< counted by the pre-scan, for progress

    // cross-row state of the checks
    QHash<QString, QString> m_caseSignatures;
    QSet<QString> m_seenUuids;
    /** The case code of each person uuid seen: one uuid is one person. */
    QHash<QString, QString> m_personUuidCases;
    /** Prevention records written by this run (created, updated). */
    qint64 m_preventionCreated = 0;
    qint64 m_preventionUpdated = 0;
    // the stays table: written by the importer itself, not through CaseWriter (a stay is
    // checked by the shelter rules against the stays stored and the file's earlier rows)
    std::optional<ImportRefList> m_rooms;
    QList<PendingStay> m_stays;
    qint64 m_staysCreated = 0;
    qint64 m_staysUpdated = 0;
};

Result<std::optional<ValidatedCase>> Importer::receptionRow(const ImportRow &cells,
                                                            RowIssues &issues)
{
    const ReceptionRow parsed = parseReceptionRow(cells, m_references, issues);
    const ImportColumns &c = m_columns;
    // The batch is looked up before validation (the group carries its id); a missing one is
    // reported with the other checks against stored records, after the validators' issues.
    std::optional<qint64> batchId;
    if (!parsed.batchUuid.isEmpty()) {
        const auto id = m_resolver->batchId(parsed.batchUuid);
        if (!id)
            return id.error();
        batchId = *id;
    }
    CaseGroup group;
    group.person = parsed.person;
    group.receptions.append(ReceptionGroup{parsed.reception, {}, {}});
    if (batchId)
        group.receptions.first().reception.batchId = *batchId;
    CaseCheck check = validateCase(std::move(group), m_today, ErrorPaths::Case);
    addValidationIssues(check.errors, cells, issues);

    const QString &caseCode = parsed.person.caseCode;
    const QString &personUuid = parsed.person.meta.uuid;
    const QString &receptionUuid = parsed.reception.meta.uuid;
    if (!caseCode.isEmpty()) {
        const auto seen = m_caseSignatures.constFind(caseCode);
        if (seen != m_caseSignatures.constEnd()) {
            if (*seen != parsed.signature)
                issues.add(c.name(ColumnId::CaseCode), caseCode, IC::InconsistentPerson);
        } else {
            m_caseSignatures.insert(caseCode, parsed.signature);
            const auto stored = m_resolver->caseCodeStored(caseCode);
            if (!stored)
                return stored.error();
            if (*stored && refuseExisting())
                issues.add(c.name(ColumnId::CaseCode), caseCode, IC::CaseCodeExists);
        }
    }
    if (!personUuid.isEmpty() && refuseExisting()
        && !issues.flagged.contains(c.name(ColumnId::CaseCode))
        && !m_seenUuids.contains(personUuid)) {
        const auto stored = m_resolver->personUuidStored(personUuid);
        if (!stored)
            return stored.error();
        if (*stored)
            issues.add(c.name(ColumnId::PersonUuid), personUuid, IC::UuidExists);
    }
    if (!personUuid.isEmpty()) {
        m_seenUuids.insert(personUuid);
        // Two cases with one person uuid would be two persons with one uuid.
        const auto other = m_personUuidCases.constFind(personUuid);
        if (other == m_personUuidCases.constEnd())
            m_personUuidCases.insert(personUuid, caseCode);
        else if (*other != caseCode)
            issues.add(c.name(ColumnId::PersonUuid), personUuid, IC::DuplicateInFile);
    }
    if (!receptionUuid.isEmpty()) {
        if (m_seenUuids.contains(receptionUuid)) {
            issues.add(c.name(ColumnId::ReceptionUuid), receptionUuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(receptionUuid);
            const auto stored = m_resolver->receptionUuidStored(receptionUuid);
            if (!stored)
                return stored.error();
            if (*stored && refuseExisting())
                issues.add(c.name(ColumnId::ReceptionUuid), receptionUuid, IC::UuidExists);
        }
    }
    if (batchId && !*batchId)
        issues.add(c.name(ColumnId::BatchUuid), parsed.batchUuid, IC::UnknownBatch);
    if (!issues.isEmpty())
        return std::optional<ValidatedCase>();
    return std::move(check.valid);
}

Result<std::optional<ValidatedCase>> Importer::supportRow(const ImportRow &cells, RowIssues &issues)
{
    const SupportRow parsed = parseSupportRow(cells, m_references, issues);
    const ImportColumns &c = m_columns;
    // The reception: by uuid when given, else by case code and reception date.
    std::optional<domain::Reception> reception;
    if (!parsed.caseCode.isEmpty() && parsed.receptionDate.isValid()) {
        auto found = m_resolver->receptionOf(parsed);
        if (!found)
            return found.error();
        reception = std::move(*found);
        if (!reception)
            issues.add(c.name(ColumnId::ReceptionDate),
                       cells.text(ColumnId::ReceptionDate),
                       IC::UnknownReception);
    }
    std::optional<ValidatedCase> valid;
    if (reception) {
        CaseGroup group;
        ReceptionGroup entry{*reception, {parsed.support}, {}};
        entry.supports.first().receptionId = reception->meta.id;
        group.receptions.append(std::move(entry));
        CaseCheck check = validateCase(std::move(group), m_today, ErrorPaths::Case);
        addValidationIssues(check.errors, cells, issues);
        valid = std::move(check.valid);
    }
    const QString &uuid = parsed.support.meta.uuid;
    if (!uuid.isEmpty()) {
        if (m_seenUuids.contains(uuid)) {
            issues.add(c.name(ColumnId::SupportUuid), uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(uuid);
            const auto stored = m_resolver->supportUuidStored(uuid);
            if (!stored)
                return stored.error();
            if (*stored && refuseExisting())
                issues.add(c.name(ColumnId::SupportUuid), uuid, IC::UuidExists);
        }
    }
    if (!issues.isEmpty())
        return std::optional<ValidatedCase>();
    return valid;
}

Result<std::optional<ValidatedCase>> Importer::followUpRow(const ImportRow &cells,
                                                           RowIssues &issues)
{
    const FollowUpRow parsed = parseFollowUpRow(cells, m_references, issues);
    const ImportColumns &c = m_columns;
    // The reception as a support's: by uuid when given, else by case code and reception date.
    std::optional<domain::Reception> reception;
    if (!parsed.caseCode.isEmpty() && parsed.receptionDate.isValid()) {
        auto found = m_resolver->receptionOf(parsed);
        if (!found)
            return found.error();
        reception = std::move(*found);
        if (!reception)
            issues.add(c.name(ColumnId::ReceptionDate),
                       cells.text(ColumnId::ReceptionDate),
                       IC::UnknownReception);
    }
    std::optional<ValidatedCase> valid;
    if (reception) {
        CaseGroup group;
        ReceptionGroup entry{*reception, {}, {parsed.followUp}};
        entry.followUps.first().receptionId = reception->meta.id;
        group.receptions.append(std::move(entry));
        CaseCheck check = validateCase(std::move(group), m_today, ErrorPaths::Case);
        addValidationIssues(check.errors, cells, issues);
        valid = std::move(check.valid);
    }
    const QString &uuid = parsed.followUp.meta.uuid;
    if (!uuid.isEmpty()) {
        if (m_seenUuids.contains(uuid)) {
            issues.add(c.name(ColumnId::FollowUpUuid), uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(uuid);
            const auto stored = m_resolver->followUpUuidStored(uuid);
            if (!stored)
                return stored.error();
            if (*stored && refuseExisting())
                issues.add(c.name(ColumnId::FollowUpUuid), uuid, IC::UuidExists);
        }
    }
    if (!issues.isEmpty())
        return std::optional<ValidatedCase>();
    return valid;
}

Result<const ImportRefList *> Importer::rooms()
{
    if (!m_rooms) {
        // Active rooms only: a stay is never imported into a room no longer in use. By code
        // alone: room names repeat from one shelter to the next ("Phòng 1").
        const auto list = storage::ReferenceRepository(m_db).shelterRooms();
        if (!list)
            return list.error();
        ImportRefList rooms;
        rooms.listCode = QStringLiteral("shelter_room");
        for (const domain::ShelterRoom &room : *list)
            rooms.add(room.code, {});
        m_rooms = std::move(rooms);
    }
    return &*m_rooms;
}

Result<std::optional<ValidatedCase>> Importer::stayRow(const ImportRow &cells, RowIssues &issues)
{
    StayRow parsed = parseStayRow(cells, m_references, issues);
    domain::ShelterStay &stay = parsed.stay;
    const ImportColumns &c = m_columns;
    if (!stay.roomCode.isEmpty()) {
        const auto list = rooms();
        if (!list)
            return list.error();
        if (const auto code = (*list)->match(stay.roomCode))
            stay.roomCode = *code;
        else
            issues.add(c.name(ColumnId::StayRoom), cells.text(ColumnId::StayRoom), IC::UnknownRoom);
    }
    std::optional<domain::Reception> reception;
    if (!parsed.caseCode.isEmpty() && parsed.receptionDate.isValid()) {
        auto found = m_resolver->receptionOf(parsed);
        if (!found)
            return found.error();
        reception = std::move(*found);
        if (!reception)
            issues.add(c.name(ColumnId::ReceptionDate),
                       cells.text(ColumnId::ReceptionDate),
                       IC::UnknownReception);
    }
    std::optional<domain::ShelterStay> before;
    if (!stay.meta.uuid.isEmpty()) {
        if (m_seenUuids.contains(stay.meta.uuid)) {
            issues.add(c.name(ColumnId::StayUuid), stay.meta.uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(stay.meta.uuid);
            const auto id = m_resolver->stayId(stay.meta.uuid);
            if (!id)
                return id.error();
            if (*id && refuseExisting()) {
                issues.add(c.name(ColumnId::StayUuid), stay.meta.uuid, IC::UuidExists);
            } else if (*id) {
                // --update: the stored stay is overwritten, keeping its bookkeeping.
                auto stored = storage::ShelterStayRepository(m_db).get(**id);
                if (!stored)
                    return stored.error();
                before = std::move(stored).value();
                stay.meta = before->meta;
            }
        }
    } else {
        // A uuid of its own, so the file's later rows tell it from a stored stay.
        stay.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (reception && !issues.flagged.contains(c.name(ColumnId::StayRoom))) {
        stay.receptionId = reception->meta.id;
        // The shelter rules, as an admission from the board: checked in this import's
        // transaction against the stored stays and the file's earlier rows.
        const auto errors =
            ShelterService::checkStay(m_db, stay, *reception, before, m_today, m_stays);
        if (!errors)
            return errors.error();
        domain::FieldErrors rest;
        for (const domain::FieldError &e : *errors) {
            if (e.field == QLatin1String("room_code")
                && e.code == domain::ValidationCode::Inconsistent)
                issues.add(
                    c.name(ColumnId::StayRoom), cells.text(ColumnId::StayRoom), IC::RoomFull);
            else if (e.field == QLatin1String("admitted_date")
                     && e.code == domain::ValidationCode::Inconsistent)
                issues.add(c.name(ColumnId::StayAdmitted),
                           cells.text(ColumnId::StayAdmitted),
                           IC::StayOverlap);
            else if (e.field == QLatin1String("room_code"))
                issues.add(
                    c.name(ColumnId::StayRoom), cells.text(ColumnId::StayRoom), IC::UnknownRoom);
            else if (e.field == QLatin1String("reception_id"))
                issues.add(c.name(ColumnId::ReceptionDate),
                           cells.text(ColumnId::ReceptionDate),
                           IC::UnknownReception);
            else
                rest.append(e);
        }
        addValidationIssues(rest, cells, issues);
        if (issues.isEmpty())
            m_stays.append(PendingStay{reception->personId, stay});
    }
    if (!issues.isEmpty() || !reception)
        return std::optional<ValidatedCase>();
    if (m_writer && m_report.issueCount == 0) {
        storage::ShelterStayRepository stays(m_db, storage::AuditPolicy::Summary);
        auto saved = before ? stays.update(stay, m_actor) : stays.insert(stay, m_actor);
        if (!saved)
            return saved.error();
        ++(before ? m_staysUpdated : m_staysCreated);
    }
    // Written above: nothing for CaseWriter.
    return std::optional<ValidatedCase>();
}

Result<std::optional<ValidatedCase>> Importer::batchRow(const ImportRow &cells, RowIssues &issues)
{
    const domain::HandoverBatch parsed = parseBatchRow(cells, m_references, issues);
    const ImportColumns &c = m_columns;
    CaseGroup group;
    group.batches.append(parsed);
    CaseCheck check = validateCase(std::move(group), m_today, ErrorPaths::Case);
    addValidationIssues(check.errors, cells, issues);
    const QString &uuid = parsed.meta.uuid;
    if (!uuid.isEmpty()) {
        if (m_seenUuids.contains(uuid)) {
            issues.add(c.name(ColumnId::BatchUuid), uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(uuid);
            const auto stored = m_resolver->batchUuidStored(uuid);
            if (!stored)
                return stored.error();
            if (*stored && refuseExisting())
                issues.add(c.name(ColumnId::BatchUuid), uuid, IC::UuidExists);
        }
    }
    if (!issues.isEmpty())
        return std::optional<ValidatedCase>();
    return std::move(check.valid);
}

Result<void> Importer::callRow(const ImportRow &cells, RowIssues &issues)
{
    CallRow parsed = parseCallRow(cells, m_references, issues);
    domain::HotlineCall &call = parsed.call;
    const ImportColumns &c = m_columns;
    // The case it became: by case code, and the reception by its uuid.
    if (!parsed.caseCode.isEmpty()) {
        const Result<domain::Person> person =
            storage::PersonRepository(m_db).getByCaseCode(parsed.caseCode);
        if (!person && person.error().code != ErrorCode::NotFound)
            return person.error();
        if (person && !person->meta.archived)
            call.personId = person->meta.id;
        else
            issues.add(c.name(ColumnId::CaseCode), parsed.caseCode, IC::UnknownCase);
    }
    if (!parsed.receptionUuid.isEmpty()) {
        const Result<domain::Reception> reception =
            storage::ReceptionRepository(m_db).getByUuid(parsed.receptionUuid);
        if (!reception && reception.error().code != ErrorCode::NotFound)
            return reception.error();
        if (reception)
            call.receptionId = reception->meta.id;
        else
            issues.add(c.name(ColumnId::ReceptionUuid), parsed.receptionUuid, IC::UnknownReception);
    }
    const Result<domain::FieldErrors> errors = checkHotlineCall(m_db, call);
    if (!errors)
        return errors.error();
    domain::FieldErrors placed = *errors;
    for (domain::FieldError &e : placed) {
        // The links are the file's case code and reception uuid.
        if (e.field == QLatin1String("reception_id") || e.field == QLatin1String("person_id"))
            issues.add(c.name(ColumnId::ReceptionUuid), parsed.receptionUuid, IC::Inconsistent);
    }
    placed.removeIf([](const domain::FieldError &e) {
        return e.field == QLatin1String("reception_id") || e.field == QLatin1String("person_id");
    });
    addValidationIssues(placed, cells, issues);
    std::optional<domain::HotlineCall> stored;
    const QString &uuid = call.meta.uuid;
    if (!uuid.isEmpty()) {
        if (m_seenUuids.contains(uuid)) {
            issues.add(c.name(ColumnId::CallUuid), uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(uuid);
            const Result<domain::HotlineCall> found =
                storage::HotlineRepository(m_db).getByUuid(uuid);
            if (!found && found.error().code != ErrorCode::NotFound)
                return found.error();
            if (found && refuseExisting())
                issues.add(c.name(ColumnId::CallUuid), uuid, IC::UuidExists);
            else if (found)
                stored = *found;
        }
    }
    if (!issues.isEmpty() || !m_calls || m_report.issueCount > 0)
        return {};
    if (stored) {
        call.meta = stored->meta;
        if (auto updated = m_calls->update(call, m_actor); !updated)
            return updated.error();
        ++m_callsUpdated;
        return {};
    }
    if (auto created = m_calls->insert(call, m_actor); !created)
        return created.error();
    ++m_callsCreated;
    return {};
}

namespace {

/** The stored record of @a uuid in @a repository, or nothing (NotFound is no error). */
template<typename Repository, typename R>
Result<std::optional<R>> storedByUuid(const Repository &repository, const QString &uuid)
{
    if (uuid.isEmpty())
        return std::optional<R>();
    Result<R> stored = repository.getByUuid(uuid);
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound)
            return std::optional<R>();
        return stored.error();
    }
    return std::optional<R>(std::move(stored).value());
}

} // namespace

Result<void> Importer::clubRow(const ImportRow &cells, RowIssues &issues)
{
    domain::PreventionClub club = parseClubRow(cells, m_references, issues);
    addValidationIssues(domain::validatePreventionClub(club, m_today), cells, issues);
    if (!club.communeCode.isEmpty() && !issues.flagged.contains(QStringLiteral("commune"))) {
        const Result<bool> known = storage::isPreventionCommune(m_db, club.era, club.communeCode);
        if (!known)
            return known.error();
        if (!*known)
            issues.add(QStringLiteral("commune"), club.communeCode, IC::UnknownOfficialReference);
    }
    const QString name = m_columns.name(ColumnId::ClubUuid);
    storage::PreventionClubRepository clubs(m_db, domain::AuditPolicy::Summary);
    std::optional<domain::PreventionClub> stored;
    if (!club.meta.uuid.isEmpty()) {
        if (m_seenUuids.contains(club.meta.uuid)) {
            issues.add(name, club.meta.uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(club.meta.uuid);
            auto found = storedByUuid<storage::PreventionClubRepository, domain::PreventionClub>(
                clubs, club.meta.uuid);
            if (!found)
                return found.error();
            stored = *found;
            if (stored && refuseExisting())
                issues.add(name, club.meta.uuid, IC::UuidExists);
        }
    }
    if (!writing(issues))
        return {};
    const bool archived = club.meta.archived;
    const QString reason = club.meta.archiveReason.trimmed().isEmpty()
                               ? QStringLiteral("archived in the exporting database")
                               : club.meta.archiveReason;
    qint64 id = 0;
    int version = 0;
    if (stored) {
        club.meta = stored->meta;
        auto updated = clubs.update(club, m_actor);
        if (!updated)
            return updated.error();
        ++m_preventionUpdated;
        id = updated->meta.id;
        version = updated->meta.version;
    } else {
        auto created = clubs.insert(club, m_actor);
        if (!created)
            return created.error();
        ++m_preventionCreated;
        id = created->meta.id;
        version = created->meta.version;
    }
    // Archived as in the exporting database, with its reason and an audit row of its own.
    if (archived && !(stored && stored->meta.archived)) {
        if (auto r = clubs.archive(id, version, reason, m_actor); !r)
            return r.error();
    }
    return {};
}

Result<void> Importer::activityRow(const ImportRow &cells, RowIssues &issues)
{
    ActivityRow parsed = parseActivityRow(cells, m_references, issues);
    domain::PreventionActivity &activity = parsed.activity;
    // The club of a club meeting: stored (or written by an earlier clubs import of this
    // export), looked up in this transaction.
    const QString clubColumn = m_columns.name(ColumnId::ClubUuid);
    if (!parsed.clubUuid.isEmpty()) {
        auto club = storedByUuid<storage::PreventionClubRepository, domain::PreventionClub>(
            storage::PreventionClubRepository(m_db), parsed.clubUuid);
        if (!club)
            return club.error();
        if (*club)
            activity.clubId = (*club)->meta.id;
        else
            issues.add(clubColumn, parsed.clubUuid, IC::UnknownClub);
    }
    domain::FieldErrors errors = domain::validatePreventionActivity(activity, m_today);
    // A club meeting whose club_uuid was refused above is not also "required".
    errors.removeIf([&](const domain::FieldError &e) {
        return e.field == QLatin1String("club_id") && issues.flagged.contains(clubColumn);
    });
    for (domain::FieldError &e : errors) {
        if (e.field == QLatin1String("club_id"))
            e.field = QStringLiteral("club_uuid");
    }
    addValidationIssues(errors, cells, issues);
    if (!activity.communeCode.isEmpty() && !issues.flagged.contains(QStringLiteral("commune"))) {
        const Result<bool> known =
            storage::isPreventionCommune(m_db, activity.era, activity.communeCode);
        if (!known)
            return known.error();
        if (!*known)
            issues.add(
                QStringLiteral("commune"), activity.communeCode, IC::UnknownOfficialReference);
    }
    const QString name = m_columns.name(ColumnId::ActivityUuid);
    storage::PreventionActivityRepository activities(m_db, domain::AuditPolicy::Summary);
    std::optional<domain::PreventionActivity> stored;
    if (!activity.meta.uuid.isEmpty()) {
        if (m_seenUuids.contains(activity.meta.uuid)) {
            issues.add(name, activity.meta.uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(activity.meta.uuid);
            auto found =
                storedByUuid<storage::PreventionActivityRepository, domain::PreventionActivity>(
                    activities, activity.meta.uuid);
            if (!found)
                return found.error();
            stored = *found;
            if (stored && refuseExisting())
                issues.add(name, activity.meta.uuid, IC::UuidExists);
        }
    }
    if (!writing(issues))
        return {};
    if (stored) {
        activity.meta = stored->meta;
        auto updated = activities.update(activity, m_actor);
        if (!updated)
            return updated.error();
        ++m_preventionUpdated;
    } else {
        auto created = activities.insert(activity, m_actor);
        if (!created)
            return created.error();
        ++m_preventionCreated;
    }
    return {};
}

Result<std::optional<ValidatedCase>> Importer::row(const ImportRow &cells, RowIssues &issues)
{
    switch (m_columns.table) {
    case ExchangeTable::Receptions:
        return receptionRow(cells, issues);
    case ExchangeTable::Supports:
        return supportRow(cells, issues);
    case ExchangeTable::Batches:
        return batchRow(cells, issues);
    case ExchangeTable::FollowUps:
        return followUpRow(cells, issues);
    case ExchangeTable::Stays:
        return stayRow(cells, issues);
    case ExchangeTable::Attachments:
        break; // refused with its header (ImportRows.cpp)
    case ExchangeTable::Calls:
        break; // callRow(), called by the loop over the rows
    case ExchangeTable::Clubs:
        if (auto r = clubRow(cells, issues); !r)
            return r.error();
        break;
    case ExchangeTable::Activities:
        if (auto r = activityRow(cells, issues); !r)
            return r.error();
        break;
    }
    return std::optional<ValidatedCase>();
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<void> Importer::readAll(const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    qint64 done = 0;
    const auto onHeader = [&](qint64 row, const QStringList &fields) {
        RowIssues issues{row, {}, {}};
        const auto columns = readImportHeader(fields, issues, &m_report.table);
        addIssues(issues);
        if (columns)
            m_columns = *columns;
        return columns;
    };
    auto result =
        m_source->forEachRow(onHeader, [&](qint64 row, const QStringList &fields) -> Result<void> {
            if (isBlank(fields))
                return {};
            ++m_report.rows;
            if (++done % kProgressEvery == 0) {
                if (cancel && cancel->load())
                    return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
                if (progress)
                    progress(done, m_dataRows);
            }
            if (fields.size() != m_columns.size) {
                bool extraEmpty =
                    fields.size() > m_columns.size
                    || (fields.size() < m_columns.size && m_source->shortRowsComplete());
                for (qsizetype i = m_columns.size; i < fields.size(); ++i)
                    extraEmpty = extraEmpty && fields[i].isEmpty();
                if (!extraEmpty) {
                    addIssue(row, {}, QString::number(fields.size()), IC::WrongCellCount);
                    return {};
                }
            }
            RowIssues issues{row, {}, {}};
            if (m_columns.table == ExchangeTable::Calls) {
                const Result<void> called = callRow(ImportRow(m_columns, fields), issues);
                addIssues(issues);
                return called;
            }
            const auto checked = this->row(ImportRow(m_columns, fields), issues);
            addIssues(issues);
            if (!checked)
                return checked.error();
            if (m_writer && m_report.issueCount == 0 && *checked)
                return write(**checked);
            return {};
        });
    if (!result)
        return result;
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
    return {};
}

Result<void> Importer::write(const ValidatedCase &row)
{
    if (m_references.added.size() > m_referencesWritten) {
        if (auto added =
                m_resolver->addReferences(m_references.added.mid(m_referencesWritten), m_actor);
            !added)
            return added;
        m_referencesWritten = m_references.added.size();
    }
    if (auto stored = m_writer->write(row); !stored)
        return stored.error();
    return {};
}

Result<void> Importer::finishWriting(const QString &path)
{
    if (auto finished = m_writer->finish(); !finished)
        return finished;
    const WriteCounts &counts = m_writer->counts();
    switch (m_columns.table) {
    case ExchangeTable::Receptions:
        m_report.created = counts.receptionsCreated;
        m_report.updated = counts.receptionsUpdated;
        break;
    case ExchangeTable::Supports:
        m_report.created = counts.supportsCreated;
        m_report.updated = counts.supportsUpdated;
        break;
    case ExchangeTable::Batches:
        m_report.created = counts.batchesCreated;
        m_report.updated = counts.batchesUpdated;
        break;
    case ExchangeTable::FollowUps:
        m_report.created = counts.followUpsCreated;
        m_report.updated = counts.followUpsUpdated;
        break;
    case ExchangeTable::Stays:
        m_report.created = m_staysCreated;
        m_report.updated = m_staysUpdated;
        break;
    case ExchangeTable::Attachments:
        break; // refused with its header (ImportRows.cpp)
    case ExchangeTable::Calls:
        m_report.created = m_callsCreated;
        m_report.updated = m_callsUpdated;
        break;
    case ExchangeTable::Clubs:
    case ExchangeTable::Activities:
        m_report.created = m_preventionCreated;
        m_report.updated = m_preventionUpdated;
        break;
    }
    m_report.personsCreated = counts.personsCreated;
    m_report.personsUpdated = counts.personsUpdated;

    QJsonArray added;
    for (const AddedReference &ref : m_report.addedReferences)
        added.append(
            QJsonObject{{QStringLiteral("list"), ref.list}, {QStringLiteral("code"), ref.code}});
    const QJsonObject details{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("table"), exchange::toCode(m_columns.table)},
        {QStringLiteral("rows"), m_report.rows},
        {QStringLiteral("created"), m_report.created},
        {QStringLiteral("updated"), m_report.updated},
        {QStringLiteral("persons_created"), m_report.personsCreated},
        {QStringLiteral("persons_updated"), m_report.personsUpdated},
        {QStringLiteral("added_references"), added},
    };
    return appendAuditRow(m_db, m_actor, QStringLiteral("import"), details);
}

Result<void>
Importer::run(const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    m_source = makeImportSource(path, m_options);
    const bool scanned = m_source->scan([this](const ImportIssue &issue) { addIssue(issue); });
    m_report.sheet = m_source->sheet();
    if (!scanned)
        return {};
    m_dataRows = m_source->dataRows();
    // A real import checks and writes in one BEGIN IMMEDIATE transaction: the checks
    // against the database (case codes, uuids, reference codes, batches) stay true until the
    // commit, so two imports of one file at once cannot both pass them (docs/csv-format.md,
    // docs/architecture.md "Writes"). A refused file rolls back and writes nothing; a dry run
    // stays read-only.
    std::optional<storage::Transaction> transaction;
    if (m_options.run == ImportRun::Write) {
        // Damage inside the file shows only where a page is read: read them all before
        // writing, so that records are never added to a damaged file (DatabaseHealth.h).
        if (auto healthy = storage::health::quickCheck(m_db); !healthy)
            return healthy;
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return transaction->error();
        // Without --update every record is new once its checks passed: the writer appends.
        m_writer = std::make_unique<CaseWriter>(
            m_db,
            m_actor,
            WriterOptions{refuseExisting() ? WriteMode::Append : WriteMode::Upsert,
                          domain::AuditPolicy::Summary});
        m_calls = std::make_unique<storage::HotlineRepository>(m_db, domain::AuditPolicy::Summary);
    }
    m_resolver = std::make_unique<ImportResolver>(m_db);
    auto references = m_resolver->loadReferences(m_options.missingReferences);
    if (!references)
        return references.error();
    m_references = std::move(references).value();
    auto result = readAll(progress, cancel);
    m_report.addedReferences = m_references.added;
    if (!result)
        return result;
    if (m_report.issueCount > 0 || m_options.run == ImportRun::DryRun)
        return {};
    result = finishWriting(path);
    if (result)
        result = transaction->commit();
    m_report.written = bool(result);
    if (!result) {
        m_report.created = m_report.updated = 0;
        m_report.personsCreated = m_report.personsUpdated = 0;
    } else if (progress) {
        progress(m_report.rows, m_dataRows);
    }
    return result;
}

} // namespace

ImportService::ImportService(storage::Database &db)
    : m_db(db)
{}

bool ImportService::isWorkbook(const QString &filePath)
{
    return isWorkbookFile(filePath);
}

Result<QStringList> ImportService::sheetNames(const QString &filePath)
{
    if (!isWorkbookFile(filePath))
        return QStringList();
    exchange::XlsxReader reader;
    if (!reader.open(filePath))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("import: workbook not readable (%1)")
                             .arg(exchange::toCode(reader.error().code)));
    return reader.sheetNames();
}

Result<ImportReport> ImportService::importFile(const QString &filePath,
                                               const ImportOptions &options,
                                               const domain::Actor &actor,
                                               const ProgressCallback &progress,
                                               const std::atomic_bool *cancel)
{
    if (auto r = require(m_db, actor, Permission::ImportRecords); !r)
        return r.error();
    ImportReport report;
    Importer importer(m_db, options, actor, report);
    if (auto done = importer.run(filePath, progress, cancel); !done)
        return done.error();
    return report;
}

} // namespace sr::services
