#include "domain/Validation.h"

#include "Printers.h"

#include <gtest/gtest.h>

#include <functional>

using namespace sr::domain;

namespace {

const QDate today(2023, 8, 10);

FieldError err(const char *field, ValidationCode code)
{
    return FieldError{QString::fromLatin1(field), code};
}

Person validPerson()
{
    Person p;
    p.fullName = QStringLiteral("Nguyễn Thị Hằng");
    p.sex = Sex::Female;
    p.birthDate = PartialDate::fromDate(QDate(2001, 4, 12));
    p.nationality = QStringLiteral("VN");
    p.ethnicity = QStringLiteral("01");
    p.documentType = DocumentType::Cccd;
    p.documentNumber = QStringLiteral("022301004567");
    p.residenceProvince = QStringLiteral("22");
    p.phone = QStringLiteral("+84 (0) 912.345-678");
    return p;
}

Reception validReception()
{
    Reception r;
    r.personId = 1;
    r.receptionDate = QDate(2022, 5, 3);
    r.agencyCode = QStringLiteral("CTXH_QN");
    r.countryCode = QStringLiteral("CN");
    r.route = Route::HandedOverAtBorder;
    r.identificationStatus = IdentificationStatus::ConfirmedVictim;
    r.identificationDate = QDate(2022, 5, 10);
    r.caseStatus = CaseStatus::Closed;
    r.outcome = CaseOutcome::HandedOverToFamily;
    r.closedDate = QDate(2022, 6, 1);
    return r;
}

Support validSupport()
{
    Support s;
    s.receptionId = 1;
    s.typeCode = QStringLiteral("travel");
    s.date = QDate(2022, 5, 4);
    s.amountVnd = 500000;
    s.quantity = 1;
    return s;
}

FollowUp validFollowUp()
{
    FollowUp f;
    f.receptionId = 1;
    f.date = QDate(2022, 11, 20);
    f.health = ReintegrationStatus::Stable;
    return f;
}

HandoverBatch validBatch()
{
    HandoverBatch b;
    b.date = QDate(2022, 9, 14);
    b.borderGateCode = QStringLiteral("MONG_CAI");
    b.personsTotal = 40;
    b.personsMale = 22;
    b.personsFemale = 18;
    b.personsChildren = 3;
    b.classified = true;
    b.personsVerified = 35;
    b.casesIdentified = 1;
    b.victimsIdentified = 2;
    return b;
}

TEST(Validation, ValidRecordsHaveNoErrors)
{
    EXPECT_EQ(validatePerson(validPerson(), today), FieldErrors());
    EXPECT_EQ(validateReception(validReception(), validPerson(), today), FieldErrors());
    EXPECT_EQ(validateSupport(validSupport(), validReception(), today), FieldErrors());
    EXPECT_EQ(validateFollowUp(validFollowUp(), validReception(), today), FieldErrors());
    EXPECT_EQ(validateBatch(validBatch(), today), FieldErrors());
}

// Person ------------------------------------------------------------------------

struct PersonCase
{
    const char *name;
    std::function<void(Person &)> change;
    FieldErrors expected; ///< exactly these errors (empty: valid)

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const PersonCase &c, std::ostream *os) { *os << c.name; }
};

class PersonValidationTest : public ::testing::TestWithParam<PersonCase>
{};

