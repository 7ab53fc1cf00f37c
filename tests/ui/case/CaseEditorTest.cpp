// Widget tests of the case editor (offscreen, real SQLite database in a temp dir): typing a
// new case, each kind of invalid input, the duplicate prompt, a version conflict, drafts and
// the keyboard flow from the main window.
#include "ui/case/CaseEditor.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/BatchService.h"
#include "services/CaseListService.h"
#include "services/CaseService.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SupportRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/case/DraftStore.h"
#include "ui/case/DuplicateDialog.h"
#include "ui/case/FollowUpList.h"
#include "ui/case/PersonForm.h"
#include "ui/case/ReceptionForm.h"
#include "ui/case/SupportLedger.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace sr::test {
namespace {

using ui::CaseEditor;

const QDate today(2026, 3, 15);

void retype(QWidget *widget, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(widget);
    ASSERT_NE(line, nullptr);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    typeText(line, text);
}

/** Clicks @a button of the next message box that opens (a modal question of the editor). */
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (QAbstractButton *target = box->button(button)) {
                    m_timer.stop();
                    m_answered = true;
                    target->click();
                }
            }
        });
        m_timer.start(20);
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_timer;
    bool m_answered = false;
};

/** Answers the archive reason dialog: types @a reason and archives, or cancels when empty. */
class ArchiveReasonAnswer
{
public:
    explicit ArchiveReasonAnswer(const QString &reason)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, reason] {
            auto *dialog =
                qobject_cast<ui::ArchiveReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            m_answered = true;
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("archiveReasonEdit"));
            auto *box = dialog->findChild<QDialogButtonBox *>();
            if (reason.isEmpty() || !edit || !box) {
                dialog->reject();
                return;
            }
            // Blank, the reason cannot be given: the Archive button waits for one.
            m_okWasDisabled = !box->button(QDialogButtonBox::Ok)->isEnabled();
            typeText(edit, reason);
            box->button(QDialogButtonBox::Ok)->click();
        });
        m_timer.start(20);
    }
    bool answered() const { return m_answered; }
    bool okWasDisabled() const { return m_okWasDisabled; }

private:
    QTimer m_timer;
    bool m_answered = false;
    bool m_okWasDisabled = false;
};

class CaseEditorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override { QDir(ui::DraftStore::directory()).removeRecursively(); }
    void TearDown() override { QDir(ui::DraftStore::directory()).removeRecursively(); }

    std::unique_ptr<CaseEditor> newEditor()
    {
        auto editor = std::make_unique<CaseEditor>(m_context);
        editor->newCase();
        editor->show();
        return editor;
    }

    /** Types a valid person and reception (received 10/03/2026 from China by the centre). */
    void typeValidCase(CaseEditor &editor, const QString &name, const QString &birth)
    {
        typeText(child<QLineEdit>(editor, "fullNameEdit"), name);
        choose(child<QComboBox>(editor, "sexCombo"), QStringLiteral("female"));
        typeText(child<QLineEdit>(editor, "birthDateEdit"), birth);
        choose(child<QComboBox>(editor, "ethnicityCombo"), QStringLiteral("01"));
        editor.showSection(CaseEditor::Section::Reception);
        retype(child<QLineEdit>(editor, "receptionDateEdit"), QStringLiteral("10/03/2026"));
        choose(child<QComboBox>(editor, "agencyCombo"), QStringLiteral("ctxh_qn"));
        choose(child<QComboBox>(editor, "countryCombo"), QStringLiteral("CN"));
    }

    void addSupport(CaseEditor &editor, const QString &type, const QString &amount)
    {
        editor.showSection(CaseEditor::Section::Supports);
        QTest::mouseClick(child<QPushButton>(editor, "addSupportButton"), Qt::LeftButton);
        choose(child<QComboBox>(editor, "supportTypeCombo"), type);
        if (!amount.isNull())
            retype(child<QLineEdit>(editor, "amountEdit"), amount);
    }

    qint64 personCount()
    {
        storage::PersonRepository persons(m_db.db());
        auto count = persons.count(domain::ArchiveFilter::IncludeArchived);
        EXPECT_TRUE(count.ok());
        return count ? *count : -1;
    }

    services::CaseRecord stored(qint64 personId)
    {
        services::CaseService service(m_db.db());
        auto record = service.loadCase(m_actor, personId);
        EXPECT_TRUE(record.ok());
        return record ? *record : services::CaseRecord{};
    }

    /** Stores a case through the service (as another user would). */
    qint64 storeCase(const QString &name, int birthYear)
    {
        services::NewCase newCase;
        newCase.person.fullName = name;
        newCase.person.sex = domain::Sex::Female;
        newCase.person.birthDate = domain::PartialDate::fromYear(birthYear);
        newCase.person.residenceProvince = QStringLiteral("22");
        newCase.reception.receptionDate = QDate(2025, 11, 2);
        newCase.reception.agencyCode = QStringLiteral("ctxh_qn");
        newCase.reception.countryCode = QStringLiteral("CN");
        services::CaseService service(m_db.db());
        auto saved = service.saveNewCase(m_actor, newCase);
        EXPECT_TRUE(saved.ok());
        return saved ? saved->person.meta.id : 0;
    }

    FixedClock m_clock{QDateTime(today, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_actor = domain::Actor::systemUser();
    services::AppContext m_context{m_db.db(), m_actor};
};

TEST_F(CaseEditorTest, TypedPersonWithReceptionAndTwoSupportsIsStored)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("03/1995"));
    choose(child<QComboBox>(*editor, "documentTypeCombo"), QStringLiteral("cccd"));
    typeText(child<QLineEdit>(*editor, "documentNumberEdit"), QStringLiteral("022195001234"));
    typeText(child<QLineEdit>(*editor, "phoneEdit"), QStringLiteral("0912345678"));
    addSupport(*editor, QStringLiteral("medical"), QStringLiteral("1.500.000"));
    addSupport(*editor, QStringLiteral("travel"), QStringLiteral("250000"));
    QSpinBox *quantity = child<QSpinBox>(*editor, "quantitySpin");
    quantity->selectAll();
    typeText(quantity, QStringLiteral("2"));
    EXPECT_EQ(editor->supportLedger()->totalsText(),
              QStringLiteral("Total provided: 1.750.000 \u0111"));

    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    EXPECT_TRUE(editor->messageText().isEmpty());
    ASSERT_EQ(personCount(), 1);
    const services::CaseRecord record = stored(editor->personId());
    EXPECT_EQ(record.person.fullName, QStringLiteral("Nguyễn Thị Hoa"));
    EXPECT_EQ(record.person.sex, domain::Sex::Female);
    EXPECT_EQ(record.person.birthDate, domain::PartialDate::fromYearMonth(1995, 3));
    EXPECT_EQ(record.person.documentType, domain::DocumentType::Cccd);
    EXPECT_EQ(record.person.documentNumber, QStringLiteral("022195001234"));
    EXPECT_EQ(record.person.phone, QStringLiteral("0912345678"));
    EXPECT_FALSE(record.person.caseCode.isEmpty());
    ASSERT_EQ(record.receptions.size(), 1);
    const services::ReceptionRecord &reception = record.receptions.first();
    EXPECT_EQ(reception.reception.receptionDate, QDate(2026, 3, 10));
    EXPECT_EQ(reception.reception.agencyCode, QStringLiteral("ctxh_qn"));
    EXPECT_EQ(reception.reception.countryCode, QStringLiteral("CN"));
    ASSERT_EQ(reception.supports.size(), 2);
    QHash<QString, domain::Support> byType;
    for (const domain::Support &support : reception.supports)
        byType.insert(support.typeCode, support);
    EXPECT_EQ(byType.value(QStringLiteral("medical")).amountVnd, 1500000);
    EXPECT_EQ(byType.value(QStringLiteral("medical")).quantity, 1);
    EXPECT_EQ(byType.value(QStringLiteral("travel")).amountVnd, 250000);
    EXPECT_EQ(byType.value(QStringLiteral("travel")).quantity, 2);
    EXPECT_EQ(byType.value(QStringLiteral("travel")).date, QDate(2026, 3, 10));
    EXPECT_FALSE(editor->isDirty());
}

