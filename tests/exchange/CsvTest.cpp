// CSV writer and reader: exact bytes, formula-injection guard, encodings, malformed input.
#include "exchange/CsvColumns.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/FormulaGuard.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace sr::exchange;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(SR_EXCHANGE_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray writeRows(const QList<QStringList> &rows, CsvWriter::Bom bom = CsvWriter::Bom::Write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, bom);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    EXPECT_TRUE(writer.finish().ok());
    return bytes;
}

struct ReadResult
{
    QList<QStringList> rows;
    CsvError error;
    char separator = 0;
};

ReadResult readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    ReadResult result;
    QStringList fields;
    while (reader.readRecord(fields))
        result.rows.append(fields);
    result.error = reader.error();
    result.separator = reader.separator();
    return result;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QStringList kInjections = {
    u("=1+2"),
    u("+1"),
    u("-1"),
    u("@SUM(1,2)"),
    u(" =1+2"),
    u("\t=1+2"),
    QString(QChar(0xFEFF)) + u("=1+2"),
    u("=HYPERLINK(\"http://x\",\"y\")"),
    u("\",\"=1+2"),
    u("|cmd"),
    u("%0A"),
    u("\r=1"),
    u("\n=1"),
    u("'=1+2"),
    u("''=1+2"),
    u("'"),
    u("'abc"),
    u("a=1"),
    QString(),
};

} // namespace

TEST(CsvWriterTest, WritesExactBytes)
{
    const QList<QStringList> rows = {
        {u("name"), u("note"), u("amount")},
        {u("Nguyễn Thị Hằng"), u("dòng 1\ndòng 2"), u("1500000")},
        {u("Đặng \"Bé\""), u("a,b;c"), u("0")},
        {u("=1+2"), u("+1"), u("-1")},
        {u("@SUM(1,2)"), u(" =1+2"), u("\t=1")},
        {u("'=x"), u("'abc"), QString()},
        {u("=HYPERLINK(\"http://x\",\"y\")"), u("\",\"=1+2"), u("|cmd")},
    };
    const QByteArray expected = readFixture("writer_basic.csv");
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(writeRows(rows), expected);
}

TEST(CsvWriterTest, ComposesDecomposedVietnameseToNfc)
{
    // "Hằng" typed as NFD: a + combining breve + combining grave.
    const QString nfd = QString::fromUtf8("Ha\xcc\x86\xcc\x80ng");
    const QByteArray bytes = writeRows({{nfd}}, CsvWriter::Bom::Omit);
    EXPECT_EQ(bytes, QByteArray("H\xe1\xba\xb1ng\r\n"));
}

TEST(CsvWriterTest, CountsRowsAndBytesAndReportsDeviceFailure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly); // not writable: every write fails
    CsvWriter writer(&buffer);
    writer.writeRow({u("a"), u("b")});
    EXPECT_EQ(writer.rowsWritten(), 1);
    EXPECT_FALSE(writer.finish().ok());
    EXPECT_TRUE(bytes.isEmpty());
}

TEST(FormulaGuardTest, NeutralisesEveryTrigger)
{
    for (const char *cell : {"=1", "+1", "-1", "@a", "|a", "%a", " =1", "\t1", "\r1", "\n1"})
        EXPECT_TRUE(FormulaGuard::triggers(u(cell))) << cell;
    EXPECT_TRUE(FormulaGuard::triggers(QString(QChar(0xFEFF)) + u("=1")));
    EXPECT_TRUE(FormulaGuard::triggers(QString(QChar(0x01)) + u("+1")));
    for (const char *cell : {"", "a", "1", "'=1", "a=1", " ", "Đ=1"})
        EXPECT_FALSE(FormulaGuard::triggers(u(cell))) << cell;
    EXPECT_EQ(FormulaGuard::neutralise(u("=1+2")), u("'=1+2"));
    EXPECT_EQ(FormulaGuard::neutralise(u("'=1+2")), u("''=1+2"));
    EXPECT_EQ(FormulaGuard::neutralise(u("'abc")), u("'abc"));
}

TEST(FormulaGuardTest, RestoreIsTheExactInverse)
{
    for (const QString &value : kInjections) {
        EXPECT_EQ(FormulaGuard::restore(FormulaGuard::neutralise(value)), value)
            << value.toStdString();
        // A cell that was never neutralised reads back unchanged.
        if (!FormulaGuard::needsApostrophe(value)) {
            EXPECT_EQ(FormulaGuard::restore(value), value) << value.toStdString();
        }
    }
}

