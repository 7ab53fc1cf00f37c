#include "TaskRules.h"

#include "CaseWriter.h"
#include "domain/Clock.h"
#include "domain/Reference.h"
#include "storage/ReferenceRepository.h"
#include "storage/TaskRepository.h"
#include "storage/TaskTriggerQueries.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace sr::services {

using domain::Task;
using domain::TaskRule;
using domain::TaskRuleKind;
using domain::TaskStatus;

namespace {

/** A task the stored records ask for. */
struct Wanted
{
    QString key;
    const TaskRule *rule = nullptr;
    qint64 receptionId = 0;
    QDate due;
    bool done = false;
    /// What the task is about beyond its rule's name (a goal's text), kept in the task's title.
    QString subject;
};

QString sourceKey(const TaskRule &rule, const char *table, const QString &uuid)
{
    return QStringLiteral("%1:%2:%3").arg(rule.code, QLatin1String(table), uuid);
}

bool identificationPending(domain::IdentificationStatus status)
{
    return status == domain::IdentificationStatus::NotVerified
           || status == domain::IdentificationStatus::Pending;
}

} // namespace

struct TaskRuleEngine::Private
{
    Private(storage::Database &database, const domain::Actor &who, domain::AuditPolicy audit)
        : db(database)
        , actor(who)
        , tasks(database, audit)
    {}

    storage::Database &db;
    domain::Actor actor;
    storage::TaskRepository tasks;
    std::optional<QList<TaskRule>> rules;
    QDate today;

    Result<void> loadRules()
    {
        if (rules)
            return {};
        auto active = storage::ReferenceRepository(db).taskRules();
        if (!active)
            return active.error();
        rules = std::move(active).value();
        today = domain::Clock::instance().todayInVietnam();
        return {};
    }

    QList<Wanted> wantedFor(const storage::CaseTriggers &state) const
    {
        QList<Wanted> wanted;
        for (const storage::TriggerReception &reception : state.receptions) {
            if (reception.caseStatus == domain::CaseStatus::Closed
                && reception.outcome == domain::CaseOutcome::HandedOverToFamily
                && reception.closedDate.isValid()) {
                QList<Wanted> followUps;
                for (const TaskRule &rule : *rules) {
                    if (rule.kind == TaskRuleKind::FollowUpAfterHandover)
                        followUps.append({sourceKey(rule, "reception", reception.uuid),
                                          &rule,
                                          reception.id,
                                          rule.dueAfter(reception.closedDate),
                                          false,
                                          {}});
                }
                std::stable_sort(followUps.begin(),
                                 followUps.end(),
                                 [](const Wanted &a, const Wanted &b) { return a.due < b.due; });
                // Each follow-up since the handover completes the next one due.
                const auto recorded =
                    std::count_if(reception.followUpDates.cbegin(),
                                  reception.followUpDates.cend(),
                                  [&](const QDate &date) { return date >= reception.closedDate; });
                for (qsizetype i = 0; i < std::min<qsizetype>(recorded, followUps.size()); ++i)
                    followUps[i].done = true;
                wanted += followUps;
            }
            for (const TaskRule &rule : *rules) {
                if (rule.kind == TaskRuleKind::IdentificationPending
                    && reception.receptionDate.isValid())
                    wanted.append({sourceKey(rule, "reception", reception.uuid),
                                   &rule,
                                   reception.id,
                                   rule.dueAfter(reception.receptionDate),
                                   !identificationPending(reception.identificationStatus),
                                   {}});
            }
        }
        for (const storage::TriggerSupport &support : state.supports) {
            for (const TaskRule &rule : *rules) {
                if (rule.kind == TaskRuleKind::SupportReferred && support.date.isValid())
                    wanted.append({sourceKey(rule, "support", support.uuid),
                                   &rule,
                                   support.receptionId,
                                   rule.dueAfter(support.date),
                                   support.status != domain::SupportStatus::Referred,
                                   {}});
            }
        }
        for (const storage::TriggerGoal &goal : state.goals) {
            if (!goal.targetDate.isValid())
                continue;
            for (const TaskRule &rule : *rules) {
                if (rule.kind == TaskRuleKind::GoalOverdue)
                    wanted.append({sourceKey(rule, "plan_goal", goal.uuid),
                                   &rule,
                                   goal.receptionId,
                                   rule.dueAfter(goal.targetDate),
                                   goal.status == domain::GoalStatus::Achieved
                                       || goal.status == domain::GoalStatus::Dropped,
                                   goal.goal.trimmed()});
            }
        }
        return wanted;
    }

    /**
     * Open, or lapsed when the task is already overdue by more than its rule's lapse days
     * (0: never): decided when a task is made (and when a lapsed one moves), never as days
     * pass, so a task left undone stays in the worker's overdue work.
     */
    TaskStatus pendingStatus(const TaskRule &rule, const QDate &due) const
    {
        return rule.lapseDays > 0 && due < today.addDays(-rule.lapseDays) ? TaskStatus::Lapsed
                                                                          : TaskStatus::Open;
    }

    static bool pending(const Task &task)
    {
        return !task.meta.archived
               && (task.status == TaskStatus::Open || task.status == TaskStatus::Lapsed);
    }