TEST_F(CaseEditorTest, SupportTypePrefillsItsDefaultAmount)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Lò Thị Mai"), QStringLiteral("2001"));
    addSupport(*editor, QStringLiteral("medical"), QString());
    // support_types.csv: medical 500000 đ.
    EXPECT_EQ(child<QLineEdit>(*editor, "amountEdit")->text(), QStringLiteral("500.000 \u0111"));
    EXPECT_EQ(ui::CaseFields::parseMoney(QStringLiteral("1.500.000 \u0111")), 1500000);
    EXPECT_EQ(ui::CaseFields::parseMoney(QStringLiteral("1500000")), 1500000);
    EXPECT_EQ(ui::CaseFields::formatMoney(1500000), QStringLiteral("1.500.000 \u0111"));
}

struct InvalidCase
{
    const char *name;
    std::function<void(CaseEditor &)> spoil;
    const char *message;
    CaseEditor::Section section;
    const char *widget;
};

class CaseEditorInvalidTest : public CaseEditorTest, public ::testing::WithParamInterface<int>
{};

const QList<InvalidCase> &invalidCases()
{
    static const QList<InvalidCase> cases{
        {"EmptyName",
         [](CaseEditor &e) { child<QLineEdit>(e, "fullNameEdit")->clear(); },
         "Full name is required",
         CaseEditor::Section::Person,
         "fullNameEdit"},
        {"BadCccd",
         [](CaseEditor &e) {
             choose(child<QComboBox>(e, "documentTypeCombo"), QStringLiteral("cccd"));
             typeText(child<QLineEdit>(e, "documentNumberEdit"), QStringLiteral("12345"));
         },
         "a CCCD number has exactly 12 digits",
         CaseEditor::Section::Person,
         "documentNumberEdit"},
        {"FutureReceptionDate",
         [](CaseEditor &e) {
             retype(child<QLineEdit>(e, "receptionDateEdit"), QStringLiteral("20/03/2026"));
         },
         "Reception date is in the future",
         CaseEditor::Section::Reception,
         "receptionDateEdit"},
        {"BirthAfterReception",
         [](CaseEditor &e) {
             retype(child<QLineEdit>(e, "birthDateEdit"), QStringLiteral("12/03/2026"));
         },
         "Reception date is before the person's date of birth",
         CaseEditor::Section::Reception,
         "receptionDateEdit"},
        {"NegativeAmount",
         [](CaseEditor &e) {
             e.showSection(CaseEditor::Section::Supports);
             QTest::mouseClick(child<QPushButton>(e, "addSupportButton"), Qt::LeftButton);
             retype(child<QLineEdit>(e, "amountEdit"), QStringLiteral("-50000"));
         },
         "Amount cannot be negative",
         CaseEditor::Section::Supports,
         "amountEdit"},
        {"EmptyFollowUp",
         [](CaseEditor &e) {
             e.showSection(CaseEditor::Section::FollowUps);
             QTest::mouseClick(child<QPushButton>(e, "addFollowUpButton"), Qt::LeftButton);
         },
         "A follow-up records what was found",
         CaseEditor::Section::FollowUps,
         "followUpNotesEdit"},
        {"ImpossibleDate",
         [](CaseEditor &e) {
             retype(child<QLineEdit>(e, "receptionDateEdit"), QStringLiteral("31/02/2026"));
         },
         "Reception date is not a valid date",
         CaseEditor::Section::Reception,
         "receptionDateEdit"},
    };
    return cases;
}

TEST_P(CaseEditorInvalidTest, BlocksSavingWithItsMessage)
{
    const InvalidCase &invalid = invalidCases().at(GetParam());
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Trần Thị Lan"), QStringLiteral("1999"));
    invalid.spoil(*editor);

    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(editor->messageText().contains(QLatin1String(invalid.message)))
        << editor->messageText().toStdString();
    EXPECT_EQ(editor->tabs()->currentIndex(), int(invalid.section));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QWidget>(*editor, invalid.widget)));
    EXPECT_EQ(personCount(), 0);
    EXPECT_TRUE(editor->isDirty());
}

