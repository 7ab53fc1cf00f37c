#pragma once

#include "domain/Result.h"
#include "exchange/CsvColumns.h"
#include "exchange/RowSink.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace sr::exchange {

/**
 * An .xlsx workbook written with libxlsxwriter (docs/spreadsheets.md): sheets, the few cell
 * styles the exchange needs, typed cells, column widths, frozen panes, hidden rows and list
 * validations. The library's types stay in XlsxWriter.cpp.
 *
 * libxlsxwriter writes a workbook to a file name only, so the workbook is assembled in a scratch
 * file (owner-only, in @a scratchFolder: the target's folder, so it never leaves the disk the
 * user chose) and finish() copies its bytes into the caller's device, which is a
 * storage::OutputFile for an export: that is what makes the file atomic, owner-only and never
 * a database (the same path as CsvWriter's bytes). The scratch file is removed in every case.
 *
 * Text is always written with worksheet_write_string(), never as a formula: "=1+2" is a text
 * cell, so the CSV's formula guard (FormulaGuard) is not needed here. The first failing call is
 * kept and reported by finish() (hasError() tells it earlier); later calls do nothing.
 */
class XlsxWriter
{
public:
    /** The cell styles of docs/spreadsheets.md. */
    enum class Style {
        Plain,   ///< no format
        Header,  ///< bold, wrapped, top aligned (the title row)
        Title,   ///< bold, larger (a report sheet's heading)
        Date,    ///< dd/mm/yyyy
        Money,   ///< #,##0 "đ"
        Integer, ///< #,##0 (a count: 2.532 in a Vietnamese spreadsheet)
        Bold,    ///< bold text
        BoldInteger,
        BoldMoney,
    };

    /** Opens a workbook in a scratch file of @a scratchFolder (empty: the system's temp folder). */
    explicit XlsxWriter(const QString &scratchFolder = {});
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /**
     * Adds a worksheet named @a name (made valid: at most 31 characters, none of []:*?/\ and
     * unique in the workbook); returns its index, -1 after an error.
     */
    int addSheet(const QString &name);
    /** The sheet name addSheet() gave. */
    QString sheetName(int sheet) const;

    void writeString(int sheet, int row, int column, QStringView text, Style style = Style::Plain);
    void writeNumber(int sheet, int row, int column, double value, Style style = Style::Integer);
    /** A real date cell (a serial number with the dd/mm/yyyy format). */
    void writeDate(int sheet, int row, int column, const QDate &date);
    /** An empty cell; with Style::Plain nothing is written (an empty cell is no cell). */
    void writeBlank(int sheet, int row, int column, Style style = Style::Plain);

    /** Width of column @a column in characters. */
    void setColumnWidth(int sheet, int column, double width);
    /** Keeps the first @a rows rows and @a columns columns in view while scrolling. */
    void freezePanes(int sheet, int rows, int columns);
    void hideRow(int sheet, int row);
    /** Height of row @a row in points (a wrapped title row). */
    void setRowHeight(int sheet, int row, double points);
    void hideSheet(int sheet);
    /**
     * A drop-down list on rows @a firstRow..@a lastRow (0-based) of @a column: the @a count
     * values in @a listSheet's column @a listColumn from its second row (the first names the
     * list). A sheet of lists, because Excel's inline lists stop at 255 characters. A value not in the list is warned about, not refused: the
     * import takes codes too.
     */
    void addListValidation(
        int sheet, int firstRow, int lastRow, int column, int listSheet, int listColumn, int count);

    bool hasError() const;

    /**
     * Closes the workbook and copies it into @a device (open for writing); returns the bytes
     * copied. Io error (detail: libxlsxwriter's reason, never a cell's content) when a call
     * failed, the workbook could not be written or the device refused bytes.
     */
    Result<qint64> finish(QIODevice *device);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** What a cell of an exchanged column holds (docs/spreadsheets.md "## Layout"). */
enum class CellKind {
    Text,        ///< codes, labels, uuids, free text, 0/1 flags: a string cell
    Date,        ///< a full date: a date cell
    PartialDate, ///< a year, year-month or full date: a string cell as in the CSV
    Integer,     ///< a whole number: a number cell
    Money,       ///< an amount in đồng: a number cell with the money format
};

/** The kind of the cells of column @a column (from its ColumnId and descriptor kind). */
CellKind cellKind(const ColumnDef &column);

/**
 * The Vietnamese title of column @a column of @a table, for the first row of a worksheet.
 * @a supportTypeName is the Vietnamese name of the support type of a per-type total
 * (ColumnId::SupportTypeTimes / SupportTypeAmount); unused for other columns.
 */
QString titleVi(ExchangeTable table, const ColumnDef &column, const QString &supportTypeName = {});

/**
 * One worksheet of an exchanged table in the layout of docs/spreadsheets.md: row 1 the
 * Vietnamese titles (bold, wrapped), row 2 the stable column names (hidden; the CSV's header),
 * both frozen; data from row 3, each cell typed by its column's CellKind. Implements RowSink so
 * the export's row writer fills it exactly as it fills a CSV.
 */
class XlsxTableSheet : public RowSink
{
public:
    XlsxTableSheet(XlsxWriter &book,
                   ExchangeTable table,
                   const QList<ColumnDef> &columns,
                   const QStringList &titles);

    void addCell(QStringView text) override;
    void addCell(qint64 number) override;
    void endRow() override;

    int sheet() const { return m_sheet; }
    /** Data rows written (the two header rows not counted). */
    qint64 rowsWritten() const { return m_rows; }
    /** The 0-based row the next data row goes to. */
    int nextRow() const { return m_row; }

private:
    void addNumber(int column, qint64 number);

    XlsxWriter &m_book;
    int m_sheet = -1;
    QList<CellKind> m_kinds;
    int m_row = 2;
    int m_column = 0;
    qint64 m_rows = 0;
};

} // namespace sr::exchange
