#pragma once

#include "ReportFormat.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QIODevice>
#include <QPageLayout>
#include <QTextDocument>

namespace sr::reports {

/**
 * Writes the report as a PDF (A4 portrait, page numbers in a footer, Noto fonts embedded so
 * Vietnamese diacritics survive on any machine) to @a device, which must be open for
 * writing. Needs a QGuiApplication. Io error when the device fails.
 */
Result<void>
writeReportPdf(const domain::PeriodSummary &summary, Language language, QIODevice *device);

/**
 * Portrait, or landscape when the period spans more than four calendar years (the year
 * columns would not fit the width of a portrait A4 page).
 */
QPageLayout::Orientation reportOrientation(const domain::PeriodSummary &summary);

/**
 * Paints @a document page by page on @a device (a QPdfWriter or QPrinter) with the footer
 * "Trang n/N" ("Page n of N"); used by writeReportPdf() and by the print preview.
 */
void paintReportPages(QTextDocument &document, QPagedPaintDevice &device, Language language);

} // namespace sr::reports
