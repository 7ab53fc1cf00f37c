// Drafts of the case editor are sealed with a key kept in their database: they open with the
// same database (also after reopening it), not with another one, not when damaged; a read-only
// database without a key has none to give.
#include "services/DraftProtection.h"

#include "ServiceTestSupport.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

const QByteArray form =
    QStringLiteral(R"({"full_name":"Lò Thị Mai","document":"022190001234"})").toUtf8();

TEST(DraftProtectionTest, SealedDraftsOpenOnlyWithTheirDatabase)
{
    test::TempDatabase db;
    auto protection = DraftProtection::forDatabase(db.db());
    ASSERT_TRUE(protection.ok());
    const QByteArray sealed = protection->seal(form);
    EXPECT_FALSE(sealed.contains("Mai"));
    EXPECT_FALSE(sealed.contains("022190001234"));
    EXPECT_NE(protection->seal(form), sealed); // a fresh nonce each time
    auto opened = protection->open(sealed);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(*opened, form);

    // The key is stored once in the database's settings and found again after a reopen.
    EXPECT_EQ(
        test::countRows(db.db(), QStringLiteral("settings"), QStringLiteral("key = 'draft_key'")),
        1);
    db.close();
    db.reopen();
    auto again = DraftProtection::forDatabase(db.db());
    ASSERT_TRUE(again.ok());
    auto reopened = again->open(sealed);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(*reopened, form);

    test::TempDatabase other;
    auto otherProtection = DraftProtection::forDatabase(other.db());
    ASSERT_TRUE(otherProtection.ok());
    EXPECT_EQ(otherProtection->open(sealed).error().code, ErrorCode::InvalidInput);

    QByteArray damaged = sealed;
    damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x01);
    EXPECT_EQ(again->open(damaged).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(again->open(QByteArray("short")).error().code, ErrorCode::InvalidInput);
}

TEST(DraftProtectionTest, ReadOnlyDatabaseWithoutAKeyHasNoDrafts)
{
    test::TempDatabase db;
    const QString path = db.path();
    db.close();
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    auto readOnly = storage::Database::open(path, options);
    ASSERT_TRUE(readOnly.ok());
    auto protection = DraftProtection::forDatabase(**readOnly);
    ASSERT_FALSE(protection.ok());
    EXPECT_EQ(protection.error().code, ErrorCode::ReadOnly);
}

} // namespace
} // namespace sr::services
