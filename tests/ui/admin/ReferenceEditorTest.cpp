// Widget tests of the reference lists editor (offscreen, real SQLite database in a temp dir):
// a border gate typed with the keyboard is stored with an audit row; a new default amount is
// stored and shown the Vietnamese way; invalid input and duplicate codes block the save with
// their message; archiving keeps the entry; the organisation tab saves the report header;
// users without the permission see the lists read-only and the menu entry disabled.
#include "ui/admin/ReferenceEditor.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ReferenceService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/OrganisationForm.h"
#include "ui/admin/ReferenceListPages.h"
#include "ui/case/CaseFields.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::ReferenceEditor;
using ui::ReferenceListPage;

/** The editor's list pages, one class each. */
enum class Kind { Agencies, BorderGates, SupportTypes, AttachmentTypes };

ReferenceListPage *pageOf(const ReferenceEditor &editor, Kind kind)
{
    switch (kind) {
    case Kind::Agencies:
        return editor.agencies();
    case Kind::BorderGates:
        return editor.borderGates();
    case Kind::SupportTypes:
        return editor.supportTypes();
    case Kind::AttachmentTypes:
        return editor.attachmentTypes();
    }
    return nullptr;
}

class ReferenceEditorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0))};
    TempDatabase m_db;
    domain::Actor m_admin{1, QStringLiteral("admin"), domain::Role::Administrator};

    qint64 count(const QString &table, const QString &where)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where))
            || !q.next()) {
            ADD_FAILURE() << "count failed";
            return -1;
        }
        return q.value(0).toLongLong();
    }

    /** Shows @a editor and brings the tab of @a kind to the front with its keyboard mnemonic. */
    ReferenceListPage *openTab(ReferenceEditor &editor, Kind kind, Qt::Key mnemonic)
    {
        editor.show();
        editor.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&editor));
        QTest::keyClick(&editor, mnemonic, Qt::AltModifier);
        ReferenceListPage *page = pageOf(editor, kind);
        EXPECT_EQ(editor.tabs()->currentWidget(), page);
        return page;
    }

    /** Selects the row of @a code in @a page's table (as a click would). */
    static void selectCode(ReferenceListPage *page, const QString &code)
    {
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("referenceTable"));
        ASSERT_NE(table, nullptr);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == code) {
                table->setFocus();
                table->setCurrentCell(row, 1);
                return;
            }
        }
        FAIL() << "no row " << code.toStdString();
    }
};

TEST_F(ReferenceEditorTest, BorderGateTypedWithTheKeyboardIsStored)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::BorderGates, Qt::Key_B);
    const int before = page->rowCount();

    QTest::keyClick(&editor, Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(*page, "nameEdit");
    ASSERT_TRUE(waitFor([&] { return name->hasFocus(); }));
    typeText(name, QStringLiteral("Cửa khẩu Ka Long"));
    // The code is suggested from the name, without accents.
    EXPECT_EQ(child<QLineEdit>(*page, "codeEdit")->text(), QStringLiteral("cua_khau_ka_long"));
    QTest::keyClick(name, Qt::Key_Tab);
    auto *nameEn = child<QLineEdit>(*page, "nameEnEdit");
    EXPECT_TRUE(nameEn->hasFocus());
    typeText(nameEn, QStringLiteral("Ka Long Border Gate"));
    QTest::keyClick(nameEn, Qt::Key_Tab); // code
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *country = child<QComboBox>(*page, "countryCombo");
    EXPECT_TRUE(country->hasFocus());
    choose(country, QStringLiteral("CN"));
    QTest::keyClick(country, Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(count(QStringLiteral("border_gate"),
                    QStringLiteral("code = 'cua_khau_ka_long' AND name = 'Cửa khẩu Ka Long' AND "
                                   "name_en = 'Ka Long Border Gate' AND country_code = 'CN' AND "
                                   "archived = 0")),
              1);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("entity = 'border_gate' AND action = 'create' AND actor = "
                                   "'admin'")),
              1);
    EXPECT_EQ(page->rowCount(), before + 1);
    EXPECT_EQ(page->messageText(), QStringLiteral("Saved."));
    // Saved: the code is fixed now.
    EXPECT_TRUE(child<QLineEdit>(*page, "codeEdit")->isReadOnly());
    EXPECT_FALSE(page->isDirty());
}

