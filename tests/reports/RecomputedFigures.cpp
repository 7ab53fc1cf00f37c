// The reference the report summaries are tested against: the period report's figures computed
// from the records themselves, without the summaries that storage::ReportQueries::figures()
// reads (resources/sql/sqlite/0006_report_summary.sql). It lives with the tests, not in the
// storage library, because nothing but the tests needs it; its rows are put in the stable code
// orders of the domain (src/domain/Enums.h), as the library's are.
#include "RecomputedFigures.h"

#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/Hotline.h"
#include "storage/Database.h"
#include "storage/PreventionReportQueries.h"
#include "storage/ReportRunner.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace sr::test {

using namespace storage::report;

namespace {

Error failure(const QSqlQuery &query, const char *context)
{
    return Error{ErrorCode::Internal,
                 QStringLiteral("%1: %2").arg(QLatin1String(context), query.lastError().text())};
}

// Receptions in the range (neither they nor their person archived), with each person's
// first and latest reception in the range ranked by window functions. Computed once per range
// into a temporary table (in SQLite's temp store, not in the application's memory), which the
// grouped queries below then read: one pass over the receptions instead of one per list. The
// covering indexes of 0002_report_indexes.sql let this pass read index pages only; the joins name
// the narrow indexes (INDEXED BY, 0004_list_indexes.sql) because SQLite's planner otherwise
// looks persons and receptions up by rowid in their wide rows (docs/performance.md).
const QLatin1String createScope(
    "CREATE TEMP TABLE report_scope AS"
    " SELECT r.id, r.person_id, r.country_code, r.agency_code, r.route,"
    "  r.identification_status, r.case_status, r.outcome, r.age_years, r.age_band,"
    "  p.sex, p.nationality, p.ethnicity, p.residence_province,"
    "  ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY r.reception_date, r.id)"
    "   AS first_rank,"
    "  ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY r.reception_date DESC, r.id DESC)"
    "   AS last_rank"
    " FROM reception r JOIN person p INDEXED BY person_report ON p.id = r.person_id"
    " WHERE r.archived = 0 AND p.archived = 0"
    "  AND r.reception_date >= :from AND r.reception_date <= :to");
const QLatin1String scopeCte("WITH scope AS (SELECT * FROM temp.report_scope) ");
const QLatin1String dropScope("DROP TABLE IF EXISTS temp.report_scope");

/** Drops the temporary scope table when the figures are done (or failed). */
class ScopeGuard
{
public:
    explicit ScopeGuard(const QSqlDatabase &db)
        : m_db(db)
    {}
    ~ScopeGuard()
    {
        QSqlQuery query(m_db);
        query.exec(QString(dropScope));
    }
    ScopeGuard(const ScopeGuard &) = delete;
    ScopeGuard &operator=(const ScopeGuard &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

Result<domain::SummaryFigures> recomputedFigures(storage::Database &db,
                                                 const QDate &from,
                                                 const QDate &to,
                                                 const QString &homeProvinceCode)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: invalid date"));
    if (to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("report: period ends before it starts"));

    const Runner runner(db.connection(), from, to);
    if (QSqlQuery drop(db.connection()); !drop.exec(QString(dropScope)))
        return failure(drop, "report.scope");
    const ScopeGuard guard(db.connection());
    if (auto created = runner.run(QString(createScope), "report.scope"); !created)
        return created.error();
    domain::SummaryFigures f;
    f.from = from;
    f.to = to;

    // Totals and groups in one pass over the receptions in the range.
    {
        auto q = runner.run(
            QString(scopeCte)
                + QStringLiteral(
                    "SELECT COUNT(DISTINCT person_id), COUNT(*),"
                    " COALESCE(SUM(first_rank = 1 AND age_years < 16), 0),"
                    " COALESCE(SUM(first_rank = 1 AND age_years < 18), 0),"
                    " COALESCE(SUM(first_rank = 1 AND nationality <> 'VN'), 0),"
                    " COALESCE(SUM(first_rank = 1 AND ethnicity NOT IN ('00', '01', '99')), 0),"
                    " COALESCE(SUM(first_rank = 1 AND residence_province <> ''"
                    "  AND residence_province <> :home), 0)"
                    " FROM scope"),
            "report.totals",
            // A null QString would bind as SQL NULL and match nothing.
            {{QStringLiteral(":home"),
              homeProvinceCode.isNull() ? QStringLiteral("") : homeProvinceCode}});
        if (!q)
            return q.error();
        if (q->next()) {
            f.persons = q->value(0).toLongLong();
            f.receptions = q->value(1).toLongLong();
            f.groups.childrenUnder16 = q->value(2).toLongLong();
            f.groups.minorsUnder18 = q->value(3).toLongLong();
            f.groups.foreignNationals = q->value(4).toLongLong();
            f.groups.ethnicMinorities = q->value(5).toLongLong();
            f.groups.otherProvinceResidents = q->value(6).toLongLong();
        }
    }

    // Section 1: by country, agency, route, identification status.
    {
        auto rows = runner.countRows(
            QString(scopeCte)
                + QStringLiteral(
                    "SELECT s.country_code, COALESCE(c.name_vi, ''), COALESCE(c.name_en, ''),"
                    " SUM(s.first_rank = 1), COUNT(*) FROM scope s"
                    " LEFT JOIN country c ON c.code = s.country_code"
                    " GROUP BY s.country_code ORDER BY 5 DESC, 4 DESC, 1"),
            "report.by_country");
        if (!rows)
            return rows.error();
        f.byCountry = *rows;
    }
    {
        auto rows = runner.countRows(
            QString(scopeCte)
                + QStringLiteral(
                    "SELECT s.agency_code, COALESCE(a.name, ''), COALESCE(a.name_en, ''),"
                    " SUM(s.first_rank = 1), COUNT(*) FROM scope s"
                    " LEFT JOIN agency a ON a.code = s.agency_code"
                    " GROUP BY s.agency_code ORDER BY 5 DESC, 4 DESC, 1"),
            "report.by_agency");
        if (!rows)
            return rows.error();
        f.byAgency = *rows;
    }
    {
        auto rows = runner.countRows(
            QString(scopeCte)
                + QStringLiteral("SELECT route, '', '', SUM(first_rank = 1), COUNT(*) FROM scope"
                                 " GROUP BY route"),
            "report.by_route");
        if (!rows)
            return rows.error();
        f.byRoute = *rows;
        sortByOrder(f.byRoute, routeOrder, [](const domain::CountRow &r) { return r.code; });
    }
    {
        auto rows = runner.countRows(
            QString(scopeCte)
                + QStringLiteral("SELECT identification_status, '', '', SUM(first_rank = 1),"
                                 " COUNT(*) FROM scope GROUP BY identification_status"),
            "report.by_identification_status");
        if (!rows)
            return rows.error();
        f.byIdentificationStatus = *rows;
        sortByOrder(f.byIdentificationStatus, statusOrder, [](const domain::CountRow &r) {
            return r.code;
        });
    }

    // Section 2: sex × age band at the first reception; foreign nationals by nationality.
    {
        auto q = runner.run(QString(scopeCte)
                                + QStringLiteral("SELECT sex, age_band, COUNT(*) FROM scope"
                                                 " WHERE first_rank = 1 GROUP BY sex, age_band"),
                            "report.by_sex_age");
        if (!q)
            return q.error();
        while (q->next()) {
            domain::SexAgeRow row;
            row.sex = q->value(0).toString();
            row.ageBand = q->value(1).toString();
            row.persons = q->value(2).toLongLong();
            f.bySexAge.append(row);
        }
        std::stable_sort(f.bySexAge.begin(),
                         f.bySexAge.end(),
                         [](const domain::SexAgeRow &a, const domain::SexAgeRow &b) {
                             const auto ka =
                                 std::pair(rank(sexOrder, a.sex), rank(ageBandOrder, a.ageBand));
                             const auto kb =
                                 std::pair(rank(sexOrder, b.sex), rank(ageBandOrder, b.ageBand));
                             return ka < kb;
                         });
    }
    {
        auto rows = runner.countRows(
            QString(scopeCte)
                + QStringLiteral(
                    "SELECT s.nationality, COALESCE(c.name_vi, ''), COALESCE(c.name_en, ''),"
                    " SUM(s.first_rank = 1), COUNT(*) FROM scope s"
                    " LEFT JOIN country c ON c.code = s.nationality"
                    " WHERE s.nationality <> 'VN'"
                    " GROUP BY s.nationality ORDER BY 4 DESC, 5 DESC, 1"),
            "report.by_nationality");
        if (!rows)
            return rows.error();
        f.byNationality = *rows;
    }

    // Section 3: supports dated in the range, per type and in total.
    {
        auto q = runner.run(
            QStringLiteral(
                "SELECT s.type_code, COALESCE(t.name_vi, ''), COALESCE(t.name_en, ''),"
                " COUNT(DISTINCT CASE WHEN s.status = 'provided' THEN r.person_id END),"
                " SUM(s.status = 'provided'),"
                " SUM(CASE WHEN s.status = 'provided' THEN s.quantity ELSE 0 END),"
                " SUM(CASE WHEN s.status = 'provided' THEN s.amount_vnd ELSE 0 END),"
                " SUM(s.status = 'referred'), SUM(s.status = 'declined'),"
                " SUM(s.status = 'not_needed')"
                " FROM support s JOIN reception r INDEXED BY reception_id_report"
                " ON r.id = s.reception_id"
                " JOIN person p INDEXED BY person_report ON p.id = r.person_id"
                " LEFT JOIN support_type t ON t.code = s.type_code"
                " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"
                "  AND s.support_date >= :from AND s.support_date <= :to"
                " GROUP BY s.type_code ORDER BY COALESCE(t.sort_order, 1000000), s.type_code"),
            "report.supports");
        if (!q)
            return q.error();
        while (q->next()) {
            domain::SupportRow row;
            row.type = q->value(0).toString();
            row.name = q->value(1).toString();
            row.nameEn = q->value(2).toString();
            row.persons = q->value(3).toLongLong();
            row.times = q->value(4).toLongLong();
            row.quantity = q->value(5).toLongLong();
            row.amountVnd = q->value(6).toLongLong();
            row.referred = q->value(7).toLongLong();
            row.declined = q->value(8).toLongLong();
            row.notNeeded = q->value(9).toLongLong();
            f.supports += row.times;
            f.supportAmountVnd += row.amountVnd;
            f.supportsReferred += row.referred;
            f.supportsDeclined += row.declined;
            f.supportsNotNeeded += row.notNeeded;
            f.supportRows.append(row);
        }
    }
    {
        auto q = runner.run(
            QStringLiteral("SELECT COUNT(DISTINCT r.person_id)"
                           " FROM support s JOIN reception r INDEXED BY reception_id_report"
                           " ON r.id = s.reception_id"
                           " JOIN person p INDEXED BY person_report"
                           " ON p.id = r.person_id"
                           " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"
                           "  AND s.status = 'provided'"
                           "  AND s.support_date >= :from AND s.support_date <= :to"),
            "report.persons_supported");
        if (!q)
            return q.error();
        if (q->next())
            f.personsSupported = q->value(0).toLongLong();
    }

    // Section 4: outcomes (current case status of each reception), follow-ups in the range.
    {
        auto q = runner.run(
            QString(scopeCte)
                + QStringLiteral("SELECT CASE WHEN case_status = 'open' THEN 'open'"
                                 " WHEN outcome = '' THEN 'other' ELSE outcome END AS code,"
                                 " SUM(last_rank = 1), COUNT(*) FROM scope GROUP BY code"),
            "report.outcomes");
        if (!q)
            return q.error();
        while (q->next()) {
            domain::OutcomeRow row;
            row.code = q->value(0).toString();
            row.persons = q->value(1).toLongLong();
            row.receptions = q->value(2).toLongLong();
            f.outcomes.append(row);
        }
        sortByOrder(f.outcomes, outcomeOrder, [](const domain::OutcomeRow &r) { return r.code; });
    }
    {
        auto q = runner.run(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT r.person_id)"
                           " FROM follow_up u JOIN reception r INDEXED BY reception_id_report"
                           " ON r.id = u.reception_id"
                           " JOIN person p INDEXED BY person_report ON p.id = r.person_id"
                           " WHERE u.archived = 0 AND r.archived = 0 AND p.archived = 0"
                           "  AND u.follow_up_date >= :from AND u.follow_up_date <= :to"),
            "report.follow_ups");
        if (!q)
            return q.error();
        if (q->next()) {
            f.followUps = q->value(0).toLongLong();
            f.personsFollowedUp = q->value(1).toLongLong();
        }
    }

