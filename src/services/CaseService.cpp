#include "CaseService.h"

#include "AuditService.h"
#include "BatchService.h"
#include "CaseAccess.h"
#include "CaseWriter.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "ReferenceService.h"
#include "TaskRules.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SupportRepository.h"

#include <spdlog/spdlog.h>

namespace sr::services {

namespace {

QDate today()
{
    return domain::Clock::instance().today();
}

/** A group of one stored or new record: new ones are inserted, stored ones updated. */
QSet<QString> changed(const domain::RecordMeta &meta)
{
    return meta.isStored() ? QSet<QString>{meta.uuid} : QSet<QString>{};
}

/**
 * When the organisation requires approvals (ReferenceService::caseWorkSettings()), a user who
 * may not approve case work closes no reception by saving it: each reception @a group writes
 * closed that is new or stored open gets a case_status NeedsApproval error, placed as
 * @a paths says. The worker asks for the closure instead (ApprovalService::requestClosure); a
 * manager's or administrator's own closing is their approval. Run inside the write
 * transaction: the stored status and the setting are the ones the write meets.
 */
Result<domain::FieldErrors> closingsNeedingApproval(storage::Database &db,
                                                    const domain::Actor &actor,
                                                    const CaseGroup &group,
                                                    ErrorPaths paths)
{
    if (allowed(actor, Permission::ApproveCaseWork))
        return domain::FieldErrors{};
    bool closes = false;
    for (const ReceptionGroup &entry : group.receptions) {
        closes = closes
                 || (group.isWritten(entry.reception.meta)
                     && entry.reception.caseStatus == domain::CaseStatus::Closed);
    }
    if (!closes)
        return domain::FieldErrors{};
    Result<domain::CaseWorkSettings> settings = ReferenceService(db).caseWorkSettings();
    if (!settings)
        return settings.error();
    if (!settings->approvalsRequired)
        return domain::FieldErrors{};
    storage::ReceptionRepository receptions(db);
    domain::FieldErrors errors;
    for (qsizetype i = 0; i < group.receptions.size(); ++i) {
        const domain::Reception &reception = group.receptions.at(i).reception;
        if (!group.isWritten(reception.meta) || reception.caseStatus != domain::CaseStatus::Closed)
            continue;
        if (reception.meta.isStored()) {
            Result<domain::Reception> stored = receptions.get(reception.meta.id);
            if (!stored)
                return stored.error();
            if (stored->caseStatus == domain::CaseStatus::Closed)
                continue; // already closed: an edit of a closed case closes nothing
        }
        const domain::FieldErrors one{domain::FieldError{QStringLiteral("case_status"),
                                                         domain::ValidationCode::NeedsApproval}};
        errors += paths == ErrorPaths::Record
                      ? one
                      : domain::placedIn(one, domain::RecordKind::Reception, int(i));
    }
    return errors;
}

/**
 * Writes the one record of @a group through the CaseWriter in its own transaction, after
 * @a prepare (run inside it) filled the stored parent; @a pick takes the written record out
 * of the stored group.
 */
template<typename T, typename Prepare, typename Pick>
ServiceResult<T> saveOne(
    storage::Database &db, const domain::Actor &actor, Prepare prepare, Pick pick, const char *what)
{
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return ServiceResult<T>(transaction.error());
    Result<CaseGroup> group = prepare();
    if (!group)
        return ServiceResult<T>(group.error());
    Result<domain::FieldErrors> closings =
        closingsNeedingApproval(db, actor, *group, ErrorPaths::Record);
    if (!closings)
        return ServiceResult<T>(closings.error());
    CaseCheck check = validateCase(std::move(group).value(), today(), ErrorPaths::Record);
    if (!check.valid || !closings->isEmpty())
        return ServiceResult<T>::invalid(*closings + check.errors);
    Result<CaseGroup> written = CaseWriter(db, actor).write(*check.valid);
    if (!written)
        return ServiceResult<T>(written.error());
    return commitResult(transaction, Result<T>(pick(*written)), what);
}

} // namespace

CaseService::CaseService(storage::Database &db)
    : m_db(db)
{}

ServiceResult<domain::Person> CaseService::savePerson(const domain::Actor &actor,
                                                      const domain::Person &person)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::Person>(r.error());
    if (person.meta.isStored()) {
        if (auto r = CaseAccess::requireCase(m_db, actor, person.meta.id); !r)
            return ServiceResult<domain::Person>(r.error());
    }
    CaseGroup group;
    group.person = person;
    group.changedUuids = changed(person.meta);
    // Checked before the transaction begins, as the person depends on nothing stored.
    CaseCheck check = validateCase(std::move(group), today(), ErrorPaths::Record);
    if (!check.valid)
        return ServiceResult<domain::Person>::invalid(check.errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::Person>(transaction.error());
    // The writer recomputes the ages at reception after an update (they depend on the birth date).
    Result<CaseGroup> written = CaseWriter(m_db, actor).write(*check.valid);
    if (!written)
        return ServiceResult<domain::Person>(written.error());
    return commitResult(transaction, Result<domain::Person>(*written->person), "case.savePerson");
}

ServiceResult<domain::Reception> CaseService::saveReception(const domain::Actor &actor,
                                                            const domain::Reception &reception)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::Reception>(r.error());
    if (auto r = CaseAccess::requireCase(m_db, actor, reception.personId); !r)
        return ServiceResult<domain::Reception>(r.error());
    // The person is read inside the write transaction: a birth date changed by another
    // process meanwhile is the one the reception is checked against (docs/architecture.md, "Writes").
    return saveOne<domain::Reception>(
        m_db,
        actor,
        [&]() -> Result<CaseGroup> {
            Result<domain::Person> person = storage::PersonRepository(m_db).get(reception.personId);
            if (!person)
                return person.error();
            CaseGroup group;
            group.person = std::move(person).value();
            group.receptions.append(ReceptionGroup{reception, {}, {}});
            group.changedUuids = changed(reception.meta);
            return group;
        },
        [](const CaseGroup &group) { return group.receptions.constFirst().reception; },
        "case.saveReception");
}

