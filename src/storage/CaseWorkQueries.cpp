#include "CaseWorkQueries.h"

#include "Database.h"
#include "SqlSupport.h"
#include "domain/Clock.h"
#include "domain/Hotline.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace sr::storage {

using domain::TimelineEntry;
using domain::TimelineKind;
using domain::WorkItem;
using domain::WorkItemKind;

namespace {

constexpr qint64 vietnamOffset = domain::Clock::kVietnamUtcOffsetSecs;

QDate vietnamDay(const QVariant &timestamp)
{
    const QDateTime at = sql::timestampFromIso(timestamp);
    return at.isValid() ? at.addSecs(vietnamOffset).date() : QDate();
}

/** 00:00 of @a day in Vietnam, in UTC: where a record dated by a day sits on the timeline. */
QDateTime startOfVietnamDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-vietnamOffset);
}

// An open task of a user, on a case that is not archived. The task side is read from the
// index task_work (assigned_user_id, status, archived, due_date) in due date order.
constexpr auto openTasksFrom = " FROM task t JOIN person p ON p.id = t.person_id ";
constexpr auto openTasksWhere = "WHERE t.assigned_user_id = ? AND t.status = 'open' "
                                "AND t.archived = 0 AND p.archived = 0 ";

constexpr auto taskColumns =
    "SELECT t.id, t.person_id, t.reception_id, p.case_code, p.full_name, t.due_date, t.title, "
    "t.rule_code, r.kind, r.name_vi, r.name_en";

Result<QList<WorkItem>>
taskItems(Database &db, const QString &range, const QVariantList &values, int limit)
{
    QSqlQuery query(db.connection());
    QVariantList bound = values;
    bound << limit;
    const QString statement =
        QLatin1String(taskColumns) + QLatin1String(openTasksFrom)
        + QLatin1String("LEFT JOIN task_rule r ON r.code = t.rule_code AND t.rule_code <> '' ")
        + QLatin1String(openTasksWhere) + range
        + QLatin1String(" ORDER BY t.due_date, t.id LIMIT ?");
    if (auto r = sql::run(query, statement, bound, "work.tasks"); !r)
        return r.error();
    QList<WorkItem> items;
    while (query.next()) {
        WorkItem item;
        item.recordId = query.value(0).toLongLong();
        item.personId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            item.receptionId = query.value(2).toLongLong();
        item.caseCode = query.value(3).toString();
        item.fullName = query.value(4).toString();
        item.date = sql::dateFromIso(query.value(5));
        item.title = query.value(6).toString();
        item.ruleCode = query.value(7).toString();
        const auto ruleKind =
            query.value(8).isNull()
                ? std::nullopt
                : domain::fromCode<domain::TaskRuleKind>(query.value(8).toString());
        // A task whose rule was since removed from the list is still a rule's task; it opens
        // the case's tasks, as one made by hand.
        item.kind = domain::taskItemKind(ruleKind);
        item.ruleNameVi = query.value(9).toString();
        item.ruleNameEn = query.value(10).toString();
        items.append(std::move(item));
    }
    return items;
}

Result<qint64> count(Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(query, statement, values, "work.count"); !r)
        return r.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

/** Display names of the accounts, by id and by user name (few rows: read once per call). */
struct Users
{
    QHash<qint64, QString> byId;
    QHash<QString, QString> byName; ///< folded to lower case: user names are case-insensitive
    QHash<qint64, QString> userNames;

    QString name(const QString &userName) const
    {
        return byName.value(userName.toLower(), userName);
    }
};

Result<Users> readUsers(Database &db)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT id, user_name, display_name FROM app_user"),
                          {},
                          "work.users");
        !r)
        return r.error();
    Users users;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString userName = query.value(1).toString();
        const QString display = query.value(2).toString().trimmed();
        const QString shown = display.isEmpty() ? userName : display;
        users.byId.insert(id, shown);
        users.byName.insert(userName.toLower(), shown);
        users.userNames.insert(id, userName);
    }
    return users;
}

} // namespace

CaseWorkQueries::CaseWorkQueries(Database &db)
    : m_db(db)
{}