    void close(Task &task, TaskStatus status) const
    {
        task.status = status;
        task.doneDate = today;
        task.doneBy = actor.userName;
    }

    Result<void> reconcile(const storage::CaseTriggers &state, const QHash<QString, Task> &existing)
    {
        const QList<Wanted> wanted = wantedFor(state);
        QSet<QString> wantedKeys;
        for (const Wanted &want : wanted) {
            wantedKeys.insert(want.key);
            const auto found = existing.constFind(want.key);
            if (found == existing.cend()) {
                // A trigger completed before its task was made needs none; the follow-ups
                // after a handover are made done so the follow-ups due and done add up.
                if (want.done && want.rule->kind != TaskRuleKind::FollowUpAfterHandover)
                    continue;
                Task task;
                task.personId = state.personId;
                task.receptionId = want.receptionId;
                task.dueDate = want.due;
                task.assignedUserId = state.responsibleUserId;
                task.ruleCode = want.rule->code;
                task.sourceKey = want.key;
                task.title = want.subject;
                if (want.done)
                    close(task, TaskStatus::Done);
                else
                    task.status = pendingStatus(*want.rule, want.due);
                if (auto added = tasks.append(task, actor); !added)
                    return added.error();
                continue;
            }
            if (!pending(*found))
                continue;
            if (want.done) {
                Task task = *found;
                close(task, TaskStatus::Done);
                if (auto saved = tasks.update(task, actor); !saved)
                    return saved.error();
            } else if (found->dueDate != want.due || found->title != want.subject) {
                Task task = *found;
                task.dueDate = want.due;
                task.title = want.subject;
                // A moved lapsed task whose new date is recent is work again, for the case's
                // worker; an open task never lapses (docs/case-work.md).
                if (found->status == TaskStatus::Lapsed
                    && pendingStatus(*want.rule, want.due) == TaskStatus::Open) {
                    task.status = TaskStatus::Open;
                    task.assignedUserId = state.responsibleUserId;
                }
                if (auto saved = tasks.update(task, actor); !saved)
                    return saved.error();
            }
        }
        for (const Task &stored : existing) {
            if (!pending(stored) || wantedKeys.contains(stored.sourceKey))
                continue;
            Task task = stored;
            close(task, TaskStatus::Cancelled);
            if (auto saved = tasks.update(task, actor); !saved)
                return saved.error();
        }
        return {};
    }
};

TaskRuleEngine::TaskRuleEngine(storage::Database &db,
                               const domain::Actor &actor,
                               domain::AuditPolicy audit)
    : d(std::make_unique<Private>(db, actor, audit))
{}

TaskRuleEngine::~TaskRuleEngine() = default;

Result<void> TaskRuleEngine::syncPersons(const QList<qint64> &personIds)
{
    if (personIds.isEmpty())
        return {};
    if (auto loaded = d->loadRules(); !loaded)
        return loaded;
    // A chunk of cases at a time: the import's whole file is never held in memory at once.
    constexpr qsizetype kChunk = 400;
    const storage::TaskTriggerQueries queries(d->db);
    for (qsizetype from = 0; from < personIds.size(); from += kChunk) {
        const QList<qint64> chunk = personIds.mid(from, kChunk);
        auto states = queries.load(chunk);
        if (!states)
            return states.error();
        auto existing = d->tasks.ruleTasksOfPersons(chunk);
        if (!existing)
            return existing.error();
        for (const storage::CaseTriggers &state : *states) {
            if (auto r = d->reconcile(state, existing->value(state.personId)); !r)
                return r;
        }
    }
    return {};
}

Result<void> TaskRuleEngine::syncNewCase(const CaseGroup &stored)
{
    if (!stored.person || !stored.person->meta.isStored())
        return {};
    if (auto loaded = d->loadRules(); !loaded)
        return loaded;
    storage::CaseTriggers state;
    state.personId = stored.person->meta.id;
    state.responsibleUserId = stored.person->responsibleUserId;
    if (stored.person->meta.archived)
        return {};
    for (const ReceptionGroup &entry : stored.receptions) {
        const domain::Reception &reception = entry.reception;
        if (reception.meta.archived)
            continue;
        storage::TriggerReception trigger{reception.meta.id,
                                          reception.meta.uuid,
                                          reception.receptionDate,
                                          reception.identificationStatus,
                                          reception.caseStatus,
                                          reception.outcome,
                                          reception.closedDate,
                                          {}};
        for (const domain::FollowUp &followUp : entry.followUps) {
            if (!followUp.meta.archived)
                trigger.followUpDates.append(followUp.date);
        }
        state.receptions.append(std::move(trigger));
        for (const domain::Support &support : entry.supports) {
            if (!support.meta.archived)
                state.supports.append(
                    {reception.meta.id, support.meta.uuid, support.date, support.status});
        }
    }
    return d->reconcile(state, {});
}

Result<void> syncRuleTasks(storage::Database &db, const domain::Actor &actor, qint64 personId)
{
    return TaskRuleEngine(db, actor).syncPersons({personId});
}

} // namespace sr::services
