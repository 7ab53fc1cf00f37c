// Validation of task rules and of tasks made by hand (domain/Validation.h).
#include "domain/Validation.h"

#include <gtest/gtest.h>

namespace sr::domain {
namespace {

TaskRule followUpRule()
{
    TaskRule rule;
    rule.code = QStringLiteral("follow_up_2m");
    rule.nameVi = QStringLiteral("Liên hệ theo dõi 2 tháng");
    rule.nameEn = QStringLiteral("Follow-up contact after 2 months");
    rule.kind = TaskRuleKind::FollowUpAfterHandover;
    rule.offsetMonths = 2;
    return rule;
}

TEST(TaskValidationTest, ARuleNeedsACodeBothNamesAndOffsetsInRange)
{
    EXPECT_TRUE(validateTaskRule(followUpRule()).isEmpty());
    TaskRule rule = followUpRule();
    rule.code = QStringLiteral("Theo dõi");
    rule.nameVi.clear();
    rule.nameEn = QStringLiteral(" ");
    rule.offsetMonths = 121;
    rule.offsetDays = 3651;
    const FieldErrors errors = validateTaskRule(rule);
    EXPECT_TRUE(errors.contains(FieldError{QStringLiteral("code"), ValidationCode::InvalidFormat}));
    EXPECT_TRUE(errors.contains(FieldError{QStringLiteral("name_vi"), ValidationCode::Required}));
    EXPECT_TRUE(errors.contains(FieldError{QStringLiteral("name_en"), ValidationCode::Required}));
    EXPECT_TRUE(
        errors.contains(FieldError{QStringLiteral("offset_months"), ValidationCode::OutOfRange}));
    EXPECT_TRUE(
        errors.contains(FieldError{QStringLiteral("offset_days"), ValidationCode::OutOfRange}));
    rule = followUpRule();
    rule.offsetMonths = 120;
    rule.offsetDays = 3650;
    EXPECT_TRUE(validateTaskRule(rule).isEmpty());
}

TEST(TaskValidationTest, OnlyAFollowUpRuleNeedsADelay)
{
    TaskRule rule = followUpRule();
    rule.offsetMonths = 0;
    EXPECT_EQ(
        validateTaskRule(rule),
        (FieldErrors{FieldError{QStringLiteral("offset_days"), ValidationCode::Inconsistent}}));
    rule.kind = TaskRuleKind::GoalOverdue;
    EXPECT_TRUE(validateTaskRule(rule).isEmpty());
}

TEST(TaskValidationTest, AManualTaskNeedsWhatAndADueDate)
{
    Task task;
    EXPECT_EQ(validateManualTask(task),
              (FieldErrors{FieldError{QStringLiteral("title"), ValidationCode::Required},
                           FieldError{QStringLiteral("due_date"), ValidationCode::Required}}));
    task.title = QStringLiteral("Thăm nhà");
    task.dueDate = QDate(2026, 12, 1);
    EXPECT_TRUE(validateManualTask(task).isEmpty());
    task.title = QString(201, QLatin1Char('x'));
    EXPECT_EQ(validateManualTask(task),
              (FieldErrors{FieldError{QStringLiteral("title"), ValidationCode::TooLong}}));
}

} // namespace
} // namespace sr::domain
