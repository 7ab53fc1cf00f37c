#include "ReportQueries.h"

#include "Database.h"
#include "HotlineReportQueries.h"
#include "ReportRunner.h"
#include "ShelterReportQueries.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/Clock.h"
#include "domain/Enums.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <map>

namespace sr::storage {

using namespace report;

ReportQueries::ReportQueries(Database &db)
    : m_db(db)
{}

Result<QString> ReportQueries::homeProvinceCode() const
{
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                          {QStringLiteral("org_province_code")},
                          "report.home_province");
        !r)
        return r.error();
    if (query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return QStringLiteral("22");
}

namespace {

/** Sums of one (dim, code) of report_month or report_fact. */
struct Tally
{
    qint64 n = 0;        ///< records
    qint64 first = 0;    ///< of them, the person's first in the range (outcome: last)
    qint64 quantity = 0; ///< supports: sum of quantity
    qint64 amount = 0;   ///< supports: sum of amount_vnd
};
/** dim → code → tally; codes in byte order (as SQL's GROUP BY on ASCII codes). */
using Tallies = std::map<QString, std::map<QString, Tally>>;

QString isoMonth(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

/** Reference names of a code list: code → (name, English name, sort order). */
struct RefName
{
    QString name;
    QString nameEn;
    qint64 sortOrder = 1000000;
};

Result<QHash<QString, RefName>> referenceNames(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto p = sql::prepare(query, statement, "report.names"); !p)
        return p.error();
    if (auto e = sql::exec(query, "report.names"); !e)
        return e.error();
    QHash<QString, RefName> names;
    while (query.next()) {
        RefName name{query.value(1).toString(), query.value(2).toString(), 1000000};
        if (query.record().count() > 3 && !query.value(3).isNull())
            name.sortOrder = query.value(3).toLongLong();
        names.insert(query.value(0).toString(), name);
    }
    return names;
}

/** Whether any fact is dated in [from, to] (report_fact: receptions, supports, follow-ups). */
Result<bool> anyFactBetween(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto p = sql::prepare(query,
                              QStringLiteral("SELECT EXISTS (SELECT 1 FROM report_reception"
                                             "  WHERE reception_date BETWEEN :a AND :b)"
                                             " OR EXISTS (SELECT 1 FROM report_support"
                                             "  WHERE support_date BETWEEN :a AND :b)"
                                             " OR EXISTS (SELECT 1 FROM report_follow_up"
                                             "  WHERE follow_up_date BETWEEN :a AND :b)"),
                              "report.edges");
        !p)
        return p.error();
    query.bindValue(QStringLiteral(":a"), sql::isoDate(from));
    query.bindValue(QStringLiteral(":b"), sql::isoDate(to));
    if (auto e = sql::exec(query, "report.edges"); !e)
        return e.error();
    return query.next() && query.value(0).toBool();
}

/** Adds the rows of a query selecting dim, code, n, first[, quantity, amount] to @a tallies. */
void addRows(QSqlQuery &query, Tallies &tallies, qint64 sign, bool withFirst)
{
    const bool withSums = query.record().count() > 4;
    while (query.next()) {
        Tally &t = tallies[query.value(0).toString()][query.value(1).toString()];
        if (withFirst) {
            t.n += sign * query.value(2).toLongLong();
            t.first += sign * query.value(3).toLongLong();
        } else {
            t.first += sign * query.value(2).toLongLong();
        }
        if (withSums) {
            t.quantity += sign * query.value(4).toLongLong();
            t.amount += sign * query.value(5).toLongLong();
        }
    }
}

/**
 * The tallies of [from, to] from the summaries. Whole months come from report_month; days before
 * the first or after the last whole month from the facts. A fact is its person's first in the
 * range when its previous date is before `from`; the summary knows only the previous month, so
 * facts of whole months whose previous date falls in [from, start of the first whole month) are
 * taken back out (outcomes, counted on the last fact, mirror this at the end of the range).
 */