INSTANTIATE_TEST_SUITE_P(Inputs,
                         CaseEditorInvalidTest,
                         ::testing::Range(0, int(invalidCases().size())),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return std::string(invalidCases().at(info.param).name);
                         });

TEST_F(CaseEditorTest, SecondNguyenThiHangBornTheSameYearIsOfferedAsDuplicate)
{
    const qint64 existing = storeCase(QStringLiteral("Nguyễn Thị Hằng"), 1990);
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Nguyen Thi Hang"), QStringLiteral("1990"));
    addSupport(*editor, QStringLiteral("medical"), QStringLiteral("300000"));

    EXPECT_FALSE(editor->save());
    ui::DuplicateDialog *dialog = editor->duplicateDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_EQ(dialog->rowCount(), 1);
    EXPECT_EQ(dialog->table()->item(0, 1)->text(), QStringLiteral("Nguyễn Thị Hằng"));
    EXPECT_EQ(dialog->table()->item(0, 2)->text(), QStringLiteral("1990"));
    EXPECT_EQ(dialog->table()->item(0, 3)->text(), QStringLiteral("Quảng Ninh"));
    EXPECT_EQ(personCount(), 1);

    // Same person: the new reception (with its support) goes to the stored person.
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(editor->duplicateDialog(), nullptr);
    EXPECT_EQ(editor->personId(), existing);
    ASSERT_EQ(editor->record().receptions.size(), 2);
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    EXPECT_EQ(personCount(), 1);
    const services::CaseRecord record = stored(existing);
    ASSERT_EQ(record.receptions.size(), 2);
    EXPECT_EQ(record.receptions.at(1).reception.receptionDate, QDate(2026, 3, 10));
    ASSERT_EQ(record.receptions.at(1).supports.size(), 1);
    EXPECT_EQ(record.receptions.at(1).supports.first().amountVnd, 300000);
}

TEST_F(CaseEditorTest, AnotherWorkersCaseInTheDuplicatePromptCannotBeOpened)
{
    // Record-level access (docs/case-work.md) withheld the name and birth year of the second.
    services::DuplicateCandidate own;
    own.personId = 1;
    own.caseCode = QStringLiteral("QN-2026-0001");
    own.fullName = QStringLiteral("Nguyễn Thị Hằng");
    own.birthYear = 1990;
    services::DuplicateCandidate other;
    other.personId = 2;
    other.caseCode = QStringLiteral("QN-2026-0002");
    other.outOfScope = true;
    ui::DuplicateDialog dialog({{own, {}}, {other, {}}});
    EXPECT_TRUE(dialog.openButton()->isEnabled());
    dialog.table()->setCurrentCell(1, 0);
    EXPECT_EQ(dialog.table()->item(1, 1)->text(),
              QStringLiteral("(another worker's case: ask your manager)"));
    EXPECT_FALSE(dialog.openButton()->isEnabled());
    EXPECT_TRUE(dialog.saveNewButton()->isEnabled());
    Q_EMIT dialog.table()->cellActivated(1, 0);
    EXPECT_EQ(dialog.choice(), ui::DuplicateDialog::Choice::Cancel);
    dialog.table()->setCurrentCell(0, 0);
    EXPECT_TRUE(dialog.openButton()->isEnabled());
}

TEST_F(CaseEditorTest, DuplicatePromptCanSaveANewPerson)
{
    storeCase(QStringLiteral("Nguyễn Thị Hằng"), 1990);
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("05/1990"));
    EXPECT_FALSE(editor->save());
    ASSERT_NE(editor->duplicateDialog(), nullptr);
    QTest::mouseClick(editor->duplicateDialog()->saveNewButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(personCount(), 2);
    EXPECT_GT(editor->personId(), 0);
}

TEST_F(CaseEditorTest, VersionConflictIsReportedAndReloadShowsTheStoredRecord)
{
    const qint64 id = storeCase(QStringLiteral("Phạm Thị Thu"), 1994);
    services::AppContext editorContext(m_db.db(), m_actor);
    CaseEditor editor(editorContext);
    ASSERT_TRUE(editor.openCase(id));
    editor.show();

    // Someone else changes the person between loading and saving.
    services::CaseService service(m_db.db());
    domain::Person other = stored(id).person;
    other.phone = QStringLiteral("0987654321");
    ASSERT_TRUE(service.savePerson(m_actor, other).ok());

    typeText(child<QLineEdit>(editor, "otherNamesEdit"), QStringLiteral("Thu Phạm"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.messageText().contains(QLatin1String("changed by someone else")))
        << editor.messageText().toStdString();
    EXPECT_TRUE(editor.reloadButton()->isVisible());
    EXPECT_EQ(stored(id).person.otherNames, QString());

    QTest::mouseClick(editor.reloadButton(), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(editor, "phoneEdit")->text(), QStringLiteral("0987654321"));
    EXPECT_EQ(child<QLineEdit>(editor, "otherNamesEdit")->text(), QString());
    EXPECT_TRUE(editor.messageText().isEmpty());
    EXPECT_FALSE(editor.isDirty());
}

TEST_F(CaseEditorTest, OpeningACaseIsAuditedOnceSavingDoesNotReopenIt)
{
    const qint64 id = storeCase(QStringLiteral("Hoàng Thị Yến"), 1992);
    auto opened = [&] {
        QSqlQuery q(m_db.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open'"
                                 " AND entity = 'person' AND entity_id = ? AND actor = ?"));
        q.addBindValue(id);
        q.addBindValue(m_actor.userName);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toInt();
    };
    EXPECT_EQ(opened(), 0);
    services::AppContext editorContext(m_db.db(), m_actor);
    CaseEditor editor(editorContext);
    ASSERT_TRUE(editor.openCase(id));
    EXPECT_EQ(opened(), 1);
    editor.show();
    editor.showSection(CaseEditor::Section::FollowUps);
    QTest::mouseClick(child<QPushButton>(editor, "addFollowUpButton"), Qt::LeftButton);
    choose(child<QComboBox>(editor, "followUpKindCombo"), QStringLiteral("phone_call"));
    choose(child<QComboBox>(editor, "housingCombo"), QStringLiteral("stable"));
    ASSERT_TRUE(editor.save()) << editor.messageText().toStdString();
    EXPECT_EQ(opened(), 1);
}

