#include "CaseAssignmentRepository.h"

#include "RecordTable.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::CaseAssignment;

CaseAssignmentRepository::CaseAssignmentRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::caseAssignmentRecord(), audit)
{}

Result<std::optional<qint64>> CaseAssignmentRepository::responsibleOf(qint64 personId) const
{
    auto q = table().query(QStringLiteral("SELECT responsible_user_id FROM person WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, personId);
    if (auto r = sql::exec(**q, "assignment.current"); !r)
        return r.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error{ErrorCode::NotFound, QStringLiteral("person %1 not found").arg(personId)};
    }
    const QVariant value = (*q)->value(0);
    (*q)->finish();
    return value.isNull() ? std::optional<qint64>() : std::optional<qint64>(value.toLongLong());
}

Result<CaseAssignment> CaseAssignmentRepository::assign(qint64 personId,
                                                        std::optional<qint64> userId,
                                                        const QString &reason,
                                                        const domain::Actor &actor)
{
    auto previous = responsibleOf(personId);
    if (!previous)
        return previous.error();
    CaseAssignment change;
    change.personId = personId;
    change.userId = userId;
    change.previousUserId = *previous;
    change.reason = reason;
    auto stored = insert(change, actor);
    if (!stored)
        return stored;
    auto q =
        table().query(QStringLiteral("UPDATE person SET responsible_user_id = ? WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)));
    (*q)->bindValue(1, personId);
    if (auto r = sql::exec(**q, "assignment.person"); !r)
        return r.error();
    (*q)->finish();
    return stored;
}

Result<QList<CaseAssignment>> CaseAssignmentRepository::listForPerson(qint64 personId) const
{
    return table().list(RowFilter{.conditions = {QStringLiteral("person_id = ?")},
                                  .values = {personId},
                                  .archive = ArchiveFilter::IncludeArchived,
                                  .orderBy = QStringLiteral("id")});
}

Result<QList<Caseload>> CaseAssignmentRepository::caseloads() const
{
    // Counted from the partial index person_caseload (resources/sql/sqlite/0012_task_lapse.sql),
    // whose WHERE this one repeats literally: SQLite uses a partial index only when it can see
    // that the query's condition implies the index's (a bound value would hide it). "+archived"
    // keeps SQLite from walking person_list_date (archived, ...) and reading every person row.
    auto q = table().query(QStringLiteral(
        "SELECT responsible_user_id, count(*) FROM person WHERE last_case_status = 'open' "
        "AND +archived = 0 GROUP BY responsible_user_id ORDER BY responsible_user_id"));
    if (!q)
        return q.error();
    if (auto r = sql::exec(**q, "assignment.caseloads"); !r)
        return r.error();
    QList<Caseload> loads;
    while ((*q)->next()) {
        Caseload load;
        if (!(*q)->value(0).isNull())
            load.userId = (*q)->value(0).toLongLong();
        load.openCases = (*q)->value(1).toLongLong();
        loads.append(load);
    }
    (*q)->finish();
    return loads;
}

} // namespace sr::storage
