#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/ArchiveFilter.h"
#include "domain/Prevention.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** Which activities the register lists: started within [from, to] (null = open end). */
struct ActivityQuery
{
    QDate from{};
    QDate to{};
    std::optional<domain::PreventionKind> kind{};
    std::optional<qint64> clubId{}; ///< the meetings of one club
    domain::ArchiveFilter archive = domain::ArchiveFilter::ActiveOnly;
};

/** What the activity and club forms offer: the communes of each era's list, the clubs. */
struct PreventionChoices
{
    QMap<QString, QString> communesPre2025;  ///< code → name, Quảng Ninh before 1/7/2025
    QMap<QString, QString> communesFrom2025; ///< code → name, from 1/7/2025
    QList<domain::PreventionClub> clubs;     ///< active clubs, by name

    const QMap<QString, QString> &communes(domain::AdminEra era) const
    {
        return era == domain::AdminEra::Pre2025 ? communesPre2025 : communesFrom2025;
    }
};

/**
 * Prevention and communication activities and the prevention clubs (docs/centre-work.md,
 * "## Prevention"). Every method needs Permission::RecordActivities (social workers, managers,
 * administrators; a refusal is audited). A save validates first (every field error, nothing
 * written when invalid), then, in one transaction, checks the commune against the reference
 * list of its era and the club of a club meeting (active, stored), and writes the record with
 * its audit row. Records are archived with a reason, never deleted; a save of a record changed
 * meanwhile fails with ErrorCode::Conflict.
 */
class PreventionService
{
public:
    explicit PreventionService(storage::Database &db);

    Result<qint64> countActivities(const domain::Actor &actor, const ActivityQuery &query) const;
    /** One page of the activities @a query selects, newest first. */
    Result<QList<domain::PreventionActivity>> listActivities(const domain::Actor &actor,
                                                             const ActivityQuery &query,
                                                             int offset = 0,
                                                             int limit = -1) const;
    Result<domain::PreventionActivity> activity(const domain::Actor &actor, qint64 id) const;
    /** Stores a new activity (meta.id 0) or updates a stored one (by version). */
    ServiceResult<domain::PreventionActivity>
    saveActivity(const domain::Actor &actor, const domain::PreventionActivity &activity);
    Result<void> archiveActivity(const domain::Actor &actor,
                                 qint64 id,
                                 int expectedVersion,
                                 const QString &reason);

    /** The clubs, by name. */
    Result<QList<domain::PreventionClub>>
    clubs(const domain::Actor &actor,
          domain::ArchiveFilter archive = domain::ArchiveFilter::ActiveOnly) const;
    Result<domain::PreventionClub> club(const domain::Actor &actor, qint64 id) const;
    ServiceResult<domain::PreventionClub> saveClub(const domain::Actor &actor,
                                                   const domain::PreventionClub &club);
    Result<void>
    archiveClub(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

    Result<PreventionChoices> choices(const domain::Actor &actor) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