TEST_F(CaseEditorTest, EditsOfAStoredCaseAreSavedTogether)
{
    const qint64 id = storeCase(QStringLiteral("Hoàng Thị Yến"), 1992);
    services::AppContext editorContext(m_db.db(), m_actor);
    CaseEditor editor(editorContext);
    ASSERT_TRUE(editor.openCase(id));
    editor.show();
    const int versionBefore = stored(id).person.meta.version;

    editor.showSection(CaseEditor::Section::Supports);
    QTest::mouseClick(child<QPushButton>(editor, "addSupportButton"), Qt::LeftButton);
    choose(child<QComboBox>(editor, "supportTypeCombo"), QStringLiteral("legal_aid"));
    retype(child<QLineEdit>(editor, "amountEdit"), QStringLiteral("200000"));
    editor.showSection(CaseEditor::Section::FollowUps);
    QTest::mouseClick(child<QPushButton>(editor, "addFollowUpButton"), Qt::LeftButton);
    choose(child<QComboBox>(editor, "followUpKindCombo"), QStringLiteral("phone_call"));
    choose(child<QComboBox>(editor, "healthCombo"), QStringLiteral("stable"));

    ASSERT_TRUE(editor.save()) << editor.messageText().toStdString();
    const services::CaseRecord record = stored(id);
    EXPECT_EQ(record.person.meta.version, versionBefore); // the person itself was not touched
    ASSERT_EQ(record.receptions.size(), 1);
    ASSERT_EQ(record.receptions.first().supports.size(), 1);
    EXPECT_EQ(record.receptions.first().supports.first().amountVnd, 200000);
    ASSERT_EQ(record.receptions.first().followUps.size(), 1);
    EXPECT_EQ(record.receptions.first().followUps.first().kind, domain::FollowUpKind::PhoneCall);
    EXPECT_EQ(record.receptions.first().followUps.first().health,
              domain::ReintegrationStatus::Stable);
    EXPECT_EQ(record.receptions.first().followUps.first().date, today);
}

TEST_F(CaseEditorTest, EscapeWithUnsavedChangesAsksAndDiscardRemovesTheDraft)
{
    auto editor = newEditor();
    typeText(child<QLineEdit>(*editor, "fullNameEdit"), QStringLiteral("Ma Thị Sen"));
    editor->writeDraftNow();
    ASSERT_EQ(ui::DraftStore(m_context, m_actor.userName).list().size(), 1);

    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        QTest::keyClick(child<QLineEdit>(*editor, "fullNameEdit"), Qt::Key_Escape);
        EXPECT_TRUE(cancel.answered());
        EXPECT_TRUE(editor->isVisible());
    }
    {
        MessageBoxAnswer discard(QMessageBox::Discard);
        QTest::keyClick(child<QLineEdit>(*editor, "fullNameEdit"), Qt::Key_Escape);
        EXPECT_TRUE(discard.answered());
        EXPECT_FALSE(editor->isVisible());
    }
    EXPECT_TRUE(ui::DraftStore(m_context, m_actor.userName).list().isEmpty());
    EXPECT_EQ(personCount(), 0);
    editor.reset();
    EXPECT_TRUE(ui::DraftStore(m_context, m_actor.userName).list().isEmpty());
}

TEST_F(CaseEditorTest, EscapeWithUnsavedChangesCanSave)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Ma Văn Sáng"), QStringLiteral("1985"));
    MessageBoxAnswer save(QMessageBox::Save);
    QTest::keyClick(child<QLineEdit>(*editor, "receptionDateEdit"), Qt::Key_Escape);
    EXPECT_TRUE(save.answered());
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(personCount(), 1);
}

TEST_F(CaseEditorTest, MarksAndTheMessageGoAsTheFieldsAreFixed)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Trần Thị Lan"), QStringLiteral("1999"));
    retype(child<QLineEdit>(*editor, "receptionDateEdit"), QStringLiteral("20/03/2026"));
    choose(child<QComboBox>(*editor, "countryCombo"), QString());
    ASSERT_FALSE(editor->save());
    auto *date = child<QLineEdit>(*editor, "receptionDateEdit");
    auto *country = child<QComboBox>(*editor, "countryCombo");
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(date));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(country));

    // Fixing one field takes its mark and its line away; the other stays.
    retype(date, QStringLiteral("10/03/2026"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(date));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(country));
    EXPECT_FALSE(editor->messageText().contains(QLatin1String("Reception date")))
        << editor->messageText().toStdString();
    EXPECT_TRUE(editor->messageText().contains(QLatin1String("Returned from")));
    // A field not marked gets no mark before the next save.
    retype(child<QLineEdit>(*editor, "phoneEdit"), QStringLiteral("abc"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(*editor, "phoneEdit")));
    retype(child<QLineEdit>(*editor, "phoneEdit"), QString());

    choose(country, QStringLiteral("CN"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(country));
    EXPECT_TRUE(editor->messageText().isEmpty()) << editor->messageText().toStdString();
    EXPECT_TRUE(editor->save()) << editor->messageText().toStdString();
}