Result<std::pair<qint64, qint64>> CaseWorkQueries::taskCounts(qint64 userId, const QDate &today)
{
    const QString prefix = QLatin1String("SELECT count(*)") + QLatin1String(openTasksFrom)
                           + QLatin1String(openTasksWhere);
    auto overdue =
        count(m_db, prefix + QLatin1String("AND t.due_date < ?"), {userId, sql::isoDate(today)});
    if (!overdue)
        return overdue.error();
    auto week = count(m_db,
                      prefix + QLatin1String("AND t.due_date >= ? AND t.due_date <= ?"),
                      {userId, sql::isoDate(today), sql::isoDate(today.addDays(6))});
    if (!week)
        return week.error();
    return std::pair{*overdue, *week};
}

Result<domain::StartPageData> CaseWorkQueries::startPage(qint64 userId,
                                                         const QDate &today,
                                                         bool withApprovals,
                                                         const CaseScope &approvalScope)
{
    domain::StartPageData page;
    page.today = today;
    const QString day = sql::isoDate(today);
    const QString weekEnd = sql::isoDate(today.addDays(6));

    auto counts = taskCounts(userId, today);
    if (!counts)
        return counts.error();
    page.overdueCount = counts->first;
    page.dueThisWeekCount = counts->second;
    auto overdue = taskItems(m_db, QStringLiteral("AND t.due_date < ?"), {userId, day}, listLimit);
    if (!overdue)
        return overdue.error();
    page.overdue = std::move(overdue).value();
    auto week = taskItems(m_db,
                          QStringLiteral("AND t.due_date >= ? AND t.due_date <= ?"),
                          {userId, day, weekEnd},
                          listLimit);
    if (!week)
        return week.error();
    page.dueThisWeek = std::move(week).value();

    auto users = readUsers(m_db);
    if (!users)
        return users.error();

    // The case's latest assignment, to this user, made since the same day 30 days ago
    // (Vietnam time), and the case still theirs.
    const QString since =
        sql::isoTimestamp(startOfVietnamDay(today.addDays(-recentAssignmentDays)));
    const QString assigned = QStringLiteral(
        " FROM case_assignment a JOIN person p ON p.id = a.person_id "
        "WHERE a.user_id = ? AND a.created_at >= ? AND a.archived = 0 AND p.archived = 0 "
        "AND p.responsible_user_id = a.user_id "
        "AND NOT EXISTS (SELECT 1 FROM case_assignment b WHERE b.person_id = a.person_id "
        "AND b.id > a.id AND b.archived = 0)");
    auto assignedCount = count(m_db, QStringLiteral("SELECT count(*)") + assigned, {userId, since});
    if (!assignedCount)
        return assignedCount.error();
    page.recentlyAssignedCount = *assignedCount;
    {
        QSqlQuery query(m_db.connection());
        if (auto r = sql::run(
                query,
                QStringLiteral("SELECT a.id, a.person_id, p.last_reception_id, "
                               "p.case_code, p.full_name, a.created_at, "
                               "a.created_by, a.reason")
                    + assigned + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT ?"),
                {userId, since, listLimit},
                "work.assigned");
            !r)
            return r.error();
        while (query.next()) {
            WorkItem item;
            item.kind = WorkItemKind::Assignment;
            item.recordId = query.value(0).toLongLong();
            item.personId = query.value(1).toLongLong();
            if (!query.value(2).isNull())
                item.receptionId = query.value(2).toLongLong();
            item.caseCode = query.value(3).toString();
            item.fullName = query.value(4).toString();
            item.date = vietnamDay(query.value(5));
            item.otherUser = users->name(query.value(6).toString());
            item.note = query.value(7).toString();
            page.recentlyAssigned.append(std::move(item));
        }
    }

    if (!withApprovals)
        return page;
    // Waiting for a decision, asked by somebody else: nobody decides on their own request.
    // Only on the cases the manager may see: a request names its person.
    const QString inScope = approvalScope.condition(QStringLiteral("p.responsible_user_id"));
    const QString waiting =
        QStringLiteral(
            " FROM approval a JOIN reception r ON r.id = a.reception_id "
            "JOIN person p ON p.id = r.person_id "
            "WHERE a.status = 'requested' AND a.archived = 0 AND r.archived = 0 AND p.archived = 0 "
            "AND a.requested_by_user_id <> ?")
        + (inScope.isEmpty() ? QString() : QStringLiteral(" AND ") + inScope);
    auto waitingCount = count(m_db, QStringLiteral("SELECT count(*)") + waiting, {userId});
    if (!waitingCount)
        return waitingCount.error();
    page.awaitingApprovalCount = *waitingCount;
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT a.id, r.person_id, a.reception_id, p.case_code, "
                                         "p.full_name, a.created_at, a.kind, "
                                         "a.requested_by_user_id, a.request_note")
                              + waiting + QStringLiteral(" ORDER BY a.created_at, a.id LIMIT ?"),
                          {userId, listLimit},
                          "work.approvals");
        !r)
        return r.error();
    while (query.next()) {
        WorkItem item;
        item.kind = WorkItemKind::Approval;
        item.recordId = query.value(0).toLongLong();
        item.personId = query.value(1).toLongLong();
        item.receptionId = query.value(2).toLongLong();
        item.caseCode = query.value(3).toString();
        item.fullName = query.value(4).toString();
        item.date = vietnamDay(query.value(5));
        item.approvalKind = domain::fromCode<domain::ApprovalKind>(query.value(6).toString());
        item.otherUser = users->byId.value(query.value(7).toLongLong());
        item.note = query.value(8).toString();
        page.awaitingApproval.append(std::move(item));
    }
    return page;
}

