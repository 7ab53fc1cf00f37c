#pragma once

#include "domain/Actor.h"
#include "domain/CaseList.h"
#include "domain/Reference.h"
#include "domain/Result.h"

#include <QList>

#include <memory>

namespace sr::storage {
class CaseListQuery;
class Database;
} // namespace sr::storage

namespace sr::services {

// The case list's filter and row types are plain values; the UI uses them through here.
using CaseListFilter = domain::CaseListFilter;
using CaseListRow = domain::CaseListRow;
using CaseListColumn = domain::CaseListColumn;

/** Choices offered by the case list's filter widgets. */
struct CaseListFilterChoices
{
    QList<domain::Agency> agencies;
    QList<domain::Country> countries;
};

/**
 * Use case "browse the case list": counts and pages of persons with their latest reception,
 * filtered, searched and sorted, for the acting user. A thin wrapper over
 * storage::CaseListQuery so that permission checks (and view auditing, a later issue) plug in
 * here and the UI never touches storage classes.
 */
class CaseListService
{
public:
    CaseListService(storage::Database &db, domain::Actor actor);
    ~CaseListService();

    const domain::Actor &actor() const { return m_actor; }

    /** Number of persons matching @a filter. */
    Result<qint64> count(const CaseListFilter &filter) const;

    /** Number of persons in the list without any filter (active records). */
    Result<qint64> totalCount() const;

    /** True when the database holds any person, archived ones included; counts nothing. */
    Result<bool> hasCases() const;

    /** An upper bound of the number of persons (the highest id), read without counting. */
    Result<qint64> sizeEstimate() const;

    /** One page of rows, sorted by @a sortColumn (ties broken by id). */
    Result<QList<CaseListRow>> fetch(const CaseListFilter &filter,
                                     CaseListColumn sortColumn,
                                     Qt::SortOrder order,
                                     qint64 offset,
                                     int limit) const;

    /** Agencies and countries for the filter widgets. */
    Result<CaseListFilterChoices> filterChoices() const;

private:
    /** Limits the query to the cases the actor may see (services/CaseAccess.h). */
    Result<void> applyScope() const;

    storage::Database &m_db;
    domain::Actor m_actor;
    std::unique_ptr<storage::CaseListQuery> m_query;
};

} // namespace sr::services
