#pragma once

// Hand-made case-work rows for the tests of the start page, the overview and the timeline:
// accounts, cases and tasks, assignments, goals and approvals written through the foundation's
// repositories, each inside its own Transaction (header-only: storage, services and ui tests
// include it).
#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/UserAccount.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/PlanGoalRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

#include <optional>

namespace sr::test::casework {

struct Case
{
    qint64 personId = 0;
    qint64 receptionId = 0;
    QString caseCode;
};

/** An account (password hash is a placeholder: these tests never log in). */
inline domain::Actor addUser(storage::Database &db,
                             const QString &userName,
                             domain::Role role,
                             const QString &displayName = QString())
{
    domain::UserAccount account;
    account.userName = userName;
    account.displayName = displayName;
    account.role = role;
    account.passwordHash = QStringLiteral("$argon2id$placeholder");
    storage::Transaction transaction(db);
    auto stored = storage::UserRepository(db).insert(account, QStringLiteral("tester"));
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
    domain::Actor actor;
    actor.userId = stored ? stored->id : 0;
    actor.userName = userName;
    actor.role = role;
    return actor;
}

/** A person with one reception on @a received, open or closed, with @a status. */
inline Case addCase(storage::Database &db,
                    const domain::Actor &actor,
                    const QString &fullName,
                    const QDate &received,
                    domain::CaseStatus caseStatus = domain::CaseStatus::Open,
                    domain::IdentificationStatus status = domain::IdentificationStatus::Pending)
{
    domain::Person person;
    person.fullName = fullName;
    person.sex = domain::Sex::Female;
    person.birthDate = domain::PartialDate::fromYear(2000);
    person.nationality = QStringLiteral("VN");
    person.ethnicity = QStringLiteral("01");
    person.residenceEra = domain::AdminEra::From2025;
    person.residenceProvince = QStringLiteral("22");
    if (actor.userId > 0)
        person.responsibleUserId = actor.userId;
    storage::Transaction transaction(db);
    auto p = storage::PersonRepository(db).insert(person, actor, received.year());
    EXPECT_TRUE(p.ok()) << (p ? "" : p.error().detail.toStdString());
    if (!p)
        return {};
    domain::Reception reception;
    reception.personId = p->meta.id;
    reception.receptionDate = received;
    reception.agencyCode = QStringLiteral("ctxh_qn");
    reception.countryCode = QStringLiteral("CN");
    reception.route = domain::Route::HandedOverAtBorder;
    reception.exploitation = {domain::ExploitationForm::ForcedLabour};
    reception.identificationStatus = status;
    reception.caseStatus = caseStatus;
    if (caseStatus == domain::CaseStatus::Closed) {
        reception.outcome = domain::CaseOutcome::HandedOverToFamily;
        reception.closedDate = received.addDays(10);
    }
    auto r = storage::ReceptionRepository(db).insert(reception, actor);
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
    return {p->meta.id, r ? r->meta.id : 0, p->caseCode};
}

/** An open task due @a due, assigned to @a assignee (0 = nobody), by hand or by @a ruleCode. */
inline domain::Task addTask(storage::Database &db,
                            const domain::Actor &actor,
                            const Case &c,
                            const QDate &due,
                            qint64 assignee,
                            const QString &ruleCode = QString(),
                            const QString &title = QStringLiteral("Gọi điện cho gia đình"))
{
    domain::Task task;
    task.personId = c.personId;
    task.receptionId = c.receptionId;
    task.dueDate = due;
    task.title = ruleCode.isEmpty() ? title : QString();
    if (assignee > 0)
        task.assignedUserId = assignee;
    task.ruleCode = ruleCode;
    if (!ruleCode.isEmpty())
        task.sourceKey = ruleCode + QStringLiteral(":reception:") + QString::number(c.receptionId)
                         + QLatin1Char(':') + due.toString(Qt::ISODate);
    storage::Transaction transaction(db);
    auto stored = storage::TaskRepository(db).insert(task, actor);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
    return stored ? *stored : task;
}

/** Marks @a task done on @a day by @a actor. */
inline void
completeTask(storage::Database &db, const domain::Actor &actor, domain::Task task, const QDate &day)
{
    task.status = domain::TaskStatus::Done;
    task.doneDate = day;
    task.doneBy = actor.userName;
    storage::Transaction transaction(db);
    auto stored = storage::TaskRepository(db).update(task, actor);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
}

inline void assign(storage::Database &db,
                   const domain::Actor &manager,
                   const Case &c,
                   std::optional<qint64> worker,
                   const QString &reason = QStringLiteral("Chia lại hồ sơ"))
{
    storage::Transaction transaction(db);
    auto stored = storage::CaseAssignmentRepository(db).assign(c.personId, worker, reason, manager);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
}

inline domain::PlanGoal addGoal(storage::Database &db,
                                const domain::Actor &actor,
                                const Case &c,
                                const QString &goal = QStringLiteral("Đi học lại"))
{
    domain::PlanGoal g;
    g.receptionId = c.receptionId;
    g.area = domain::GoalArea::Education;
    g.goal = goal;
    g.status = domain::GoalStatus::Planned;
    storage::Transaction transaction(db);
    auto stored = storage::PlanGoalRepository(db).insert(g, actor);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
    return stored ? *stored : g;
}

inline domain::Approval addApproval(storage::Database &db,
                                    const domain::Actor &worker,
                                    const Case &c,
                                    domain::ApprovalKind kind = domain::ApprovalKind::Closure)
{
    domain::Approval a;
    a.receptionId = c.receptionId;
    a.kind = kind;
    a.status = domain::ApprovalStatus::Requested;
    a.requestedByUserId = worker.userId;
    a.requestNote = QStringLiteral("Đã bàn giao về gia đình");
    storage::Transaction transaction(db);
    auto stored = storage::ApprovalRepository(db).insert(a, worker);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    EXPECT_TRUE(transaction.commit().ok());
    return stored ? *stored : a;
}

} // namespace sr::test::casework