namespace {

/** The group of a support or follow-up: its stored reception (read in the transaction). */
Result<CaseGroup> underReception(storage::Database &db, qint64 receptionId)
{
    Result<domain::Reception> reception = storage::ReceptionRepository(db).get(receptionId);
    if (!reception)
        return reception.error();
    CaseGroup group;
    group.receptions.append(ReceptionGroup{std::move(reception).value(), {}, {}});
    return group;
}

} // namespace

ServiceResult<domain::Support> CaseService::saveSupport(const domain::Actor &actor,
                                                        const domain::Support &support)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::Support>(r.error());
    // The reception is read inside the write transaction (its date may change meanwhile).
    return saveOne<domain::Support>(
        m_db,
        actor,
        [&]() -> Result<CaseGroup> {
            Result<CaseGroup> group = underReception(m_db, support.receptionId);
            if (group) {
                group->receptions.first().supports.append(support);
                group->changedUuids = changed(support.meta);
            }
            return group;
        },
        [](const CaseGroup &group) { return group.receptions.constFirst().supports.constFirst(); },
        "case.saveSupport");
}

ServiceResult<domain::FollowUp> CaseService::saveFollowUp(const domain::Actor &actor,
                                                          const domain::FollowUp &followUp)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::FollowUp>(r.error());
    // The reception is read inside the write transaction (its date may change meanwhile).
    return saveOne<domain::FollowUp>(
        m_db,
        actor,
        [&]() -> Result<CaseGroup> {
            Result<CaseGroup> group = underReception(m_db, followUp.receptionId);
            if (group) {
                group->receptions.first().followUps.append(followUp);
                group->changedUuids = changed(followUp.meta);
            }
            return group;
        },
        [](const CaseGroup &group) { return group.receptions.constFirst().followUps.constFirst(); },
        "case.saveFollowUp");
}

ServiceResult<domain::HandoverBatch> CaseService::saveBatch(const domain::Actor &actor,
                                                            const domain::HandoverBatch &batch)
{
    BatchService batches(m_db);
    return batch.meta.isStored() ? batches.update(actor, batch) : batches.create(actor, batch);
}

ServiceResult<NewCase> CaseService::saveNewCase(const domain::Actor &actor, const NewCase &newCase)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<NewCase>(r.error());
    CaseGroup group;
    group.person = newCase.person;
    group.receptions.append(ReceptionGroup{newCase.reception, newCase.supports, newCase.followUps});
    CaseCheck check = validateCase(std::move(group), today(), ErrorPaths::NewCase);
    if (!check.valid)
        return ServiceResult<NewCase>::invalid(check.errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<NewCase>(transaction.error());
    Result<domain::FieldErrors> closings =
        closingsNeedingApproval(m_db, actor, check.valid->group(), ErrorPaths::NewCase);
    if (!closings)
        return ServiceResult<NewCase>(closings.error());
    if (!closings->isEmpty())
        return ServiceResult<NewCase>::invalid(*closings);
    Result<CaseGroup> written = CaseWriter(m_db, actor).write(*check.valid);
    if (!written)
        return ServiceResult<NewCase>(written.error());
    if (const Result<void> committed = transaction.commit(); !committed)
        return ServiceResult<NewCase>(committed.error());
    NewCase saved;
    saved.person = *written->person;
    ReceptionGroup &entry = written->receptions.first();
    saved.reception = std::move(entry.reception);
    saved.supports = std::move(entry.supports);
    saved.followUps = std::move(entry.followUps);
    spdlog::info("case: new case saved ({} supports, {} follow-ups)",
                 saved.supports.size(),
                 saved.followUps.size());
    return ServiceResult<NewCase>(std::move(saved));
}

