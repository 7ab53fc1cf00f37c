// The .xlsx writer (exchange/XlsxWriter.h) without a database: the layout of
// docs/spreadsheets.md read back from the file's XML, typed cells, text that looks like a
// formula, the Vietnamese titles of every exchanged column, and errors.
#include "exchange/XlsxWriter.h"

#include "exchange/CsvColumns.h"
#include "support/XlsxInspect.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::exchange;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/** Writes @a book into @a path; the bytes written. */
qint64 save(XlsxWriter &book, const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    const auto written = book.finish(&file);
    EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().detail.toStdString());
    return written.ok() ? *written : -1;
}

} // namespace

TEST(XlsxWriterTest, TableSheetHasTitlesHiddenNamesFrozenPaneAndTypedCells)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<ColumnDef> columns = exportColumns(ExchangeTable::Supports, ExportMode::Full);
    QStringList titles;
    for (const ColumnDef &c : columns)
        titles.append(titleVi(ExchangeTable::Supports, c));

    XlsxWriter book(dir.path());
    XlsxTableSheet sheet(book, ExchangeTable::Supports, columns, titles);
    // One row: every column gets a cell as the export writes it (text, or a number).
    for (const ColumnDef &c : columns) {
        if (c.id == ColumnId::SupportDate || c.id == ColumnId::ReceptionDate)
            sheet.addCell(u("2025-03-01"));
        else if (c.id == ColumnId::AmountVnd)
            sheet.addCell(qint64(1500000));
        else if (c.id == ColumnId::Quantity)
            sheet.addCell(qint64(3));
        else if (c.id == ColumnId::SupportNotes)
            sheet.addCell(u("=1+2"));
        else if (c.id == ColumnId::CaseCode)
            sheet.addCell(u("@SUM(1,2)"));
        else
            sheet.addCell(c.name == u("type_label") ? u("Hỗ trợ y tế") : QString());
    }
    sheet.endRow();
    EXPECT_EQ(sheet.rowsWritten(), 1);
    const QString path = dir.filePath(u("supports.xlsx"));
    ASSERT_GT(save(book, path), 0);

    const test::XlsxBook read = test::readXlsx(path);
    ASSERT_TRUE(read.error.isEmpty()) << read.error.toStdString();
    ASSERT_EQ(read.sheets.size(), 1);
    const test::XlsxSheet &s = read.sheets.first();
    EXPECT_EQ(s.name, u("supports"));
    // Row 1: the Vietnamese titles; row 2: the CSV header, hidden; both frozen.
    EXPECT_EQ(s.rowValues(1), titles);
    EXPECT_TRUE(s.rowValues(1).contains(u("Số tiền (đ)")));
    EXPECT_TRUE(s.rowValues(1).contains(u("Ngày hỗ trợ")));
    EXPECT_EQ(s.rowValues(2), columnNames(columns));
    EXPECT_TRUE(s.hiddenRows.contains(2));
    EXPECT_FALSE(s.hiddenRows.contains(1));
    EXPECT_EQ(s.paneTopLeft, u("A3"));
    EXPECT_EQ(s.paneState, u("frozen"));

    const QStringList names = columnNames(columns);
    const auto cellOf = [&](const char *name) {
        const qsizetype column = names.indexOf(u(name));
        EXPECT_GE(column, 0) << name;
        for (const test::XlsxCell &c : s.cells) {
            if (c.row == 3 && c.column == column)
                return c;
        }
        ADD_FAILURE() << "no cell for " << name;
        return test::XlsxCell{};
    };
    // A date: a number with the date format.
    const test::XlsxCell date = cellOf("support_date");
    EXPECT_TRUE(date.type.isEmpty() || date.type == u("n"));
    EXPECT_EQ(test::xlsxSerialToIso(date.value), u("2025-03-01"));
    EXPECT_EQ(read.formatOf(date), u("dd/mm/yyyy"));
    // Money: a number with the "#,##0 "đ"" format.
    const test::XlsxCell amount = cellOf("amount_vnd");
    EXPECT_EQ(amount.value, u("1500000"));
    EXPECT_EQ(read.formatOf(amount), u("#,##0 \"đ\""));
    const test::XlsxCell quantity = cellOf("quantity");
    EXPECT_EQ(quantity.value, u("3"));
    EXPECT_NE(quantity.type, u("s"));
    // Formula-looking text is a string cell, never a formula, without a guard apostrophe.
    const test::XlsxCell notes = cellOf("notes");
    EXPECT_EQ(notes.type, u("s"));
    EXPECT_EQ(notes.value, u("=1+2"));
    EXPECT_FALSE(notes.formula);
    EXPECT_EQ(cellOf("case_code").value, u("@SUM(1,2)"));
    for (const test::XlsxCell &c : s.cells)
        EXPECT_FALSE(c.formula) << c.ref.toStdString();
    EXPECT_FALSE(s.xml.contains("<f>"));
    EXPECT_FALSE(s.xml.contains("<f "));
    EXPECT_EQ(cellOf("type_label").value, u("Hỗ trợ y tế"));
    // Empty cells are no cells.
    EXPECT_EQ(s.lastRow(), 3);
    // The scratch file is gone: only the target is left in the folder.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{u("supports.xlsx")});
}

