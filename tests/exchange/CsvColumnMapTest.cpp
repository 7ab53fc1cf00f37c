// The CSV column maps are derived from the record-type descriptors (exchange/CsvColumns.cpp):
// these tests hold the files' headers written out literally, so that a change to a descriptor
// that changes a file shows here (docs/csv-format.md documents the files).

#include "domain/RecordTypes.h"
#include "exchange/CsvColumns.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace sr::exchange;
using sr::domain::ColumnInfo;
using sr::domain::Disclosure;
using sr::domain::RecordTypeInfo;

namespace {

constexpr ColumnModes B = ColumnModes::Both;
constexpr ColumnModes F = ColumnModes::FullOnly;
constexpr ColumnModes D = ColumnModes::DeIdentifiedOnly;
constexpr ColumnRole Data = ColumnRole::Data;
constexpr ColumnRole Label = ColumnRole::Label;
constexpr ColumnRole Derived = ColumnRole::Derived;

const QStringList kSupportTypes{QStringLiteral("medical"), QStringLiteral("cash")};

struct Header
{
    ExchangeTable table;
    ExportMode mode;
    const char *columns;
};

// The header rows as the export writes them, with two active support types.
const Header kHeaders[] = {
    {ExchangeTable::Receptions,
     ExportMode::Full,
     "case_code,person_uuid,full_name,other_names,sex,sex_label,birth_date,"
     "estimated_age_years,estimated_age_as_of,age_band,age_band_label,nationality,"
     "nationality_label,ethnicity,ethnicity_label,document_type,document_number,"
     "residence_era,residence_province,residence_province_label,residence_commune,"
     "residence_commune_text,address_line,phone,family_contact,consent_services,"
     "consent_sharing,consent_statistics,person_notes,reception_uuid,reception_date,"
     "agency,agency_label,batch_uuid,country,country_label,route,route_label,"
     "exploitation,identification_status,identification_status_label,"
     "identification_agency,identification_date,identification_basis,case_status,"
     "case_status_label,outcome,outcome_label,closed_date,reception_notes,"
     "support_medical_times,support_medical_amount,support_cash_times,"
     "support_cash_amount"},
    {ExchangeTable::Receptions,
     ExportMode::DeIdentified,
     "pseudonym,sex,sex_label,age_band,age_band_label,nationality,nationality_label,"
     "ethnicity,ethnicity_label,document_type,residence_era,residence_province,"
     "residence_province_label,consent_services,consent_sharing,consent_statistics,"
     "reception_date,agency,agency_label,country,country_label,route,route_label,"
     "exploitation,identification_status,identification_status_label,"
     "identification_agency,identification_date,case_status,case_status_label,outcome,"
     "outcome_label,closed_date,support_medical_times,support_medical_amount,"
     "support_cash_times,support_cash_amount"},
    {ExchangeTable::Supports,
     ExportMode::Full,
     "case_code,reception_uuid,reception_date,support_uuid,type,type_label,"
     "support_date,provider_agency,provider_agency_label,amount_vnd,quantity,status,"
     "status_label,notes"},
    {ExchangeTable::Supports,
     ExportMode::DeIdentified,
     "pseudonym,reception_date,type,type_label,support_date,provider_agency,"
     "provider_agency_label,amount_vnd,quantity,status,status_label"},
    {ExchangeTable::Batches,
     ExportMode::Full,
     "batch_uuid,batch_date,border_gate,border_gate_label,foreign_agency,"
     "receiving_agency,receiving_agency_label,persons_total,persons_male,"
     "persons_female,persons_children,classified,persons_verified,cases_identified,"
     "victims_identified,notes"},
    {ExchangeTable::Batches,
     ExportMode::DeIdentified,
     "batch_date,border_gate,border_gate_label,foreign_agency,receiving_agency,"
     "receiving_agency_label,persons_total,persons_male,persons_female,"
     "persons_children,classified,persons_verified,cases_identified,victims_identified"},
    // A follow-up names its reception as a support does; its notes are the full export's.
    {ExchangeTable::FollowUps,
     ExportMode::Full,
     "case_code,reception_uuid,reception_date,follow_up_uuid,follow_up_date,kind,kind_label,"
     "health,health_label,housing,housing_label,work,work_label,schooling,schooling_label,"
     "notes"},
    {ExchangeTable::FollowUps,
     ExportMode::DeIdentified,
     "pseudonym,reception_date,follow_up_date,kind,kind_label,health,health_label,housing,"
     "housing_label,work,work_label,schooling,schooling_label"},
    // A stay names its reception as a follow-up does; the room by its code; notes are personal.
    {ExchangeTable::Stays,
     ExportMode::Full,
     "case_code,reception_uuid,reception_date,stay_uuid,room,admitted_date,left_date,"
     "leaving_reason,leaving_reason_label,supports_through,notes"},
    {ExchangeTable::Stays,
     ExportMode::DeIdentified,
     "pseudonym,reception_date,room,admitted_date,left_date,leaving_reason,"
     "leaving_reason_label,supports_through"},
    // The attachments list: the full export only, and never the bytes.
    {ExchangeTable::Attachments,
     ExportMode::Full,
     "case_code,attachment_uuid,record_kind,record_uuid,document_type,document_type_label,"
     "document_date,note,file_name,media_type,size_bytes,sha256,converted_from,created_at,"
     "created_by,archived"},
    {ExchangeTable::Attachments, ExportMode::DeIdentified, ""},
    // The hotline's calls: who called and what was said in the full export only.
    {ExchangeTable::Calls,
     ExportMode::Full,
     "call_uuid,case_code,reception_uuid,call_date,call_time,duration_minutes,line,caller_type,"
     "caller_type_label,caller_name,caller_phone,reason,reason_label,sex,age_band,province,"
     "urgency,urgency_label,actions,notes"},
    {ExchangeTable::Calls,
     ExportMode::DeIdentified,
     "pseudonym,call_date,call_time,duration_minutes,line,caller_type,caller_type_label,reason,"
     "reason_label,sex,age_band,province,urgency,urgency_label,actions"},
    // Prevention clubs and activities (docs/csv-format.md): free text and uuids full only;
    // archived clubs travel marked (their meetings name them).
    {ExchangeTable::Clubs,
     ExportMode::Full,
     "club_uuid,name,era,commune,founded_date,members,notes,archived,archive_reason"},
    {ExchangeTable::Clubs,
     ExportMode::DeIdentified,
     "name,era,commune,founded_date,members,archived"},
    {ExchangeTable::Activities,
     ExportMode::Full,
     "activity_uuid,kind,kind_label,club_uuid,start_date,end_date,era,commune,quantity,"
     "participants_total,participants_women,participants_minorities,target_groups,organiser,"
     "partner,notes"},
    {ExchangeTable::Activities,
     ExportMode::DeIdentified,
     "kind,kind_label,start_date,end_date,era,commune,quantity,participants_total,"
     "participants_women,participants_minorities,target_groups"},
};

struct Expected
{
    ExchangeTable table;
    ColumnId id;
    const char16_t *name;
    ColumnModes modes;
    ColumnRole role;
};

// Every column of every table (no support types) as the export and the import know it.
const Expected kColumns[] = {
    {ExchangeTable::Receptions, ColumnId::CaseCode, u"case_code", F, Data},
    {ExchangeTable::Receptions, ColumnId::Pseudonym, u"pseudonym", D, Data},
    {ExchangeTable::Receptions, ColumnId::PersonUuid, u"person_uuid", F, Data},
    {ExchangeTable::Receptions, ColumnId::FullName, u"full_name", F, Data},
    {ExchangeTable::Receptions, ColumnId::OtherNames, u"other_names", F, Data},
    {ExchangeTable::Receptions, ColumnId::Sex, u"sex", B, Data},
    {ExchangeTable::Receptions, ColumnId::SexLabel, u"sex_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::BirthDate, u"birth_date", F, Data},
    {ExchangeTable::Receptions, ColumnId::EstimatedAgeYears, u"estimated_age_years", F, Data},
    {ExchangeTable::Receptions, ColumnId::EstimatedAgeAsOf, u"estimated_age_as_of", F, Data},
    {ExchangeTable::Receptions, ColumnId::AgeBand, u"age_band", B, Derived},
    {ExchangeTable::Receptions, ColumnId::AgeBandLabel, u"age_band_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::Nationality, u"nationality", B, Data},
    {ExchangeTable::Receptions, ColumnId::NationalityLabel, u"nationality_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::Ethnicity, u"ethnicity", B, Data},
    {ExchangeTable::Receptions, ColumnId::EthnicityLabel, u"ethnicity_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::DocumentType, u"document_type", B, Data},
    {ExchangeTable::Receptions, ColumnId::DocumentNumber, u"document_number", F, Data},
    {ExchangeTable::Receptions, ColumnId::ResidenceEra, u"residence_era", B, Data},
    {ExchangeTable::Receptions, ColumnId::ResidenceProvince, u"residence_province", B, Data},
    {ExchangeTable::Receptions,
     ColumnId::ResidenceProvinceLabel,
     u"residence_province_label",
     B,
     Label},
    {ExchangeTable::Receptions, ColumnId::ResidenceCommune, u"residence_commune", F, Data},
    {ExchangeTable::Receptions, ColumnId::ResidenceCommuneText, u"residence_commune_text", F, Data},
    {ExchangeTable::Receptions, ColumnId::AddressLine, u"address_line", F, Data},
    {ExchangeTable::Receptions, ColumnId::Phone, u"phone", F, Data},
    {ExchangeTable::Receptions, ColumnId::FamilyContact, u"family_contact", F, Data},
    {ExchangeTable::Receptions, ColumnId::ConsentServices, u"consent_services", B, Data},
    {ExchangeTable::Receptions, ColumnId::ConsentSharing, u"consent_sharing", B, Data},
    {ExchangeTable::Receptions, ColumnId::ConsentStatistics, u"consent_statistics", B, Data},
    {ExchangeTable::Receptions, ColumnId::PersonNotes, u"person_notes", F, Data},
    {ExchangeTable::Receptions, ColumnId::ReceptionUuid, u"reception_uuid", F, Data},
    {ExchangeTable::Receptions, ColumnId::ReceptionDate, u"reception_date", B, Data},
    {ExchangeTable::Receptions, ColumnId::Agency, u"agency", B, Data},
    {ExchangeTable::Receptions, ColumnId::AgencyLabel, u"agency_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::BatchUuid, u"batch_uuid", F, Data},
    {ExchangeTable::Receptions, ColumnId::Country, u"country", B, Data},
    {ExchangeTable::Receptions, ColumnId::CountryLabel, u"country_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::Route, u"route", B, Data},
    {ExchangeTable::Receptions, ColumnId::RouteLabel, u"route_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::Exploitation, u"exploitation", B, Data},
    {ExchangeTable::Receptions, ColumnId::IdentificationStatus, u"identification_status", B, Data},
    {ExchangeTable::Receptions,
     ColumnId::IdentificationStatusLabel,
     u"identification_status_label",
     B,
     Label},
    {ExchangeTable::Receptions, ColumnId::IdentificationAgency, u"identification_agency", B, Data},
    {ExchangeTable::Receptions, ColumnId::IdentificationDate, u"identification_date", B, Data},
    {ExchangeTable::Receptions, ColumnId::IdentificationBasis, u"identification_basis", F, Data},
    {ExchangeTable::Receptions, ColumnId::CaseStatus, u"case_status", B, Data},
    {ExchangeTable::Receptions, ColumnId::CaseStatusLabel, u"case_status_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::Outcome, u"outcome", B, Data},
    {ExchangeTable::Receptions, ColumnId::OutcomeLabel, u"outcome_label", B, Label},
    {ExchangeTable::Receptions, ColumnId::ClosedDate, u"closed_date", B, Data},
    {ExchangeTable::Receptions, ColumnId::ReceptionNotes, u"reception_notes", F, Data},
    {ExchangeTable::Supports, ColumnId::CaseCode, u"case_code", F, Data},
    {ExchangeTable::Supports, ColumnId::Pseudonym, u"pseudonym", D, Data},
    {ExchangeTable::Supports, ColumnId::ReceptionUuid, u"reception_uuid", F, Data},
    {ExchangeTable::Supports, ColumnId::ReceptionDate, u"reception_date", B, Data},
    {ExchangeTable::Supports, ColumnId::SupportUuid, u"support_uuid", F, Data},
    {ExchangeTable::Supports, ColumnId::SupportType, u"type", B, Data},
    {ExchangeTable::Supports, ColumnId::SupportTypeLabel, u"type_label", B, Label},
    {ExchangeTable::Supports, ColumnId::SupportDate, u"support_date", B, Data},
    {ExchangeTable::Supports, ColumnId::ProviderAgency, u"provider_agency", B, Data},
    {ExchangeTable::Supports, ColumnId::ProviderAgencyLabel, u"provider_agency_label", B, Label},
    {ExchangeTable::Supports, ColumnId::AmountVnd, u"amount_vnd", B, Data},
    {ExchangeTable::Supports, ColumnId::Quantity, u"quantity", B, Data},
    {ExchangeTable::Supports, ColumnId::SupportStatus, u"status", B, Data},
    {ExchangeTable::Supports, ColumnId::SupportStatusLabel, u"status_label", B, Label},
    {ExchangeTable::Supports, ColumnId::SupportNotes, u"notes", F, Data},
    {ExchangeTable::Batches, ColumnId::BatchUuid, u"batch_uuid", F, Data},
    {ExchangeTable::Batches, ColumnId::BatchDate, u"batch_date", B, Data},
    {ExchangeTable::Batches, ColumnId::BorderGate, u"border_gate", B, Data},
    {ExchangeTable::Batches, ColumnId::BorderGateLabel, u"border_gate_label", B, Label},
    {ExchangeTable::Batches, ColumnId::ForeignAgency, u"foreign_agency", B, Data},
    {ExchangeTable::Batches, ColumnId::ReceivingAgency, u"receiving_agency", B, Data},
    {ExchangeTable::Batches, ColumnId::ReceivingAgencyLabel, u"receiving_agency_label", B, Label},
    {ExchangeTable::Batches, ColumnId::PersonsTotal, u"persons_total", B, Data},
    {ExchangeTable::Batches, ColumnId::PersonsMale, u"persons_male", B, Data},
    {ExchangeTable::Batches, ColumnId::PersonsFemale, u"persons_female", B, Data},
    {ExchangeTable::Batches, ColumnId::PersonsChildren, u"persons_children", B, Data},
    {ExchangeTable::Batches, ColumnId::Classified, u"classified", B, Data},
    {ExchangeTable::Batches, ColumnId::PersonsVerified, u"persons_verified", B, Data},
    {ExchangeTable::Batches, ColumnId::CasesIdentified, u"cases_identified", B, Data},
    {ExchangeTable::Batches, ColumnId::VictimsIdentified, u"victims_identified", B, Data},
    {ExchangeTable::Batches, ColumnId::BatchNotes, u"notes", F, Data},
    {ExchangeTable::FollowUps, ColumnId::CaseCode, u"case_code", F, Data},
    {ExchangeTable::FollowUps, ColumnId::Pseudonym, u"pseudonym", D, Data},
    {ExchangeTable::FollowUps, ColumnId::ReceptionUuid, u"reception_uuid", F, Data},
    {ExchangeTable::FollowUps, ColumnId::ReceptionDate, u"reception_date", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FollowUpUuid, u"follow_up_uuid", F, Data},
    {ExchangeTable::FollowUps, ColumnId::FollowUpDate, u"follow_up_date", B, Data},
    {ExchangeTable::FollowUps, ColumnId::Field, u"kind", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FieldLabel, u"kind_label", B, Label},
    {ExchangeTable::FollowUps, ColumnId::Field, u"health", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FieldLabel, u"health_label", B, Label},
    {ExchangeTable::FollowUps, ColumnId::Field, u"housing", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FieldLabel, u"housing_label", B, Label},
    {ExchangeTable::FollowUps, ColumnId::Field, u"work", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FieldLabel, u"work_label", B, Label},
    {ExchangeTable::FollowUps, ColumnId::Field, u"schooling", B, Data},
    {ExchangeTable::FollowUps, ColumnId::FieldLabel, u"schooling_label", B, Label},
    {ExchangeTable::FollowUps, ColumnId::Field, u"notes", F, Data},
    {ExchangeTable::Stays, ColumnId::CaseCode, u"case_code", F, Data},
    {ExchangeTable::Stays, ColumnId::Pseudonym, u"pseudonym", D, Data},
    {ExchangeTable::Stays, ColumnId::ReceptionUuid, u"reception_uuid", F, Data},
    {ExchangeTable::Stays, ColumnId::ReceptionDate, u"reception_date", B, Data},
    {ExchangeTable::Stays, ColumnId::StayUuid, u"stay_uuid", F, Data},
    {ExchangeTable::Stays, ColumnId::StayRoom, u"room", B, Data},
    {ExchangeTable::Stays, ColumnId::StayAdmitted, u"admitted_date", B, Data},
    {ExchangeTable::Stays, ColumnId::Field, u"left_date", B, Data},
    {ExchangeTable::Stays, ColumnId::Field, u"leaving_reason", B, Data},
    {ExchangeTable::Stays, ColumnId::FieldLabel, u"leaving_reason_label", B, Label},
    {ExchangeTable::Stays, ColumnId::Field, u"supports_through", B, Data},
    {ExchangeTable::Stays, ColumnId::Field, u"notes", F, Data},
};

QString joined(const QList<ColumnDef> &columns)
{
    return columnNames(columns).join(QLatin1Char(','));
}

} // namespace

TEST(CsvColumnMapTest, DerivedHeadersAreTheFilesHeaders)
{
    for (const Header &h : kHeaders) {
        EXPECT_EQ(joined(exportColumns(h.table, h.mode, kSupportTypes)).toStdString(),
                  std::string(h.columns))
            << toCode(h.table).toStdString() << (h.mode == ExportMode::Full ? " full" : " de-id");
    }
}

TEST(CsvColumnMapTest, DerivedTemplateHeaderIsTheTemplatesHeader)
{
    EXPECT_EQ(
        joined(templateColumns()).toStdString(),
        std::string("case_code,full_name,other_names,sex,birth_date,estimated_age_years,"
                    "estimated_age_as_of,nationality,ethnicity,document_type,document_number,"
                    "residence_era,residence_province,residence_commune,residence_commune_text,"
                    "address_line,phone,family_contact,consent_services,consent_sharing,"
                    "consent_statistics,person_notes,reception_date,agency,country,route,"
                    "exploitation,identification_status,identification_agency,identification_date,"
                    "identification_basis,case_status,outcome,closed_date,reception_notes"));
    EXPECT_EQ(templateExampleRow().size(), templateColumns().size());
}

TEST(CsvColumnMapTest, TheAttachmentsListIsFullOnlyAndNotImportable)
{
    EXPECT_EQ(exchangeTableFromCode(u"attachments"), ExchangeTable::Attachments);
    EXPECT_EQ(toCode(ExchangeTable::Attachments), QStringLiteral("attachments"));
    EXPECT_FALSE(isImportable(ExchangeTable::Attachments));
    EXPECT_FALSE(hasDeIdentifiedExport(ExchangeTable::Attachments));
    for (const ExchangeTable table : {ExchangeTable::Receptions,
                                      ExchangeTable::Supports,
                                      ExchangeTable::Batches,
                                      ExchangeTable::FollowUps,
                                      ExchangeTable::Stays,
                                      ExchangeTable::Clubs,
                                      ExchangeTable::Activities}) {
        EXPECT_TRUE(isImportable(table));
        EXPECT_TRUE(hasDeIdentifiedExport(table));
    }
    for (const ColumnDef &c : allColumns(ExchangeTable::Attachments))
        EXPECT_EQ(c.modes, F) << c.name.toStdString();
    EXPECT_EQ(columnName(ExchangeTable::Attachments, ColumnId::AttachmentSha256),
              QStringLiteral("sha256"));
    EXPECT_EQ(columnName(ExchangeTable::Attachments, ColumnId::AttachmentTypeLabel),
              QStringLiteral("document_type_label"));
}

TEST(CsvColumnMapTest, ColumnsKeepTheirIdsModesAndRoles)
{
    for (const ExchangeTable table : {ExchangeTable::Receptions,
                                      ExchangeTable::Supports,
                                      ExchangeTable::Batches,
                                      ExchangeTable::FollowUps,
                                      ExchangeTable::Stays}) {
        QList<const Expected *> expected;
        for (const Expected &e : kColumns) {
            if (e.table == table)
                expected.append(&e);
        }
        const QList<ColumnDef> columns = allColumns(table);
        ASSERT_EQ(columns.size(), expected.size()) << toCode(table).toStdString();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Expected &e = *expected.at(i);
            const ColumnDef &c = columns.at(i);
            EXPECT_EQ(c.name, QString::fromUtf16(e.name)) << i;
            EXPECT_EQ(c.id, e.id) << c.name.toStdString();
            EXPECT_EQ(c.modes, e.modes) << c.name.toStdString();
            EXPECT_EQ(c.role, e.role) << c.name.toStdString();
        }
    }
}

TEST(CsvColumnMapTest, EveryExchangedDescriptorColumnIsInItsTable)
{
    struct Carried
    {
        ExchangeTable table;
        const RecordTypeInfo *type;
    };
    const Carried carried[] = {
        {ExchangeTable::Receptions, &sr::domain::personRecord()},
        {ExchangeTable::Receptions, &sr::domain::receptionRecord()},
        {ExchangeTable::Supports, &sr::domain::supportRecord()},
        {ExchangeTable::Batches, &sr::domain::handoverBatchRecord()},
        {ExchangeTable::FollowUps, &sr::domain::followUpRecord()},
        {ExchangeTable::Stays, &sr::domain::shelterStayRecord()},
        {ExchangeTable::Attachments, &sr::domain::attachmentRecord()},
        {ExchangeTable::Calls, &sr::domain::hotlineCallRecord()},
        {ExchangeTable::Clubs, &sr::domain::preventionClubRecord()},
        {ExchangeTable::Activities, &sr::domain::preventionActivityRecord()},
    };
    for (const Carried &k : carried) {
        const QList<ColumnDef> columns = allColumns(k.table);
        for (qsizetype i = 0; i < k.type->columnInfos.size(); ++i) {
            const ColumnInfo &info = k.type->columnInfos.at(i);
            const std::string what = (k.type->table + QLatin1Char('.') + info.name).toStdString();
            qsizetype at = -1;
            for (qsizetype j = 0; j < columns.size(); ++j) {
                if (columns.at(j).record == k.type && columns.at(j).field == i
                    && columns.at(j).role != ColumnRole::Label)
                    at = j;
            }
            if (info.exchange.name.isEmpty()) {
                EXPECT_EQ(at, -1) << what << " is not exchanged";
                continue;
            }
            if (info.derived && at < 0)
                continue; // placed only where a table wants it
            ASSERT_GE(at, 0) << what << " is missing";
            const ColumnDef &c = columns.at(at);
            EXPECT_EQ(c.name, info.exchange.name) << what;
            // The attachments list is the full export's alone, whatever its columns' marks.
            const bool fullOnly = k.table == ExchangeTable::Attachments
                                  || info.exchange.disclosure != Disclosure::Shared;
            EXPECT_EQ(c.modes, fullOnly ? F : B) << what;
            EXPECT_EQ(c.role, info.derived ? Derived : Data) << what;
            EXPECT_EQ(c.column(), &info) << what;
            qsizetype next = at + 1;
            if (info.exchange.disclosure == Disclosure::Pseudonymised) {
                ASSERT_LT(next, columns.size());
                EXPECT_EQ(columns.at(next).id, ColumnId::Pseudonym) << what;
                EXPECT_EQ(columns.at(next).modes, D) << what;
                ++next;
            }
            if (info.exchange.labelled) {
                ASSERT_LT(next, columns.size());
                EXPECT_EQ(columns.at(next).name, info.exchange.name + QStringLiteral("_label"))
                    << what;
                EXPECT_EQ(columns.at(next).role, Label) << what;
                EXPECT_EQ(columns.at(next).column(), &info) << what;
            }
        }
    }
}

TEST(CsvColumnMapTest, TheTablesAreListedOnceInImportOrder)
{
    // A table's rows name records of the tables before it (docs/csv-format.md, "Import").
    const QList<ExchangeTable> &tables = exchangeTables();
    const auto at = [&](ExchangeTable t) { return tables.indexOf(t); };
    EXPECT_LT(at(ExchangeTable::Batches), at(ExchangeTable::Receptions));
    EXPECT_LT(at(ExchangeTable::Receptions), at(ExchangeTable::Supports));
    EXPECT_LT(at(ExchangeTable::Receptions), at(ExchangeTable::FollowUps));
    EXPECT_EQ(at(ExchangeTable::FollowUps), at(ExchangeTable::Supports) + 1);
    // A stay names its reception: after the receptions (docs/csv-format.md, "stays").
    EXPECT_LT(at(ExchangeTable::Receptions), at(ExchangeTable::Stays));
    QSet<QString> codes;
    for (const ExchangeTable t : tables) {
        EXPECT_EQ(tables.count(t), 1) << toCode(t).toStdString();
        EXPECT_EQ(exchangeTableFromCode(toCode(t)), t) << toCode(t).toStdString();
        codes.insert(toCode(t));
    }
    EXPECT_EQ(codes.size(), tables.size());
    EXPECT_EQ(exchangeTableFromCode(u"follow_ups"), ExchangeTable::FollowUps);
    EXPECT_EQ(exchangeTableFromCode(u"stays"), ExchangeTable::Stays);
}

TEST(CsvColumnMapTest, LeavingReasonsHaveVietnameseLabels)
{
    const RecordTypeInfo &stay = sr::domain::shelterStayRecord();
    const ColumnInfo &reason = stay.columnInfos.at(stay.indexOf(u"leaving_reason"));
    for (const QString &code : sr::domain::leavingReasonCodes())
        EXPECT_FALSE(labelViOfCode(reason.codes, code).isEmpty()) << code.toStdString();
    EXPECT_EQ(labelViOfCode(reason.codes, QStringLiteral("handed_over_to_family")),
              QStringLiteral("Bàn giao cho gia đình"));
    EXPECT_EQ(labelViOfCode(reason.codes, QString()), QString());
}

TEST(CsvColumnMapTest, LabelsOfCodesByTheirColumnsCodes)
{
    const ColumnInfo &sex =
        sr::domain::personRecord().columnInfos.at(sr::domain::personRecord().indexOf(u"sex"));
    EXPECT_EQ(labelViOfCode(sex.codes, QStringLiteral("female")), labelVi(sr::domain::Sex::Female));
    EXPECT_EQ(labelViOfCode(sex.codes, QStringLiteral("no_such_code")), QString());
    const ColumnInfo &era = sr::domain::personRecord().columnInfos.at(
        sr::domain::personRecord().indexOf(u"residence_era"));
    EXPECT_EQ(labelViOfCode(era.codes, QStringLiteral("from_2025")), QString());
    const ColumnInfo &health = sr::domain::followUpRecord().columnInfos.at(
        sr::domain::followUpRecord().indexOf(u"health"));
    EXPECT_EQ(labelViOfCode(health.codes, QStringLiteral("needs_support")),
              QString::fromUtf8("Cần hỗ trợ"));
    const ColumnInfo &kind =
        sr::domain::followUpRecord().columnInfos.at(sr::domain::followUpRecord().indexOf(u"kind"));
    EXPECT_EQ(labelViOfCode(kind.codes, QStringLiteral("phone_call")),
              QString::fromUtf8("Gọi điện thoại"));
}

TEST(CsvColumnMapTest, TheCallsTableIsImportableWithVietnameseLabels)
{
    EXPECT_EQ(exchangeTableFromCode(u"calls"), ExchangeTable::Calls);
    EXPECT_EQ(toCode(ExchangeTable::Calls), QStringLiteral("calls"));
    EXPECT_TRUE(isImportable(ExchangeTable::Calls));
    EXPECT_TRUE(hasDeIdentifiedExport(ExchangeTable::Calls));
    EXPECT_EQ(columnName(ExchangeTable::Calls, ColumnId::CallUuid), QStringLiteral("call_uuid"));
    EXPECT_EQ(columnName(ExchangeTable::Calls, ColumnId::CaseCode), QStringLiteral("case_code"));
    const RecordTypeInfo &call = sr::domain::hotlineCallRecord();
    const ColumnInfo &reason = call.columnInfos.at(call.indexOf(u"reason"));
    EXPECT_EQ(labelViOfCode(reason.codes, QStringLiteral("trafficking_report")),
              QStringLiteral("Trình báo nghi mua bán người"));
    const ColumnInfo &caller = call.columnInfos.at(call.indexOf(u"caller_type"));
    EXPECT_EQ(labelViOfCode(caller.codes, QStringLiteral("anonymous")), QStringLiteral("Giấu tên"));
    const ColumnInfo &urgency = call.columnInfos.at(call.indexOf(u"urgency"));
    EXPECT_EQ(labelViOfCode(urgency.codes, QStringLiteral("emergency")),
              QStringLiteral("Khẩn cấp"));
}

TEST(CsvColumnMapTest, PreventionTablesHaveCodesAndTheirUuids)
{
    EXPECT_EQ(exchangeTableFromCode(u"clubs"), ExchangeTable::Clubs);
    EXPECT_EQ(exchangeTableFromCode(u"activities"), ExchangeTable::Activities);
    EXPECT_EQ(toCode(ExchangeTable::Clubs), QStringLiteral("clubs"));
    EXPECT_EQ(toCode(ExchangeTable::Activities), QStringLiteral("activities"));
    EXPECT_EQ(columnName(ExchangeTable::Clubs, ColumnId::ClubUuid), QStringLiteral("club_uuid"));
    EXPECT_EQ(columnName(ExchangeTable::Activities, ColumnId::ActivityUuid),
              QStringLiteral("activity_uuid"));
    EXPECT_EQ(columnName(ExchangeTable::Activities, ColumnId::ClubUuid),
              QStringLiteral("club_uuid"));
    const ColumnInfo &kind = sr::domain::preventionActivityRecord().columnInfos.at(
        sr::domain::preventionActivityRecord().indexOf(u"kind"));
    EXPECT_EQ(labelViOfCode(kind.codes, QStringLiteral("training")),
              QStringLiteral("Tập huấn, hội nghị"));
}
