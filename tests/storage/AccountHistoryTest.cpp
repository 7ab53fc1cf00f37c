// Security-relevant state is verifiable: an account's role and state are replayed from its
// audit rows and compared by `check` and at login (storage/AccountHistory.h), and the audit
// chain's head is anchored outside the database so that a truncated tail is found
// (AuditLog.h, audit_anchor). docs/security.md, "Threat model".
#include "storage/AccountHistory.h"

#include "services/AuthService.h"
#include "storage/AuditLog.h"
#include "storage/Maintenance.h"
#include "storage/UserRepository.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::storage;
using namespace sr::test;
using domain::Actor;
using domain::Role;

namespace {

const QString adminPassword = QStringLiteral("Ngọn-đèn-biển 2025");
const QString viewerPassword = QStringLiteral("mưa-phùn-tháng-hai");

void execOrFail(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
}

class AccountHistoryTest : public ::testing::Test
{
protected:
    TempDatabase m_temp;

    services::AuthService auth() { return services::AuthService(m_temp.db()); }

    Actor makeAdmin()
    {
        auto admin = auth().createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Quản trị"), adminPassword);
        EXPECT_TRUE(admin.ok());
        return admin.ok() ? admin->actor() : Actor{};
    }

    UserAccount makeViewer(const Actor &admin, bool mustChange = true)
    {
        services::NewUser user;
        user.userName = QStringLiteral("viewer1");
        user.role = Role::Viewer;
        user.password = viewerPassword;
        user.mustChangePassword = mustChange;
        auto created = auth().createUser(admin, user);
        EXPECT_TRUE(created.ok());
        return created.ok() ? *created : UserAccount{};
    }

    CheckReport check()
    {
        auto report = maintenance::check(m_temp.db());
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : CheckReport{};
    }

    /** The fields reported for @a userName (empty: not reported). */
    static QStringList reported(const CheckReport &report, const QString &userName)
    {
        for (const AccountMismatch &mismatch : report.accountMismatches) {
            if (mismatch.userName == userName)
                return mismatch.fields;
        }
        return {};
    }
};

TEST_F(AccountHistoryTest, RoleEditedWithSqlIsReportedByCheck)
{
    const Actor admin = makeAdmin();
    makeViewer(admin);
    EXPECT_TRUE(check().ok());

    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET role = 'administrator' "
                              "WHERE user_name = 'viewer1'"));
    const CheckReport report = check();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.accountMismatches.size(), 1);
    EXPECT_EQ(reported(report, QStringLiteral("viewer1")), QStringList{QStringLiteral("role")});
    EXPECT_TRUE(reported(report, QStringLiteral("admin")).isEmpty());
}

TEST_F(AccountHistoryTest, StateEditedWithSqlIsReportedByCheck)
{
    const Actor admin = makeAdmin();
    const UserAccount viewer = makeViewer(admin);
    ASSERT_TRUE(auth().setAccountState(admin, viewer.id, services::AccountState::Disabled).ok());
    EXPECT_TRUE(check().ok());

    // Re-enabled, the forced password change dropped and a known password hash put in.
    auto known = services::AuthService::hashPassword(QStringLiteral("attacker-knows-this"));
    ASSERT_TRUE(known.ok());
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET disabled = 0, must_change_password = 0, "
                              "password_hash = '%1' WHERE user_name = 'viewer1'")
                   .arg(*known));
    const CheckReport report = check();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(reported(report, QStringLiteral("viewer1")),
              (QStringList{QStringLiteral("disabled"),
                           QStringLiteral("must_change_password"),
                           QStringLiteral("password")}));
}

TEST_F(AccountHistoryTest, AccountInsertedWithSqlIsReported)
{
    makeAdmin();
    execOrFail(m_temp.db(),
               QStringLiteral("INSERT INTO app_user (uuid, user_name, role, password_hash, "
                              "created_at, created_by, updated_at, updated_by) VALUES ('u-x', "
                              "'intruder', 'administrator', 'x', '2026-01-01T00:00:00Z', 'x', "
                              "'2026-01-01T00:00:00Z', 'x')"));
    EXPECT_EQ(reported(check(), QStringLiteral("intruder")),
              QStringList{QStringLiteral("not_created")});
}

