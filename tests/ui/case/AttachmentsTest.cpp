// The case editor's Attachments tab (offscreen, real SQLite database): a file attached through
// the dialog is listed and stored; a refused file keeps everything chosen and marks the file
// field; Save a copy… is a manager's; the viewer shows a PDF page by page and an image; a case
// not saved yet says so; the tab fits a 1366×768 screen.
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/AttachmentService.h"
#include "support/CaseWorkFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/case/AttachDialog.h"
#include "ui/case/AttachmentViewer.h"
#include "ui/case/AttachmentsPanel.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"
#include "ui/case/TimelinePanel.h"
#include "ui/work/WorkModels.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using namespace sr::domain;
using namespace sr::test::casework;
using ui::AttachDialog;
using ui::AttachmentsPanel;
using ui::AttachmentViewer;
using ui::CaseEditor;

/** A PDF of @a pages pages, made in memory. */
QByteArray pdfBytes(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 72), QStringLiteral("Trang %1").arg(page + 1));
    }
    painter.end();
    return bytes;
}

/** A PNG photo of @a size, made in memory. */
QByteArray pngBytes(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x2a, 0x6f, 0x97));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class AttachmentsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        worker =
            addUser(m_db.db(), QStringLiteral("an"), Role::SocialWorker, QStringLiteral("Chị An"));
        manager = addUser(m_db.db(), QStringLiteral("minh"), Role::Manager);
        first = addCase(m_db.db(), worker, QStringLiteral("Nguyễn Thị Hằng"), QDate(2026, 1, 5));
        ASSERT_TRUE(m_dir.isValid());
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next()) {
            ADD_FAILURE() << "count failed: " << sql.toStdString();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    /** Attaches @a bytes to the first case's reception through the service, as @a actor. */
    Attachment attach(const QByteArray &bytes,
                      const QString &type,
                      const QString &fileName,
                      const QString &note = {})
    {
        services::AttachmentService service(m_db.db());
        Attachment description;
        description.personId = first.personId;
        description.receptionId = first.receptionId;
        description.documentType = type;
        description.documentDate = QDate(2026, 1, 6);
        description.fileName = fileName;
        description.note = note;
        auto stored = service.attachBytes(worker, description, bytes);
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
        return stored ? stored.value() : Attachment{};
    }

    /** An editor of the first case, on its Attachments tab. */
    std::unique_ptr<CaseEditor> openEditor(services::AppContext &context)
    {
        auto editor = std::make_unique<CaseEditor>(context);
        EXPECT_TRUE(editor->openCase(first.personId));
        editor->resize(1180, 700);
        editor->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
        editor->showSection(CaseEditor::Section::Attachments);
        return editor;
    }

    FixedClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(3, 0), Qt::UTC)};
    TempDatabase m_db;
    QTemporaryDir m_dir;
    Actor worker;
    Actor manager;
    Case first;
};

TEST_F(AttachmentsTest, AFileAttachedThroughTheDialogIsListedAndStored)
{
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::Attachments);
    EXPECT_EQ(panel->table()->rowCount(), 0);
    EXPECT_TRUE(panel->noteText().startsWith(QStringLiteral("No papers attached yet.")));

    const QString path = writeFile(QStringLiteral("quyet-dinh.png"), pngBytes(QSize(120, 80)));
    AttachDialog *dialog = panel->startAttach(path);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->fileEdit()->text(), QDir::toNativeSeparators(path));
    // The reception shown in the editor is the default owner.
    EXPECT_EQ(dialog->ownerCombo()->currentText(), QStringLiteral("Reception 05/01/2026"));
    dialog->typeCombo()->setCurrentIndex(
        dialog->typeCombo()->findData(QStringLiteral("identification_decision")));
    dialog->dateEdit()->setText(QStringLiteral("06/01/2026"));
    dialog->noteEdit()->setText(QStringLiteral("Bản gốc ở tủ hồ sơ"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return); // Enter attaches
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->attachDialog() == nullptr; }));

    ASSERT_EQ(panel->table()->rowCount(), 1);
    EXPECT_EQ(panel->table()->item(0, 0)->text(), QStringLiteral("Identification decision"));
    EXPECT_EQ(panel->table()->item(0, 1)->text(), QStringLiteral("06/01/2026"));
    EXPECT_EQ(panel->table()->item(0, 2)->text(), QStringLiteral("Reception 05/01/2026"));
    EXPECT_EQ(panel->table()->item(0, 3)->text(), QStringLiteral("quyet-dinh.png"));
    EXPECT_EQ(panel->table()->item(0, 5)->text(), QStringLiteral("an"));
    EXPECT_EQ(
        count(QStringLiteral(
                  "SELECT count(*) FROM attachment WHERE document_type = 'identification_decision' "
                  "AND reception_id = %1 AND document_date = '2026-01-06' AND media_type = "
                  "'image/png' AND note = 'Bản gốc ở tủ hồ sơ' AND archived = 0")
                  .arg(first.receptionId)),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'attachment' "
                                   "AND action = 'create'")),
              1);
}

