#pragma once

#include "ReportFormat.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace sr::reports {

/** How the chart image is referenced by the HTML. */
enum class ChartImage {
    Resource, ///< <img src="chart:receptions">, added to the QTextDocument as a resource
    Embedded, ///< a data: URL with the PNG, for a standalone .html file
    None,     ///< no chart (no QGuiApplication needed)
};

/** The user state of a section heading's block in createReportDocument()'s document. */
constexpr int kHeadingState = 1;

/** The URL of the chart image resource in documents made by createReportDocument(). */
QUrl chartResourceUrl();

/**
 * The report as HTML for QTextDocument, in the Vietnamese administrative layout: issuing
 * body left and the national motto block right, place and date line, title with the period,
 * a narrative in the style of the provincial reports, the chart, the five sections as tables
 * split by calendar year with a total column, and the signature block.
 */
QString reportHtml(const domain::PeriodSummary &summary,
                   Language language,
                   ChartImage chart = ChartImage::Resource);

/**
 * A table of the report's part II (one per section: persons, who they are, supports, …), as
 * the HTML shows it, for a spreadsheet (services::ReportService writes them as an .xlsx
 * workbook, one sheet each). Counts are plain digits ("2532") so they are read back as numbers;
 * other cells (a percentage, a fraction of communes, "–") are text.
 */
struct ReportTable
{
    enum class Style { Normal, Bold, Heading, Indented, SubIndented };
    struct Row
    {
        QString label;
        QStringList cells; ///< one per header column after the first; none for a Heading
        Style style = Style::Normal;
    };
    QString title; ///< "1. Số người được tiếp nhận, hỗ trợ"
    QStringList header; ///< the label column's, then "Năm 2024 – Người", …, "Tổng cộng – Người"
    QList<bool> money; ///< per header column: an amount in đồng
    QList<Row> rows;
};

/** The tables of reportHtml()'s part II, in its order and language. */
QList<ReportTable> reportTables(const domain::PeriodSummary &summary, Language language);

/** The narrative paragraphs ("Giai đoạn … đã tiếp nhận, hỗ trợ 26 người …") as plain text. */
QStringList reportNarrative(const domain::PeriodSummary &summary, Language language);

/**
 * A QTextDocument holding reportHtml() with the chart image added as a resource, the report
 * face (Liberation Serif, metrically Times New Roman) set, and lines that break at word
 * boundaries only. Needs a QGuiApplication.
 */
std::unique_ptr<QTextDocument> createReportDocument(const domain::PeriodSummary &summary,
                                                    Language language);

/**
 * Writes the report as an OpenDocument text (.odt) to @a device, open for writing: the document
 * of createReportDocument(), editable in LibreOffice or Word. Needs a QGuiApplication.
 */
Result<void>
writeReportOdt(const domain::PeriodSummary &summary, Language language, QIODevice *device);

/** Makes sure the report's fonts are known to Qt (loads them from the system font folders). */
void ensureReportFonts();

} // namespace sr::reports