Result<Tallies> tallies(const QSqlDatabase &db, QDate from, QDate to)
{
    // Days at either end of the range that hold no fact at all can be counted as part of a whole
    // month without changing any figure (no fact dated there, none with its previous/next there).
    const QDate monthStart(from.year(), from.month(), 1);
    if (from != monthStart) {
        auto any = anyFactBetween(db, monthStart, from.addDays(-1));
        if (!any)
            return any.error();
        if (!*any)
            from = monthStart;
    }
    const QDate monthEnd(to.year(), to.month(), to.daysInMonth());
    if (to != monthEnd) {
        auto any = anyFactBetween(db, to.addDays(1), monthEnd);
        if (!any)
            return any.error();
        if (!*any)
            to = monthEnd;
    }
    // [F, T]: the whole months inside the range (empty when F > T).
    const QDate F = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate T = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    const bool core = F <= T;

    // 1 or 0, never a boolean: PostgreSQL neither sums nor multiplies booleans.
    const QString firstExpr = QStringLiteral(
        "CASE WHEN (dim = 'outcome' AND (other_date IS NULL OR other_date > :to))"
        "  OR (dim <> 'outcome' AND (other_date IS NULL OR other_date < :from)) THEN 1 ELSE 0 END");
    Tallies result;
    auto run = [&](const QString &statement,
                   const QList<QPair<QString, QString>> &binds,
                   qint64 sign,
                   bool withFirst) -> Result<void> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (auto p = sql::prepare(query, statement, "report.tallies"); !p)
            return p.error();
        for (const auto &[name, value] : binds) {
            if (statement.contains(name))
                query.bindValue(name, value);
        }
        if (auto e = sql::exec(query, "report.tallies"); !e)
            return e.error();
        addRows(query, result, sign, withFirst);
        return {};
    };
    const QList<QPair<QString, QString>> binds{
        {QStringLiteral(":from"), sql::isoDate(from)},
        {QStringLiteral(":to"), sql::isoDate(to)},
        {QStringLiteral(":F"), sql::isoDate(F)},
        {QStringLiteral(":T"), sql::isoDate(T)},
        {QStringLiteral(":fm"), isoMonth(F)},
        {QStringLiteral(":tm"), isoMonth(T)},
    };
    if (core) {
        if (auto r = run(
                QStringLiteral("SELECT dim, code, SUM(n),"
                               " SUM(CASE WHEN (dim = 'outcome' AND (other = '' OR other > :tm))"
                               "  OR (dim <> 'outcome' AND (other = '' OR other < :fm))"
                               "  THEN n ELSE 0 END),"
                               " SUM(quantity), SUM(amount_vnd)"
                               " FROM report_month WHERE month BETWEEN :fm AND :tm"
                               " GROUP BY dim, code"),
                binds,
                1,
                true);
            !r)
            return r.error();
        // Takes back out the facts of the whole months that @a condition says were counted as
        // a first (a last) above although their previous (next) date is inside the range.
        auto takeBack = [&](const QString &condition) {
            return run(QStringLiteral("SELECT dim, code, COUNT(*) FROM report_fact WHERE ")
                           + condition
                           + QStringLiteral(" AND date BETWEEN :F AND :T GROUP BY dim, code"),
                       binds,
                       -1,
                       false);
        };
        // Previous date in [from, F): counted as a first above, but inside the range.
        if (from < F) {
            if (auto r = takeBack(QStringLiteral("dim <> 'outcome' AND other_date >= :from"
                                                 "  AND other_date < :F"));
                !r)
                return r.error();
        }
        // Next date in (T, to]: counted as a last above, but inside the range.
        if (T < to) {
            if (auto r = takeBack(QStringLiteral("dim = 'outcome' AND other_date > :T"
                                                 "  AND other_date <= :to"));
                !r)
                return r.error();
        }
    }
    // The days outside the whole months, from the facts.
    QList<QPair<QDate, QDate>> edges;
    if (!core)
        edges.append({from, to});
    else {
        if (from < F)
            edges.append({from, F.addDays(-1)});
        if (T < to)
            edges.append({T.addDays(1), to});
    }
    for (const auto &[a, b] : edges) {
        QList<QPair<QString, QString>> edgeBinds = binds;
        edgeBinds.append({QStringLiteral(":a"), sql::isoDate(a)});
        edgeBinds.append({QStringLiteral(":b"), sql::isoDate(b)});
        if (auto r = run(QStringLiteral("SELECT dim, code, COUNT(*), SUM(") + firstExpr
                             + QStringLiteral("), SUM(quantity), SUM(amount_vnd) FROM report_fact"
                                              " WHERE date BETWEEN :a AND :b GROUP BY dim, code"),
                         edgeBinds,
                         1,
                         true);
            !r)
            return r.error();
    }
    return result;
}

Tally tallyOf(const Tallies &tallies, const QString &dim, const QString &code)
{
    const auto d = tallies.find(dim);
    if (d == tallies.end())
        return {};
    const auto c = d->second.find(code);
    return c == d->second.end() ? Tally{} : c->second;
}

