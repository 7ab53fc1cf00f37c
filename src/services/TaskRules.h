#pragma once

#include "domain/Actor.h"
#include "domain/AuditPolicy.h"
#include "domain/Result.h"

#include <QList>

#include <memory>

// The rule engine of tasks (docs/case-work.md), internal to the services: CaseWriter runs it
// for every case it writes, and the services that write plan goals run syncRuleTasks().
namespace sr::storage {
class Database;
struct CaseTriggers;
} // namespace sr::storage

namespace sr::services {

struct CaseGroup;

/**
 * Reconciles the rule tasks of cases with their stored records, inside the caller's
 * transaction (it never opens or commits one). The active rules are read once, on first use;
 * make one per transaction (or per writer) and drop it before the transaction ends.
 *
 * Per active rule (table task_rule):
 * - follow_up_after_handover: a reception closed as handed over to the family on D wants one
 *   task per rule, due rule.dueAfter(D); with k follow-ups dated on or after D the k earliest
 *   tasks are done (each follow-up completes the next one due).
 * - identification_pending: a reception not verified or pending wants a task due
 *   dueAfter(reception date); a decision completes it.
 * - support_referred: a referred support wants a task due dueAfter(support date); any other
 *   status completes it.
 * - goal_overdue: a planned or in-progress goal with a target date wants a task due
 *   dueAfter(target date); achieved or dropped completes it.
 *
 * A task's source key "<rule code>:<table>:<record uuid>" is never inserted twice (whatever the
 * stored task's status); an open task follows its trigger's date, is completed by it, or is
 * cancelled when the trigger is gone (the record archived or changed, the rule archived). A
 * trigger already completed when first seen makes no task, except the follow-ups after a
 * handover: those tasks are made done, so the follow-ups due and done can be counted.
 * A task made with a due date more than its rule's lapse days in the past is made lapsed
 * instead of open; a lapsed task is completed, moved or cancelled like an open one, and a
 * lapsed one moved to a recent date is open again. An open task never lapses.
 */
class TaskRuleEngine
{
public:
    TaskRuleEngine(storage::Database &db,
                   const domain::Actor &actor,
                   domain::AuditPolicy audit = domain::AuditPolicy::PerRecord);
    ~TaskRuleEngine();
    TaskRuleEngine(const TaskRuleEngine &) = delete;
    TaskRuleEngine &operator=(const TaskRuleEngine &) = delete;

    /** Reads the stored state of @a personIds (a few statements per chunk) and reconciles. */
    Result<void> syncPersons(const QList<qint64> &personIds);

    /**
     * A case whose person was inserted by @a stored (as CaseWriter returned it): every record
     * of the case is in the group and no task exists yet, so nothing is read.
     */
    Result<void> syncNewCase(const CaseGroup &stored);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Reconciles the rule tasks of one case (see TaskRuleEngine), in the caller's transaction. */
Result<void> syncRuleTasks(storage::Database &db, const domain::Actor &actor, qint64 personId);

} // namespace sr::services
