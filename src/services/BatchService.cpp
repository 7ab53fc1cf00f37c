#include "BatchService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"

#include <algorithm>

namespace sr::services {

using domain::HandoverBatch;

BatchService::BatchService(storage::Database &db)
    : m_db(db)
{}

Result<qint64> BatchService::count(const domain::Actor &actor, const BatchQuery &query) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    return storage::HandoverBatchRepository(m_db).count(query.from, query.to, query.archive);
}

Result<QList<HandoverBatch>>
BatchService::list(const domain::Actor &actor, const BatchQuery &query, int offset, int limit) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (offset < 0 || limit < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("batch.list: negative page"));
    return storage::HandoverBatchRepository(m_db).list(
        query.from, query.to, query.archive, limit, offset);
}

Result<HandoverBatch> BatchService::get(const domain::Actor &actor, qint64 id) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    return storage::HandoverBatchRepository(m_db).get(id);
}

ServiceResult<HandoverBatch> BatchService::create(const domain::Actor &actor,
                                                  const HandoverBatch &batch)
{
    return write(actor, batch, false);
}

ServiceResult<HandoverBatch> BatchService::update(const domain::Actor &actor,
                                                  const HandoverBatch &batch)
{
    return write(actor, batch, true);
}

ServiceResult<HandoverBatch>
BatchService::write(const domain::Actor &actor, const HandoverBatch &batch, bool stored)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<HandoverBatch>(r.error());
    if (batch.meta.isStored() != stored)
        return ServiceResult<HandoverBatch>(
            makeError(ErrorCode::InvalidInput,
                      stored ? QStringLiteral("batch.update: not stored")
                             : QStringLiteral("batch.create: already stored")));
    const domain::FieldErrors errors =
        domain::validateBatch(batch, domain::Clock::instance().today());
    if (!errors.isEmpty())
        return ServiceResult<HandoverBatch>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<HandoverBatch>(transaction.error());
    storage::HandoverBatchRepository batches(m_db);
    if (stored)
        return commitResult(transaction, batches.update(batch, actor), "batch.update");
    return commitResult(transaction, batches.insert(batch, actor), "batch.create");
}

Result<void> BatchService::archive(const domain::Actor &actor,
                                   qint64 id,
                                   int expectedVersion,
                                   const QString &reason)
{
    return archiveWith<storage::HandoverBatchRepository>(
        m_db, id, expectedVersion, reason, actor, "batch.archive");
}

Result<QList<LinkedReception>> BatchService::linkedReceptions(const domain::Actor &actor,
                                                              qint64 batchId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    const Result<QList<domain::Reception>> receptions =
        storage::ReceptionRepository(m_db).listForBatch(batchId);
    if (!receptions)
        return receptions.error();
    // Record-level access: the persons of other workers' cases are not listed by name.
    const Result<storage::CaseScope> scope = CaseAccess::scopeOf(m_db, actor);
    if (!scope)
        return scope.error();
    storage::PersonRepository persons(m_db);
    QList<LinkedReception> linked;
    linked.reserve(receptions->size());
    for (const domain::Reception &reception : *receptions) {
        const Result<domain::Person> person = persons.get(reception.personId);
        if (!person)
            return person.error();
        if (!scope->contains(person->responsibleUserId))
            continue;
        linked.append(LinkedReception{reception.meta.id,
                                      reception.personId,
                                      person->caseCode,
                                      person->fullName,
                                      reception.receptionDate});
    }
    std::stable_sort(linked.begin(), linked.end(), [](const auto &a, const auto &b) {
        return a.receptionDate < b.receptionDate;
    });
    return linked;
}

Result<BatchChoices> BatchService::choices(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    storage::ReferenceRepository reference(m_db);
    BatchChoices choices;
    Result<QList<domain::BorderGate>> gates = reference.borderGates();
    if (!gates)
        return gates.error();
    Result<QList<domain::Agency>> agencies = reference.agencies();
    if (!agencies)
        return agencies.error();
    choices.borderGates = std::move(gates).value();
    choices.agencies = std::move(agencies).value();
    return choices;
}

} // namespace sr::services
