#pragma once

#include "ArchiveFilter.h"
#include "CaseScope.h"
#include "domain/CaseList.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {

class Database;

using domain::CaseListColumn;
using domain::CaseListFilter;
using domain::CaseListRow;

/**
 * Pages of the case list for the lazy table model: count() and fetch() run indexed queries
 * with LIMIT/OFFSET (keyset-friendly order with the id as tie-breaker), never loading
 * every row.
 */
class CaseListQuery
{
public:
    explicit CaseListQuery(Database &db);

    Result<qint64> count(const CaseListFilter &filter) const;
    /** True when the database holds any person, archived ones included (no counting). */
    Result<bool> anyPerson() const;
    /** The highest person id: an upper bound of the number of persons, read without counting. */
    Result<qint64> personIdBound() const;
    Result<QList<CaseListRow>> fetch(const CaseListFilter &filter,
                                     CaseListColumn sortColumn,
                                     Qt::SortOrder order,
                                     qint64 offset,
                                     int limit) const;

    /** How the last fetch() found its page (for tests and the benchmark). */
    enum class PagePath {
        Walked,    ///< walked the list order, testing each person's search text
        FromIndex, ///< a sparse search: started from the search index's matches
        Paged,     ///< the ordinary LIMIT/OFFSET query
    };
    PagePath lastPagePath() const { return m_lastPath; }

    /**
     * Limits every count, page and walk to the cases in @a scope (record-level access: the
     * services set it for the acting user before each call). Every case at first.
     */
    void setScope(CaseScope scope) { m_scope = std::move(scope); }
    const CaseScope &scope() const { return m_scope; }

    /** Changes the walk's sample and budget (tests; defaults below). */
    void setWalkLimits(int sample, int budget)
    {
        m_walkSample = sample;
        m_walkBudget = budget;
    }

    /**
     * Persons a search's first page looks at in list order before it gives up the walk: a
     * common prefix ("n", "nguyen thi") fills the page within the first few hundred, while
     * the search index would have to collect, count and order hundreds of thousands of
     * matches first (docs/performance.md). Sparser matches go through the search index.
     */
    static constexpr int firstPageWalkBudget = 16000;
    /** Persons looked at before the walk estimates whether the page fills within budget. */
    static constexpr int firstPageWalkSample = 1000;

private:
    /**
     * The first @a limit matches of @a filter's search in the default order (latest
     * reception), found by walking the list in that order and testing each person's search
     * text. std::nullopt with @a sparse set when the matches are too few for the walk to fill
     * the page within firstPageWalkBudget persons; std::nullopt alone when there is no search
     * or the walk failed (the ordinary path then reports the error).
     */
    std::optional<QList<qint64>> firstMatchesInListOrder(const CaseListFilter &filter,
                                                         Qt::SortOrder order,
                                                         int limit,
                                                         bool &sparse) const;

    Database &m_db;
    CaseScope m_scope;
    int m_walkSample = firstPageWalkSample;
    int m_walkBudget = firstPageWalkBudget;
    mutable PagePath m_lastPath = PagePath::Paged;
};

} // namespace sr::storage