TEST(XlsxWriterTest, ColumnKindsFollowTheDescriptors)
{
    const auto kindOf = [](ExchangeTable table, const char *name) {
        for (const ColumnDef &c : exportColumns(table, ExportMode::Full, {u("medical")})) {
            if (c.name == QLatin1String(name))
                return cellKind(c);
        }
        ADD_FAILURE() << "no column " << name;
        return CellKind::Text;
    };
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "reception_date"), CellKind::Date);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "birth_date"), CellKind::PartialDate);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "estimated_age_years"), CellKind::Integer);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "support_medical_times"), CellKind::Integer);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "support_medical_amount"), CellKind::Money);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "sex_label"), CellKind::Text);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "batch_uuid"), CellKind::Text);
    EXPECT_EQ(kindOf(ExchangeTable::Receptions, "consent_services"), CellKind::Text);
    EXPECT_EQ(kindOf(ExchangeTable::Supports, "amount_vnd"), CellKind::Money);
    EXPECT_EQ(kindOf(ExchangeTable::Stays, "admitted_date"), CellKind::Date);
    EXPECT_EQ(kindOf(ExchangeTable::Stays, "left_date"), CellKind::Date);
    EXPECT_EQ(kindOf(ExchangeTable::Calls, "duration_minutes"), CellKind::Integer);
    EXPECT_EQ(kindOf(ExchangeTable::Calls, "call_time"), CellKind::Text);
    EXPECT_EQ(kindOf(ExchangeTable::Batches, "persons_total"), CellKind::Integer);
    EXPECT_EQ(kindOf(ExchangeTable::Activities, "participants_total"), CellKind::Integer);
    EXPECT_EQ(kindOf(ExchangeTable::Clubs, "founded_date"), CellKind::Date);
}

TEST(XlsxWriterTest, EveryExchangedColumnHasAVietnameseTitle)
{
    for (const ExchangeTable table : exchangeTables()) {
        for (const ExportMode mode : {ExportMode::Full, ExportMode::DeIdentified}) {
            QStringList seen;
            for (const ColumnDef &c : exportColumns(table, mode, {u("medical")})) {
                const QString title = titleVi(table, c, u("Hỗ trợ y tế"));
                EXPECT_FALSE(title.isEmpty());
                EXPECT_NE(title, c.name) << toCode(table).toStdString() << " "
                                         << c.name.toStdString() << " has no title";
                EXPECT_FALSE(seen.contains(title))
                    << toCode(table).toStdString() << ": two columns titled "
                    << title.toStdString();
                seen.append(title);
            }
        }
    }
    const QList<ColumnDef> receptions =
        exportColumns(ExchangeTable::Receptions, ExportMode::Full, {u("medical")});
    for (const ColumnDef &c : receptions) {
        const QString title = titleVi(ExchangeTable::Receptions, c, u("Hỗ trợ y tế"));
        if (c.id == ColumnId::SupportTypeAmount) {
            EXPECT_EQ(title, u("Hỗ trợ y tế: số tiền (đ)"));
        } else if (c.id == ColumnId::SexLabel) {
            EXPECT_EQ(title, u("Giới tính"));
        } else if (c.id == ColumnId::Sex) {
            EXPECT_EQ(title, u("Giới tính (mã)"));
        }
    }
}

