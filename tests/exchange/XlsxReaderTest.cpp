#include "exchange/XlsxReader.h"

#include "tests/support/XlsxFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using sr::exchange::XlsxCell;
using sr::exchange::XlsxErrorCode;
using sr::exchange::XlsxReader;
using sr::exchange::XlsxRow;
using sr::test::XlsxFixture;

namespace {

class XlsxReaderTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** Writes @a fixture and opens it with a reader of @a options (first sheet selected). */
    std::unique_ptr<XlsxReader> openFixture(const XlsxFixture &fixture,
                                            const XlsxReader::Options &options = {})
    {
        const QString file = path(QStringLiteral("book.xlsx"));
        EXPECT_TRUE(fixture.write(file));
        auto reader = std::make_unique<XlsxReader>(options);
        if (reader->open(file))
            reader->selectSheet(0);
        return reader;
    }

    static QList<XlsxRow> readAll(XlsxReader &reader)
    {
        QList<XlsxRow> rows;
        XlsxRow row;
        while (reader.readRow(row))
            rows.append(row);
        return rows;
    }

    QTemporaryDir m_dir;
};

TEST(XlsxColumns, LettersAndNumbers)
{
    EXPECT_EQ(sr::exchange::columnLetter(1), QStringLiteral("A"));
    EXPECT_EQ(sr::exchange::columnLetter(26), QStringLiteral("Z"));
    EXPECT_EQ(sr::exchange::columnLetter(27), QStringLiteral("AA"));
    EXPECT_EQ(sr::exchange::columnLetter(16384), QStringLiteral("XFD"));
    EXPECT_EQ(sr::exchange::columnNumber(u"AA"), 27);
    EXPECT_EQ(sr::exchange::columnNumber(u"XFD"), 16384);
    EXPECT_EQ(sr::exchange::columnNumber(u"XFE"), 0);
    EXPECT_EQ(sr::exchange::columnNumber(u"A1"), 0);
}

TEST(XlsxFormats, DateFormatsAreTold)
{
    EXPECT_TRUE(XlsxReader::isDateFormat(QStringLiteral("dd/mm/yyyy")));
    EXPECT_TRUE(XlsxReader::isDateFormat(QStringLiteral("[$-42A]d mmmm yyyy")));
    EXPECT_TRUE(XlsxReader::isDateFormat(QStringLiteral("mmm-yy")));
    EXPECT_FALSE(XlsxReader::isDateFormat(QStringLiteral("#,##0 \"\u0111\"")));
    EXPECT_FALSE(XlsxReader::isDateFormat(QStringLiteral("0.00")));
    EXPECT_FALSE(XlsxReader::isDateFormat(QStringLiteral("[h]:mm:ss")));
    EXPECT_FALSE(XlsxReader::isDateFormat(QStringLiteral("\"day\" 0")));
    EXPECT_TRUE(XlsxReader::isBuiltInDateFormat(14));
    EXPECT_TRUE(XlsxReader::isBuiltInDateFormat(47));
    EXPECT_FALSE(XlsxReader::isBuiltInDateFormat(3));
}

TEST(XlsxFormats, SerialDays)
{
    EXPECT_EQ(XlsxReader::dateFromSerial(45717, false), QDate(2025, 3, 1));
    EXPECT_EQ(XlsxReader::dateFromSerial(45717.75, false), QDate(2025, 3, 1));
    EXPECT_EQ(XlsxReader::dateFromSerial(1, false), QDate(1900, 1, 1));
    EXPECT_EQ(XlsxReader::dateFromSerial(61, false), QDate(1900, 3, 1));
    EXPECT_FALSE(XlsxReader::dateFromSerial(60, false).isValid()); // Excel's 1900-02-29
    EXPECT_EQ(XlsxReader::dateFromSerial(0, true), QDate(1904, 1, 1));
    EXPECT_FALSE(XlsxReader::dateFromSerial(-3, false).isValid());
}

