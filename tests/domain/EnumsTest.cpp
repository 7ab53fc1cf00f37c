#include "domain/Enums.h"

#include "Printers.h"
#include "domain/Result.h"
#include "domain/Validation.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace sr::domain;

namespace {

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list)
        result.append(QString::fromLatin1(code));
    return result;
}

template<typename E>
class EnumCodesTest : public ::testing::Test
{};

using AllEnums = ::testing::Types<Sex,
                                  AgeBand,
                                  Route,
                                  IdentificationStatus,
                                  ExploitationForm,
                                  SupportStatus,
                                  CaseStatus,
                                  CaseOutcome,
                                  DocumentType,
                                  AdminEra,
                                  FollowUpKind,
                                  ReintegrationStatus,
                                  AgencyKind,
                                  GoalArea,
                                  GoalStatus,
                                  TaskStatus,
                                  TaskRuleKind,
                                  ApprovalKind,
                                  ApprovalStatus>;
TYPED_TEST_SUITE(EnumCodesTest, AllEnums);

TYPED_TEST(EnumCodesTest, EveryValueRoundTripsThroughItsCode)
{
    const QList<TypeParam> values = allValues<TypeParam>();
    const QStringList allCodesList = allCodes<TypeParam>();
    ASSERT_FALSE(values.isEmpty());
    ASSERT_EQ(values.size(), allCodesList.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString code = toCode(values.at(i));
        EXPECT_EQ(code, allCodesList.at(i));
        EXPECT_FALSE(code.isEmpty());
        const std::optional<TypeParam> back = fromCode<TypeParam>(code);
        ASSERT_TRUE(back.has_value()) << code.toStdString();
        EXPECT_EQ(*back, values.at(i));
    }
}

TYPED_TEST(EnumCodesTest, ValuesAreInDeclarationOrderAndComplete)
{
    const QList<TypeParam> values = allValues<TypeParam>();
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(static_cast<int>(values.at(i)), int(i));
}

TYPED_TEST(EnumCodesTest, CodesAreUniqueLowerSnakeCase)
{
    const QStringList list = allCodes<TypeParam>();
    EXPECT_EQ(QSet<QString>(list.begin(), list.end()).size(), list.size());
    for (const QString &code : list) {
        for (const QChar c : code) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                                 || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                                 || c == QLatin1Char('_');
            EXPECT_TRUE(allowed) << code.toStdString();
        }
    }
}

TYPED_TEST(EnumCodesTest, UnknownOrMisspelledCodesAreRefused)
{
    EXPECT_FALSE(fromCode<TypeParam>(u"").has_value());
    EXPECT_FALSE(fromCode<TypeParam>(u"no_such_code").has_value());
    for (const QString &code : allCodes<TypeParam>()) {
        if (code.toUpper() != code) { // "1_5" has no upper case
            EXPECT_FALSE(fromCode<TypeParam>(code.toUpper()).has_value()) << code.toStdString();
        }
        EXPECT_FALSE(fromCode<TypeParam>(QString(code + QLatin1Char(' '))).has_value());
        EXPECT_FALSE(fromCode<TypeParam>(code.left(code.size() - 1)).has_value());
    }
}

// The exact codes of docs/domain-guide.md's "Stable codes" table: stored in databases and files.
TEST(EnumCodes, MatchTheStableCodesTable)
{
    EXPECT_EQ(allCodes<Sex>(), codes({"male", "female", "unknown"}));
    EXPECT_EQ(allCodes<AgeBand>(),
              codes({"under_1", "1_5", "6_11", "12_15", "16_17", "18_plus", "unknown"}));
    EXPECT_EQ(allCodes<Route>(),
              codes({"handed_over_at_border",
                     "self_reported",
                     "rescued",
                     "via_mission_abroad",
                     "reported_by_family",
                     "found_in_screening",
                     "other"}));
    EXPECT_EQ(
        allCodes<IdentificationStatus>(),
        codes({"not_verified", "pending", "confirmed_victim", "not_a_victim", "undetermined"}));
    EXPECT_EQ(allCodes<ExploitationForm>(),
              codes({"sexual_exploitation",
                     "forced_labour",
                     "forced_marriage",
                     "child_sale",
                     "organ_removal",
                     "forced_crime",
                     "forced_begging",
                     "other",
                     "unknown"}));
    EXPECT_EQ(allCodes<SupportStatus>(), codes({"provided", "referred", "declined", "not_needed"}));
    EXPECT_EQ(allCodes<CaseStatus>(), codes({"open", "closed"}));
    EXPECT_EQ(allCodes<CaseOutcome>(),
              codes({"handed_over_to_family", "returned_home", "transferred", "other"}));
    EXPECT_EQ(allCodes<DocumentType>(),
              codes({"cccd", "passport", "birth_certificate", "other", "none"}));
    EXPECT_EQ(allCodes<AdminEra>(), codes({"pre_2025", "from_2025"}));
    EXPECT_EQ(allCodes<FollowUpKind>(),
              codes({"home_visit", "phone_call", "office_visit", "other"}));
    EXPECT_EQ(allCodes<ReintegrationStatus>(),
              codes({"stable", "needs_support", "not_applicable", "unknown"}));
    EXPECT_EQ(allCodes<AgencyKind>(),
              codes({"social_work_centre",
                     "labour_office",
                     "commune_committee",
                     "border_guard",
                     "police",
                     "ngo",
                     "other"}));
    EXPECT_EQ(allCodes<GoalArea>(),
              codes({"health",
                     "psychological",
                     "family",
                     "legal",
                     "education",
                     "vocational",
                     "economic",
                     "safety"}));
    EXPECT_EQ(allCodes<GoalStatus>(), codes({"planned", "in_progress", "achieved", "dropped"}));
    EXPECT_EQ(allCodes<TaskStatus>(), codes({"open", "done", "cancelled", "lapsed"}));
    EXPECT_EQ(allCodes<TaskRuleKind>(),
              codes({"follow_up_after_handover",
                     "identification_pending",
                     "support_referred",
                     "goal_overdue"}));
    EXPECT_EQ(allCodes<ApprovalKind>(), codes({"closure", "plan"}));
    EXPECT_EQ(allCodes<ApprovalStatus>(),
              codes({"requested", "approved", "returned", "withdrawn"}));
}

