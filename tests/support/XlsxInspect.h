#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sr::test {

/** One cell of a worksheet as the .xlsx stores it. */
struct XlsxCell
{
    QString ref;          ///< "C12"
    int row = 0;          ///< 1-based, as the spreadsheet numbers it
    int column = 0;       ///< 0-based
    QString type;         ///< the t attribute: "s" (shared string), "n" or "" (number), "str", …
    QString value;        ///< a string cell's text (shared strings resolved), else the raw <v>
    int style = 0;        ///< the s attribute: index into the cellXfs of xl/styles.xml
    bool formula = false; ///< the cell has an <f> element
};

struct XlsxSheet
{
    QString name;
    QString part; ///< "xl/worksheets/sheet1.xml"
    QByteArray xml;
    QList<XlsxCell> cells;
    QSet<int> hiddenRows;    ///< 1-based
    bool hidden = false;     ///< state="hidden" in the workbook
    QString paneTopLeft;     ///< the frozen pane's topLeftCell ("A3"), empty when none
    QString paneState;       ///< "frozen"
    QStringList validations; ///< "sqref|formula1" of each list validation

    const XlsxCell *cell(const QString &ref) const;
    /** The values of row @a row (1-based) from column A to its last cell; "" for gaps. */
    QStringList rowValues(int row) const;
    int lastRow() const;
};

/**
 * An .xlsx read back with libzip and QXmlStreamReader (the tests' own reader, independent of
 * the application's): the sheets in workbook order, the shared strings resolved and the number
 * format of each cell style.
 */
struct XlsxBook
{
    QString error; ///< empty when the file was read
    QList<XlsxSheet> sheets;
    QStringList styleFormats; ///< per cellXfs index: its number format code ("General", …)
    QStringList entries;      ///< the zip's entry names

    const XlsxSheet *sheet(const QString &name) const;
    /** The number format code of @a cell ("dd/mm/yyyy", "#,##0 \"đ\"", "General"). */
    QString formatOf(const XlsxCell &cell) const;
    /** The bytes of the zip entry @a name. */
    QByteArray entry(const QString &name) const;

    QString path;
};

XlsxBook readXlsx(const QString &path);

/** Days since 1899-12-30 (the 1900 date system) as a date: a date cell's value. */
QString xlsxSerialToIso(const QString &value);

} // namespace sr::test