TEST_F(CaseEditorTest, DatesAreShownWithSlashesOnLeavingTheField)
{
    auto editor = newEditor();
    QApplication::setActiveWindow(editor.get());
    auto *name = child<QLineEdit>(*editor, "fullNameEdit");
    auto *birth = child<QLineEdit>(*editor, "birthDateEdit");
    birth->setFocus();
    typeText(birth, QStringLiteral("15032008"));
    EXPECT_EQ(birth->text(), QStringLiteral("15032008"));
    name->setFocus();
    EXPECT_EQ(birth->text(), QStringLiteral("15/03/2008"));
    // What cannot be read stays as typed, to be corrected.
    retype(birth, QStringLiteral("31022008"));
    name->setFocus();
    EXPECT_EQ(birth->text(), QStringLiteral("31022008"));

    editor->showSection(CaseEditor::Section::Reception);
    auto *received = child<QLineEdit>(*editor, "receptionDateEdit");
    received->setFocus();
    retype(received, QStringLiteral("01032026"));
    child<QComboBox>(*editor, "agencyCombo")->setFocus();
    EXPECT_EQ(received->text(), QStringLiteral("01/03/2026"));
}

TEST_F(CaseEditorTest, CommuneCompletionIgnoresAccentsAsTheSearchDoes)
{
    auto editor = newEditor();
    choose(child<QComboBox>(*editor, "provinceCombo"), QStringLiteral("22"));
    QCompleter *completer = child<QLineEdit>(*editor, "communeEdit")->completer();
    ASSERT_NE(completer, nullptr);
    auto offered = [completer](const QString &typed) {
        completer->setCompletionPrefix(typed);
        QStringList texts;
        for (int row = 0; row < completer->completionCount(); ++row) {
            completer->setCurrentRow(row);
            texts << completer->currentCompletion();
        }
        return texts;
    };
    EXPECT_TRUE(offered(QStringLiteral("ha")).contains(QStringLiteral("Hạ Long")));
    EXPECT_TRUE(offered(QStringLiteral("ha")).contains(QStringLiteral("Quang Hanh")));
    EXPECT_TRUE(offered(QStringLiteral("hạ")).contains(QStringLiteral("Quang Hanh")));
    EXPECT_TRUE(offered(QStringLiteral("HA LONG")).contains(QStringLiteral("Hạ Long")));
    EXPECT_FALSE(offered(QStringLiteral("ha long")).contains(QStringLiteral("Quang Hanh")));
}

TEST_F(CaseEditorTest, HandoverBatchPickerNamesTheGateAndSetsTheRoute)
{
    for (const char *gate : {"mong_cai", "bac_luan_2"}) {
        domain::HandoverBatch b;
        b.date = QDate(2026, 3, 10);
        b.borderGateCode = QLatin1String(gate);
        b.personsTotal = 3;
        ASSERT_TRUE(services::BatchService(m_db.db()).create(m_actor, b).ok()) << gate;
    }
    auto editor = newEditor();
    editor->showSection(CaseEditor::Section::Reception);
    auto *batches = child<QComboBox>(*editor, "batchCombo");
    ASSERT_EQ(batches->count(), 3);
    QStringList texts{batches->itemText(1), batches->itemText(2)};
    EXPECT_NE(texts.at(0), texts.at(1));
    EXPECT_TRUE(texts.join(QLatin1Char('|')).contains(QStringLiteral("Móng Cái")))
        << texts.join(QLatin1Char('|')).toStdString();

    auto *route = child<QComboBox>(*editor, "routeCombo");
    choose(route, QStringLiteral("self_reported"));
    batches->setCurrentIndex(1);
    Q_EMIT batches->activated(1);
    EXPECT_EQ(route->currentData().toString(), QStringLiteral("handed_over_at_border"));
}

