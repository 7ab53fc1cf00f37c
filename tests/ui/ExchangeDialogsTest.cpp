// The export dialog and the import wizard as a new user meets them: the proposed folder exists,
// a file error names the file and why, and the finished import leaves one button and the
// table in the user's words.
#include "UiTestData.h"
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ExportService.h"
#include "support/TempDatabase.h"
#include "support/XlsxInspect.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using exchange::ExchangeTable;
using ui::ExportDialog;
using ui::ImportWizard;

class ExchangeDialogsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override { insertCases(m_db.db(), sampleCases(20)); }

    static bool finish(ExportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000);
    }

    TempDatabase m_db;
    domain::Actor m_actor = domain::Actor::systemUser();
};

/** Sets HOME for the life of the object (QStandardPaths and QDir::homePath() read it). */
class HomeFolder
{
public:
    explicit HomeFolder(const QString &home)
        : m_saved(qgetenv("HOME"))
    {
        qputenv("HOME", QFile::encodeName(home));
    }
    ~HomeFolder() { qputenv("HOME", m_saved); }

private:
    QByteArray m_saved;
};

TEST_F(ExchangeDialogsTest, ProposesAFolderThatExists)
{
    // A fresh account: no Documents folder yet.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const HomeFolder fresh(home.path());
    ASSERT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("Documents"))));

    services::AppContext context(m_db.db(), m_actor);
    ExportDialog dialog(context);
    const QString folder = QFileInfo(dialog.filePath()).absolutePath();
    EXPECT_TRUE(QFileInfo(folder).isDir()) << folder.toStdString();

    // And the proposed file is written there.
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    ASSERT_TRUE(dialog.summary().has_value()) << dialog.statusText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(dialog.filePath()));
}

TEST_F(ExchangeDialogsTest, AFileErrorNamesTheFolderAndWhy)
{
    services::AppContext context(m_db.db(), m_actor);
    ExportDialog dialog(context);
    const QString missing = m_db.filePath(QStringLiteral("removed-folder"));
    dialog.setFilePath(missing + QStringLiteral("/export.csv"));
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    EXPECT_FALSE(dialog.summary().has_value());
    ASSERT_TRUE(dialog.lastFailure().has_value());
    EXPECT_EQ(dialog.lastFailure()->reason, ErrorReason::FolderMissing);
    const QString text = dialog.statusText();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(missing))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("does not exist"))) << text.toStdString();

    // The encrypted ZIP says the same.
    dialog.setMode(ExportDialog::Mode::Full);
    dialog.setConfirmation([](const QString &) { return true; });
    ASSERT_TRUE(dialog.encryptedZip());
    dialog.findChild<QLineEdit *>(QStringLiteral("zipPassphraseEdit"))
        ->setText(QStringLiteral("a long passphrase"));
    dialog.findChild<QLineEdit *>(QStringLiteral("zipPassphraseConfirmEdit"))
        ->setText(QStringLiteral("a long passphrase"));
    dialog.setFilePath(missing + QStringLiteral("/export.zip"));
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    ASSERT_TRUE(dialog.lastFailure().has_value());
    EXPECT_EQ(dialog.lastFailure()->reason, ErrorReason::FolderMissing);
    EXPECT_TRUE(dialog.statusText().contains(QDir::toNativeSeparators(missing)))
        << dialog.statusText().toStdString();
}

TEST_F(ExchangeDialogsTest, OffersExcelBesideCsvAndWritesTheWorkbook)
{
    services::AppContext context(m_db.db(), m_actor);
    ExportDialog dialog(context);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatComboBox"));
    ASSERT_TRUE(format);
    ASSERT_EQ(format->count(), 2);
    EXPECT_EQ(format->itemText(0), QStringLiteral("CSV (.csv)"));
    EXPECT_EQ(format->itemText(1), QStringLiteral("Excel (.xlsx)"));
    EXPECT_EQ(dialog.format(), services::ExportFormat::Csv);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral(".csv")));

    // Choosing Excel changes the proposed file's suffix; a file the user named keeps its name.
    format->setCurrentIndex(1);
    EXPECT_EQ(dialog.format(), services::ExportFormat::Xlsx);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral(".xlsx")))
        << dialog.filePath().toStdString();
    EXPECT_TRUE(dialog.defaultFileName().endsWith(QStringLiteral(".xlsx")));
    dialog.setFilePath(m_db.filePath(QStringLiteral("mine.csv")));
    format->setCurrentIndex(0);
    format->setCurrentIndex(1);
    EXPECT_EQ(dialog.filePath(), m_db.filePath(QStringLiteral("mine.xlsx")));

    // Every sample case, whatever today is.
    dialog.setCustomRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    dialog.updateRowCount();
    EXPECT_GT(dialog.rowCount(), 0);
    dialog.startExport();
    ASSERT_TRUE(finish(dialog));
    ASSERT_TRUE(dialog.summary().has_value()) << dialog.statusText().toStdString();
    const XlsxBook book = readXlsx(dialog.filePath());
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_EQ(book.sheets.first().name, QStringLiteral("receptions"));
    EXPECT_EQ(book.sheets.first().lastRow() - 2, dialog.summary()->rows);
    EXPECT_GT(dialog.summary()->rows, 0);
}

TEST_F(ExchangeDialogsTest, FinishedImportHasOneButtonAndNamesTheTableInWords)
{
    TempDatabase source;
    demo::DemoOptions options;
    options.persons = 5;
    options.seed = 3;
    ASSERT_TRUE(demo::DemoDataService(source.db()).generate(m_actor, options).ok());
    services::ExportRequest request;
    request.period = domain::Period::custom(QDate(1990, 1, 1), QDate(2099, 12, 31)).value();
    request.table = ExchangeTable::Batches;
    request.mode = exchange::ExportMode::Full;
    request.filePath = source.filePath(QStringLiteral("from-the-border.csv"));
    ASSERT_TRUE(services::ExportService(source.db()).exportTable(request, m_actor).ok());

    services::AppContext context(m_db.db(), m_actor);
    ImportWizard wizard(context);
    wizard.show();
    wizard.setFilePath(request.filePath);
    wizard.next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.isBusy(); }, 60000));
    ASSERT_TRUE(wizard.report().has_value() && wizard.report()->isValid());
    wizard.next();
    wizard.next();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; }, 60000));

    // Nothing left to cancel: Finish only.
    EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisible());
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());

    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(ImportWizard::tableLabel(ExchangeTable::Batches)))
        << summary.toStdString();
    // Not the table's code in the file format.
    EXPECT_FALSE(summary.contains(QStringLiteral(": ") + exchange::toCode(ExchangeTable::Batches)))
        << summary.toStdString();
}

} // namespace
} // namespace sr::test
