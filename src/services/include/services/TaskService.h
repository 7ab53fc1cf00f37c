#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "domain/Reference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** A task as lists show it: the task, its case and what it asks, in both languages. */
struct TaskRow
{
    domain::Task task;
    QString caseCode;
    /** What to do: the title of a task made by hand, else the rule's name (Vietnamese). */
    QString whatVi;
    /** As whatVi, the rule's English name (falls back to the Vietnamese one). */
    QString whatEn;
    QString assignedName; ///< the assigned worker's display name (or user name); "" = nobody
    bool overdue = false; ///< open and due before today in Vietnam
};

/** The open tasks of the acting worker (docs/case-work.md). */
struct MyTasks
{
    QList<TaskRow> overdue;     ///< due before today (Asia/Ho_Chi_Minh)
    QList<TaskRow> dueThisWeek; ///< due from today to today + 6 days
    QList<TaskRow> later;       ///< due after that
};

/** An account a task may be assigned to: active and not a viewer. */
struct AssignableWorker
{
    qint64 userId = 0;
    QString userName;
    QString displayName;
};

/**
 * Tasks with due dates (docs/case-work.md): made by hand here, or by the rules
 * (services/TaskRules.h) when a case is written. Reading needs Permission::ViewCases, writing
 * Permission::EditCases (refusals audited); each write is one audited transaction. "Today" is
 * domain::Clock::todayInVietnam(): overdue = open and due before today; due this week = due
 * from today to today + 6 days inclusive.
 */
class TaskService
{
public:
    explicit TaskService(storage::Database &db);

    /**
     * Makes a task by hand: title (what), personId (for whom), due date, assigned worker
     * (an active account that is not a viewer; none = unassigned) and notes. Field errors:
     * title and due_date required, assigned_user_id inconsistent.
     */
    ServiceResult<domain::Task> createTask(const domain::Actor &actor, const domain::Task &task);
    /**
     * Saves the title, notes, due date and assigned worker of a stored task (a rule's task
     * keeps its empty title: the rule names it); Conflict when changed meanwhile.
     */
    ServiceResult<domain::Task> editTask(const domain::Actor &actor, const domain::Task &task);
    /** Marks an open task done today by the actor. */
    ServiceResult<domain::Task>
    completeTask(const domain::Actor &actor, qint64 taskId, int expectedVersion);
    /** Cancels an open task; @a reason (required) is added to its notes. */
    ServiceResult<domain::Task> cancelTask(const domain::Actor &actor,
                                           qint64 taskId,
                                           int expectedVersion,
                                           const QString &reason);
    /** Opens a done or cancelled task again. */
    ServiceResult<domain::Task>
    reopenTask(const domain::Actor &actor, qint64 taskId, int expectedVersion);

    /** The tasks of a case (every status), by due date. */
    Result<QList<TaskRow>> tasksOfCase(const domain::Actor &actor, qint64 personId) const;
    /** The open tasks assigned to the actor, split as MyTasks. */
    Result<MyTasks> myTasks(const domain::Actor &actor) const;
    /**
     * The open tasks assigned to the account @a userName, by due date (only overdue ones when
     * @a overdueOnly). Another user's tasks need Permission::ViewCaseOverview; NotFound when
     * there is no such account.
     */
    Result<QList<TaskRow>>
    tasksOfUser(const domain::Actor &actor, const QString &userName, bool overdueOnly) const;
    /** The accounts a task may be assigned to, by name. */
    Result<QList<AssignableWorker>> assignableWorkers(const domain::Actor &actor) const;
    /** The worker responsible for a case (none = unassigned): a new task's default. */
    Result<std::optional<qint64>> responsibleWorker(const domain::Actor &actor,
                                                    qint64 personId) const;

    static bool isOverdue(const domain::Task &task, const QDate &today);
    static bool isDueThisWeek(const domain::Task &task, const QDate &today);

private:
    Result<QList<TaskRow>> rows(QList<domain::Task> tasks) const;
    ServiceResult<domain::Task> changeStatus(const domain::Actor &actor,
                                             qint64 taskId,
                                             int expectedVersion,
                                             domain::TaskStatus status,
                                             const QString &reason,
                                             const char *what);

    storage::Database &m_db;
};

} // namespace sr::services