Result<QList<DuplicateCandidate>>
CaseService::duplicateCandidates(const domain::Actor &actor, const domain::Person &person) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    storage::PersonRepository persons(m_db);
    auto candidates = persons.findPossibleDuplicates(person);
    if (!candidates)
        return candidates;
    auto scope = CaseAccess::scopeOf(m_db, actor);
    if (!scope)
        return scope.error();
    if (scope->isAll())
        return candidates;
    // Hiding another worker's case would let a duplicate in; naming it would show a case the
    // worker may not open. The warning keeps the case code only (docs/case-work.md).
    for (DuplicateCandidate &candidate : *candidates) {
        auto stored = persons.get(candidate.personId);
        if (!stored)
            return stored.error();
        if (!scope->contains(stored->responsibleUserId)) {
            candidate.outOfScope = true;
            candidate.fullName.clear();
            candidate.birthYear = 0;
        }
    }
    return candidates;
}

ServiceResult<CaseRecord> CaseService::saveCase(const domain::Actor &actor,
                                                const CaseRecord &record,
                                                const QSet<QString> &changedUuids)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<CaseRecord>(r.error());
    if (!record.person.meta.isStored())
        return ServiceResult<CaseRecord>(
            makeError(ErrorCode::InvalidInput, QStringLiteral("saveCase: new person")));
    if (auto r = CaseAccess::requireCase(m_db, actor, record.person.meta.id); !r)
        return ServiceResult<CaseRecord>(r.error());

    // Checked inside the write transaction: a person that is not saved here is checked as it
    // is stored now, not as the caller read it (another process may have changed its birth
    // date); a saved one must still carry the stored version (optimistic locking).
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<CaseRecord>(transaction.error());
    CaseGroup group;
    group.changedUuids = changedUuids;
    group.person = record.person;
    if (!group.isWritten(record.person.meta)) {
        Result<domain::Person> stored = storage::PersonRepository(m_db).get(record.person.meta.id);
        if (!stored)
            return ServiceResult<CaseRecord>(stored.error());
        group.person = std::move(stored).value();
    }
    for (const ReceptionRecord &entry : record.receptions)
        group.receptions.append(ReceptionGroup{entry.reception, entry.supports, entry.followUps});
    Result<domain::FieldErrors> closings =
        closingsNeedingApproval(m_db, actor, group, ErrorPaths::Case);
    if (!closings)
        return ServiceResult<CaseRecord>(closings.error());
    CaseCheck check = validateCase(std::move(group), today(), ErrorPaths::Case);
    if (!check.valid || !closings->isEmpty())
        return ServiceResult<CaseRecord>::invalid(*closings + check.errors);

    const qint64 personId = record.person.meta.id;
    CaseWriter writer(m_db, actor);
    if (Result<CaseGroup> written = writer.write(*check.valid); !written)
        return ServiceResult<CaseRecord>(written.error());
    const WriteCounts &counts = writer.counts();
    const qint64 writes = counts.receptionsCreated + counts.receptionsUpdated
                          + counts.supportsCreated + counts.supportsUpdated
                          + counts.followUpsCreated + counts.followUpsUpdated;
    if (const Result<void> committed = transaction.commit(); !committed)
        return ServiceResult<CaseRecord>(committed.error());
    spdlog::info("case: case saved ({} reception/support/follow-up writes)", writes);
    Result<CaseRecord> reloaded = loadCase(actor, personId);
    if (!reloaded)
        return ServiceResult<CaseRecord>(reloaded.error());
    return ServiceResult<CaseRecord>(std::move(reloaded).value());
}