TEST_F(XlsxReaderTest, SharedInlineNumbersBooleansAndDates)
{
    XlsxFixture f;
    QByteArray data = f.textRow(1, {QStringLiteral("full_name"), QStringLiteral("note")});
    data += "<row r=\"2\">" + f.stringCell(QStringLiteral("A2"), QStringLiteral("Nguyễn Thị A"))
            + XlsxFixture::inlineCell(QStringLiteral("B2"), QStringLiteral("=1+1 <b>"))
            + XlsxFixture::numberCell(QStringLiteral("C2"), "1500000", 3)
            + XlsxFixture::numberCell(QStringLiteral("D2"), "45717", 1)
            + XlsxFixture::numberCell(QStringLiteral("E2"), "45717", 2)
            + XlsxFixture::numberCell(QStringLiteral("F2"), "45717")
            + "<c r=\"G2\" t=\"b\"><v>1</v></c>"
            + "<c r=\"H2\" t=\"str\"><f>A2&amp;\"x\"</f><v>computed</v></c>"
            + "<c r=\"I2\" t=\"e\"><v>#N/A</v></c>"
            + XlsxFixture::numberCell(QStringLiteral("J2"), "0.5") + "</row>";
    f.sheets.append({QStringLiteral("receptions"), data});
    auto reader = openFixture(f);
    ASSERT_FALSE(reader->hasError()) << toCode(reader->error().code).toStdString();
    EXPECT_EQ(reader->sheetNames(), QStringList{QStringLiteral("receptions")});
    const QList<XlsxRow> rows = readAll(*reader);
    ASSERT_FALSE(reader->hasError()) << toCode(reader->error().code).toStdString();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].number, 1);
    EXPECT_EQ(rows[0].texts(), (QStringList{QStringLiteral("full_name"), QStringLiteral("note")}));
    const XlsxRow &r = rows[1];
    EXPECT_EQ(r.number, 2);
    EXPECT_EQ(r.texts(),
              (QStringList{QStringLiteral("Nguyễn Thị A"),
                           QStringLiteral("=1+1 <b>"),
                           QStringLiteral("1500000"),
                           QStringLiteral("2025-03-01"),
                           QStringLiteral("2025-03-01"),
                           QStringLiteral("45717"),
                           QStringLiteral("1"),
                           QStringLiteral("computed"),
                           QStringLiteral("#N/A"),
                           QStringLiteral("0.5")}));
    EXPECT_EQ(r.cells[2].type, XlsxCell::Type::Number);
    EXPECT_EQ(r.cells[3].type, XlsxCell::Type::Date);
    EXPECT_EQ(r.cells[4].type, XlsxCell::Type::Date);
    EXPECT_EQ(r.cells[5].type, XlsxCell::Type::Number);
    EXPECT_EQ(r.cells[6].type, XlsxCell::Type::Boolean);
    EXPECT_EQ(r.cells[8].type, XlsxCell::Type::Error);
}

TEST_F(XlsxReaderTest, RichTextSharedStringsSkipPhoneticReadings)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"});
    f.overrides.append(
        {QStringLiteral("xl/sharedStrings.xml"),
         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<si><r><rPr><b/></rPr><t>Hạ </t></r><r><t>Long</t></r><rPh><t>ハ</t></rPh></si></sst>"});
    auto reader = openFixture(f);
    const QList<XlsxRow> rows = readAll(*reader);
    ASSERT_FALSE(reader->hasError());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].texts(), QStringList{QStringLiteral("Hạ Long")});
}

TEST_F(XlsxReaderTest, Date1904System)
{
    XlsxFixture f;
    f.date1904 = true;
    f.sheets.append(
        {QStringLiteral("s"),
         "<row r=\"1\">" + XlsxFixture::numberCell(QStringLiteral("A1"), "44255", 1) + "</row>"});
    auto reader = openFixture(f);
    const QList<XlsxRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(reader->date1904());
    EXPECT_EQ(rows[0].texts(), QStringList{QStringLiteral("2025-03-01")});
}

TEST_F(XlsxReaderTest, SparseRowsKeepTheirNumbersAndColumns)
{
    XlsxFixture f;
    QByteArray data = f.textRow(1, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    // Row 2 only formatted (no value), rows 3–4 missing, row 5 has B and D only.
    data += "<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>";
    data += "<row r=\"5\">" + f.stringCell(QStringLiteral("B5"), QStringLiteral("x"))
            + XlsxFixture::numberCell(QStringLiteral("D5"), "7") + "</row>";
    // Cells without a reference follow the one before them.
    data += "<row><c t=\"inlineStr\"><is><t>p</t></is></c><c><v>3</v></c></row>";
    f.sheets.append({QStringLiteral("s"), data});
    auto reader = openFixture(f);
    const QList<XlsxRow> rows = readAll(*reader);
    ASSERT_FALSE(reader->hasError());
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].number, 5);
    EXPECT_EQ(rows[1].texts(),
              (QStringList{QString(), QStringLiteral("x"), QString(), QStringLiteral("7")}));
    EXPECT_EQ(rows[1].cells[0].column, 2);
    EXPECT_EQ(rows[2].number, 6);
    EXPECT_EQ(rows[2].texts(), (QStringList{QStringLiteral("p"), QStringLiteral("3")}));
}

