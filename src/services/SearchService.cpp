#include "SearchService.h"

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
    storage::PersonRepository persons(m_db);
    const Result<QList<qint64>> ids = persons.search(text, limit);
    if (!ids)
        return ids.error();
    QList<SearchHit> hits;
    hits.reserve(ids->size());
    for (const qint64 id : *ids) {
        const Result<domain::Person> person = persons.get(id);
        if (!person)
            return person.error();
        hits.append(SearchHit{id, person->caseCode, person->fullName});
    }
    return hits;
}

} // namespace sr::services
