// Widget tests of the border handover register (offscreen, real SQLite database in a temp
// dir): a batch typed into the editor is stored with an audit row; invalid input blocks the
// save with its message; linked receptions are shown and open their case; a viewer (and a
// read-only database) cannot edit; numbers are grouped the Vietnamese way.
#include "ui/registers/BatchRegister.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/BatchService.h"
#include "services/CaseService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"
#include "ui/case/DraftStore.h"
#include "ui/registers/BatchEditor.h"
#include "ui/registers/BatchTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace sr::test {
namespace {

using ui::BatchEditor;
using ui::BatchRegister;

const QDate today(2026, 3, 15);

/** Replaces what a line edit or spin box holds by typing. */
void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->selectAll();
    QTest::keyClick(widget, Qt::Key_Backspace);
    typeText(widget, text);
}

class BatchRegisterTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }
    void TearDown() override { QDir(ui::DraftStore::directory()).removeRecursively(); }

    domain::HandoverBatch storeBatch(const QDate &date, int total)
    {
        domain::HandoverBatch b;
        b.date = date;
        b.borderGateCode = QStringLiteral("mong_cai");
        b.foreignAgency = QStringLiteral("Công an Biên phòng Đông Hưng");
        b.receivingAgencyCode = QStringLiteral("bdbp_qn");
        b.personsTotal = total;
        b.personsFemale = total;
        auto saved = services::BatchService(m_db.db()).create(m_actor, b);
        EXPECT_TRUE(saved.ok());
        return saved ? saved.value() : domain::HandoverBatch{};
    }

    domain::Person storeCase(const QString &name, const QDate &received, qint64 batchId)
    {
        services::NewCase c;
        c.person.fullName = name;
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(1999);
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = received;
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = domain::Route::HandedOverAtBorder;
        if (batchId > 0)
            c.reception.batchId = batchId;
        auto saved = services::CaseService(m_db.db()).saveNewCase(m_actor, c);
        EXPECT_TRUE(saved.ok());
        return saved ? saved->person : domain::Person{};
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        QSqlQuery q(m_db->connection());
        QString statement = QStringLiteral("SELECT count(*) FROM ") + table;
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where;
        EXPECT_TRUE(q.exec(statement) && q.next()) << statement.toStdString();
        return q.value(0).toLongLong();
    }

    FixedClock m_clock{QDateTime(today, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_actor{3, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};
};

TEST_F(BatchRegisterTest, EmptyBatchIsRefusedWithItsMessageUntilPersonsAreEntered)
{
    services::AppContext regContext(m_db.db(), m_actor);
    BatchRegister reg(regContext);
    reg.show();
    QPointer<BatchEditor> editor = reg.openEditor(0);
    ASSERT_TRUE(editor);
    // Nothing typed: today's date alone is no handover.
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(editor->messageText().contains(QLatin1String("at least one person")))
        << editor->messageText().toStdString();
    auto *total = child<QSpinBox>(*editor, "personsTotalSpin");
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(total));
    const Result<qint64> stored =
        services::BatchService(m_db.db()).count(m_actor, services::BatchQuery{});
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, 0);

    retype(total, QStringLiteral("2"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(total));
    EXPECT_TRUE(editor->messageText().isEmpty()) << editor->messageText().toStdString();
    EXPECT_TRUE(editor->save()) << editor->messageText().toStdString();
}

