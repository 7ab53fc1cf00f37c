#pragma once

// Internal to storage: section 9 of the period report, prevention activities and clubs
// (docs/centre-work.md, "## Prevention"; docs/report-json.md, "prevention"). Called by
// ReportQueries::figures() for the period and each of its years.
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace sr::storage::report {

/**
 * The prevention figures of [@a from, @a to]: activities not archived whose start date lies in
 * the range, by kind; distinct communes reached, in each era's list; the communes of Quảng Ninh
 * in each era's reference list; clubs not archived founded on or before @a to (or of unknown
 * founding date) and their members.
 */
Result<void> preventionFigures(const QSqlDatabase &db,
                               const QDate &from,
                               const QDate &to,
                               domain::PreventionFigures &figures);

} // namespace sr::storage::report
