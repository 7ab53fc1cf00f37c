#pragma once

// Accounts, teams and cases written through the services, for the case-work tests of the services
// and the ui (responsible worker, caseloads and record-level access, docs/case-work.md): two
// teams, a manager without a team, a viewer and a disabled worker; each social worker created one
// case, so it is theirs. Rows written below the services (tasks, goals, approvals placed by hand
// for the storage tests) are tests/support/CaseWorkFixture.h's.

#include "services/AssignmentService.h"
#include "services/CaseService.h"
#include "services/ReferenceService.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::test {

struct CaseWorkTeams
{
    FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC)};
    TempDatabase db;
    domain::Actor admin;
    domain::Actor managerA; ///< team "A"
    domain::Actor managerNoTeam;
    domain::Actor workerA; ///< team "A"
    domain::Actor workerB; ///< team "B"
    domain::Actor viewer;
    domain::Actor disabled; ///< a social worker whose account is disabled
    qint64 caseA = 0;       ///< created by workerA ("Lò Thị Mai")
    qint64 caseB = 0;       ///< created by workerB ("Lò Văn Nam")
    qint64 caseAdmin = 0;   ///< created by admin ("Lò Thị Hoa")

    CaseWorkTeams()
    {
        admin = account(QStringLiteral("admin"), domain::Role::Administrator, {});
        managerA = account(QStringLiteral("quanly"), domain::Role::Manager, QStringLiteral("A"));
        managerNoTeam = account(QStringLiteral("truongphong"), domain::Role::Manager, {});
        workerA = account(QStringLiteral("lan"), domain::Role::SocialWorker, QStringLiteral("A"));
        workerB = account(QStringLiteral("binh"), domain::Role::SocialWorker, QStringLiteral("B"));
        viewer = account(QStringLiteral("xem"), domain::Role::Viewer, {});
        disabled =
            account(QStringLiteral("nghi"), domain::Role::SocialWorker, QStringLiteral("A"), true);
        caseA = newCase(workerA, QStringLiteral("Lò Thị Mai"), QDate(2025, 3, 2));
        caseB = newCase(workerB, QStringLiteral("Lò Văn Nam"), QDate(2025, 3, 3));
        caseAdmin = newCase(admin, QStringLiteral("Lò Thị Hoa"), QDate(2025, 3, 4));
    }

    domain::Actor
    account(const QString &name, domain::Role role, const QString &team, bool isDisabled = false)
    {
        domain::UserAccount user;
        user.userName = name;
        user.displayName = QStringLiteral("Cán bộ ") + name;
        user.role = role;
        user.passwordHash = QStringLiteral("x");
        user.team = team;
        user.disabled = isDisabled;
        auto stored = storage::UserRepository(db.db()).insert(user, QStringLiteral("test"));
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->actor() : domain::Actor{};
    }

    qint64 newCase(const domain::Actor &by,
                   const QString &fullName,
                   const QDate &received,
                   std::optional<qint64> batchId = std::nullopt)
    {
        services::NewCase c;
        c.person.fullName = fullName;
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(2000);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = received;
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = domain::Route::SelfReported;
        c.reception.exploitation = {domain::ExploitationForm::ForcedLabour};
        // Decided, so that the rules (docs/case-work.md) make no task: the tests place their own.
        c.reception.identificationStatus = domain::IdentificationStatus::ConfirmedVictim;
        c.reception.identificationAgencyCode = QStringLiteral("ctxh_qn");
        c.reception.identificationDate = received;
        c.reception.batchId = batchId;
        domain::Support meals;
        meals.typeCode = QStringLiteral("essential_needs");
        meals.date = received;
        meals.amountVnd = 150000;
        c.supports = {meals};
        auto saved = services::CaseService(db.db()).saveNewCase(by, c);
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved->person.meta.id : 0;
    }

    void setRecordLevelAccess(bool on)
    {
        domain::CaseWorkSettings settings;
        settings.recordLevelAccess = on;
        ASSERT_TRUE(services::ReferenceService(db.db()).saveCaseWorkSettings(admin, settings).ok());
    }
};

} // namespace sr::test
