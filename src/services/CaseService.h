#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Support.h"
#include "storage/PersonRepository.h"

#include <QList>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using DuplicateCandidate = storage::DuplicateCandidate;

/**
 * A new case as the intake form enters it: the person, their first reception and the
 * supports and follow-ups given during it. Saved all-or-nothing.
 */
struct NewCase
{
    domain::Person person;
    domain::Reception reception;
    QList<domain::Support> supports;
    QList<domain::FollowUp> followUps;
};

/**
 * Use cases that write case records. Each one validates first (domain::validate*), returning
 * every field error and writing nothing when the input is invalid; otherwise it writes in one
 * transaction (BEGIN IMMEDIATE) through the repositories, which keep the search index and
 * the audit log in step. A save of a record changed meanwhile fails with ErrorCode::Conflict.
 * Records with meta.id == 0 are inserted, others updated.
 */
class CaseService
{
public:
    explicit CaseService(storage::Database &db);

    ServiceResult<domain::Person> savePerson(const domain::Actor &actor,
                                             const domain::Person &person);
    /** The reception's person must exist (reception.personId). */
    ServiceResult<domain::Reception> saveReception(const domain::Actor &actor,
                                                   const domain::Reception &reception);
    ServiceResult<domain::Support> saveSupport(const domain::Actor &actor,
                                               const domain::Support &support);
    ServiceResult<domain::FollowUp> saveFollowUp(const domain::Actor &actor,
                                                 const domain::FollowUp &followUp);
    ServiceResult<domain::HandoverBatch> saveBatch(const domain::Actor &actor,
                                                   const domain::HandoverBatch &batch);

    /**
     * Saves a new person with a reception, supports and follow-ups in one transaction.
     * Field names of errors are prefixed with the record they belong to: "person.full_name",
     * "reception.agency_code", "supports.1.amount_vnd", "follow_ups.0.follow_up_date".
     */
    ServiceResult<NewCase> saveNewCase(const domain::Actor &actor, const NewCase &newCase);

    /** Stored persons who may be the same as @a person (same name and close birth year, or same document). */
    Result<QList<DuplicateCandidate>> duplicateCandidates(const domain::Actor &actor,
                                                          const domain::Person &person) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
