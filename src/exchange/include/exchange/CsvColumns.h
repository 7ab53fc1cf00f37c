#pragma once

#include "domain/Enums.h"
#include "domain/Prevention.h"
#include "domain/RecordType.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::exchange {

/**
 * The tables that can be exported and imported (docs/csv-format.md). Attachments is a list
 * written by the full export only and never imported: it describes the stored files (name,
 * type, size, SHA-256) without their bytes, which travel in backups and server migrations.
 */
enum class ExchangeTable {
    Receptions,
    Supports,
    Batches,
    Attachments,
    FollowUps,
    Stays,      ///< shelter stays (docs/csv-format.md "stays")
    Calls,      ///< the hotline's call log (docs/csv-format.md "calls")
    Clubs,      ///< prevention clubs (docs/centre-work.md, "## Prevention")
    Activities, ///< prevention activities; a club meeting names its club by club_uuid
};

/**
 * Every exchange table, in the order a full export is imported (a table's rows name records of
 * the tables before it: a reception its batch, a support or follow-up its reception). The one
 * list the export dialog, the import wizard, the CLI's usage and the round-trip test
 * (tests/services/ExchangeRoundTripTest.cpp) walk: a new table is added here, and to the
 * switches the compiler then points at.
 */
const QList<ExchangeTable> &exchangeTables();

/** De-identified (the default, for the Department of Labour) or full (authorised roles). */
enum class ExportMode { DeIdentified, Full };

/**
 * "receptions", "supports", "batches", "attachments", "follow_ups", "stays", "calls", "clubs",
 * "activities".
 */
QString toCode(ExchangeTable table);
std::optional<ExchangeTable> exchangeTableFromCode(QStringView code);

/**
 * The columns the export and the import treat by name (uuids, pseudonym, labels, references
 * resolved against lists…). Names, order and modes come from the record-type descriptors
 * (domain/RecordTypes.h); a descriptor column no code names here is Field (its label
 * FieldLabel), written and read through its descriptor.
 */
enum class ColumnId {
    // person
    CaseCode,
    Pseudonym,
    PersonUuid,
    FullName,
    OtherNames,
    Sex,
    SexLabel,
    BirthDate,
    EstimatedAgeYears,
    EstimatedAgeAsOf,
    AgeBand,
    AgeBandLabel,
    Nationality,
    NationalityLabel,
    Ethnicity,
    EthnicityLabel,
    DocumentType,
    DocumentNumber,
    ResidenceEra,
    ResidenceProvince,
    ResidenceProvinceLabel,
    ResidenceCommune,
    ResidenceCommuneText,
    AddressLine,
    Phone,
    FamilyContact,
    ConsentServices,
    ConsentSharing,
    ConsentStatistics,
    PersonNotes,
    // reception
    ReceptionUuid,
    ReceptionDate,
    Agency,
    AgencyLabel,
    BatchUuid,
    Country,
    CountryLabel,
    Route,
    RouteLabel,
    Exploitation,
    IdentificationStatus,
    IdentificationStatusLabel,
    IdentificationAgency,
    IdentificationDate,
    IdentificationBasis,
    CaseStatus,
    CaseStatusLabel,
    Outcome,
    OutcomeLabel,
    ClosedDate,
    ReceptionNotes,
    SupportTypeTimes,  ///< receptions: supports of one type provided (per support type)
    SupportTypeAmount, ///< receptions: their total amount in đồng (per support type)
    // support
    SupportUuid,
    SupportType,
    SupportTypeLabel,
    SupportDate,
    ProviderAgency,
    ProviderAgencyLabel,
    AmountVnd,
    Quantity,
    SupportStatus,
    SupportStatusLabel,
    SupportNotes,
    // handover batch
    BatchDate,
    BorderGate,
    BorderGateLabel,
    ForeignAgency,
    ReceivingAgency,
    ReceivingAgencyLabel,
    PersonsTotal,
    PersonsMale,
    PersonsFemale,
    PersonsChildren,
    Classified,
    PersonsVerified,
    CasesIdentified,
    VictimsIdentified,
    BatchNotes,
    // attachment (the list of the full export; docs/csv-format.md "attachments")
    AttachmentUuid,
    AttachmentRecordKind, ///< person, reception, support or follow_up
    AttachmentRecordUuid, ///< the uuid of the record it belongs to
    AttachmentType,
    AttachmentTypeLabel,
    AttachmentSha256,
    CreatedAt,
    CreatedBy,
    Archived,      ///< 1 when the record is archived (attachments, clubs)
    ArchiveReason, ///< why it was archived (clubs: their meetings travel, so they do too)
    // follow-up (the rest of its columns are Field, written and read through the descriptor)
    FollowUpUuid,
    FollowUpDate,
    // hotline call (docs/csv-format.md "calls")
    CallUuid,
    // prevention clubs and activities (docs/csv-format.md "clubs", "activities")
    ClubUuid, ///< a club's uuid; in the activities table, the club of a club meeting
    ActivityUuid,
    // shelter stay (the rest of its columns are Field, read and written through the descriptor)
    StayUuid,
    StayRoom,     ///< the room's code, resolved against the shelter_room list on import
    StayAdmitted, ///< tells a stays file by its header
    // any other descriptor column
    Field,
    FieldLabel,
};