TEST_F(AttachmentsTest, ARefusedFileKeepsEverythingChosenAndMarksTheFileField)
{
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    // A text file named .pdf: the check is by content, not by name.
    const QString path =
        writeFile(QStringLiteral("scan.pdf"), QByteArrayLiteral("not a pdf at all\n"));
    AttachDialog *dialog = panel->startAttach(path);
    ASSERT_NE(dialog, nullptr);
    dialog->typeCombo()->setCurrentIndex(
        dialog->typeCombo()->findData(QStringLiteral("consent_form")));
    dialog->dateEdit()->setText(QStringLiteral("07/01/2026"));
    dialog->ownerCombo()->setCurrentIndex(0); // the person
    dialog->noteEdit()->setText(QStringLiteral("Ký ngày tiếp nhận"));
    dialog->accept();

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->fileErrorLabel()->isHidden());
    EXPECT_FALSE(dialog->fileErrorLabel()->text().isEmpty());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(dialog->fileEdit()));
    EXPECT_EQ(dialog->fileEdit()->text(), QDir::toNativeSeparators(path));
    EXPECT_EQ(dialog->typeCombo()->currentData().toString(), QStringLiteral("consent_form"));
    EXPECT_EQ(dialog->dateEdit()->text(), QStringLiteral("07/01/2026"));
    EXPECT_EQ(dialog->ownerCombo()->currentIndex(), 0);
    EXPECT_EQ(dialog->noteEdit()->text(), QStringLiteral("Ký ngày tiếp nhận"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);

    // A field the service refuses is marked on its field, the rest still kept.
    const QString good = writeFile(QStringLiteral("ok.png"), pngBytes(QSize(20, 20)));
    dialog->setFilePath(good);
    dialog->typeCombo()->setCurrentIndex(0);                   // "(choose the kind of paper)"
    dialog->dateEdit()->setText(QStringLiteral("01/01/2030")); // in the future
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->fileErrorLabel()->isHidden());
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(dialog->fileEdit()));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(dialog->typeCombo()));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(dialog->dateEdit()));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Kind of paper")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(dialog->dateEdit()->text(), QStringLiteral("01/01/2030"));
    EXPECT_EQ(dialog->noteEdit()->text(), QStringLiteral("Ký ngày tiếp nhận"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
    dialog->reject();
}

TEST_F(AttachmentsTest, SaveACopyIsForManagersOnly)
{
    const Attachment stored =
        attach(pngBytes(QSize(40, 30)), QStringLiteral("photo"), QStringLiteral("anh.png"));
    {
        services::AppContext context(m_db.db(), worker);
        auto editor = openEditor(context);
        AttachmentsPanel *panel = editor->attachmentsPanel();
        ASSERT_EQ(panel->table()->rowCount(), 1);
        EXPECT_TRUE(panel->saveCopyButton()->isHidden());
        EXPECT_TRUE(panel->openButton()->isVisible());
        panel->selectRow(0);
        AttachmentViewer *viewer = panel->openSelected();
        ASSERT_NE(viewer, nullptr);
        EXPECT_EQ(viewer->saveCopyButton(), nullptr);
        viewer->close();
    }
    services::AppContext context(m_db.db(), manager);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    EXPECT_TRUE(panel->saveCopyButton()->isVisible());
    panel->selectRow(0);
    AttachmentViewer *viewer = panel->openSelected();
    ASSERT_NE(viewer, nullptr);
    ASSERT_NE(viewer->saveCopyButton(), nullptr);
    const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
    EXPECT_TRUE(viewer->saveCopyTo(copy)) << viewer->statusText().toStdString();
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), pngBytes(QSize(40, 30)));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'save_copy' "
                                   "AND entity = 'attachment' AND entity_id = %1")
                        .arg(stored.meta.id)),
              1);
    viewer->close();
}

