#include "Validation.h"

#include "CaseCode.h"
#include "Shelter.h"

#include <QLatin1Char>

namespace sr::domain {

namespace {

// Field length limits, in characters (Unicode code points).
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxOtherNamesLength = 500;
constexpr qsizetype MaxDocumentNumberLength = 50;
constexpr qsizetype MaxPhoneLength = 30;
constexpr qsizetype MaxAddressLength = 500;
constexpr qsizetype MaxFamilyContactLength = 500;
constexpr qsizetype MaxCommuneTextLength = 200;
constexpr qsizetype MaxCodeLength = 50;
constexpr qsizetype MaxShortTextLength = 500;
constexpr qsizetype MaxNotesLength = 10000;
constexpr qsizetype CccdDigits = 12;
constexpr int MaxEstimatedAge = 120;
constexpr int EarliestBirthYear = 1900;

/**
 * Collects field errors, at most one per field: the first rule a field breaks is the one
 * reported (rules are checked from the most basic — required — to the most specific).
 */
class Collector
{
public:
    void add(const QString &field, ValidationCode code)
    {
        if (!has(field))
            m_errors.append(FieldError{field, code});
    }
    bool has(const QString &field) const
    {
        for (const FieldError &error : m_errors) {
            if (error.field == field)
                return true;
        }
        return false;
    }
    FieldErrors errors() const { return m_errors; }

private:
    FieldErrors m_errors;
};

qsizetype textLength(const QString &text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++length;
    }
    return length;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool allAsciiDigits(const QString &text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

/** ISO 3166-1 alpha-2 shape: two upper-case ASCII letters. */
bool isCountryCode(const QString &code)
{
    return code.size() == 2 && isAsciiUpper(code.at(0)) && isAsciiUpper(code.at(1));
}

/** Digits, spaces and + - ( ) . only, with at least one digit. */
bool isPhoneNumber(const QString &phone)
{
    bool digit = false;
    for (const QChar c : phone) {
        if (isAsciiDigit(c)) {
            digit = true;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('.'))
            continue;
        return false;
    }
    return digit;
}

void checkLength(Collector &out, const QString &field, const QString &text, qsizetype max)
{
    if (textLength(text) > max)
        out.add(field, ValidationCode::TooLong);
}

/** A required text of at most @a max characters. */
void checkRequired(Collector &out, const QString &field, const QString &text, qsizetype max)
{
    if (isBlank(text))
        out.add(field, ValidationCode::Required);
    else
        checkLength(out, field, text, max);
}

void checkRequiredCode(Collector &out, const QString &field, const QString &code)
{
    checkRequired(out, field, code, MaxCodeLength);
}

void checkRequiredName(Collector &out, const QString &field, const QString &name)
{
    checkRequired(out, field, name, MaxShortTextLength);
}

/** A required date: present, not after today, not before @a notBefore (when valid). */
void checkEventDate(Collector &out,
                    const QString &field,
                    const QDate &date,
                    const QDate &today,
                    const QDate &reception)
{
    if (!date.isValid()) {
        out.add(field, ValidationCode::Required);
        return;
    }
    if (today.isValid() && date > today)
        out.add(field, ValidationCode::InFuture);
    else if (reception.isValid() && date < reception)
        out.add(field, ValidationCode::BeforeReception);
}

void checkCount(Collector &out, const QString &field, qint64 value)
{
    if (value < 0)
        out.add(field, ValidationCode::Negative);
}

} // namespace

QString toCode(ValidationCode code)
{
    switch (code) {
    case ValidationCode::Required:
        return QStringLiteral("required");
    case ValidationCode::InvalidFormat:
        return QStringLiteral("invalid_format");
    case ValidationCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case ValidationCode::InFuture:
        return QStringLiteral("in_future");
    case ValidationCode::BeforeBirth:
        return QStringLiteral("before_birth");
    case ValidationCode::BeforeReception:
        return QStringLiteral("before_reception");
    case ValidationCode::Negative:
        return QStringLiteral("negative");
    case ValidationCode::OutOfRange:
        return QStringLiteral("out_of_range");
    case ValidationCode::Inconsistent:
        return QStringLiteral("inconsistent");
    case ValidationCode::TooLong:
        return QStringLiteral("too_long");
    case ValidationCode::NotAChoice:
        return QStringLiteral("not_a_choice");
    case ValidationCode::NeedsApproval:
        return QStringLiteral("needs_approval");
    }
    return QString();
}

FieldErrors placedIn(const FieldErrors &errors, RecordKind record, int reception, int row)
{
    const bool inReception = record != RecordKind::Record && record != RecordKind::Person;
    const bool inRow = record == RecordKind::Support || record == RecordKind::FollowUp;
    FieldErrors out;
    out.reserve(errors.size());
    for (FieldError error : errors) {
        error.record = record;
        error.reception = inReception ? reception : -1;
        error.row = inRow ? row : -1;
        out.append(std::move(error));
    }
    return out;
}

FieldErrors validatePerson(const Person &person, const QDate &today)
{
    Collector out;

    // Names
    if (isBlank(person.fullName))
        out.add(QStringLiteral("full_name"), ValidationCode::Required);
    else
        checkLength(out, QStringLiteral("full_name"), person.fullName, MaxNameLength);
    checkLength(out, QStringLiteral("other_names"), person.otherNames, MaxOtherNamesLength);

    // Birth date or estimated age
    const QString birthField = QStringLiteral("birth_date");
    if (!person.birthDate.isNull()) {
        if (!person.birthDate.isValid() || person.birthDate.year() < EarliestBirthYear)
            out.add(birthField, ValidationCode::InvalidDate);
        else if (today.isValid() && person.birthDate.earliest() > today)
            out.add(birthField, ValidationCode::InFuture);
    }
    const QString estimateField = QStringLiteral("estimated_age_years");
    if (person.estimatedAgeYears) {
        const int estimate = *person.estimatedAgeYears;
        if (estimate < 0 || estimate > MaxEstimatedAge)
            out.add(estimateField, ValidationCode::OutOfRange);
        else if (!person.birthDate.isNull())
            out.add(estimateField, ValidationCode::Inconsistent);
        if (person.estimatedAgeAsOf.isValid() && today.isValid() && person.estimatedAgeAsOf > today)
            out.add(QStringLiteral("estimated_age_as_of"), ValidationCode::InFuture);
    }

    // Nationality and ethnicity
    if (isBlank(person.nationality))
        out.add(QStringLiteral("nationality"), ValidationCode::Required);
    else if (!isCountryCode(person.nationality))
        out.add(QStringLiteral("nationality"), ValidationCode::InvalidFormat);
    if (isBlank(person.ethnicity))
        out.add(QStringLiteral("ethnicity"), ValidationCode::Required);
    else if (person.ethnicity.size() != 2 || !allAsciiDigits(person.ethnicity))
        out.add(QStringLiteral("ethnicity"), ValidationCode::InvalidFormat);

    // Identity document
    const QString documentField = QStringLiteral("document_number");
    switch (person.documentType) {
    case DocumentType::Cccd:
        if (person.documentNumber.isEmpty())
            out.add(documentField, ValidationCode::Required);
        else if (person.documentNumber.size() != CccdDigits
                 || !allAsciiDigits(person.documentNumber))
            out.add(documentField, ValidationCode::InvalidFormat);
        break;
    case DocumentType::Passport:
    case DocumentType::BirthCertificate:
    case DocumentType::Other:
        if (isBlank(person.documentNumber))
            out.add(documentField, ValidationCode::Required);
        else
            checkLength(out, documentField, person.documentNumber, MaxDocumentNumberLength);
        break;
    case DocumentType::None:
        if (!person.documentNumber.isEmpty())
            out.add(documentField, ValidationCode::Inconsistent);
        break;
    }

    // Residence and contact
    checkLength(out, QStringLiteral("residence_province"), person.residenceProvince, MaxCodeLength);
    checkLength(out, QStringLiteral("residence_commune"), person.residenceCommune, MaxCodeLength);
    checkLength(out,
                QStringLiteral("residence_commune_text"),
                person.residenceCommuneText,
                MaxCommuneTextLength);
    checkLength(out, QStringLiteral("address_line"), person.addressLine, MaxAddressLength);
    if (!person.phone.isEmpty()) {
        if (textLength(person.phone) > MaxPhoneLength)
            out.add(QStringLiteral("phone"), ValidationCode::TooLong);
        else if (!isPhoneNumber(person.phone))
            out.add(QStringLiteral("phone"), ValidationCode::InvalidFormat);
    }
    checkLength(
        out, QStringLiteral("family_contact"), person.familyContact, MaxFamilyContactLength);
    checkLength(out, QStringLiteral("notes"), person.notes, MaxNotesLength);

    return out.errors();
}

FieldErrors validateReception(const Reception &reception, const Person &person, const QDate &today)
{
    Collector out;

    const QString dateField = QStringLiteral("reception_date");
    const QDate date = reception.receptionDate;
    if (!date.isValid()) {
        out.add(dateField, ValidationCode::Required);
    } else if (today.isValid() && date > today) {
        out.add(dateField, ValidationCode::InFuture);
    } else if (!person.birthDate.isNull() && person.birthDate.isValid()
               && person.birthDate.earliest() > date) {
        // Only when the person was certainly not yet born: a partial birth date whose range
        // contains the reception date is fine.
        out.add(dateField, ValidationCode::BeforeBirth);
    }

    checkRequiredCode(out, QStringLiteral("agency_code"), reception.agencyCode);
    if (isBlank(reception.countryCode))
        out.add(QStringLiteral("country_code"), ValidationCode::Required);
    else if (!isCountryCode(reception.countryCode))
        out.add(QStringLiteral("country_code"), ValidationCode::InvalidFormat);

    const QString identificationField = QStringLiteral("identification_date");
    if (reception.identificationDate.isValid()) {
        if (today.isValid() && reception.identificationDate > today)
            out.add(identificationField, ValidationCode::InFuture);
        else if (date.isValid() && reception.identificationDate < date)
            out.add(identificationField, ValidationCode::BeforeReception);
    }
    checkLength(out,
                QStringLiteral("identification_agency_code"),
                reception.identificationAgencyCode,
                MaxCodeLength);
    checkLength(
        out, QStringLiteral("identification_basis"), reception.identificationBasis, MaxNotesLength);

    const QString outcomeField = QStringLiteral("outcome");
    const QString closedField = QStringLiteral("closed_date");
    switch (reception.caseStatus) {
    case CaseStatus::Closed:
        if (!reception.outcome)
            out.add(outcomeField, ValidationCode::Required);
        checkEventDate(out, closedField, reception.closedDate, today, date);
        break;
    case CaseStatus::Open:
        if (reception.outcome)
            out.add(outcomeField, ValidationCode::Inconsistent);
        if (!reception.closedDate.isNull())
            out.add(closedField, ValidationCode::Inconsistent);
        break;
    }

    checkLength(out, QStringLiteral("notes"), reception.notes, MaxNotesLength);
    return out.errors();
}

FieldErrors validateSupport(const Support &support, const Reception &reception, const QDate &today)
{
    Collector out;
    checkRequiredCode(out, QStringLiteral("type_code"), support.typeCode);
    checkEventDate(
        out, QStringLiteral("support_date"), support.date, today, reception.receptionDate);
    checkLength(
        out, QStringLiteral("provider_agency_code"), support.providerAgencyCode, MaxCodeLength);
    if (support.amountVnd < 0)
        out.add(QStringLiteral("amount_vnd"), ValidationCode::Negative);
    if (support.quantity < 0)
        out.add(QStringLiteral("quantity"), ValidationCode::Negative);
    else if (support.quantity < 1)
        out.add(QStringLiteral("quantity"), ValidationCode::OutOfRange);
    checkLength(out, QStringLiteral("notes"), support.notes, MaxNotesLength);
    return out.errors();
}

FieldErrors
validateFollowUp(const FollowUp &followUp, const Reception &reception, const QDate &today)
{
    Collector out;
    checkEventDate(
        out, QStringLiteral("follow_up_date"), followUp.date, today, reception.receptionDate);
    // A follow-up records what was found: with every area unknown and no notes it says nothing
    // (an empty row added by mistake). The notes are the field that can always say something.
    const bool nothingFound = followUp.health == ReintegrationStatus::Unknown
                              && followUp.housing == ReintegrationStatus::Unknown
                              && followUp.work == ReintegrationStatus::Unknown
                              && followUp.schooling == ReintegrationStatus::Unknown;
    if (nothingFound && isBlank(followUp.notes))
        out.add(QStringLiteral("notes"), ValidationCode::Required);
    checkLength(out, QStringLiteral("notes"), followUp.notes, MaxNotesLength);
    return out.errors();
}

FieldErrors validateBatch(const HandoverBatch &batch, const QDate &today)
{
    Collector out;
    checkEventDate(out, QStringLiteral("batch_date"), batch.date, today, QDate());
    checkLength(out, QStringLiteral("border_gate_code"), batch.borderGateCode, MaxCodeLength);
    checkLength(out, QStringLiteral("foreign_agency"), batch.foreignAgency, MaxShortTextLength);
    checkLength(
        out, QStringLiteral("receiving_agency_code"), batch.receivingAgencyCode, MaxCodeLength);

    const QString total = QStringLiteral("persons_total");
    const QString male = QStringLiteral("persons_male");
    const QString female = QStringLiteral("persons_female");
    const QString children = QStringLiteral("persons_children");
    const QString verified = QStringLiteral("persons_verified");
    const QString cases = QStringLiteral("cases_identified");
    const QString victims = QStringLiteral("victims_identified");
    checkCount(out, total, batch.personsTotal);
    // A handover is of people: a batch of nobody is an empty form saved by mistake, and it
    // would be counted in the register and the reports like a real one.
    if (batch.personsTotal == 0)
        out.add(total, ValidationCode::Required);
    checkCount(out, male, batch.personsMale);
    checkCount(out, female, batch.personsFemale);
    checkCount(out, children, batch.personsChildren);
    checkCount(out, verified, batch.personsVerified);
    checkCount(out, cases, batch.casesIdentified);
    checkCount(out, victims, batch.victimsIdentified);

    // Parts may not exceed the whole. The error goes on the part (the smaller field); a sex
    // split that adds up to more than the total marks both of its fields.
    if (batch.personsTotal >= 0) {
        const qint64 whole = batch.personsTotal;
        if (batch.personsMale >= 0 && batch.personsFemale >= 0
            && qint64(batch.personsMale) + batch.personsFemale > whole) {
            out.add(male, ValidationCode::Inconsistent);
            out.add(female, ValidationCode::Inconsistent);
        }
        if (batch.personsChildren > whole)
            out.add(children, ValidationCode::Inconsistent);
        if (batch.personsVerified > whole)
            out.add(verified, ValidationCode::Inconsistent);
        if (batch.victimsIdentified > whole)
            out.add(victims, ValidationCode::Inconsistent);
    }
    if (batch.personsVerified > 0 && !batch.classified)
        out.add(QStringLiteral("classified"), ValidationCode::Inconsistent);

    checkLength(out, QStringLiteral("notes"), batch.notes, MaxNotesLength);
    return out.errors();
}

FieldErrors validatePlanGoal(const PlanGoal &goal, const Reception &reception)
{
    Collector out;
    // The enums come from a combo box or a stored code; a value outside them is a bug or a
    // damaged row, refused rather than written.
    if (!allValues<GoalArea>().contains(goal.area))
        out.add(QStringLiteral("area"), ValidationCode::NotAChoice);
    checkRequired(out, QStringLiteral("goal"), goal.goal, MaxShortTextLength);
    checkLength(out, QStringLiteral("actions"), goal.actions, MaxNotesLength);
    // A target date is what makes a goal reviewable (the rule "goal past its target date"); it
    // may lie in the future, but not before the reception the plan belongs to.
    const QString targetField = QStringLiteral("target_date");
    if (goal.targetDate.isNull())
        out.add(targetField, ValidationCode::Required);
    else if (!goal.targetDate.isValid())
        out.add(targetField, ValidationCode::InvalidDate);
    else if (reception.receptionDate.isValid() && goal.targetDate < reception.receptionDate)
        out.add(targetField, ValidationCode::BeforeReception);
    if (!allValues<GoalStatus>().contains(goal.status))
        out.add(QStringLiteral("status"), ValidationCode::NotAChoice);
    checkLength(out, QStringLiteral("review_notes"), goal.reviewNotes, MaxNotesLength);
    return out.errors();
}

FieldErrors
validateAttachment(const Attachment &attachment, const QStringList &activeTypes, const QDate &today)
{
    Collector out;
    const QString typeField = QStringLiteral("document_type");
    if (isBlank(attachment.documentType))
        out.add(typeField, ValidationCode::Required);
    else if (!activeTypes.contains(attachment.documentType))
        out.add(typeField, ValidationCode::NotAChoice);
    const QString dateField = QStringLiteral("document_date");
    if (!attachment.documentDate.isNull()) {
        if (!attachment.documentDate.isValid())
            out.add(dateField, ValidationCode::InvalidDate);
        else if (attachment.documentDate > today)
            out.add(dateField, ValidationCode::InFuture);
    }
    checkRequired(out, QStringLiteral("file_name"), attachment.fileName, MaxShortTextLength);
    checkLength(out, QStringLiteral("note"), attachment.note, MaxNotesLength);
    return out.errors();
}

FieldErrors
validateHotlineCall(const HotlineCall &call, const QDateTime &now, const Reception *linkedReception)
{
    Collector out;
    const QString dateField = QStringLiteral("call_date");
    const QString timeField = QStringLiteral("call_time");
    const QDate today = now.date();
    if (call.date.isNull())
        out.add(dateField, ValidationCode::Required);
    else if (!call.date.isValid())
        out.add(dateField, ValidationCode::InvalidDate);
    else if (call.date > today)
        out.add(dateField, ValidationCode::InFuture);
    const QTime time = callTimeFrom(call.time);
    if (isBlank(call.time))
        out.add(timeField, ValidationCode::Required);
    else if (!time.isValid())
        out.add(timeField, ValidationCode::InvalidFormat);
    else if (call.date == today && time > now.time())
        out.add(timeField, ValidationCode::InFuture);

    // A day has 1,440 minutes: a longer call is a typing slip (hours typed as minutes).
    const QString duration = QStringLiteral("duration_minutes");
    if (call.durationMinutes < 0)
        out.add(duration, ValidationCode::Negative);
    else if (call.durationMinutes > 24 * 60)
        out.add(duration, ValidationCode::OutOfRange);

    const QString line = QStringLiteral("line");
    if (isBlank(call.line))
        out.add(line, ValidationCode::Required);
    else if (!allAsciiDigits(call.line))
        out.add(line, ValidationCode::InvalidFormat);
    else
        checkLength(out, line, call.line, MaxPhoneLength);

    // The enums come from a combo box or a stored code; a value outside them is a bug or a
    // damaged row, refused rather than written.
    if (!allValues<CallerType>().contains(call.callerType))
        out.add(QStringLiteral("caller_type"), ValidationCode::NotAChoice);
    // An anonymous call keeps nobody's name or phone (the table's CHECK says the same).
    const bool anonymous = call.callerType == CallerType::Anonymous;
    const QString name = QStringLiteral("caller_name");
    const QString phone = QStringLiteral("caller_phone");
    if (anonymous && !isBlank(call.callerName))
        out.add(name, ValidationCode::Inconsistent);
    checkLength(out, name, call.callerName, MaxNameLength);
    if (anonymous && !isBlank(call.callerPhone))
        out.add(phone, ValidationCode::Inconsistent);
    if (!isBlank(call.callerPhone) && !isPhoneNumber(call.callerPhone))
        out.add(phone, ValidationCode::InvalidFormat);
    checkLength(out, phone, call.callerPhone, MaxPhoneLength);
    if (!allValues<CallReason>().contains(call.reason))
        out.add(QStringLiteral("reason"), ValidationCode::NotAChoice);
    if (!allValues<Sex>().contains(call.sex))
        out.add(QStringLiteral("sex"), ValidationCode::NotAChoice);
    if (!allValues<AgeBand>().contains(call.ageBand))
        out.add(QStringLiteral("age_band"), ValidationCode::NotAChoice);
    checkLength(out, QStringLiteral("province_code"), call.provinceCode, MaxCodeLength);
    if (!allValues<CallUrgency>().contains(call.urgency))
        out.add(QStringLiteral("urgency"), ValidationCode::NotAChoice);
    for (const CallAction action : call.actions) {
        if (!allValues<CallAction>().contains(action))
            out.add(QStringLiteral("actions"), ValidationCode::NotAChoice);
    }
    checkLength(out, QStringLiteral("notes"), call.notes, MaxNotesLength);

    const QString reception = QStringLiteral("reception_id");
    if (call.receptionId && !call.personId)
        out.add(QStringLiteral("person_id"), ValidationCode::Required);
    else if (call.receptionId && linkedReception
             && (linkedReception->meta.id != *call.receptionId
                 || linkedReception->personId != *call.personId))
        out.add(reception, ValidationCode::Inconsistent);
    return out.errors();
}

namespace {

/** A reference code: required, lower-case ASCII letters, digits and "_", at most 50. */
void checkReferenceCode(Collector &out, const QString &code)
{
    const QString field = QStringLiteral("code");
    if (isBlank(code)) {
        out.add(field, ValidationCode::Required);
        return;
    }
    for (const QChar c : code) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('_');
        if (!ok) {
            out.add(field, ValidationCode::InvalidFormat);
            return;
        }
    }
    checkLength(out, field, code, MaxCodeLength);
}

/**
 * What every reference list checks: its code, its required name (@a name, in the field
 * @a nameField) and its optional English name.
 */
template<typename Entry>
void checkReferenceEntry(Collector &out,
                         const Entry &entry,
                         const QString &nameField,
                         const QString &name)
{
    checkReferenceCode(out, entry.code);
    checkRequiredName(out, nameField, name);
    checkLength(out, QStringLiteral("name_en"), entry.nameEn, MaxShortTextLength);
}

} // namespace

FieldErrors validateAgency(const Agency &agency)
{
    Collector out;
    checkReferenceEntry(out, agency, QStringLiteral("name"), agency.name);
    checkLength(out, QStringLiteral("province_code"), agency.provinceCode, MaxCodeLength);
    return out.errors();
}

FieldErrors validateBorderGate(const BorderGate &gate)
{
    Collector out;
    checkReferenceEntry(out, gate, QStringLiteral("name"), gate.name);
    const QString country = gate.countryCode;
    const bool countryOk =
        country.isEmpty()
        || (country.size() == 2 && country.at(0).isUpper() && country.at(1).isUpper()
            && country.at(0).unicode() < 128 && country.at(1).unicode() < 128);
    if (!countryOk)
        out.add(QStringLiteral("country_code"), ValidationCode::InvalidFormat);
    return out.errors();
}

FieldErrors validateAttachmentType(const AttachmentType &type)
{
    Collector out;
    checkReferenceEntry(out, type, QStringLiteral("name_vi"), type.nameVi);
    checkCount(out, QStringLiteral("sort_order"), type.sortOrder);
    return out.errors();
}

FieldErrors validateSupportType(const SupportType &type)
{
    Collector out;
    checkReferenceEntry(out, type, QStringLiteral("name_vi"), type.nameVi);
    checkCount(out, QStringLiteral("default_amount_vnd"), type.defaultAmountVnd);
    checkCount(out, QStringLiteral("sort_order"), type.sortOrder);
    return out.errors();
}

FieldErrors validateTaskRule(const TaskRule &rule)
{
    Collector out;
    checkReferenceEntry(out, rule, QStringLiteral("name_vi"), rule.nameVi);
    checkRequiredName(out, QStringLiteral("name_en"), rule.nameEn);
    if (rule.offsetMonths < 0 || rule.offsetMonths > 120)
        out.add(QStringLiteral("offset_months"), ValidationCode::OutOfRange);
    if (rule.offsetDays < 0 || rule.offsetDays > 3650)
        out.add(QStringLiteral("offset_days"), ValidationCode::OutOfRange);
    else if (rule.kind == TaskRuleKind::FollowUpAfterHandover && rule.offsetMonths == 0
             && rule.offsetDays == 0)
        out.add(QStringLiteral("offset_days"), ValidationCode::Inconsistent);
    if (rule.lapseDays < 0 || rule.lapseDays > 3650)
        out.add(QStringLiteral("lapse_days"), ValidationCode::OutOfRange);
    return out.errors();
}

FieldErrors validateManualTask(const Task &task)
{
    Collector out;
    checkRequired(out, QStringLiteral("title"), task.title, 200);
    if (!task.dueDate.isValid())
        out.add(QStringLiteral("due_date"), ValidationCode::Required);
    checkLength(out, QStringLiteral("notes"), task.notes, 2000);
    return out.errors();
}

FieldErrors validateOrganisation(const Organisation &organisation)
{
    Collector out;
    checkRequiredName(out, QStringLiteral("org_name"), organisation.name);
    checkLength(
        out, QStringLiteral("org_parent_name"), organisation.parentName, MaxShortTextLength);
    checkRequiredCode(out, QStringLiteral("org_province_code"), organisation.provinceCode);
    checkLength(out, QStringLiteral("org_address"), organisation.address, MaxAddressLength);
    checkLength(out, QStringLiteral("org_place"), organisation.place, MaxCommuneTextLength);
    const QString prefix = organisation.caseCodePrefix.trimmed();
    if (prefix.isEmpty())
        out.add(QStringLiteral("case_code_prefix"), ValidationCode::Required);
    else if (!CaseCode::parse(prefix + QStringLiteral("-2000-0001")))
        out.add(QStringLiteral("case_code_prefix"), ValidationCode::InvalidFormat);
    // The signing details of the reports (docs/report-layout.md): all optional, as a report
    // without them prints dotted lines, but the abbreviation stands in "Số: …/BC-TTCTXH" and
    // is letters and digits joined by hyphens, and a deputy who signs needs a title.
    const QString abbreviation = organisation.abbreviation.trimmed();
    bool abbreviationOk = abbreviation.size() <= 20;
    for (const QChar c : abbreviation)
        abbreviationOk = abbreviationOk && (c.isUpper() || c.isDigit() || c == QLatin1Char('-'));
    if (!abbreviationOk)
        out.add(QStringLiteral("org_abbreviation"), ValidationCode::InvalidFormat);
    checkLength(out, QStringLiteral("org_head_title"), organisation.headTitle, MaxShortTextLength);
    if (organisation.deputySigns && isBlank(organisation.deputyTitle))
        out.add(QStringLiteral("org_deputy_title"), ValidationCode::Required);
    else
        checkLength(
            out, QStringLiteral("org_deputy_title"), organisation.deputyTitle, MaxShortTextLength);
    checkLength(
        out, QStringLiteral("org_signer_name"), organisation.signerName, MaxShortTextLength);
    bool recipientsOk = organisation.recipients.size() <= 20;
    for (const QString &recipient : organisation.recipients)
        recipientsOk = recipientsOk && recipient.size() <= MaxShortTextLength;
    if (!recipientsOk)
        out.add(QStringLiteral("org_recipients"), ValidationCode::TooLong);
    return out.errors();
}

// == Shelter (docs/centre-work.md) ==

FieldErrors validateShelter(const Shelter &shelter)
{
    Collector out;
    checkReferenceEntry(out, shelter, QStringLiteral("name_vi"), shelter.nameVi);
    checkCount(out, QStringLiteral("sort_order"), shelter.sortOrder);
    return out.errors();
}

FieldErrors validateShelterRoom(const ShelterRoom &room)
{
    Collector out;
    checkReferenceEntry(out, room, QStringLiteral("name_vi"), room.nameVi);
    checkRequiredCode(out, QStringLiteral("shelter_code"), room.shelterCode);
    if (room.capacity < 0 || room.capacity > 100)
        out.add(QStringLiteral("capacity"), ValidationCode::OutOfRange);
    checkCount(out, QStringLiteral("sort_order"), room.sortOrder);
    return out.errors();
}

FieldErrors
validateShelterStay(const ShelterStay &stay, const QDate &receptionDate, const QDate &today)
{
    Collector out;
    if (stay.receptionId <= 0)
        out.add(QStringLiteral("reception_id"), ValidationCode::Required);
    checkRequiredCode(out, QStringLiteral("room_code"), stay.roomCode);
    checkEventDate(out, QStringLiteral("admitted_date"), stay.admitted, today, receptionDate);
    if (stay.left.isValid()) {
        if (today.isValid() && stay.left > today)
            out.add(QStringLiteral("left_date"), ValidationCode::InFuture);
        else if (stay.admitted.isValid() && stay.left < stay.admitted)
            out.add(QStringLiteral("left_date"), ValidationCode::Inconsistent);
        if (stay.leavingReason.isEmpty())
            out.add(QStringLiteral("leaving_reason"), ValidationCode::Required);
    }
    if (!stay.leavingReason.isEmpty()
        && (!leavingReasonCodes().contains(stay.leavingReason) || !stay.left.isValid()))
        out.add(QStringLiteral("leaving_reason"), ValidationCode::NotAChoice);
    checkLength(out, QStringLiteral("notes"), stay.notes, MaxNotesLength);
    return out.errors();
}

} // namespace sr::domain
