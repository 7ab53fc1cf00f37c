// Import of .xlsx workbooks through ImportService over real SQLite files (docs/spreadsheets.md
// "## Import"): a workbook with a Vietnamese title row imports the same records as the CSV,
// issues name the sheet's row and column letter, a refused workbook writes nothing.
#include "domain/Actor.h"
#include "exchange/CsvReader.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "support/TempDatabase.h"
#include "tests/support/XlsxFixture.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::services;
using sr::test::XlsxFixture;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

std::string issuesText(const ImportReport &report)
{
    std::string text;
    for (const ImportIssue &i : report.issues)
        text += "row " + std::to_string(i.row) + " " + i.columnLetter.toStdString() + " "
                + i.column.toStdString() + " '" + i.value.left(40).toStdString() + "' "
                + toCode(i.code).toStdString() + "\n";
    return text;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    exchange::CsvReader reader(&file);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows.append(fields);
    return rows;
}

void writeCsv(const QString &path, const QList<QStringList> &rows)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (QString cell : row)
            quoted.append(u("\"") + cell.replace(u("\""), u("\"\"")) + u("\""));
        file.write(quoted.join(u(",")).toUtf8() + "\r\n");
    }
}

/** Excel's serial day number of @a date (the 1900 date system). */
QByteArray serial(const QDate &date)
{
    return QByteArray::number(QDate(1899, 12, 30).daysTo(date));
}

/**
 * The rows of @a csv as a sheet as a spreadsheet program writes it: a title row (when
 * @a title), the stable names, then the data; full ISO dates as date cells (formatted
 * dd/mm/yyyy, the built-in date format or no format at all: any number in a date column is a
 * date), whole numbers without leading zero as numbers, the rest as shared strings, empty
 * cells left out.
 */
QByteArray sheetOf(XlsxFixture &f, const QList<QStringList> &csv, bool title)
{
    static const QRegularExpression iso(u("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression integer(u("^[1-9][0-9]{0,8}$"));
    QByteArray xml;
    int number = 1;
    if (title) {
        QStringList titles;
        for (const QString &name : csv.first())
            titles.append(u("Cột ") + name);
        xml += f.textRow(number++, titles);
    }
    xml += f.textRow(number++, csv.first());
    int style = 0;
    for (qsizetype r = 1; r < csv.size(); ++r, ++number) {
        xml += "<row r=\"" + QByteArray::number(number) + "\">";
        for (qsizetype c = 0; c < csv[r].size(); ++c) {
            const QString &text = csv[r][c];
            const QString ref = XlsxFixture::columnName(int(c) + 1) + QString::number(number);
            if (text.isEmpty())
                continue;
            if (iso.match(text).hasMatch())
                xml += XlsxFixture::numberCell(
                    ref, serial(QDate::fromString(text, Qt::ISODate)), (style++ % 3));
            else if (integer.match(text).hasMatch())
                xml += XlsxFixture::numberCell(ref, text.toUtf8());
            else
                xml += f.stringCell(ref, text);
        }
        xml += "</row>";
    }
    return xml;
}

/** The rows of @a table in id order, without the columns that differ between two imports. */
QList<QStringList> tableRows(storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg(table)));
    QList<QStringList> rows;
    while (q.next()) {
        QStringList row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name.endsWith(u("uuid")) || name.endsWith(u("_at")))
                continue;
            row.append(name + u("=") + q.value(i).toString());
        }
        rows.append(row);
    }
    return rows;
}

QByteArray contentHash(storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"person", "reception", "support", "audit_log"}) {
        for (const QStringList &row : tableRows(db, QString::fromLatin1(table)))
            hash.addData(row.join(u("\x1f")).toUtf8());
    }
    return hash.result();
}

const QStringList kHeader = {u("case_code"),
                             u("full_name"),
                             u("sex"),
                             u("birth_date"),
                             u("reception_date"),
                             u("agency"),
                             u("country"),
                             u("route"),
                             u("identification_status"),
                             u("case_status"),
                             u("exploitation")};

QStringList row(const QString &caseCode, const QString &birth)
{
    return {caseCode,
            u("Trần Thị Thử"),
            u("female"),
            birth,
            u("2024-02-03"),
            u("ctxh_qn"),
            u("Trung Quốc"),
            u("self_reported"),
            u("pending"),
            u("open"),
            u("forced_labour")};
}

class XlsxImportTest : public ::testing::Test
{
protected:
    Result<ImportReport>
    import(test::TempDatabase &db, const QString &path, const ImportOptions &options = {})
    {
        return ImportService(db.db()).importFile(path, options, m_actor);
    }

    domain::Actor m_actor = domain::Actor::systemUser();
};

} // namespace