Result<CaseRecord> CaseService::loadCase(const domain::Actor &actor, qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    // Record-level access: a case outside the actor's scope is refused (and audited) before
    // anything of it is read.
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    storage::PersonRepository persons(m_db);
    storage::ReceptionRepository receptions(m_db);
    storage::SupportRepository supports(m_db);
    storage::FollowUpRepository followUps(m_db);

    CaseRecord record;
    Result<domain::Person> person = persons.get(personId);
    if (!person)
        return person.error();
    record.person = std::move(person).value();
    Result<QList<domain::Reception>> list = receptions.listForPerson(personId);
    if (!list)
        return list.error();
    for (const domain::Reception &reception : *list) {
        ReceptionRecord entry;
        entry.reception = reception;
        Result<QList<domain::Support>> given = supports.listForReception(reception.meta.id);
        if (!given)
            return given.error();
        entry.supports = std::move(given).value();
        Result<QList<domain::FollowUp>> contacts = followUps.listForReception(reception.meta.id);
        if (!contacts)
            return contacts.error();
        entry.followUps = std::move(contacts).value();
        record.receptions.append(std::move(entry));
    }
    return record;
}

Result<CaseRecord> CaseService::openCase(const domain::Actor &actor, qint64 personId) const
{
    Result<CaseRecord> loaded = loadCase(actor, personId);
    if (!loaded)
        return loaded;
    if (auto r = AuditService(m_db).recordCaseOpened(actor, personId); !r)
        return r.error();
    return loaded;
}

namespace {

/** Runs the task rules of the case of reception @a receptionId (after one of its records changed). */
Result<void>
syncCaseOfReception(storage::Database &db, const domain::Actor &actor, qint64 receptionId)
{
    auto reception = storage::ReceptionRepository(db).get(receptionId);
    if (!reception)
        return reception.error();
    return syncRuleTasks(db, actor, reception->personId);
}

} // namespace

Result<void> CaseService::archivePerson(const domain::Actor &actor,
                                        qint64 id,
                                        int expectedVersion,
                                        const QString &reason)
{
    if (auto r = CaseAccess::requireCase(m_db, actor, id); !r)
        return r;
    return archiveWith<storage::PersonRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archivePerson", [&] {
            return syncRuleTasks(m_db, actor, id);
        });
}

Result<void> CaseService::archiveReception(const domain::Actor &actor,
                                           qint64 id,
                                           int expectedVersion,
                                           const QString &reason)
{
    return archiveWith<storage::ReceptionRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveReception", [&] {
            return syncCaseOfReception(m_db, actor, id);
        });
}

Result<void> CaseService::archiveSupport(const domain::Actor &actor,
                                         qint64 id,
                                         int expectedVersion,
                                         const QString &reason)
{
    return archiveWith<storage::SupportRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveSupport", [&]() -> Result<void> {
            auto support = storage::SupportRepository(m_db).get(id);
            if (!support)
                return support.error();
            return syncCaseOfReception(m_db, actor, support->receptionId);
        });
}

Result<void> CaseService::archiveFollowUp(const domain::Actor &actor,
                                          qint64 id,
                                          int expectedVersion,
                                          const QString &reason)
{
    return archiveWith<storage::FollowUpRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveFollowUp", [&]() -> Result<void> {
            auto followUp = storage::FollowUpRepository(m_db).get(id);
            if (!followUp)
                return followUp.error();
            return syncCaseOfReception(m_db, actor, followUp->receptionId);
        });
}

Result<CaseReferenceData> CaseService::referenceData(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    storage::ReferenceRepository reference(m_db);
    CaseReferenceData data;
    auto take = [](auto result, auto &target) -> std::optional<Error> {
        if (!result)
            return result.error();
        target = std::move(result).value();
        return std::nullopt;
    };
    const Result<domain::Organisation> organisation = reference.organisation();
    data.homeProvinceCode = organisation ? organisation->provinceCode : QStringLiteral("22");
    const std::optional<Error> failures[] = {
        take(reference.agencies(), data.agencies),
        take(reference.countries(), data.countries),
        take(reference.ethnicGroups(), data.ethnicGroups),
        take(reference.provinces(domain::AdminEra::Pre2025), data.provincesBefore2025),
        take(reference.provinces(domain::AdminEra::From2025), data.provincesFrom2025),
        take(reference.communes(domain::AdminEra::Pre2025, data.homeProvinceCode),
             data.communesBefore2025),
        take(reference.communes(domain::AdminEra::From2025, data.homeProvinceCode),
             data.communesFrom2025),
        take(reference.supportTypes(), data.supportTypes),
        take(storage::HandoverBatchRepository(m_db).list(), data.batches),
        take(reference.borderGates(domain::ArchiveFilter::IncludeArchived), data.borderGates),
    };
    for (const std::optional<Error> &failure : failures) {
        if (failure)
            return *failure;
    }
    return data;
}

} // namespace sr::services
