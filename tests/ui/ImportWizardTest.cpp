// The Import wizard over real temporary databases: a bad file lists its errors by row and
// column and writes nothing; good files (full exports of another database) import, and the
// imported database exports the same bytes; cancel writes nothing.
#include "ui/exchange/ImportWizard.h"

#include "UiTestData.h"
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ExportService.h"
#include "support/TempDatabase.h"
#include "tests/support/XlsxFixture.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using exchange::ExchangeTable;
using exchange::ExportMode;
using ui::ImportWizard;

domain::Period allTime()
{
    return domain::Period::custom(QDate(1990, 1, 1), QDate(2099, 12, 31)).value();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/** SHA-256 over the content of every table (rows in primary-key order). */
QByteArray contentHash(storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'person_search_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(db.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
        hash.addData(table.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

Result<services::ExportSummary>
exportFull(storage::Database &db, ExchangeTable table, const QString &path)
{
    services::ExportRequest request;
    request.period = allTime();
    request.table = table;
    request.mode = ExportMode::Full;
    request.filePath = path;
    return services::ExportService(db).exportTable(request, domain::Actor::systemUser());
}

bool idle(ImportWizard &wizard)
{
    return QTest::qWaitFor([&] { return !wizard.isBusy(); }, 60000);
}

const QByteArray kHeader = "case_code,full_name,sex,reception_date,agency,country,route,"
                           "identification_status,case_status,exploitation\r\n";

class ImportWizardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    TempDatabase m_db;
    domain::Actor m_actor = domain::Actor::systemUser();
};

TEST_F(ImportWizardTest, BadFileListsEveryErrorByRowAndColumnAndWritesNothing)
{
    insertCases(m_db.db(), sampleCases(20));
    const QByteArray before = contentHash(m_db.db());
    const QString path = m_db.filePath(QStringLiteral("bad.csv"));
    writeFile(path,
              "\xEF\xBB\xBF" + kHeader
                  + "QN-2024-0501,Trần Thị Thử,female,2023-02-30,ctxh_qn,CN,self_reported,"
                    "pending,open,forced_labour\r\n"
                  + "QN-2024-0502,Lê Văn Thử,male,2024-02-03,Không có cơ quan này,CN,"
                    "self_reported,pending,open,forced_labour\r\n");

    services::AppContext wizardContext(m_db.db(), m_actor);

    ImportWizard wizard(wizardContext);
    wizard.show();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    wizard.setFilePath(path);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPage);
    ASSERT_TRUE(idle(wizard));
    ASSERT_TRUE(wizard.report().has_value());
    EXPECT_FALSE(wizard.report()->written);

    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("issuesTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("reception_date"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("2023-02-30"));
    EXPECT_EQ(table->item(0, 3)->text(),
              ImportWizard::issueText(services::ImportIssueCode::InvalidDate));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("agency"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("Không có cơ quan này"));
    EXPECT_TRUE(table->item(1, 3)->text().contains(QStringLiteral("Add missing agencies")));
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("validationLabel"))
                    ->text()
                    .contains(QStringLiteral("Nothing was written")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(contentHash(m_db.db()), before);
}

TEST_F(ImportWizardTest, WorkbookSheetIsChosenAndErrorsNameRowAndColumnLetter)
{
    // Two sheets: a note first, then the table under a Vietnamese title row; the bad date is
    // in the sheet's row 5, column D.
    const QByteArray before = contentHash(m_db.db());
    XlsxFixture f;
    const QStringList header = QString::fromLatin1(kHeader.trimmed()).split(u',');
    QStringList titles;
    for (const QString &h : header)
        titles.append(QStringLiteral("Tiêu đề ") + h);
    const QStringList good = QStringLiteral("QN-2024-0601,Trần Thị Thử,female,2024-02-03,"
                                            "ctxh_qn,CN,self_reported,pending,open,forced_labour")
                                 .split(u',');
    QStringList bad = good;
    bad[0] = QStringLiteral("QN-2024-0602");
    bad[3] = QStringLiteral("2024-02-30");
    f.sheets.append({QStringLiteral("Ghi chú"), f.textRow(1, {QStringLiteral("Hướng dẫn")})});
    f.sheets.append(
        {QStringLiteral("receptions"),
         f.textRow(1, titles) + f.textRow(2, header) + f.textRow(3, good) + f.textRow(5, bad)});
    const QString path = m_db.filePath(QStringLiteral("receptions.xlsx"));
    ASSERT_TRUE(f.write(path));

    services::AppContext wizardContext(m_db.db(), m_actor);
    ImportWizard wizard(wizardContext);
    wizard.show();
    auto *sheets = wizard.findChild<QComboBox *>(QStringLiteral("sheetComboBox"));
    ASSERT_NE(sheets, nullptr);
    EXPECT_FALSE(sheets->isVisible());
    wizard.setFilePath(path);
    EXPECT_TRUE(sheets->isVisible());
    ASSERT_EQ(sheets->count(), 2);
    EXPECT_EQ(sheets->itemText(0), QStringLiteral("Ghi chú"));
    EXPECT_EQ(wizard.sheet(), QStringLiteral("Ghi chú"));
    wizard.setSheet(QStringLiteral("receptions"));
    EXPECT_EQ(wizard.sheet(), QStringLiteral("receptions"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPage);
    ASSERT_TRUE(idle(wizard));
    ASSERT_TRUE(wizard.report().has_value());
    EXPECT_EQ(wizard.report()->sheet, QStringLiteral("receptions"));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("issuesTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("5"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("D (reception_date)"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("2024-02-30"));
    EXPECT_EQ(table->item(0, 3)->text(),
              ImportWizard::issueText(services::ImportIssueCode::InvalidDate));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(contentHash(m_db.db()), before);

    // Back to the file: a CSV file has no sheets to choose.
    wizard.back();
    const QString csv = m_db.filePath(QStringLiteral("one.csv"));
    writeFile(csv, kHeader);
    wizard.setFilePath(csv);
    EXPECT_FALSE(sheets->isVisible());
    EXPECT_TRUE(wizard.sheet().isEmpty());
}

TEST_F(ImportWizardTest, CsvTemplateIsSavedFromTheWizard)
{
    services::AppContext wizardContext(m_db.db(), m_actor);
    ImportWizard wizard(wizardContext);
    wizard.show();
    auto *button = wizard.findChild<QAbstractButton *>(QStringLiteral("csvTemplateButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    const QString path = m_db.filePath(QStringLiteral("template.csv"));
    ASSERT_TRUE(wizard.saveCsvTemplate(path));
    EXPECT_TRUE(fileBytes(path).startsWith("\xEF\xBB\xBF"
                                           "case_code,full_name,"));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("templateLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("template.csv")));
    // A folder that does not exist: the reason is shown, nothing is written.
    const QString nowhere = m_db.filePath(QStringLiteral("missing/template.csv"));
    EXPECT_FALSE(wizard.saveCsvTemplate(nowhere));
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_FALSE(label->text().startsWith(QStringLiteral("Template saved")));
    EXPECT_FALSE(label->text().isEmpty());
}

// The Excel template saved from the wizard is a workbook the wizard reads back: its first sheet
// is the receptions table (the writer and the reader agree on docs/spreadsheets.md's layout).
TEST_F(ImportWizardTest, ExcelTemplateIsSavedFromTheWizardAndReadBack)
{
    services::AppContext wizardContext(m_db.db(), m_actor);
    ImportWizard wizard(wizardContext);
    wizard.show();
    auto *button = wizard.findChild<QAbstractButton *>(QStringLiteral("xlsxTemplateButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    const QString path = m_db.filePath(QStringLiteral("template.xlsx"));
    ASSERT_TRUE(wizard.saveXlsxTemplate(path));
    EXPECT_TRUE(fileBytes(path).startsWith("PK\x03\x04"));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("templateLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("template.xlsx")));

    const QByteArray before = contentHash(m_db.db());
    wizard.setFilePath(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPage);
    ASSERT_TRUE(idle(wizard));
    ASSERT_TRUE(wizard.report().has_value());
    EXPECT_EQ(wizard.report()->sheet, QStringLiteral("receptions"));
    EXPECT_EQ(wizard.report()->table, exchange::ExchangeTable::Receptions);
    EXPECT_EQ(contentHash(m_db.db()), before) << "validating writes nothing";
}

TEST_F(ImportWizardTest, FullExportsOfAnotherDatabaseImportAndExportTheSameBytes)
{
    TempDatabase source;
    demo::DemoOptions options;
    options.persons = 60;
    options.seed = 11;
    ASSERT_TRUE(demo::DemoDataService(source.db()).generate(m_actor, options).ok());

    // Batches first: receptions refer to them, supports to receptions.
    for (const ExchangeTable table :
         {ExchangeTable::Batches, ExchangeTable::Receptions, ExchangeTable::Supports}) {
        const QString code = exchange::toCode(table);
        const QString path = source.filePath(code + QStringLiteral(".csv"));
        const auto exported = exportFull(source.db(), table, path);
        ASSERT_TRUE(exported.ok());
        ASSERT_GT(exported->rows, 0) << code.toStdString();

        services::AppContext wizardContext(m_db.db(), m_actor);

        ImportWizard wizard(wizardContext);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        ASSERT_TRUE(idle(wizard));
        ASSERT_TRUE(wizard.report().has_value());
        ASSERT_TRUE(wizard.report()->isValid()) << code.toStdString();
        EXPECT_FALSE(wizard.report()->written);
        EXPECT_EQ(wizard.report()->rows, exported->rows);
        EXPECT_EQ(services::ExportService(m_db.db()).countRows(allTime(), table).value(), 0);

        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::ConfirmPage);
        EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("confirmLabel"))
                        ->text()
                        .startsWith(QString::number(exported->rows) + QLatin1Char(' ')));
        wizard.next();
        ASSERT_TRUE(idle(wizard));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; }));
        ASSERT_TRUE(wizard.report().has_value());
        EXPECT_TRUE(wizard.report()->written);
        EXPECT_EQ(wizard.report()->created, exported->rows);
        EXPECT_EQ(imported.count(), 1);
        EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                        ->text()
                        .contains(QStringLiteral("Records created: %1").arg(exported->rows)));
        EXPECT_EQ(services::ExportService(m_db.db()).countRows(allTime(), table).value(),
                  exported->rows);
    }
    for (const ExchangeTable table :
         {ExchangeTable::Batches, ExchangeTable::Receptions, ExchangeTable::Supports}) {
        const QString code = exchange::toCode(table);
        const QString first = source.filePath(code + QStringLiteral(".csv"));
        const QString again = m_db.filePath(code + QStringLiteral("-again.csv"));
        ASSERT_TRUE(exportFull(m_db.db(), table, again).ok());
        EXPECT_EQ(fileBytes(again), fileBytes(first)) << code.toStdString();
    }
}

TEST_F(ImportWizardTest, CancelledImportWritesNothing)
{
    TempDatabase source;
    insertCases(source.db(), sampleCases(50));
    const QString path = source.filePath(QStringLiteral("receptions.csv"));
    ASSERT_TRUE(exportFull(source.db(), ExchangeTable::Receptions, path).ok());
    const QByteArray before = contentHash(m_db.db());

    services::AppContext wizardContext(m_db.db(), m_actor);

    ImportWizard wizard(wizardContext);
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    ASSERT_TRUE(idle(wizard));
    ASSERT_TRUE(wizard.report() && wizard.report()->isValid());
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ProgressPage);
    wizard.cancelRun();
    ASSERT_TRUE(idle(wizard));
    EXPECT_EQ(wizard.lastError(), ErrorCode::Cancelled);
    EXPECT_EQ(wizard.currentId(), ImportWizard::ProgressPage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(contentHash(m_db.db()), before);
}

TEST_F(ImportWizardTest, MainWindowMenuImportsAndRefreshesTheCaseList)
{
    TempDatabase source;
    insertCases(source.db(), sampleCases(30));
    const QString path = source.filePath(QStringLiteral("receptions.csv"));
    const auto exported = exportFull(source.db(), ExchangeTable::Receptions, path);
    ASSERT_TRUE(exported.ok());

    services::AppContext windowContext(m_db.db(), m_actor);

    ui::MainWindow window(windowContext);
    ASSERT_EQ(window.caseListModel()->rowCount(), 0);
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importCsvAction"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportCsvAction"));
    ASSERT_NE(importAction, nullptr);
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(importAction->isEnabled());
    EXPECT_TRUE(exportAction->isEnabled());

    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        wizard->setFilePath(path);
        wizard->next();
        ASSERT_TRUE(idle(*wizard));
        wizard->next();
        wizard->next();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 60000));
        driven = true;
        wizard->accept();
    });
    importAction->trigger();
    ASSERT_TRUE(driven);
    EXPECT_EQ(window.caseListModel()->rowCount(), exported->rows);

    // The entries follow the permissions: social workers do not export, viewers do not import.
    domain::Actor worker = m_actor;
    worker.role = domain::Role::SocialWorker;
    services::AppContext workerWindowContext(m_db.db(), worker);
    ui::MainWindow workerWindow(workerWindowContext);
    EXPECT_FALSE(workerWindow.findChild<QAction *>(QStringLiteral("exportCsvAction"))->isEnabled());
    domain::Actor viewer = m_actor;
    viewer.role = domain::Role::Viewer;
    services::AppContext viewerWindowContext(m_db.db(), viewer);
    ui::MainWindow viewerWindow(viewerWindowContext);
    EXPECT_FALSE(viewerWindow.findChild<QAction *>(QStringLiteral("importCsvAction"))->isEnabled());
    EXPECT_TRUE(viewerWindow.findChild<QAction *>(QStringLiteral("exportCsvAction"))->isEnabled());
}

