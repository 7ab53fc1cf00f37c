// The audit viewer (lazy pages, filters, audited CSV export, ViewAudit) and the backup dialog
// (encrypted by default, passphrase checks, restore of an encrypted file).
#include "ui/admin/AuditViewer.h"

#include "../UiTestData.h"
#include "services/AppContext.h"
#include "services/AuditService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/BackupDialog.h"
#include "ui/exchange/ExportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::ui {
namespace {

using namespace sr::domain;

qint64 count(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

class AuditViewerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        services::AuditService audit(m_db.db());
        for (int i = 0; i < 450; ++i)
            ASSERT_TRUE(
                audit
                    .record(i % 3 == 0 ? m_worker : m_manager,
                            i % 2 == 0 ? QStringLiteral("report") : QStringLiteral("export"))
                    .ok());
        m_total = count(m_db.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_manager{0, QStringLiteral("manager1"), Role::Manager};
    Actor m_worker{0, QStringLiteral("worker1"), Role::SocialWorker};
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    qint64 m_total = 0;
};

TEST_F(AuditViewerTest, LoadsPagesLazilyAndFilters)
{
    services::AppContext viewerContext(m_db.db(), m_manager);
    AuditViewer viewer(viewerContext);
    AuditTableModel *model = viewer.model();
    EXPECT_EQ(model->totalRows(), m_total);
    EXPECT_EQ(model->rowCount(), AuditTableModel::pageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * AuditTableModel::pageSize);
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), m_total);
    // Newest first; actions in the user's words (the code in the tooltip), dates as dd/MM/yyyy.
    EXPECT_EQ(model->index(0, 2).data().toString(), QStringLiteral("CSV export"));
    EXPECT_EQ(model->index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("export"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d$"))
                    .match(model->index(0, 0).data().toString())
                    .hasMatch())
        << model->index(0, 0).data().toString().toStdString();
    auto *actions = viewer.findChild<QComboBox *>(QStringLiteral("auditActionCombo"));
    ASSERT_NE(actions, nullptr);
    EXPECT_EQ(actions->itemText(actions->findData(QStringLiteral("report"))),
              QStringLiteral("Report made"));

    auto *combo = viewer.findChild<QComboBox *>(QStringLiteral("auditUserCombo"));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(QStringLiteral("worker1")));
    viewer.applyFilter();
    EXPECT_EQ(model->totalRows(), 150);
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("worker1"));
    auto *status = viewer.findChild<QLabel *>(QStringLiteral("auditStatusLabel"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("150")));
}

TEST_F(AuditViewerTest, ShowsCaseCodesAndChangesInTheUsersWords)
{
    test::insertCases(m_db.db(), test::sampleCases(1));
    QSqlQuery person(m_db.db().connection());
    ASSERT_TRUE(person.exec(QStringLiteral("SELECT id, case_code FROM person")) && person.next());
    const qint64 personId = person.value(0).toLongLong();
    const QString caseCode = person.value(1).toString();
    ASSERT_FALSE(caseCode.isEmpty());
    services::AuditService audit(m_db.db());
    QJsonObject changes;
    changes.insert(QStringLiteral("full_name"),
                   QJsonArray{QStringLiteral("Trần Văn A"), QStringLiteral("Trần Văn Ba")});
    changes.insert(QStringLiteral("sex"),
                   QJsonArray{QStringLiteral("unknown"), QStringLiteral("female")});
    changes.insert(QStringLiteral("birth_date"),
                   QJsonArray{QString(), QStringLiteral("2008-03-15")});
    ASSERT_TRUE(
        audit
            .record(
                m_manager, QStringLiteral("update"), changes, QStringLiteral("person"), personId)
            .ok());

    services::AppContext viewerContext(m_db.db(), m_manager);
    AuditViewer viewer(viewerContext);
    viewer.show();
    AuditTableModel *model = viewer.model();
    // The newest row is the update: the case code, not the internal id, and readable details.
    EXPECT_EQ(model->headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Case"));
    EXPECT_EQ(model->index(0, 4).data().toString(), caseCode);
    const QString details = model->index(0, 5).data().toString();
    EXPECT_TRUE(details.contains(QStringLiteral("Full name: Trần Văn A → Trần Văn Ba")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Sex: Unknown → Female"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Date of birth: (empty) → 15/03/2008")))
        << details.toStdString();
    EXPECT_FALSE(details.contains(u'{')) << details.toStdString();
    // Rows that are not record changes are worded too.
    EXPECT_EQ(AuditTableModel::changeLines(
                  QStringLiteral("app_user"),
                  QStringLiteral("login_failed"),
                  QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_password")}}),
              QStringList{QStringLiteral("Reason: wrong password")});
    EXPECT_EQ(AuditTableModel::changeLines(
                  QStringLiteral("app_user"),
                  QStringLiteral("user_role_change"),
                  QJsonObject{{QStringLiteral("role"),
                               QJsonArray{QStringLiteral("viewer"), QStringLiteral("manager")}}}),
              QStringList{QStringLiteral("Role: Viewer → Manager")});
    // The rows the sample case made (person and reception created) carry its code too.
    int withCode = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 4).data().toString() == caseCode)
            ++withCode;
        EXPECT_FALSE(model->index(row, 5).data().toString().contains(QStringLiteral("uuid")));
    }
    EXPECT_GE(withCode, 3);

    // dd/MM/yyyy in the date filters; time, user and action columns show their text whole.
    const QList<QDateEdit *> dates = viewer.findChildren<QDateEdit *>();
    ASSERT_EQ(dates.size(), 2);
    for (QDateEdit *date : dates)
        EXPECT_EQ(date->displayFormat(), QStringLiteral("dd/MM/yyyy"));
    auto *view = viewer.findChild<QTableView *>(QStringLiteral("auditTable"));
    ASSERT_NE(view, nullptr);
    for (int column : {0, 1, 2, 4}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            ASSERT_GE(view->columnWidth(column), view->fontMetrics().horizontalAdvance(text))
                << column << " " << text.toStdString();
        }
    }
    EXPECT_LE(viewer.width(), 1366);
}