Result<domain::CaseOverviewData> CaseWorkQueries::overview(const QDate &today)
{
    domain::CaseOverviewData data;
    data.today = today;
    {
        // One index-only pass over the open cases (person_open_work), grouped by status in the
        // index's order (no sort): per status, how many were received after each bucket's
        // lower edge; the buckets are the differences (a missing date counts as the oldest).
        QVariantList edges;
        QStringList newerThan;
        for (int b = 1; b < domain::caseAgeBucketCount; ++b) {
            edges << sql::isoDate(domain::caseAgeRange(domain::CaseAgeBucket(b), today).to);
            newerThan << QStringLiteral("sum(CASE WHEN last_reception_date > ? THEN 1 ELSE 0 END)");
        }
        QSqlQuery query(m_db.connection());
        if (auto r = sql::run(query,
                              QStringLiteral("SELECT last_identification_status, count(*), %1 "
                                             "FROM person "
                                             "WHERE last_case_status = 'open' AND archived = 0 "
                                             "GROUP BY last_identification_status")
                                  .arg(newerThan.join(QStringLiteral(", "))),
                              edges,
                              "work.open_cases");
            !r)
            return r.error();
        while (query.next()) {
            const auto status =
                domain::fromCode<domain::IdentificationStatus>(query.value(0).toString());
            qint64 newer = 0; // received after the current bucket's upper edge
            for (int b = 0; b < domain::caseAgeBucketCount; ++b) {
                const qint64 upTo = b + 1 < domain::caseAgeBucketCount
                                        ? query.value(2 + b).toLongLong()
                                        : query.value(1).toLongLong();
                const qint64 n = upTo - newer;
                newer = upTo;
                data.openCases += n;
                data.openByAge.at(std::size_t(b)) += n;
                if (status) {
                    data.openByIdentification.at(std::size_t(*status)) += n;
                    data.openByStatusAndAge.at(std::size_t(*status)).at(std::size_t(b)) += n;
                }
            }
        }
        data.identificationPending =
            data.openByIdentification.at(std::size_t(domain::IdentificationStatus::NotVerified))
            + data.openByIdentification.at(std::size_t(domain::IdentificationStatus::Pending));
    }
    {
        // Counted from the goals (few) rather than probing every open case for one.
        auto withPlan =
            count(m_db,
                  QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT reception_id FROM "
                                 "plan_goal WHERE archived = 0) g "
                                 "JOIN reception r ON r.id = g.reception_id "
                                 "JOIN person p ON p.id = r.person_id "
                                 "WHERE p.last_reception_id = g.reception_id "
                                 "AND p.last_case_status = 'open' AND p.archived = 0"),
                  {});
        if (!withPlan)
            return withPlan.error();
        data.withoutPlan = data.openCases - *withPlan;
    }
    auto users = readUsers(m_db);
    if (!users)
        return users.error();
    // From a task index alone: joining every overdue task to its person to leave out
    // archived cases costs a random read per task (0.2 s at 200,000 persons on a busy disk),
    // so the overview counts an open task whatever its case's state (archiving a case is to
    // cancel its open tasks, docs/case-work.md).
    // Worker by worker along task_work (assigned_user_id, status, archived, due_date, …), so
    // the groups come in the index's order; the tasks of nobody are a range of their own.
    QSqlQuery query(m_db.connection());
    for (const char *who :
         {"t.assigned_user_id IN (SELECT id FROM app_user)", "t.assigned_user_id IS NULL"}) {
        if (auto r = sql::run(query,
                              QStringLiteral("SELECT t.assigned_user_id, count(*), "
                                             "count(DISTINCT t.person_id) FROM task t "
                                             "WHERE %1 AND t.status = 'open' AND t.archived = 0 "
                                             "AND t.due_date < ? GROUP BY t.assigned_user_id")
                                  .arg(QLatin1String(who)),
                              {sql::isoDate(today)},
                              "work.overdue_by_worker");
            !r)
            return r.error();
        while (query.next()) {
            domain::WorkerOverdue worker;
            if (!query.value(0).isNull()) {
                worker.userId = query.value(0).toLongLong();
                worker.userName = users->userNames.value(*worker.userId);
                worker.displayName = users->byId.value(*worker.userId);
            }
            worker.tasks = query.value(1).toLongLong();
            worker.cases = query.value(2).toLongLong();
            data.overdueByWorker.append(std::move(worker));
        }
    }
    std::stable_sort(data.overdueByWorker.begin(),
                     data.overdueByWorker.end(),
                     [](const domain::WorkerOverdue &a, const domain::WorkerOverdue &b) {
                         if (a.tasks != b.tasks)
                             return a.tasks > b.tasks;
                         if (a.userId.has_value() != b.userId.has_value())
                             return a.userId.has_value(); // tasks of nobody last among equals
                         return a.displayName.localeAwareCompare(b.displayName) < 0;
                     });
    return data;
}

