#pragma once

#include "domain/Actor.h"
#include "domain/AuditPolicy.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Result.h"
#include "domain/Support.h"
#include "domain/Validation.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** A reception with the supports and follow-ups written with it. */
struct ReceptionGroup
{
    domain::Reception reception;
    QList<domain::Support> supports;
    QList<domain::FollowUp> followUps;
};

/**
 * Case records written together: handover batches, a person and their receptions with
 * supports and follow-ups. A record is written when it is new (meta.id == 0) or, being stored,
 * its uuid is in changedUuids; the others are only the parents of what is written (their ids
 * link the children) and the context their children are validated against.
 *
 * Without a person the receptions are stored ones that only carry new supports or follow-ups
 * (the import of a supports table); a group may also hold only batches.
 */
struct CaseGroup
{
    QList<domain::HandoverBatch> batches;
    std::optional<domain::Person> person;
    QList<ReceptionGroup> receptions;
    QSet<QString> changedUuids;

    bool isWritten(const domain::RecordMeta &meta) const
    {
        return !meta.isStored() || changedUuids.contains(meta.uuid);
    }
};

/** Whether the field errors of a group are placed in the case (domain::placedIn). */
enum class ErrorPaths {
    /** Placed: the record kind, the reception's index and the row of a support or follow-up. */
    Case,
    /** The new-case form: placed as Case (its one reception has index 0). */
    NewCase,
    /** One record written alone: the bare field. */
    Record,
};

struct CaseCheck;
CaseCheck validateCase(CaseGroup group, const QDate &today, ErrorPaths paths);

/**
 * A CaseGroup that passed the domain's validation (domain/Validation.h); only validateCase()
 * makes one, so nothing reaches CaseWriter unchecked.
 */
class ValidatedCase
{
public:
    const CaseGroup &group() const { return m_group; }

private:
    friend CaseCheck validateCase(CaseGroup group, const QDate &today, ErrorPaths paths);
    explicit ValidatedCase(CaseGroup group)
        : m_group(std::move(group))
    {}
    CaseGroup m_group;
};

/** The outcome of validateCase(): the validated group, or every field error. */
struct CaseCheck
{
    std::optional<ValidatedCase> valid;
    domain::FieldErrors errors;
};

/**
 * Checks every record @a group writes with the domain's validators: the person when written,
 * each reception against the person (all of them: a changed birth date can make any reception
 * invalid; without a person, only written ones — there are none in the import of supports),
 * written supports and follow-ups against their reception, written batches. Errors are
 * placed as @a paths says.
 */
CaseCheck validateCase(CaseGroup group, const QDate &today, ErrorPaths paths);

/** How records that are not stored yet (meta.id == 0) meet records that may be. */
enum class WriteMode {
    /** Inserted as new; stored records (id != 0) in changedUuids are updated against their
        version (optimistic lock: Conflict when another save came first). */
    Save,
    /** The import without --update: each is looked up by its natural key (a person by case
        code, a reception by uuid, a support, follow-up or batch by uuid); finding one is a
        Conflict. */
    InsertNew,
    /** The import with --update: looked up as InsertNew (a reception without uuid by its
        person and date); a stored one is overwritten, keeping its bookkeeping. */
    Upsert,
    /**
     * The import without --update, after its checks: every record not stored is new, which
     * the caller proved in the same transaction (case codes and uuids looked up, none twice
     * in the file), so nothing is looked up again. Records go in through the repositories'
     * bulk append(); finish() then writes the search entries and the persons'
     * latest-reception summaries, and must run before the commit.
     */
    Append,
};

struct WriterOptions
{
    WriteMode mode = WriteMode::Save;
    /** Summary: no audit row per record, the caller writes one for the whole run. */
    domain::AuditPolicy audit = domain::AuditPolicy::PerRecord;
};

/** Records created and updated by a CaseWriter, per table. */
struct WriteCounts
{
    qint64 personsCreated = 0;
    qint64 personsUpdated = 0;
    qint64 receptionsCreated = 0;
    qint64 receptionsUpdated = 0;
    qint64 supportsCreated = 0;
    qint64 supportsUpdated = 0;
    qint64 followUpsCreated = 0;
    qint64 followUpsUpdated = 0;
    qint64 batchesCreated = 0;
    qint64 batchesUpdated = 0;
};

/**
 * The one write path of case records: the case editor (CaseService), the CSV import
 * (ImportService) and the demo data (DemoDataService) write persons, receptions, supports,
 * follow-ups and handover batches through it, on the repositories' public API.
 *
 * It writes inside the caller's storage::Transaction and never opens or commits one, so the
 * caller's checks and its summary audit row share the transaction with the records. Make it
 * after the transaction began and drop it before the transaction ends: its repositories (and
 * their prepared statements) are made once and reused for every record it writes.
 *
 * After a person is updated the derived columns of all their receptions (age at reception)
 * are recomputed in the same transaction. The task rules (TaskRules.h) run for every case
 * written, in the same transaction: after each write(), or in finish() for WriteMode::Append.
 */
class CaseWriter
{
public:
    CaseWriter(storage::Database &db, const domain::Actor &actor, WriterOptions options = {});
    ~CaseWriter();
    CaseWriter(const CaseWriter &) = delete;
    CaseWriter &operator=(const CaseWriter &) = delete;

    /**
     * Writes @a group: batches first, then the person (a new one's case code takes the year of
     * its first reception), each reception (linked to the person) and its supports and
     * follow-ups (linked to the reception). Returns the group as stored (ids, uuids, versions,
     * case code); records not written are returned as given. On an error the caller's
     * transaction must roll back.
     */
    Result<CaseGroup> write(const ValidatedCase &group);

    /** Completes what WriteMode::Append left for the end; nothing to do in other modes. */
    Result<void> finish();

    /** Records written so far. */
    const WriteCounts &counts() const;

private:
    /** Runs the task rules (TaskRules.h) on the cases @a stored wrote, or keeps them for finish(). */
    Result<void> syncTasks(const CaseGroup &stored, qint64 personId, bool personInserted);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::services
