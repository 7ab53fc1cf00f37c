// Record-level access on the command line (docs/case-work.md): with the setting on, `find`
// lists only the cases the logged-in social worker is responsible for; off, every match.
#include "AppTestSupport.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/ReferenceService.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString password = QStringLiteral("mưa-phùn-trên-vịnh-2026");

class RecordAccessCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty());
        auto opened = storage::Database::open(m_path);
        ASSERT_TRUE(opened.ok());
        storage::Database &db = **opened;
        // Through the use cases, as an installation makes them: accounts written around them
        // are refused at login (changed outside SafeReturn).
        services::AuthService auth(db);
        auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), {}, password);
        ASSERT_TRUE(admin.ok()) << admin.error().detail.toStdString();
        QList<domain::Actor> actors{admin->actor()};
        for (const QString &name : {QStringLiteral("lan"), QStringLiteral("binh")}) {
            services::NewUser user;
            user.userName = name;
            user.displayName = name;
            user.role = domain::Role::SocialWorker;
            user.password = password;
            user.mustChangePassword = false;
            auto stored = auth.createUser(admin->actor(), user);
            ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
            actors << stored->actor();
        }
        m_admin = actors[0];
        newCase(db, actors[1], QStringLiteral("Lò Thị Mai"));
        newCase(db, actors[2], QStringLiteral("Lò Văn Nam"));
    }

    static void newCase(storage::Database &db, const domain::Actor &by, const QString &name)
    {
        services::NewCase c;
        c.person.fullName = name;
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(2000);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = QDate(2025, 3, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = domain::Route::SelfReported;
        c.reception.exploitation = {domain::ExploitationForm::ForcedLabour};
        c.reception.identificationStatus = domain::IdentificationStatus::Pending;
        auto saved = services::CaseService(db).saveNewCase(by, c);
        ASSERT_TRUE(saved.ok());
    }

    void setRecordLevelAccess(bool on)
    {
        auto opened = storage::Database::open(m_path);
        ASSERT_TRUE(opened.ok());
        domain::CaseWorkSettings settings;
        settings.recordLevelAccess = on;
        ASSERT_TRUE(
            services::ReferenceService(**opened).saveCaseWorkSettings(m_admin, settings).ok());
    }

    RunResult find(const QString &user)
    {
        return runSafeReturn({QStringLiteral("find"),
                              QStringLiteral("lo"),
                              QStringLiteral("--db"),
                              m_path,
                              QStringLiteral("--user"),
                              user,
                              QStringLiteral("--lang"),
                              QStringLiteral("en")},
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSWORD"), password}});
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("access.db"));
    domain::Actor m_admin;
};

TEST_F(RecordAccessCliTest, FindListsOnlyTheWorkersOwnCasesWhenTheSettingIsOn)
{
    setRecordLevelAccess(true);
    const RunResult lan = find(QStringLiteral("lan"));
    ASSERT_EQ(lan.exitCode, 0) << lan.err.toStdString();
    EXPECT_TRUE(lan.outText().contains(QStringLiteral("Lò Thị Mai"))) << lan.out.toStdString();
    EXPECT_FALSE(lan.outText().contains(QStringLiteral("Lò Văn Nam"))) << lan.out.toStdString();
    const RunResult admin = find(QStringLiteral("admin"));
    ASSERT_EQ(admin.exitCode, 0) << admin.err.toStdString();
    EXPECT_TRUE(admin.outText().contains(QStringLiteral("Lò Văn Nam")));
    EXPECT_TRUE(admin.outText().contains(QStringLiteral("Lò Thị Mai")));
}

TEST_F(RecordAccessCliTest, FindListsEveryMatchWhenTheSettingIsOff)
{
    const RunResult lan = find(QStringLiteral("lan"));
    ASSERT_EQ(lan.exitCode, 0) << lan.err.toStdString();
    EXPECT_TRUE(lan.outText().contains(QStringLiteral("Lò Thị Mai")));
    EXPECT_TRUE(lan.outText().contains(QStringLiteral("Lò Văn Nam")));
}

} // namespace
} // namespace sr::test