TEST_F(XlsxReaderTest, TwoSheetsChosenByName)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("receptions"), f.textRow(1, {QStringLiteral("first")})});
    f.sheets.append({QStringLiteral("Hỗ trợ"), f.textRow(3, {QStringLiteral("second")})});
    const QString file = path(QStringLiteral("two.xlsx"));
    ASSERT_TRUE(f.write(file));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(file));
    EXPECT_EQ(reader.sheetNames(),
              (QStringList{QStringLiteral("receptions"), QStringLiteral("Hỗ trợ")}));
    ASSERT_TRUE(reader.selectSheet(QStringLiteral("hỗ trợ")));
    QList<XlsxRow> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].number, 3);
    EXPECT_EQ(rows[0].texts(), QStringList{QStringLiteral("second")});
    ASSERT_TRUE(reader.selectSheet(0));
    rows = readAll(reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].texts(), QStringList{QStringLiteral("first")});
    EXPECT_FALSE(reader.selectSheet(QStringLiteral("calls")));
    EXPECT_EQ(reader.error().code, XlsxErrorCode::NoSuchSheet);
}

TEST_F(XlsxReaderTest, DoctypeIsRefused)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), f.textRow(1, {QStringLiteral("a")})});
    f.overrides.append(
        {QStringLiteral("xl/sharedStrings.xml"),
         "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<si><t>&x;</t></si></sst>"});
    auto reader = openFixture(f);
    EXPECT_TRUE(reader->hasError());
    EXPECT_EQ(reader->error().code, XlsxErrorCode::Doctype);
    EXPECT_EQ(reader->error().part, QStringLiteral("xl/sharedStrings.xml"));
    XlsxRow row;
    EXPECT_FALSE(reader->readRow(row));
}

TEST_F(XlsxReaderTest, DoctypeInASheetIsRefused)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), {}});
    f.overrides.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                        "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;"
                        "</t></is></c></row></sheetData></worksheet>"});
    auto reader = openFixture(f);
    ASSERT_FALSE(reader->hasError());
    XlsxRow row;
    EXPECT_FALSE(reader->readRow(row));
    EXPECT_EQ(reader->error().code, XlsxErrorCode::Doctype);
}

TEST_F(XlsxReaderTest, ZipBombPartIsRefused)
{
    // 16 MB of blanks inside the sheet deflate to about 16 KB: a ratio of about 1000.
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"),
                     f.textRow(1, {QStringLiteral("a")}) + QByteArray(16 * 1024 * 1024, ' ')});
    auto reader = openFixture(f);
    XlsxRow row;
    while (reader->readRow(row)) {
    }
    EXPECT_EQ(reader->error().code, XlsxErrorCode::PartTooLarge);
    EXPECT_EQ(reader->error().part, QStringLiteral("xl/worksheets/sheet1.xml"));
}

TEST_F(XlsxReaderTest, PartOverTheSizeCapIsRefused)
{
    XlsxFixture f;
    f.store = true; // no compression: only the size cap applies
    f.sheets.append(
        {QStringLiteral("s"), f.textRow(1, {QStringLiteral("a")}) + QByteArray(200 * 1024, ' ')});
    XlsxReader::Options options;
    options.maxPartBytes = 100 * 1024;
    auto reader = openFixture(f, options);
    XlsxRow row;
    while (reader->readRow(row)) {
    }
    EXPECT_EQ(reader->error().code, XlsxErrorCode::PartTooLarge);
}

TEST_F(XlsxReaderTest, HugeSharedStringsCountIsRefused)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), f.textRow(1, {QStringLiteral("a")})});
    f.overrides.append({QStringLiteral("xl/sharedStrings.xml"),
                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "count=\"4000000000\" uniqueCount=\"4000000000\"><si><t>a</t></si></sst>"});
    auto reader = openFixture(f);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::TooManyStrings);

    // Without an announced count, the strings themselves are counted.
    XlsxFixture g;
    g.sheets.append({QStringLiteral("s"), g.textRow(1, {QStringLiteral("a")})});
    QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (int i = 0; i < 50; ++i)
        sst += "<si><t>" + QByteArray::number(i) + "</t></si>";
    g.overrides.append({QStringLiteral("xl/sharedStrings.xml"), sst + "</sst>"});
    XlsxReader::Options options;
    options.maxSharedStrings = 20;
    reader = openFixture(g, options);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::TooManyStrings);
}

