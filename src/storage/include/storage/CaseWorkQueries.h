#pragma once

#include "domain/CaseWorkViews.h"
#include "domain/Result.h"
#include "storage/CaseScope.h"

#include <QDateTime>

namespace sr::storage {

class Database;

/**
 * The read-only queries of the worker's start page, the manager's overview and the case
 * timeline (docs/case-work.md). Plain SQL for every engine: dates are ISO text compared as
 * text. The start page reads ranges of the indexes task_work (the user's open tasks by due
 * date), case_assignment_user and approval_status; the overview reads person_open_work (open
 * cases by status and latest reception date, an index-only scan) and task_overdue (schema step
 * 0010), so both answer in well under 0.2 s at a million persons.
 */
class CaseWorkQueries
{
public:
    explicit CaseWorkQueries(Database &db);

    /** At most this many lines per start page section (the counts are exact). */
    static constexpr int listLimit = 200;
    /** How far back "recently assigned" looks, in days. */
    static constexpr int recentAssignmentDays = 30;

    /**
     * The start page of @a userId on @a today (a day in Asia/Ho_Chi_Minh): open tasks assigned
     * to the user due before today (overdue) and from today to today + 6 (this week), the cases
     * assigned to them since the same day @a recentAssignmentDays days ago (their latest
     * assignment, still theirs) and, when @a withApprovals, the approvals waiting for a
     * decision that somebody else asked for, on the cases of @a approvalScope (record-level
     * access, services/CaseAccess.h). Archived tasks and cases are left out.
     */
    Result<domain::StartPageData> startPage(qint64 userId,
                                            const QDate &today,
                                            bool withApprovals,
                                            const CaseScope &approvalScope = CaseScope::all());

    /** Only the counts of overdue and this week's tasks of @a userId (the status bar). */
    Result<std::pair<qint64, qint64>> taskCounts(qint64 userId, const QDate &today);

    /**
     * The overview on @a today: open cases by status and age, overdue tasks by worker (every
     * open, unarchived task due before today, whatever its case's state), open cases whose
     * latest reception has no active goal, identification decisions pending.
     */
    Result<domain::CaseOverviewData> overview(const QDate &today);

    /** Everything that happened on the case of @a personId, newest first. */
    Result<QList<domain::TimelineEntry>> timeline(qint64 personId);

private:
    Database &m_db;
};

} // namespace sr::storage
