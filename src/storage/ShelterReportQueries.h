#pragma once

// Internal to storage: the shelter part of the period report (docs/report-json.md, "shelter"),
// called by ReportQueries::figures().
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace sr::storage::report {

/**
 * The shelter figures of [from, to] (domain::ShelterCounts): stays of live receptions and
 * persons meeting the period; an open stay counts its days up to @a today at the latest.
 */
Result<void> shelterFigures(const QSqlDatabase &db,
                            const QDate &from,
                            const QDate &to,
                            const QDate &today,
                            domain::ShelterCounts &figures);

} // namespace sr::storage::report
