#include "CaseListService.h"

#include "CaseAccess.h"
#include "Permissions.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <utility>

namespace sr::services {

CaseListService::CaseListService(storage::Database &db, domain::Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_query(std::make_unique<storage::CaseListQuery>(db))
{}

CaseListService::~CaseListService() = default;

Result<qint64> CaseListService::count(const CaseListFilter &filter) const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = applyScope(); !r)
        return r.error();
    return m_query->count(filter);
}

Result<qint64> CaseListService::totalCount() const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = applyScope(); !r)
        return r.error();
    return m_query->count(CaseListFilter{});
}

Result<bool> CaseListService::hasCases() const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    return m_query->anyPerson();
}

Result<qint64> CaseListService::sizeEstimate() const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    return m_query->personIdBound();
}

Result<QList<CaseListRow>> CaseListService::fetch(const CaseListFilter &filter,
                                                  CaseListColumn sortColumn,
                                                  Qt::SortOrder order,
                                                  qint64 offset,
                                                  int limit) const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    if (offset < 0 || limit < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("negative offset or limit"));
    if (auto r = applyScope(); !r)
        return r.error();
    return m_query->fetch(filter, sortColumn, order, offset, limit);
}

Result<void> CaseListService::applyScope() const
{
    // Read on every call: an administrator may turn record-level access on meanwhile.
    auto scope = CaseAccess::scopeOf(m_db, m_actor);
    if (!scope)
        return scope.error();
    m_query->setScope(std::move(scope).value());
    return {};
}

Result<CaseListFilterChoices> CaseListService::filterChoices() const
{
    if (auto r = require(m_db, m_actor, Permission::ViewCases); !r)
        return r.error();
    storage::ReferenceRepository references(m_db);
    auto agencies = references.agencies(storage::ArchiveFilter::IncludeArchived);
    if (!agencies)
        return agencies.error();
    auto countries = references.countries();
    if (!countries)
        return countries.error();
    return CaseListFilterChoices{std::move(agencies).value(), std::move(countries).value()};
}

} // namespace sr::services