TEST_F(ReferenceEditorTest, NewDefaultAmountIsStoredAndShownTheVietnameseWay)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::SupportTypes, Qt::Key_U);
    selectCode(page, QStringLiteral("medical"));
    auto *amount = child<QLineEdit>(*page, "defaultAmountEdit");
    EXPECT_EQ(amount->text(), QStringLiteral("500.000 đ"));
    amount->setFocus();
    amount->selectAll();
    typeText(amount, QStringLiteral("750.000"));
    QTest::keyClick(amount, Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(count(QStringLiteral("support_type"),
                    QStringLiteral("code = 'medical' AND default_amount_vnd = 750000")),
              1);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("entity = 'support_type' AND action = 'update'")),
              1);
    auto *table = child<QTableWidget>(*page, "referenceTable");
    bool shown = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("medical"))
            shown = table->item(row, 2)->text() == ui::CaseFields::formatMoney(750000);
    }
    EXPECT_TRUE(shown);
    EXPECT_EQ(ui::CaseFields::formatMoney(750000), QStringLiteral("750.000 đ"));
}

TEST_F(ReferenceEditorTest, AttachmentTypeTypedWithTheKeyboardIsStoredAfterTheOthers)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::AttachmentTypes, Qt::Key_Y);
    const int before = page->rowCount();
    EXPECT_GE(before, 8); // the seeded kinds (resources/sql/*/0013_attachments.sql)

    QTest::keyClick(&editor, Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(*page, "nameEdit");
    ASSERT_TRUE(waitFor([&] { return name->hasFocus(); }));
    typeText(name, QStringLiteral("Giấy khai sinh"));
    auto *nameEn = child<QLineEdit>(*page, "nameEnEdit");
    nameEn->setFocus();
    typeText(nameEn, QStringLiteral("Birth certificate"));
    auto *order = child<QSpinBox>(*page, "sortOrderSpin");
    const int suggested = order->value();
    QTest::keyClick(nameEn, Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(count(QStringLiteral("attachment_type"),
                    QStringLiteral("code = 'giay_khai_sinh' AND name_vi = 'Giấy khai sinh' AND "
                                   "name_en = 'Birth certificate' AND sort_order = %1")
                        .arg(suggested)),
              1);
    // A new kind goes after every seeded one.
    EXPECT_EQ(
        count(QStringLiteral("attachment_type"), QStringLiteral("sort_order >= %1").arg(suggested)),
        1);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("entity = 'attachment_type' AND action = 'create'")),
              1);
    EXPECT_EQ(page->rowCount(), before + 1);
    EXPECT_EQ(page->messageText(), QStringLiteral("Saved."));
}

TEST_F(ReferenceEditorTest, MissingNameBlocksTheSaveWithItsMessage)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::Agencies, Qt::Key_G);
    const qint64 agencies = count(QStringLiteral("agency"), QStringLiteral("1"));
    ASSERT_TRUE(page->newEntry());
    auto *code = child<QLineEdit>(*page, "codeEdit");
    code->setFocus();
    typeText(code, QStringLiteral("Phòng LĐ"));
    EXPECT_FALSE(page->save());

    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(*page, "nameEdit")));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(code));
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("Name is required: fill it in.")));
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("lower-case letters")));
    EXPECT_EQ(count(QStringLiteral("agency"), QStringLiteral("1")), agencies);
    EXPECT_TRUE(page->isDirty()); // what was typed is still there to fix
}

TEST_F(ReferenceEditorTest, DuplicateCodeIsMarkedOnTheCodeField)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::BorderGates, Qt::Key_B);
    ASSERT_TRUE(page->newEntry());
    typeText(child<QLineEdit>(*page, "nameEdit"), QStringLiteral("Móng Cái 2"));
    auto *code = child<QLineEdit>(*page, "codeEdit");
    code->setFocus();
    code->selectAll();
    typeText(code, QStringLiteral("mong_cai"));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(code));
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("already used")));
    EXPECT_EQ(count(QStringLiteral("border_gate"), QStringLiteral("code = 'mong_cai'")), 1);
}

TEST_F(ReferenceEditorTest, ArchivedEntryIsKeptAndLeavesTheActiveList)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::Agencies, Qt::Key_G);
    const int before = page->rowCount();
    selectCode(page, QStringLiteral("ubnd_hai_dong"));
    EXPECT_FALSE(page->archiveSelected(QStringLiteral("  "))); // a reason is required
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("Reason for archiving")));
    EXPECT_EQ(
        count(QStringLiteral("agency"), QStringLiteral("code = 'ubnd_hai_dong' AND archived = 1")),
        0);

    ASSERT_TRUE(page->archiveSelected(QStringLiteral("Xã sáp nhập từ 1/7/2025")));
    EXPECT_EQ(count(QStringLiteral("agency"),
                    QStringLiteral("code = 'ubnd_hai_dong' AND archived = 1 AND archive_reason = "
                                   "'Xã sáp nhập từ 1/7/2025'")),
              1);
    EXPECT_EQ(page->rowCount(), before - 1);
    child<QCheckBox>(*page, "showArchivedCheck")->setChecked(true);
    EXPECT_EQ(page->rowCount(), before);
}

