#pragma once

#include "domain/Actor.h"
#include "domain/Period.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"
#include "reports/ReportFormat.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Use case "period summary report" (docs/domain-guide.md): the figures of a period for the acting user,
 * and the report written to a file as JSON, HTML, PDF, OpenDocument text (ODT) or an .xlsx
 * workbook of its tables (one sheet per section, docs/spreadsheets.md). The figures hold no personal data
 * (counts only), so every role may see them; each file written or printed is audited.
 */
class ReportService
{
public:
    enum class Format { Json, Html, Pdf, Odt, Xlsx };

    explicit ReportService(storage::Database &db);

    /** "json", "html", "pdf", "odt" or "xlsx" (case-insensitive); nothing otherwise. */
    static std::optional<Format> formatFromCode(QStringView code);
    static QString formatCode(Format format);

    /**
     * The summary of @a period with the organisation issuing it (header, number line, place,
     * signature; docs/report-layout.md) and today's date (domain::Clock) filled in.
     */
    Result<domain::PeriodSummary> summary(const domain::Actor &actor,
                                          const domain::Period &period) const;

    /**
     * Writes @a summary to @a filePath atomically (QSaveFile: the old file stays until the new
     * one is complete; owner-only permissions) and appends an audit row "report" with the
     * period, format and file name. HTML, PDF and ODT need a QGuiApplication (the chart).
     */
    Result<void> write(const domain::Actor &actor,
                       const domain::PeriodSummary &summary,
                       Format format,
                       reports::Language language,
                       const QString &filePath) const;

    /** summary() then write(); returns the summary written. */
    Result<domain::PeriodSummary> writeReport(const domain::Actor &actor,
                                              const domain::Period &period,
                                              Format format,
                                              reports::Language language,
                                              const QString &filePath) const;

    /**
     * Whether a report may be written to @a filePath (never over the database, its journal
     * files or another SafeReturn database: storage::checkOutputTarget). For files that Qt's
     * print dialog writes ("print to file") without going through write().
     */
    Result<void> checkOutputFile(const QString &filePath) const;

    /** Audits a printout of @a summary (the UI prints through QPrintPreviewDialog). */
    Result<void> recordPrinted(const domain::Actor &actor,
                               const domain::PeriodSummary &summary) const;

private:
    Result<void> audit(const domain::Actor &actor,
                       const domain::PeriodSummary &summary,
                       const QString &format,
                       const QString &fileName) const;

    storage::Database &m_db;
};

} // namespace sr::services
