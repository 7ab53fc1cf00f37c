#include "SearchService.h"

#include "storage/PersonRepository.h"

namespace sr::services {

SearchService::SearchService(storage::Database &db)
    : m_db(db)
{}

Result<QList<SearchHit>>
SearchService::find(const domain::Actor &actor, const QString &text, int limit) const
{
    Q_UNUSED(actor) // permission checks and view auditing plug in here (users issue)
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
