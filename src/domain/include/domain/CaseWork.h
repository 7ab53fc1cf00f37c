#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QString>

#include <optional>

// Case work over time: who is responsible for a case, the support plan of a reception, tasks
// with due dates and managers' approvals (docs/case-work.md).
namespace sr::domain {

/**
 * A change of the worker responsible for a case (person), with the reason. The person's
 * current responsible worker is kept on the person row by storage (person.responsible_user_id,
 * storage/CaseAssignmentRepository.h); these records are its history. The assignment's time is
 * meta.createdAt.
 */
struct CaseAssignment
{
    RecordMeta meta;
    qint64 personId = 0;
    std::optional<qint64> userId;         ///< the new responsible worker; none = unassigned
    std::optional<qint64> previousUserId; ///< the worker before; none when there was none
    QString reason;
};

/** One goal of the support and reintegration plan of a reception (kế hoạch hỗ trợ). */
struct PlanGoal
{
    RecordMeta meta;
    qint64 receptionId = 0;
    GoalArea area = GoalArea::Health;
    QString goal;    ///< what the person should reach
    QString actions; ///< planned actions
    QDate targetDate;
    GoalStatus status = GoalStatus::Planned;
    QString reviewNotes;
};

/**
 * A task with a due date on a case: made by hand, or by a rule (task_rule) from the record that
 * triggers it, in the same transaction. A rule's task carries the rule's code and a source key
 * naming the rule and the record, unique in the table, so nothing is generated twice.
 */
struct Task
{
    RecordMeta meta;
    qint64 personId = 0;
    std::optional<qint64> receptionId;
    QString title; ///< what to do; a rule's task is named by its rule (empty here)
    QString notes;
    QDate dueDate;
    std::optional<qint64> assignedUserId;
    TaskStatus status = TaskStatus::Open;
    QDate doneDate;
    QString doneBy; ///< user name of who completed or cancelled it ("" while open)
    QString ruleCode;
    QString sourceKey; ///< "<rule code>:<table>:<record uuid>"; empty for a task made by hand
};

/**
 * A manager's approval asked for closing a reception or for its support plan: requested by a
 * worker, then approved or returned with a comment by a manager (or withdrawn by the worker).
 * The history of a case's approvals is its rows.
 */
struct Approval
{
    RecordMeta meta;
    qint64 receptionId = 0;
    ApprovalKind kind = ApprovalKind::Closure;
    ApprovalStatus status = ApprovalStatus::Requested;
    qint64 requestedByUserId = 0;
    QString requestNote;
    std::optional<CaseOutcome> proposedOutcome; ///< a closure: the outcome asked for
    QDate proposedClosedDate;                   ///< a closure: the closing date asked for
    std::optional<qint64> decidedByUserId;
    QDate decidedDate;
    QString decisionComment;
};

/** The organisation's case-work settings (an administrator changes them; both off at first). */
struct CaseWorkSettings
{
    /** Closing a case and approving a support plan need a manager's approval. */
    bool approvalsRequired = false;
    /**
     * A social worker lists, finds, opens and exports only the cases assigned to them; a
     * manager those of their team; an administrator all (docs/case-work.md).
     */
    bool recordLevelAccess = false;

    friend bool operator==(const CaseWorkSettings &, const CaseWorkSettings &) = default;
};

} // namespace sr::domain