TEST_F(AttachmentsTest, TheViewerShowsAPdfPageByPageAndAnImageFitted)
{
    attach(pdfBytes(3),
           QStringLiteral("identification_decision"),
           QStringLiteral("Nguyen Thi Hang - quyet dinh.pdf"),
           QStringLiteral("Số 12/QĐ"));
    attach(pngBytes(QSize(2400, 1600)), QStringLiteral("photo"), QStringLiteral("anh.png"));
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    ASSERT_EQ(panel->table()->rowCount(), 2);

    panel->selectRow(0);
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_Return); // Enter opens
    auto *pdf = editor->findChild<AttachmentViewer *>();
    ASSERT_NE(pdf, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(pdf));
    EXPECT_TRUE(pdf->isPdf());
    EXPECT_EQ(pdf->pageCount(), 3);
    EXPECT_EQ(pdf->pageLabel()->text(), QStringLiteral("1 / 3"));
    QTest::keyClick(pdf, Qt::Key_PageDown);
    EXPECT_EQ(pdf->currentPage(), 1);
    EXPECT_EQ(pdf->pageLabel()->text(), QStringLiteral("2 / 3"));
    pdf->nextPage();
    pdf->nextPage(); // stays on the last page
    EXPECT_EQ(pdf->pageLabel()->text(), QStringLiteral("3 / 3"));
    QTest::keyClick(pdf, Qt::Key_PageUp);
    EXPECT_EQ(pdf->currentPage(), 1);
    // The title names the kind of paper, never the file (it may hold the person's name).
    EXPECT_EQ(pdf->windowTitle(), QStringLiteral("Attachment — Identification decision"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open' AND "
                                   "entity = 'attachment'")),
              1);
    pdf->close();

    panel->selectRow(1);
    AttachmentViewer *photo = panel->openSelected();
    ASSERT_NE(photo, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(photo));
    EXPECT_FALSE(photo->isPdf());
    EXPECT_EQ(photo->image().size(), QSize(2400, 1600));
    // Fitted: smaller than the picture, inside the window.
    EXPECT_LT(photo->imageShownSize().width(), 2400);
    EXPECT_LE(photo->imageShownSize().width(), photo->width());
    photo->actualSize();
    EXPECT_EQ(photo->imageShownSize(), QSize(2400, 1600));
    photo->zoomOut();
    EXPECT_LT(photo->imageShownSize().width(), 2400);
    EXPECT_EQ(photo->windowTitle(), QStringLiteral("Attachment — Photo"));
    photo->close();
}

TEST_F(AttachmentsTest, TheTimelineSaysWhatWasAttachedToWhatWithoutTheFileName)
{
    TimelineEntry added;
    added.kind = TimelineKind::AttachmentAdded;
    added.detail = QStringLiteral("Quyết định xác định nạn nhân");
    added.detailEn = QStringLiteral("Identification decision");
    added.code = QStringLiteral("reception");
    added.code2 = QStringLiteral("2026-01-05");
    EXPECT_EQ(ui::WorkLabels::what(added),
              QStringLiteral("Attached: Identification decision (reception 05/01/2026)"));
    TimelineEntry receipt = added;
    receipt.detailEn = QStringLiteral("Support receipt");
    receipt.code = QStringLiteral("support");
    receipt.code2 = QStringLiteral("2026-01-06");
    receipt.detail2 = QStringLiteral("Hỗ trợ y tế");
    EXPECT_EQ(ui::WorkLabels::what(receipt),
              QStringLiteral("Attached: Support receipt (support: Hỗ trợ y tế 06/01/2026)"));
    TimelineEntry archived = added;
    archived.kind = TimelineKind::AttachmentArchived;
    archived.detailEn = QStringLiteral("Photo");
    archived.code = QStringLiteral("person");
    archived.code2.clear();
    archived.detail2 = QStringLiteral("Trùng");
    EXPECT_EQ(ui::WorkLabels::what(archived),
              QStringLiteral("Attachment archived: Photo (the person) — Trùng"));

    // Attached in the tab, listed on the Timeline tab after the change notice.
    attach(pngBytes(QSize(40, 30)), QStringLiteral("photo"), QStringLiteral("Hang.png"));
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    editor->showSection(CaseEditor::Section::Timeline);
    ui::TimelineModel *model = editor->timelinePanel()->model();
    bool listed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString what = ui::WorkLabels::what(model->entry(row));
        listed = listed || what == QStringLiteral("Attached: Photo (reception 05/01/2026)");
        EXPECT_FALSE(what.contains(QStringLiteral("Hang.png")));
    }
    EXPECT_TRUE(listed);
}

TEST_F(AttachmentsTest, FilesDroppedOnTheTabAreOfferedOneAfterTheOther)
{
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    const QString first = writeFile(QStringLiteral("a.png"), pngBytes(QSize(20, 20)));
    const QString second = writeFile(QStringLiteral("b.pdf"), pdfBytes(1));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // Straight to the tab: QApplication delivers a drop only to the target of a real drag.
    static_cast<QObject *>(panel)->event(&drop);
    EXPECT_TRUE(drop.isAccepted());
    AttachDialog *dialog = panel->attachDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->fileEdit()->text(), QDir::toNativeSeparators(first));
    EXPECT_TRUE(panel->messageText().contains(QStringLiteral("1 more dropped file")))
        << panel->messageText().toStdString();
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("photo")));
    dialog->accept();
    // The next one comes in a dialog of its own.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return panel->attachDialog()
               && panel->attachDialog()->fileEdit()->text() == QDir::toNativeSeparators(second);
    }));
    panel->attachDialog()->reject();
    EXPECT_EQ(panel->table()->rowCount(), 1);
}

