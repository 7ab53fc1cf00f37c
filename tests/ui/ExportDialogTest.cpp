// The Export dialog over a real temporary database: the row count of a period, files
// byte-identical to ExportService's in both modes, the confirmation and the role check of
// full mode, cancel leaving no file.
#include "ui/exchange/ExportDialog.h"

#include "UiTestData.h"
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ExportService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

namespace sr::test {
namespace {

using exchange::ExchangeTable;
using ui::ExportDialog;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

class ExportDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        m_cases = sampleCases(240);
        insertCases(m_db.db(), m_cases);
    }

    /** Active cases received in [from, to]: the rows of a receptions export. */
    qint64 received(const QDate &from, const QDate &to) const
    {
        return std::count_if(m_cases.begin(), m_cases.end(), [&](const SampleCase &c) {
            return !c.archived && c.received >= from && c.received <= to;
        });
    }

    static bool finish(ExportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000);
    }

    /** The same export made by the service directly. */
    QByteArray serviceBytes(const ExportDialog &dialog, exchange::ExportMode mode)
    {
        services::ExportRequest request;
        request.period = dialog.period();
        request.table = dialog.table();
        request.mode = mode;
        request.filePath = m_db.filePath(QStringLiteral("service-%1.csv").arg(m_serial++));
        const auto written = services::ExportService(m_db.db()).exportTable(request, m_actor);
        EXPECT_TRUE(written.ok());
        return fileBytes(request.filePath);
    }

    TempDatabase m_db;
    QList<SampleCase> m_cases;
    domain::Actor m_actor = domain::Actor::systemUser();
    int m_serial = 0;
};

TEST_F(ExportDialogTest, ShowsTheRowCountOfThePeriodAndTable)
{
    FixedClock clock(QDateTime(QDate(2022, 5, 10), QTime(9, 0)));
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    // Last quarter is the default: 2022-01-01 – 2022-03-31.
    EXPECT_EQ(dialog.period().from(), QDate(2022, 1, 1));
    EXPECT_EQ(dialog.period().to(), QDate(2022, 3, 31));
    const qint64 q1 = received(QDate(2022, 1, 1), QDate(2022, 3, 31));
    ASSERT_GT(q1, 0);
    EXPECT_EQ(dialog.rowCount(), q1);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("rowCountLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().startsWith(QString::number(q1) + QLatin1Char(' ')))
        << label->text().toStdString();
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("/safereturn-receptions-2022-Q1.csv")))
        << dialog.filePath().toStdString();

    // The same presets as the report window, months included.
    dialog.setPreset(ExportDialog::Preset::LastMonth);
    EXPECT_EQ(dialog.period().from(), QDate(2022, 4, 1));
    EXPECT_EQ(dialog.period().to(), QDate(2022, 4, 30));
    EXPECT_EQ(dialog.rowCount(), received(QDate(2022, 4, 1), QDate(2022, 4, 30)));
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("/safereturn-receptions-2022-04.csv")))
        << dialog.filePath().toStdString();

    dialog.setPreset(ExportDialog::Preset::LastYear);
    EXPECT_EQ(dialog.rowCount(), received(QDate(2021, 1, 1), QDate(2021, 12, 31)));
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("/safereturn-receptions-2021.csv")));

    dialog.setCustomRange(QDate(2021, 3, 5), QDate(2023, 1, 20));
    EXPECT_EQ(dialog.rowCount(), received(QDate(2021, 3, 5), QDate(2023, 1, 20)));
    // A full export proposes the encrypted ZIP; the user may choose the plain CSV.
    dialog.setMode(ExportDialog::Mode::Full);
    EXPECT_TRUE(dialog.encryptedZip());
    EXPECT_TRUE(dialog.filePath().endsWith(
        QStringLiteral("/safereturn-receptions-2021-03-05_2023-01-20-full.zip")));
    dialog.setEncryptedZip(false);
    EXPECT_TRUE(dialog.filePath().endsWith(
        QStringLiteral("/safereturn-receptions-2021-03-05_2023-01-20-full.csv")));

    dialog.setTable(ExchangeTable::Batches);
    EXPECT_EQ(dialog.rowCount(), 0); // the sample cases came in no handover batch

    dialog.setCustomRange(QDate(2023, 1, 1), QDate(2022, 1, 1));
    EXPECT_EQ(dialog.rowCount(), -1);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

