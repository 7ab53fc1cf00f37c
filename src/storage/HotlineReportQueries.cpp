#include "HotlineReportQueries.h"

#include "ReportRunner.h"
#include "domain/Hotline.h"

namespace sr::storage::report {

Result<void> hotlineFigures(const QSqlDatabase &db,
                            const QDate &from,
                            const QDate &to,
                            domain::HotlineCounts &figures)
{
    const Runner runner(db, from, to);
    // One pass over the period's calls: the totals, then one sum per action. The codes are the
    // domain's constants (HotlineRecord.cpp), written into the statement, never user text; a
    // code is matched whole within the comma-separated list. A call became a case when it links
    // to a person in use: an archived person is counted nowhere in the report.
    const QList<domain::CallAction> actions = domain::allValues<domain::CallAction>();
    QStringList columns{QStringLiteral("COUNT(*)"),
                        QStringLiteral("COUNT(CASE WHEN urgency = 'emergency' THEN 1 END)"),
                        QStringLiteral("COUNT(CASE WHEN EXISTS (SELECT 1 FROM person p WHERE"
                                       " p.id = hotline_call.person_id AND p.archived = 0)"
                                       " THEN 1 END)")};
    for (const domain::CallAction action : actions)
        columns << QStringLiteral(
                       "COUNT(CASE WHEN (',' || actions || ',') LIKE '%,%1,%' THEN 1 END)")
                       .arg(domain::toCode(action));
    auto totals = runner.run(QStringLiteral("SELECT %1 FROM hotline_call WHERE archived = 0"
                                            " AND call_date >= :from AND call_date <= :to")
                                 .arg(columns.join(QStringLiteral(", "))),
                             "report.hotline");
    if (!totals)
        return totals.error();
    figures = domain::HotlineCounts{};
    if (totals->next()) {
        figures.calls = totals->value(0).toLongLong();
        figures.emergencies = totals->value(1).toLongLong();
        figures.becameCases = totals->value(2).toLongLong();
        for (qsizetype i = 0; i < actions.size(); ++i)
            figures.byAction.append(domain::HotlineRow{domain::toCode(actions.at(i)),
                                                       totals->value(int(3 + i)).toLongLong()});
    }
    auto reasons = runner.run(QStringLiteral("SELECT reason, COUNT(*) FROM hotline_call"
                                             " WHERE archived = 0 AND call_date >= :from"
                                             "  AND call_date <= :to GROUP BY reason"),
                              "report.hotline.reasons");
    if (!reasons)
        return reasons.error();
    QHash<QString, qint64> byReason;
    while (reasons->next())
        byReason.insert(reasons->value(0).toString(), reasons->value(1).toLongLong());
    for (const QString &code : domain::allCodes<domain::CallReason>())
        figures.byReason.append(domain::HotlineRow{code, byReason.value(code)});
    return {};
}

} // namespace sr::storage::report