TEST_F(ReferenceEditorTest, OrganisationTabSavesTheReportHeader)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    EXPECT_EQ(editor.tabs()->currentIndex(), 0);
    auto *name = child<QLineEdit>(editor, "orgNameEdit");
    name->setFocus();
    typeText(name, QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh"));
    auto *place = child<QLineEdit>(editor, "orgPlaceEdit");
    place->setFocus();
    typeText(place, QStringLiteral("Hạ Long"));
    QTest::keyClick(place, Qt::Key_S, Qt::ControlModifier);
    const auto org = services::ReferenceService(m_db.db()).organisation();
    ASSERT_TRUE(org.ok());
    EXPECT_EQ(org->name, QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh"));
    EXPECT_EQ(org->place, QStringLiteral("Hạ Long"));
    EXPECT_EQ(editor.organisationForm()->messageText(),
              QStringLiteral("The organisation's details are saved."));
}

TEST_F(ReferenceEditorTest, OrganisationMarksGoAsTheFieldIsFixed)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    editor.show();
    ui::OrganisationForm *form = editor.organisationForm();
    auto *name = child<QLineEdit>(editor, "orgNameEdit");
    name->clear();
    EXPECT_FALSE(form->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(name));
    EXPECT_FALSE(form->messageText().isEmpty());

    typeText(name, QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(name));
    EXPECT_TRUE(form->messageText().isEmpty()) << form->messageText().toStdString();
}

TEST_F(ReferenceEditorTest, EscapeWithUnsavedChangesAsksFirst)
{
    services::AppContext editorContext(m_db.db(), m_admin);
    ReferenceEditor editor(editorContext);
    ReferenceListPage *page = openTab(editor, Kind::BorderGates, Qt::Key_B);
    selectCode(page, QStringLiteral("mong_cai"));
    auto *nameEn = child<QLineEdit>(*page, "nameEnEdit");
    nameEn->setFocus();
    QTest::keyClick(nameEn, Qt::Key_End);
    typeText(nameEn, QStringLiteral(" (main)"));
    ASSERT_TRUE(page->isDirty());

    // The question names its action ("Discard changes") beside Cancel (ui/ActionQuestion.h).
    auto answer = [](const char *buttonName) {
        QTimer::singleShot(50, [buttonName] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->findChild<QPushButton *>(QLatin1String(buttonName))->click();
        });
    };
    answer("cancelButton");
    QTest::keyClick(nameEn, Qt::Key_Escape);
    EXPECT_TRUE(editor.isVisible()); // kept open, the typing is still there
    EXPECT_TRUE(nameEn->text().endsWith(QStringLiteral(" (main)")));

    answer("actionButton");
    QTest::keyClick(nameEn, Qt::Key_Escape);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(count(QStringLiteral("border_gate"), QStringLiteral("name_en LIKE '%(main)'")), 0);
}

TEST_F(ReferenceEditorTest, SocialWorkerSeesTheListsReadOnly)
{
    const domain::Actor worker{2, QStringLiteral("worker"), domain::Role::SocialWorker};
    services::AppContext windowContext(m_db.db(), worker);
    ui::MainWindow window(windowContext);
    auto *action = window.findChild<QAction *>(QStringLiteral("referenceListsAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());

    services::AppContext editorContext(m_db.db(), worker);

    ReferenceEditor editor(editorContext);
    for (Kind kind : {Kind::Agencies, Kind::BorderGates, Kind::SupportTypes}) {
        ReferenceListPage *page = pageOf(editor, kind);
        EXPECT_FALSE(child<QPushButton>(*page, "saveEntryButton")->isEnabled());
        EXPECT_FALSE(child<QPushButton>(*page, "newEntryButton")->isEnabled());
        EXPECT_FALSE(page->save());
    }
    EXPECT_TRUE(child<QLineEdit>(editor, "orgNameEdit")->isReadOnly());
    EXPECT_FALSE(editor.organisationForm()->save());
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'update'")), 0);
}

/**
 * Not a check: the pictures of the user guide. Runs only with SAFERETURN_SCREENSHOT_DB (a demo
 * database) and SAFERETURN_SCREENSHOT_DIR set.
 */
TEST(ReferenceEditorScreenshots, SupportTypesInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    auto db = storage::Database::open(dbPath);
    ASSERT_TRUE(db.ok());
    const domain::Actor admin{1, QStringLiteral("admin"), domain::Role::Administrator};
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext editorContext(**db, admin);
        ReferenceEditor editor(editorContext);
        editor.resize(1100, 700);
        editor.tabs()->setCurrentWidget(pageOf(editor, Kind::SupportTypes));
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        QTest::qWait(200);
        EXPECT_TRUE(
            editor.grab().save(QStringLiteral("%1/reference-lists-%2.png").arg(outDir, lang)));
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
