#include "SearchService.h"

#include "CaseAccess.h"
#include "Permissions.h"
#include "storage/PersonRepository.h"

namespace sr::services {

SearchService::SearchService(storage::Database &db)
    : m_db(db)
{}

Result<QList<SearchHit>>
SearchService::find(const domain::Actor &actor, const QString &text, int limit) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    const Result<storage::CaseScope> scope = CaseAccess::scopeOf(m_db, actor);
    if (!scope)
        return scope.error();
    storage::PersonRepository persons(m_db);
    QList<SearchHit> hits;
    // Record-level access: the ranked matches are read page by page and those the actor may
    // not see are skipped, until @a limit hits or the matches run out.
    const int page = scope->isAll() || limit <= 0 ? limit : qMax(limit, 200);
    for (int offset = 0;;) {
        const Result<QList<qint64>> ids = persons.search(text, page, offset);
        if (!ids)
            return ids.error();
        for (const qint64 id : *ids) {
            const Result<domain::Person> person = persons.get(id);
            if (!person)
                return person.error();
            if (!scope->contains(person->responsibleUserId))
                continue;
            hits.append(SearchHit{id, person->caseCode, person->fullName});
            if (limit > 0 && hits.size() >= limit)
                return hits;
        }
        if (page <= 0 || ids->size() < page || scope->isAll())
            return hits;
        offset += page;
    }
}

} // namespace sr::services
