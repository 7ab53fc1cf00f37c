#include "CaseService.h"

#include "AuditService.h"
#include "BatchService.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
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

using domain::RecordKind;

/** Inserts (id 0) or updates through @a repository. */
template<typename Repository, typename Record>
Result<Record> store(Repository &repository, const Record &record, const domain::Actor &actor)
{
    if (record.meta.isStored())
        return repository.update(record, actor);
    return repository.insert(record, actor);
}

/** Commits @a transaction after @a result succeeded; turns a failed commit into an Error. */
template<typename T>
ServiceResult<T> finish(storage::Transaction &transaction, Result<T> result, const char *what)
{
    if (!result)
        return ServiceResult<T>(result.error());
    if (const Result<void> committed = transaction.commit(); !committed) {
        spdlog::error(
            "{}: commit failed ({})", what, errorCodeName(committed.error().code).toStdString());
        return ServiceResult<T>(committed.error());
    }
    return ServiceResult<T>(std::move(result).value());
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
    const domain::FieldErrors errors = domain::validatePerson(person, today());
    if (!errors.isEmpty())
        return ServiceResult<domain::Person>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::Person>(transaction.error());
    storage::PersonRepository persons(m_db);
    Result<domain::Person> saved = store(persons, person, actor);
    if (saved && person.meta.isStored()) {
        // Ages at reception depend on the birth date.
        storage::ReceptionRepository receptions(m_db);
        if (const Result<void> refreshed = receptions.refreshDerivedForPerson(saved->meta.id);
            !refreshed)
            return ServiceResult<domain::Person>(refreshed.error());
    }
    return finish(transaction, std::move(saved), "case.savePerson");
}

ServiceResult<domain::Reception> CaseService::saveReception(const domain::Actor &actor,
                                                            const domain::Reception &reception)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::Reception>(r.error());
    // The person is read inside the write transaction: a birth date changed by another
    // process meanwhile is the one the reception is checked against (docs/architecture.md, "Writes").
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::Reception>(transaction.error());
    storage::PersonRepository persons(m_db);
    const Result<domain::Person> person = persons.get(reception.personId);
    if (!person)
        return ServiceResult<domain::Reception>(person.error());
    const domain::FieldErrors errors = domain::validateReception(reception, *person, today());
    if (!errors.isEmpty())
        return ServiceResult<domain::Reception>::invalid(errors);
    storage::ReceptionRepository receptions(m_db);
    return finish(transaction, store(receptions, reception, actor), "case.saveReception");
}

ServiceResult<domain::Support> CaseService::saveSupport(const domain::Actor &actor,
                                                        const domain::Support &support)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::Support>(r.error());
    // The reception is read inside the write transaction (its date may change meanwhile).
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::Support>(transaction.error());
    storage::ReceptionRepository receptions(m_db);
    const Result<domain::Reception> reception = receptions.get(support.receptionId);
    if (!reception)
        return ServiceResult<domain::Support>(reception.error());
    const domain::FieldErrors errors = domain::validateSupport(support, *reception, today());
    if (!errors.isEmpty())
        return ServiceResult<domain::Support>::invalid(errors);
    storage::SupportRepository supports(m_db);
    return finish(transaction, store(supports, support, actor), "case.saveSupport");
}

