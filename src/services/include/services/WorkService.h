#pragma once

#include "domain/Actor.h"
#include "domain/CaseWorkViews.h"
#include "domain/Result.h"

#include <QList>

#include <utility>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Use cases "my work", "overview of case work" and "case timeline" (docs/case-work.md): the
 * worker's start page, the manager's overview and one case's history, read-only. "Today" is
 * domain::Clock::todayInVietnam(): tasks fall due on days in Asia/Ho_Chi_Minh, whatever the
 * workstation's time zone.
 */
class WorkService
{
public:
    explicit WorkService(storage::Database &db);

    /**
     * The acting user's start page (ViewCases): their overdue tasks and those due this week,
     * the cases assigned to them lately and, for users who may approve (ApproveCaseWork), the
     * approvals waiting for a decision. An actor without an account has no items.
     */
    Result<domain::StartPageData> startPage(const domain::Actor &actor) const;

    /** The acting user's overdue and this week's task counts, for the status bar (ViewCases). */
    Result<std::pair<qint64, qint64>> taskCounts(const domain::Actor &actor) const;

    /** The manager's overview (ViewCaseOverview). */
    Result<domain::CaseOverviewData> overview(const domain::Actor &actor) const;

    /** The timeline of the case of @a personId, newest first (ViewCases). */
    Result<QList<domain::TimelineEntry>> timeline(const domain::Actor &actor,
                                                  qint64 personId) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