TEST_F(AccountHistoryTest, ChangesThroughAuthServiceLeaveNoProblem)
{
    const Actor admin = makeAdmin();
    const UserAccount viewer = makeViewer(admin);
    ASSERT_TRUE(auth().changeRole(admin, viewer.id, Role::Manager).ok());
    ASSERT_TRUE(auth().setAccountState(admin, viewer.id, services::AccountState::Disabled).ok());
    ASSERT_TRUE(auth().setAccountState(admin, viewer.id, services::AccountState::Active).ok());
    ASSERT_TRUE(auth().resetPassword(admin, viewer.id, QStringLiteral("mật-khẩu-mới-2026")).ok());
    auto session = auth().login(QStringLiteral("viewer1"), QStringLiteral("mật-khẩu-mới-2026"));
    ASSERT_TRUE(session.ok()) << session.error().detail.toStdString();
    ASSERT_TRUE(auth()
                    .changeOwnPassword(session->actor,
                                       QStringLiteral("mật-khẩu-mới-2026"),
                                       QStringLiteral("trăng-rằm-tháng-tám"))
                    .ok());
    ASSERT_TRUE(
        auth().resetPassword(admin, admin.userId, QStringLiteral("biển-xanh-cát-trắng")).ok());

    const CheckReport report = check();
    EXPECT_TRUE(report.accountMismatches.isEmpty());
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(
        auth().login(QStringLiteral("viewer1"), QStringLiteral("trăng-rằm-tháng-tám")).ok());
}

TEST_F(AccountHistoryTest, LoginOfAChangedAccountIsRefusedAndAudited)
{
    const Actor admin = makeAdmin();
    makeViewer(admin, /*mustChange=*/false);
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET role = 'administrator' "
                              "WHERE user_name = 'viewer1'"));

    auto refused = auth().login(QStringLiteral("viewer1"), viewerPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(refused.error().detail, QStringLiteral("changed_outside"));
    QSqlQuery query(m_temp->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT action, changes FROM audit_log WHERE actor = "
                                          "'viewer1' ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("login_failed"));
    EXPECT_TRUE(query.value(1).toString().contains(QStringLiteral("changed_outside")));
    // Other accounts log in as before.
    EXPECT_TRUE(auth().login(QStringLiteral("admin"), adminPassword).ok());
}

TEST_F(AccountHistoryTest, AnAdministratorRepairsByTheRoleAgain)
{
    const Actor admin = makeAdmin();
    const UserAccount viewer = makeViewer(admin, /*mustChange=*/false);
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET role = 'administrator' "
                              "WHERE user_name = 'viewer1'"));
    // Keeping the edited role is a decision too: setting it again writes the audited row.
    ASSERT_TRUE(auth().changeRole(admin, viewer.id, Role::Administrator).ok());
    EXPECT_TRUE(check().ok());
    EXPECT_TRUE(auth().login(QStringLiteral("viewer1"), viewerPassword).ok());
    // And back, the normal way.
    ASSERT_TRUE(auth().changeRole(admin, viewer.id, Role::Viewer).ok());
    EXPECT_TRUE(check().ok());
}

