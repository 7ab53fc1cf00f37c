#include "TaskService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

#include <QHash>

namespace sr::services {

using domain::FieldError;
using domain::FieldErrors;
using domain::Task;
using domain::TaskStatus;
using domain::ValidationCode;

namespace {

QDate today()
{
    return domain::Clock::instance().todayInVietnam();
}

/** Whether @a userId may carry tasks: an active account that is not a viewer. */
Result<bool> assignable(storage::Database &db, std::optional<qint64> userId)
{
    if (!userId)
        return true;
    auto account = storage::UserRepository(db).findById(*userId);
    if (!account)
        return account.error();
    return account->has_value() && !(*account)->disabled
           && (*account)->role != domain::Role::Viewer;
}

Error notOpen(const char *what)
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("%1: the task is not open").arg(QLatin1String(what)));
}

} // namespace

TaskService::TaskService(storage::Database &db)
    : m_db(db)
{}

bool TaskService::isOverdue(const Task &task, const QDate &today)
{
    return task.status == TaskStatus::Open && task.dueDate.isValid() && task.dueDate < today;
}

bool TaskService::isDueThisWeek(const Task &task, const QDate &today)
{
    return task.status == TaskStatus::Open && task.dueDate >= today
           && task.dueDate <= today.addDays(6);
}

ServiceResult<Task> TaskService::createTask(const domain::Actor &actor, const Task &input)
{
    using R = ServiceResult<Task>;
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return R(r.error());
    Task task = input;
    task.title = task.title.trimmed();
    task.notes = task.notes.trimmed();
    task.status = TaskStatus::Open;
    task.doneDate = {};
    task.doneBy.clear();
    task.ruleCode.clear();
    task.sourceKey.clear();
    // A retried save with the same uuid returns the stored task (RecordStore).
    task.meta = domain::RecordMeta{};
    task.meta.uuid = input.meta.uuid;
    FieldErrors errors = domain::validateManualTask(task);
    // Before the write transaction: a refusal's audit row must not roll back with it.
    if (task.personId > 0) {
        if (auto r = CaseAccess::requireCase(m_db, actor, task.personId); !r)
            return R(r.error());
    }

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.error());
    auto ok = assignable(m_db, task.assignedUserId);
    if (!ok)
        return R(ok.error());
    if (!*ok)
        errors.append(FieldError{QStringLiteral("assigned_user_id"), ValidationCode::Inconsistent});
    if (!errors.isEmpty())
        return R::invalid(errors);
    auto person = storage::PersonRepository(m_db).get(task.personId);
    if (!person)
        return R(person.error());
    return commitResult(
        transaction, storage::TaskRepository(m_db).insert(task, actor), "task.create");
}

ServiceResult<Task> TaskService::editTask(const domain::Actor &actor, const Task &input)
{
    using R = ServiceResult<Task>;
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return R(r.error());
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.error());
    storage::TaskRepository tasks(m_db);
    auto stored = tasks.get(input.meta.id);
    if (!stored)
        return R(stored.error());
    Task task = *stored;
    task.meta.version = input.meta.version;
    task.notes = input.notes.trimmed();
    task.dueDate = input.dueDate;
    task.assignedUserId = input.assignedUserId;
    FieldErrors errors;
    if (task.ruleCode.isEmpty()) {
        task.title = input.title.trimmed();
        errors = domain::validateManualTask(task);
    } else if (!task.dueDate.isValid()) {
        errors.append(FieldError{QStringLiteral("due_date"), ValidationCode::Required});
    }
    auto ok = assignable(m_db, task.assignedUserId);
    if (!ok)
        return R(ok.error());
    if (!*ok)
        errors.append(FieldError{QStringLiteral("assigned_user_id"), ValidationCode::Inconsistent});
    if (!errors.isEmpty())
        return R::invalid(errors);
    return commitResult(transaction, tasks.update(task, actor), "task.edit");
}

ServiceResult<Task> TaskService::changeStatus(const domain::Actor &actor,
                                              qint64 taskId,
                                              int expectedVersion,
                                              TaskStatus status,
                                              const QString &reason,
                                              const char *what)
{
    using R = ServiceResult<Task>;
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return R(r.error());
    if (status == TaskStatus::Cancelled && reason.trimmed().isEmpty())
        return R::invalid({FieldError{QStringLiteral("reason"), ValidationCode::Required}});
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.error());
    storage::TaskRepository tasks(m_db);
    auto stored = tasks.get(taskId);
    if (!stored)
        return R(stored.error());
    Task task = *stored;
    task.meta.version = expectedVersion;
    if (status == TaskStatus::Open) {
        if (task.status == TaskStatus::Open)
            return R(makeError(ErrorCode::Conflict, QStringLiteral("task.reopen: already open")));
        task.doneDate = {};
        task.doneBy.clear();
    } else {
        // A lapsed task (docs/case-work.md) can still be done or cancelled by hand.
        if (task.status != TaskStatus::Open && task.status != TaskStatus::Lapsed)
            return R(notOpen(what));
        task.doneDate = today();
        task.doneBy = actor.userName;
    }
    task.status = status;
    if (status == TaskStatus::Cancelled) {
        const QString line = reason.trimmed();
        task.notes = task.notes.isEmpty() ? line : task.notes + QLatin1Char('\n') + line;
    }
    return commitResult(transaction, tasks.update(task, actor), what);
}

ServiceResult<Task>
TaskService::completeTask(const domain::Actor &actor, qint64 taskId, int expectedVersion)
{
    return changeStatus(actor, taskId, expectedVersion, TaskStatus::Done, {}, "task.complete");
}

