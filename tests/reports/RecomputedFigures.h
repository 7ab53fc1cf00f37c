#pragma once

#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace sr::storage {
class Database;
}

namespace sr::test {

/**
 * The figures of storage::ReportQueries::figures() computed from the records themselves
 * (window functions over the receptions of the range, COUNT(DISTINCT …)), without the
 * summaries; its cost grows with the records of the range. InvalidInput for an invalid or
 * reversed range.
 */
Result<domain::SummaryFigures> recomputedFigures(storage::Database &db,
                                                 const QDate &from,
                                                 const QDate &to,
                                                 const QString &homeProvinceCode);

} // namespace sr::test