TEST_F(AuditViewerTest, ExportsTheFilteredRowsAndAuditsIt)
{
    services::AppContext viewerContext(m_db.db(), m_manager);
    AuditViewer viewer(viewerContext);
    auto *actions = viewer.findChild<QComboBox *>(QStringLiteral("auditActionCombo"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("report")));
    viewer.applyFilter();
    const QString path = m_db.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(viewer.exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 1 + 225);
    EXPECT_EQ(count(m_db.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit_export' "
                                   "AND actor = 'manager1' AND changes LIKE '%\"rows\":225%'")),
              1);
}

TEST_F(AuditViewerTest, ASocialWorkerSeesNothingAndTheMenuEntryIsDisabled)
{
    services::AppContext viewerContext(m_db.db(), m_worker);
    AuditViewer viewer(viewerContext);
    EXPECT_EQ(viewer.model()->rowCount(), 0);
    auto *status = viewer.findChild<QLabel *>(QStringLiteral("auditStatusLabel"));
    EXPECT_FALSE(status->text().isEmpty());
    EXPECT_FALSE(viewer.exportTo(m_db.filePath(QStringLiteral("no.csv"))));
    EXPECT_FALSE(QFile::exists(m_db.filePath(QStringLiteral("no.csv"))));

    services::AppContext workerContext(m_db.db(), m_worker);

    MainWindow worker(workerContext);
    auto *auditAction = worker.findChild<QAction *>(QStringLiteral("auditViewerAction"));
    ASSERT_NE(auditAction, nullptr);
    EXPECT_FALSE(auditAction->isEnabled());
    auto *backupAction = worker.findChild<QAction *>(QStringLiteral("backupAction"));
    ASSERT_NE(backupAction, nullptr);
    EXPECT_FALSE(backupAction->isEnabled());
    services::AppContext managerContext(m_db.db(), m_manager);
    MainWindow manager(managerContext);
    EXPECT_TRUE(manager.findChild<QAction *>(QStringLiteral("auditViewerAction"))->isEnabled());
    EXPECT_FALSE(manager.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
    services::AppContext adminContext(m_db.db(), m_admin);
    MainWindow admin(adminContext);
    EXPECT_TRUE(admin.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
}

TEST_F(AuditViewerTest, BackupDialogEncryptsAndRestores)
{
    services::AppContext dialogContext(m_db.db(), m_admin);
    BackupDialog dialog(dialogContext);
    const QString file = m_db.filePath(QStringLiteral("gui.srbak"));
    EXPECT_FALSE(
        dialog.backup(file, true, QStringLiteral("mật khẩu dài 1"), QStringLiteral("khác")));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(dialog.backup(file, true, QStringLiteral("ngắn"), QStringLiteral("ngắn")));
    EXPECT_FALSE(QFile::exists(file));
    ASSERT_TRUE(dialog.backup(
        file, true, QStringLiteral("mật khẩu dài 1"), QStringLiteral("mật khẩu dài 1")))
        << dialog.message().toStdString();
    QFile backup(file);
    ASSERT_TRUE(backup.open(QIODevice::ReadOnly));
    EXPECT_EQ(backup.read(8), QByteArrayLiteral("SRBACKUP"));
    backup.close();

    QSignalSpy restored(&dialog, &BackupDialog::restored);
    EXPECT_FALSE(dialog.restore(file, QStringLiteral("sai mật khẩu")));
    EXPECT_EQ(restored.count(), 0);
    const qint64 before = m_total;
    ASSERT_TRUE(dialog.restore(file, QStringLiteral("mật khẩu dài 1")))
        << dialog.message().toStdString();
    EXPECT_EQ(restored.count(), 1);
    // The restored log holds the rows of the backup plus the restore's own row.
    EXPECT_EQ(count(m_db.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report' "
                                   "OR action = 'export'")),
              450);
    EXPECT_GT(count(m_db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), before);

    services::AppContext workerContext(m_db.db(), m_worker);

    BackupDialog worker(workerContext);
    EXPECT_FALSE(worker.backup(m_db.filePath(QStringLiteral("w.srbak")),
                               true,
                               QStringLiteral("mật khẩu dài 1"),
                               QStringLiteral("mật khẩu dài 1")));
    EXPECT_FALSE(QFile::exists(m_db.filePath(QStringLiteral("w.srbak"))));
}

TEST_F(AuditViewerTest, ExportDialogWritesAnEncryptedZip)
{
    services::AppContext dialogContext(m_db.db(), m_admin);
    ExportDialog dialog(dialogContext);
    dialog.setConfirmation([](const QString &) { return true; });
    dialog.setMode(ExportDialog::Mode::Full);
    const QString csv = m_db.filePath(QStringLiteral("full.csv"));
    const QString zip = m_db.filePath(QStringLiteral("full.zip"));
    dialog.setFilePath(csv);
    dialog.findChild<QCheckBox *>(QStringLiteral("zipCheckBox"))->setChecked(true);
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("zipPassphraseEdit"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("zipPassphraseConfirmEdit"));
    passphrase->setText(QStringLiteral("mật khẩu dài 12"));
    confirm->setText(QStringLiteral("khác hẳn rồi 12"));
    dialog.startExport();
    EXPECT_FALSE(dialog.isExporting());
    EXPECT_FALSE(QFile::exists(zip));

    confirm->setText(passphrase->text());
    dialog.startExport();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000));
    ASSERT_TRUE(dialog.summary().has_value());
    EXPECT_EQ(dialog.summary()->filePath, zip);
    EXPECT_FALSE(QFile::exists(csv));
    QFile file(zip);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArrayLiteral("PK"));
    EXPECT_TRUE(passphrase->text().isEmpty());
    EXPECT_EQ(count(m_db.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_zip' "
                                   "AND changes LIKE '%\"file\":\"full.zip\"%'")),
              1);
}

