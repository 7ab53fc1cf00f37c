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
 * Paints @a document page by page on @a device (a QPdfWriter or QPrinter): a section heading
 * is never left alone at the foot of a page, the signature block is never split, and pages
 * from the second on carry their number centred in the top margin. Used by writeReportPdf()
 * and by the print preview.
 */
void paintReportPages(QTextDocument &document, QPagedPaintDevice &device);

} // namespace sr::reports
