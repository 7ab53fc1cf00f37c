#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/DuplicateCandidate.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Reference.h"
#include "domain/Support.h"

#include <QList>
#include <QSet>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

using DuplicateCandidate = domain::DuplicateCandidate;

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

/** A reception with its supports and follow-ups (active records), as the case editor shows it. */
struct ReceptionRecord
{
    domain::Reception reception;
    QList<domain::Support> supports;
    QList<domain::FollowUp> followUps;
};

/** A person with every active reception, oldest first. */
struct CaseRecord
{
    domain::Person person;
    QList<ReceptionRecord> receptions;
};

/** The reference lists the case editor offers (active entries). */
struct CaseReferenceData
{
    QList<domain::Agency> agencies;
    QList<domain::Country> countries;
    QList<domain::EthnicGroup> ethnicGroups;
    QList<domain::Province> provincesBefore2025;
    QList<domain::Province> provincesFrom2025;
    /** Communes of the organisation's province (only Quảng Ninh's are shipped), both eras. */
    QList<domain::Commune> communesBefore2025;
    QList<domain::Commune> communesFrom2025;
    QList<domain::SupportType> supportTypes;
    QList<domain::HandoverBatch> batches;
    /** Every border gate, archived ones too: a batch names its gate in the batch picker. */
    QList<domain::BorderGate> borderGates;
    QString homeProvinceCode;
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
     * Field errors are placed in the case (domain::placedIn): the person, the reception as
     * reception 0, supports and follow-ups as rows of reception 0.
     */
    ServiceResult<NewCase> saveNewCase(const domain::Actor &actor, const NewCase &newCase);

    /**
     * Saves the edits of an existing case in one transaction: the person and every reception,
     * support and follow-up of @a record that is new (meta.id == 0, inserted; new receptions
     * get the person, new supports/follow-ups their reception) or whose uuid is in
     * @a changedUuids (updated, optimistic lock). Everything is validated first; field errors
     * are placed in the case (domain::placedIn: reception N, row M of its supports or
     * follow-ups). Returns the case as stored afterwards (loadCase()).
     */
    ServiceResult<CaseRecord> saveCase(const domain::Actor &actor,
                                       const CaseRecord &record,
                                       const QSet<QString> &changedUuids);

    /** The person and their active receptions, supports and follow-ups. */
    Result<CaseRecord> loadCase(const domain::Actor &actor, qint64 personId) const;

    /**
     * A worker opens a case to read or edit it: loadCase() and an audit row "open" for the
     * person (docs/security.md: opening a case is audited; reloads after a save are not).
     */
    Result<CaseRecord> openCase(const domain::Actor &actor, qint64 personId) const;

    /**
     * Archives (never deletes) a person: the case leaves the case list and the reports with
     * every reception, support and follow-up, which stay in the database; optimistic lock.
     */
    Result<void> archivePerson(const domain::Actor &actor,
                               qint64 id,
                               int expectedVersion,
                               const QString &reason);
    /**
     * Archives (never deletes) a reception, a support or a follow-up; optimistic lock. Every
     * archive needs a reason (InvalidInput when blank).
     */
    Result<void> archiveReception(const domain::Actor &actor,
                                  qint64 id,
                                  int expectedVersion,
                                  const QString &reason);
    Result<void> archiveSupport(const domain::Actor &actor,
                                qint64 id,
                                int expectedVersion,
                                const QString &reason);
    Result<void> archiveFollowUp(const domain::Actor &actor,
                                 qint64 id,
                                 int expectedVersion,
                                 const QString &reason);

    /** Reference lists for the case editor's choices. */
    Result<CaseReferenceData> referenceData(const domain::Actor &actor) const;

    /** Stored persons who may be the same as @a person (same name and close birth year, or same document). */
    Result<QList<DuplicateCandidate>> duplicateCandidates(const domain::Actor &actor,
                                                          const domain::Person &person) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