TEST_F(ExportDialogTest, WritesTheServiceBytesInBothModes)
{
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    dialog.setCustomRange(QDate(2021, 1, 1), QDate(2022, 6, 30));
    int asked = 0;
    dialog.setConfirmation([&](const QString &) { return ++asked > 0; });

    const QString deIdentified = m_db.filePath(QStringLiteral("de-identified.csv"));
    dialog.setFilePath(deIdentified);
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    ASSERT_TRUE(dialog.summary().has_value());
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(dialog.summary()->rows, received(QDate(2021, 1, 1), QDate(2022, 6, 30)));
    const QByteArray deBytes = fileBytes(deIdentified);
    ASSERT_TRUE(deBytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(deBytes, serviceBytes(dialog, exchange::ExportMode::DeIdentified));
    // No name of any person is in the de-identified file.
    for (const SampleCase &c : m_cases)
        ASSERT_FALSE(QString::fromUtf8(deBytes).contains(c.fullName));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    EXPECT_TRUE(status->text().contains(QDir::toNativeSeparators(deIdentified)));

    const QString full = m_db.filePath(QStringLiteral("full.csv"));
    dialog.setMode(ExportDialog::Mode::Full);
    dialog.setEncryptedZip(false);
    dialog.setFilePath(full);
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    EXPECT_EQ(asked, 1);
    ASSERT_TRUE(dialog.summary().has_value());
    const QByteArray fullBytes = fileBytes(full);
    EXPECT_TRUE(QString::fromUtf8(fullBytes).contains(m_cases.first().fullName));
    EXPECT_EQ(fullBytes, serviceBytes(dialog, exchange::ExportMode::Full));
}

TEST_F(ExportDialogTest, FullModeNeedsConfirmationAndTheRole)
{
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    dialog.setCustomRange(QDate(2021, 1, 1), QDate(2023, 12, 31));
    dialog.setMode(ExportDialog::Mode::Full);
    dialog.setEncryptedZip(false);
    QString asked;
    dialog.setConfirmation([&](const QString &text) {
        asked = text;
        return false;
    });
    const QString path = m_db.filePath(QStringLiteral("refused.csv"));
    dialog.setFilePath(path);
    dialog.startExport();
    EXPECT_FALSE(dialog.isExporting());
    EXPECT_TRUE(asked.contains(QStringLiteral("personal data")));
    EXPECT_TRUE(asked.contains(QStringLiteral("document numbers")));
    EXPECT_TRUE(asked.contains(QStringLiteral("audit log")));
    EXPECT_FALSE(QFile::exists(path));

    // A viewer may export de-identified data only: full mode is explained and refused.
    domain::Actor viewer = m_actor;
    viewer.role = domain::Role::Viewer;
    services::AppContext viewerDialogContext(m_db.db(), viewer);
    ExportDialog viewerDialog(viewerDialogContext);
    bool viewerAsked = false;
    viewerDialog.setConfirmation([&](const QString &) { return viewerAsked = true; });
    viewerDialog.setCustomRange(QDate(2021, 1, 1), QDate(2023, 12, 31));
    viewerDialog.setMode(ExportDialog::Mode::Full);
    viewerDialog.setFilePath(path);
    EXPECT_FALSE(
        viewerDialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    EXPECT_TRUE(viewerDialog.findChild<QLabel *>(QStringLiteral("modeLabel"))
                    ->text()
                    .contains(QStringLiteral("may not export personal data")));
    viewerDialog.startExport();
    EXPECT_FALSE(viewerDialog.isExporting());
    EXPECT_FALSE(viewerAsked);
    EXPECT_FALSE(QFile::exists(path));

    viewerDialog.setMode(ExportDialog::Mode::DeIdentified);
    viewerDialog.startExport();
    ASSERT_TRUE(finish(viewerDialog));
    EXPECT_TRUE(viewerDialog.summary().has_value());
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(ExportDialogTest, TheAttachmentsListIsFullModeOnly)
{
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    dialog.setCustomRange(QDate(2021, 1, 1), QDate(2023, 12, 31));
    dialog.setTable(ExchangeTable::Attachments);
    dialog.setMode(ExportDialog::Mode::DeIdentified);
    const QString path = m_db.filePath(QStringLiteral("attachments.csv"));
    dialog.setFilePath(path);
    EXPECT_EQ(dialog.rowCount(), 0); // the sample cases have no attachments
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    EXPECT_FALSE(exportButton->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("modeLabel"))
                    ->text()
                    .contains(QStringLiteral("full export only")));
    dialog.startExport();
    EXPECT_FALSE(dialog.isExporting());
    EXPECT_FALSE(QFile::exists(path));

    // In the full mode it is written (after the confirmation), a header and no rows here.
    dialog.setMode(ExportDialog::Mode::Full);
    dialog.setEncryptedZip(false);
    dialog.setFilePath(path);
    EXPECT_TRUE(exportButton->isEnabled());
    QString asked;
    dialog.setConfirmation([&](const QString &text) {
        asked = text;
        return true;
    });
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    EXPECT_TRUE(asked.contains(QStringLiteral("file names and notes of each attachment")));
    EXPECT_TRUE(fileBytes(path).contains("attachment_uuid,record_kind,record_uuid"));
}

TEST_F(ExportDialogTest, TheConfirmationBoxDefaultsToCancel)
{
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    dialog.setCustomRange(QDate(2021, 1, 1), QDate(2023, 12, 31));
    dialog.setMode(ExportDialog::Mode::Full);
    dialog.setEncryptedZip(false);
    const QString path = m_db.filePath(QStringLiteral("asked.csv"));
    dialog.setFilePath(path);
    QString text;
    QStringList buttons;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        text = box->text();
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        // Enter presses the default button: Cancel.
        QTest::keyClick(box, Qt::Key_Return);
    });
    dialog.startExport();
    EXPECT_TRUE(text.contains(QStringLiteral("personal data")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Cancel")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Export with personal data")));
    EXPECT_FALSE(dialog.isExporting());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ExportDialogTest, CancelLeavesNoFile)
{
    services::AppContext dialogContext(m_db.db(), m_actor);
    ExportDialog dialog(dialogContext);
    dialog.setCustomRange(QDate(2021, 1, 1), QDate(2023, 12, 31));
    const QString path = m_db.filePath(QStringLiteral("cancelled.csv"));
    dialog.setFilePath(path);
    dialog.startExport();
    ASSERT_TRUE(dialog.isExporting());
    dialog.cancelExport();
    ASSERT_TRUE(finish(dialog));
    EXPECT_EQ(dialog.lastError(), ErrorCode::Cancelled);
    EXPECT_FALSE(dialog.summary().has_value());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(m_db.dir()).entryList({QStringLiteral("cancelled*")}).isEmpty());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("No file was written")));
}

