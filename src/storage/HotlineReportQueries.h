#pragma once

// Internal to storage: the hotline's part of the period report (HotlineReportQueries.cpp),
// called by ReportQueries::figures().
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace sr::storage::report {

/**
 * The hotline's figures of the days [@a from, @a to] (domain::HotlineCounts), read directly
 * from hotline_call: a small table, walked by its date index
 * (resources/sql/sqlite/0014_centre_work.sql).
 */
Result<void> hotlineFigures(const QSqlDatabase &db,
                            const QDate &from,
                            const QDate &to,
                            domain::HotlineCounts &figures);

} // namespace sr::storage::report
