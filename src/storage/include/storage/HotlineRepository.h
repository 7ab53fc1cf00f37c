#pragma once

#include "RecordRepository.h"
#include "domain/Hotline.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sr::storage {

/** Which calls the register lists: dated within [from, to] (null dates = open ends). */
struct CallFilter
{
    QDate from;
    QDate to;
    std::optional<domain::CallReason> reason;
    std::optional<domain::CallAction> action; ///< calls whose actions include it
    ArchiveFilter archive = ArchiveFilter::ActiveOnly;
};

/** Stores the hotline's calls (docs/centre-work.md, "Hotline"). */
class HotlineRepository : public RecordRepository<domain::HotlineCall>
{
public:
    explicit HotlineRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** The calls @a filter selects, newest first; at most @a limit (negative = all). */
    Result<QList<domain::HotlineCall>>
    list(const CallFilter &filter, int limit = -1, int offset = 0) const;
    /** How many calls list() would return without a limit. */
    Result<qint64> count(const CallFilter &filter) const;
    /** The active calls linked to person @a personId (the case timeline), oldest first. */
    Result<QList<domain::HotlineCall>> listForPerson(qint64 personId) const;
    /** The call whose uuid is @a uuid (the import's match). */
    Result<domain::HotlineCall> getByUuid(const QString &uuid) const;
};

} // namespace sr::storage