TEST(XlsxWriterTest, SheetNamesAreMadeValidAndUnique)
{
    QTemporaryDir dir;
    XlsxWriter book(dir.path());
    const int a = book.addSheet(u("1. Số người được tiếp nhận, hỗ trợ: tổng [năm]"));
    const int b = book.addSheet(u("1. Số người được tiếp nhận, hỗ trợ: tổng [năm]"));
    EXPECT_LE(book.sheetName(a).size(), 31);
    EXPECT_FALSE(book.sheetName(a).contains(QLatin1Char(':')));
    EXPECT_FALSE(book.sheetName(a).contains(QLatin1Char('[')));
    EXPECT_NE(book.sheetName(a), book.sheetName(b));
    EXPECT_LE(book.sheetName(b).size(), 31);
    const QString path = dir.filePath(u("names.xlsx"));
    ASSERT_GT(save(book, path), 0);
    const test::XlsxBook read = test::readXlsx(path);
    ASSERT_EQ(read.sheets.size(), 2);
    EXPECT_EQ(read.sheets.at(0).name, book.sheetName(a));
}

TEST(XlsxWriterTest, ErrorsAreReportedByFinishWithoutTheCellsContent)
{
    QTemporaryDir dir;
    XlsxWriter book(dir.path());
    const int sheet = book.addSheet(u("x"));
    // Longer than a cell may hold (32 767 characters): refused, and finish() says so.
    const QString secret = u("Nguyễn Thị Mẫu ").repeated(3000);
    book.writeString(sheet, 0, 0, secret);
    EXPECT_TRUE(book.hasError());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = book.finish(&buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().detail.contains(u("A1"))) << written.error().detail.toStdString();
    EXPECT_FALSE(written.error().detail.contains(u("Nguyễn")));
    EXPECT_TRUE(buffer.data().isEmpty());
    // No scratch file is left behind.
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(XlsxWriterTest, AScratchFolderThatDoesNotExistIsAnError)
{
    XlsxWriter book(u("/nonexistent-folder-for-xlsx-test"));
    EXPECT_TRUE(book.hasError());
    EXPECT_EQ(book.addSheet(u("x")), -1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = book.finish(&buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
}

TEST(XlsxWriterTest, ControlCharactersAndDecomposedVietnameseKeepTheFileReadable)
{
    QTemporaryDir dir;
    XlsxWriter book(dir.path());
    const int sheet = book.addSheet(u("x"));
    book.writeString(sheet,
                     0,
                     0,
                     u("a\x01"
                       "b\tc\nd"));
    // "Nguyễn" typed decomposed (NFD) is written composed, as the CSV writes it.
    book.writeString(sheet, 1, 0, u("Nguyễn").normalized(QString::NormalizationForm_D));
    const QString path = dir.filePath(u("control.xlsx"));
    ASSERT_GT(save(book, path), 0);
    const test::XlsxBook read = test::readXlsx(path);
    ASSERT_TRUE(read.error.isEmpty()) << read.error.toStdString();
    const test::XlsxSheet &s = read.sheets.first();
    ASSERT_NE(s.cell(u("A1")), nullptr);
    EXPECT_TRUE(s.cell(u("A1"))->value.contains(u("b\tc\nd")));
    ASSERT_NE(s.cell(u("A2")), nullptr);
    EXPECT_EQ(s.cell(u("A2"))->value, u("Nguyễn"));
}