Result<QList<TimelineEntry>> CaseWorkQueries::timeline(qint64 personId)
{
    auto users = readUsers(m_db);
    if (!users)
        return users.error();
    QList<TimelineEntry> entries;
    const auto dated = [&](TimelineKind kind, const QVariant &day, const QString &by) {
        TimelineEntry entry;
        entry.kind = kind;
        entry.at = startOfVietnamDay(sql::dateFromIso(day));
        entry.dateOnly = true;
        entry.who = users->name(by);
        return entry;
    };
    const auto timed = [&](TimelineKind kind, const QVariant &at, const QString &by) {
        TimelineEntry entry;
        entry.kind = kind;
        entry.at = sql::timestampFromIso(at);
        entry.who = users->name(by);
        return entry;
    };
    QSqlQuery query(m_db.connection());
    // Runs one statement about the case and reads each row it returns through query.
    const auto eachRow = [&](const QString &statement,
                             const char *what,
                             const std::function<void()> &read) -> Result<void> {
        if (auto r = sql::run(query, statement, {personId}, what); !r)
            return r.error();
        while (query.next())
            read();
        return {};
    };

    // Receptions, their identification decisions and closures.
    if (auto r = eachRow(
            QStringLiteral("SELECT r.id, r.reception_date, r.created_by, a.name, a.name_en, "
                           "r.identification_status, r.identification_date, r.outcome, "
                           "r.closed_date, r.updated_by FROM reception r "
                           "LEFT JOIN agency a ON a.code = r.agency_code "
                           "WHERE r.person_id = ? AND r.archived = 0 ORDER BY r.id"),
            "work.timeline.receptions",
            [&] {
                const qint64 receptionId = query.value(0).toLongLong();
                TimelineEntry reception =
                    dated(TimelineKind::Reception, query.value(1), query.value(2).toString());
                reception.receptionId = receptionId;
                reception.detail = query.value(3).toString();
                reception.detailEn = query.value(4).toString();
                entries.append(reception);
                if (!query.value(6).toString().isEmpty()) {
                    // The record keeps who changed it last, not who decided: the decision's
                    // line names nobody rather than a guess.
                    TimelineEntry decision =
                        dated(TimelineKind::IdentificationDecision, query.value(6), QString());
                    decision.receptionId = receptionId;
                    decision.code = query.value(5).toString();
                    entries.append(decision);
                }
                if (!query.value(8).toString().isEmpty()) {
                    TimelineEntry closed =
                        dated(TimelineKind::CaseClosed, query.value(8), QString());
                    closed.receptionId = receptionId;
                    closed.code = query.value(7).toString();
                    entries.append(closed);
                }
            });
        !r)
        return r.error();

    if (auto r = eachRow(
            QStringLiteral("SELECT s.reception_id, s.support_date, s.created_by, t.name_vi, "
                           "t.name_en, s.status FROM support s "
                           "JOIN reception r ON r.id = s.reception_id "
                           "LEFT JOIN support_type t ON t.code = s.type_code "
                           "WHERE r.person_id = ? AND r.archived = 0 AND s.archived = 0 "
                           "ORDER BY s.id"),
            "work.timeline.supports",
            [&] {
                TimelineEntry entry =
                    dated(TimelineKind::Support, query.value(1), query.value(2).toString());
                entry.receptionId = query.value(0).toLongLong();
                entry.detail = query.value(3).toString();
                entry.detailEn = query.value(4).toString();
                entry.code = query.value(5).toString();
                entries.append(entry);
            });
        !r)
        return r.error();

    if (auto r = eachRow(QStringLiteral("SELECT f.reception_id, f.follow_up_date, f.created_by, "
                                        "f.kind FROM follow_up f "
                                        "JOIN reception r ON r.id = f.reception_id "
                                        "WHERE r.person_id = ? AND r.archived = 0 "
                                        "AND f.archived = 0 ORDER BY f.id"),
                         "work.timeline.follow_ups",
                         [&] {
                             TimelineEntry entry = dated(
                                 TimelineKind::FollowUp, query.value(1), query.value(2).toString());
                             entry.receptionId = query.value(0).toLongLong();
                             entry.code = query.value(3).toString();
                             entries.append(entry);
                         });
        !r)
        return r.error();

    // Plan goals: every audited change (create, update, archive) of the case's goals.
    {
        QHash<qint64, std::pair<qint64, QString>> goals; // id → reception, goal
        if (auto r =
                eachRow(QStringLiteral("SELECT g.id, g.reception_id, g.goal FROM plan_goal g "
                                       "JOIN reception r ON r.id = g.reception_id "
                                       "WHERE r.person_id = ?"),
                        "work.timeline.goals",
                        [&] {
                            goals.insert(query.value(0).toLongLong(),
                                         {query.value(1).toLongLong(), query.value(2).toString()});
                        });
            !r)
            return r.error();
        if (!goals.isEmpty()) {
            if (auto r = eachRow(
                    QStringLiteral(
                        "SELECT entity_id, at, actor, action, changes FROM audit_log "
                        "WHERE entity = 'plan_goal' AND entity_id IN (SELECT g.id FROM plan_goal g "
                        "JOIN reception r ON r.id = g.reception_id WHERE r.person_id = ?) "
                        "ORDER BY id"),
                    "work.timeline.goal_changes",
                    [&] {
                        const auto goal = goals.value(query.value(0).toLongLong());
                        const QString action = query.value(3).toString();
                        const QJsonObject changes =
                            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
                        TimelineKind kind = TimelineKind::GoalChanged;
                        if (action == QLatin1String("create"))
                            kind = TimelineKind::GoalCreated;
                        else if (action == QLatin1String("archive"))
                            kind = TimelineKind::GoalArchived;
                        TimelineEntry entry =
                            timed(kind, query.value(1), query.value(2).toString());
                        entry.receptionId = goal.first;
                        entry.detail = goal.second;
                        if (kind == TimelineKind::GoalCreated) {
                            entry.code = changes.value(QLatin1String("area")).toString();
                        } else if (kind == TimelineKind::GoalChanged) {
                            const QJsonValue status = changes.value(QLatin1String("status"));
                            if (status.isArray())
                                entry.code = status.toArray().at(1).toString();
                        }
                        entries.append(entry);
                    });
                !r)
                return r.error();
        }
    }

    // Tasks: made, then done or cancelled.
    if (auto r = eachRow(
            QStringLiteral("SELECT t.reception_id, t.created_at, t.created_by, t.title, "
                           "r.name_vi, r.name_en, t.status, t.done_date, t.done_by FROM task t "
                           "LEFT JOIN task_rule r ON r.code = t.rule_code AND t.rule_code <> '' "
                           "WHERE t.person_id = ? AND t.archived = 0 ORDER BY t.id"),
            "work.timeline.tasks",
            [&] {
                TimelineEntry made =
                    timed(TimelineKind::TaskCreated, query.value(1), query.value(2).toString());
                if (!query.value(0).isNull())
                    made.receptionId = query.value(0).toLongLong();
                const QString title = query.value(3).toString();
                if (query.value(4).isNull()) { // a task made by hand
                    made.detail = title;
                } else {
                    // A rule's task may name its subject (a goal's text, services/TaskRules.cpp).
                    const QString subject =
                        title.isEmpty() ? QString() : QStringLiteral(": ") + title;
                    made.detail = query.value(4).toString() + subject;
                    made.detailEn = query.value(5).toString().isEmpty()
                                        ? QString()
                                        : query.value(5).toString() + subject;
                }
                entries.append(made);
                const QString status = query.value(6).toString();
                if (status != QLatin1String("open") && !query.value(7).toString().isEmpty()) {
                    TimelineEntry done = made;
                    done.kind = status == QLatin1String("done") ? TimelineKind::TaskDone
                                                                : TimelineKind::TaskCancelled;
                    done.at = startOfVietnamDay(sql::dateFromIso(query.value(7)));
                    done.dateOnly = true;
                    done.who = users->name(query.value(8).toString());
                    entries.append(done);
                }
            });
        !r)
        return r.error();

    // Approvals: asked, then decided.
    if (auto r = eachRow(
            QStringLiteral("SELECT a.reception_id, a.created_at, a.requested_by_user_id, "
                           "a.kind, a.status, a.decided_by_user_id, a.decided_date, "
                           "a.decision_comment FROM approval a "
                           "JOIN reception r ON r.id = a.reception_id "
                           "WHERE r.person_id = ? AND a.archived = 0 ORDER BY a.id"),
            "work.timeline.approvals",
            [&] {
                TimelineEntry asked =
                    timed(TimelineKind::ApprovalRequested, query.value(1), QString());
                asked.who = users->byId.value(query.value(2).toLongLong());
                asked.receptionId = query.value(0).toLongLong();
                asked.code = query.value(3).toString();
                entries.append(asked);
                const QString status = query.value(4).toString();
                if (status != QLatin1String("requested") && !query.value(6).toString().isEmpty()) {
                    TimelineEntry decided = asked;
                    decided.kind = TimelineKind::ApprovalDecided;
                    decided.at = startOfVietnamDay(sql::dateFromIso(query.value(6)));
                    decided.dateOnly = true;
                    decided.who = query.value(5).isNull()
                                      ? QString()
                                      : users->byId.value(query.value(5).toLongLong());
                    decided.code2 = status;
                    decided.detail = query.value(7).toString();
                    entries.append(decided);
                }
            });
        !r)
        return r.error();

    if (auto r = eachRow(QStringLiteral("SELECT created_at, created_by, user_id, reason "
                                        "FROM case_assignment WHERE person_id = ? "
                                        "AND archived = 0 ORDER BY id"),
                         "work.timeline.assignments",
                         [&] {
                             TimelineEntry entry = timed(
                                 TimelineKind::Assigned, query.value(0), query.value(1).toString());
                             if (!query.value(2).isNull())
                                 entry.detail = users->byId.value(query.value(2).toLongLong());
                             entry.detail2 = query.value(3).toString();
                             entries.append(entry);
                         });
        !r)
        return r.error();

    // Attachments: attached, and archived (with the reason). The kind of paper and what it
    // belongs to, never the file's name (it may hold the person's name).
    if (auto r = eachRow(
            QStringLiteral(
                "SELECT a.created_at, a.created_by, t.name_vi, t.name_en, a.reception_id, "
                "a.support_id, a.follow_up_id, COALESCE(r.id, s.reception_id, f.reception_id), "
                "r.reception_date, s.support_date, f.follow_up_date, st.name_vi, a.archived, "
                "a.updated_at, a.updated_by, a.archive_reason FROM attachment a "
                "LEFT JOIN attachment_type t ON t.code = a.document_type "
                "LEFT JOIN reception r ON r.id = a.reception_id "
                "LEFT JOIN support s ON s.id = a.support_id "
                "LEFT JOIN support_type st ON st.code = s.type_code "
                "LEFT JOIN follow_up f ON f.id = a.follow_up_id "
                "WHERE a.person_id = ? ORDER BY a.id"),
            "work.timeline.attachments",
            [&] {
                TimelineEntry added =
                    timed(TimelineKind::AttachmentAdded, query.value(0), query.value(1).toString());
                added.detail = query.value(2).toString();
                added.detailEn = query.value(3).toString();
                if (!query.value(7).isNull())
                    added.receptionId = query.value(7).toLongLong();
                if (!query.value(4).isNull()) {
                    added.code = QStringLiteral("reception");
                    added.code2 = query.value(8).toString();
                } else if (!query.value(5).isNull()) {
                    added.code = QStringLiteral("support");
                    added.code2 = query.value(9).toString();
                    added.detail2 = query.value(11).toString();
                } else if (!query.value(6).isNull()) {
                    added.code = QStringLiteral("follow_up");
                    added.code2 = query.value(10).toString();
                } else {
                    added.code = QStringLiteral("person");
                }
                entries.append(added);
                if (query.value(12).toInt() != 0) {
                    TimelineEntry archived = added;
                    archived.kind = TimelineKind::AttachmentArchived;
                    archived.at = sql::timestampFromIso(query.value(13));
                    archived.who = users->name(query.value(14).toString());
                    archived.detail2 = query.value(15).toString();
                    entries.append(archived);
                }
            });
        !r)
        return r.error();

    // Shelter stays (docs/centre-work.md): the admission and, once recorded, the leaving.
    if (auto r = eachRow(
            QStringLiteral(
                "SELECT t.reception_id, t.admitted_date, t.left_date, t.leaving_reason, "
                "t.created_by, t.updated_by, m.name_vi, m.name_en, s.name_vi FROM shelter_stay t "
                "JOIN reception r ON r.id = t.reception_id "
                "LEFT JOIN shelter_room m ON m.code = t.room_code "
                "LEFT JOIN shelter s ON s.code = m.shelter_code "
                "WHERE r.person_id = ? AND r.archived = 0 AND t.archived = 0 ORDER BY t.id"),
            "work.timeline.shelter",
            [&] {
                TimelineEntry admitted =
                    dated(TimelineKind::ShelterAdmitted, query.value(1), query.value(4).toString());
                admitted.receptionId = query.value(0).toLongLong();
                admitted.detail = query.value(6).toString();
                admitted.detailEn = query.value(7).toString();
                admitted.detail2 = query.value(8).toString();
                entries.append(admitted);
                if (!query.value(2).toString().isEmpty()) {
                    TimelineEntry left = admitted;
                    left.kind = TimelineKind::ShelterLeft;
                    left.at = startOfVietnamDay(sql::dateFromIso(query.value(2)));
                    left.who = users->name(query.value(5).toString());
                    left.code = query.value(3).toString();
                    entries.append(left);
                }
            });
        !r)
        return r.error();
    // Hotline calls that became this case (docs/centre-work.md, "Hotline"): when the call came
    // (the centre's local time), why and how urgent; never what the caller said.
    if (auto r = eachRow(QStringLiteral("SELECT call_date, call_time, created_by, reason, urgency, "
                                        "reception_id FROM hotline_call WHERE person_id = ? "
                                        "AND archived = 0 ORDER BY id"),
                         "work.timeline.calls",
                         [&] {
                             TimelineEntry call = dated(TimelineKind::HotlineCall,
                                                        query.value(0),
                                                        query.value(2).toString());
                             const QTime time = domain::callTimeFrom(query.value(1).toString());
                             if (time.isValid()) {
                                 call.at = call.at.addSecs(time.msecsSinceStartOfDay() / 1000);
                                 call.dateOnly = false;
                             }
                             call.code = query.value(3).toString();
                             call.code2 = query.value(4).toString();
                             if (!query.value(5).isNull())
                                 call.receptionId = query.value(5).toLongLong();
                             entries.append(call);
                         });
        !r)
        return r.error();

    // Who opened the case (CaseService::openCase audits "open"; "view" is kept for rows of
    // other writers of the same fact).
    if (auto r = eachRow(QStringLiteral("SELECT at, actor FROM audit_log WHERE entity = 'person' "
                                        "AND entity_id = ? AND action IN ('open', 'view') "
                                        "ORDER BY id"),
                         "work.timeline.opened",
                         [&] {
                             entries.append(timed(
                                 TimelineKind::Opened, query.value(0), query.value(1).toString()));
                         });
        !r)
        return r.error();

    domain::sortNewestFirst(entries);
    return entries;
}

} // namespace sr::storage