TEST_P(PersonValidationTest, ReportsExactlyTheExpectedErrors)
{
    Person person = validPerson();
    GetParam().change(person);
    EXPECT_EQ(validatePerson(person, today), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    PersonValidationTest,
    ::testing::Values(
        PersonCase{"name_empty", [](Person &p) { p.fullName.clear(); }, {err("full_name", ValidationCode::Required)}},
        PersonCase{"name_blank", [](Person &p) { p.fullName = QStringLiteral("   "); }, {err("full_name", ValidationCode::Required)}},
        PersonCase{"name_200", [](Person &p) { p.fullName = QString(200, QLatin1Char('a')); }, {}},
        PersonCase{"name_201", [](Person &p) { p.fullName = QString(201, QLatin1Char('a')); }, {err("full_name", ValidationCode::TooLong)}},
        PersonCase{"birth_invalid", [](Person &p) { p.birthDate = PartialDate::fromYearMonth(2001, 13); }, {err("birth_date", ValidationCode::InvalidDate)}},
        PersonCase{"birth_too_old", [](Person &p) { p.birthDate = PartialDate::fromYear(1850); }, {err("birth_date", ValidationCode::InvalidDate)}},
        PersonCase{"birth_tomorrow", [](Person &p) { p.birthDate = PartialDate::fromDate(today.addDays(1)); }, {err("birth_date", ValidationCode::InFuture)}},
        PersonCase{"birth_today", [](Person &p) { p.birthDate = PartialDate::fromDate(today); }, {}},
        PersonCase{"birth_this_year", [](Person &p) { p.birthDate = PartialDate::fromYear(2023); }, {}},
        PersonCase{"birth_next_month", [](Person &p) { p.birthDate = PartialDate::fromYearMonth(2023, 9); }, {err("birth_date", ValidationCode::InFuture)}},
        PersonCase{"birth_none_estimate", [](Person &p) { p.birthDate = PartialDate(); p.estimatedAgeYears = 25; p.estimatedAgeAsOf = today; }, {}},
        PersonCase{"nothing_known", [](Person &p) { p.birthDate = PartialDate(); }, {}},
        PersonCase{"estimate_and_birth", [](Person &p) { p.estimatedAgeYears = 22; }, {err("estimated_age_years", ValidationCode::Inconsistent)}},
        PersonCase{"estimate_negative", [](Person &p) { p.birthDate = PartialDate(); p.estimatedAgeYears = -1; }, {err("estimated_age_years", ValidationCode::OutOfRange)}},
        PersonCase{"estimate_120", [](Person &p) { p.birthDate = PartialDate(); p.estimatedAgeYears = 120; }, {}},
        PersonCase{"estimate_121", [](Person &p) { p.birthDate = PartialDate(); p.estimatedAgeYears = 121; }, {err("estimated_age_years", ValidationCode::OutOfRange)}},
        PersonCase{"estimate_date_future", [](Person &p) { p.birthDate = PartialDate(); p.estimatedAgeYears = 20; p.estimatedAgeAsOf = today.addDays(1); }, {err("estimated_age_as_of", ValidationCode::InFuture)}},
        PersonCase{"nationality_empty", [](Person &p) { p.nationality.clear(); }, {err("nationality", ValidationCode::Required)}},
        PersonCase{"nationality_lower", [](Person &p) { p.nationality = QStringLiteral("vn"); }, {err("nationality", ValidationCode::InvalidFormat)}},
        PersonCase{"nationality_alpha3", [](Person &p) { p.nationality = QStringLiteral("VNM"); }, {err("nationality", ValidationCode::InvalidFormat)}},
        PersonCase{"nationality_thai", [](Person &p) { p.nationality = QStringLiteral("TH"); p.ethnicity = QStringLiteral("99"); }, {}},
        PersonCase{"ethnicity_empty", [](Person &p) { p.ethnicity.clear(); }, {err("ethnicity", ValidationCode::Required)}},
        PersonCase{"ethnicity_name", [](Person &p) { p.ethnicity = QStringLiteral("Kinh"); }, {err("ethnicity", ValidationCode::InvalidFormat)}},
        PersonCase{"cccd_11_digits", [](Person &p) { p.documentNumber = QStringLiteral("02230100456"); }, {err("document_number", ValidationCode::InvalidFormat)}},
        PersonCase{"cccd_13_digits", [](Person &p) { p.documentNumber = QStringLiteral("0223010045678"); }, {err("document_number", ValidationCode::InvalidFormat)}},
        PersonCase{"cccd_letter", [](Person &p) { p.documentNumber = QStringLiteral("02230100456A"); }, {err("document_number", ValidationCode::InvalidFormat)}},
        PersonCase{"cccd_spaces", [](Person &p) { p.documentNumber = QStringLiteral("022 301 004 567"); }, {err("document_number", ValidationCode::InvalidFormat)}},
        PersonCase{"cccd_missing", [](Person &p) { p.documentNumber.clear(); }, {err("document_number", ValidationCode::Required)}},
        PersonCase{"passport_ok", [](Person &p) { p.documentType = DocumentType::Passport; p.documentNumber = QStringLiteral("C1234567"); }, {}},
        PersonCase{"passport_missing", [](Person &p) { p.documentType = DocumentType::Passport; p.documentNumber.clear(); }, {err("document_number", ValidationCode::Required)}},
        PersonCase{"birth_cert_missing", [](Person &p) { p.documentType = DocumentType::BirthCertificate; p.documentNumber.clear(); }, {err("document_number", ValidationCode::Required)}},
        PersonCase{"other_doc_missing", [](Person &p) { p.documentType = DocumentType::Other; p.documentNumber = QStringLiteral(" "); }, {err("document_number", ValidationCode::Required)}},
        PersonCase{"other_doc_too_long", [](Person &p) { p.documentType = DocumentType::Other; p.documentNumber = QString(51, QLatin1Char('9')); }, {err("document_number", ValidationCode::TooLong)}},
        PersonCase{"no_doc_with_number", [](Person &p) { p.documentType = DocumentType::None; }, {err("document_number", ValidationCode::Inconsistent)}},
        PersonCase{"no_doc_no_number", [](Person &p) { p.documentType = DocumentType::None; p.documentNumber.clear(); }, {}},
        PersonCase{"phone_letters", [](Person &p) { p.phone = QStringLiteral("0912 abc 678"); }, {err("phone", ValidationCode::InvalidFormat)}},
        PersonCase{"phone_no_digit", [](Person &p) { p.phone = QStringLiteral("+-()"); }, {err("phone", ValidationCode::InvalidFormat)}},
        PersonCase{"phone_hotline", [](Person &p) { p.phone = QStringLiteral("18001769"); }, {}},
        PersonCase{"phone_30", [](Person &p) { p.phone = QString(30, QLatin1Char('1')); }, {}},
        PersonCase{"phone_31", [](Person &p) { p.phone = QString(31, QLatin1Char('1')); }, {err("phone", ValidationCode::TooLong)}},
        PersonCase{"notes_10000", [](Person &p) { p.notes = QString(10000, QLatin1Char('x')); }, {}},
        PersonCase{"notes_10001", [](Person &p) { p.notes = QString(10001, QLatin1Char('x')); }, {err("notes", ValidationCode::TooLong)}}),
    [](const ::testing::TestParamInfo<PersonCase> &info) { return std::string(info.param.name); });

TEST(Validation, PersonReportsEveryErrorAtOnce)
{
    Person p;
    p.fullName.clear();
    p.birthDate = PartialDate::fromDate(today.addYears(1));
    p.estimatedAgeYears = 200;
    p.nationality = QStringLiteral("Vietnam");
    p.ethnicity.clear();
    p.documentType = DocumentType::Cccd;
    p.documentNumber = QStringLiteral("123");
    p.phone = QStringLiteral("call me");
    p.notes = QString(10001, QLatin1Char('n'));

    const FieldErrors errors = validatePerson(p, today);
    EXPECT_EQ(errors,
              (FieldErrors{err("full_name", ValidationCode::Required),
                           err("birth_date", ValidationCode::InFuture),
                           err("estimated_age_years", ValidationCode::OutOfRange),
                           err("nationality", ValidationCode::InvalidFormat),
                           err("ethnicity", ValidationCode::Required),
                           err("document_number", ValidationCode::InvalidFormat),
                           err("phone", ValidationCode::InvalidFormat),
                           err("notes", ValidationCode::TooLong)}));
}

TEST(Validation, LengthsCountCharactersNotBytes)
{
    Person p = validPerson();
    p.fullName = QString(200, QChar(0x1EB7)); // ặ: 200 characters, 600 UTF-8 bytes
    EXPECT_EQ(validatePerson(p, today), FieldErrors());
}

// Reception -----------------------------------------------------------------------

struct ReceptionCase
{
    const char *name;
    std::function<void(Reception &, Person &)> change;
    FieldErrors expected;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const ReceptionCase &c, std::ostream *os) { *os << c.name; }
};