TEST(CsvReaderTest, RoundTripsInjectionsAndAwkwardText)
{
    QList<QStringList> rows = {{u("value"), u("other")}};
    for (const QString &value : kInjections)
        rows.append({value, u("x, \"y\"\r\nz")});
    rows.append({u("Nguyễn Thị Hằng; Đặng Văn Đức"), u("ơ ư ă â ê ô đ")});
    const ReadResult read = readAll(writeRows(rows));
    EXPECT_EQ(read.error.code, CsvErrorCode::None);
    EXPECT_EQ(read.separator, ',');
    ASSERT_EQ(read.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        EXPECT_EQ(read.rows[i], rows[i]) << "row " << i;
}

TEST(CsvReaderTest, KeepModeReturnsCellsAsWritten)
{
    CsvReader::Options keep;
    keep.neutralisation = CsvReader::Neutralisation::Keep;
    const ReadResult read = readAll("a\r\n'=1\r\n", keep);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[1], QStringList{u("'=1")});
}

TEST(CsvReaderTest, DetectsSemicolonSeparatorAndReadsWithoutBom)
{
    const ReadResult read = readAll("case_code;full_name;note\nQN-1;\"Lê; Thị\";a,b\nQN-2;B;\n");
    EXPECT_EQ(read.error.code, CsvErrorCode::None);
    EXPECT_EQ(read.separator, ';');
    ASSERT_EQ(read.rows.size(), 3);
    EXPECT_EQ(read.rows[1], (QStringList{u("QN-1"), u("Lê; Thị"), u("a,b")}));
    EXPECT_EQ(read.rows[2], (QStringList{u("QN-2"), u("B"), QString()}));
}

TEST(CsvReaderTest, AcceptsLastLineWithoutLineEndAndQuotedLineBreaks)
{
    const ReadResult read = readAll("\xEF\xBB\xBF"
                                    "a,b\r\n\"1\r\n2\",\"x\"\"y\"");
    EXPECT_EQ(read.error.code, CsvErrorCode::None);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0], (QStringList{u("a"), u("b")}));
    EXPECT_EQ(read.rows[1], (QStringList{u("1\r\n2"), u("x\"y")}));
}

TEST(CsvReaderTest, EmptyInputHasNoRecordsAndNoError)
{
    EXPECT_TRUE(readAll({}).rows.isEmpty());
    EXPECT_EQ(readAll({}).error.code, CsvErrorCode::None);
    EXPECT_TRUE(readAll("\xEF\xBB\xBF").rows.isEmpty());
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheRow)
{
    const ReadResult read = readAll("a,b\r\n1,2\r\n3,\"never closed\r\n4,5\r\n");
    EXPECT_EQ(read.error.code, CsvErrorCode::UnterminatedQuote);
    EXPECT_EQ(read.error.row, 3);
    EXPECT_EQ(read.error.line, 3);
    EXPECT_EQ(read.error.column, 2);
    EXPECT_EQ(read.rows.size(), 2);
}

TEST(CsvReaderTest, StrayCharacterAfterClosingQuoteIsAnError)
{
    const ReadResult read = readAll("a,b\r\n\"x\"y,2\r\n");
    EXPECT_EQ(read.error.code, CsvErrorCode::StrayQuote);
    EXPECT_EQ(read.error.row, 2);
}

TEST(CsvReaderTest, InvalidUtf8IsRefusedWithTheRow)
{
    // "Đặng" in Windows-1258 (Đ = 0xD0, ặ = a + 0xF2 combining dot below): not UTF-8.
    const ReadResult read = readAll("full_name\r\nL\xea\r\nD\xd0\x61\xf2ng\r\n");
    EXPECT_EQ(read.error.code, CsvErrorCode::InvalidUtf8);
    EXPECT_EQ(read.error.row, 2);
    EXPECT_EQ(toCode(read.error.code), u("invalid_utf8"));
}

TEST(CsvReaderTest, FieldOverTheLimitIsRefused)
{
    QByteArray bytes = "a,b\r\n1,";
    bytes.append(QByteArray(5 * 1024 * 1024, 'x'));
    bytes.append("\r\n");
    const ReadResult read = readAll(bytes);
    EXPECT_EQ(read.error.code, CsvErrorCode::FieldTooLarge);
    EXPECT_EQ(read.error.row, 2);
    EXPECT_EQ(read.error.column, 2);

    QByteArray quoted = "a\r\n\"";
    quoted.append(QByteArray(2 * 1024 * 1024, 'y'));
    quoted.append("\"\r\n");
    EXPECT_EQ(readAll(quoted).error.code, CsvErrorCode::FieldTooLarge);
}

