#include "CsvColumns.h"

namespace sr::exchange {

using domain::AgeBand;
using domain::CaseOutcome;
using domain::CaseStatus;
using domain::IdentificationStatus;
using domain::Route;
using domain::Sex;
using domain::SupportStatus;

namespace {

constexpr ColumnModes B = ColumnModes::Both;
constexpr ColumnModes F = ColumnModes::FullOnly;
constexpr ColumnModes D = ColumnModes::DeIdentifiedOnly;
constexpr ColumnRole Data = ColumnRole::Data;
constexpr ColumnRole Label = ColumnRole::Label;
constexpr ColumnRole Derived = ColumnRole::Derived;

ColumnDef col(ColumnId id, const char *name, ColumnModes modes = B, ColumnRole role = Data)
{
    return ColumnDef{id, QString::fromLatin1(name), modes, role, {}};
}

QList<ColumnDef> personColumns()
{
    return {
        col(ColumnId::CaseCode, "case_code", F),
        col(ColumnId::Pseudonym, "pseudonym", D),
        col(ColumnId::PersonUuid, "person_uuid", F),
        col(ColumnId::FullName, "full_name", F),
        col(ColumnId::OtherNames, "other_names", F),
        col(ColumnId::Sex, "sex"),
        col(ColumnId::SexLabel, "sex_label", B, Label),
        col(ColumnId::BirthDate, "birth_date", F),
        col(ColumnId::EstimatedAgeYears, "estimated_age_years", F),
        col(ColumnId::EstimatedAgeAsOf, "estimated_age_as_of", F),
        col(ColumnId::AgeBand, "age_band", B, Derived),
        col(ColumnId::AgeBandLabel, "age_band_label", B, Label),
        col(ColumnId::Nationality, "nationality"),
        col(ColumnId::NationalityLabel, "nationality_label", B, Label),
        col(ColumnId::Ethnicity, "ethnicity"),
        col(ColumnId::EthnicityLabel, "ethnicity_label", B, Label),
        col(ColumnId::DocumentType, "document_type"),
        col(ColumnId::DocumentNumber, "document_number", F),
        col(ColumnId::ResidenceEra, "residence_era"),
        col(ColumnId::ResidenceProvince, "residence_province"),
        col(ColumnId::ResidenceProvinceLabel, "residence_province_label", B, Label),
        col(ColumnId::ResidenceCommune, "residence_commune", F),
        col(ColumnId::ResidenceCommuneText, "residence_commune_text", F),
        col(ColumnId::AddressLine, "address_line", F),
        col(ColumnId::Phone, "phone", F),
        col(ColumnId::FamilyContact, "family_contact", F),
        col(ColumnId::ConsentServices, "consent_services"),
        col(ColumnId::ConsentSharing, "consent_sharing"),
        col(ColumnId::ConsentStatistics, "consent_statistics"),
        col(ColumnId::PersonNotes, "person_notes", F),
    };
}

QList<ColumnDef> receptionColumns(const QStringList &supportTypeCodes)
{
    QList<ColumnDef> list = personColumns();
    list += QList<ColumnDef>{
        col(ColumnId::ReceptionUuid, "reception_uuid", F),
        col(ColumnId::ReceptionDate, "reception_date"),
        col(ColumnId::Agency, "agency"),
        col(ColumnId::AgencyLabel, "agency_label", B, Label),
        col(ColumnId::BatchUuid, "batch_uuid", F),
        col(ColumnId::Country, "country"),
        col(ColumnId::CountryLabel, "country_label", B, Label),
        col(ColumnId::Route, "route"),
        col(ColumnId::RouteLabel, "route_label", B, Label),
        col(ColumnId::Exploitation, "exploitation"),
        col(ColumnId::IdentificationStatus, "identification_status"),
        col(ColumnId::IdentificationStatusLabel, "identification_status_label", B, Label),
        col(ColumnId::IdentificationAgency, "identification_agency"),
        col(ColumnId::IdentificationDate, "identification_date"),
        col(ColumnId::IdentificationBasis, "identification_basis", F),
        col(ColumnId::CaseStatus, "case_status"),
        col(ColumnId::CaseStatusLabel, "case_status_label", B, Label),
        col(ColumnId::Outcome, "outcome"),
        col(ColumnId::OutcomeLabel, "outcome_label", B, Label),
        col(ColumnId::ClosedDate, "closed_date"),
        col(ColumnId::ReceptionNotes, "reception_notes", F),
    };
    for (const QString &code : supportTypeCodes) {
        list.append(ColumnDef{ColumnId::SupportTypeTimes,
                              QStringLiteral("support_%1_times").arg(code),
                              B,
                              Derived,
                              code});
        list.append(ColumnDef{ColumnId::SupportTypeAmount,
                              QStringLiteral("support_%1_amount").arg(code),
                              B,
                              Derived,
                              code});
    }
    return list;
}

QList<ColumnDef> supportColumns()
{
    return {
        col(ColumnId::CaseCode, "case_code", F),
        col(ColumnId::Pseudonym, "pseudonym", D),
        col(ColumnId::ReceptionUuid, "reception_uuid", F),
        col(ColumnId::ReceptionDate, "reception_date"),
        col(ColumnId::SupportUuid, "support_uuid", F),
        col(ColumnId::SupportType, "type"),
        col(ColumnId::SupportTypeLabel, "type_label", B, Label),
        col(ColumnId::SupportDate, "support_date"),
        col(ColumnId::ProviderAgency, "provider_agency"),
        col(ColumnId::ProviderAgencyLabel, "provider_agency_label", B, Label),
        col(ColumnId::AmountVnd, "amount_vnd"),
        col(ColumnId::Quantity, "quantity"),
        col(ColumnId::SupportStatus, "status"),
        col(ColumnId::SupportStatusLabel, "status_label", B, Label),
        col(ColumnId::SupportNotes, "notes", F),
    };
}

QList<ColumnDef> batchColumns()
{
    return {
        col(ColumnId::BatchUuid, "batch_uuid", F),
        col(ColumnId::BatchDate, "batch_date"),
        col(ColumnId::BorderGate, "border_gate"),
        col(ColumnId::BorderGateLabel, "border_gate_label", B, Label),
        col(ColumnId::ForeignAgency, "foreign_agency"),
        col(ColumnId::ReceivingAgency, "receiving_agency"),
        col(ColumnId::ReceivingAgencyLabel, "receiving_agency_label", B, Label),
        col(ColumnId::PersonsTotal, "persons_total"),
        col(ColumnId::PersonsMale, "persons_male"),
        col(ColumnId::PersonsFemale, "persons_female"),
        col(ColumnId::PersonsChildren, "persons_children"),
        col(ColumnId::Classified, "classified"),
        col(ColumnId::PersonsVerified, "persons_verified"),
        col(ColumnId::CasesIdentified, "cases_identified"),
        col(ColumnId::VictimsIdentified, "victims_identified"),
        col(ColumnId::BatchNotes, "notes", F),
    };
}

} // namespace

QString toCode(ExchangeTable table)
{
    switch (table) {
    case ExchangeTable::Receptions:
        return QStringLiteral("receptions");
    case ExchangeTable::Supports:
        return QStringLiteral("supports");
    case ExchangeTable::Batches:
        return QStringLiteral("batches");
    }
    return {};
}

std::optional<ExchangeTable> exchangeTableFromCode(QStringView code)
{
    for (const ExchangeTable t :
         {ExchangeTable::Receptions, ExchangeTable::Supports, ExchangeTable::Batches}) {
        if (code == toCode(t))
            return t;
    }
    return std::nullopt;
}

bool ColumnDef::inMode(ExportMode mode) const
{
    switch (modes) {
    case ColumnModes::Both:
        return true;
    case ColumnModes::FullOnly:
        return mode == ExportMode::Full;
    case ColumnModes::DeIdentifiedOnly:
        return mode == ExportMode::DeIdentified;
    }
    return false;
}

QList<ColumnDef> allColumns(ExchangeTable table, const QStringList &supportTypeCodes)
{
    switch (table) {
    case ExchangeTable::Receptions:
        return receptionColumns(supportTypeCodes);
    case ExchangeTable::Supports:
        return supportColumns();
    case ExchangeTable::Batches:
        return batchColumns();
    }
    return {};
}

QList<ColumnDef>
exportColumns(ExchangeTable table, ExportMode mode, const QStringList &supportTypeCodes)
{
    QList<ColumnDef> result;
    for (const ColumnDef &c : allColumns(table, supportTypeCodes)) {
        if (c.inMode(mode))
            result.append(c);
    }
    return result;
}

QStringList columnNames(const QList<ColumnDef> &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnDef &c : columns)
        names.append(c.name);
    return names;
}