/** The codes of @a dim with at least one record, as count rows named from @a names. */
QList<domain::CountRow>
countRows(const Tallies &tallies, const QString &dim, const QHash<QString, RefName> &names)
{
    QList<domain::CountRow> rows;
    const auto d = tallies.find(dim);
    if (d == tallies.end())
        return rows;
    for (const auto &[code, t] : d->second) {
        if (t.n <= 0)
            continue;
        domain::CountRow row;
        row.code = code;
        const auto name = names.constFind(code);
        if (name != names.constEnd()) {
            row.name = name->name;
            row.nameEn = name->nameEn;
        }
        row.persons = t.first;
        row.receptions = t.n;
        rows.append(row);
    }
    return rows;
}

/** Receptions, then persons, descending; then code (the SQL's ORDER BY 5 DESC, 4 DESC, 1). */
void sortByReceptions(QList<domain::CountRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const domain::CountRow &a, const domain::CountRow &b) {
        if (a.receptions != b.receptions)
            return a.receptions > b.receptions;
        if (a.persons != b.persons)
            return a.persons > b.persons;
        return a.code < b.code;
    });
}

} // namespace

Result<domain::SummaryFigures>
ReportQueries::figures(const QDate &from, const QDate &to, const QString &homeProvinceCode) const
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: invalid date"));
    if (to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("report: period ends before it starts"));
    if (auto ready = ensureSummaries(); !ready)
        return ready.error();
    const QSqlDatabase db = m_db.connection();
    auto t = tallies(db, from, to);
    if (!t)
        return t.error();
    auto countries =
        referenceNames(db, QStringLiteral("SELECT code, name_vi, name_en FROM country"));
    if (!countries)
        return countries.error();
    auto agencies = referenceNames(db, QStringLiteral("SELECT code, name, name_en FROM agency"));
    if (!agencies)
        return agencies.error();
    auto types = referenceNames(
        db, QStringLiteral("SELECT code, name_vi, name_en, sort_order FROM support_type"));
    if (!types)
        return types.error();
    const QHash<QString, RefName> noNames;

    domain::SummaryFigures f;
    f.from = from;
    f.to = to;
    const Tally total = tallyOf(*t, QStringLiteral("total"), QString());
    f.persons = total.first;
    f.receptions = total.n;
    const qint64 under16 = tallyOf(*t, QStringLiteral("age"), QStringLiteral("under_16")).first;
    f.groups.childrenUnder16 = under16;
    f.groups.minorsUnder18 =
        under16 + tallyOf(*t, QStringLiteral("age"), QStringLiteral("under_18")).first;
    f.groups.foreignNationals =
        total.first - tallyOf(*t, QStringLiteral("nationality"), QStringLiteral("VN")).first;
    qint64 majority = 0;
    for (const char *code : {"00", "01", "99"})
        majority += tallyOf(*t, QStringLiteral("ethnicity"), QLatin1String(code)).first;
    f.groups.ethnicMinorities = total.first - majority;
    const QString home = homeProvinceCode.isNull() ? QString() : homeProvinceCode;
    qint64 homeOrUnknown = tallyOf(*t, QStringLiteral("province"), QString()).first;
    if (!home.isEmpty())
        homeOrUnknown += tallyOf(*t, QStringLiteral("province"), home).first;
    f.groups.otherProvinceResidents = total.first - homeOrUnknown;

    // Section 1.
    f.byCountry = countRows(*t, QStringLiteral("country"), *countries);
    sortByReceptions(f.byCountry);
    f.byAgency = countRows(*t, QStringLiteral("agency"), *agencies);
    sortByReceptions(f.byAgency);
    f.byRoute = countRows(*t, QStringLiteral("route"), noNames);
    sortByOrder(f.byRoute, routeOrder, [](const domain::CountRow &r) { return r.code; });
    f.byIdentificationStatus = countRows(*t, QStringLiteral("status"), noNames);
    sortByOrder(
        f.byIdentificationStatus, statusOrder, [](const domain::CountRow &r) { return r.code; });

    // Section 2: persons by sex × age band at their first reception in the range.
    if (const auto d = t->find(QStringLiteral("sex_age")); d != t->end()) {
        for (const auto &[code, tally] : d->second) {
            if (tally.first <= 0)
                continue;
            const qsizetype bar = code.indexOf(QLatin1Char('|'));
            domain::SexAgeRow row;
            row.sex = code.left(bar);
            row.ageBand = code.mid(bar + 1);
            row.persons = tally.first;
            f.bySexAge.append(row);
        }
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
    f.byNationality = countRows(*t, QStringLiteral("nationality"), *countries);
    f.byNationality.removeIf([](const domain::CountRow &r) { return r.code == u"VN"; });
    std::sort(f.byNationality.begin(),
              f.byNationality.end(),
              [](const domain::CountRow &a, const domain::CountRow &b) {
                  if (a.persons != b.persons)
                      return a.persons > b.persons;
                  if (a.receptions != b.receptions)
                      return a.receptions > b.receptions;
                  return a.code < b.code;
              });

    // Section 3: supports by type ("support": type|status).
    {
        std::map<QString, domain::SupportRow> byType;
        if (const auto d = t->find(QStringLiteral("support")); d != t->end()) {
            for (const auto &[code, tally] : d->second) {
                if (tally.n <= 0)
                    continue;
                const qsizetype bar = code.indexOf(QLatin1Char('|'));
                const QString type = code.left(bar);
                const QString status = code.mid(bar + 1);
                domain::SupportRow &row = byType[type];
                row.type = type;
                if (status == u"provided") {
                    row.times += tally.n;
                    row.quantity += tally.quantity;
                    row.amountVnd += tally.amount;
                } else if (status == u"referred") {
                    row.referred += tally.n;
                } else if (status == u"declined") {
                    row.declined += tally.n;
                } else if (status == u"not_needed") {
                    row.notNeeded += tally.n;
                }
            }
        }
        QList<domain::SupportRow> rows;
        for (auto &[type, row] : byType) {
            const auto name = types->constFind(type);
            if (name != types->constEnd()) {
                row.name = name->name;
                row.nameEn = name->nameEn;
            }
            row.persons = tallyOf(*t, QStringLiteral("support_person"), type).first;
            rows.append(row);
        }
        std::stable_sort(rows.begin(),
                         rows.end(),
                         [&](const domain::SupportRow &a, const domain::SupportRow &b) {
                             const qint64 oa = types->value(a.type).sortOrder;
                             const qint64 ob = types->value(b.type).sortOrder;
                             if (oa != ob)
                                 return oa < ob;
                             return a.type < b.type;
                         });
        for (const domain::SupportRow &row : rows) {
            f.supports += row.times;
            f.supportAmountVnd += row.amountVnd;
            f.supportsReferred += row.referred;
            f.supportsDeclined += row.declined;
            f.supportsNotNeeded += row.notNeeded;
        }
        f.supportRows = rows;
        f.personsSupported = tallyOf(*t, QStringLiteral("supported"), QString()).first;
    }

    // Section 4: outcomes (persons on their last reception in the range), follow-ups.
    if (const auto d = t->find(QStringLiteral("outcome")); d != t->end()) {
        for (const auto &[code, tally] : d->second) {
            if (tally.n <= 0)
                continue;
            domain::OutcomeRow row;
            row.code = code;
            row.persons = tally.first;
            row.receptions = tally.n;
            f.outcomes.append(row);
        }
    }
    sortByOrder(f.outcomes, outcomeOrder, [](const domain::OutcomeRow &r) { return r.code; });
    const Tally followUps = tallyOf(*t, QStringLiteral("follow_up"), QString());
    f.followUps = followUps.n;
    f.personsFollowedUp = followUps.first;

    // Section 5: border handover batches (a small table, read directly).
    if (auto r = handovers(from, to, f.handovers); !r)
        return r.error();
    // Section 6: case work (the receptions opened are the period's receptions).
    f.caseWork.opened = f.receptions;
    if (auto r = caseWork(from, to, f.caseWork); !r)
        return r.error();
    // Shelter (ShelterReportQueries.cpp).
    if (auto r = report::shelterFigures(
            m_db.connection(), from, to, domain::Clock::instance().today(), f.shelter);
        !r)
        return r.error();
    // Section 7: the hotline's calls (HotlineReportQueries.cpp).
    if (auto r = report::hotlineFigures(m_db.connection(), from, to, f.hotline); !r)
        return r.error();
    return f;
}