class ReceptionValidationTest : public ::testing::TestWithParam<ReceptionCase>
{};

TEST_P(ReceptionValidationTest, ReportsExactlyTheExpectedErrors)
{
    Reception reception = validReception();
    Person person = validPerson();
    GetParam().change(reception, person);
    EXPECT_EQ(validateReception(reception, person, today), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    ReceptionValidationTest,
    ::testing::Values(
        ReceptionCase{"date_missing", [](Reception &r, Person &) { r.receptionDate = QDate(); r.identificationDate = QDate(); r.caseStatus = CaseStatus::Open; r.outcome.reset(); r.closedDate = QDate(); }, {err("reception_date", ValidationCode::Required)}},
        ReceptionCase{"date_future", [](Reception &r, Person &) { r.receptionDate = today.addDays(1); r.identificationDate = QDate(); r.caseStatus = CaseStatus::Open; r.outcome.reset(); r.closedDate = QDate(); }, {err("reception_date", ValidationCode::InFuture)}},
        ReceptionCase{"date_today", [](Reception &r, Person &) { r.receptionDate = today; r.identificationDate = today; r.closedDate = today; }, {}},
        ReceptionCase{"before_birth", [](Reception &, Person &p) { p.birthDate = PartialDate::fromDate(QDate(2022, 5, 4)); }, {err("reception_date", ValidationCode::BeforeBirth)}},
        ReceptionCase{"on_birth_day", [](Reception &, Person &p) { p.birthDate = PartialDate::fromDate(QDate(2022, 5, 3)); }, {}},
        ReceptionCase{"birth_year_same_year", [](Reception &, Person &p) { p.birthDate = PartialDate::fromYear(2022); }, {}},
        ReceptionCase{"birth_month_after", [](Reception &, Person &p) { p.birthDate = PartialDate::fromYearMonth(2022, 6); }, {err("reception_date", ValidationCode::BeforeBirth)}},
        ReceptionCase{"birth_unknown", [](Reception &, Person &p) { p.birthDate = PartialDate(); }, {}},
        ReceptionCase{"agency_missing", [](Reception &r, Person &) { r.agencyCode.clear(); }, {err("agency_code", ValidationCode::Required)}},
        ReceptionCase{"country_missing", [](Reception &r, Person &) { r.countryCode.clear(); }, {err("country_code", ValidationCode::Required)}},
        ReceptionCase{"country_bad", [](Reception &r, Person &) { r.countryCode = QStringLiteral("China"); }, {err("country_code", ValidationCode::InvalidFormat)}},
        ReceptionCase{"identified_future", [](Reception &r, Person &) { r.identificationDate = today.addDays(1); }, {err("identification_date", ValidationCode::InFuture)}},
        ReceptionCase{"identified_before", [](Reception &r, Person &) { r.identificationDate = QDate(2022, 5, 2); }, {err("identification_date", ValidationCode::BeforeReception)}},
        ReceptionCase{"identified_same_day", [](Reception &r, Person &) { r.identificationDate = r.receptionDate; }, {}},
        ReceptionCase{"closed_no_outcome", [](Reception &r, Person &) { r.outcome.reset(); }, {err("outcome", ValidationCode::Required)}},
        ReceptionCase{"closed_no_date", [](Reception &r, Person &) { r.closedDate = QDate(); }, {err("closed_date", ValidationCode::Required)}},
        ReceptionCase{"closed_before", [](Reception &r, Person &) { r.closedDate = QDate(2022, 5, 2); }, {err("closed_date", ValidationCode::BeforeReception)}},
        ReceptionCase{"closed_future", [](Reception &r, Person &) { r.closedDate = today.addDays(1); }, {err("closed_date", ValidationCode::InFuture)}},
        ReceptionCase{"closed_nothing", [](Reception &r, Person &) { r.outcome.reset(); r.closedDate = QDate(); }, {err("outcome", ValidationCode::Required), err("closed_date", ValidationCode::Required)}},
        ReceptionCase{"open_ok", [](Reception &r, Person &) { r.caseStatus = CaseStatus::Open; r.outcome.reset(); r.closedDate = QDate(); }, {}},
        ReceptionCase{"open_with_outcome", [](Reception &r, Person &) { r.caseStatus = CaseStatus::Open; r.closedDate = QDate(); }, {err("outcome", ValidationCode::Inconsistent)}},
        ReceptionCase{"open_with_date", [](Reception &r, Person &) { r.caseStatus = CaseStatus::Open; r.outcome.reset(); }, {err("closed_date", ValidationCode::Inconsistent)}},
        ReceptionCase{"notes_too_long", [](Reception &r, Person &) { r.notes = QString(10001, QLatin1Char('x')); }, {err("notes", ValidationCode::TooLong)}}),
    [](const ::testing::TestParamInfo<ReceptionCase> &info) { return std::string(info.param.name); });

TEST(Validation, ReceptionReportsEveryErrorAtOnce)
{
    Reception r;
    r.receptionDate = today.addDays(3);
    r.countryCode = QStringLiteral("cn");
    r.identificationDate = today.addDays(5);
    r.caseStatus = CaseStatus::Closed;
    const FieldErrors errors = validateReception(r, validPerson(), today);
    EXPECT_EQ(errors,
              (FieldErrors{err("reception_date", ValidationCode::InFuture),
                           err("agency_code", ValidationCode::Required),
                           err("country_code", ValidationCode::InvalidFormat),
                           err("identification_date", ValidationCode::InFuture),
                           err("outcome", ValidationCode::Required),
                           err("closed_date", ValidationCode::Required)}));
}

// Support and follow-up ---------------------------------------------------------------

struct SupportCase
{
    const char *name;
    std::function<void(Support &)> change;
    FieldErrors expected;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const SupportCase &c, std::ostream *os) { *os << c.name; }
};

