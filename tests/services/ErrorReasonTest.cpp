// AuthService, the demo data and the restore say why they refuse as a typed ErrorReason; the
// ui and the CLI branch on it (src/messages), never on Error::detail.
#include "ServiceTestSupport.h"
#include "services/AuthService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using domain::Actor;
using domain::Role;

const QString adminPassword = QStringLiteral("Ngọn-đèn-biển 2025");

TEST(ErrorReasonTest, PasswordRulesNameTheirReason)
{
    const auto reason = [](const QString &password, const QString &user = QStringLiteral("lan")) {
        const auto r = AuthService::checkPasswordPolicy(password, user);
        return r.ok() ? ErrorReason::None : r.error().reason;
    };
    EXPECT_EQ(reason(QStringLiteral("short1234")), ErrorReason::PasswordTooShort);
    EXPECT_EQ(reason(QString(1025, u'x')), ErrorReason::PasswordTooLong);
    EXPECT_EQ(reason(QStringLiteral("1234567890")), ErrorReason::PasswordCommon);
    EXPECT_EQ(reason(QStringLiteral("Lan.Nguyen.2026"), QStringLiteral("lan.nguyen.2026")),
              ErrorReason::PasswordIsUserName);
    EXPECT_EQ(reason(QStringLiteral("hai con mèo trắng")), ErrorReason::None);
}

TEST(ErrorReasonTest, TheDetailStaysTheReasonsNameForTheLog)
{
    const auto r = AuthService::checkPasswordPolicy(QStringLiteral("short1234"), QString());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail, errorReasonName(r.error().reason));
    EXPECT_EQ(errorReasonName(ErrorReason::AccountLocked), QStringLiteral("locked"));
    EXPECT_EQ(errorReasonName(ErrorReason::None), QStringLiteral("none"));
}

TEST(ErrorReasonTest, LoginsAndUserChangesNameTheirReason)
{
    test::FixedClock clock{QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC)};
    test::TempDatabase db;
    AuthService auth(db.db());
    auto created = auth.createFirstAdministrator(QStringLiteral("admin"), QString(), adminPassword);
    ASSERT_TRUE(created.ok());
    const Actor admin = created->actor();

    auto badName = auth.createFirstAdministrator(QStringLiteral("a b"), QString(), adminPassword);
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().reason, ErrorReason::InvalidUserName);

    auto self = auth.setAccountState(admin, admin.userId, AccountState::Disabled);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().reason, ErrorReason::OwnAccount);
    auto demote = auth.changeRole(admin, admin.userId, Role::Manager);
    ASSERT_FALSE(demote.ok());
    EXPECT_EQ(demote.error().reason, ErrorReason::LastAdministrator);

    NewUser user{QStringLiteral("x y"), QString(), Role::Viewer, adminPassword, true};
    auto invalidName = auth.createUser(admin, user);
    ASSERT_FALSE(invalidName.ok());
    EXPECT_EQ(invalidName.error().reason, ErrorReason::InvalidUserName);

    for (int i = 0; i < AuthService::maxFailedAttempts - 1; ++i) {
        auto wrong = auth.login(QStringLiteral("admin"), QStringLiteral("not the password"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(wrong.error().reason, ErrorReason::BadCredentials);
    }
    auto locked = auth.login(QStringLiteral("admin"), QStringLiteral("not the password"));
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().reason, ErrorReason::AccountLocked);
}

} // namespace
} // namespace sr::services