TEST_F(CaseEditorTest, FitsA1366x768ScreenWithATaskbarInBothLanguages)
{
    // 768 less a 40-pixel taskbar and the window frame WindowGeometry allows for.
    const QSize room = ui::WindowGeometry::fitted(QSize(10000, 10000), QSize(1366, 728));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            CaseEditor editor(m_context);
            editor.newCase();
            const QSize minimum = editor.minimumSizeHint().expandedTo(editor.minimumSize());
            EXPECT_LE(minimum.width(), room.width()) << lang.toStdString();
            EXPECT_LE(minimum.height(), room.height()) << lang.toStdString();
            // It opens inside the screen it is on, whatever that screen's size.
            const QRect available = editor.screen()->availableGeometry();
            EXPECT_LE(editor.width(), available.width());
            EXPECT_LE(editor.height(), available.height());
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

TEST_F(CaseEditorTest, QuangNinhCommuneIsChosenFromTheListOtherProvincesTakeFreeText)
{
    services::CaseService service(m_db.db());
    auto reference = service.referenceData(m_actor);
    ASSERT_TRUE(reference.ok());
    ASSERT_FALSE(reference->communesFrom2025.isEmpty());
    const domain::Commune commune = reference->communesFrom2025.first();

    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Chíu Thị Lìn"), QStringLiteral("2000"));
    choose(child<QComboBox>(*editor, "provinceCombo"), QStringLiteral("22"));
    auto *communeEdit = child<QLineEdit>(*editor, "communeEdit");
    ASSERT_NE(communeEdit->completer(), nullptr);
    typeText(communeEdit, commune.name);
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    domain::Person saved = stored(editor->personId()).person;
    EXPECT_EQ(saved.residenceProvince, QStringLiteral("22"));
    EXPECT_EQ(saved.residenceCommune, commune.code);
    EXPECT_TRUE(saved.residenceCommuneText.isEmpty());

    // Another province: the commune is kept as typed.
    ASSERT_GE(child<QComboBox>(*editor, "provinceCombo")->count(), 3);
    child<QComboBox>(*editor, "provinceCombo")->setCurrentIndex(2);
    retype(communeEdit, QStringLiteral("Xã Tự Do"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    saved = stored(editor->personId()).person;
    EXPECT_NE(saved.residenceProvince, QStringLiteral("22"));
    EXPECT_TRUE(saved.residenceCommune.isEmpty());
    EXPECT_EQ(saved.residenceCommuneText, QStringLiteral("Xã Tự Do"));
}

TEST_F(CaseEditorTest, ArchivingASupportAsksAndKeepsTheRow)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Lý Thị Mỷ"), QStringLiteral("1993"));
    addSupport(*editor, QStringLiteral("medical"), QStringLiteral("100000"));
    addSupport(*editor, QStringLiteral("legal_aid"), QStringLiteral("0"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    const qint64 id = editor->personId();
    ASSERT_EQ(stored(id).receptions.first().supports.size(), 2);

    editor->showSection(CaseEditor::Section::Supports);
    editor->supportLedger()->selectRow(0);
    const QString archivedType = editor->supportLedger()->supports().at(0).typeCode;
    {
        ArchiveReasonAnswer cancel{QString()};
        QTest::mouseClick(child<QPushButton>(*editor, "archiveSupportButton"), Qt::LeftButton);
        EXPECT_TRUE(cancel.answered());
    }
    EXPECT_EQ(stored(id).receptions.first().supports.size(), 2);
    {
        ArchiveReasonAnswer reason(QStringLiteral("Nhập trùng"));
        QTest::mouseClick(child<QPushButton>(*editor, "archiveSupportButton"), Qt::LeftButton);
        EXPECT_TRUE(reason.answered());
        EXPECT_TRUE(reason.okWasDisabled());
    }
    const QList<domain::Support> active = stored(id).receptions.first().supports;
    ASSERT_EQ(active.size(), 1);
    EXPECT_NE(active.first().typeCode, archivedType);
    EXPECT_EQ(editor->supportLedger()->supports().size(), 1);
    // Archived, not deleted: still in the database.
    storage::SupportRepository supports(m_db.db());
    auto all = supports.listForReception(stored(id).receptions.first().reception.meta.id,
                                         domain::ArchiveFilter::IncludeArchived);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT archive_reason FROM support WHERE archived = 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Nhập trùng"));
}

TEST_F(CaseEditorTest, ArchivingTheCaseTakesItOutOfTheListWithItsReason)
{
    auto editor = newEditor();
    EXPECT_FALSE(child<QPushButton>(*editor, "archiveCaseButton")->isEnabled()); // not saved yet
    typeValidCase(*editor, QStringLiteral("Hà Thị Nhập Trùng"), QStringLiteral("1990"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    const qint64 id = editor->personId();
    auto *archive = child<QPushButton>(*editor, "archiveCaseButton");
    ASSERT_TRUE(archive->isEnabled());
    QSignalSpy saved(editor.get(), &CaseEditor::saved);
    {
        ArchiveReasonAnswer reason(QStringLiteral("Hồ sơ nhập trùng với QN-2025-0001"));
        QTest::mouseClick(archive, Qt::LeftButton);
        EXPECT_TRUE(reason.answered());
    }
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(editor->isVisible());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT archived, archive_reason FROM person WHERE id = %1").arg(id)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Hồ sơ nhập trùng với QN-2025-0001"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'archive' "
                                      "AND entity = 'person' AND entity_id = %1")
                           .arg(id)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    services::CaseListService list(m_db.db(), domain::Actor::systemUser());
    services::CaseListFilter active;
    auto count = list.count(active);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

TEST_F(CaseEditorTest, ProvinceListIsTheOneValidAtTheReceptionDate)
{
    auto editor = newEditor();
    auto *era = child<QComboBox>(*editor, "eraCombo");
    auto *provinces = child<QComboBox>(*editor, "provinceCombo");
    EXPECT_EQ(era->currentData().toString(), QStringLiteral("from_2025"));
    const int after = provinces->count();
    typeValidCase(*editor, QStringLiteral("Sầm Thị Nhung"), QStringLiteral("1997"));
    retype(child<QLineEdit>(*editor, "receptionDateEdit"), QStringLiteral("20/05/2025"));
    EXPECT_EQ(era->currentData().toString(), QStringLiteral("pre_2025"));
    EXPECT_GT(provinces->count(), after); // 63 provinces before the merger, 34 after
    choose(provinces, QStringLiteral("22"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    const domain::Person saved = stored(editor->personId()).person;
    EXPECT_EQ(saved.residenceEra, domain::AdminEra::Pre2025);
    EXPECT_EQ(saved.residenceProvince, QStringLiteral("22"));
}

TEST_F(CaseEditorTest, DraftIsWrittenWhileTypingAndRestoredAfterTheEditorIsGone)
{
    auto editor = newEditor();
    typeValidCase(*editor, QStringLiteral("Vũ Thị Ngọc"), QStringLiteral("1998"));
    addSupport(*editor, QStringLiteral("medical"), QStringLiteral("450000"));
    QTest::qWait(CaseEditor::draftDelayMs + 500);

    const QDir dir(ui::DraftStore::directory());
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first(), editor->draftId() + QStringLiteral(".draft"));
    EXPECT_FALSE(files.first().contains(QLatin1String("Ngoc"), Qt::CaseInsensitive));
    // Sealed with the database's key: neither the name nor the form's keys are readable.
    QFile draftFile(dir.filePath(files.first()));
    ASSERT_TRUE(draftFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = draftFile.readAll();
    EXPECT_FALSE(bytes.contains(QStringLiteral("Vũ Thị Ngọc").toUtf8()));
    EXPECT_FALSE(bytes.contains("Ngoc"));
    EXPECT_FALSE(bytes.contains("person_id"));
    const QFileInfo info(dir.filePath(files.first()));
    EXPECT_EQ(info.permissions()
                  & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_EQ(QFileInfo(dir.path()).permissions() & (QFile::ReadOther | QFile::ExeOther),
              QFile::Permissions());

    editor.reset(); // the window is gone without saving (crash, power cut)
    EXPECT_EQ(personCount(), 0);
    const QList<ui::Draft> drafts = ui::DraftStore(m_context, m_actor.userName).list();
    ASSERT_EQ(drafts.size(), 1);
    TempDatabase other;
    services::AppContext otherContext(other.db(), m_actor);
    EXPECT_TRUE(ui::DraftStore(otherContext, m_actor.userName).list().isEmpty());
    EXPECT_TRUE(ui::DraftStore(m_context, QStringLiteral("another_worker")).list().isEmpty())
        << "another user is offered this user's draft";

    services::AppContext restoredContext(m_db.db(), m_actor);

    CaseEditor restored(restoredContext);
    restored.restoreDraft(drafts.first());
    restored.show();
    EXPECT_EQ(child<QLineEdit>(restored, "fullNameEdit")->text(), QStringLiteral("Vũ Thị Ngọc"));
    EXPECT_EQ(child<QLineEdit>(restored, "birthDateEdit")->text(), QStringLiteral("1998"));
    EXPECT_EQ(restored.supportLedger()->supports().size(), 1);
    EXPECT_TRUE(restored.isDirty());

    ASSERT_TRUE(restored.save()) << restored.messageText().toStdString();
    EXPECT_EQ(personCount(), 1);
    EXPECT_TRUE(dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    EXPECT_EQ(stored(restored.personId()).receptions.first().supports.first().amountVnd, 450000);
}

TEST_F(CaseEditorTest, MainWindowOffersDraftsAtStart)
{
    {
        auto editor = newEditor();
        typeText(child<QLineEdit>(*editor, "fullNameEdit"), QStringLiteral("Lương Thị Bích"));
        editor->writeDraftNow();
    }
    ASSERT_EQ(ui::DraftStore(m_context, m_actor.userName).list().size(), 1);

    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    answer.stop();
                    button->click();
                }
            }
        }
    });
    answer.start(20);
    services::AppContext windowContext(m_db.db(), m_actor);
    ui::MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.findChild<CaseEditor *>() != nullptr; }));
    CaseEditor *editor = window.findChild<CaseEditor *>();
    EXPECT_EQ(child<QLineEdit>(*editor, "fullNameEdit")->text(), QStringLiteral("Lương Thị Bích"));
}

/** Presses @a key (with @a modifiers) in the widget that has the keyboard focus. */
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, key, modifiers);
}