// A database written before the details "must_change_password" and "password" were audited:
// the rows are appended here exactly as the former AuthService wrote them. Role and disabled
// state are compared; must-change-password only once a row tells it; the password hash not
// until the account's next audited password change (docs/security.md).
TEST_F(AccountHistoryTest, OlderHistoryWithoutDetailsComparesWhatItRecorded)
{
    UserRepository users(m_temp.db());
    AuditLog log(m_temp.db());
    Actor admin{0, QStringLiteral("admin"), Role::Administrator};
    auto hash = services::AuthService::hashPassword(adminPassword);
    ASSERT_TRUE(hash.ok());
    UserAccount first;
    first.userName = QStringLiteral("admin");
    first.role = Role::Administrator;
    first.passwordHash = *hash;
    auto inserted = users.insert(first, QStringLiteral("admin"));
    ASSERT_TRUE(inserted.ok());
    admin.userId = inserted->id;
    ASSERT_TRUE(log.append(admin,
                           QStringLiteral("user_create"),
                           QStringLiteral("app_user"),
                           inserted->id,
                           {{QStringLiteral("role"), QStringLiteral("administrator")},
                            {QStringLiteral("first_administrator"), true}})
                    .ok());
    UserAccount viewer;
    viewer.userName = QStringLiteral("viewer1");
    viewer.role = Role::Viewer;
    viewer.passwordHash = *hash;
    viewer.mustChangePassword = true;
    auto viewerRow = users.insert(viewer, QStringLiteral("admin"));
    ASSERT_TRUE(viewerRow.ok());
    ASSERT_TRUE(log.append(admin,
                           QStringLiteral("user_create"),
                           QStringLiteral("app_user"),
                           viewerRow->id,
                           {{QStringLiteral("user_name"), QStringLiteral("viewer1")},
                            {QStringLiteral("role"), QStringLiteral("viewer")}})
                    .ok());
    EXPECT_TRUE(check().ok());

    // Unknown from these rows: the forced change and the password hash are not compared...
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET must_change_password = 0, password_hash = "
                              "'changed' WHERE user_name = 'viewer1'"));
    EXPECT_TRUE(check().ok());
    // ...the role always is.
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET role = 'manager' WHERE user_name = 'viewer1'"));
    EXPECT_EQ(reported(check(), QStringLiteral("viewer1")), QStringList{QStringLiteral("role")});
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET role = 'viewer' WHERE user_name = 'viewer1'"));

    // A former password reset by someone else says "must change" (its actor is not the user).
    ASSERT_TRUE(log.append(admin,
                           QStringLiteral("user_password_reset"),
                           QStringLiteral("app_user"),
                           viewerRow->id,
                           {{QStringLiteral("user_name"), QStringLiteral("viewer1")}})
                    .ok());
    EXPECT_EQ(reported(check(), QStringLiteral("viewer1")),
              QStringList{QStringLiteral("must_change_password")});

    // From the next audited password change on, the hash is compared too.
    auto account = users.findByName(QStringLiteral("viewer1"));
    ASSERT_TRUE(account.ok() && account->has_value());
    ASSERT_TRUE(auth()
                    .resetPassword(Actor{admin.userId, admin.userName, Role::Administrator},
                                   viewerRow->id,
                                   viewerPassword)
                    .ok());
    EXPECT_TRUE(check().ok());
    execOrFail(m_temp.db(),
               QStringLiteral("UPDATE app_user SET password_hash = 'changed' WHERE user_name = "
                              "'viewer1'"));
    EXPECT_EQ(reported(check(), QStringLiteral("viewer1")),
              QStringList{QStringLiteral("password")});
}

class AuditAnchorTest : public ::testing::Test
{
protected:
    void SetUp() override { audit_anchor::setFile(m_temp.filePath(QStringLiteral("anchors.ini"))); }
    void TearDown() override { audit_anchor::setFile(QString()); }

    void append(int rows)
    {
        AuditLog log(m_temp.db());
        for (int i = 0; i < rows; ++i)
            ASSERT_TRUE(log.append(Actor{1, QStringLiteral("admin"), Role::Administrator},
                                   QStringLiteral("check"))
                            .ok());
    }

    TempDatabase m_temp;
};

