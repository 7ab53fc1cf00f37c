// Users' teams (record-level access, docs/case-work.md): set when an account is made or by
// changeTeam(), audited like the other account fields, for administrators only.
#include "ServiceTestSupport.h"
#include "services/AuthService.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

const QString password = QStringLiteral("mưa-phùn-trên-vịnh-2026");

TEST(UserTeamTest, ATeamIsSetOnCreationAndChangedWithAnAuditRow)
{
    test::FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC)};
    test::TempDatabase db;
    AuthService auth(db.db());
    auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), {}, password);
    ASSERT_TRUE(admin.ok());
    NewUser user{QStringLiteral("lan"),
                 QStringLiteral("Lan"),
                 domain::Role::SocialWorker,
                 password,
                 true,
                 QStringLiteral("  Móng Cái ")};
    auto created = auth.createUser(admin->actor(), user);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->team, QStringLiteral("Móng Cái"));
    auto audit = storage::AuditLog(db.db()).list(QString(), 0, 10);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->constFirst().action, QStringLiteral("user_create"));
    EXPECT_EQ(audit->constFirst().changes.value(QStringLiteral("team")).toString(),
              QStringLiteral("Móng Cái"));

    auto changed = auth.changeTeam(admin->actor(), created->id, QStringLiteral("Hạ Long"));
    ASSERT_TRUE(changed.ok());
    auto stored = storage::UserRepository(db.db()).findById(created->id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->team, QStringLiteral("Hạ Long"));
    audit = storage::AuditLog(db.db()).list(QString(), 0, 10);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->constFirst().action, QStringLiteral("user_team_change"));
    EXPECT_EQ(audit->constFirst().changes.value(QStringLiteral("team")).toArray(),
              (QJsonArray{QStringLiteral("Móng Cái"), QStringLiteral("Hạ Long")}));

    // The same team again writes nothing; a social worker may not change teams.
    const qint64 rows = test::countRows(db.db(), QStringLiteral("audit_log"));
    EXPECT_TRUE(auth.changeTeam(admin->actor(), created->id, QStringLiteral("Hạ Long")).ok());
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("audit_log")), rows);
    auto refused = auth.changeTeam(created->actor(), created->id, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

} // namespace
} // namespace sr::services