Result<void>
ReportQueries::caseWork(const QDate &from, const QDate &to, domain::CaseWorkCounts &figures) const
{
    const Runner runner(m_db.connection(), from, to);
    const auto count = [&](const QString &statement, const char *context) -> Result<qint64> {
        auto q = runner.run(statement, context);
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toLongLong() : 0;
    };
    // Closed: through the partial index on closing dates (resources/sql/*/0009_case_work.sql).
    auto closed = count(QStringLiteral("SELECT COUNT(*) FROM reception r"
                                       " JOIN person p ON p.id = r.person_id"
                                       " WHERE r.closed_date <> '' AND r.closed_date >= :from"
                                       "  AND r.closed_date <= :to AND r.case_status = 'closed'"
                                       "  AND r.archived = 0 AND p.archived = 0"),
                        "report.caseWork.closed");
    if (!closed)
        return closed.error();
    // With a plan: from the goals (few), not from every reception of the period.
    auto withPlan = count(QStringLiteral("SELECT COUNT(DISTINCT g.reception_id) FROM plan_goal g"
                                         " JOIN reception r ON r.id = g.reception_id"
                                         " JOIN person p ON p.id = r.person_id"
                                         " WHERE g.archived = 0 AND r.archived = 0"
                                         "  AND p.archived = 0 AND r.reception_date >= :from"
                                         "  AND r.reception_date <= :to"),
                          "report.caseWork.plan");
    if (!withPlan)
        return withPlan.error();
    // Follow-ups after a handover: the tasks of those rules due in the period, done or not;
    // a cancelled task (the case reopened) is no longer due.
    const QString followUpTasks =
        QStringLiteral("SELECT COUNT(*) FROM task t JOIN task_rule k ON k.code = t.rule_code"
                       " JOIN person p ON p.id = t.person_id"
                       " WHERE k.kind = 'follow_up_after_handover' AND t.rule_code <> ''"
                       "  AND t.due_date >= :from AND t.due_date <= :to AND t.archived = 0"
                       "  AND p.archived = 0 AND t.status %1");
    auto due =
        count(followUpTasks.arg(QStringLiteral("<> 'cancelled'")), "report.caseWork.followUpsDue");
    if (!due)
        return due.error();
    auto done =
        count(followUpTasks.arg(QStringLiteral("= 'done'")), "report.caseWork.followUpsDone");
    if (!done)
        return done.error();
    figures.closed = *closed;
    figures.withPlan = *withPlan;
    figures.followUpsDue = *due;
    figures.followUpsDone = *done;
    return {};
}

