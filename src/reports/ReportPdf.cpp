#include "ReportPdf.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace sr::reports {

void paintReportPages(QTextDocument &document, QPagedPaintDevice &device, Language language)
{
    // Lay the document out for the device (fonts in points, images scaled to its resolution),
    // keeping room for the footer below the text of each page.
    document.documentLayout()->setPaintDevice(&device);
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const qreal footerHeight = dpi * 0.35; // about 9 mm
    const QSizeF pageSize(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(pageSize);
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    QFont footerFont(QStringLiteral("Noto Sans"), 8);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        document.drawContents(&painter, clip);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QString footer = reportText(language,
                                          QT_TRANSLATE_NOOP("sr::reports::Report", "Page %1 of %2"),
                                          "Trang %1/%2")
                                   .arg(page + 1)
                                   .arg(pageCount);
        const QRectF footerRect(0, pageSize.height(), pageSize.width(), footerHeight);
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignBottom, footer);
    }
    painter.end();
}

QPageLayout::Orientation reportOrientation(const domain::PeriodSummary &summary)
{
    return summary.years.size() > 4 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

Result<void>
writeReportPdf(const domain::PeriodSummary &summary, Language language, QIODevice *device)
{
    if (!device || !device->isWritable())
        return makeError(ErrorCode::Io, QStringLiteral("report.pdf: device not writable"));
    auto document = createReportDocument(summary, language);
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(reportOrientation(summary));
    // Vietnamese administrative documents: left 30 mm, right 15 mm, top/bottom 20 mm
    // (Decree 30/2020/NĐ-CP); a smaller left margin keeps the year tables readable.
    writer.setPageMargins(QMarginsF(25, 20, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("SafeReturn"));
    paintReportPages(*document, writer, language);
    return {};
}

} // namespace sr::reports
