#include "PreventionReportQueries.h"

#include "ReportRunner.h"
#include "domain/Enums.h"

namespace sr::storage::report {

namespace {

/** Adds @a n communes of the era whose code is @a era to @a reach. */
void addReach(domain::CommuneReach &reach, const QString &era, qint64 n)
{
    if (era == domain::toCode(domain::AdminEra::Pre2025))
        reach.pre2025 += n;
    else if (era == domain::toCode(domain::AdminEra::From2025))
        reach.from2025 += n;
}

} // namespace

Result<void> preventionFigures(const QSqlDatabase &db,
                               const QDate &from,
                               const QDate &to,
                               domain::PreventionFigures &figures)
{
    figures = domain::PreventionFigures{};
    const Runner runner(db, from, to);
    const QString province = QString::fromLatin1(domain::kPreventionProvince);

    // Every kind, in declaration order, zero rows included: the report names each kind.
    for (const domain::PreventionKind kind : domain::allValues<domain::PreventionKind>()) {
        domain::PreventionKindRow row;
        row.kind = kind;
        figures.byKind.append(row);
    }
    auto rowOf = [&figures](const QString &code) -> domain::PreventionKindRow * {
        const std::optional<domain::PreventionKind> kind =
            domain::fromCode<domain::PreventionKind>(code);
        if (!kind)
            return nullptr;
        for (domain::PreventionKindRow &row : figures.byKind) {
            if (row.kind == *kind)
                return &row;
        }
        return nullptr;
    };

    auto sums = runner.run(
        QStringLiteral(
            "SELECT kind, COUNT(*), COALESCE(SUM(quantity), 0),"
            " COALESCE(SUM(participants_total), 0), COALESCE(SUM(participants_women), 0),"
            " COALESCE(SUM(participants_minorities), 0)"
            " FROM prevention_activity WHERE archived = 0"
            "  AND start_date >= :from AND start_date <= :to GROUP BY kind"),
        "report.prevention");
    if (!sums)
        return sums.error();
    while (sums->next()) {
        domain::PreventionKindRow *row = rowOf(sums->value(0).toString());
        if (!row)
            continue; // a code of a later version: left out rather than miscounted
        row->activities = sums->value(1).toLongLong();
        row->quantity = sums->value(2).toLongLong();
        row->participants = sums->value(3).toLongLong();
        row->women = sums->value(4).toLongLong();
        row->minorities = sums->value(5).toLongLong();
        figures.activities += row->activities;
        figures.participants += row->participants;
        figures.women += row->women;
        figures.minorities += row->minorities;
    }

    // Distinct communes of Quảng Ninh's lists, by kind and era; then over every kind.
    const QString reached = QStringLiteral(
        " FROM prevention_activity a JOIN commune c ON c.era = a.era AND c.code = a.commune_code"
        " WHERE a.archived = 0 AND c.province_code = :province"
        "  AND a.start_date >= :from AND a.start_date <= :to");
    auto byKind = runner.run(QStringLiteral("SELECT a.kind, a.era, COUNT(DISTINCT a.commune_code)")
                                 + reached + QStringLiteral(" GROUP BY a.kind, a.era"),
                             "report.prevention",
                             {{QStringLiteral(":province"), province}});
    if (!byKind)
        return byKind.error();
    while (byKind->next()) {
        if (domain::PreventionKindRow *row = rowOf(byKind->value(0).toString()))
            addReach(row->communes, byKind->value(1).toString(), byKind->value(2).toLongLong());
    }
    auto all = runner.run(QStringLiteral("SELECT a.era, COUNT(DISTINCT a.commune_code)") + reached
                              + QStringLiteral(" GROUP BY a.era"),
                          "report.prevention",
                          {{QStringLiteral(":province"), province}});
    if (!all)
        return all.error();
    while (all->next())
        addReach(figures.communes, all->value(0).toString(), all->value(1).toLongLong());

    // The province's total in each era: the reference lists, never a number written here.
    auto totals = runner.run(QStringLiteral("SELECT era, COUNT(*) FROM commune"
                                            " WHERE province_code = :province GROUP BY era"),
                             "report.prevention",
                             {{QStringLiteral(":province"), province}});
    if (!totals)
        return totals.error();
    while (totals->next())
        addReach(figures.communesTotal, totals->value(0).toString(), totals->value(1).toLongLong());

    // Clubs active at the end of the range: not archived, founded by then (or date unknown).
    // The statement names no :from, so the runner binds only the :to given here.
    auto clubs = runner.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(members), 0)"
                                           " FROM prevention_club WHERE archived = 0"
                                           "  AND (founded_date = '' OR founded_date <= :to)"),
                            "report.prevention",
                            {{QStringLiteral(":to"), sql::isoDate(to)}});
    if (!clubs)
        return clubs.error();
    if (clubs->next()) {
        figures.clubsActive = clubs->value(0).toLongLong();
        figures.clubMembers = clubs->value(1).toLongLong();
    }
    return {};
}

} // namespace sr::storage::report
