#include "TaskRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::Task;

TaskRepository::TaskRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::taskRecord(), audit)
{}

Result<QList<Task>> TaskRepository::listForPerson(qint64 personId, ArchiveFilter filter) const
{
    return table().list(RowFilter{.conditions = {QStringLiteral("person_id = ?")},
                                  .values = {personId},
                                  .archive = filter,
                                  .orderBy = QStringLiteral("due_date, id")});
}

Result<QHash<QString, Task>> TaskRepository::ruleTasksOfPerson(qint64 personId) const
{
    auto tasks = table().list(RowFilter{
        .conditions = {QStringLiteral("person_id = ?"), QStringLiteral("source_key IS NOT NULL")},
        .values = {personId},
        .archive = ArchiveFilter::IncludeArchived,
        .orderBy = QStringLiteral("id")});
    if (!tasks)
        return tasks.error();
    QHash<QString, Task> byKey;
    for (Task &task : *tasks)
        byKey.insert(task.sourceKey, std::move(task));
    return byKey;
}

Result<QList<Task>> TaskRepository::openTasksOf(qint64 personId, std::optional<qint64> userId) const
{
    RowFilter rows{.conditions = {QStringLiteral("person_id = ?"), QStringLiteral("status = ?")},
                   .values = {personId, domain::toCode(domain::TaskStatus::Open)},
                   .archive = ArchiveFilter::ActiveOnly,
                   .orderBy = QStringLiteral("due_date, id")};
    if (userId) {
        rows.conditions << QStringLiteral("assigned_user_id = ?");
        rows.values << *userId;
    } else {
        rows.conditions << QStringLiteral("assigned_user_id IS NULL");
    }
    return table().list(rows);
}

} // namespace sr::storage