class SupportValidationTest : public ::testing::TestWithParam<SupportCase>
{};

TEST_P(SupportValidationTest, ReportsExactlyTheExpectedErrors)
{
    Support support = validSupport();
    GetParam().change(support);
    EXPECT_EQ(validateSupport(support, validReception(), today), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    SupportValidationTest,
    ::testing::Values(SupportCase{"type_missing",
                                  [](Support &s) { s.typeCode.clear(); },
                                  {err("type_code", ValidationCode::Required)}},
                      SupportCase{"date_missing",
                                  [](Support &s) { s.date = QDate(); },
                                  {err("support_date", ValidationCode::Required)}},
                      SupportCase{"date_future",
                                  [](Support &s) { s.date = today.addDays(1); },
                                  {err("support_date", ValidationCode::InFuture)}},
                      SupportCase{"date_before_reception",
                                  [](Support &s) { s.date = QDate(2022, 5, 2); },
                                  {err("support_date", ValidationCode::BeforeReception)}},
                      SupportCase{
                          "date_on_reception", [](Support &s) { s.date = QDate(2022, 5, 3); }, {}},
                      SupportCase{"amount_zero", [](Support &s) { s.amountVnd = 0; }, {}},
                      SupportCase{"amount_negative",
                                  [](Support &s) { s.amountVnd = -1; },
                                  {err("amount_vnd", ValidationCode::Negative)}},
                      SupportCase{"quantity_zero",
                                  [](Support &s) { s.quantity = 0; },
                                  {err("quantity", ValidationCode::OutOfRange)}},
                      SupportCase{"quantity_negative",
                                  [](Support &s) { s.quantity = -2; },
                                  {err("quantity", ValidationCode::Negative)}},
                      SupportCase{"quantity_days", [](Support &s) { s.quantity = 30; }, {}},
                      SupportCase{"all_wrong",
                                  [](Support &s) {
                                      s.typeCode.clear();
                                      s.date = QDate();
                                      s.amountVnd = -5;
                                      s.quantity = 0;
                                  },
                                  {err("type_code", ValidationCode::Required),
                                   err("support_date", ValidationCode::Required),
                                   err("amount_vnd", ValidationCode::Negative),
                                   err("quantity", ValidationCode::OutOfRange)}}),
    [](const ::testing::TestParamInfo<SupportCase> &info) { return std::string(info.param.name); });

TEST(Validation, FollowUpDates)
{
    const Reception reception = validReception();
    FollowUp f = validFollowUp();
    EXPECT_EQ(validateFollowUp(f, reception, today), FieldErrors());
    f.date = QDate();
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("follow_up_date", ValidationCode::Required)}));
    f.date = today.addDays(1);
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("follow_up_date", ValidationCode::InFuture)}));
    f.date = reception.receptionDate.addDays(-1);
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("follow_up_date", ValidationCode::BeforeReception)}));
    f.date = reception.receptionDate;
    EXPECT_EQ(validateFollowUp(f, reception, today), FieldErrors());
    f.notes = QString(10001, QLatin1Char('x'));
    f.date = today.addDays(2);
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("follow_up_date", ValidationCode::InFuture),
                           err("notes", ValidationCode::TooLong)}));
}

