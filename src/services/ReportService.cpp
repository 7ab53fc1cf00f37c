#include "ReportService.h"

#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/FileErrors.h"
#include "exchange/XlsxWriter.h"
#include "reports/ReportDocument.h"
#include "reports/ReportJson.h"
#include "reports/ReportPdf.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/RecordCensus.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportQueries.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

namespace {

/** "  – " before an indented row's label, as the HTML table shows it. */
QString rowLabel(const reports::ReportTable::Row &row)
{
    switch (row.style) {
    case reports::ReportTable::Style::Indented:
        return QStringLiteral("  – ") + row.label;
    case reports::ReportTable::Style::SubIndented:
        return QStringLiteral("      + ") + row.label.trimmed();
    default:
        return row.label;
    }
}

/**
 * The tables of the report (reports::reportTables) as an .xlsx workbook, one sheet per section
 * (docs/spreadsheets.md "## Report workbook"): the section's heading and the period on the
 * first two rows, the column headers on the fourth (frozen with the label column), the figures
 * as numbers, amounts with the money format.
 */
Result<qint64> writeWorkbook(const domain::PeriodSummary &summary,
                             reports::Language language,
                             const QString &filePath,
                             QIODevice *device)
{
    using Style = exchange::XlsxWriter::Style;
    exchange::XlsxWriter book(QFileInfo(filePath).absolutePath());
    for (const reports::ReportTable &table : reports::reportTables(summary, language)) {
        const int sheet = book.addSheet(table.title);
        book.writeString(sheet, 0, 0, table.title, Style::Title);
        book.writeString(sheet, 1, 0, reports::formatRange(summary.from, summary.to, language));
        constexpr int headerRow = 3;
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            book.writeString(sheet, headerRow, int(c), table.header.at(c), Style::Header);
            book.setColumnWidth(sheet, int(c), c == 0 ? 48 : (table.money.value(c) ? 18 : 12));
        }
        book.setRowHeight(sheet, headerRow, 45);
        book.freezePanes(sheet, headerRow + 1, 1);
        int row = headerRow + 1;
        for (const reports::ReportTable::Row &r : table.rows) {
            const bool bold = r.style == reports::ReportTable::Style::Bold
                              || r.style == reports::ReportTable::Style::Heading;
            book.writeString(sheet, row, 0, rowLabel(r), bold ? Style::Bold : Style::Plain);
            for (qsizetype c = 0; c < r.cells.size(); ++c) {
                const QString &cell = r.cells.at(c);
                const int column = int(c) + 1;
                bool isNumber = false;
                const qint64 number = cell.toLongLong(&isNumber);
                if (cell.isEmpty())
                    continue;
                if (!isNumber) {
                    book.writeString(sheet, row, column, cell, bold ? Style::Bold : Style::Plain);
                    continue;
                }
                const bool money = table.money.value(column);
                book.writeNumber(sheet,
                                 row,
                                 column,
                                 double(number),
                                 money ? (bold ? Style::BoldMoney : Style::Money)
                                       : (bold ? Style::BoldInteger : Style::Integer));
            }
            ++row;
        }
    }
    return book.finish(device);
}

} // namespace

ReportService::ReportService(storage::Database &db)
    : m_db(db)
{}

std::optional<ReportService::Format> ReportService::formatFromCode(QStringView code)
{
    if (code.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (code.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return Format::Html;
    if (code.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    if (code.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0)
        return Format::Odt;
    if (code.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

QString ReportService::formatCode(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

Result<domain::PeriodSummary> ReportService::summary(const domain::Actor &actor,
                                                     const domain::Period &period) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    if (!period.from().isValid() || !period.to().isValid() || period.to() < period.from())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: invalid period"));
    auto organisation = storage::ReferenceRepository(m_db).organisation();
    if (!organisation)
        return organisation.error();
    auto summary = storage::ReportQueries(m_db).summary(period, organisation->provinceCode);
    if (!summary)
        return summary.error();
    summary->issuer = *organisation;
    summary->issuedOn = domain::Clock::instance().now().toLocalTime().date();
    const Result<bool> demonstration = storage::holdsDemoData(m_db);
    if (!demonstration)
        return demonstration.error();
    summary->demonstration = *demonstration;
    return summary;
}

Result<void> ReportService::write(const domain::Actor &actor,
                                  const domain::PeriodSummary &summary,
                                  Format format,
                                  reports::Language language,
                                  const QString &filePath) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    if (filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: no file name"));
    storage::OutputFile file(filePath);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened.error();
    switch (format) {
    case Format::Json:
        file.device()->write(reports::reportToJsonBytes(summary));
        break;
    case Format::Html:
        file.device()->write(
            reports::reportHtml(summary, language, reports::ChartImage::Embedded).toUtf8());
        break;
    case Format::Pdf:
        if (auto written = reports::writeReportPdf(summary, language, file.device()); !written) {
            file.cancel();
            return aboutFile(written.error(), file.path(), ErrorReason::DeviceError);
        }
        break;
    case Format::Odt:
        if (auto written = reports::writeReportOdt(summary, language, file.device()); !written) {
            file.cancel();
            return aboutFile(written.error(), file.path(), ErrorReason::DeviceError);
        }
        break;
    case Format::Xlsx:
        if (auto written = writeWorkbook(summary, language, filePath, file.device()); !written) {
            const Error error = file.hasError()
                                    ? file.writeError()
                                    : aboutFile(written.error(),
                                                file.path(),
                                                written.error().code == ErrorCode::DiskFull
                                                    ? ErrorReason::None
                                                    : ErrorReason::DeviceError);
            file.cancel();
            return error;
        }
        break;
    }
    // The audit row and the file go together, as for CSV exports: the row commits only once
    // every byte of the file is on the disk.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor, summary, formatCode(format), QFileInfo(filePath).fileName());
        !audited)
        return audited.error();
    if (auto committed = commitAuditedFile(file, transaction); !committed)
        return committed.error();
    return {};
}

Result<void> ReportService::checkOutputFile(const QString &filePath) const
{
    return storage::checkOutputTarget(m_db, filePath);
}

Result<domain::PeriodSummary> ReportService::writeReport(const domain::Actor &actor,
                                                         const domain::Period &period,
                                                         Format format,
                                                         reports::Language language,
                                                         const QString &filePath) const
{
    auto s = summary(actor, period);
    if (!s)
        return s.error();
    if (auto written = write(actor, *s, format, language, filePath); !written)
        return written.error();
    return s;
}

Result<void> ReportService::recordPrinted(const domain::Actor &actor,
                                          const domain::PeriodSummary &summary) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor, summary, QStringLiteral("print"), {}); !audited)
        return audited;
    return transaction.commit();
}

Result<void> ReportService::audit(const domain::Actor &actor,
                                  const domain::PeriodSummary &summary,
                                  const QString &format,
                                  const QString &fileName) const
{
    QJsonObject details{{QStringLiteral("period_from"), summary.from.toString(Qt::ISODate)},
                        {QStringLiteral("period_to"), summary.to.toString(Qt::ISODate)},
                        {QStringLiteral("format"), format}};
    if (!fileName.isEmpty())
        details.insert(QStringLiteral("file"), fileName);
    return appendAuditRow(m_db, actor, QStringLiteral("report"), details);
}

} // namespace sr::services
