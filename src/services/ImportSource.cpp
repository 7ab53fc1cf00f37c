#include "ImportSource.h"

#include "domain/FileErrors.h"
#include "domain/RecordType.h"
#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace sr::services {

using exchange::ColumnDef;
using exchange::ColumnId;
using exchange::CsvErrorCode;
using exchange::CsvReader;
using exchange::XlsxCell;
using exchange::XlsxErrorCode;
using exchange::XlsxReader;
using exchange::XlsxRow;
using IC = ImportIssueCode;

namespace {

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<void> changedWhileReading(const QString &path)
{
    return fileError(ErrorCode::Io,
                     path,
                     ErrorReason::DeviceError,
                     QStringLiteral("import: file changed while reading"));
}

// ---------------------------------------------------------------------------------------------
// CSV

class CsvSource : public ImportSource
{
public:
    CsvSource(QString path, const ImportOptions &options)
        : m_path(std::move(path))
        , m_options(options)
    {}

    bool scan(const SourceIssueSink &addIssue) override
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            addIssue(ImportIssue{0, {}, {}, IC::Io});
            return false;
        }
        CsvReader::Options readerOptions;
        readerOptions.maxFieldBytes = m_options.maxFieldBytes;
        readerOptions.neutralisation = CsvReader::Neutralisation::Keep;
        CsvReader reader(&file, readerOptions);
        qint64 records = 0;
        qint64 dataRows = 0;
        QStringList header;
        // The header as text (a syntax error names its column); the rows only checked and
        // counted.
        bool blank = true;
        while (records == 0 ? reader.readRecord(header) : reader.skipRecord(&blank)) {
            if (++records == 1)
                continue;
            if (!blank && ++dataRows > m_options.maxRows) {
                addIssue(ImportIssue{records, {}, QString::number(dataRows), IC::TooManyRows});
                return false;
            }
        }
        if (reader.hasError()) {
            const exchange::CsvError &e = reader.error();
            IC code = IC::Io;
            switch (e.code) {
            case CsvErrorCode::InvalidUtf8:
                code = IC::InvalidUtf8;
                break;
            case CsvErrorCode::UnterminatedQuote:
                code = IC::UnterminatedQuote;
                break;
            case CsvErrorCode::StrayQuote:
                code = IC::StrayQuote;
                break;
            case CsvErrorCode::FieldTooLarge:
                code = IC::FieldTooLarge;
                break;
            case CsvErrorCode::None:
            case CsvErrorCode::Io:
                break;
            }
            // Name the column as its header does ("notes", not "column 22") where there is one.
            QString column;
            if (e.column > 0)
                column = e.row > 1 && e.column <= header.size() ? header.at(e.column - 1).trimmed()
                                                                : QString::number(e.column);
            addIssue(ImportIssue{e.row, column, {}, code});
            return false;
        }
        if (records == 0) {
            addIssue(ImportIssue{0, {}, {}, IC::EmptyFile});
            return false;
        }
        if (dataRows == 0) {
            addIssue(ImportIssue{1, {}, {}, IC::HeaderOnly});
            return false;
        }
        m_dataRows = dataRows;
        return true;
    }

    Result<void> forEachRow(
        const std::function<std::optional<ImportColumns>(qint64 row, const QStringList &cells)>
            &onHeader,
        const EachRow &each) override
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fileError(ErrorCode::Io,
                             m_path,
                             whyNotReadable(m_path),
                             QStringLiteral("import: %1").arg(file.errorString()));
        CsvReader::Options readerOptions;
        readerOptions.maxFieldBytes = m_options.maxFieldBytes;
        CsvReader reader(&file, readerOptions);
        QStringList fields;
        qint64 row = 0;
        while (reader.readRecord(fields)) {
            ++row;
            if (row == 1) {
                if (!onHeader(row, fields))
                    return {}; // the header is refused: its issues are all there is to say
                continue;
            }
            if (auto r = each(row, fields); !r)
                return r;
        }
        if (reader.hasError())
            return changedWhileReading(m_path);
        return {};
    }

private:
    QString m_path;
    const ImportOptions &m_options;
};

// ---------------------------------------------------------------------------------------------
// .xlsx

/** How a column's cells are read when the spreadsheet stored a number or a date. */
enum class CellKind { Other, Date, PartialDate, Integer };

CellKind cellKind(const ColumnDef &def)
{
    if (const domain::ColumnInfo *c = def.column()) {
        switch (c->kind) {
        case domain::ColumnKind::Date:
            return CellKind::Date;
        case domain::ColumnKind::PartialDate:
            return CellKind::PartialDate;
        case domain::ColumnKind::Int:
        case domain::ColumnKind::OptionalInt:
        case domain::ColumnKind::Int64:
        case domain::ColumnKind::OptionalInt64:
            return CellKind::Integer;
        default:
            return CellKind::Other;
        }
    }
    // The columns of the exchange alone (no descriptor): the dates that find a reception.
    if (def.name.endsWith(QLatin1String("_date")))
        return CellKind::Date;
    return CellKind::Other;
}

