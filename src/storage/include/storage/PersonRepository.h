#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/DuplicateCandidate.h"
#include "domain/Person.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace sr::storage {

class Database;

using domain::DuplicateCandidate;

/**
 * Stores persons. Writes join the caller's Transaction (or open their own), keep the
 * search index (person_search) in step in the same transaction, fill the record's
 * bookkeeping (uuid, case code, created/updated, version) and write the audit row.
 */
class PersonRepository
{
public:
    explicit PersonRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);
    ~PersonRepository();

    Result<domain::Person> get(qint64 id) const;
    Result<domain::Person> getByCaseCode(const QString &caseCode) const;
    Result<domain::Person> getByUuid(const QString &uuid) const;

    /**
     * Inserts a new person. An empty uuid is generated; an empty case code is generated as
     * "<prefix>-<year>-NNNN" from the organisation's prefix and @a caseYear (the year of
     * the first reception; the current year when 0). A uuid that already exists returns
     * the stored record unchanged (a retried commit is not entered twice).
     */
    Result<domain::Person>
    insert(const domain::Person &person, const domain::Actor &actor, int caseYear = 0);

    /**
     * A bulk insert (services/CaseWriter.h, WriteMode::Append): inserts a person the caller
     * has proved new in its open transaction, as insert() does but without its look-ups. Its
     * search index entry waits for flushAppended(), which must run before the commit.
     */
    Result<domain::Person>
    append(const domain::Person &person, const domain::Actor &actor, int caseYear = 0);
    /** Adds the appended persons to the search index, many rows per statement. */
    Result<void> flushAppended();

    /** Updates; Conflict when person.meta.version is not the stored version. */
    Result<domain::Person> update(const domain::Person &person, const domain::Actor &actor);

    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

    /**
     * Ids of persons whose names, other names, case code or document number match every
     * word of @a text as a prefix, diacritics and case ignored, đ = d. Best matches first.
     */
    Result<QList<qint64>> search(const QString &text, int limit = 50, int offset = 0) const;

    /** Same folded name with birth year within ±2, or the same document number. */
    Result<QList<DuplicateCandidate>> findPossibleDuplicates(const domain::Person &person) const;

    /** Number of persons. */
    Result<qint64> count(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::storage