TEST_F(BatchRegisterTest, RegisterAndEditorFitA1366x768ScreenInBothLanguages)
{
    const QSize room = ui::WindowGeometry::fitted(QSize(10000, 10000), QSize(1366, 728));
    storeBatch(QDate(2026, 3, 1), 12);
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext regContext(m_db.db(), m_actor);
            BatchRegister reg(regContext);
            QPointer<BatchEditor> editor = reg.openEditor(0);
            ASSERT_TRUE(editor);
            for (QWidget *window : {static_cast<QWidget *>(&reg), static_cast<QWidget *>(editor)}) {
                const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
                EXPECT_LE(minimum.width(), room.width())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                EXPECT_LE(minimum.height(), room.height())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                const QRect available = window->screen()->availableGeometry();
                EXPECT_LE(window->width(), available.width()) << window->objectName().toStdString();
                EXPECT_LE(window->height(), available.height())
                    << window->objectName().toStdString();
            }
            editor->close();
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

TEST_F(BatchRegisterTest, TypedBatchIsStoredWithAnAuditRowAndListed)
{
    services::AppContext regContext(m_db.db(), m_actor);
    BatchRegister reg(regContext);
    reg.show();
    ASSERT_EQ(reg.model()->rowCount(), 0);
    QPointer<BatchEditor> editor = reg.openEditor(0);
    ASSERT_TRUE(editor);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));

    retype(child<QLineEdit>(*editor, "batchDateEdit"), QStringLiteral("10/03/2026"));
    choose(child<QComboBox>(*editor, "borderGateCombo"), QStringLiteral("mong_cai"));
    retype(child<QLineEdit>(*editor, "foreignAgencyEdit"),
           QStringLiteral("Công an Biên phòng Đông Hưng"));
    choose(child<QComboBox>(*editor, "receivingUnitCombo"), QStringLiteral("bdbp_qn"));
    retype(child<QSpinBox>(*editor, "personsTotalSpin"), QStringLiteral("1250"));
    retype(child<QSpinBox>(*editor, "personsMaleSpin"), QStringLiteral("300"));
    retype(child<QSpinBox>(*editor, "personsFemaleSpin"), QStringLiteral("950"));
    retype(child<QSpinBox>(*editor, "personsChildrenSpin"), QStringLiteral("42"));
    QTest::keyClick(child<QCheckBox>(*editor, "classifiedCheck"), Qt::Key_Space);
    retype(child<QSpinBox>(*editor, "personsVerifiedSpin"), QStringLiteral("1200"));
    retype(child<QSpinBox>(*editor, "casesIdentifiedSpin"), QStringLiteral("3"));
    retype(child<QSpinBox>(*editor, "victimsIdentifiedSpin"), QStringLiteral("4"));
    EXPECT_TRUE(editor->isDirty());

    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    QSignalSpy saved(editor.data(), &BatchEditor::saved);
    QTest::keyClick(
        child<QSpinBox>(*editor, "victimsIdentifiedSpin"), Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(saved.count(), 1) << editor->messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return editor.isNull(); })) << "the editor closes after saving";

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT id, batch_date, border_gate_code, foreign_agency, receiving_agency_code, "
        "persons_total, persons_male, persons_female, persons_children, classified, "
        "persons_verified, cases_identified, victims_identified, created_by FROM handover_batch")));
    ASSERT_TRUE(q.next());
    const qint64 id = q.value(0).toLongLong();
    EXPECT_EQ(id, saved.at(0).at(0).toLongLong());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2026-03-10"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("mong_cai"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("Công an Biên phòng Đông Hưng"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("bdbp_qn"));
    EXPECT_EQ(q.value(5).toInt(), 1250);
    EXPECT_EQ(q.value(6).toInt(), 300);
    EXPECT_EQ(q.value(7).toInt(), 950);
    EXPECT_EQ(q.value(8).toInt(), 42);
    EXPECT_EQ(q.value(9).toInt(), 1);
    EXPECT_EQ(q.value(10).toInt(), 1200);
    EXPECT_EQ(q.value(11).toInt(), 3);
    EXPECT_EQ(q.value(12).toInt(), 4);
    EXPECT_EQ(q.value(13).toString(), QStringLiteral("hoa.nt"));
    EXPECT_FALSE(q.next());
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'handover_batch' AND "
                                  "entity_id = %1 AND actor = 'hoa.nt'")
                       .arg(id)),
              1);

    // The register lists it (English UI: "1,250").
    ASSERT_EQ(reg.model()->rowCount(), 1);
    auto cell = [&](int column) { return reg.model()->index(0, column).data().toString(); };
    EXPECT_EQ(cell(ui::BatchTableModel::DateColumn), QStringLiteral("10/03/2026"));
    EXPECT_EQ(cell(ui::BatchTableModel::BorderGateColumn),
              QStringLiteral("Móng Cái International Border Gate"));
    EXPECT_EQ(cell(ui::BatchTableModel::TotalColumn), QStringLiteral("1,250"));
    EXPECT_EQ(cell(ui::BatchTableModel::ClassifiedColumn), QStringLiteral("Yes"));
    EXPECT_EQ(reg.countText(), QStringLiteral("1 handover"));
}

