#include "HotlineService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "HotlineChecks.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/HotlineRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"

namespace sr::services {

using domain::HotlineCall;

namespace {

storage::CallFilter filterOf(const CallQuery &query)
{
    return storage::CallFilter{query.from, query.to, query.reason, query.action, query.archive};
}

} // namespace

HotlineService::HotlineService(storage::Database &db)
    : m_db(db)
{}

Result<qint64> HotlineService::count(const domain::Actor &actor, const CallQuery &query) const
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    return storage::HotlineRepository(m_db).count(filterOf(query));
}

Result<QList<HotlineCall>> HotlineService::list(const domain::Actor &actor,
                                                const CallQuery &query,
                                                int offset,
                                                int limit) const
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    if (offset < 0 || limit < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("hotline.list: negative page"));
    return storage::HotlineRepository(m_db).list(filterOf(query), limit, offset);
}

Result<HotlineCall> HotlineService::get(const domain::Actor &actor, qint64 id) const
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    return storage::HotlineRepository(m_db).get(id);
}

ServiceResult<HotlineCall> HotlineService::create(const domain::Actor &actor,
                                                  const HotlineCall &call)
{
    return write(actor, call, false);
}

ServiceResult<HotlineCall> HotlineService::update(const domain::Actor &actor,
                                                  const HotlineCall &call)
{
    return write(actor, call, true);
}

ServiceResult<HotlineCall>
HotlineService::write(const domain::Actor &actor, const HotlineCall &call, bool stored)
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return ServiceResult<HotlineCall>(r.error());
    if (call.meta.isStored() != stored)
        return ServiceResult<HotlineCall>(
            makeError(ErrorCode::InvalidInput,
                      stored ? QStringLiteral("hotline.update: not stored")
                             : QStringLiteral("hotline.create: already stored")));
    // The fields first, without the database: a form's mistakes are shown at once.
    if (const domain::FieldErrors errors =
            domain::validateHotlineCall(call, domain::Clock::instance().now());
        !errors.isEmpty())
        return ServiceResult<HotlineCall>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<HotlineCall>(transaction.error());
    const Result<domain::FieldErrors> errors = checkHotlineCall(m_db, call);
    if (!errors)
        return ServiceResult<HotlineCall>(errors.error());
    if (!errors->isEmpty())
        return ServiceResult<HotlineCall>::invalid(*errors);
    storage::HotlineRepository calls(m_db);
    if (stored)
        return commitResult(transaction, calls.update(call, actor), "hotline.update");
    return commitResult(transaction, calls.insert(call, actor), "hotline.create");
}

Result<void> HotlineService::archive(const domain::Actor &actor,
                                     qint64 id,
                                     int expectedVersion,
                                     const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("hotline.archive: no reason"));
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<void> archived =
            storage::HotlineRepository(m_db).archive(id, expectedVersion, reason.trimmed(), actor);
        !archived)
        return archived;
    return commitLogged(transaction, "hotline.archive");
}

ServiceResult<HotlineCall> HotlineService::linkToCase(const domain::Actor &actor,
                                                      qint64 id,
                                                      int expectedVersion,
                                                      const QString &caseCode,
                                                      std::optional<qint64> receptionId)
{
    using Fail = ServiceResult<HotlineCall>;
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return Fail(r.error());
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return Fail(r.error());
    if (caseCode.trimmed().isEmpty())
        return Fail::invalid({{QStringLiteral("case_code"), domain::ValidationCode::Required}});

    // One transaction: the person, the reception and the call are read where they are written.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Fail(transaction.error());
    Result<domain::Person> person =
        storage::PersonRepository(m_db).getByCaseCode(caseCode.trimmed());
    if (!person) {
        if (person.error().code == ErrorCode::NotFound)
            return Fail::invalid(
                {{QStringLiteral("case_code"), domain::ValidationCode::NotAChoice}});
        return Fail(person.error());
    }
    if (person->meta.archived)
        return Fail::invalid({{QStringLiteral("case_code"), domain::ValidationCode::NotAChoice}});
    if (auto access = CaseAccess::requireCase(m_db, actor, person->meta.id); !access)
        return Fail(access.error());
    storage::HotlineRepository calls(m_db);
    Result<HotlineCall> stored = calls.get(id);
    if (!stored)
        return Fail(stored.error());
    if (stored->meta.version != expectedVersion)
        return Fail(makeError(ErrorCode::Conflict, QStringLiteral("hotline.link: changed")));
    HotlineCall call = *stored;
    call.personId = person->meta.id;
    call.receptionId = receptionId;
    if (!call.receptionId) {
        // The reception the call led to: the person's first one on or after the call's day.
        const Result<QList<domain::Reception>> receptions =
            storage::ReceptionRepository(m_db).listForPerson(person->meta.id);
        if (!receptions)
            return Fail(receptions.error());
        for (const domain::Reception &r : *receptions) {
            if (r.receptionDate >= call.date) {
                call.receptionId = r.meta.id;
                break;
            }
        }
    }
    if (!call.actions.contains(domain::CallAction::CaseOpened))
        call.actions.append(domain::CallAction::CaseOpened);
    const Result<domain::FieldErrors> errors = checkHotlineCall(m_db, call);
    if (!errors)
        return Fail(errors.error());
    if (!errors->isEmpty())
        return Fail::invalid(*errors);
    return commitResult(transaction, calls.update(call, actor), "hotline.link");
}

Result<CallCase> HotlineService::caseOf(const domain::Actor &actor, const HotlineCall &call) const
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    CallCase linked;
    if (!call.personId)
        return linked;
    if (!allowed(actor, Permission::ViewCases))
        return linked;
    Result<domain::Person> person = storage::PersonRepository(m_db).get(*call.personId);
    if (!person)
        return person.error();
    linked.caseCode = person->caseCode;
    if (call.receptionId) {
        Result<domain::Reception> reception =
            storage::ReceptionRepository(m_db).get(*call.receptionId);
        if (!reception)
            return reception.error();
        linked.receptionDate = reception->receptionDate;
    }
    return linked;
}

Result<QList<domain::Province>> HotlineService::provinces(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::LogCalls); !r)
        return r.error();
    return storage::ReferenceRepository(m_db).provinces(domain::AdminEra::From2025);
}

} // namespace sr::services