TEST(CsvReaderTest, Utf8ValidatorRejectsMalformedSequences)
{
    const auto valid = [](const QByteArray &b) { return isValidUtf8(b.constData(), b.size()); };
    EXPECT_TRUE(valid("plain ascii"));
    EXPECT_TRUE(valid("\xe1\xba\xb1"));      // ằ
    EXPECT_TRUE(valid("\xf0\x9f\x98\x80"));  // U+1F600
    EXPECT_FALSE(valid("\xc0\x80"));         // overlong NUL
    EXPECT_FALSE(valid("\xe0\x80\xaf"));     // overlong '/'
    EXPECT_FALSE(valid("\xed\xa0\x80"));     // surrogate
    EXPECT_FALSE(valid("\xf4\x90\x80\x80")); // above U+10FFFF
    EXPECT_FALSE(valid("\xe1\xba"));         // truncated
    EXPECT_FALSE(valid("\x80"));             // lone continuation byte
    EXPECT_FALSE(valid("\xff"));
}

TEST(CsvColumnsTest, DeIdentifiedColumnsHoldNoRestrictedField)
{
    const QStringList restricted = {u("case_code"),
                                    u("full_name"),
                                    u("other_names"),
                                    u("birth_date"),
                                    u("document_number"),
                                    u("residence_commune"),
                                    u("residence_commune_text"),
                                    u("address_line"),
                                    u("phone"),
                                    u("family_contact"),
                                    u("person_notes"),
                                    u("reception_notes"),
                                    u("notes"),
                                    u("identification_basis"),
                                    u("person_uuid"),
                                    u("reception_uuid"),
                                    u("support_uuid")};
    for (const ExchangeTable table :
         {ExchangeTable::Receptions, ExchangeTable::Supports, ExchangeTable::Batches}) {
        const QStringList names =
            columnNames(exportColumns(table, ExportMode::DeIdentified, {u("medical")}));
        for (const QString &name : restricted)
            EXPECT_FALSE(names.contains(name)) << name.toStdString();
        const QStringList full = columnNames(exportColumns(table, ExportMode::Full, {}));
        EXPECT_FALSE(full.contains(u("pseudonym")));
    }
    const QStringList receptions = columnNames(
        exportColumns(ExchangeTable::Receptions, ExportMode::DeIdentified, {u("medical")}));
    EXPECT_TRUE(receptions.contains(u("pseudonym")));
    EXPECT_TRUE(receptions.contains(u("age_band")));
    EXPECT_TRUE(receptions.contains(u("residence_province")));
    EXPECT_TRUE(receptions.contains(u("support_medical_times")));
    EXPECT_TRUE(receptions.contains(u("support_medical_amount")));
}

TEST(CsvColumnsTest, TemplateRowMatchesItsHeader)
{
    const QStringList header = columnNames(templateColumns());
    EXPECT_EQ(templateExampleRow().size(), header.size());
    EXPECT_EQ(header.first(), u("case_code"));
    EXPECT_FALSE(header.contains(u("person_uuid")));
    EXPECT_FALSE(header.contains(u("sex_label")));
    EXPECT_FALSE(header.contains(u("age_band")));
}

// The import's pre-scan counts rows with skipRecord(): the same records, blank rows and errors
// (row, column, line) as readRecord() must come out of every input.
TEST(CsvReaderTest, SkipRecordSeesWhatReadRecordReads)
{
    const QList<QByteArray> inputs{
        "\xEF\xBB\xBF"
        "a,b,c\r\n1,\"two\r\nlines\",3\r\n , \t,\r\n\r\n4,5,6",
        "a;b\n\"x;y\";z\n\xC2\xA0;\xE3\x80\x80\n;\n",
        "a,b\n1,\"unterminated\n2,3\n",
        "a,b\n1,\"x\"y\n",
        "a,b\n1,\xFF\xFE\n",
        "a,b\n\"\xC3\xA9t\xC3\xA9\",\"\"\"q\"\"\"\n",
    };
    for (const QByteArray &input : inputs) {
        SCOPED_TRACE(input.toStdString());
        const ReadResult read = readAll(input);
        QByteArray copy = input;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<bool> blanks;
        bool blank = false;
        while (reader.skipRecord(&blank))
            blanks.append(blank);
        ASSERT_EQ(blanks.size(), read.rows.size());
        for (qsizetype i = 0; i < blanks.size(); ++i) {
            bool expected = true;
            for (const QString &cell : read.rows.at(i))
                expected = expected && cell.trimmed().isEmpty();
            EXPECT_EQ(blanks.at(i), expected) << "record " << i;
        }
        EXPECT_EQ(reader.error().code, read.error.code);
        EXPECT_EQ(reader.error().row, read.error.row);
        EXPECT_EQ(reader.error().column, read.error.column);
        EXPECT_EQ(reader.error().line, read.error.line);
    }
}
