#pragma once

#include "domain/Result.h"
#include "exchange/RowSink.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace sr::exchange {

/**
 * Streams CSV to a QIODevice in the format of docs/csv-format.md: UTF-8 with a BOM, CRLF line
 * ends, comma separator, RFC 4180 quoting (cells holding a quote, comma, semicolon, CR or LF
 * are quoted, quotes doubled) and every cell passed through FormulaGuard::neutralise().
 *
 * Bytes are buffered in a small chunk and written as it fills: no whole-table buffer. The
 * device is not opened or closed here; call finish() to flush the last chunk.
 *
 * A RowSink: the export's row writer fills a CSV and an .xlsx sheet (XlsxTableSheet) alike.
 */
class CsvWriter : public RowSink
{
public:
    enum class Bom { Write, Omit };

    explicit CsvWriter(QIODevice *device, Bom bom = Bom::Write);
    ~CsvWriter() override;
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /** Appends one cell to the current row. */
    void addCell(QStringView text) override;
    void addCell(qint64 number) override;
    /** Ends the current row (CRLF). */
    void endRow() override;
    /** addCell() for each of @a cells, then endRow(). */
    void writeRow(const QStringList &cells);

    /** Flushes the buffer; Io error when any write to the device failed. */
    Result<void> finish();

    bool hasError() const { return m_failed; }
    qint64 rowsWritten() const { return m_rows; }
    /** Bytes handed to the device so far plus those still buffered. */
    qint64 bytesWritten() const { return m_flushed + m_buffer.size(); }

private:
    void appendCell(QStringView text, bool quoted);
    void flushIfFull();
    void flush();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qint64 m_flushed = 0;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace sr::exchange
