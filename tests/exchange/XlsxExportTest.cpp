// The .xlsx export, report workbook and template through the services over real SQLite files,
// read back from the written workbooks (tests/support/XlsxInspect.h): the same rows as the CSV
// for every table and mode, typed cells, formula-looking text as text, the audit row, the
// protected targets, the report's sections, the template's lists.
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "exchange/CsvReader.h"
#include "exchange/FormulaGuard.h"
#include "exchange/XlsxWriter.h"
#include "reports/ReportDocument.h"
#include "services/EncryptedExport.h"
#include "services/ExportService.h"
#include "services/ReportService.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"
#include "support/TempDatabase.h"
#include "support/XlsxInspect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::services;
using exchange::ExchangeTable;
using exchange::ExportMode;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

domain::Period allTime()
{
    return domain::Period::custom(QDate(1990, 1, 1), QDate(2099, 12, 31)).value();
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

ExportRequest request(ExchangeTable table,
                      ExportMode mode,
                      const QString &path,
                      ExportFormat format = ExportFormat::Xlsx)
{
    ExportRequest r;
    r.period = allTime();
    r.table = table;
    r.mode = mode;
    r.filePath = path;
    r.format = format;
    return r;
}

void makeDemo(storage::Database &db, qint64 persons)
{
    demo::DemoOptions options;
    options.persons = persons;
    options.seed = 7;
    const auto made = demo::DemoDataService(db).generate(domain::Actor::systemUser(), options);
    ASSERT_TRUE(made.ok()) << made.error().detail.toStdString();
}

/**
 * The cells of a worksheet's data rows (from row 3) as the CSV writes them: a date cell as its
 * ISO date, a number as its digits, a string as it is.
 */
QList<QStringList>
dataRowsAsCsv(const test::XlsxBook &book, const test::XlsxSheet &sheet, qsizetype columns)
{
    QList<QStringList> rows;
    for (int r = 3; r <= sheet.lastRow(); ++r)
        rows.append(QStringList(columns));
    for (const test::XlsxCell &c : sheet.cells) {
        if (c.row < 3)
            continue;
        QString text = c.value;
        if (c.type != u("s") && c.type != u("str") && c.type != u("inlineStr")) {
            if (book.formatOf(c) == u("dd/mm/yyyy"))
                text = test::xlsxSerialToIso(c.value);
        }
        rows[c.row - 3][c.column] = text;
    }
    return rows;
}

/** The CSV's data cells without the formula guard's apostrophe (a spreadsheet needs none). */
QList<QStringList> csvDataRows(const QString &path)
{
    QList<QStringList> rows = readCsv(path);
    if (!rows.isEmpty())
        rows.removeFirst();
    for (QStringList &row : rows) {
        for (QString &cell : row)
            cell = exchange::FormulaGuard::restore(cell);
    }
    return rows;
}

} // namespace