TEST_F(XlsxReaderTest, TruncatedFileIsRefused)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), f.textRow(1, {QStringLiteral("a")})});
    const QByteArray whole = f.bytes(path(QStringLiteral("whole.xlsx")));
    ASSERT_GT(whole.size(), 200);
    for (const qsizetype keep : {qsizetype(0), qsizetype(4), whole.size() / 2, whole.size() - 30}) {
        XlsxReader reader;
        const QByteArray cut = whole.left(keep);
        EXPECT_FALSE(reader.openBytes(cut) && reader.selectSheet(0)) << keep;
        EXPECT_NE(reader.error().code, XlsxErrorCode::None) << keep;
    }
}

TEST_F(XlsxReaderTest, MalformedSheetXmlIsAnError)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"});
    auto reader = openFixture(f);
    ASSERT_FALSE(reader->hasError());
    XlsxRow row;
    EXPECT_FALSE(reader->readRow(row));
    EXPECT_EQ(reader->error().code, XlsxErrorCode::Malformed);
}

TEST_F(XlsxReaderTest, CellReferencesOutOfRangeOrOrderAreRefused)
{
    const QList<QByteArray> bad = {
        "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>",                       // beyond XFD
        "<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>",                         // another row's cell
        "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>1</v></c></row>", // backwards
        "<row r=\"2\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>", // row twice
        "<row r=\"1048577\"><c><v>1</v></c></row>",    // beyond the last row
        "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", // not a reference
    };
    for (const QByteArray &data : bad) {
        XlsxFixture f;
        f.sheets.append({QStringLiteral("s"), data});
        auto reader = openFixture(f);
        XlsxRow row;
        while (reader->readRow(row)) {
        }
        EXPECT_EQ(reader->error().code, XlsxErrorCode::BadCellReference) << data.constData();
    }
}

TEST_F(XlsxReaderTest, RowColumnAndCellCaps)
{
    XlsxFixture f;
    QByteArray data;
    for (int r = 1; r <= 6; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c><v>1</v></c></row>";
    f.sheets.append({QStringLiteral("s"), data});
    XlsxReader::Options options;
    options.maxRows = 5;
    auto reader = openFixture(f, options);
    const QList<XlsxRow> rows = readAll(*reader);
    EXPECT_EQ(rows.size(), 5);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::TooManyRows);
    EXPECT_EQ(reader->error().row, 6);

    XlsxFixture g;
    g.sheets.append({QStringLiteral("s"), "<row r=\"1\"><c r=\"K1\"><v>1</v></c></row>"});
    options = {};
    options.maxColumns = 10;
    reader = openFixture(g, options);
    readAll(*reader);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::TooManyColumns);
    EXPECT_EQ(reader->error().column, 11);

    XlsxFixture h;
    h.sheets.append({QStringLiteral("s"),
                     "<row r=\"1\">"
                         + XlsxFixture::inlineCell(QStringLiteral("C1"), QString(600, u'x'))
                         + "</row>"});
    options = {};
    options.maxCellBytes = 1000;
    reader = openFixture(h, options);
    readAll(*reader);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::CellTooLarge);
    EXPECT_EQ(reader->error().row, 1);
    EXPECT_EQ(reader->error().column, 3);
}

TEST_F(XlsxReaderTest, SharedStringIndexOutOfRangeIsRefused)
{
    XlsxFixture f;
    f.sheets.append({QStringLiteral("s"), "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>"});
    auto reader = openFixture(f);
    readAll(*reader);
    EXPECT_EQ(reader->error().code, XlsxErrorCode::BadSharedString);
    EXPECT_EQ(reader->error().column, 2);
}

TEST_F(XlsxReaderTest, NotAZipAndNoWorkbook)
{
    const QString csv = path(QStringLiteral("file.xlsx"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("full_name,sex\n");
    out.close();
    XlsxReader reader;
    EXPECT_FALSE(reader.open(csv));
    EXPECT_EQ(reader.error().code, XlsxErrorCode::NotAWorkbook);

    XlsxReader missing;
    EXPECT_FALSE(missing.open(path(QStringLiteral("nothing.xlsx"))));
    EXPECT_EQ(missing.error().code, XlsxErrorCode::Io);
}

} // namespace