    // Section 5: border handover batches dated in the range.
    {
        auto q = runner.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(persons_total), 0),"
                                           " COALESCE(SUM(classified <> 0), 0),"
                                           " COALESCE(SUM(persons_verified), 0),"
                                           " COALESCE(SUM(cases_identified), 0),"
                                           " COALESCE(SUM(victims_identified), 0)"
                                           " FROM handover_batch WHERE archived = 0"
                                           "  AND batch_date >= :from AND batch_date <= :to"),
                            "report.handovers");
        if (!q)
            return q.error();
        if (q->next()) {
            f.handovers.batches = q->value(0).toLongLong();
            f.handovers.persons = q->value(1).toLongLong();
            f.handovers.verifiedBatches = q->value(2).toLongLong();
            f.handovers.verifiedPersons = q->value(3).toLongLong();
            f.handovers.cases = q->value(4).toLongLong();
            f.handovers.victims = q->value(5).toLongLong();
        }
    }

    // Section 7: the hotline, by its definition (docs/report-json.md, "hotline"): every call
    // of the range read and counted here, the actions split in C++ rather than matched in SQL.
    {
        // A call became a case when it links to a person in use (not archived).
        auto q = runner.run(QStringLiteral("SELECT c.reason, c.urgency, c.actions, p.id"
                                           " FROM hotline_call c LEFT JOIN person p"
                                           "  ON p.id = c.person_id AND p.archived = 0"
                                           " WHERE c.archived = 0"
                                           "  AND c.call_date BETWEEN :from AND :to"),
                            "report.hotline");
        if (!q)
            return q.error();
        QHash<QString, qint64> reasons;
        QHash<QString, qint64> actions;
        while (q->next()) {
            ++f.hotline.calls;
            ++reasons[q->value(0).toString()];
            if (q->value(1).toString() == QLatin1String("emergency"))
                ++f.hotline.emergencies;
            for (const QString &a : q->value(2).toString().split(u',', Qt::SkipEmptyParts))
                ++actions[a];
            if (!q->value(3).isNull())
                ++f.hotline.becameCases;
        }
        for (const QString &code : domain::allCodes<domain::CallReason>())
            f.hotline.byReason.append(domain::HotlineRow{code, reasons.value(code)});
        for (const QString &code : domain::allCodes<domain::CallAction>())
            f.hotline.byAction.append(domain::HotlineRow{code, actions.value(code)});
    }

    // Section 6: case work, each figure by its definition (docs/report-json.md, "case_work").
    const QString live = QStringLiteral(" JOIN person p ON p.id = r.person_id"
                                        " WHERE r.archived = 0 AND p.archived = 0");
    const QString followUpTasks =
        QStringLiteral("SELECT COUNT(*) FROM task t JOIN person p ON p.id = t.person_id"
                       " WHERE t.archived = 0 AND p.archived = 0"
                       "  AND t.due_date BETWEEN :from AND :to AND t.rule_code IN"
                       "  (SELECT code FROM task_rule WHERE kind = 'follow_up_after_handover')");
    for (const auto &[statement, figure] : {
             std::pair{QStringLiteral("SELECT COUNT(*) FROM reception r") + live
                           + QStringLiteral(" AND r.reception_date BETWEEN :from AND :to"),
                       &f.caseWork.opened},
             std::pair{QStringLiteral("SELECT COUNT(*) FROM reception r") + live
                           + QStringLiteral(" AND r.case_status = 'closed'"
                                            " AND r.closed_date BETWEEN :from AND :to"),
                       &f.caseWork.closed},
             std::pair{QStringLiteral("SELECT COUNT(*) FROM reception r") + live
                           + QStringLiteral(" AND r.reception_date BETWEEN :from AND :to"
                                            " AND EXISTS (SELECT 1 FROM plan_goal g"
                                            "  WHERE g.reception_id = r.id AND g.archived = 0)"),
                       &f.caseWork.withPlan},
             std::pair{followUpTasks
                           + QStringLiteral(" AND t.status IN ('open', 'done', 'lapsed')"),
                       &f.caseWork.followUpsDue},
             std::pair{followUpTasks + QStringLiteral(" AND t.status = 'done'"),
                       &f.caseWork.followUpsDone},
         }) {
        auto q = runner.run(statement, "report.caseWork");
        if (!q)
            return q.error();
        *figure = q->next() ? q->value(0).toLongLong() : 0;
    }

    // Shelter, day by day (docs/report-json.md, "shelter"): a stay is in its room on the days
    // admitted <= d < left (an open one up to today), counted within the period.
    {
        auto rooms = runner.run(
            QStringLiteral("SELECT s.code, s.name_vi, s.name_en,"
                           " (SELECT COUNT(*) FROM shelter_room m WHERE m.shelter_code = s.code"
                           "   AND m.archived = 0),"
                           " (SELECT COALESCE(SUM(m.capacity), 0) FROM shelter_room m"
                           "   WHERE m.shelter_code = s.code AND m.archived = 0)"
                           " FROM shelter s WHERE s.archived = 0 ORDER BY s.sort_order, s.code"),
            "report.shelter");
        if (!rooms)
            return rooms.error();
        while (rooms->next()) {
            domain::ShelterRow row{rooms->value(0).toString(),
                                   rooms->value(1).toString(),
                                   rooms->value(2).toString(),
                                   rooms->value(3).toLongLong(),
                                   rooms->value(4).toLongLong()};
            f.shelter.rooms += row.rooms;
            f.shelter.beds += row.beds;
            f.shelter.shelters.append(row);
        }
        f.shelter.bedDays = f.shelter.beds * (from.daysTo(to) + 1);
        const QDate today = domain::Clock::instance().today();
        auto stays = runner.run(
            QStringLiteral("SELECT m.shelter_code, r.person_id, s.admitted_date, s.left_date"
                           " FROM shelter_stay s JOIN shelter_room m ON m.code = s.room_code"
                           " JOIN reception r ON r.id = s.reception_id"
                           " JOIN person p ON p.id = r.person_id"
                           " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"),
            "report.shelter");
        if (!stays)
            return stays.error();
        QSet<qint64> all;
        QHash<QString, QSet<qint64>> of;
        while (stays->next()) {
            const QString shelter = stays->value(0).toString();
            const qint64 person = stays->value(1).toLongLong();
            const QDate admitted = QDate::fromString(stays->value(2).toString(), Qt::ISODate);
            const QDate left = QDate::fromString(stays->value(3).toString(), Qt::ISODate);
            const QDate end = left.isValid() ? left : today.addDays(1);
            qint64 days = 0;
            for (QDate d = admitted; d < end; d = d.addDays(1))
                days += (d >= from && d <= to) ? 1 : 0;
            const bool isAdmission = admitted >= from && admitted <= to;
            if (days == 0 && !isAdmission)
                continue;
            all.insert(person);
            of[shelter].insert(person);
            f.shelter.admissions += isAdmission;
            f.shelter.shelterDays += days;
            for (domain::ShelterRow &row : f.shelter.shelters) {
                if (row.code == shelter) {
                    row.admissions += isAdmission;
                    row.shelterDays += days;
                }
            }
        }
        f.shelter.persons = all.size();
        for (domain::ShelterRow &row : f.shelter.shelters)
            row.persons = of.value(row.code).size();
    }
    // Section 9: prevention. Its own fixture test computes these by hand
    // (tests/storage/PreventionRepositoryTest.cpp); here the same query, so the totals compare.
    if (auto r = preventionFigures(db.connection(), from, to, f.prevention); !r)
        return r.error();
    return f;
}

} // namespace sr::test