TEST_F(AttachmentsTest, TheTabRefreshesWhenAnotherWindowAttaches)
{
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    ASSERT_EQ(panel->table()->rowCount(), 0);
    // Committed by another service over the same database: the context's notice refreshes.
    services::AttachmentService other(m_db.db());
    Attachment description;
    description.personId = first.personId;
    description.documentType = QStringLiteral("identity_paper");
    description.fileName = QStringLiteral("cccd.png");
    ASSERT_TRUE(other.attachBytes(worker, description, pngBytes(QSize(30, 20))).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->table()->rowCount() == 1; }));
    EXPECT_EQ(panel->table()->item(0, 2)->text(), QStringLiteral("Nguyễn Thị Hằng"));
}

TEST_F(AttachmentsTest, ADamagedAttachmentIsSaidSoAndNotShown)
{
    const Error corrupt = makeError(ErrorCode::Corrupt, QStringLiteral("sha256 mismatch"));
    const QString text = ui::AttachmentTexts::openFailure(corrupt);
    EXPECT_TRUE(text.contains(QStringLiteral("damaged"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not shown")));
}

TEST_F(AttachmentsTest, ACaseNotSavedYetSaysToSaveItFirst)
{
    services::AppContext context(m_db.db(), worker);
    CaseEditor editor(context);
    editor.newCase();
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.showSection(CaseEditor::Section::Attachments);
    AttachmentsPanel *panel = editor.attachmentsPanel();
    EXPECT_TRUE(panel->noteText().startsWith(QStringLiteral("Save the case first")));
    EXPECT_FALSE(panel->attachButton()->isEnabled());
    EXPECT_EQ(panel->startAttach(), nullptr);
}

TEST_F(AttachmentsTest, ArchivingTakesItOffTheListAndShowArchivedBringsItBack)
{
    attach(pngBytes(QSize(40, 30)), QStringLiteral("photo"), QStringLiteral("anh.png"));
    services::AppContext context(m_db.db(), worker);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    panel->selectRow(0);
    ASSERT_TRUE(panel->archiveSelected(QStringLiteral("Ảnh trùng")));
    EXPECT_EQ(panel->table()->rowCount(), 0);
    panel->showArchivedCheck()->setChecked(true);
    ASSERT_EQ(panel->table()->rowCount(), 1);
    EXPECT_TRUE(panel->table()->item(0, 0)->text().contains(QStringLiteral("Ảnh trùng")));
    EXPECT_FALSE(panel->archiveButton()->isEnabled());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attachment WHERE archived = 1")), 1);
}

TEST_F(AttachmentsTest, TheTabFitsA1366By768Screen)
{
    for (int i = 0; i < 12; ++i)
        attach(pngBytes(QSize(30, 20)),
               QStringLiteral("support_receipt"),
               QStringLiteral("bien-nhan-%1.png").arg(i + 1));
    services::AppContext context(m_db.db(), manager);
    auto editor = openEditor(context);
    AttachmentsPanel *panel = editor->attachmentsPanel();
    ASSERT_EQ(panel->table()->rowCount(), 12);
    // Every tab is in the bar, the eighth included, without scrolling the bar.
    QTabBar *bar = editor->tabs()->tabBar();
    EXPECT_LE(bar->tabRect(bar->count() - 1).right(), bar->width());
    // The buttons are inside the panel, and the table shows several rows.
    for (QPushButton *button : {panel->attachButton(),
                                panel->openButton(),
                                panel->saveCopyButton(),
                                panel->archiveButton()}) {
        const QRect inPanel(button->mapTo(panel, QPoint(0, 0)), button->size());
        EXPECT_TRUE(panel->rect().contains(inPanel)) << button->text().toStdString();
    }
    QTableWidget *table = panel->table();
    EXPECT_LE(table->rowViewportPosition(7) + table->rowHeight(7), table->viewport()->height())
        << "fewer than eight attachments in sight";
    // The columns the user reads are not squeezed to nothing.
    for (int column = 0; column < table->columnCount(); ++column)
        EXPECT_GE(
            table->columnWidth(column),
            table->fontMetrics().horizontalAdvance(table->horizontalHeaderItem(column)->text()))
            << column;
}

} // namespace
} // namespace sr::test