/** In which export mode a column appears. */
enum class ColumnModes { Both, FullOnly, DeIdentifiedOnly };

/**
 * What the import does with a column: Data is read; Label (a Vietnamese label next to a
 * code, for people) and Derived (computed from other data) are accepted and ignored.
 */
enum class ColumnRole { Data, Label, Derived };

struct ColumnDef
{
    ColumnId id;
    QString name;
    ColumnModes modes = ColumnModes::Both;
    ColumnRole role = ColumnRole::Data;
    QString supportType{}; ///< for SupportTypeTimes / SupportTypeAmount
    /**
     * The descriptor column whose value (or label) the cells hold; nullptr for the columns of
     * the exchange alone (uuids, pseudonym, per-type support totals).
     */
    const domain::RecordTypeInfo *record = nullptr;
    qsizetype field = -1; ///< index in record->columnInfos

    bool inMode(ExportMode mode) const;
    /** The descriptor column, nullptr when there is none. */
    const domain::ColumnInfo *column() const
    {
        return record ? &record->columnInfos.at(field) : nullptr;
    }
};

/**
 * All columns of @a table in file order, derived from the descriptors of the records the table
 * carries (CsvColumns.cpp says which, in which order). The receptions table has two columns per
 * support type, in the order of @a supportTypeCodes: support_<code>_times, support_<code>_amount.
 */
QList<ColumnDef> allColumns(ExchangeTable table, const QStringList &supportTypeCodes = {});

/** The columns written in @a mode. */
QList<ColumnDef>
exportColumns(ExchangeTable table, ExportMode mode, const QStringList &supportTypeCodes = {});

/** The name of column @a id in @a table, empty when the table has no such column. */
QString columnName(ExchangeTable table, ColumnId id);

/** Whether @a table can be imported (the attachments list cannot: it holds no bytes). */
bool isImportable(ExchangeTable table);

/** Whether @a table exists in the de-identified export (not the attachments list). */
bool hasDeIdentifiedExport(ExchangeTable table);

/** Whether @a name is a per-support-type total of the receptions table (allColumns()). */
bool isSupportTotalColumn(const QString &name);

/** Column names of a list of columns. */
QStringList columnNames(const QList<ColumnDef> &columns);

/**
 * The migration template: the importable receptions columns (no uuids, labels or derived
 * columns) and one example row. docs/csv-format.md documents it.
 */
QList<ColumnDef> templateColumns();
QStringList templateExampleRow();

/** Vietnamese labels written next to codes (the file is for people in Vietnam). */
QString labelVi(domain::Sex value);
QString labelVi(domain::PreventionKind value);
QString labelVi(domain::AgeBand value);
QString labelVi(domain::Route value);
QString labelVi(domain::IdentificationStatus value);
QString labelVi(domain::CaseStatus value);
QString labelVi(domain::CaseOutcome value);
QString labelVi(domain::SupportStatus value);
QString labelVi(domain::FollowUpKind value);
QString labelVi(domain::ReintegrationStatus value);
/** The Vietnamese label of a shelter leaving reason (domain::leavingReasonCodes()). */
QString labelViOfLeavingReason(const QString &code);
/**
 * The Vietnamese label of @a code of the enumeration whose codes @a codes lists (a descriptor's
 * ColumnInfo::codes); empty when the enumeration has no labels.
 */
QString labelViOfCode(QStringList (*codes)(), const QString &code);

/**
 * The cell of descriptor column @a c (ColumnId::Field, FieldLabel) for @a record: its stored value
 * as text (codes, ISO dates, numbers, 0/1, empty when null), or the Vietnamese label of its code.
 */
template<typename R>
QString fieldCell(const domain::RecordType<R> &type, const ColumnDef &c, const R &record)
{
    Q_ASSERT(c.record == &type);
    const domain::Column<R> &column = type.columns().at(c.field);
    const QVariant stored = column.get ? column.get(record) : QVariant();
    const QString value = stored.isNull() ? QString() : stored.toString();
    return c.role == ColumnRole::Label ? labelViOfCode(column.codes, value) : value;
}

} // namespace sr::exchange