TEST(XlsxExportTest, EveryTableAndModeHoldsTheRowsAndCellsOfTheCsv)
{
    test::TempDatabase db;
    makeDemo(db.db(), 80);
    ExportService service(db.db());
    const auto actor = domain::Actor::systemUser();
    for (const ExchangeTable table : exchange::exchangeTables()) {
        for (const ExportMode mode : {ExportMode::Full, ExportMode::DeIdentified}) {
            if (mode == ExportMode::DeIdentified && !exchange::hasDeIdentifiedExport(table))
                continue;
            const QString name =
                exchange::toCode(table) + (mode == ExportMode::Full ? u("-full") : u("-deid"));
            SCOPED_TRACE(name.toStdString());
            const QString csvPath = db.filePath(name + u(".csv"));
            const QString xlsxPath = db.filePath(name + u(".xlsx"));
            const auto csv =
                service.exportTable(request(table, mode, csvPath, ExportFormat::Csv), actor);
            ASSERT_TRUE(csv.ok()) << csv.error().detail.toStdString();
            const auto xlsx = service.exportTable(request(table, mode, xlsxPath), actor);
            ASSERT_TRUE(xlsx.ok()) << xlsx.error().detail.toStdString();
            EXPECT_EQ(xlsx->rows, csv->rows);
            EXPECT_EQ(xlsx->bytes, QFileInfo(xlsxPath).size());
            EXPECT_EQ(QFileInfo(xlsxPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                      QFile::Permissions());

            const test::XlsxBook book = test::readXlsx(xlsxPath);
            ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
            ASSERT_EQ(book.sheets.size(), 1);
            const test::XlsxSheet &sheet = book.sheets.first();
            EXPECT_EQ(sheet.name, exchange::toCode(table));
            const QStringList header = readCsv(csvPath).value(0);
            EXPECT_EQ(sheet.rowValues(2), header);
            EXPECT_TRUE(sheet.hiddenRows.contains(2));
            EXPECT_EQ(sheet.paneTopLeft, u("A3"));
            EXPECT_EQ(sheet.rowValues(1).size(), header.size());
            EXPECT_FALSE(sheet.xml.contains("<f>"));
            const QList<QStringList> expected = csvDataRows(csvPath);
            EXPECT_EQ(expected.size(), csv->rows);
            const QList<QStringList> actual = dataRowsAsCsv(book, sheet, header.size());
            ASSERT_EQ(actual.size(), expected.size());
            for (qsizetype r = 0; r < expected.size(); ++r)
                ASSERT_EQ(actual.at(r), expected.at(r)) << "data row " << r + 1;
        }
    }
}

TEST(XlsxExportTest, ReceptionsHaveDateCellsMoneyCellsAndFormulaTextAsText)
{
    test::TempDatabase db;
    const auto actor = domain::Actor::systemUser();
    domain::Person p;
    p.fullName = u("=1+2");
    p.otherNames = u("@SUM(1,2)");
    p.sex = domain::Sex::Female;
    p.birthDate = domain::PartialDate::fromYear(1999);
    const auto person = storage::PersonRepository(db.db()).insert(p, actor, 2025);
    ASSERT_TRUE(person.ok()) << person.error().detail.toStdString();
    domain::Reception r;
    r.personId = person->meta.id;
    r.receptionDate = QDate(2025, 3, 1);
    r.agencyCode = u("ctxh_qn");
    r.countryCode = u("CN");
    r.route = domain::Route::SelfReported;
    r.identificationStatus = domain::IdentificationStatus::Pending;
    r.notes = u("-1");
    const auto reception = storage::ReceptionRepository(db.db()).insert(r, actor);
    ASSERT_TRUE(reception.ok()) << reception.error().detail.toStdString();
    domain::Support s;
    s.receptionId = reception->meta.id;
    s.typeCode = u("medical");
    s.date = QDate(2025, 3, 2);
    s.amountVnd = 1500000;
    s.quantity = 1;
    s.status = domain::SupportStatus::Provided;
    const auto support = storage::SupportRepository(db.db()).insert(s, actor);
    ASSERT_TRUE(support.ok()) << support.error().detail.toStdString();

    const QString path = db.filePath(u("receptions.xlsx"));
    const auto done = ExportService(db.db()).exportTable(
        request(ExchangeTable::Receptions, ExportMode::Full, path), actor);
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    ASSERT_EQ(done->rows, 1);
    const test::XlsxBook book = test::readXlsx(path);
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    const test::XlsxSheet &sheet = book.sheets.first();
    const QStringList names = sheet.rowValues(2);
    const QStringList titles = sheet.rowValues(1);
    const auto at = [&](const char *name) {
        const qsizetype column = names.indexOf(u(name));
        EXPECT_GE(column, 0) << name;
        for (const test::XlsxCell &c : sheet.cells) {
            if (c.row == 3 && c.column == column)
                return c;
        }
        return test::XlsxCell{};
    };
    EXPECT_EQ(titles.value(names.indexOf(u("full_name"))), u("Họ và tên"));
    EXPECT_EQ(titles.value(names.indexOf(u("reception_date"))), u("Ngày tiếp nhận"));
    EXPECT_EQ(titles.value(names.indexOf(u("sex_label"))), u("Giới tính"));
    EXPECT_TRUE(
        titles.value(names.indexOf(u("support_medical_amount"))).endsWith(u(": số tiền (đ)")));

    const test::XlsxCell date = at("reception_date");
    EXPECT_NE(date.type, u("s"));
    EXPECT_EQ(test::xlsxSerialToIso(date.value), u("2025-03-01"));
    EXPECT_EQ(book.formatOf(date), u("dd/mm/yyyy"));
    const test::XlsxCell amount = at("support_medical_amount");
    EXPECT_NE(amount.type, u("s"));
    EXPECT_EQ(amount.value, u("1500000"));
    EXPECT_EQ(book.formatOf(amount), u("#,##0 \"đ\""));
    const test::XlsxCell times = at("support_medical_times");
    EXPECT_EQ(times.value, u("1"));
    EXPECT_NE(times.type, u("s"));
    // A partial birth date stays text, as in the CSV.
    EXPECT_EQ(at("birth_date").type, u("s"));
    EXPECT_EQ(at("birth_date").value, u("1999"));
    // Formula-looking text: string cells, no apostrophe, never a formula.
    EXPECT_EQ(at("full_name").type, u("s"));
    EXPECT_EQ(at("full_name").value, u("=1+2"));
    EXPECT_EQ(at("other_names").value, u("@SUM(1,2)"));
    EXPECT_EQ(at("reception_notes").type, u("s"));
    EXPECT_EQ(at("reception_notes").value, u("-1"));
    for (const test::XlsxCell &c : sheet.cells)
        EXPECT_FALSE(c.formula) << c.ref.toStdString();
    EXPECT_EQ(at("sex_label").value, u("Nữ"));
}

TEST(XlsxExportTest, TheAuditRowNamesTheFormatAndAProtectedTargetIsRefused)
{
    test::TempDatabase db;
    makeDemo(db.db(), 10);
    const auto actor = domain::Actor::systemUser();
    ExportService service(db.db());
    const QString path = db.filePath(u("receptions.xlsx"));
    ASSERT_TRUE(
        service.exportTable(request(ExchangeTable::Receptions, ExportMode::Full, path), actor)
            .ok());
    QSqlQuery query(db.db().connection());
    ASSERT_TRUE(query.exec(
        u("SELECT changes FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(query.next());
    const QJsonObject details =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    EXPECT_EQ(details.value(u("format")).toString(), u("xlsx"));
    EXPECT_EQ(details.value(u("file")).toString(), u("receptions.xlsx"));
    EXPECT_EQ(details.value(u("mode")).toString(), u("full"));

    // Never over the database; nothing is left beside it.
    const QStringList before =
        QDir(QFileInfo(db.path()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray database = [&] {
        QFile f(db.path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const auto refused =
        service.exportTable(request(ExchangeTable::Receptions, ExportMode::Full, db.path()), actor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ProtectedFile);
    EXPECT_EQ(QDir(QFileInfo(db.path()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
              before);
}

TEST(XlsxExportTest, ReportWorkbookHasOneSheetPerSectionWithTheFigures)
{
    test::TempDatabase db;
    makeDemo(db.db(), 60);
    const auto actor = domain::Actor::systemUser();
    ReportService service(db.db());
    const auto period = domain::Period::custom(QDate(2020, 1, 1), QDate(2030, 12, 31)).value();
    const QString path = db.filePath(u("report.xlsx"));
    const auto written = service.writeReport(
        actor, period, ReportService::Format::Xlsx, reports::Language::Vietnamese, path);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    const QList<reports::ReportTable> tables =
        reports::reportTables(*written, reports::Language::Vietnamese);
    const test::XlsxBook book = test::readXlsx(path);
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    ASSERT_EQ(book.sheets.size(), tables.size());
    EXPECT_EQ(tables.size(), 9);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const test::XlsxSheet &sheet = book.sheets.at(i);
        EXPECT_EQ(sheet.rowValues(1).value(0), tables.at(i).title);
        EXPECT_EQ(sheet.rowValues(4), tables.at(i).header);
        EXPECT_EQ(sheet.paneTopLeft, u("B5"));
        EXPECT_FALSE(sheet.xml.contains("<f>"));
    }
    // Section 1: "Tổng số người được tiếp nhận" with the persons and receptions as numbers.
    const test::XlsxSheet &persons = book.sheets.first();
    EXPECT_TRUE(persons.name.startsWith(u("1. "))) << persons.name.toStdString();
    EXPECT_EQ(persons.rowValues(5).value(0), u("Tổng số người được tiếp nhận"));
    const QStringList header = persons.rowValues(4);
    const qsizetype totalPersons = header.indexOf(u("Tổng cộng – Người"));
    ASSERT_GE(totalPersons, 1) << header.join(u("|")).toStdString();
    const test::XlsxCell *cell = nullptr;
    for (const test::XlsxCell &c : persons.cells) {
        if (c.row == 5 && c.column == totalPersons)
            cell = &c;
    }
    ASSERT_NE(cell, nullptr);
    EXPECT_NE(cell->type, u("s"));
    EXPECT_EQ(cell->value.toLongLong(), written->total.persons);
    EXPECT_GT(written->total.persons, 0);
    // Section 3: the amounts are numbers with the money format.
    const test::XlsxSheet &supports = book.sheets.at(2);
    const qsizetype amount = supports.rowValues(4).indexOf(u("Tổng cộng – Số tiền (đ)"));
    ASSERT_GE(amount, 1);
    bool sawMoney = false;
    for (const test::XlsxCell &c : supports.cells) {
        if (c.row > 4 && c.column == amount) {
            EXPECT_EQ(book.formatOf(c), u("#,##0 \"đ\""));
            sawMoney = sawMoney || c.value.toLongLong() > 0;
        }
    }
    EXPECT_TRUE(sawMoney);
    // The audit row names the format.
    QSqlQuery query(db.db().connection());
    ASSERT_TRUE(query.exec(
        u("SELECT changes FROM audit_log WHERE action = 'report' ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(query.next());
    EXPECT_TRUE(query.value(0).toString().contains(u("xlsx")));
}

TEST(XlsxExportTest, TemplateWorkbookHasTheColumnsTheExampleAndTheLists)
{
    test::TempDatabase db;
    const QString path = db.filePath(u("template.xlsx"));
    const auto written = ExportService(db.db()).writeTemplateFile(path, ExportFormat::Xlsx);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    const test::XlsxBook book = test::readXlsx(path);
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    ASSERT_EQ(book.sheets.size(), 3);
    const test::XlsxSheet &data = book.sheets.at(0);
    EXPECT_EQ(data.name, u("receptions"));
    EXPECT_EQ(data.rowValues(2), exchange::columnNames(exchange::templateColumns()));
    EXPECT_TRUE(data.hiddenRows.contains(2));
    EXPECT_EQ(data.paneTopLeft, u("A3"));
    const QStringList names = data.rowValues(2);
    const QStringList example = data.rowValues(3);
    EXPECT_EQ(example.value(names.indexOf(u("sex"))), u("Nữ"));
    EXPECT_EQ(example.value(names.indexOf(u("full_name"))), u("Nguyễn Thị Mẫu"));
    EXPECT_EQ(example.value(names.indexOf(u("country"))), u("Trung Quốc"));
    EXPECT_EQ(data.rowValues(1).value(names.indexOf(u("reception_date"))), u("Ngày tiếp nhận"));
    // Drop-down lists on the coded columns, from the hidden sheet of lists.
    const test::XlsxSheet *lists = book.sheet(u("danh_muc"));
    ASSERT_NE(lists, nullptr);
    EXPECT_TRUE(lists->hidden);
    EXPECT_GE(data.validations.size(), 12) << data.validations.join(u("\n")).toStdString();
    const auto listOf = [&](const char *column) {
        const qsizetype listColumn = lists->rowValues(1).indexOf(u(column));
        EXPECT_GE(listColumn, 0) << column;
        QStringList values;
        for (int r = 2; r <= lists->lastRow(); ++r) {
            const QString v = lists->rowValues(r).value(listColumn);
            if (!v.isEmpty())
                values.append(v);
        }
        return values;
    };
    EXPECT_EQ(listOf("sex"), (QStringList{u("Nam"), u("Nữ"), u("Không rõ")}));
    EXPECT_TRUE(listOf("country").contains(u("Trung Quốc")));
    EXPECT_TRUE(listOf("ethnicity").contains(u("Kinh")));
    EXPECT_TRUE(listOf("residence_province").contains(u("Quảng Ninh")));
    EXPECT_TRUE(listOf("case_status").contains(u("Đã kết thúc")));
    bool sexValidated = false;
    const QString sexLetter = QString(QChar(char16_t(u'A' + names.indexOf(u("sex")))));
    for (const QString &v : data.validations) {
        if (v.startsWith(sexLetter + u("3:")))
            sexValidated = v.contains(u("danh_muc"));
    }
    EXPECT_TRUE(sexValidated) << data.validations.join(u("\n")).toStdString();
    ASSERT_NE(book.sheet(u("huong_dan")), nullptr);
    EXPECT_TRUE(book.sheet(u("huong_dan"))->rowValues(1).value(0).startsWith(u("Mẫu nhập")));

    // The CSV template through the same function, and never over the database.
    const QString csv = db.filePath(u("template.csv"));
    ASSERT_TRUE(ExportService(db.db()).writeTemplateFile(csv, ExportFormat::Csv).ok());
    EXPECT_EQ(readCsv(csv).value(0), exchange::columnNames(exchange::templateColumns()));
    const auto refused = ExportService(db.db()).writeTemplateFile(db.path(), ExportFormat::Xlsx);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ProtectedFile);
}

TEST(XlsxExportTest, LibreOfficeReadsTheWorkbookWhenInstalled)
{
    const QString soffice = QStandardPaths::findExecutable(u("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    test::TempDatabase db;
    makeDemo(db.db(), 20);
    const QString path = db.filePath(u("receptions.xlsx"));
    ASSERT_TRUE(ExportService(db.db())
                    .exportTable(request(ExchangeTable::Receptions, ExportMode::DeIdentified, path),
                                 domain::Actor::systemUser())
                    .ok());
    QTemporaryDir out;
    QProcess process;
    // UTF-8 text (character set 76 of the CSV filter's options; the default is the locale's,
    // which is ASCII in a test's C locale) and a profile of its own in the scratch folder.
    process.start(soffice,
                  {u("-env:UserInstallation=file://") + out.filePath(u("profile")),
                   u("--headless"),
                   u("--convert-to"),
                   u("csv:Text - txt - csv (StarCalc):44,34,76"),
                   u("--outdir"),
                   out.path(),
                   path});
    ASSERT_TRUE(process.waitForFinished(120000));
    QFile csv(QDir(out.path()).filePath(u("receptions.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(u("Giới tính")));
    // Shown as formatted: dates dd/mm/yyyy, amounts grouped and followed by "đ".
    EXPECT_TRUE(text.contains(QRegularExpression(u(",\\d{2}/\\d{2}/\\d{4},"))));
    EXPECT_TRUE(text.contains(QRegularExpression(u("\\d[,.]\\d{3} đ"))));
}

TEST(XlsxExportTest, TheEncryptedZipHoldsTheWorkbook)
{
    test::TempDatabase db;
    makeDemo(db.db(), 10);
    const QString path = db.filePath(u("receptions.zip"));
    EXPECT_EQ(EncryptedExport::entryName(path, ExportFormat::Xlsx), u("receptions.xlsx"));
    EXPECT_EQ(EncryptedExport::entryName(path), u("receptions.csv"));
    const auto written = EncryptedExport(db.db()).exportZip(
        request(ExchangeTable::Receptions, ExportMode::Full, path),
        domain::Actor::systemUser(),
        QByteArrayLiteral("a long passphrase"));
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    // The entry names are readable without the passphrase; the bytes are not.
    EXPECT_EQ(test::readXlsx(path).entries, QStringList{u("receptions.xlsx")});
}