TEST(Validation, FollowUpWithNothingFoundIsRefused)
{
    const Reception reception = validReception();
    FollowUp f;
    f.date = QDate(2022, 11, 20);
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("notes", ValidationCode::Required)}));
    f.notes = QStringLiteral("   ");
    EXPECT_EQ(validateFollowUp(f, reception, today),
              (FieldErrors{err("notes", ValidationCode::Required)}));
    f.notes = QStringLiteral("Không gặp được, gia đình cho biết đã đi làm xa");
    EXPECT_EQ(validateFollowUp(f, reception, today), FieldErrors());
    f.notes.clear();
    f.schooling = ReintegrationStatus::NotApplicable;
    EXPECT_EQ(validateFollowUp(f, reception, today), FieldErrors());
}

// Handover batch --------------------------------------------------------------------------

struct BatchCase
{
    const char *name;
    std::function<void(HandoverBatch &)> change;
    FieldErrors expected;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const BatchCase &c, std::ostream *os) { *os << c.name; }
};

class BatchValidationTest : public ::testing::TestWithParam<BatchCase>
{};

TEST_P(BatchValidationTest, ReportsExactlyTheExpectedErrors)
{
    HandoverBatch batch = validBatch();
    GetParam().change(batch);
    EXPECT_EQ(validateBatch(batch, today), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    BatchValidationTest,
    ::testing::Values(
        BatchCase{"date_missing", [](HandoverBatch &b) { b.date = QDate(); }, {err("batch_date", ValidationCode::Required)}},
        BatchCase{"date_future", [](HandoverBatch &b) { b.date = today.addDays(1); }, {err("batch_date", ValidationCode::InFuture)}},
        BatchCase{"total_negative", [](HandoverBatch &b) { b.personsTotal = -1; }, {err("persons_total", ValidationCode::Negative)}},
        BatchCase{"male_negative", [](HandoverBatch &b) { b.personsMale = -1; }, {err("persons_male", ValidationCode::Negative)}},
        BatchCase{"female_negative", [](HandoverBatch &b) { b.personsFemale = -3; }, {err("persons_female", ValidationCode::Negative)}},
        BatchCase{"children_negative", [](HandoverBatch &b) { b.personsChildren = -1; }, {err("persons_children", ValidationCode::Negative)}},
        BatchCase{"verified_negative", [](HandoverBatch &b) { b.personsVerified = -1; }, {err("persons_verified", ValidationCode::Negative)}},
        BatchCase{"cases_negative", [](HandoverBatch &b) { b.casesIdentified = -1; }, {err("cases_identified", ValidationCode::Negative)}},
        BatchCase{"victims_negative", [](HandoverBatch &b) { b.victimsIdentified = -1; }, {err("victims_identified", ValidationCode::Negative)}},
        BatchCase{"sexes_add_up", [](HandoverBatch &b) { b.personsMale = 20; b.personsFemale = 20; }, {}},
        BatchCase{"sexes_exceed_total", [](HandoverBatch &b) { b.personsMale = 21; b.personsFemale = 20; }, {err("persons_male", ValidationCode::Inconsistent), err("persons_female", ValidationCode::Inconsistent)}},
        BatchCase{"children_exceed_total", [](HandoverBatch &b) { b.personsChildren = 41; }, {err("persons_children", ValidationCode::Inconsistent)}},
        BatchCase{"verified_exceed_total", [](HandoverBatch &b) { b.personsVerified = 41; }, {err("persons_verified", ValidationCode::Inconsistent)}},
        BatchCase{"verified_equal_total", [](HandoverBatch &b) { b.personsVerified = 40; }, {}},
        BatchCase{"victims_exceed_total", [](HandoverBatch &b) { b.victimsIdentified = 41; }, {err("victims_identified", ValidationCode::Inconsistent)}},
        BatchCase{"verified_not_classified", [](HandoverBatch &b) { b.classified = false; }, {err("classified", ValidationCode::Inconsistent)}},
        BatchCase{"unclassified_none_verified", [](HandoverBatch &b) { b.classified = false; b.personsVerified = 0; }, {}},
        BatchCase{"empty_batch", [](HandoverBatch &b) { b = HandoverBatch(); b.date = QDate(2021, 1, 1); }, {err("persons_total", ValidationCode::Required)}},
        BatchCase{"one_person_only", [](HandoverBatch &b) { b = HandoverBatch(); b.date = QDate(2021, 1, 1); b.personsTotal = 1; }, {}},
        BatchCase{"negative_total_skips_sums", [](HandoverBatch &b) { b.personsTotal = -5; }, {err("persons_total", ValidationCode::Negative)}}),
    [](const ::testing::TestParamInfo<BatchCase> &info) { return std::string(info.param.name); });

TEST(Validation, BatchReportsEveryErrorAtOnce)
{
    HandoverBatch b;
    b.date = today.addDays(1);
    b.personsTotal = 10;
    b.personsMale = 8;
    b.personsFemale = 8;
    b.personsChildren = 11;
    b.personsVerified = 12;
    b.casesIdentified = -1;
    b.victimsIdentified = 13;
    b.classified = false;
    EXPECT_EQ(validateBatch(b, today),
              (FieldErrors{err("batch_date", ValidationCode::InFuture),
                           err("cases_identified", ValidationCode::Negative),
                           err("persons_male", ValidationCode::Inconsistent),
                           err("persons_female", ValidationCode::Inconsistent),
                           err("persons_children", ValidationCode::Inconsistent),
                           err("persons_verified", ValidationCode::Inconsistent),
                           err("victims_identified", ValidationCode::Inconsistent),
                           err("classified", ValidationCode::Inconsistent)}));
}

} // namespace