TEST_F(XlsxImportTest, TitleRowWorkbookImportsTheSameRecordsAsTheCsv)
{
    // The template's example, and a second person with a year-only birth date typed as a
    // number and a full one as a date cell.
    test::TempDatabase fromCsv;
    const QString csvPath = fromCsv.filePath(u("template.csv"));
    ASSERT_TRUE(ExportService::writeTemplate(csvPath).ok());
    QList<QStringList> rows = readCsv(csvPath);
    ASSERT_EQ(rows.size(), 2);
    QStringList second = rows[1];
    const qsizetype caseCode = rows[0].indexOf(u("case_code"));
    const qsizetype birth = rows[0].indexOf(u("birth_date"));
    const qsizetype name = rows[0].indexOf(u("full_name"));
    ASSERT_GE(caseCode, 0);
    ASSERT_GE(birth, 0);
    second[caseCode] = u("QN-2023-0002");
    second[name] = u("Lê Văn Hai");
    second[birth] = u("1990");
    QStringList third = rows[1];
    third[caseCode] = u("QN-2023-0003");
    third[name] = u("Phạm Thị Ba");
    third[birth] = u("2002-11-30");
    rows << second << third;
    writeCsv(csvPath, rows);

    const auto csvReport = import(fromCsv, csvPath);
    ASSERT_TRUE(csvReport.ok());
    ASSERT_TRUE(csvReport->isValid()) << issuesText(*csvReport);
    EXPECT_EQ(csvReport->rows, 3);
    EXPECT_TRUE(csvReport->sheet.isEmpty());

    test::TempDatabase fromXlsx;
    XlsxFixture f;
    f.sheets.append({u("receptions"), sheetOf(f, rows, true)});
    const QString xlsxPath = fromXlsx.filePath(u("receptions.xlsx"));
    ASSERT_TRUE(f.write(xlsxPath));
    const auto xlsxReport = import(fromXlsx, xlsxPath);
    ASSERT_TRUE(xlsxReport.ok());
    ASSERT_TRUE(xlsxReport->isValid()) << issuesText(*xlsxReport);
    EXPECT_TRUE(xlsxReport->written);
    EXPECT_EQ(xlsxReport->rows, 3);
    EXPECT_EQ(xlsxReport->sheet, u("receptions"));
    EXPECT_EQ(xlsxReport->personsCreated, 3);

    for (const char *table : {"person", "reception"}) {
        const QList<QStringList> expected = tableRows(fromCsv.db(), QString::fromLatin1(table));
        ASSERT_EQ(expected.size(), 3) << table;
        EXPECT_EQ(tableRows(fromXlsx.db(), QString::fromLatin1(table)), expected) << table;
    }
    QSqlQuery q(fromXlsx->connection());
    ASSERT_TRUE(q.exec(u("SELECT birth_date FROM person ORDER BY case_code")));
    QStringList births;
    while (q.next())
        births.append(q.value(0).toString());
    EXPECT_EQ(births, (QStringList{u("2001-05"), u("1990"), u("2002-11-30")}));
}

TEST_F(XlsxImportTest, HeaderInRowOneAndSparseRowsImport)
{
    test::TempDatabase db;
    XlsxFixture f;
    QByteArray xml = f.textRow(1, kHeader);
    // Row 2 empty, row 4 without the optional last cell: neither is a problem in a sheet.
    QStringList sparse = row(u("QN-2024-0702"), {});
    sparse.last().clear();
    xml += f.textRow(3, row(u("QN-2024-0701"), u("2001-05"))) + f.textRow(4, sparse);
    f.sheets.append({u("Sheet1"), xml});
    const QString path = db.filePath(u("typed.xlsx"));
    ASSERT_TRUE(f.write(path));
    const auto report = import(db, path);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_EQ(report->rows, 2);
    EXPECT_EQ(report->personsCreated, 2);
}

TEST_F(XlsxImportTest, BadCellIsRefusedWithRowAndColumnLetterAndNothingIsWritten)
{
    test::TempDatabase db;
    XlsxFixture f;
    QStringList titles;
    for (const QString &name : kHeader)
        titles.append(u("Tiêu đề ") + name);
    QByteArray xml = f.textRow(1, titles) + f.textRow(2, kHeader);
    xml += f.textRow(3, row(u("QN-2024-0801"), u("2001-05")));
    xml += f.textRow(7, row(u("QN-2024-0802"), u("2001-13")));
    f.sheets.append({u("receptions"), xml});
    const QString path = db.filePath(u("bad.xlsx"));
    ASSERT_TRUE(f.write(path));
    const QByteArray before = contentHash(db.db());
    const auto report = import(db, path);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->written);
    ASSERT_EQ(report->issues.size(), 1) << issuesText(*report);
    const ImportIssue &issue = report->issues.first();
    EXPECT_EQ(issue.row, 7);
    EXPECT_EQ(issue.column, u("birth_date"));
    EXPECT_EQ(issue.columnLetter, u("D"));
    EXPECT_EQ(issue.value, u("2001-13"));
    EXPECT_EQ(issue.code, ImportIssueCode::InvalidDate);
    EXPECT_EQ(contentHash(db.db()), before);
}