QList<ColumnDef> templateColumns()
{
    QList<ColumnDef> result;
    for (const ColumnDef &c : receptionColumns({})) {
        if (c.role != ColumnRole::Data || c.modes == ColumnModes::DeIdentifiedOnly)
            continue;
        if (c.id == ColumnId::PersonUuid || c.id == ColumnId::ReceptionUuid
            || c.id == ColumnId::BatchUuid)
            continue;
        result.append(c);
    }
    return result;
}

QStringList templateExampleRow()
{
    // One fictional person, in the order of templateColumns(). Reference values may be
    // given by code ("ctxh_qn", "VN") or by name ("Kinh", "Trung Quốc", "Quảng Ninh").
    return {
        QStringLiteral("QN-2023-0001"),                   // case_code
        QStringLiteral("Nguyễn Thị Mẫu"),                 // full_name
        QString(),                                        // other_names
        QStringLiteral("female"),                         // sex
        QStringLiteral("2001-05"),                        // birth_date
        QString(),                                        // estimated_age_years
        QString(),                                        // estimated_age_as_of
        QStringLiteral("VN"),                             // nationality
        QStringLiteral("Kinh"),                           // ethnicity
        QStringLiteral("none"),                           // document_type
        QString(),                                        // document_number
        QStringLiteral("from_2025"),                      // residence_era
        QStringLiteral("Quảng Ninh"),                     // residence_province
        QString(),                                        // residence_commune
        QString(),                                        // residence_commune_text
        QString(),                                        // address_line
        QString(),                                        // phone
        QString(),                                        // family_contact
        QStringLiteral("1"),                              // consent_services
        QStringLiteral("0"),                              // consent_sharing
        QStringLiteral("1"),                              // consent_statistics
        QStringLiteral("Dòng ví dụ, xóa trước khi nhập"), // person_notes
        QStringLiteral("2023-03-15"),                     // reception_date
        QStringLiteral("ctxh_qn"),                        // agency
        QStringLiteral("Trung Quốc"),                     // country
        QStringLiteral("self_reported"),                  // route
        QStringLiteral("forced_marriage"),                // exploitation
        QStringLiteral("confirmed_victim"),               // identification_status
        QStringLiteral("bdbp_qn"),                        // identification_agency
        QStringLiteral("2023-03-20"),                     // identification_date
        QString(),                                        // identification_basis
        QStringLiteral("closed"),                         // case_status
        QStringLiteral("handed_over_to_family"),          // outcome
        QStringLiteral("2023-04-01"),                     // closed_date
        QString(),                                        // reception_notes
    };
}

