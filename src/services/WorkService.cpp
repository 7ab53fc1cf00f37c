#include "WorkService.h"

#include "CaseAccess.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "storage/CaseWorkQueries.h"

namespace sr::services {

WorkService::WorkService(storage::Database &db)
    : m_db(db)
{}

Result<domain::StartPageData> WorkService::startPage(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    const QDate today = domain::Clock::instance().todayInVietnam();
    if (actor.userId <= 0) {
        // The operating-system user of a database without accounts is nobody's worker.
        domain::StartPageData empty;
        empty.today = today;
        return empty;
    }
    const bool approves = allowed(actor, Permission::ApproveCaseWork);
    Result<storage::CaseScope> scope = approves
                                           ? CaseAccess::scopeOf(m_db, actor)
                                           : Result<storage::CaseScope>(storage::CaseScope::all());
    if (!scope)
        return scope.error();
    return storage::CaseWorkQueries(m_db).startPage(actor.userId, today, approves, *scope);
}

Result<std::pair<qint64, qint64>> WorkService::taskCounts(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (actor.userId <= 0)
        return std::pair<qint64, qint64>{0, 0};
    return storage::CaseWorkQueries(m_db).taskCounts(actor.userId,
                                                     domain::Clock::instance().todayInVietnam());
}

Result<domain::CaseOverviewData> WorkService::overview(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCaseOverview); !r)
        return r.error();
    return storage::CaseWorkQueries(m_db).overview(domain::Clock::instance().todayInVietnam());
}

Result<QList<domain::TimelineEntry>> WorkService::timeline(const domain::Actor &actor,
                                                           qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    return storage::CaseWorkQueries(m_db).timeline(personId);
}

} // namespace sr::services