TEST_F(XlsxImportTest, ChosenSheetAndUnknownSheet)
{
    test::TempDatabase db;
    XlsxFixture f;
    f.sheets.append({u("ghi chú"), f.textRow(1, {u("Bảng này không phải dữ liệu")})});
    f.sheets.append(
        {u("receptions"), f.textRow(1, kHeader) + f.textRow(2, row(u("QN-2024-0901"), u("1999")))});
    const QString path = db.filePath(u("two.xlsx"));
    ASSERT_TRUE(f.write(path));

    const auto names = ImportService::sheetNames(path);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(*names, (QStringList{u("ghi chú"), u("receptions")}));
    EXPECT_TRUE(ImportService::isWorkbook(path));

    // The first sheet by default: not a table.
    auto report = import(db, path);
    ASSERT_TRUE(report.ok());
    ASSERT_FALSE(report->isValid());
    EXPECT_EQ(report->issues.first().code, ImportIssueCode::UnknownTable);

    ImportOptions options;
    options.sheet = u("nope");
    report = import(db, path, options);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->issues.size(), 1);
    EXPECT_EQ(report->issues.first().code, ImportIssueCode::UnknownSheet);
    EXPECT_EQ(report->issues.first().value, u("nope"));

    options.sheet = u("receptions");
    report = import(db, path, options);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_TRUE(report->written);
    EXPECT_EQ(report->sheet, u("receptions"));
}

TEST_F(XlsxImportTest, UnsafeOrBrokenWorkbooksAreRefusedAndWriteNothing)
{
    test::TempDatabase db;
    const QByteArray before = contentHash(db.db());

    XlsxFixture doctype;
    doctype.sheets.append({u("receptions"), {}});
    doctype.overrides.append({u("xl/worksheets/sheet1.xml"),
                              "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                              "\"file:///etc/hostname\">]><worksheet><sheetData/></worksheet>"});
    const QString doctypePath = db.filePath(u("doctype.xlsx"));
    ASSERT_TRUE(doctype.write(doctypePath));

    const QString notZip = db.filePath(u("text.xlsx"));
    {
        QFile file(notZip);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("case_code,full_name\r\n");
    }

    XlsxFixture empty;
    empty.sheets.append({u("receptions"), {}});
    const QString emptyPath = db.filePath(u("empty.xlsx"));
    ASSERT_TRUE(empty.write(emptyPath));

    XlsxFixture badRef;
    badRef.sheets.append(
        {u("receptions"),
         badRef.textRow(1, kHeader) + "<row r=\"2\"><c r=\"B3\"><v>1</v></c></row>"});
    const QString badRefPath = db.filePath(u("ref.xlsx"));
    ASSERT_TRUE(badRef.write(badRefPath));

    const QList<QPair<QString, ImportIssueCode>> cases = {
        {doctypePath, ImportIssueCode::WorkbookDoctype},
        {notZip, ImportIssueCode::NotAWorkbook},
        {emptyPath, ImportIssueCode::EmptyFile},
        {badRefPath, ImportIssueCode::InvalidCellReference},
    };
    for (const auto &[path, code] : cases) {
        const auto report = import(db, path);
        ASSERT_TRUE(report.ok()) << path.toStdString();
        ASSERT_EQ(report->issues.size(), 1) << path.toStdString() << issuesText(*report);
        EXPECT_EQ(report->issues.first().code, code) << path.toStdString();
        EXPECT_FALSE(report->written);
        EXPECT_FALSE(describe(code).isEmpty());
    }
    EXPECT_EQ(contentHash(db.db()), before);
}

TEST_F(XlsxImportTest, NumbersInIntegerColumnsAndTextInDateColumns)
{
    // A supports sheet: the amount a number formatted as money (1.500.000 đ), the dates typed
    // as text the way the CSV accepts them (dd/mm/yyyy and ISO).
    test::TempDatabase db;
    {
        XlsxFixture f;
        f.sheets.append({u("receptions"),
                         f.textRow(1, kHeader) + f.textRow(2, row(u("QN-2024-1001"), u("1999")))});
        const QString path = db.filePath(u("receptions.xlsx"));
        ASSERT_TRUE(f.write(path));
        const auto report = import(db, path);
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->written) << issuesText(*report);
    }
    XlsxFixture f;
    const QStringList header = {u("case_code"),
                                u("reception_date"),
                                u("type"),
                                u("support_date"),
                                u("amount_vnd"),
                                u("status")};
    QByteArray xml = f.textRow(1, header);
    xml += "<row r=\"2\">" + f.stringCell(u("A2"), u("QN-2024-1001"))
           + f.stringCell(u("B2"), u("03/02/2024")) + f.stringCell(u("C2"), u("medical"))
           + XlsxFixture::numberCell(u("D2"), serial(QDate(2024, 2, 5)), 1)
           + XlsxFixture::numberCell(u("E2"), "1500000.0000000002", 3)
           + f.stringCell(u("F2"), u("provided")) + "</row>";
    f.sheets.append({u("supports"), xml});
    const QString path = db.filePath(u("supports.xlsx"));
    ASSERT_TRUE(f.write(path));
    const auto report = import(db, path);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u("SELECT support_date, amount_vnd FROM support")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), u("2024-02-05"));
    EXPECT_EQ(q.value(1).toLongLong(), 1500000);
}
