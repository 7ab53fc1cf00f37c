// Field errors carry where they sit in a case as typed values (record kind, reception, row),
// placed by domain::placedIn, so the ui finds the form and row without parsing names.
#include "Printers.h"
#include "domain/Validation.h"

#include <gtest/gtest.h>

namespace sr::domain {
namespace {

const FieldErrors twoErrors{FieldError{QStringLiteral("support_date"), ValidationCode::InFuture},
                            FieldError{QStringLiteral("quantity"), ValidationCode::OutOfRange}};

TEST(FieldPathTest, ValidatorsReportTheRecordTheyWereGiven)
{
    Support support;
    support.quantity = 0;
    const FieldErrors errors = validateSupport(support, Reception{}, QDate(2026, 1, 1));
    ASSERT_FALSE(errors.isEmpty());
    for (const FieldError &error : errors) {
        EXPECT_EQ(error.record, RecordKind::Record);
        EXPECT_EQ(error.reception, -1);
        EXPECT_EQ(error.row, -1);
    }
}

TEST(FieldPathTest, PlacedInPutsEveryErrorInTheCase)
{
    const FieldErrors placed = placedIn(twoErrors, RecordKind::Support, 2, 5);
    ASSERT_EQ(placed.size(), 2);
    EXPECT_EQ(
        placed.at(0),
        (FieldError{
            QStringLiteral("support_date"), ValidationCode::InFuture, RecordKind::Support, 2, 5}));
    EXPECT_EQ(
        placed.at(1),
        (FieldError{
            QStringLiteral("quantity"), ValidationCode::OutOfRange, RecordKind::Support, 2, 5}));
}

TEST(FieldPathTest, APersonHasNoReceptionAndAReceptionNoRow)
{
    const FieldErrors person = placedIn(twoErrors, RecordKind::Person, 3, 4);
    EXPECT_EQ(person.at(0).record, RecordKind::Person);
    EXPECT_EQ(person.at(0).reception, -1);
    EXPECT_EQ(person.at(0).row, -1);

    const FieldErrors reception = placedIn(twoErrors, RecordKind::Reception, 1, 4);
    EXPECT_EQ(reception.at(0).record, RecordKind::Reception);
    EXPECT_EQ(reception.at(0).reception, 1);
    EXPECT_EQ(reception.at(0).row, -1);

    const FieldErrors followUp = placedIn(twoErrors, RecordKind::FollowUp, 0, 0);
    EXPECT_EQ(followUp.at(1).record, RecordKind::FollowUp);
    EXPECT_EQ(followUp.at(1).reception, 0);
    EXPECT_EQ(followUp.at(1).row, 0);
    EXPECT_EQ(followUp.at(1).field, QStringLiteral("quantity"));
}

} // namespace
} // namespace sr::domain
