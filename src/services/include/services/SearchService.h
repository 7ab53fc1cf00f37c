#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** One person found by a search. */
struct SearchHit
{
    qint64 personId = 0;
    QString caseCode;
    QString fullName;
};

/**
 * Use case "find a person": every word of the text matched as a prefix of names, other
 * names, case codes and document numbers, diacritics and case ignored, đ = d.
 */
class SearchService
{
public:
    explicit SearchService(storage::Database &db);

    Result<QList<SearchHit>>
    find(const domain::Actor &actor, const QString &text, int limit = 50) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