ServiceResult<Task> TaskService::cancelTask(const domain::Actor &actor,
                                            qint64 taskId,
                                            int expectedVersion,
                                            const QString &reason)
{
    return changeStatus(
        actor, taskId, expectedVersion, TaskStatus::Cancelled, reason, "task.cancel");
}

ServiceResult<Task>
TaskService::reopenTask(const domain::Actor &actor, qint64 taskId, int expectedVersion)
{
    return changeStatus(actor, taskId, expectedVersion, TaskStatus::Open, {}, "task.reopen");
}

Result<QList<TaskRow>> TaskService::rows(QList<Task> tasks) const
{
    QList<qint64> persons;
    for (const Task &task : tasks) {
        if (!persons.contains(task.personId))
            persons << task.personId;
    }
    storage::TaskRepository repository(m_db);
    auto codes = repository.caseCodes(persons);
    if (!codes)
        return codes.error();
    auto rules =
        storage::ReferenceRepository(m_db).taskRules(storage::ArchiveFilter::IncludeArchived);
    if (!rules)
        return rules.error();
    QHash<QString, const domain::TaskRule *> ruleByCode;
    for (const domain::TaskRule &rule : *rules)
        ruleByCode.insert(rule.code, &rule);
    auto users = storage::UserRepository(m_db).list();
    if (!users)
        return users.error();
    QHash<qint64, QString> names;
    for (const domain::UserAccount &user : *users)
        names.insert(user.id, user.displayName.isEmpty() ? user.userName : user.displayName);

    const QDate now = today();
    QList<TaskRow> out;
    out.reserve(tasks.size());
    for (Task &task : tasks) {
        TaskRow row;
        row.caseCode = codes->value(task.personId);
        if (const domain::TaskRule *rule = ruleByCode.value(task.ruleCode); rule) {
            // A rule's task may name its subject (a goal's text, services/TaskRules.cpp).
            const QString subject =
                task.title.isEmpty() ? QString() : QStringLiteral(": ") + task.title;
            row.whatVi = rule->nameVi + subject;
            row.whatEn = (rule->nameEn.isEmpty() ? rule->nameVi : rule->nameEn) + subject;
        } else {
            row.whatVi = row.whatEn = task.title.isEmpty() ? task.ruleCode : task.title;
        }
        if (task.assignedUserId)
            row.assignedName = names.value(*task.assignedUserId);
        row.overdue = isOverdue(task, now);
        row.task = std::move(task);
        out.append(std::move(row));
    }
    return out;
}

Result<QList<TaskRow>> TaskService::tasksOfCase(const domain::Actor &actor, qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    auto tasks = storage::TaskRepository(m_db).listForPerson(personId);
    if (!tasks)
        return tasks.error();
    return rows(std::move(tasks).value());
}

Result<MyTasks> TaskService::myTasks(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    MyTasks mine;
    if (actor.userId <= 0)
        return mine;
    auto tasks = storage::TaskRepository(m_db).openTasksAssignedTo(actor.userId);
    if (!tasks)
        return tasks.error();
    auto all = rows(std::move(tasks).value());
    if (!all)
        return all.error();
    const QDate now = today();
    for (TaskRow &row : *all) {
        if (isOverdue(row.task, now))
            mine.overdue.append(std::move(row));
        else if (isDueThisWeek(row.task, now))
            mine.dueThisWeek.append(std::move(row));
        else
            mine.later.append(std::move(row));
    }
    return mine;
}

Result<QList<TaskRow>> TaskService::tasksOfUser(const domain::Actor &actor,
                                                const QString &userName,
                                                bool overdueOnly) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (userName.compare(actor.userName, Qt::CaseInsensitive) != 0) {
        if (auto r = require(m_db, actor, Permission::ViewCaseOverview); !r)
            return r.error();
    }
    auto account = storage::UserRepository(m_db).findByName(userName);
    if (!account)
        return account.error();
    if (!*account)
        return makeError(ErrorCode::NotFound, QStringLiteral("tasks: no such user"));
    auto tasks = storage::TaskRepository(m_db).openTasksAssignedTo((*account)->id,
                                                                   overdueOnly ? today() : QDate());
    if (!tasks)
        return tasks.error();
    // Under record-level access another user's list keeps only the cases the caller may see
    // (docs/case-work.md): a task names its case and may name a goal.
    auto scope = CaseAccess::scopeOf(m_db, actor);
    if (!scope)
        return scope.error();
    if (!scope->isAll()) {
        storage::PersonRepository persons(m_db);
        QHash<qint64, bool> visible;
        QList<Task> kept;
        for (Task &task : *tasks) {
            auto seen = visible.constFind(task.personId);
            if (seen == visible.cend()) {
                auto person = persons.get(task.personId);
                if (!person)
                    return person.error();
                seen = visible.insert(task.personId, scope->contains(person->responsibleUserId));
            }
            if (*seen)
                kept.append(std::move(task));
        }
        *tasks = std::move(kept);
    }
    return rows(std::move(tasks).value());
}

Result<QList<AssignableWorker>> TaskService::assignableWorkers(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    auto users = storage::UserRepository(m_db).list();
    if (!users)
        return users.error();
    QList<AssignableWorker> workers;
    for (const domain::UserAccount &user : *users) {
        if (!user.disabled && user.role != domain::Role::Viewer)
            workers.append({user.id, user.userName, user.displayName});
    }
    return workers;
}

Result<std::optional<qint64>> TaskService::responsibleWorker(const domain::Actor &actor,
                                                             qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    return storage::CaseAssignmentRepository(m_db).responsibleOf(personId);
}

} // namespace sr::services