TEST_F(ImportWizardTest, IssuesAreWordedInTheUsersLanguage)
{
    messages::installTranslators(QStringLiteral("vi"));
    const QString date = ImportWizard::issueText(services::ImportIssueCode::InvalidDate);
    const QString reference = ImportWizard::issueText(services::ImportIssueCode::UnknownReference);
    services::AppContext context(m_db.db(), m_actor);
    const QString next = ImportWizard(context).buttonText(QWizard::NextButton);
    messages::installTranslators(QStringLiteral("en"));
    EXPECT_EQ(date, QStringLiteral("Ngày không hợp lệ (YYYY-MM-DD)."));
    EXPECT_TRUE(reference.startsWith(QStringLiteral("Giá trị không có trong danh mục")));
    EXPECT_EQ(next, QStringLiteral("&Tiếp >"));
    EXPECT_EQ(ImportWizard::issueText(services::ImportIssueCode::InvalidDate),
              QStringLiteral("Not a valid date (YYYY-MM-DD)."));
}

TEST_F(ImportWizardTest, NeitherAViewerNorAReadOnlyDatabaseImports)
{
    const QString path = m_db.filePath(QStringLiteral("any.csv"));
    writeFile(path, kHeader);
    domain::Actor viewer = m_actor;
    viewer.role = domain::Role::Viewer;
    services::AppContext wizardContext(m_db.db(), viewer);
    ImportWizard wizard(wizardContext);
    wizard.show();
    wizard.setFilePath(path);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("permissionLabel"))->isVisible());

    // Nor can anyone import into a database opened read-only.
    storage::Database::Options readOnly;
    readOnly.access = storage::Database::Access::ReadOnly;
    readOnly.creation = storage::Database::Creation::MustExist;
    auto opened = storage::Database::open(m_db.path(), readOnly);
    ASSERT_TRUE(opened.ok());
    services::AppContext readOnlyWizardContext(**opened, m_actor);
    ImportWizard readOnlyWizard(readOnlyWizardContext);
    readOnlyWizard.show();
    readOnlyWizard.setFilePath(path);
    EXPECT_FALSE(readOnlyWizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(readOnlyWizard.findChild<QLabel *>(QStringLiteral("permissionLabel"))
                    ->text()
                    .contains(QStringLiteral("read-only")));
}