TEST_F(BatchRegisterTest, EditingAStoredBatchUpdatesItAndEscWithoutChangesCloses)
{
    const domain::HandoverBatch stored = storeBatch(QDate(2026, 2, 1), 5);
    services::AppContext regContext(m_db.db(), m_actor);
    BatchRegister reg(regContext);
    reg.show();
    QPointer<BatchEditor> editor = reg.openEditor(stored.meta.id);
    ASSERT_TRUE(editor);
    EXPECT_EQ(child<QSpinBox>(*editor, "personsTotalSpin")->value(), 5);
    retype(child<QSpinBox>(*editor, "personsTotalSpin"), QStringLiteral("6"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    auto reread = services::BatchService(m_db.db()).get(m_actor, stored.meta.id);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->personsTotal, 6);
    EXPECT_EQ(reread->meta.version, 2);
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1);

    editor = reg.openEditor(stored.meta.id);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&] { return editor.isNull(); }));
}

TEST_F(BatchRegisterTest, InvalidInputBlocksSavingWithItsMessage)
{
    services::AppContext regContext(m_db.db(), m_actor);
    BatchRegister reg(regContext);
    reg.show();
    QPointer<BatchEditor> editor = reg.openEditor(0);
    ASSERT_TRUE(editor);
    auto *date = child<QLineEdit>(*editor, "batchDateEdit");
    auto *total = child<QSpinBox>(*editor, "personsTotalSpin");
    auto *male = child<QSpinBox>(*editor, "personsMaleSpin");
    auto *female = child<QSpinBox>(*editor, "personsFemaleSpin");

    // Male + female more than the total.
    retype(total, QStringLiteral("10"));
    retype(male, QStringLiteral("6"));
    retype(female, QStringLiteral("5"));
    EXPECT_FALSE(editor->save());
    const QString split = QStringLiteral(
        "Male and female together are more than the persons handed over: check the three "
        "numbers.");
    EXPECT_TRUE(editor->messageText().contains(split)) << editor->messageText().toStdString();
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(male));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(female));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(total));
    EXPECT_EQ(male->toolTip(), split);

    // Fixing it clears the marks as the user types.
    retype(female, QStringLiteral("4"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(male));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(female));
    EXPECT_TRUE(editor->messageText().isEmpty());

    // A date in the future.
    retype(date, QStringLiteral("16/03/2026"));
    EXPECT_FALSE(editor->save());
    EXPECT_EQ(editor->messageText(),
              QStringLiteral("Date of the handover is in the future: enter a date up to today."));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(date));

    // An impossible date, and no date.
    retype(date, QStringLiteral("31/02/2026"));
    EXPECT_FALSE(editor->save());
    EXPECT_EQ(editor->messageText(),
              QStringLiteral("Date of the handover is not a valid date: type it as dd/mm/yyyy."));
    retype(date, QString());
    EXPECT_FALSE(editor->save());
    EXPECT_EQ(editor->messageText(),
              QStringLiteral("Date of the handover is required: type it as dd/mm/yyyy."));

    // Persons verified without the handover being classified.
    retype(date, QStringLiteral("15/03/2026"));
    retype(child<QSpinBox>(*editor, "personsVerifiedSpin"), QStringLiteral("3"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QCheckBox>(*editor, "classifiedCheck")));
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 0) << "nothing saved while invalid";

    QTest::keyClick(child<QCheckBox>(*editor, "classifiedCheck"), Qt::Key_Space);
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1);
}

TEST_F(BatchRegisterTest, InvalidInputMessageIsVietnameseInTheVietnameseUi)
{
    messages::installTranslators(QStringLiteral("vi"));
    {
        services::AppContext regContext(m_db.db(), m_actor);
        BatchRegister reg(regContext);
        QPointer<BatchEditor> editor = reg.openEditor(0);
        ASSERT_TRUE(editor);
        retype(child<QSpinBox>(*editor, "personsTotalSpin"), QStringLiteral("1"));
        retype(child<QSpinBox>(*editor, "personsMaleSpin"), QStringLiteral("1"));
        retype(child<QSpinBox>(*editor, "personsFemaleSpin"), QStringLiteral("1"));
        EXPECT_FALSE(editor->save());
        const QString text = editor->messageText();
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(text.contains(QStringLiteral("Male and female"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("nữ"))) << text.toStdString();
        EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QSpinBox>(*editor, "personsMaleSpin")));
    }
    messages::installTranslators(QStringLiteral("en"));
}

