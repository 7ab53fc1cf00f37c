#pragma once

#include "RecordRepository.h"
#include "domain/CaseWork.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace sr::storage {

/** Stores the tasks of cases, made by hand or by a rule (docs/case-work.md). */
class TaskRepository : public RecordRepository<domain::Task>
{
public:
    explicit TaskRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** The tasks of a case, by due date. */
    Result<QList<domain::Task>>
    listForPerson(qint64 personId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    /**
     * The tasks rules made for the records of @a personId (whatever their status or archive
     * state), by source key: what a rule already made is never made again.
     */
    Result<QHash<QString, domain::Task>> ruleTasksOfPerson(qint64 personId) const;
    /** ruleTasksOfPerson() of many cases at once, by person (a few statements per chunk). */
    Result<QHash<qint64, QHash<QString, domain::Task>>>
    ruleTasksOfPersons(const QList<qint64> &personIds) const;
    /**
     * The open tasks assigned to @a userId (every case), by due date; only those due before
     * @a dueBefore when it is valid.
     */
    Result<QList<domain::Task>> openTasksAssignedTo(qint64 userId,
                                                    const QDate &dueBefore = {}) const;
    /** The case codes of @a personIds, by person id. */
    Result<QHash<qint64, QString>> caseCodes(const QList<qint64> &personIds) const;
    /** The cases with open or lapsed tasks made by the rule @a ruleCode (a rule's edit moves
        or cancels both, docs/case-work.md). */
    Result<QList<qint64>> personsWithOpenTasksOfRule(const QString &ruleCode) const;
    /** The open and lapsed tasks of a case assigned to @a userId (none = unassigned): what
        follows the case to its new worker. */
    Result<QList<domain::Task>> openTasksOf(qint64 personId, std::optional<qint64> userId) const;

private:
    Database &m_db;
};

} // namespace sr::storage
