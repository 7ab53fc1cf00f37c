#pragma once

#include <QStringView>
#include <QtGlobal>

namespace sr::exchange {

/**
 * Where the rows of an exchanged table go, one cell after another in the order of the table's
 * columns (exchange::exportColumns): a CSV file (CsvWriter) or a worksheet of an .xlsx workbook
 * (XlsxTableSheet). The export's row writer (services/ExportService.cpp) writes every table
 * through this interface only, so both formats carry the same rows and the same cells.
 */
class RowSink
{
public:
    virtual ~RowSink() = default;

    /** Appends one cell to the current row: text as the CSV holds it (ISO dates, codes). */
    virtual void addCell(QStringView text) = 0;
    /** Appends one cell holding a whole number (an integer or an amount in đồng). */
    virtual void addCell(qint64 number) = 0;
    /** Ends the current row. */
    virtual void endRow() = 0;

protected:
    RowSink() = default;
    RowSink(const RowSink &) = default;
    RowSink &operator=(const RowSink &) = default;
};

} // namespace sr::exchange
