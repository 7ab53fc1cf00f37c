#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/ArchiveFilter.h"
#include "domain/Hotline.h"
#include "domain/Reference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** Which calls the register lists: dated within [from, to] (null dates = open ends). */
struct CallQuery
{
    QDate from;
    QDate to;
    std::optional<domain::CallReason> reason;
    std::optional<domain::CallAction> action; ///< calls whose actions include it
    domain::ArchiveFilter archive = domain::ArchiveFilter::ActiveOnly;
};

/** The case a call is linked to, as the register shows it. */
struct CallCase
{
    QString caseCode;
    QDate receptionDate; ///< null when the call names no reception
};

/**
 * The hotline's call log (docs/centre-work.md, "Hotline"). Every method needs
 * Permission::LogCalls (social workers, managers, administrators; refusals are audited by
 * require()). A write validates first (domain::validateHotlineCall: every field error, nothing
 * written when invalid) and runs in one transaction with its audit row; the linked person and
 * reception are read inside that transaction. Calls are archived with a reason, never deleted;
 * a save of a call changed meanwhile fails with ErrorCode::Conflict.
 */
class HotlineService
{
public:
    explicit HotlineService(storage::Database &db);

    Result<qint64> count(const domain::Actor &actor, const CallQuery &query) const;
    /** One page of the calls @a query selects, newest first. */
    Result<QList<domain::HotlineCall>>
    list(const domain::Actor &actor, const CallQuery &query, int offset, int limit) const;
    Result<domain::HotlineCall> get(const domain::Actor &actor, qint64 id) const;

    /** Stores a new call (meta.id 0); a retried uuid returns the stored call. */
    ServiceResult<domain::HotlineCall> create(const domain::Actor &actor,
                                              const domain::HotlineCall &call);
    /** Updates a stored call if its version is still call.meta.version (else Conflict). */
    ServiceResult<domain::HotlineCall> update(const domain::Actor &actor,
                                              const domain::HotlineCall &call);
    /** Archives a call with a non-empty @a reason (optimistic lock). */
    Result<void>
    archive(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

    /**
     * The call that became a case: links call @a id (at @a expectedVersion) to the person of
     * @a caseCode and to one of that person's receptions (when none is given: the first one on
     * or after the call's day, if any), and notes the action "case opened". Also needs Permission::ViewCases and access to that case
     * (CaseAccess::requireCase). NotFound (field case_code) for an unknown case code; a
     * reception of another person is invalid (reception_id inconsistent).
     */
    ServiceResult<domain::HotlineCall> linkToCase(const domain::Actor &actor,
                                                  qint64 id,
                                                  int expectedVersion,
                                                  const QString &caseCode,
                                                  std::optional<qint64> receptionId);

    /** The case code (and reception date) of a linked call; empty when it has none. */
    Result<CallCase> caseOf(const domain::Actor &actor, const domain::HotlineCall &call) const;

    /** The provinces (2025 list) the form offers. */
    Result<QList<domain::Province>> provinces(const domain::Actor &actor) const;

private:
    ServiceResult<domain::HotlineCall>
    write(const domain::Actor &actor, const domain::HotlineCall &call, bool stored);

    storage::Database &m_db;
};

} // namespace sr::services
