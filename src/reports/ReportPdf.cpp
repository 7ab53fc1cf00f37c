#include "ReportPdf.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace sr::reports {

namespace {

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

/**
 * Lays the whole document out again after a format changed: Qt's incremental relayout after
 * a change to a laid-out document left blocks with space but no painted text.
 */
void relayOut(QTextDocument &document)
{
    document.markContentsDirty(0, document.characterCount());
    document.documentLayout()->documentSize();
}

void breakBefore(QTextDocument &document, const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    relayOut(document);
}

/**
 * A heading (a block with the user state kHeadingState, see reportHtml()) whose following lines would start
 * on the next page starts that page instead; @a room is how much of what follows must fit
 * under it. Headings are visited in order, so each decision sees the pages as the earlier
 * ones left them.
 */
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight, qreal room)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() != kHeadingState
            || block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        // What follows may have been moved to the next page by the layout (a table row that
        // does not fit): its own position counts, in document coordinates even in a cell.
        const QTextBlock next = block.next();
        const QRectF following =
            next.isValid() ? layout->blockBoundingRect(next) : QRectF(rect.bottomLeft(), QSizeF());
        const int page = pageOf(rect.top(), pageHeight);
        if (page != pageOf(following.top(), pageHeight)
            || page != pageOf(std::max(following.bottom(), rect.bottom() + room), pageHeight))
            breakBefore(document, block);
    }
}

/** The last table of the document (the signature block) starts a page when it would split. */
void keepLastTableWhole(QTextDocument &document, qreal pageHeight)
{
    QTextTable *last = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            last = table;
    }
    if (!last)
        return;
    const QRectF rect = document.documentLayout()->frameBoundingRect(last);
    if (pageOf(rect.top(), pageHeight) == pageOf(rect.bottom() - 1, pageHeight))
        return;
    QTextTableFormat format = last->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    last->setFormat(format);
    relayOut(document);
}

} // namespace

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       QPageLayout::Portrait,
                       QMarginsF(30, 20, 15, 20),
                       QPageLayout::Millimeter);
}

void paintReportPages(QTextDocument &document,
                      QPagedPaintDevice &device,
                      const PageFurniture &furniture)
{
    // Lay the document out for the device (fonts in points, images scaled to its resolution).
    // The page number stands in the top margin, so the text takes the whole paint rectangle.
    const int dpi = device.logicalDpiY();
    // Formats change before the layout for the device is made (a change after it left
    // blocks unpainted). A paragraph's first line is indented by 1 cm on paper; the HTML's indent is in pixels of
    // the screen, which a 300 dpi device would make a few points.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().textIndent() <= 0)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setTextIndent(dpi / 2.54);
        QTextCursor(block).setBlockFormat(format);
    }
    document.documentLayout()->setPaintDevice(&device);
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const QSizeF pageSize(paintRect.width(), paintRect.height());
    document.setPageSize(pageSize);
    // About three lines of a table under a heading: its header row and a first figure.
    keepHeadingsWithNext(document, pageSize.height(), dpi * 0.6);
    if (furniture.keepLastTableWhole)
        keepLastTableWhole(document, pageSize.height());
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    QFont numberFont = document.defaultFont();
    numberFont.setPointSize(13);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSize(9);
    footerFont.setItalic(true);
    const qreal topMargin = paintRect.top();
    const qreal bottomMargin =
        device.pageLayout().fullRectPixels(dpi).height() - paintRect.bottom();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        document.drawContents(&painter, clip);
        painter.restore();

        // Arabic numerals centred in the top margin: the period report's bare number from the
        // second page on, or "Trang x/y" on every page of a case document.
        painter.setPen(Qt::black);
        const QRectF numberRect(0, -topMargin, pageSize.width(), topMargin);
        if (!furniture.numberFormat.isEmpty()) {
            painter.setFont(numberFont);
            painter.drawText(numberRect,
                             Qt::AlignHCenter | Qt::AlignVCenter,
                             furniture.numberFormat.arg(page + 1).arg(pageCount));
        } else if (page > 0) {
            painter.setFont(numberFont);
            painter.drawText(
                numberRect, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(page + 1));
        }
        // The footer wraps within the width of the text, a little under its last line.
        if (!furniture.footer.isEmpty()) {
            painter.setFont(footerFont);
            const QRectF footerRect(
                0, pageSize.height() + bottomMargin * 0.15, pageSize.width(), bottomMargin * 0.7);
            painter.drawText(
                footerRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, furniture.footer);
        }
    }
    painter.end();
}

Result<void>
writeReportPdf(const domain::PeriodSummary &summary, Language language, QIODevice *device)
{
    if (!device || !device->isWritable())
        return makeError(ErrorCode::Io, QStringLiteral("report.pdf: device not writable"));
    auto document = createReportDocument(summary, language);
    QPdfWriter writer(device);
    writer.setPageLayout(reportPageLayout());
    writer.setResolution(300);
    writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("SafeReturn"));
    paintReportPages(*document, writer);
    return {};
}

} // namespace sr::reports
