#include "ui/ReportsWindow.h"

#include "ExpectedReport.h"
#include "ReportFixture.h"
#include "services/AppContext.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/XlsxInspect.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::ReportsWindow;

class ReportsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor())); }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

TEST_F(ReportsWindowTest, OpensOnTheLastHalfYearWithALivePreview)
{
    // Today is 10/08/2023: the last half-year is "6 tháng đầu năm 2023".
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    auto *from = window.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
    auto *to = window.findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
    ASSERT_TRUE(from && to);
    EXPECT_EQ(from->date(), QDate(2023, 1, 1));
    EXPECT_EQ(to->date(), QDate(2023, 6, 30));
    EXPECT_FALSE(from->isEnabled());
    EXPECT_EQ(window.summary().total.persons, 2);
    auto *preview = window.findChild<QTextBrowser *>(QStringLiteral("previewBrowser"));
    ASSERT_TRUE(preview);
    const QString text = preview->document()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("6 tháng đầu năm 2023")));
    EXPECT_TRUE(text.contains(QStringLiteral("01/01/2023 – 30/06/2023")));

    window.setPreset(ReportsWindow::Preset::LastYear);
    window.refreshPreview();
    EXPECT_EQ(from->date(), QDate(2022, 1, 1));
    EXPECT_EQ(to->date(), QDate(2022, 12, 31));
    EXPECT_EQ(window.summary().total.persons, 3);

    window.setPreset(ReportsWindow::Preset::ThisQuarter);
    window.refreshPreview();
    EXPECT_EQ(from->date(), QDate(2023, 7, 1));
    EXPECT_EQ(to->date(), QDate(2023, 9, 30));
}

TEST_F(ReportsWindowTest, CustomRangeSavesTheSameJsonAsTheCli)
{
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.setCustomRange(QDate(2021, 1, 1), QDate(2023, 6, 30));
    window.refreshPreview();
    EXPECT_TRUE(window.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->isEnabled());
    EXPECT_EQ(window.summary().total.persons, 8);
    const QString path = m_db.filePath(QStringLiteral("window.json"));
    ASSERT_TRUE(window.saveTo(path, QStringLiteral("json")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(),
              QJsonDocument::fromJson(expectedReportJson).object());

    // SR_REPORT_OUTPUT_DIR keeps a screenshot (for the user guide).
    if (const QString keep = qEnvironmentVariable("SR_REPORT_OUTPUT_DIR"); !keep.isEmpty()) {
        window.resize(1000, 760);
        window.grab().save(QDir(keep).filePath(QStringLiteral("reports-window.png")));
    }

    window.setLanguage(reports::Language::English);
    window.refreshPreview();
    EXPECT_TRUE(window.previewDocument()->toPlainText().contains(
        QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM")));
}

TEST_F(ReportsWindowTest, AReversedRangeDisablesPrintAndSave)
{
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.setCustomRange(QDate(2023, 6, 30), QDate(2021, 1, 1));
    window.refreshPreview();
    for (const char *name : {"printButton", "savePdfButton", "saveJsonButton"}) {
        auto *button = window.findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_TRUE(button);
        EXPECT_FALSE(button->isEnabled()) << name;
    }
    EXPECT_FALSE(window.saveTo(m_db.filePath(QStringLiteral("x.json")), QStringLiteral("json")));
    EXPECT_FALSE(QFile::exists(m_db.filePath(QStringLiteral("x.json"))));
}

TEST_F(ReportsWindowTest, SavesTheTablesAsAnExcelWorkbook)
{
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.setCustomRange(QDate(2021, 1, 1), QDate(2023, 6, 30));
    window.refreshPreview();
    auto *button = window.findChild<QPushButton *>(QStringLiteral("saveXlsxButton"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isEnabled());
    const QString path = m_db.filePath(QStringLiteral("window.xlsx"));
    ASSERT_TRUE(window.saveTo(path, QStringLiteral("xlsx")));
    const XlsxBook book = readXlsx(path);
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    ASSERT_EQ(book.sheets.size(), 9);
    // Section 1, first figure row: the 8 persons of the fixture, as a number.
    const XlsxSheet &persons = book.sheets.first();
    const qsizetype total = persons.rowValues(4).indexOf(QString::fromUtf8("Tổng cộng – Người"));
    ASSERT_GE(total, 1);
    EXPECT_EQ(persons.rowValues(5).value(total), QStringLiteral("8"));

    window.setCustomRange(QDate(2023, 6, 30), QDate(2021, 1, 1));
    window.refreshPreview();
    EXPECT_FALSE(button->isEnabled());
}

} // namespace
} // namespace sr::test
