#include "PreventionService.h"

#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/PreventionRepository.h"

namespace sr::services {

using domain::PreventionActivity;
using domain::PreventionClub;

namespace {

storage::ActivityFilter filterOf(const ActivityQuery &query)
{
    return storage::ActivityFilter{.from = query.from,
                                   .to = query.to,
                                   .kind = query.kind,
                                   .clubId = query.clubId,
                                   .archive = query.archive};
}

/** The commune of a record, checked against its era's reference list (empty: no commune). */
Result<bool> communeKnown(storage::Database &db, domain::AdminEra era, const QString &code)
{
    if (code.isEmpty())
        return true;
    return storage::isPreventionCommune(db, era, code);
}

/** Archives record @a id of @a Repository with the prevention permission, in one transaction. */
template<typename Repository>
Result<void> archiveRecord(storage::Database &db,
                           const domain::Actor &actor,
                           qint64 id,
                           int expectedVersion,
                           const QString &reason,
                           const char *what)
{
    if (auto r = require(db, actor, Permission::RecordActivities); !r)
        return r.error();
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
    return commitLogged(transaction, what);
}

} // namespace

PreventionService::PreventionService(storage::Database &db)
    : m_db(db)
{}

Result<qint64> PreventionService::countActivities(const domain::Actor &actor,
                                                  const ActivityQuery &query) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    return storage::PreventionActivityRepository(m_db).count(filterOf(query));
}

Result<QList<PreventionActivity>> PreventionService::listActivities(const domain::Actor &actor,
                                                                    const ActivityQuery &query,
                                                                    int offset,
                                                                    int limit) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    if (offset < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("prevention.list: negative page"));
    return storage::PreventionActivityRepository(m_db).list(filterOf(query), limit, offset);
}

Result<PreventionActivity> PreventionService::activity(const domain::Actor &actor, qint64 id) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    return storage::PreventionActivityRepository(m_db).get(id);
}

ServiceResult<PreventionActivity>
PreventionService::saveActivity(const domain::Actor &actor, const PreventionActivity &activity)
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return ServiceResult<PreventionActivity>(r.error());
    const domain::FieldErrors errors =
        domain::validatePreventionActivity(activity, domain::Clock::instance().today());
    if (!errors.isEmpty())
        return ServiceResult<PreventionActivity>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<PreventionActivity>(transaction.error());
    // The references are checked in the transaction that writes (a club archived by another
    // user a moment ago is refused).
    domain::FieldErrors references;
    const Result<bool> commune = communeKnown(m_db, activity.era, activity.communeCode);
    if (!commune)
        return ServiceResult<PreventionActivity>(commune.error());
    if (!*commune)
        references.append({QStringLiteral("commune_code"), domain::ValidationCode::NotAChoice});
    if (activity.clubId) {
        const Result<PreventionClub> club =
            storage::PreventionClubRepository(m_db).get(*activity.clubId);
        if (!club && club.error().code != ErrorCode::NotFound)
            return ServiceResult<PreventionActivity>(club.error());
        if (!club || club->meta.archived)
            references.append({QStringLiteral("club_id"), domain::ValidationCode::NotAChoice});
    }
    if (!references.isEmpty())
        return ServiceResult<PreventionActivity>::invalid(references);

    storage::PreventionActivityRepository activities(m_db);
    if (activity.meta.isStored())
        return commitResult(transaction, activities.update(activity, actor), "prevention.update");
    return commitResult(transaction, activities.insert(activity, actor), "prevention.create");
}

Result<void> PreventionService::archiveActivity(const domain::Actor &actor,
                                                qint64 id,
                                                int expectedVersion,
                                                const QString &reason)
{
    return archiveRecord<storage::PreventionActivityRepository>(
        m_db, actor, id, expectedVersion, reason, "prevention.archive");
}

Result<QList<PreventionClub>> PreventionService::clubs(const domain::Actor &actor,
                                                       domain::ArchiveFilter archive) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    return storage::PreventionClubRepository(m_db).list(archive);
}

Result<PreventionClub> PreventionService::club(const domain::Actor &actor, qint64 id) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    return storage::PreventionClubRepository(m_db).get(id);
}

ServiceResult<PreventionClub> PreventionService::saveClub(const domain::Actor &actor,
                                                          const PreventionClub &club)
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return ServiceResult<PreventionClub>(r.error());
    const domain::FieldErrors errors =
        domain::validatePreventionClub(club, domain::Clock::instance().today());
    if (!errors.isEmpty())
        return ServiceResult<PreventionClub>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<PreventionClub>(transaction.error());
    const Result<bool> commune = communeKnown(m_db, club.era, club.communeCode);
    if (!commune)
        return ServiceResult<PreventionClub>(commune.error());
    if (!*commune)
        return ServiceResult<PreventionClub>::invalid(
            {{QStringLiteral("commune_code"), domain::ValidationCode::NotAChoice}});
    storage::PreventionClubRepository clubs(m_db);
    if (club.meta.isStored())
        return commitResult(transaction, clubs.update(club, actor), "club.update");
    return commitResult(transaction, clubs.insert(club, actor), "club.create");
}

Result<void> PreventionService::archiveClub(const domain::Actor &actor,
                                            qint64 id,
                                            int expectedVersion,
                                            const QString &reason)
{
    return archiveRecord<storage::PreventionClubRepository>(
        m_db, actor, id, expectedVersion, reason, "club.archive");
}

Result<PreventionChoices> PreventionService::choices(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::RecordActivities); !r)
        return r.error();
    PreventionChoices choices;
    auto before = storage::preventionCommunes(m_db, domain::AdminEra::Pre2025);
    if (!before)
        return before.error();
    auto after = storage::preventionCommunes(m_db, domain::AdminEra::From2025);
    if (!after)
        return after.error();
    auto clubs = storage::PreventionClubRepository(m_db).list();
    if (!clubs)
        return clubs.error();
    choices.communesPre2025 = std::move(before).value();
    choices.communesFrom2025 = std::move(after).value();
    choices.clubs = std::move(clubs).value();
    return choices;
}

} // namespace sr::services
