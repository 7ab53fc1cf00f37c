#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {

class Database;

/** What the task rules read of a reception (services/TaskRules.h). */
struct TriggerReception
{
    qint64 id = 0;
    QString uuid;
    QDate receptionDate;
    domain::IdentificationStatus identificationStatus = domain::IdentificationStatus::NotVerified;
    domain::CaseStatus caseStatus = domain::CaseStatus::Open;
    std::optional<domain::CaseOutcome> outcome;
    QDate closedDate;
    QList<QDate> followUpDates; ///< of its follow-ups that are not archived
};

struct TriggerSupport
{
    qint64 receptionId = 0;
    QString uuid;
    QDate date;
    domain::SupportStatus status = domain::SupportStatus::Provided;
};

struct TriggerGoal
{
    qint64 receptionId = 0;
    QString uuid;
    QDate targetDate;
    domain::GoalStatus status = domain::GoalStatus::Planned;
    QString goal; ///< the goal's text: the subject of its review task
};

/**
 * The stored state of one case that triggers rule tasks: its records that are not archived
 * (nothing when the person is archived) and its responsible worker.
 */
struct CaseTriggers
{
    qint64 personId = 0;
    std::optional<qint64> responsibleUserId;
    QList<TriggerReception> receptions;
    QList<TriggerSupport> supports;
    QList<TriggerGoal> goals;
};

/**
 * Reads the triggers of many cases with a few statements per chunk of persons (not one per
 * reception), so the import's bulk path stays fast.
 */
class TaskTriggerQueries
{
public:
    explicit TaskTriggerQueries(Database &db)
        : m_db(db)
    {}

    /** The triggers of @a personIds, in that order (a person not found is left out). */
    Result<QList<CaseTriggers>> load(const QList<qint64> &personIds) const;

private:
    Result<void> loadChunk(const QList<qint64> &ids, QList<CaseTriggers> &out) const;

    Database &m_db;
};

} // namespace sr::storage
