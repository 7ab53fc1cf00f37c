#pragma once

#include "ReportFormat.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QIODevice>
#include <QPageLayout>
#include <QTextDocument>

namespace sr::reports {

/**
 * Writes the report as a PDF (A4 portrait, the fonts embedded so Vietnamese diacritics survive
 * on any machine) to @a device, which must be open for writing. Needs a QGuiApplication. Io
 * error when the device fails.
 */
Result<void>
writeReportPdf(const domain::PeriodSummary &summary, Language language, QIODevice *device);

/**
 * The page of an administrative document: A4 portrait with margins of 20 mm at the top and
 * bottom, 30 mm on the left and 15 mm on the right (docs/report-layout.md).
 */
QPageLayout reportPageLayout();

/**
 * What paintReportPages() adds to the pages besides the document. The default is the period
 * report's: its bare number centred in the top margin from the second page on, no footer, the
 * last table (the signature block) kept on one page.
 */
struct PageFurniture
{
    /**
     * The page number of every page, first included, from a text with %1 (this page) and %2
     * (the page count): "Trang %1/%2". Empty: the period report's bare number from page 2 on.
     */
    QString numberFormat;
    /** A line in the bottom margin of every page (a confidentiality notice); may be empty. */
    QString footer;
    /** Whether the last table starts a new page rather than being split across two. */
    bool keepLastTableWhole = true;
};

/**
 * Paints @a document page by page on @a device (a QPdfWriter or QPrinter): a section heading
 * is never left alone at the foot of a page, the last table (a signature block) is not split
 * when @a furniture says so, and the page numbers and footer of @a furniture are drawn in the
 * margins. Used by writeReportPdf(), the case documents (CaseDocuments.h) and the print
 * previews.
 */
void paintReportPages(QTextDocument &document,
                      QPagedPaintDevice &device,
                      const PageFurniture &furniture = {});

} // namespace sr::reports
