#include "ReportDocument.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace sr::reports {

Result<void>
writeReportOdt(const domain::PeriodSummary &summary, Language language, QIODevice *device)
{
    if (!device || !device->isWritable())
        return makeError(ErrorCode::Io, QStringLiteral("report.odt: device not writable"));
    // The same document as the PDF and the print preview: Qt's OpenDocument writer keeps the
    // paragraphs, the tables (with their spans) and the chart, so staff can adjust the wording
    // in LibreOffice or Word before signing.
    auto document = createReportDocument(summary, language);
    // Qt's ODF writer closes the device it writes to (its ZIP writer does), which a QSaveFile
    // (storage::OutputFile) refuses: the file is built in memory and then written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(document.get()))
        return makeError(ErrorCode::Io, QStringLiteral("report.odt: write failed"));
    const QByteArray bytes = buffer.data();
    if (device->write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, QStringLiteral("report.odt: write failed"));
    return {};
}

} // namespace sr::reports
