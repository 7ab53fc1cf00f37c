#include "CsvColumns.h"

#include "domain/RecordTypes.h"

#include <QHash>
#include <QRegularExpression>

namespace sr::exchange {

using domain::AgeBand;
using domain::CaseOutcome;
using domain::CaseStatus;
using domain::FollowUpKind;
using domain::IdentificationStatus;
using domain::ReintegrationStatus;
using domain::Route;
using domain::Sex;
using domain::SupportStatus;

namespace {

using domain::ColumnInfo;
using domain::memberId;
using domain::RecordTypeInfo;

constexpr ColumnModes B = ColumnModes::Both;
constexpr ColumnModes F = ColumnModes::FullOnly;
constexpr ColumnModes D = ColumnModes::DeIdentifiedOnly;

/** The id of a descriptor column the export or the import treats by name, and of its label. */
struct Binding
{
    ColumnId id;
    ColumnId label;
    const void *member;
};

// Only ids: the names, order and modes of these columns are in their descriptors.
const QList<Binding> &bindings()
{
    using P = domain::Person;
    using R = domain::Reception;
    using S = domain::Support;
    using H = domain::HandoverBatch;
    constexpr ColumnId none = ColumnId::FieldLabel;
    static const QList<Binding> list = {
        {ColumnId::CaseCode, none, memberId<&P::caseCode>()},
        {ColumnId::FullName, none, memberId<&P::fullName>()},
        {ColumnId::OtherNames, none, memberId<&P::otherNames>()},
        {ColumnId::Sex, ColumnId::SexLabel, memberId<&P::sex>()},
        {ColumnId::BirthDate, none, memberId<&P::birthDate>()},
        {ColumnId::EstimatedAgeYears, none, memberId<&P::estimatedAgeYears>()},
        {ColumnId::EstimatedAgeAsOf, none, memberId<&P::estimatedAgeAsOf>()},
        {ColumnId::Nationality, ColumnId::NationalityLabel, memberId<&P::nationality>()},
        {ColumnId::Ethnicity, ColumnId::EthnicityLabel, memberId<&P::ethnicity>()},
        {ColumnId::DocumentType, none, memberId<&P::documentType>()},
        {ColumnId::DocumentNumber, none, memberId<&P::documentNumber>()},
        {ColumnId::ResidenceEra, none, memberId<&P::residenceEra>()},
        {ColumnId::ResidenceProvince,
         ColumnId::ResidenceProvinceLabel,
         memberId<&P::residenceProvince>()},
        {ColumnId::ResidenceCommune, none, memberId<&P::residenceCommune>()},
        {ColumnId::ResidenceCommuneText, none, memberId<&P::residenceCommuneText>()},
        {ColumnId::AddressLine, none, memberId<&P::addressLine>()},
        {ColumnId::Phone, none, memberId<&P::phone>()},
        {ColumnId::FamilyContact, none, memberId<&P::familyContact>()},
        {ColumnId::ConsentServices, none, memberId<&P::consent, &domain::Consent::services>()},
        {ColumnId::ConsentSharing,
         none,
         memberId<&P::consent, &domain::Consent::informationSharing>()},
        {ColumnId::ConsentStatistics, none, memberId<&P::consent, &domain::Consent::statistics>()},
        {ColumnId::PersonNotes, none, memberId<&P::notes>()},
        {ColumnId::ReceptionDate, none, memberId<&R::receptionDate>()},
        {ColumnId::Agency, ColumnId::AgencyLabel, memberId<&R::agencyCode>()},
        {ColumnId::BatchUuid, none, memberId<&R::batchId>()},
        {ColumnId::Country, ColumnId::CountryLabel, memberId<&R::countryCode>()},
        {ColumnId::Route, ColumnId::RouteLabel, memberId<&R::route>()},
        {ColumnId::Exploitation, none, memberId<&R::exploitation>()},
        {ColumnId::IdentificationStatus,
         ColumnId::IdentificationStatusLabel,
         memberId<&R::identificationStatus>()},
        {ColumnId::IdentificationAgency, none, memberId<&R::identificationAgencyCode>()},
        {ColumnId::IdentificationDate, none, memberId<&R::identificationDate>()},
        {ColumnId::IdentificationBasis, none, memberId<&R::identificationBasis>()},
        {ColumnId::CaseStatus, ColumnId::CaseStatusLabel, memberId<&R::caseStatus>()},
        {ColumnId::Outcome, ColumnId::OutcomeLabel, memberId<&R::outcome>()},
        {ColumnId::ClosedDate, none, memberId<&R::closedDate>()},
        {ColumnId::ReceptionNotes, none, memberId<&R::notes>()},
        {ColumnId::SupportType, ColumnId::SupportTypeLabel, memberId<&S::typeCode>()},
        {ColumnId::SupportDate, none, memberId<&S::date>()},
        {ColumnId::ProviderAgency,
         ColumnId::ProviderAgencyLabel,
         memberId<&S::providerAgencyCode>()},
        {ColumnId::AmountVnd, none, memberId<&S::amountVnd>()},
        {ColumnId::Quantity, none, memberId<&S::quantity>()},
        {ColumnId::SupportStatus, ColumnId::SupportStatusLabel, memberId<&S::status>()},
        {ColumnId::SupportNotes, none, memberId<&S::notes>()},
        {ColumnId::BatchDate, none, memberId<&H::date>()},
        {ColumnId::BorderGate, ColumnId::BorderGateLabel, memberId<&H::borderGateCode>()},
        {ColumnId::ForeignAgency, none, memberId<&H::foreignAgency>()},
        {ColumnId::ReceivingAgency,
         ColumnId::ReceivingAgencyLabel,
         memberId<&H::receivingAgencyCode>()},
        {ColumnId::PersonsTotal, none, memberId<&H::personsTotal>()},
        {ColumnId::PersonsMale, none, memberId<&H::personsMale>()},
        {ColumnId::PersonsFemale, none, memberId<&H::personsFemale>()},
        {ColumnId::PersonsChildren, none, memberId<&H::personsChildren>()},
        {ColumnId::Classified, none, memberId<&H::classified>()},
        {ColumnId::PersonsVerified, none, memberId<&H::personsVerified>()},
        {ColumnId::CasesIdentified, none, memberId<&H::casesIdentified>()},
        {ColumnId::VictimsIdentified, none, memberId<&H::victimsIdentified>()},
        {ColumnId::BatchNotes, none, memberId<&H::notes>()},
        {ColumnId::AttachmentType,
         ColumnId::AttachmentTypeLabel,
         memberId<&domain::Attachment::documentType>()},
        {ColumnId::AttachmentSha256, none, memberId<&domain::Attachment::sha256>()},
        {ColumnId::FollowUpDate, none, memberId<&domain::FollowUp::date>()},
        {ColumnId::StayRoom, none, memberId<&domain::ShelterStay::roomCode>()},
        {ColumnId::StayAdmitted, none, memberId<&domain::ShelterStay::admitted>()},
    };
    return list;
}

Binding bindingOf(const ColumnInfo &column)
{
    for (const Binding &b : bindings()) {
        if (column.member && b.member == column.member)
            return b;
    }
    return Binding{ColumnId::Field, ColumnId::FieldLabel, column.member};
}

/**
 * Appends column @a index of @a type, then the pseudonym that stands for it in the
 * de-identified export, then its label: as the descriptor declares (ExchangeInfo).
 */
void appendField(QList<ColumnDef> &out,
                 const RecordTypeInfo &type,
                 qsizetype index,
                 Binding binding,
                 ColumnRole role = ColumnRole::Data)
{
    const ColumnInfo &c = type.columnInfos.at(index);
    Q_ASSERT(!c.exchange.name.isEmpty());
    const ColumnModes modes = c.exchange.disclosure == domain::Disclosure::Shared ? B : F;
    out.append(ColumnDef{binding.id, c.exchange.name, modes, role, {}, &type, index});
    if (c.exchange.disclosure == domain::Disclosure::Pseudonymised)
        out.append(ColumnDef{
            ColumnId::Pseudonym, QStringLiteral("pseudonym"), D, ColumnRole::Data, {}, {}, -1});
    if (c.exchange.labelled)
        out.append(ColumnDef{binding.label,
                             c.exchange.name + QStringLiteral("_label"),
                             B,
                             ColumnRole::Label,
                             {},
                             &type,
                             index});
}

/** The column of @a type bound to @a member, as appendField() writes it. */
void appendMember(QList<ColumnDef> &out, const RecordTypeInfo &type, const void *member)
{
    const qsizetype index = type.indexOfMember(member);
    Q_ASSERT(index >= 0);
    appendField(out, type, index, bindingOf(type.columnInfos.at(index)));
}

/** "<record>_uuid": the record's uuid, which links the files; the full export only. */
ColumnDef uuidColumn(const RecordTypeInfo &type)
{
    ColumnId id = ColumnId::Field;
    if (&type == &domain::personRecord())
        id = ColumnId::PersonUuid;
    else if (&type == &domain::receptionRecord())
        id = ColumnId::ReceptionUuid;
    else if (&type == &domain::supportRecord())
        id = ColumnId::SupportUuid;
    else if (&type == &domain::handoverBatchRecord())
        id = ColumnId::BatchUuid;
    else if (&type == &domain::followUpRecord())
        id = ColumnId::FollowUpUuid;
    else if (&type == &domain::preventionClubRecord())
        id = ColumnId::ClubUuid;
    else if (&type == &domain::preventionActivityRecord())
        id = ColumnId::ActivityUuid;
    else if (&type == &domain::shelterStayRecord())
        id = ColumnId::StayUuid;
    return ColumnDef{
        id, type.exchangeRecordName() + QStringLiteral("_uuid"), F, ColumnRole::Data, {}, {}, -1};
}

/** Columns to place right after the column bound to a member. */
struct Insertion
{
    const void *after;
    QList<ColumnDef> columns;
};

/**
 * The exchanged columns of @a type in the descriptor's order (derived ones only where a table
 * places them), with @a insertions after their anchors.
 */
QList<ColumnDef> recordColumns(const RecordTypeInfo &type, const QList<Insertion> &insertions = {})
{
    QList<ColumnDef> out;
    for (qsizetype i = 0; i < type.columnInfos.size(); ++i) {
        const ColumnInfo &c = type.columnInfos.at(i);
        if (c.exchange.name.isEmpty() || c.derived)
            continue;
        appendField(out, type, i, bindingOf(c));
        for (const Insertion &insertion : insertions) {
            if (insertion.after == c.member)
                out += insertion.columns;
        }
    }
    return out;
}

// Which records a table carries, in which order: the rest comes from their descriptors.

QList<ColumnDef> receptionColumns(const QStringList &supportTypeCodes)
{
    using domain::Person;
    const RecordTypeInfo &person = domain::personRecord();
    const RecordTypeInfo &reception = domain::receptionRecord();
    // The age band at reception is computed by storage; it is placed with the person's ages.
    QList<ColumnDef> ageBand;
    appendField(ageBand,
                reception,
                reception.indexOf(u"age_band"),
                Binding{ColumnId::AgeBand, ColumnId::AgeBandLabel, nullptr},
                ColumnRole::Derived);
    QList<ColumnDef> list = recordColumns(person,
                                          {{memberId<&Person::caseCode>(), {uuidColumn(person)}},
                                           {memberId<&Person::estimatedAgeAsOf>(), ageBand}});
    list.append(uuidColumn(reception));
    list += recordColumns(reception);
    for (const QString &code : supportTypeCodes) {
        list.append(ColumnDef{ColumnId::SupportTypeTimes,
                              QStringLiteral("support_%1_times").arg(code),
                              B,
                              ColumnRole::Derived,
                              code,
                              {},
                              -1});
        list.append(ColumnDef{ColumnId::SupportTypeAmount,
                              QStringLiteral("support_%1_amount").arg(code),
                              B,
                              ColumnRole::Derived,
                              code,
                              {},
                              -1});
    }
    return list;
}

QList<ColumnDef> supportColumns()
{
    // A support row names its reception by the case code, the reception's uuid and its date.
    QList<ColumnDef> list;
    appendMember(list, domain::personRecord(), memberId<&domain::Person::caseCode>());
    list.append(uuidColumn(domain::receptionRecord()));
    appendMember(list, domain::receptionRecord(), memberId<&domain::Reception::receptionDate>());
    list.append(uuidColumn(domain::supportRecord()));
    list += recordColumns(domain::supportRecord());
    return list;
}

QList<ColumnDef> followUpColumns()
{
    // As a support: the case code, the reception's uuid and date, then the follow-up.
    QList<ColumnDef> list;
    appendMember(list, domain::personRecord(), memberId<&domain::Person::caseCode>());
    list.append(uuidColumn(domain::receptionRecord()));
    appendMember(list, domain::receptionRecord(), memberId<&domain::Reception::receptionDate>());
    list.append(uuidColumn(domain::followUpRecord()));
    list += recordColumns(domain::followUpRecord());
    return list;
}

QList<ColumnDef> stayColumns()
{
    // As a follow-up: the case code (a pseudonym when de-identified), the reception's uuid and
    // date, then the stay: room, admitted, left, leaving reason and its label, supports_through
    // and the notes (personal: full export only).
    QList<ColumnDef> list;
    appendMember(list, domain::personRecord(), memberId<&domain::Person::caseCode>());
    list.append(uuidColumn(domain::receptionRecord()));
    appendMember(list, domain::receptionRecord(), memberId<&domain::Reception::receptionDate>());
    list.append(uuidColumn(domain::shelterStayRecord()));
    list += recordColumns(domain::shelterStayRecord());
    return list;
}

QList<ColumnDef> batchColumns()
{
    QList<ColumnDef> list{uuidColumn(domain::handoverBatchRecord())};
    list += recordColumns(domain::handoverBatchRecord());
    return list;
}

/**
 * The prevention clubs: the club's uuid (full export), its descriptor's columns, and whether it
 * is archived with the reason. Archived clubs travel too: their meetings are activities that
 * stay in use and name them (docs/csv-format.md "clubs").
 */
QList<ColumnDef> clubColumns()
{
    QList<ColumnDef> list{uuidColumn(domain::preventionClubRecord())};
    list += recordColumns(domain::preventionClubRecord());
    list.append(
        ColumnDef{ColumnId::Archived, QStringLiteral("archived"), B, ColumnRole::Data, {}, {}, -1});
    list.append(ColumnDef{ColumnId::ArchiveReason,
                          QStringLiteral("archive_reason"),
                          F,
                          ColumnRole::Data,
                          {},
                          {},
                          -1});
    return list;
}

/**
 * The prevention activities: the activity's uuid, its columns, and after the kind the uuid of
 * the club of a club meeting (both full export only: they link the files; the de-identified
 * file keeps the figures and leaves out the free text, ExchangeInfo::personal()).
 */
QList<ColumnDef> activityColumns()
{
    const RecordTypeInfo &activity = domain::preventionActivityRecord();
    QList<ColumnDef> list{uuidColumn(activity)};
    list += recordColumns(
        activity,
        {{memberId<&domain::PreventionActivity::kind>(),
          {ColumnDef{
              ColumnId::ClubUuid, QStringLiteral("club_uuid"), F, ColumnRole::Data, {}, {}, -1}}}});
    return list;
}

/**
 * The list of attachments (full export only): which case and record each belongs to, its
 * description from the descriptor (document type and its Vietnamese name, date, note, file
 * name, media type, size, SHA-256), who added it when, and whether it is archived. Never the
 * bytes. Every column is of the full export: the file name and the note may name the person,
 * and a list of a person's papers is personal even without them.
 */
QList<ColumnDef> attachmentColumns()
{
    const RecordTypeInfo &attachment = domain::attachmentRecord();
    QList<ColumnDef> list;
    appendMember(list, domain::personRecord(), memberId<&domain::Person::caseCode>());
    const auto own = [](ColumnId id, const char *name, ColumnRole role = ColumnRole::Data) {
        return ColumnDef{id, QString::fromLatin1(name), F, role, {}, {}, -1};
    };
    list.append(own(ColumnId::AttachmentUuid, "attachment_uuid"));
    list.append(own(ColumnId::AttachmentRecordKind, "record_kind"));
    list.append(own(ColumnId::AttachmentRecordUuid, "record_uuid"));
    const qsizetype type = attachment.indexOfMember(memberId<&domain::Attachment::documentType>());
    list += recordColumns(attachment,
                          {{memberId<&domain::Attachment::documentType>(),
                            {ColumnDef{ColumnId::AttachmentTypeLabel,
                                       QStringLiteral("document_type_label"),
                                       F,
                                       ColumnRole::Label,
                                       {},
                                       &attachment,
                                       type}}}});
    list.append(own(ColumnId::CreatedAt, "created_at"));
    list.append(own(ColumnId::CreatedBy, "created_by"));
    list.append(own(ColumnId::Archived, "archived"));
    // Full export only: the case code goes as it is, without the pseudonym that stands for it
    // in a de-identified file.
    list.removeIf([](const ColumnDef &c) { return c.id == ColumnId::Pseudonym; });
    for (ColumnDef &c : list)
        c.modes = F;
    return list;
}

/**
 * The hotline's calls (docs/csv-format.md "calls"): the call's uuid, the case it became (case
 * code — a pseudonym in the de-identified file — and the reception's uuid, empty when it became
 * none), then the call from its descriptor. Who called and what was said (caller_name,
 * caller_phone, notes) are personal: the full export only.
 */
QList<ColumnDef> callColumns()
{
    const RecordTypeInfo &call = domain::hotlineCallRecord();
    QList<ColumnDef> list{ColumnDef{
        ColumnId::CallUuid, QStringLiteral("call_uuid"), F, ColumnRole::Data, {}, {}, -1}};
    appendMember(list, domain::personRecord(), memberId<&domain::Person::caseCode>());
    list.append(uuidColumn(domain::receptionRecord()));
    list += recordColumns(call);
    return list;
}

template<typename E>
QString labelOfCode(const QString &code)
{
    const std::optional<E> value = domain::fromCode<E>(code);
    return value ? labelVi(*value) : QString();
}

template<typename E>
QString hotlineLabelOfCode(const QString &code)
{
    const std::optional<E> value = domain::fromCode<E>(code);
    return value ? domain::labelVi(*value) : QString();
}

} // namespace

const QList<ExchangeTable> &exchangeTables()
{
    static const QList<ExchangeTable> tables = {
        ExchangeTable::Batches,
        ExchangeTable::Receptions,
        ExchangeTable::Supports,
        ExchangeTable::FollowUps,
        ExchangeTable::Stays,
        ExchangeTable::Calls,
        ExchangeTable::Clubs,
        ExchangeTable::Activities,
        ExchangeTable::Attachments,
    };
    return tables;
}

QString toCode(ExchangeTable table)
{
    switch (table) {
    case ExchangeTable::Receptions:
        return QStringLiteral("receptions");
    case ExchangeTable::Supports:
        return QStringLiteral("supports");
    case ExchangeTable::Batches:
        return QStringLiteral("batches");
    case ExchangeTable::Attachments:
        return QStringLiteral("attachments");
    case ExchangeTable::FollowUps:
        return QStringLiteral("follow_ups");
    case ExchangeTable::Calls:
        return QStringLiteral("calls");
    case ExchangeTable::Clubs:
        return QStringLiteral("clubs");
    case ExchangeTable::Activities:
        return QStringLiteral("activities");
    case ExchangeTable::Stays:
        return QStringLiteral("stays");
    }
    return {};
}

std::optional<ExchangeTable> exchangeTableFromCode(QStringView code)
{
    for (const ExchangeTable t : exchangeTables()) {
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
    case ExchangeTable::Attachments:
        return attachmentColumns();
    case ExchangeTable::FollowUps:
        return followUpColumns();
    case ExchangeTable::Calls:
        return callColumns();
    case ExchangeTable::Clubs:
        return clubColumns();
    case ExchangeTable::Activities:
        return activityColumns();
    case ExchangeTable::Stays:
        return stayColumns();
    }
    return {};
}

bool isImportable(ExchangeTable table)
{
    return table != ExchangeTable::Attachments;
}

bool hasDeIdentifiedExport(ExchangeTable table)
{
    return table != ExchangeTable::Attachments;
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

QString columnName(ExchangeTable table, ColumnId id)
{
    for (const ColumnDef &c : allColumns(table)) {
        if (c.id == id)
            return c.name;
    }
    return {};
}

bool isSupportTotalColumn(const QString &name)
{
    // The names receptionColumns() gives the per-type totals, for any support type code.
    static const QRegularExpression perType(QStringLiteral("^support_[a-z0-9_]+_(times|amount)$"));
    return perType.match(name).hasMatch();
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
    // One fictional person; the row follows templateColumns(), empty where nothing is given.
    // Reference values may be given by code ("ctxh_qn", "VN") or by name ("Kinh",
    // "Trung Quốc", "Quảng Ninh").
    static const QHash<ColumnId, QString> example = {
        {ColumnId::CaseCode, QStringLiteral("QN-2023-0001")},
        {ColumnId::FullName, QStringLiteral("Nguyễn Thị Mẫu")},
        {ColumnId::Sex, QStringLiteral("female")},
        {ColumnId::BirthDate, QStringLiteral("2001-05")},
        {ColumnId::Nationality, QStringLiteral("VN")},
        {ColumnId::Ethnicity, QStringLiteral("Kinh")},
        {ColumnId::DocumentType, QStringLiteral("none")},
        {ColumnId::ResidenceEra, QStringLiteral("from_2025")},
        {ColumnId::ResidenceProvince, QStringLiteral("Quảng Ninh")},
        {ColumnId::ConsentServices, QStringLiteral("1")},
        {ColumnId::ConsentSharing, QStringLiteral("0")},
        {ColumnId::ConsentStatistics, QStringLiteral("1")},
        {ColumnId::PersonNotes, QStringLiteral("Dòng ví dụ, xóa trước khi nhập")},
        {ColumnId::ReceptionDate, QStringLiteral("2023-03-15")},
        {ColumnId::Agency, QStringLiteral("ctxh_qn")},
        {ColumnId::Country, QStringLiteral("Trung Quốc")},
        {ColumnId::Route, QStringLiteral("self_reported")},
        {ColumnId::Exploitation, QStringLiteral("forced_marriage")},
        {ColumnId::IdentificationStatus, QStringLiteral("confirmed_victim")},
        {ColumnId::IdentificationAgency, QStringLiteral("bdbp_qn")},
        {ColumnId::IdentificationDate, QStringLiteral("2023-03-20")},
        {ColumnId::CaseStatus, QStringLiteral("closed")},
        {ColumnId::Outcome, QStringLiteral("handed_over_to_family")},
        {ColumnId::ClosedDate, QStringLiteral("2023-04-01")},
    };
    QStringList row;
    for (const ColumnDef &c : templateColumns())
        row.append(c.id == ColumnId::Field ? QString() : example.value(c.id));
    return row;
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

QString labelVi(domain::PreventionKind value)
{
    // As the period report names the kinds (reports/ReportDocument.cpp).
    switch (value) {
    case domain::PreventionKind::Leaflets:
        return QStringLiteral("Tờ rơi");
    case domain::PreventionKind::Booklets:
        return QStringLiteral("Tài liệu hỏi đáp");
    case domain::PreventionKind::Panels:
        return QStringLiteral("Pano");
    case domain::PreventionKind::MediaItems:
        return QStringLiteral("Tin bài");
    case domain::PreventionKind::Training:
        return QStringLiteral("Tập huấn, hội nghị");
    case domain::PreventionKind::CommunityMeeting:
        return QStringLiteral("Tuyên truyền tại cộng đồng");
    case domain::PreventionKind::ClubMeeting:
        return QStringLiteral("Sinh hoạt câu lạc bộ");
    case domain::PreventionKind::DecisionPlan:
        return QStringLiteral("Quyết định, kế hoạch");
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

QString labelVi(FollowUpKind value)
{
    switch (value) {
    case FollowUpKind::HomeVisit:
        return QStringLiteral("Thăm tại nhà");
    case FollowUpKind::PhoneCall:
        return QStringLiteral("Gọi điện thoại");
    case FollowUpKind::OfficeVisit:
        return QStringLiteral("Đến làm việc tại cơ quan");
    case FollowUpKind::Other:
        return QStringLiteral("Khác");
    }
    return {};
}

QString labelVi(ReintegrationStatus value)
{
    switch (value) {
    case ReintegrationStatus::Stable:
        return QStringLiteral("Ổn định");
    case ReintegrationStatus::NeedsSupport:
        return QStringLiteral("Cần hỗ trợ");
    case ReintegrationStatus::NotApplicable:
        return QStringLiteral("Không áp dụng");
    case ReintegrationStatus::Unknown:
        return QStringLiteral("Không rõ");
    }
    return {};
}

QString labelViOfLeavingReason(const QString &code)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("handed_over_to_family"), QStringLiteral("Bàn giao cho gia đình")},
        {QStringLiteral("returned_home"), QStringLiteral("Trở về địa phương")},
        {QStringLiteral("transferred"), QStringLiteral("Chuyển đến cơ sở khác")},
        {QStringLiteral("moved_room"), QStringLiteral("Chuyển sang phòng khác")},
        {QStringLiteral("other"), QStringLiteral("Khác")},
    };
    return labels.value(code);
}

QString labelViOfCode(QStringList (*codes)(), const QString &code)
{
    if (codes == &domain::leavingReasonCodes)
        return labelViOfLeavingReason(code);
    if (codes == &domain::allCodes<Sex>)
        return labelOfCode<Sex>(code);
    if (codes == &domain::allCodes<AgeBand>)
        return labelOfCode<AgeBand>(code);
    if (codes == &domain::allCodes<Route>)
        return labelOfCode<Route>(code);
    if (codes == &domain::allCodes<IdentificationStatus>)
        return labelOfCode<IdentificationStatus>(code);
    if (codes == &domain::allCodes<CaseStatus>)
        return labelOfCode<CaseStatus>(code);
    if (codes == &domain::allCodes<CaseOutcome>)
        return labelOfCode<CaseOutcome>(code);
    if (codes == &domain::allCodes<SupportStatus>)
        return labelOfCode<SupportStatus>(code);
    if (codes == &domain::allCodes<FollowUpKind>)
        return labelOfCode<FollowUpKind>(code);
    if (codes == &domain::allCodes<ReintegrationStatus>)
        return labelOfCode<ReintegrationStatus>(code);
    if (codes == &domain::allCodes<domain::CallerType>)
        return hotlineLabelOfCode<domain::CallerType>(code);
    if (codes == &domain::allCodes<domain::CallReason>)
        return hotlineLabelOfCode<domain::CallReason>(code);
    if (codes == &domain::allCodes<domain::CallUrgency>)
        return hotlineLabelOfCode<domain::CallUrgency>(code);
    if (codes == &domain::allCodes<domain::PreventionKind>)
        return labelOfCode<domain::PreventionKind>(code);
    return {};
}

} // namespace sr::exchange
