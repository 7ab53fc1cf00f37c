#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// What the worker's start page, the manager's overview and the case timeline show
// (docs/case-work.md): read-only views over the case-work tables, built by storage's
// CaseWorkQueries and handed out by services::WorkService.
namespace sr::domain {

/** What a line of the start page is, and so where the case opens. */
enum class WorkItemKind {
    FollowUpTask,       ///< a rule's follow-up contact after a handover → the follow-ups
    IdentificationTask, ///< a rule's pending identification decision → the reception
    SupportTask,        ///< a rule's referred support without outcome → the supports
    GoalTask,           ///< a rule's goal past its target date → the plan
    ManualTask,         ///< a task made by hand → the tasks
    Approval,           ///< an approval waiting for a decision → the plan
    Assignment,         ///< the case was assigned to the user → the person
};

/** The part of the case editor a work item opens (the case editor's tabs, in their order). */
enum class CaseSection { Person, Reception, Supports, FollowUps, Plan, Tasks, Timeline };

/** Where @a kind opens the case. */
CaseSection sectionOf(WorkItemKind kind);

/** The work item kind of a task made by a rule of @a ruleKind; a task by hand is ManualTask. */
WorkItemKind taskItemKind(std::optional<TaskRuleKind> ruleKind);

/** One line of the start page: enough to show it and to open the case at the right place. */
struct WorkItem
{
    WorkItemKind kind = WorkItemKind::ManualTask;
    qint64 recordId = 0; ///< the task, approval or assignment
    qint64 personId = 0;
    std::optional<qint64> receptionId; ///< the reception to show (none: the latest)
    QString caseCode;
    QString fullName;
    QDate date;       ///< a task's due date, an approval's request day, an assignment's day
    QString title;    ///< a task's own title (a rule's task has none: see ruleName*)
    QString ruleCode; ///< a rule's task: its rule
    QString ruleNameVi;
    QString ruleNameEn;
    std::optional<ApprovalKind> approvalKind;
    QString otherUser; ///< an approval: who asked; an assignment: who assigned (display name)
    QString note;      ///< an approval's request note; an assignment's reason
};

/** The worker's start page ("Việc của tôi") for one user on one day. */
struct StartPageData
{
    QDate today; ///< in Asia/Ho_Chi_Minh (Clock::todayInVietnam)
    /** The user's open tasks due before today, oldest due first (at most the list limit). */
    QList<WorkItem> overdue;
    /** The user's open tasks due from today to today + 6 days, soonest first. */
    QList<WorkItem> dueThisWeek;
    /** Cases assigned to the user in the last 30 days and still theirs, newest first. */
    QList<WorkItem> recentlyAssigned;
    /** Approvals waiting for a decision, oldest first (only for users who may approve). */
    QList<WorkItem> awaitingApproval;
    qint64 overdueCount = 0;
    qint64 dueThisWeekCount = 0;
    qint64 recentlyAssignedCount = 0;
    qint64 awaitingApprovalCount = 0;
};

/** How long ago an open case's latest reception was (the overview's age buckets). */
enum class CaseAgeBucket {
    UnderOneMonth,
    OneToThreeMonths,
    ThreeToSixMonths,
    SixToTwelveMonths,
    OverTwelveMonths
};
inline constexpr int caseAgeBucketCount = 5;

/** The range of latest reception dates of @a bucket on @a today (a null end is open). */
struct DateRange
{
    QDate from;
    QDate to;
};
DateRange caseAgeRange(CaseAgeBucket bucket, const QDate &today);
/** The bucket of a case whose latest reception was on @a received. */
CaseAgeBucket caseAgeBucket(const QDate &received, const QDate &today);

/** Overdue tasks of one worker (none: tasks assigned to nobody). */
struct WorkerOverdue
{
    std::optional<qint64> userId;
    QString userName;
    QString displayName;
    qint64 tasks = 0; ///< open tasks due before today
    qint64 cases = 0; ///< distinct cases among them
};

/** The manager's overview of case work on one day. */
struct CaseOverviewData
{
    QDate today;
    qint64 openCases = 0;
    /** Open cases by the identification status of their latest reception (enum order). */
    std::array<qint64, 5> openByIdentification{};
    /** Open cases by CaseAgeBucket. */
    std::array<qint64, caseAgeBucketCount> openByAge{};
    /** Open cases by identification status (rows) and CaseAgeBucket (columns). */
    std::array<std::array<qint64, caseAgeBucketCount>, 5> openByStatusAndAge{};
    QList<WorkerOverdue> overdueByWorker; ///< most overdue tasks first
    qint64 withoutPlan = 0;               ///< open cases whose latest reception has no active goal
    qint64 identificationPending = 0;     ///< open cases not verified or pending identification
};

/** What happened on a case, as one line of its timeline. */
enum class TimelineKind {
    Reception,              ///< detail: agency name
    IdentificationDecision, ///< code: identification status
    CaseClosed,             ///< code: outcome
    Support,                ///< detail: support type name; code: support status
    FollowUp,               ///< code: follow-up kind
    GoalCreated,            ///< detail: goal; code: area
    GoalChanged,            ///< detail: goal; code: new status when it changed
    GoalArchived,           ///< detail: goal
    TaskCreated,            ///< detail: title or rule name
    TaskDone,               ///< detail: title or rule name
    TaskCancelled,          ///< detail: title or rule name
    ApprovalRequested,      ///< code: approval kind
    ApprovalDecided,        ///< code: approval kind; code2: status; detail: comment
    Assigned,               ///< detail: new worker (empty: nobody); detail2: reason
    Opened,                 ///< the case was opened (audit log)
    /**
     * A paper attached (docs/attachments.md): detail/detailEn: its kind; code: what it belongs
     * to ("person", "reception", "support", "follow_up"); code2: that record's date
     * (yyyy-MM-dd; empty for the person); detail2: a support's type name (Vietnamese). Never
     * the file's name, which may hold the person's.
     */
    AttachmentAdded,
    /** An attachment archived: as AttachmentAdded, with its reason in detail2. */
    AttachmentArchived,
    /**
     * Admitted to a shelter room (docs/centre-work.md), dated by the admission day:
     * detail/detailEn: the room's name; detail2: the shelter's name (Vietnamese).
     */
    ShelterAdmitted,
    /** Left the shelter room, dated by the day of leaving: as ShelterAdmitted; code: reason. */
    ShelterLeft,
    /**
     * A hotline call that became the case (domain/Hotline.h): code: its reason; code2: its
     * urgency. Never what the caller said.
     */
    HotlineCall,
};

/** One line of a case's timeline. */
struct TimelineEntry
{
    TimelineKind kind = TimelineKind::Opened;
    QDateTime at;          ///< UTC; a record dated by a day: 00:00 of that day in Vietnam
    bool dateOnly = false; ///< only the day is known
    QString who;           ///< display name, else user name
    std::optional<qint64> receptionId;
    QString code;
    QString code2;
    QString detail;   ///< Vietnamese text, or text as entered
    QString detailEn; ///< English name of a reference entry (empty: use detail)
    QString detail2;
};

/**
 * Sorts a timeline newest first; entries at the same time keep their order (stable), so the
 * order in which they were gathered decides between them.
 */
void sortNewestFirst(QList<TimelineEntry> &entries);

} // namespace sr::domain
