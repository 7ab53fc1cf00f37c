#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace sr::exchange {

/** Why a workbook could not be read. Stable codes (toCode()); the UI/CLI word them. */
enum class XlsxErrorCode {
    None,
    Io,               ///< the file could not be opened or read
    NotAWorkbook,     ///< not a ZIP archive, or no workbook inside (xl/workbook.xml)
    Malformed,        ///< an XML part is not well-formed, or is truncated
    Doctype,          ///< an XML part holds a DOCTYPE (DTD, entities): refused outright
    PartTooLarge,     ///< a part inflates beyond Options::maxPartBytes or maxRatio (zip bomb)
    TooManyStrings,   ///< the shared strings table is over its count or size limit
    TooManyRows,      ///< more rows than Options::maxRows
    TooManyColumns,   ///< a cell beyond Options::maxColumns
    BadCellReference, ///< a cell or row reference out of range or out of order
    CellTooLarge,     ///< a cell larger than Options::maxCellBytes
    NoSuchSheet,      ///< no sheet of that name (or the workbook has none)
    BadSharedString,  ///< a cell names a shared string that does not exist
};

/** "io", "not_a_workbook", "malformed", "doctype", … */
QString toCode(XlsxErrorCode code);

struct XlsxError
{
    XlsxErrorCode code = XlsxErrorCode::None;
    QString part;   ///< the ZIP entry being read ("xl/worksheets/sheet1.xml"), may be empty
    qint64 row = 0; ///< the sheet's row number (1-based), 0 = not in a row
    int column = 0; ///< the sheet's column number (1 = A), 0 = unknown
};

/** "A" for 1, "Z" for 26, "AA" for 27; empty for 0 or less. */
QString columnLetter(int column);
/** 1 for "A", 27 for "AA"; 0 when @a letters is not a column (or beyond XFD). */
int columnNumber(QStringView letters);

/** One cell as the sheet holds it, made into text. */
struct XlsxCell
{
    enum class Type {
        Text,    ///< a shared, inline or formula string
        Number,  ///< a number in a cell whose format is not a date
        Date,    ///< a number in a cell with a date format (text: the ISO date)
        Boolean, ///< text "1" or "0"
        Error,   ///< a formula error, as Excel shows it ("#N/A")
    };
    int column = 0; ///< 1 = A
    Type type = Type::Text;
    /**
     * Text: the string. Number: the number as written ("1500000", "0.5"); an integral value is
     * written without fraction or exponent. Date: "YYYY-MM-DD". Boolean: "1"/"0".
     */
    QString text;
    double number = 0; ///< Number and Date: the value (a date's serial day number)
};

struct XlsxRow
{
    qint64 number = 0;     ///< the sheet's own row number (1-based)
    QList<XlsxCell> cells; ///< only the cells present, in column order (rows are sparse)

    /** The cells from column A to the last present one, missing ones empty. */
    QStringList texts() const;
};

/**
 * Reads .xlsx workbooks (Office Open XML spreadsheets) with libzip and QXmlStreamReader: the
 * sheet names, then the rows of one sheet, streamed (the sheet's XML is inflated in chunks).
 *
 * Only what an import needs: cell values (shared, inline and formula strings, numbers,
 * booleans, formula errors; a number whose cell format is a date becomes an ISO date, from the
 * built-in formats 14–22 and 45–47 or a custom format of xl/styles.xml with day, month or year
 * fields), in the 1900 or the 1904 date system. Formulas are not evaluated: the value Excel
 * or LibreOffice stored with them is read.
 *
 * Defensive, since workbooks come from outside: any DOCTYPE is refused (so no DTD, internal or
 * external entity is ever expanded); each part's inflated size and its ratio to the compressed
 * size are capped (zip bombs); the shared strings table is capped in count (also the count it
 * announces) and in total size; rows, columns and cell sizes are capped; a cell or row
 * reference out of range or out of order is refused; a malformed or truncated part stops
 * reading with an error, never a crash.
 */
class XlsxReader
{
public:
    struct Options
    {
        qint64 maxPartBytes = qint64(1024) * 1024 * 1024; ///< inflated size of one XML part
        /** Inflated / compressed size of a part, checked past minRatioCheckBytes. */
        qint64 maxRatio = 250;
        qint64 minRatioCheckBytes = 1024 * 1024;
        qint64 maxSharedStrings = 2000000;
        qint64 maxSharedStringBytes = qint64(256) * 1024 * 1024; ///< UTF-16 bytes, all strings
        qint64 maxRows = 1000002; ///< rows read (with content), the CSV import's 1,000,000 + header
        int maxColumns = 1024;
        qint64 maxCellBytes = 1024 * 1024; ///< UTF-16 bytes of one cell
    };

    XlsxReader();
    explicit XlsxReader(const Options &options);
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /** Opens @a path: the workbook's sheets, shared strings and cell formats. */
    bool open(const QString &path);
    /** Opens a workbook held in memory (@a bytes must outlive the reader). */
    bool openBytes(const QByteArray &bytes);

    /** The sheet names in workbook order (valid after open()). */
    QStringList sheetNames() const;
    /** Starts reading the sheet at @a index (0 = the first). */
    bool selectSheet(int index);
    /** Starts reading the sheet named @a name (exact match, then case-insensitive). */
    bool selectSheet(const QString &name);

    /**
     * The next row that has at least one cell with a value (rows without one are skipped).
     * False at the end of the sheet or on an error (then hasError()).
     */
    bool readRow(XlsxRow &row);

    bool hasError() const { return m_error.code != XlsxErrorCode::None; }
    const XlsxError &error() const { return m_error; }
    /** Whether the workbook uses the 1904 date system. */
    bool date1904() const { return m_date1904; }

    /** Whether @a formatCode (a number format of styles.xml) shows a date. */
    static bool isDateFormat(const QString &formatCode);
    /** Whether the built-in number format @a id is a date or time format (14–22, 45–47). */
    static bool isBuiltInDateFormat(int id);
    /** The date of the serial day number @a serial (its whole part); invalid when out of range. */
    static QDate dateFromSerial(double serial, bool date1904);

private:
    struct Impl;
    bool fail(XlsxErrorCode code, const QString &part = {}, qint64 row = 0, int column = 0);
    bool loadWorkbook();

    Options m_options;
    std::unique_ptr<Impl> d;
    XlsxError m_error;
    bool m_date1904 = false;
};

} // namespace sr::exchange