// The attachments' and the printed papers' audit rows say what was done, not just "open":
// an administrator tells a paper opened from a case opened, and which document was printed.
TEST(AuditLabels, AttachmentAndPrintingRowsSayWhatWasDone)
{
    using Model = AuditTableModel;
    EXPECT_EQ(Model::actionLabel(QStringLiteral("open"), QStringLiteral("person"), {}),
              QStringLiteral("Case opened"));
    EXPECT_EQ(Model::actionLabel(QStringLiteral("open"), QStringLiteral("attachment"), {}),
              QStringLiteral("Opened an attachment"));
    EXPECT_EQ(Model::actionLabel(QStringLiteral("save_copy"), QStringLiteral("attachment"), {}),
              QStringLiteral("Saved a copy of an attachment"));
    EXPECT_EQ(Model::actionLabel(QStringLiteral("save_copy")),
              QStringLiteral("Saved a copy of an attachment"));
    EXPECT_EQ(Model::entityLabel(QStringLiteral("attachment")), QStringLiteral("Attachment"));
    const std::pair<const char *, const char *> printed[] = {
        {"case_file", "Printed: case file"},
        {"reception_minutes", "Printed: reception minutes"},
        {"support_receipts", "Printed: support receipt list"},
    };
    for (const auto &[document, label] : printed) {
        const QJsonObject details{{QStringLiteral("document"), QLatin1String(document)}};
        EXPECT_EQ(Model::actionLabel(QStringLiteral("print"), QStringLiteral("person"), details),
                  QLatin1String(label));
        EXPECT_EQ(Model::changeLines(QStringLiteral("person"), QStringLiteral("print"), details),
                  QStringList{QStringLiteral("Document: %1")
                                  .arg(Model::printedDocumentLabel(QLatin1String(document)))});
    }
    EXPECT_EQ(Model::actionLabel(QStringLiteral("print"), QStringLiteral("person"), {}),
              QStringLiteral("Printed"));
    EXPECT_EQ(Model::fieldLabel(QStringLiteral("attachment"), QStringLiteral("document_type")),
              QStringLiteral("Document type"));
}

} // namespace
} // namespace sr::ui