TEST(EnumCodes, SpotChecks)
{
    EXPECT_EQ(toCode(Route::SelfReported), QStringLiteral("self_reported"));
    EXPECT_EQ(toCode(AgeBand::Adult), QStringLiteral("18_plus"));
    EXPECT_EQ(fromCode<AgeBand>(u"under_1"), AgeBand::Under1);
    EXPECT_EQ(fromCode<DocumentType>(u"cccd"), DocumentType::Cccd);
    EXPECT_EQ(fromCode<CaseOutcome>(u"returned_home"), CaseOutcome::ReturnedHome);
    // Codes are exact: "other" of one enum is that enum's Other.
    EXPECT_EQ(fromCode<Route>(u"other"), Route::Other);
    EXPECT_EQ(fromCode<AgencyKind>(u"other"), AgencyKind::Other);
}

TEST(ValidationCodes, HaveStableCodes)
{
    const QList<std::pair<ValidationCode, const char *>> expected = {
        {ValidationCode::Required, "required"},
        {ValidationCode::InvalidFormat, "invalid_format"},
        {ValidationCode::InvalidDate, "invalid_date"},
        {ValidationCode::InFuture, "in_future"},
        {ValidationCode::BeforeBirth, "before_birth"},
        {ValidationCode::BeforeReception, "before_reception"},
        {ValidationCode::Negative, "negative"},
        {ValidationCode::OutOfRange, "out_of_range"},
        {ValidationCode::Inconsistent, "inconsistent"},
        {ValidationCode::TooLong, "too_long"},
        {ValidationCode::NotAChoice, "not_a_choice"},
        {ValidationCode::NeedsApproval, "needs_approval"},
    };
    for (const auto &[code, text] : expected)
        EXPECT_EQ(toCode(code), QString::fromLatin1(text));
}

TEST(ErrorCodes, HaveStableNames)
{
    const QList<std::pair<sr::ErrorCode, const char *>> expected = {
        {sr::ErrorCode::InvalidInput, "invalid_input"},
        {sr::ErrorCode::NotFound, "not_found"},
        {sr::ErrorCode::Conflict, "conflict"},
        {sr::ErrorCode::Duplicate, "duplicate"},
        {sr::ErrorCode::Busy, "busy"},
        {sr::ErrorCode::Io, "io"},
        {sr::ErrorCode::DiskFull, "disk_full"},
        {sr::ErrorCode::NotSafeReturnDatabase, "not_safereturn_database"},
        {sr::ErrorCode::NewerSchema, "newer_schema"},
        {sr::ErrorCode::Corrupt, "corrupt"},
        {sr::ErrorCode::ReadOnly, "read_only"},
        {sr::ErrorCode::PermissionDenied, "permission_denied"},
        {sr::ErrorCode::Cancelled, "cancelled"},
        {sr::ErrorCode::Internal, "internal"},
    };
    QSet<QString> seen;
    for (const auto &[code, text] : expected) {
        EXPECT_EQ(sr::errorCodeName(code), QString::fromLatin1(text));
        seen.insert(sr::errorCodeName(code));
    }
    EXPECT_EQ(seen.size(), expected.size());
}

TEST(ResultType, CarriesValueOrError)
{
    const sr::Result<int> good(42);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    const sr::Result<int> bad(sr::makeError(sr::ErrorCode::NotFound, QStringLiteral("person 7")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, sr::ErrorCode::NotFound);
    EXPECT_EQ(bad.error().detail, QStringLiteral("person 7"));
    const sr::Result<void> done;
    EXPECT_TRUE(done.ok());
    const sr::Result<void> failed(sr::makeError(sr::ErrorCode::Busy));
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, sr::ErrorCode::Busy);
}

} // namespace