TEST_F(BatchRegisterTest, EscapeWithUnsavedChangesAsksFirst)
{
    services::AppContext regContext(m_db.db(), m_actor);
    BatchRegister reg(regContext);
    reg.show();
    QPointer<BatchEditor> editor = reg.openEditor(0);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    retype(child<QSpinBox>(*editor, "personsTotalSpin"), QStringLiteral("3"));
    bool asked = false;
    QTimer::singleShot(50, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            // The question names its action beside Cancel (ui/ActionQuestion.h).
            box->findChild<QPushButton *>(QStringLiteral("actionButton"))->click();
        }
    });
    editor->reject();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(waitFor([&] { return editor.isNull(); }));
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 0);
}

TEST_F(BatchRegisterTest, LinkedReceptionsAreShownAndOpenTheirCase)
{
    const domain::HandoverBatch batch = storeBatch(QDate(2026, 3, 1), 12);
    const domain::Person lan =
        storeCase(QStringLiteral("Đặng Thị Lan"), QDate(2026, 3, 1), batch.meta.id);
    const domain::Person hoa =
        storeCase(QStringLiteral("Nguyễn Thị Hoa"), QDate(2026, 3, 2), batch.meta.id);
    storeCase(QStringLiteral("Vi Thị Mai"), QDate(2026, 3, 2), 0);

    services::AppContext windowContext(m_db.db(), m_actor);

    ui::MainWindow window(windowContext);
    window.show();
    QAction *action = child<QAction>(window, "batchRegisterAction");
    ASSERT_TRUE(action->isEnabled());
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    action->trigger();
    BatchRegister *reg = window.findChild<BatchRegister *>();
    ASSERT_NE(reg, nullptr);
    ASSERT_EQ(reg->model()->rowCount(), 1);

    BatchEditor *editor = reg->openEditor(batch.meta.id);
    ASSERT_NE(editor, nullptr);
    auto *table = child<QTableWidget>(*editor, "receptionsTable");
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), lan.caseCode);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Đặng Thị Lan"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("01/03/2026"));
    EXPECT_EQ(table->item(1, 0)->text(), hoa.caseCode);
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("Nguyễn Thị Hoa"));
    EXPECT_EQ(child<QLabel>(*editor, "receptionsLabel")->text().left(22),
              QStringLiteral("2 receptions linked. R"));

    table->selectRow(1);
    auto *open = child<QPushButton>(*editor, "openCaseButton");
    ASSERT_TRUE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return window.findChild<ui::CaseEditor *>() != nullptr; }));
    EXPECT_EQ(window.findChild<ui::CaseEditor *>()->personId(), hoa.meta.id);
}

TEST_F(BatchRegisterTest, ViewerCannotOpenOrEditTheRegister)
{
    storeBatch(QDate(2026, 3, 1), 4);
    const domain::Actor viewer{9, QStringLiteral("viewer"), domain::Role::Viewer};

    services::AppContext windowContext(m_db.db(), viewer);

    ui::MainWindow window(windowContext);
    EXPECT_FALSE(child<QAction>(window, "batchRegisterAction")->isEnabled());

    services::AppContext regContext(m_db.db(), viewer);

    BatchRegister reg(regContext);
    EXPECT_FALSE(reg.canEdit());
    EXPECT_EQ(reg.model()->rowCount(), 0) << "no request is sent for a viewer";
    EXPECT_FALSE(child<QPushButton>(reg, "newBatchButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(reg, "openBatchButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(reg, "archiveBatchButton")->isEnabled());
    EXPECT_FALSE(child<QLabel>(reg, "noticeLabel")->isHidden());
    EXPECT_EQ(reg.openEditor(0), nullptr);

    // An editor built for a viewer anyway: nothing can be typed or saved.
    services::AppContext editorContext(m_db.db(), viewer);
    BatchEditor editor(editorContext, {});
    EXPECT_TRUE(editor.isReadOnly());
    EXPECT_FALSE(child<QPushButton>(editor, "saveButton")->isEnabled());
    EXPECT_FALSE(child<QSpinBox>(editor, "personsTotalSpin")->isEnabled());
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(editor.messageText(), QStringLiteral("You are not allowed to do this."));
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1);
}

