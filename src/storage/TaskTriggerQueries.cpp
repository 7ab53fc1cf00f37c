#include "TaskTriggerQueries.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace sr::storage {

namespace {

/** Bound values per statement: well under every engine's limit of parameters. */
constexpr qsizetype kChunk = 400;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

Result<QList<CaseTriggers>> TaskTriggerQueries::load(const QList<qint64> &personIds) const
{
    QList<CaseTriggers> out;
    out.reserve(personIds.size());
    for (qsizetype from = 0; from < personIds.size(); from += kChunk) {
        if (auto loaded = loadChunk(personIds.mid(from, kChunk), out); !loaded)
            return loaded.error();
    }
    return out;
}

Result<void> TaskTriggerQueries::loadChunk(const QList<qint64> &ids, QList<CaseTriggers> &out) const
{
    if (ids.isEmpty())
        return {};
    const QString in = placeholders(ids.size());
    QVariantList values;
    for (qint64 id : ids)
        values << id;

    const qsizetype first = out.size();
    QHash<qint64, qsizetype> personAt;
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT id, responsible_user_id FROM person"
                                         " WHERE id IN (%1)")
                              .arg(in),
                          values,
                          "tasks.trigger_persons");
        !r)
        return r.error();
    QHash<qint64, CaseTriggers> persons;
    while (query.next()) {
        CaseTriggers triggers;
        triggers.personId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            triggers.responsibleUserId = query.value(1).toLongLong();
        persons.insert(triggers.personId, std::move(triggers));
    }
    for (qint64 id : ids) {
        auto it = persons.find(id);
        if (it == persons.end() || personAt.contains(id))
            continue;
        personAt.insert(id, out.size());
        out.append(std::move(*it));
    }
    if (out.size() == first)
        return {};

    // Receptions of persons that are not archived.
    QHash<qint64, std::pair<qsizetype, qsizetype>> receptionAt; // id -> (case, index)
    if (auto r = sql::run(
            query,
            QStringLiteral("SELECT r.id, r.uuid, r.person_id, r.reception_date,"
                           " r.identification_status, r.case_status, r.outcome, r.closed_date"
                           " FROM reception r JOIN person p ON p.id = r.person_id"
                           " WHERE r.person_id IN (%1) AND r.archived = 0 AND p.archived = 0"
                           " ORDER BY r.person_id, r.reception_date, r.id")
                .arg(in),
            values,
            "tasks.trigger_receptions");
        !r)
        return r.error();
    while (query.next()) {
        TriggerReception reception;
        reception.id = query.value(0).toLongLong();
        reception.uuid = query.value(1).toString();
        const qint64 personId = query.value(2).toLongLong();
        reception.receptionDate = sql::dateFromIso(query.value(3));
        reception.identificationStatus =
            domain::fromCode<domain::IdentificationStatus>(query.value(4).toString())
                .value_or(domain::IdentificationStatus::NotVerified);
        reception.caseStatus = domain::fromCode<domain::CaseStatus>(query.value(5).toString())
                                   .value_or(domain::CaseStatus::Open);
        reception.outcome = domain::fromCode<domain::CaseOutcome>(query.value(6).toString());
        reception.closedDate = sql::dateFromIso(query.value(7));
        const qsizetype at = personAt.value(personId, -1);
        if (at < 0)
            continue;
        receptionAt.insert(reception.id, {at, out[at].receptions.size()});
        out[at].receptions.append(std::move(reception));
    }
    if (receptionAt.isEmpty())
        return {};

    if (auto r =
            sql::run(query,
                     QStringLiteral("SELECT f.reception_id, f.follow_up_date"
                                    " FROM follow_up f JOIN reception r ON r.id = f.reception_id"
                                    " WHERE r.person_id IN (%1) AND f.archived = 0"
                                    " ORDER BY f.follow_up_date")
                         .arg(in),
                     values,
                     "tasks.trigger_follow_ups");
        !r)
        return r.error();
    while (query.next()) {
        const auto it = receptionAt.constFind(query.value(0).toLongLong());
        if (it != receptionAt.cend())
            out[it->first].receptions[it->second].followUpDates.append(
                sql::dateFromIso(query.value(1)));
    }

    if (auto r = sql::run(query,
                          QStringLiteral("SELECT s.reception_id, s.uuid, s.support_date, s.status"
                                         " FROM support s JOIN reception r ON r.id = s.reception_id"
                                         " WHERE r.person_id IN (%1) AND s.archived = 0"
                                         " ORDER BY s.id")
                              .arg(in),
                          values,
                          "tasks.trigger_supports");
        !r)
        return r.error();
    while (query.next()) {
        const auto it = receptionAt.constFind(query.value(0).toLongLong());
        if (it == receptionAt.cend())
            continue;
        TriggerSupport support;
        support.receptionId = query.value(0).toLongLong();
        support.uuid = query.value(1).toString();
        support.date = sql::dateFromIso(query.value(2));
        support.status = domain::fromCode<domain::SupportStatus>(query.value(3).toString())
                             .value_or(domain::SupportStatus::Provided);
        out[it->first].supports.append(std::move(support));
    }

    if (auto r =
            sql::run(query,
                     QStringLiteral("SELECT g.reception_id, g.uuid, g.target_date, g.status, g.goal"
                                    " FROM plan_goal g JOIN reception r ON r.id = g.reception_id"
                                    " WHERE r.person_id IN (%1) AND g.archived = 0"
                                    " ORDER BY g.id")
                         .arg(in),
                     values,
                     "tasks.trigger_goals");
        !r)
        return r.error();
    while (query.next()) {
        const auto it = receptionAt.constFind(query.value(0).toLongLong());
        if (it == receptionAt.cend())
            continue;
        TriggerGoal goal;
        goal.receptionId = query.value(0).toLongLong();
        goal.uuid = query.value(1).toString();
        goal.targetDate = sql::dateFromIso(query.value(2));
        goal.status = domain::fromCode<domain::GoalStatus>(query.value(3).toString())
                          .value_or(domain::GoalStatus::Planned);
        goal.goal = query.value(4).toString();
        out[it->first].goals.append(std::move(goal));
    }
    return {};
}

} // namespace sr::storage
