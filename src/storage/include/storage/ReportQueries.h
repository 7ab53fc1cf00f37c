#pragma once

#include "domain/Period.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace sr::storage {

class Database;

/**
 * The aggregates of the period summary report. Every figure is computed by SQL
 * aggregates in the database (GROUP BY, COUNT(DISTINCT …), SUM, window functions), never
 * by loading records into memory. Archived records are left out: a reception counts only
 * when neither it nor its person is archived; a support or follow-up only when it, its
 * reception and its person are not archived; a batch only when it is not archived.
 *
 * figures() reads the summaries kept with the records (report_month and the per-record
 * facts of migration 6): its cost grows with the months of the range, not with the records.
 *
 * Inclusion: a reception when its date is inside the range, a support and a follow-up by
 * their own dates, a batch by its date. In lists split by a reception attribute a person
 * counts once, in the row of their first reception in the range (outcomes: their latest).
 */
class ReportQueries
{
public:
    explicit ReportQueries(Database &db);

    /**
     * Figures for the days [@a from, @a to]. @a homeProvinceCode is the centre's province
     * (GSO code): persons whose residence province is known and different count as residents
     * of other provinces. InvalidInput when a date is invalid or @a to is before @a from.
     */
    Result<domain::SummaryFigures>
    figures(const QDate &from, const QDate &to, const QString &homeProvinceCode) const;

    /**
     * The whole report: figures for the period and for each calendar year it touches.
     * An empty @a homeProvinceCode is read from the settings (org_province_code, else "22").
     * The header fields (issuing body, place, date) are left for the caller to fill.
     */
    Result<domain::PeriodSummary> summary(const domain::Period &period,
                                          const QString &homeProvinceCode = {}) const;

    /** The centre's province code from the settings ("22" when not set). */
    Result<QString> homeProvinceCode() const;

private:
    Result<void>
    handovers(const QDate &from, const QDate &to, domain::HandoverCounts &figures) const;
    /** The case-work figures of [from, to] (receptions opened, closed, with a plan; follow-up
        tasks due and done), read directly from the records and tasks. */
    Result<void>
    caseWork(const QDate &from, const QDate &to, domain::CaseWorkCounts &figures) const;
    /** Summarises records noted but not yet summarised (only writes outside Transaction). */
    Result<void> ensureSummaries() const;

    Database &m_db;
};

} // namespace sr::storage
