#include "TaskRepository.h"

#include "Database.h"
#include "RecordTable.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::Task;

TaskRepository::TaskRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::taskRecord(), audit)
    , m_db(db)
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

Result<QHash<qint64, QHash<QString, Task>>>
TaskRepository::ruleTasksOfPersons(const QList<qint64> &personIds) const
{
    // Bound values per statement: well under every engine's limit of parameters.
    constexpr qsizetype kChunk = 400;
    QHash<qint64, QHash<QString, Task>> byPerson;
    for (qsizetype from = 0; from < personIds.size(); from += kChunk) {
        const QList<qint64> ids = personIds.mid(from, kChunk);
        QStringList marks;
        QVariantList values;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto tasks = table().list(RowFilter{
            .conditions = {QStringLiteral("person_id IN (%1)").arg(marks.join(QLatin1Char(','))),
                           QStringLiteral("source_key IS NOT NULL")},
            .values = values,
            .archive = ArchiveFilter::IncludeArchived,
            .orderBy = QStringLiteral("id")});
        if (!tasks)
            return tasks.error();
        for (Task &task : *tasks)
            byPerson[task.personId].insert(task.sourceKey, std::move(task));
    }
    return byPerson;
}

Result<QList<Task>> TaskRepository::openTasksAssignedTo(qint64 userId, const QDate &dueBefore) const
{
    RowFilter rows{
        .conditions = {QStringLiteral("assigned_user_id = ?"), QStringLiteral("status = ?")},
        .values = {userId, domain::toCode(domain::TaskStatus::Open)},
        .archive = ArchiveFilter::ActiveOnly,
        .orderBy = QStringLiteral("due_date, id")};
    if (dueBefore.isValid()) {
        rows.conditions << QStringLiteral("due_date < ?");
        rows.values << sql::isoDate(dueBefore);
    }
    return table().list(rows);
}

Result<QHash<qint64, QString>> TaskRepository::caseCodes(const QList<qint64> &personIds) const
{
    constexpr qsizetype kChunk = 400;
    QHash<qint64, QString> codes;
    QSqlQuery query(m_db.connection());
    for (qsizetype from = 0; from < personIds.size(); from += kChunk) {
        const QList<qint64> ids = personIds.mid(from, kChunk);
        QStringList marks;
        QVariantList values;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        if (auto r = sql::run(query,
                              QStringLiteral("SELECT id, case_code FROM person WHERE id IN (%1)")
                                  .arg(marks.join(QLatin1Char(','))),
                              values,
                              "task.case_codes");
            !r)
            return r.error();
        while (query.next())
            codes.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return codes;
}

Result<QList<qint64>> TaskRepository::personsWithOpenTasksOfRule(const QString &ruleCode) const
{
    auto tasks = table().list(RowFilter{
        .conditions = {QStringLiteral("rule_code = ?"), QStringLiteral("status IN (?, ?)")},
        .values = {ruleCode,
                   domain::toCode(domain::TaskStatus::Open),
                   domain::toCode(domain::TaskStatus::Lapsed)},
        .archive = ArchiveFilter::ActiveOnly,
        .orderBy = QStringLiteral("person_id, id")});
    if (!tasks)
        return tasks.error();
    QList<qint64> persons;
    for (const Task &task : *tasks) {
        if (persons.isEmpty() || persons.constLast() != task.personId)
            persons << task.personId;
    }
    return persons;
}

Result<QList<Task>> TaskRepository::openTasksOf(qint64 personId, std::optional<qint64> userId) const
{
    RowFilter rows{
        .conditions = {QStringLiteral("person_id = ?"), QStringLiteral("status IN (?, ?)")},
        .values = {personId,
                   domain::toCode(domain::TaskStatus::Open),
                   domain::toCode(domain::TaskStatus::Lapsed)},
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