/** Types @a text where the focus is; "#N" presses Down N times instead (a list choice). */
void typeHere(const QString &text)
{
    if (text.startsWith(QLatin1Char('#'))) {
        for (int i = text.mid(1).toInt(); i > 0; --i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    typeText(focus, text);
}

std::string focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName().toStdString() : std::string();
}

/** What the worker types to choose list entries, in each UI language. */
struct KeyboardWords
{
    const char *language;
    const char *female;
    const char *agency; ///< the centre itself (first in the list)
    const char *country;
    const char *medical; ///< "#N": N times Down from the first type (Vietnamese names share
                         ///< "Hỗ trợ …", and Space opens a combo's list)
    const char *travel;
    const char *outcome;
};

class CaseEditorKeyboardTest : public CaseEditorTest,
                               public ::testing::WithParamInterface<KeyboardWords>
{
protected:
    void TearDown() override
    {
        messages::installTranslators(QStringLiteral("en"));
        CaseEditorTest::TearDown();
    }
};

/** The Alt+letter of a button's mnemonic ("&Add support" → Key_A). */
Qt::Key mnemonicKey(const QAbstractButton *button)
{
    const QString text = button->text();
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    EXPECT_GE(amp, 0) << text.toStdString();
    if (amp < 0 || amp + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(Qt::Key_A + (text.at(amp + 1).toUpper().unicode() - 'A'));
}

TEST_P(CaseEditorKeyboardTest, RegisterFindAndCloseACase)
{
    const KeyboardWords &words = GetParam();
    ASSERT_TRUE(messages::installTranslators(QString::fromLatin1(words.language)));
    services::AppContext windowContext(m_db.db(), m_actor);
    ui::MainWindow window(windowContext);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Ctrl+N: a new case, the cursor in the name field.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(waitFor([&] { return window.findChild<CaseEditor *>() != nullptr; }));
    CaseEditor *editor = window.findChild<CaseEditor *>();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    ASSERT_TRUE(waitFor(
        [] {
            return QApplication::activeWindow()
                   && QApplication::activeWindow()->objectName() == QLatin1String("caseEditor");
        },
        2000))
        << (QApplication::activeWindow() ? QApplication::activeWindow()->objectName().toStdString()
                                         : "none");
    ASSERT_EQ(focusName(), "fullNameEdit");
    typeHere(QStringLiteral("Đặng Thị Hoa"));
    press(Qt::Key_Tab); // other names
    press(Qt::Key_Tab); // sex
    ASSERT_EQ(focusName(), "sexCombo");
    typeHere(QString::fromUtf8(words.female));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), "birthDateEdit");
    typeHere(QStringLiteral("1996"));

    // Alt+2: the reception; the date is today's, agency and country chosen by typing.
    press(Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(focusName(), "receptionDateEdit");
    EXPECT_EQ(editor->receptionForm()->dateEdit()->text(), QStringLiteral("15/03/2026"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), "agencyCombo");
    typeHere(QString::fromUtf8(words.agency));
    press(Qt::Key_Tab); // batch
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), "countryCombo");
    typeHere(QString::fromUtf8(words.country));

    // Alt+3: the supports; Space adds one, its type typed, the amount typed with dots.
    press(Qt::Key_3, Qt::AltModifier);
    ASSERT_EQ(focusName(), "addSupportButton");
    press(Qt::Key_Space);
    ASSERT_EQ(focusName(), "supportTypeCombo") << editor->supportLedger()->supports().size();
    typeHere(QString::fromUtf8(words.medical));
    press(Qt::Key_Tab); // date
    press(Qt::Key_Tab); // provider
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), "amountEdit");
    press(Qt::Key_A, Qt::ControlModifier);
    typeHere(QStringLiteral("1.500.000"));
    press(mnemonicKey(editor->supportLedger()->addButton()),
          Qt::AltModifier); // "&Add support" (a mnemonic clicks after a short animation)
    ASSERT_TRUE(waitFor([] { return focusName() == "supportTypeCombo"; }, 2000)) << focusName();
    QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new keyboard search
    typeHere(QString::fromUtf8(words.travel));

    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(personCount(), 1) << editor->messageText().toStdString();
    const qint64 id = editor->personId();
    EXPECT_FALSE(editor->isDirty());
    {
        const services::CaseRecord record = stored(id);
        EXPECT_EQ(record.person.fullName, QStringLiteral("Đặng Thị Hoa"));
        EXPECT_EQ(record.person.sex, domain::Sex::Female);
        ASSERT_EQ(record.receptions.size(), 1);
        EXPECT_EQ(record.receptions.first().reception.agencyCode, QStringLiteral("ctxh_qn"));
        EXPECT_EQ(record.receptions.first().reception.countryCode, QStringLiteral("CN"));
        ASSERT_EQ(record.receptions.first().supports.size(), 2);
        EXPECT_EQ(record.receptions.first().supports.at(0).amountVnd
                      + record.receptions.first().supports.at(1).amountVnd,
                  1500000 + 500000);
    }

    // Esc closes the saved editor without a question.
    press(Qt::Key_Escape);
    ASSERT_TRUE(waitFor([&] { return window.findChild<CaseEditor *>() == nullptr; }));
    window.activateWindow(); // what the window manager does (offscreen has none)
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Ctrl+F, "dang" finds "Đặng"; Tab to the list, Enter opens the case.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(focusName(), "searchLineEdit");
    typeHere(QStringLiteral("dang"));
    press(Qt::Key_Return);
    ASSERT_EQ(window.caseListModel()->rowCount(), 1);
    for (int i = 0; i < 30 && focusName() != "caseTableView"; ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), "caseTableView");
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return window.findChild<CaseEditor *>() != nullptr; }));
    editor = window.findChild<CaseEditor *>();
    EXPECT_EQ(editor->personId(), id);
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    ASSERT_TRUE(waitFor([editor] {
        return QApplication::focusWidget() && editor->isAncestorOf(QApplication::focusWidget());
    }));

    // Close the case: Alt+2, Alt+L ("Close case…"), the outcome typed, Ctrl+S.
    press(Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(editor->tabs()->currentIndex(), int(CaseEditor::Section::Reception)) << focusName();
    ASSERT_EQ(focusName(), "receptionDateEdit");
    press(mnemonicKey(editor->findChild<QPushButton *>(QStringLiteral("closeCaseButton"))),
          Qt::AltModifier);
    ASSERT_TRUE(waitFor([] { return focusName() == "outcomeCombo"; }, 2000)) << focusName();
    typeHere(QString::fromUtf8(words.outcome));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor->messageText().isEmpty()) << editor->messageText().toStdString();
    const domain::Reception closed = stored(id).receptions.first().reception;
    EXPECT_EQ(closed.caseStatus, domain::CaseStatus::Closed);
    EXPECT_EQ(closed.outcome, domain::CaseOutcome::HandedOverToFamily);
    EXPECT_EQ(closed.closedDate, today);
    press(Qt::Key_Escape);
    ASSERT_TRUE(waitFor([&] { return window.findChild<CaseEditor *>() == nullptr; }));
}