QString labelVi(Sex value)
{
    switch (value) {
    case Sex::Male:
        return QStringLiteral("Nam");
    case Sex::Female:
        return QStringLiteral("Nữ");
    case Sex::Unknown:
        return QStringLiteral("Không rõ");
    }
    return {};
}

QString labelVi(AgeBand value)
{
    switch (value) {
    case AgeBand::Under1:
        return QStringLiteral("Dưới 1 tuổi");
    case AgeBand::From1To5:
        return QStringLiteral("Từ 1 đến 5 tuổi");
    case AgeBand::From6To11:
        return QStringLiteral("Từ 6 đến 11 tuổi");
    case AgeBand::From12To15:
        return QStringLiteral("Từ 12 đến 15 tuổi");
    case AgeBand::From16To17:
        return QStringLiteral("Từ 16 đến 17 tuổi");
    case AgeBand::Adult:
        return QStringLiteral("Từ 18 tuổi trở lên");
    case AgeBand::Unknown:
        return QStringLiteral("Không rõ");
    }
    return {};
}

QString labelVi(Route value)
{
    switch (value) {
    case Route::HandedOverAtBorder:
        return QStringLiteral("Được trao trả qua cửa khẩu");
    case Route::SelfReported:
        return QStringLiteral("Tự trình báo");
    case Route::Rescued:
        return QStringLiteral("Được giải cứu");
    case Route::ViaMissionAbroad:
        return QStringLiteral("Qua cơ quan đại diện Việt Nam ở nước ngoài");
    case Route::ReportedByFamily:
        return QStringLiteral("Gia đình trình báo");
    case Route::FoundInScreening:
        return QStringLiteral("Phát hiện qua sàng lọc");
    case Route::Other:
        return QStringLiteral("Khác");
    }
    return {};
}

QString labelVi(IdentificationStatus value)
{
    switch (value) {
    case IdentificationStatus::NotVerified:
        return QStringLiteral("Chưa xác minh");
    case IdentificationStatus::Pending:
        return QStringLiteral("Đang xác minh");
    case IdentificationStatus::ConfirmedVictim:
        return QStringLiteral("Đã xác định là nạn nhân");
    case IdentificationStatus::NotAVictim:
        return QStringLiteral("Không phải nạn nhân");
    case IdentificationStatus::Undetermined:
        return QStringLiteral("Chưa xác định được");
    }
    return {};
}

QString labelVi(CaseStatus value)
{
    switch (value) {
    case CaseStatus::Open:
        return QStringLiteral("Đang hỗ trợ");
    case CaseStatus::Closed:
        return QStringLiteral("Đã kết thúc");
    }
    return {};
}

QString labelVi(CaseOutcome value)
{
    switch (value) {
    case CaseOutcome::HandedOverToFamily:
        return QStringLiteral("Bàn giao cho gia đình");
    case CaseOutcome::ReturnedHome:
        return QStringLiteral("Trở về địa phương");
    case CaseOutcome::Transferred:
        return QStringLiteral("Chuyển cơ sở khác");
    case CaseOutcome::Other:
        return QStringLiteral("Khác");
    }
    return {};
}

QString labelVi(SupportStatus value)
{
    switch (value) {
    case SupportStatus::Provided:
        return QStringLiteral("Đã hỗ trợ");
    case SupportStatus::Referred:
        return QStringLiteral("Đã chuyển gửi");
    case SupportStatus::Declined:
        return QStringLiteral("Từ chối");
    case SupportStatus::NotNeeded:
        return QStringLiteral("Không có nhu cầu");
    }
    return {};
}

} // namespace sr::exchange