ServiceResult<domain::FollowUp> CaseService::saveFollowUp(const domain::Actor &actor,
                                                          const domain::FollowUp &followUp)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::FollowUp>(r.error());
    // The reception is read inside the write transaction (its date may change meanwhile).
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::FollowUp>(transaction.error());
    storage::ReceptionRepository receptions(m_db);
    const Result<domain::Reception> reception = receptions.get(followUp.receptionId);
    if (!reception)
        return ServiceResult<domain::FollowUp>(reception.error());
    const domain::FieldErrors errors = domain::validateFollowUp(followUp, *reception, today());
    if (!errors.isEmpty())
        return ServiceResult<domain::FollowUp>::invalid(errors);
    storage::FollowUpRepository followUps(m_db);
    return finish(transaction, store(followUps, followUp, actor), "case.saveFollowUp");
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
    const QDate now = today();
    domain::FieldErrors errors;
    errors += domain::placedIn(domain::validatePerson(newCase.person, now), RecordKind::Person);
    errors += domain::placedIn(domain::validateReception(newCase.reception, newCase.person, now),
                               RecordKind::Reception,
                               0);
    for (qsizetype i = 0; i < newCase.supports.size(); ++i) {
        errors += domain::placedIn(
            domain::validateSupport(newCase.supports.at(i), newCase.reception, now),
            RecordKind::Support,
            0,
            int(i));
    }
    for (qsizetype i = 0; i < newCase.followUps.size(); ++i) {
        errors += domain::placedIn(
            domain::validateFollowUp(newCase.followUps.at(i), newCase.reception, now),
            RecordKind::FollowUp,
            0,
            int(i));
    }
    if (!errors.isEmpty())
        return ServiceResult<NewCase>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<NewCase>(transaction.error());
    storage::PersonRepository persons(m_db);
    storage::ReceptionRepository receptions(m_db);
    storage::SupportRepository supports(m_db);
    storage::FollowUpRepository followUps(m_db);

    NewCase saved;
    Result<domain::Person> person =
        persons.insert(newCase.person, actor, newCase.reception.receptionDate.year());
    if (!person)
        return ServiceResult<NewCase>(person.error());
    saved.person = std::move(person).value();

    domain::Reception reception = newCase.reception;
    reception.personId = saved.person.meta.id;
    Result<domain::Reception> storedReception = receptions.insert(reception, actor);
    if (!storedReception)
        return ServiceResult<NewCase>(storedReception.error());
    saved.reception = std::move(storedReception).value();

    for (domain::Support support : newCase.supports) {
        support.receptionId = saved.reception.meta.id;
        Result<domain::Support> stored = supports.insert(support, actor);
        if (!stored)
            return ServiceResult<NewCase>(stored.error());
        saved.supports.append(std::move(stored).value());
    }
    for (domain::FollowUp followUp : newCase.followUps) {
        followUp.receptionId = saved.reception.meta.id;
        Result<domain::FollowUp> stored = followUps.insert(followUp, actor);
        if (!stored)
            return ServiceResult<NewCase>(stored.error());
        saved.followUps.append(std::move(stored).value());
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return ServiceResult<NewCase>(committed.error());
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
    return persons.findPossibleDuplicates(person);
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

    auto written = [&changedUuids](const domain::RecordMeta &meta) {
        return !meta.isStored() || changedUuids.contains(meta.uuid);
    };
    // Checked inside the write transaction: a person that is not saved here is checked as it
    // is stored now, not as the caller read it (another process may have changed its birth
    // date); a saved one must still carry the stored version (optimistic locking).
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<CaseRecord>(transaction.error());
    storage::PersonRepository persons(m_db);
    domain::Person person = record.person;
    if (!written(record.person.meta)) {
        Result<domain::Person> stored = persons.get(record.person.meta.id);
        if (!stored)
            return ServiceResult<CaseRecord>(stored.error());
        person = std::move(stored).value();
    }
    const QDate now = today();
    domain::FieldErrors errors;
    if (written(record.person.meta))
        errors += domain::placedIn(domain::validatePerson(person, now), RecordKind::Person);
    for (qsizetype r = 0; r < record.receptions.size(); ++r) {
        const ReceptionRecord &entry = record.receptions.at(r);
        // A changed birth date can make any reception invalid: check them all.
        errors += domain::placedIn(
            domain::validateReception(entry.reception, person, now), RecordKind::Reception, int(r));
        for (qsizetype i = 0; i < entry.supports.size(); ++i) {
            if (written(entry.supports.at(i).meta))
                errors += domain::placedIn(
                    domain::validateSupport(entry.supports.at(i), entry.reception, now),
                    RecordKind::Support,
                    int(r),
                    int(i));
        }
        for (qsizetype i = 0; i < entry.followUps.size(); ++i) {
            if (written(entry.followUps.at(i).meta))
                errors += domain::placedIn(
                    domain::validateFollowUp(entry.followUps.at(i), entry.reception, now),
                    RecordKind::FollowUp,
                    int(r),
                    int(i));
        }
    }
    if (!errors.isEmpty())
        return ServiceResult<CaseRecord>::invalid(errors);

    storage::ReceptionRepository receptions(m_db);
    storage::SupportRepository supports(m_db);
    storage::FollowUpRepository followUps(m_db);

    const qint64 personId = record.person.meta.id;
    if (written(record.person.meta)) {
        if (Result<domain::Person> saved = persons.update(record.person, actor); !saved)
            return ServiceResult<CaseRecord>(saved.error());
    }
    int writes = 0;
    for (const ReceptionRecord &entry : record.receptions) {
        qint64 receptionId = entry.reception.meta.id;
        if (written(entry.reception.meta)) {
            domain::Reception reception = entry.reception;
            reception.personId = personId;
            Result<domain::Reception> saved = store(receptions, reception, actor);
            if (!saved)
                return ServiceResult<CaseRecord>(saved.error());
            receptionId = saved->meta.id;
            ++writes;
        }
        for (const domain::Support &support : entry.supports) {
            if (!written(support.meta))
                continue;
            domain::Support copy = support;
            copy.receptionId = receptionId;
            if (Result<domain::Support> saved = store(supports, copy, actor); !saved)
                return ServiceResult<CaseRecord>(saved.error());
            ++writes;
        }
        for (const domain::FollowUp &followUp : entry.followUps) {
            if (!written(followUp.meta))
                continue;
            domain::FollowUp copy = followUp;
            copy.receptionId = receptionId;
            if (Result<domain::FollowUp> saved = store(followUps, copy, actor); !saved)
                return ServiceResult<CaseRecord>(saved.error());
            ++writes;
        }
    }
    if (written(record.person.meta)) {
        if (const Result<void> refreshed = receptions.refreshDerivedForPerson(personId); !refreshed)
            return ServiceResult<CaseRecord>(refreshed.error());
    }
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

/** Archives a record in its own transaction. */
template<typename Repository>
Result<void> archiveWith(storage::Database &db,
                         qint64 id,
                         int expectedVersion,
                         const QString &reason,
                         const domain::Actor &actor,
                         const char *what)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: no reason").arg(QLatin1String(what)));
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Repository repository(db);
    if (Result<void> archived = repository.archive(id, expectedVersion, reason.trimmed(), actor);
        !archived)
        return archived;
    if (Result<void> committed = transaction.commit(); !committed) {
        spdlog::error(
            "{}: commit failed ({})", what, errorCodeName(committed.error().code).toStdString());
        return committed;
    }
    return {};
}

} // namespace

Result<void> CaseService::archivePerson(const domain::Actor &actor,
                                        qint64 id,
                                        int expectedVersion,
                                        const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r.error();
    return archiveWith<storage::PersonRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archivePerson");
}

Result<void> CaseService::archiveReception(const domain::Actor &actor,
                                           qint64 id,
                                           int expectedVersion,
                                           const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r.error();
    return archiveWith<storage::ReceptionRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveReception");
}

Result<void> CaseService::archiveSupport(const domain::Actor &actor,
                                         qint64 id,
                                         int expectedVersion,
                                         const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r.error();
    return archiveWith<storage::SupportRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveSupport");
}

Result<void> CaseService::archiveFollowUp(const domain::Actor &actor,
                                          qint64 id,
                                          int expectedVersion,
                                          const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r.error();
    return archiveWith<storage::FollowUpRepository>(
        m_db, id, expectedVersion, reason, actor, "case.archiveFollowUp");
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
    };
    for (const std::optional<Error> &failure : failures) {
        if (failure)
            return *failure;
    }
    return data;
}

} // namespace sr::services