namespace {

ValidationCode organisationError(const Organisation &org, const QString &field)
{
    for (const FieldError &error : validateOrganisation(org)) {
        if (error.field == field)
            return error.code;
    }
    return ValidationCode(-1);
}

} // namespace

TEST(OrganisationValidation, SigningDetailsAreOptionalButWellFormed)
{
    Organisation org;
    org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
    EXPECT_TRUE(validateOrganisation(org).isEmpty());
    org.abbreviation = QStringLiteral("SLĐTBXH-QN");
    org.deputySigns = true;
    org.deputyTitle = QStringLiteral("PHÓ GIÁM ĐỐC");
    org.recipients = {QStringLiteral("Sở Y tế"), QStringLiteral("Lưu: VT")};
    EXPECT_TRUE(validateOrganisation(org).isEmpty());

    org.abbreviation = QStringLiteral("BC/TT");
    EXPECT_EQ(organisationError(org, QStringLiteral("org_abbreviation")),
              ValidationCode::InvalidFormat);
    org.abbreviation = QStringLiteral("ttctxh");
    EXPECT_EQ(organisationError(org, QStringLiteral("org_abbreviation")),
              ValidationCode::InvalidFormat);
    org.abbreviation.clear();
    org.deputyTitle = QStringLiteral("  ");
    EXPECT_EQ(organisationError(org, QStringLiteral("org_deputy_title")), ValidationCode::Required);
    org.deputySigns = false;
    EXPECT_TRUE(validateOrganisation(org).isEmpty());
    org.recipients = {QString(600, QLatin1Char('x'))};
    EXPECT_EQ(organisationError(org, QStringLiteral("org_recipients")), ValidationCode::TooLong);
}