/**
 * Not a check: the pictures of docs/csv-format.md (the validation report of a spreadsheet with
 * mistakes). Runs only with SAFERETURN_SCREENSHOT_DIR set, under Xvfb (QT_QPA_PLATFORM=xcb).
 */
TEST(ImportWizardScreenshots, BothLanguages)
{
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DIR";
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("ho-so-cu-2019.csv"));
    writeFile(path,
              "\xEF\xBB\xBF" + kHeader
                  + "QN-2019-0031,Trần Thị Thu,female,2019-02-30,ctxh_qn,CN,self_reported,"
                    "pending,open,forced_marriage\r\n"
                  + "QN-2019-0032,Lê Văn Đức,male,2019-03-04,Đồn Biên phòng Hoành Mô,CN,"
                    "self_reported,pending,open,forced_labour\r\n"
                  + "QN-2019-0033,,nữ,2019-03-11,ctxh_qn,Trung Quốc,self_reported,pending,"
                    "open,forced_marriage\r\n"
                  + "QN-2019-0034,Hoàng Thị Mai,female,2019-04-02,ctxh_qn,Lào,"
                    "self_reported,chua_xac_minh,open,forced_labour\r\n");
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext wizardContext(db.db(), domain::Actor::systemUser());
        ImportWizard wizard(wizardContext);
        wizard.resize(900, 560);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFilePath(path);
        wizard.next();
        ASSERT_TRUE(idle(wizard));
        QTest::qWait(200);
        const QString file = QStringLiteral("%1/import-wizard-%2.png").arg(outDir, lang);
        EXPECT_TRUE(wizard.grab().save(file)) << file.toStdString();
    }
    messages::installTranslators(QStringLiteral("en"));
}