Result<void>
ReportQueries::handovers(const QDate &from, const QDate &to, domain::HandoverCounts &figures) const
{
    const Runner runner(m_db.connection(), from, to);
    auto q = runner.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(persons_total), 0),"
                                       " COUNT(CASE WHEN classified <> 0 THEN 1 END),"
                                       " COALESCE(SUM(persons_verified), 0),"
                                       " COALESCE(SUM(cases_identified), 0),"
                                       " COALESCE(SUM(victims_identified), 0)"
                                       " FROM handover_batch WHERE archived = 0"
                                       "  AND batch_date >= :from AND batch_date <= :to"),
                        "report.handovers");
    if (!q)
        return q.error();
    if (q->next()) {
        figures.batches = q->value(0).toLongLong();
        figures.persons = q->value(1).toLongLong();
        figures.verifiedBatches = q->value(2).toLongLong();
        figures.verifiedPersons = q->value(3).toLongLong();
        figures.cases = q->value(4).toLongLong();
        figures.victims = q->value(5).toLongLong();
    }
    return {};
}

Result<void> ReportQueries::ensureSummaries() const
{
    auto dirty = m_db.dialect().reportSummaryPending(m_db.connection());
    if (!dirty)
        return dirty.error();
    if (!*dirty || m_db.isReadOnly())
        return {};
    // Records written past storage::Transaction (none in the application): summarise them now.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    return transaction.commit();
}

Result<domain::PeriodSummary> ReportQueries::summary(const domain::Period &period,
                                                     const QString &homeProvinceCode) const
{
    QString home = homeProvinceCode;
    if (home.isEmpty()) {
        auto stored = this->homeProvinceCode();
        if (!stored)
            return stored.error();
        home = *stored;
    }
    domain::PeriodSummary summary;
    summary.from = period.from();
    summary.to = period.to();
    auto total = figures(period.from(), period.to(), home);
    if (!total)
        return total.error();
    summary.total = *total;
    for (int year = period.from().year(); year <= period.to().year(); ++year) {
        const QDate from = std::max(period.from(), QDate(year, 1, 1));
        const QDate to = std::min(period.to(), QDate(year, 12, 31));
        auto yearFigures = figures(from, to, home);
        if (!yearFigures)
            return yearFigures.error();
        summary.years.append(domain::YearFigures{year, *yearFigures});
    }
    return summary;
}

} // namespace sr::storage