TEST_F(BatchRegisterTest, ReadOnlyDatabaseShowsBatchesButCannotChangeThem)
{
    const domain::HandoverBatch batch = storeBatch(QDate(2026, 3, 1), 4);
    const QString path = m_db.path();
    m_db.close();
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    auto readOnly = storage::Database::open(path, options);
    ASSERT_TRUE(readOnly.ok());
    {
        services::AppContext regContext(**readOnly, m_actor);
        BatchRegister reg(regContext);
        EXPECT_FALSE(reg.canEdit());
        ASSERT_EQ(reg.model()->rowCount(), 1);
        EXPECT_FALSE(child<QPushButton>(reg, "newBatchButton")->isEnabled());
        EXPECT_FALSE(child<QPushButton>(reg, "archiveBatchButton")->isEnabled());
        EXPECT_TRUE(child<QPushButton>(reg, "openBatchButton")->isEnabled());
        QPointer<BatchEditor> editor = reg.openEditor(batch.meta.id);
        ASSERT_TRUE(editor);
        EXPECT_TRUE(editor->isReadOnly());
        EXPECT_EQ(child<QSpinBox>(*editor, "personsTotalSpin")->value(), 4);
        EXPECT_FALSE(child<QPushButton>(*editor, "saveButton")->isEnabled());
        EXPECT_FALSE(editor->save());
    }
    readOnly.value().reset();
    m_db.reopen();
}

TEST_F(BatchRegisterTest, ModelReadsPagesAndGroupsNumbersTheVietnameseWay)
{
    for (int i = 0; i < 130; ++i)
        storeBatch(QDate(2025, 1, 1).addDays(i), 2532 + i);
    messages::installTranslators(QStringLiteral("vi"));
    {
        services::BatchService service(m_db.db());
        {
            ui::BatchTableModel tested(service, m_actor);
            QAbstractItemModelTester tester(&tested,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            tested.setQuery(services::BatchQuery{});
            tested.refresh();
        }
        ui::BatchTableModel model(service, m_actor);
        model.setQuery(services::BatchQuery{});
        EXPECT_EQ(model.total(), 130);
        EXPECT_EQ(model.rowCount(), ui::BatchTableModel::pageSize);
        ASSERT_TRUE(model.canFetchMore({}));
        model.fetchMore({});
        EXPECT_EQ(model.rowCount(), 130);
        EXPECT_FALSE(model.canFetchMore({}));
        // Newest first: the last stored batch (2532 + 129 persons) heads the list.
        EXPECT_EQ(model.index(0, ui::BatchTableModel::TotalColumn).data().toString(),
                  QStringLiteral("2.661"));
        EXPECT_EQ(model.index(129, ui::BatchTableModel::TotalColumn).data().toString(),
                  QStringLiteral("2.532"));
        EXPECT_EQ(model.index(0, ui::BatchTableModel::ClassifiedColumn).data().toString(),
                  QStringLiteral("Không"));

        services::BatchQuery january;
        january.from = QDate(2025, 1, 1);
        january.to = QDate(2025, 1, 31);
        model.setQuery(january);
        EXPECT_EQ(model.total(), 31);
        EXPECT_EQ(model.rowCount(), 31);
    }
    messages::installTranslators(QStringLiteral("en"));
}

/**
 * Not a check: the pictures of the user guide. Runs only with SAFERETURN_SCREENSHOT_DB (a demo
 * database) and SAFERETURN_SCREENSHOT_DIR set.
 */
TEST(BatchRegisterScreenshots, RegisterAndEditorInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    auto db = storage::Database::open(dbPath);
    ASSERT_TRUE(db.ok());
    const domain::Actor actor = domain::Actor::systemUser();
    // The batch with the most linked receptions, for the editor's picture.
    qint64 chosen = 0;
    {
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT batch_id FROM reception WHERE batch_id IS NOT "
                                  "NULL GROUP BY batch_id ORDER BY count(*) DESC LIMIT 1")));
        if (q.next())
            chosen = q.value(0).toLongLong();
    }
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext regContext(**db, actor);
        BatchRegister reg(regContext);
        reg.resize(1360, 560);
        reg.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reg));
        QTest::qWait(200);
        EXPECT_TRUE(reg.grab().save(QStringLiteral("%1/batch-register-%2.png").arg(outDir, lang)));
        if (chosen > 0) {
            BatchEditor *editor = reg.openEditor(chosen);
            ASSERT_NE(editor, nullptr);
            ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
            QTest::qWait(200);
            EXPECT_TRUE(
                editor->grab().save(QStringLiteral("%1/batch-editor-%2.png").arg(outDir, lang)));
            editor->close();
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