/**
 * Not a check: the pictures of the user guide's import from an Excel workbook (the file page
 * with the sheet chooser, the issues named by the sheet's row and column letter). Runs only
 * with SAFERETURN_SCREENSHOT_DIR set, under Xvfb (QT_QPA_PLATFORM=xcb).
 */
TEST(ImportWizardScreenshots, Workbook)
{
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DIR";
    TempDatabase db;
    XlsxFixture f;
    const QStringList header = QString::fromLatin1(kHeader.trimmed()).split(u',');
    const QStringList titles = {QStringLiteral("Mã hồ sơ"),
                                QStringLiteral("Họ và tên"),
                                QStringLiteral("Giới tính"),
                                QStringLiteral("Ngày tiếp nhận"),
                                QStringLiteral("Cơ quan tiếp nhận"),
                                QStringLiteral("Nước trở về"),
                                QStringLiteral("Đường trở về"),
                                QStringLiteral("Xác định nạn nhân"),
                                QStringLiteral("Trạng thái"),
                                QStringLiteral("Hình thức bóc lột")};
    QByteArray xml = f.textRow(1, titles) + f.textRow(2, header);
    const QList<QStringList> rows = {
        QStringLiteral("QN-2019-0031,Trần Thị Thu,female,30/02/2019,ctxh_qn,CN,self_reported,"
                       "pending,open,forced_marriage")
            .split(u','),
        QStringLiteral("QN-2019-0032,Lê Văn Đức,male,04/03/2019,Đồn Biên phòng Hoành Mô,CN,"
                       "self_reported,pending,open,forced_labour")
            .split(u','),
        QStringLiteral("QN-2019-0033,,nữ,11/03/2019,ctxh_qn,Trung Quốc,self_reported,pending,"
                       "open,forced_marriage")
            .split(u','),
    };
    for (qsizetype i = 0; i < rows.size(); ++i)
        xml += f.textRow(int(i) + 3, rows[i]);
    f.sheets.append(
        {QStringLiteral("Hướng dẫn"), f.textRow(1, {QStringLiteral("Điền từ dòng 3")})});
    f.sheets.append({QStringLiteral("receptions"), xml});
    const QString path = db.filePath(QStringLiteral("ho-so-cu-2019.xlsx"));
    ASSERT_TRUE(f.write(path));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext wizardContext(db.db(), domain::Actor::systemUser());
        ImportWizard wizard(wizardContext);
        wizard.resize(900, 560);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFilePath(path);
        wizard.setSheet(QStringLiteral("receptions"));
        QTest::qWait(200);
        QString file = QStringLiteral("%1/import-wizard-xlsx-file-%2.png").arg(outDir, lang);
        EXPECT_TRUE(wizard.grab().save(file)) << file.toStdString();
        wizard.next();
        ASSERT_TRUE(idle(wizard));
        QTest::qWait(200);
        file = QStringLiteral("%1/import-wizard-xlsx-%2.png").arg(outDir, lang);
        EXPECT_TRUE(wizard.grab().save(file)) << file.toStdString();
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