/**
 * A cell as the CSV import reads it (docs/spreadsheets.md "## Import"): a date cell (or any
 * number in a date column) as its ISO date, a number in an integer or money column as its
 * integer, anything else as the text the spreadsheet shows without a format.
 */
QString cellText(const XlsxCell &cell, CellKind kind, bool date1904)
{
    if (cell.type != XlsxCell::Type::Number)
        return cell.text;
    switch (kind) {
    case CellKind::Other:
        return cell.text;
    case CellKind::PartialDate:
        // A year typed alone (1990) is a number to a spreadsheet, and a partial birth date
        // to us (docs/csv-format.md): not the day 1990 of 1900.
        if (cell.number >= 1000 && cell.number <= 9999 && cell.number == std::floor(cell.number))
            return cell.text;
        [[fallthrough]];
    case CellKind::Date: {
        const QDate date = XlsxReader::dateFromSerial(cell.number, date1904);
        return date.isValid() ? date.toString(Qt::ISODate) : cell.text;
    }
    case CellKind::Integer: {
        // 1500000.0000000002 after a sum in the sheet is 1500000; 1500000.5 stays refused.
        const double rounded = std::round(cell.number);
        if (std::fabs(cell.number - rounded) <= 1e-9 * std::max(1.0, std::fabs(rounded))
            && std::fabs(rounded) < 1e15)
            return QString::number(qint64(rounded));
        return cell.text;
    }
    }
    return cell.text;
}

/** Whether @a cells is a header the import knows (a table, or a file it refuses whole). */
bool isHeader(const QStringList &cells)
{
    RowIssues scratch{0, {}, {}};
    std::optional<exchange::ExchangeTable> table;
    readImportHeader(cells, scratch, &table);
    if (table)
        return true;
    for (const ImportIssue &issue : scratch.issues) {
        if (issue.code == IC::UnknownTable)
            return false;
    }
    return true;
}

IC issueFor(XlsxErrorCode code)
{
    switch (code) {
    case XlsxErrorCode::None:
    case XlsxErrorCode::Io:
        return IC::Io;
    case XlsxErrorCode::NotAWorkbook:
        return IC::NotAWorkbook;
    case XlsxErrorCode::Malformed:
    case XlsxErrorCode::BadSharedString:
        return IC::DamagedWorkbook;
    case XlsxErrorCode::Doctype:
        return IC::WorkbookDoctype;
    case XlsxErrorCode::PartTooLarge:
        return IC::WorkbookTooLarge;
    case XlsxErrorCode::TooManyStrings:
        return IC::TooManyStrings;
    case XlsxErrorCode::TooManyRows:
        return IC::TooManyRows;
    case XlsxErrorCode::TooManyColumns:
        return IC::TooManyColumns;
    case XlsxErrorCode::BadCellReference:
        return IC::InvalidCellReference;
    case XlsxErrorCode::CellTooLarge:
        return IC::FieldTooLarge;
    case XlsxErrorCode::NoSuchSheet:
        return IC::UnknownSheet;
    }
    return IC::Io;
}

class XlsxSource : public ImportSource
{
public:
    XlsxSource(QString path, const ImportOptions &options)
        : m_path(std::move(path))
        , m_options(options)
    {}

    bool scan(const SourceIssueSink &addIssue) override
    {
        XlsxReader reader(readerOptions());
        if (!open(reader)) {
            addIssue(issueOf(reader.error()));
            return false;
        }
        // The header is row 1 or, under a title row, row 2 (docs/spreadsheets.md): the first
        // of the first two rows the import knows as a header.
        QList<XlsxRow> first;
        int header = -1;
        const auto decide = [&] {
            header = 0;
            if (!isHeader(first[0].texts()) && first.size() > 1 && isHeader(first[1].texts()))
                header = 1;
            m_headerRow = first[header].number;
            m_headerNames.clear();
            for (const QString &h : first[header].texts())
                m_headerNames.append(h.trimmed().toLower());
        };
        qint64 laterRows = 0;
        XlsxRow row;
        while (reader.readRow(row)) {
            if (first.size() < 2) {
                first.append(row);
                if (first.size() == 2)
                    decide();
                continue;
            }
            if (!isBlank(row.texts()) && ++laterRows > m_options.maxRows) {
                addIssue(ImportIssue{row.number, {}, QString::number(laterRows), IC::TooManyRows});
                return false;
            }
        }
        if (reader.hasError()) {
            addIssue(issueOf(reader.error()));
            return false;
        }
        if (first.isEmpty()) {
            addIssue(ImportIssue{0, {}, {}, IC::EmptyFile});
            return false;
        }
        if (header < 0)
            decide();
        qint64 dataRows = laterRows;
        if (header == 0 && first.size() > 1 && !isBlank(first[1].texts()))
            ++dataRows;
        if (dataRows > m_options.maxRows) {
            addIssue(ImportIssue{m_headerRow, {}, QString::number(dataRows), IC::TooManyRows});
            return false;
        }
        if (dataRows == 0) {
            // A sheet of one row that names no table (a note, a title) is not the table.
            addIssue(
                ImportIssue{m_headerRow,
                            {},
                            {},
                            isHeader(first[header].texts()) ? IC::HeaderOnly : IC::UnknownTable});
            return false;
        }
        m_dataRows = dataRows;
        return true;
    }

