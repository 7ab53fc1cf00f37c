#pragma once

#include "RecordRepository.h"
#include "domain/Enums.h"
#include "domain/Prevention.h"

#include <QDate>
#include <QMap>

#include <optional>

namespace sr::storage {

/** Which activities the register lists (docs/centre-work.md, "## Prevention"). */
struct ActivityFilter
{
    QDate from{}; ///< activities started on or after this day (null: open end)
    QDate to{};   ///< activities started on or before this day (null: open end)
    std::optional<domain::PreventionKind> kind{};
    std::optional<qint64> clubId{}; ///< the meetings of one club
    ArchiveFilter archive = ArchiveFilter::ActiveOnly;
};

/** Stores prevention activities. */
class PreventionActivityRepository : public RecordRepository<domain::PreventionActivity>
{
public:
    explicit PreventionActivityRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** Activities @a filter selects, newest first; at most @a limit (negative: all). */
    Result<QList<domain::PreventionActivity>>
    list(const ActivityFilter &filter, int limit = -1, int offset = 0) const;
    Result<qint64> count(const ActivityFilter &filter) const;
    Result<domain::PreventionActivity> getByUuid(const QString &uuid) const;
};

/** Stores prevention clubs. */
class PreventionClubRepository : public RecordRepository<domain::PreventionClub>
{
public:
    explicit PreventionClubRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** The clubs, by name. */
    Result<QList<domain::PreventionClub>>
    list(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<domain::PreventionClub> getByUuid(const QString &uuid) const;
};

/** Whether @a code is a commune of Quảng Ninh in the reference list of @a era. */
Result<bool> isPreventionCommune(Database &db, domain::AdminEra era, const QString &code);

/** The communes of Quảng Ninh in the reference list of @a era: code → name. */
Result<QMap<QString, QString>> preventionCommunes(Database &db, domain::AdminEra era);

} // namespace sr::storage