TEST_F(AuditAnchorTest, EveryCommitAdvancesTheAnchor)
{
    SR_SKIP_ON_SERVER("the anchor guards a database file against an older copy of it");
    append(3);
    auto head = AuditLog(m_temp.db()).head();
    ASSERT_TRUE(head.ok() && head->has_value());
    const auto stored = audit_anchor::load(m_temp.path());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(*stored, **head);
    auto report = maintenance::check(m_temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->auditAnchorOk);
    EXPECT_EQ(report->auditAnchorId, (*head)->id);
    EXPECT_TRUE(report->ok());
}

TEST_F(AuditAnchorTest, ATruncatedTailIsReportedAndNotAnchoredOver)
{
    SR_SKIP_ON_SERVER("the anchor guards a database file against an older copy of it");
    append(5);
    auto head = AuditLog(m_temp.db()).head();
    ASSERT_TRUE(head.ok() && head->has_value());
    const qint64 last = (*head)->id;
    // What someone with the sqlite3 shell can do: drop the trigger, delete the newest rows.
    execOrFail(m_temp.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    execOrFail(m_temp.db(), QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(last - 2));
    // The chain itself is still valid...
    auto chain = AuditLog(m_temp.db()).verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_EQ(chain->firstBrokenId, 0);
    // ...and new rows written afterwards do not move the anchor over the gap.
    append(4);
    auto report = maintenance::check(m_temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->auditChainOk);
    EXPECT_FALSE(report->auditAnchorOk);
    EXPECT_EQ(report->auditAnchorId, last);
    EXPECT_EQ(report->auditTruncatedAfter, last - 2);
    EXPECT_FALSE(report->ok());

    // A restore (or an administrator's reset) remembers the current head again.
    ASSERT_TRUE(AuditLog(m_temp.db()).resetAnchor().ok());
    auto again = maintenance::check(m_temp.db());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->auditAnchorOk);
}

TEST_F(AuditAnchorTest, ABackupCarriesItsAnchorToAnotherMachine)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file");
    append(4);
    const QString copy = m_temp.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(maintenance::backup(m_temp.db(), copy).ok());
    // Elsewhere: no settings anchor for this file, only the one the backup carries.
    audit_anchor::setFile(QString());
    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok());
    Database &restored = **opened;
    auto clean = maintenance::check(restored);
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->ok());
    auto head = AuditLog(restored).head();
    ASSERT_TRUE(head.ok() && head->has_value());
    const qint64 last = (*head)->id;

    execOrFail(restored, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    execOrFail(restored, QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(last - 2));
    auto report = maintenance::check(restored);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->auditChainOk);
    EXPECT_FALSE(report->auditAnchorOk);
    EXPECT_EQ(report->auditAnchorId, last);
    EXPECT_EQ(report->auditTruncatedAfter, last - 2);
}

TEST_F(AuditAnchorTest, AServerDatabaseKeepsNoAnchor)
{
    if (!sr::test::onServer())
        GTEST_SKIP() << "needs the test server";
    // A server's history is its administrator's (docs/server.md): nothing is remembered on this
    // computer, and the check does not ask for an anchor.
    append(3);
    EXPECT_FALSE(audit_anchor::load(m_temp.path()).has_value());
    // Not even an administrator's reset remembers one.
    ASSERT_TRUE(AuditLog(m_temp.db()).resetAnchor().ok());
    EXPECT_FALSE(audit_anchor::load(m_temp.path()).has_value());
    auto report = maintenance::check(m_temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->auditChainOk);
    EXPECT_TRUE(report->auditAnchorOk);
    EXPECT_EQ(report->auditAnchorId, 0);
    EXPECT_TRUE(report->ok());
}

TEST_F(AuditAnchorTest, NoAnchorOutsideTheApplicationByDefault)
{
    audit_anchor::setFile(QString());
    // The unit tests have no organisation name: the user's settings are left alone.
    EXPECT_TRUE(audit_anchor::file().isEmpty());
    append(1);
    EXPECT_FALSE(audit_anchor::load(m_temp.path()).has_value());
}

} // namespace