    Result<void> forEachRow(
        const std::function<std::optional<ImportColumns>(qint64 row, const QStringList &cells)>
            &onHeader,
        const EachRow &each) override
    {
        XlsxReader reader(readerOptions());
        if (!open(reader))
            return changedWhileReading(m_path);
        XlsxRow row;
        while (reader.readRow(row)) {
            if (row.number < m_headerRow)
                continue; // the title row
            if (row.number == m_headerRow) {
                const QStringList header = row.texts();
                m_headerNames.clear();
                for (const QString &h : header)
                    m_headerNames.append(h.trimmed().toLower());
                const std::optional<ImportColumns> columns = onHeader(row.number, header);
                if (!columns)
                    return {};
                setKinds(*columns);
                continue;
            }
            QStringList cells(std::max<qsizetype>(
                m_kinds.size(), row.cells.isEmpty() ? 0 : row.cells.last().column));
            for (const XlsxCell &cell : row.cells) {
                const qsizetype i = cell.column - 1;
                cells[i] = cellText(
                    cell, i < m_kinds.size() ? m_kinds.at(i) : CellKind::Other, reader.date1904());
            }
            if (auto r = each(row.number, cells); !r)
                return r;
        }
        if (reader.hasError())
            return changedWhileReading(m_path);
        return {};
    }

    QString columnLetter(const QString &name) const override
    {
        if (name.isEmpty())
            return {};
        const qsizetype i = m_headerNames.indexOf(name.trimmed().toLower());
        return i >= 0 ? exchange::columnLetter(int(i) + 1) : QString();
    }

    bool shortRowsComplete() const override { return true; }
    QString sheet() const override { return m_sheet; }

private:
    XlsxReader::Options readerOptions() const
    {
        XlsxReader::Options o;
        // The CSV's limits: its rows (the header and a title row besides) and cell size
        // (UTF-16 here, UTF-8 there: the same number of characters for ASCII).
        o.maxRows = m_options.maxRows + 2;
        o.maxCellBytes = m_options.maxFieldBytes * 2;
        return o;
    }

    bool open(XlsxReader &reader)
    {
        if (!reader.open(m_path))
            return false;
        // No sheet at all fails as NoSuchSheet without a name: told as an empty file.
        const bool selected =
            m_options.sheet.isEmpty() ? reader.selectSheet(0) : reader.selectSheet(m_options.sheet);
        if (selected) {
            const QStringList names = reader.sheetNames();
            m_sheet = names.value(0);
            for (const QString &n : names) {
                if (n.compare(m_options.sheet, Qt::CaseInsensitive) == 0)
                    m_sheet = n;
            }
        }
        return selected;
    }

    ImportIssue issueOf(const exchange::XlsxError &e) const
    {
        ImportIssue issue;
        issue.code = issueFor(e.code);
        issue.row = e.row;
        if (e.code == XlsxErrorCode::NoSuchSheet) {
            issue.value = m_options.sheet;
            if (m_options.sheet.isEmpty())
                issue.code = IC::EmptyFile;
        }
        if (e.column > 0) {
            issue.columnLetter = exchange::columnLetter(e.column);
            if (e.row > m_headerRow && m_headerRow > 0 && e.column <= m_headerNames.size())
                issue.column = m_headerNames.at(e.column - 1);
        }
        return issue;
    }

    void setKinds(const ImportColumns &columns)
    {
        m_kinds = QList<CellKind>(columns.size, CellKind::Other);
        const QList<ColumnDef> all = exchange::allColumns(columns.table);
        for (auto it = columns.index.constBegin(); it != columns.index.constEnd(); ++it) {
            if (it.value() < 0 || it.value() >= m_kinds.size())
                continue;
            for (const ColumnDef &def : all) {
                if (def.id == it.key() && def.modes != exchange::ColumnModes::DeIdentifiedOnly) {
                    m_kinds[it.value()] = cellKind(def);
                    break;
                }
            }
        }
        for (const ImportField &f : columns.fields) {
            if (f.index >= 0 && f.index < m_kinds.size())
                m_kinds[f.index] = cellKind(f.column);
        }
    }

    QString m_path;
    const ImportOptions &m_options;
    QString m_sheet;
    qint64 m_headerRow = 0;
    QStringList m_headerNames;
    QList<CellKind> m_kinds;
};

} // namespace

bool isWorkbookFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04"))
        return true;
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::unique_ptr<ImportSource> makeImportSource(const QString &path, const ImportOptions &options)
{
    if (isWorkbookFile(path))
        return std::make_unique<XlsxSource>(path, options);
    return std::make_unique<CsvSource>(path, options);
}

} // namespace sr::services