INSTANTIATE_TEST_SUITE_P(
    Languages,
    CaseEditorKeyboardTest,
    ::testing::Values(KeyboardWords{"vi", "Nữ", "Tr", "Trung", "#1", "#5", "Bàn"},
                      KeyboardWords{"en", "Fem", "Qu", "Chi", "Med", "Tra", "Hand"}),
    [](const ::testing::TestParamInfo<KeyboardWords> &info) {
        return std::string(info.param.language);
    });

/**
 * Not a check: the pictures of the user guide. Runs only with SAFERETURN_SCREENSHOT_DB (a demo
 * database) and SAFERETURN_SCREENSHOT_DIR set, under Xvfb (QT_QPA_PLATFORM=xcb) for real fonts.
 */
TEST(CaseEditorScreenshots, EachSectionInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    auto db = storage::Database::open(dbPath);
    ASSERT_TRUE(db.ok());
    const domain::Actor actor = domain::Actor::systemUser();
    services::CaseService service(**db);
    qint64 chosen = 0;
    for (qint64 id = 1; id < 2000 && chosen == 0; ++id) {
        auto record = service.loadCase(actor, id);
        if (!record || record->receptions.size() != 1)
            continue;
        const services::ReceptionRecord &entry = record->receptions.first();
        if (entry.supports.size() >= 3 && !entry.followUps.isEmpty()
            && !entry.reception.exploitation.isEmpty() && entry.reception.batchId)
            chosen = id;
    }
    ASSERT_GT(chosen, 0);
    const QList<std::pair<CaseEditor::Section, const char *>> sections{
        {CaseEditor::Section::Person, "person"},
        {CaseEditor::Section::Reception, "reception"},
        {CaseEditor::Section::Supports, "supports"},
        {CaseEditor::Section::FollowUps, "followups"},
    };
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext editorContext(**db, actor);
            CaseEditor editor(editorContext);
            ASSERT_TRUE(editor.openCase(chosen));
            editor.resize(1180, 700);
            editor.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
            for (const auto &[section, name] : sections) {
                editor.showSection(section);
                QTest::qWait(200);
                const QString file = QStringLiteral("%1/case-editor-%2-%3.png")
                                         .arg(outDir, QLatin1String(name), lang);
                EXPECT_TRUE(editor.grab().save(file)) << file.toStdString();
            }
        }
        {
            // Inline validation: a new case saved with an empty name and an impossible date.
            services::AppContext editorContext(**db, actor);
            CaseEditor editor(editorContext);
            editor.newCase();
            editor.resize(1180, 700);
            editor.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
            typeText(child<QLineEdit>(editor, "birthDateEdit"), QStringLiteral("1990"));
            choose(child<QComboBox>(editor, "documentTypeCombo"), QStringLiteral("cccd"));
            typeText(child<QLineEdit>(editor, "documentNumberEdit"), QStringLiteral("0221"));
            EXPECT_FALSE(editor.save());
            QTest::qWait(200);
            EXPECT_TRUE(editor.grab().save(
                QStringLiteral("%1/case-editor-validation-%2.png").arg(outDir, lang)));
            editor.showSection(CaseEditor::Section::Person);
        }
    }
    QDir(ui::DraftStore::directory()).removeRecursively();
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