TEST(PlanGoalValidation, NeedsAGoalAndATargetDateFromTheReception)
{
    Reception reception;
    reception.receptionDate = QDate(2026, 5, 2);
    PlanGoal goal;
    goal.goal = QStringLiteral("Đi học nghề");
    goal.targetDate = QDate(2026, 5, 2); // the reception's own day is fine
    EXPECT_TRUE(validatePlanGoal(goal, reception).isEmpty());

    goal.targetDate = QDate(2026, 5, 1);
    EXPECT_EQ(
        validatePlanGoal(goal, reception),
        (FieldErrors{FieldError{QStringLiteral("target_date"), ValidationCode::BeforeReception}}));
    goal.targetDate = QDate();
    goal.goal = QStringLiteral("  ");
    goal.reviewNotes = QString(10001, QLatin1Char('x'));
    EXPECT_EQ(validatePlanGoal(goal, reception),
              (FieldErrors{FieldError{QStringLiteral("goal"), ValidationCode::Required},
                           FieldError{QStringLiteral("target_date"), ValidationCode::Required},
                           FieldError{QStringLiteral("review_notes"), ValidationCode::TooLong}}));

    goal = PlanGoal{};
    goal.goal = QStringLiteral("An toàn");
    goal.targetDate = QDate(2027, 1, 1);
    goal.area = GoalArea(99);
    goal.status = GoalStatus(-1);
    EXPECT_EQ(validatePlanGoal(goal, reception),
              (FieldErrors{FieldError{QStringLiteral("area"), ValidationCode::NotAChoice},
                           FieldError{QStringLiteral("status"), ValidationCode::NotAChoice}}));
}
