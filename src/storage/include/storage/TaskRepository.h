#pragma once

#include "RecordRepository.h"
#include "domain/CaseWork.h"

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
    /** The open tasks of a case assigned to @a userId (none = unassigned). */
    Result<QList<domain::Task>> openTasksOf(qint64 personId, std::optional<qint64> userId) const;
};

} // namespace sr::storage