/**
 * Not a check: the pictures of docs/csv-format.md and docs/spreadsheets.md. Runs only with SAFERETURN_SCREENSHOT_DIR
 * set, under Xvfb (QT_QPA_PLATFORM=xcb) for real fonts.
 */
TEST(ExportDialogScreenshots, BothLanguages)
{
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DIR";
    TempDatabase db;
    demo::DemoOptions options;
    options.persons = 400;
    options.seed = 3;
    ASSERT_TRUE(demo::DemoDataService(db.db()).generate(domain::Actor::systemUser(), options).ok());
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext dialogContext(db.db(), domain::Actor::systemUser());
        ExportDialog dialog(dialogContext);
        dialog.setFilePath(QStringLiteral("C:/Users/ctxh/Documents/") + dialog.defaultFileName());
        // At its own height: a wrapped explanation needs its lines (a fixed 330 cut them).
        dialog.resize(760, dialog.sizeHint().height());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        const QString file = QStringLiteral("%1/export-dialog-%2.png").arg(outDir, lang);
        EXPECT_TRUE(dialog.grab().save(file)) << file.toStdString();
        // The same dialog offering the workbook (docs/spreadsheets.md, the user guides).
        dialog.setFormat(services::ExportFormat::Xlsx);
        dialog.setFilePath(QStringLiteral("C:/Users/ctxh/Documents/") + dialog.defaultFileName());
        QTest::qWait(200);
        const QString xlsx = QStringLiteral("%1/export-dialog-xlsx-%2.png").arg(outDir, lang);
        EXPECT_TRUE(dialog.grab().save(xlsx)) << xlsx.toStdString();
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
