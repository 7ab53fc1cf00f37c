#include "PeriodSummary.h"

namespace sr::domain {

std::optional<SummaryFigures> PeriodSummary::yearFigures(int year) const
{
    for (const YearFigures &y : years) {
        if (y.year == year)
            return y.figures;
    }
    return std::nullopt;
}

qint64 sumPersons(const QList<CountRow> &rows)
{
    qint64 sum = 0;
    for (const CountRow &row : rows)
        sum += row.persons;
    return sum;
}

qint64 sumReceptions(const QList<CountRow> &rows)
{
    qint64 sum = 0;
    for (const CountRow &row : rows)
        sum += row.receptions;
    return sum;
}

} // namespace sr::domain
