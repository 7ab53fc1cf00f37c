#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::exchange {

/** The tables that can be exported and imported (docs/csv-format.md). */
enum class ExchangeTable { Receptions, Supports, Batches };

/** De-identified (the default, for the Department of Labour) or full (authorised roles). */
enum class ExportMode { DeIdentified, Full };

/** "receptions", "supports", "batches". */
QString toCode(ExchangeTable table);
std::optional<ExchangeTable> exchangeTableFromCode(QStringView code);

/** Every column of every table. Names are in ColumnDef::name. */
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
    QString supportType; ///< for SupportTypeTimes / SupportTypeAmount

    bool inMode(ExportMode mode) const;
};

/**
 * All columns of @a table in file order. The receptions table has two columns per support
 * type, in the order of @a supportTypeCodes: support_<code>_times, support_<code>_amount.
 */
QList<ColumnDef> allColumns(ExchangeTable table, const QStringList &supportTypeCodes = {});

/** The columns written in @a mode. */
QList<ColumnDef>
exportColumns(ExchangeTable table, ExportMode mode, const QStringList &supportTypeCodes = {});

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
QString labelVi(domain::AgeBand value);
QString labelVi(domain::Route value);
QString labelVi(domain::IdentificationStatus value);
QString labelVi(domain::CaseStatus value);
QString labelVi(domain::CaseOutcome value);
QString labelVi(domain::SupportStatus value);

} // namespace sr::exchange
