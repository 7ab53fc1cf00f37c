// Widget tests of the prevention register and its forms (offscreen, real database): empty
// states that say what to do; an activity typed into the form is stored with its audit row and
// listed; the form asks what the kind needs (quantity's unit, participants, club); bad input
// marks the field and keeps what was typed; a club and its meetings; a viewer sees a notice;
// the windows fit 1366x768 in both languages. The last test writes the user guide's pictures
// when SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR are set.
#include "ui/prevention/PreventionRegister.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/PreventionService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/prevention/ActivityEditor.h"
#include "ui/prevention/ClubEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::ActivityEditor;
using ui::ClubEditor;
using ui::PreventionRegister;

const QDate today(2025, 3, 15);

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

class PreventionRegisterTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    qint64 rows(const QString &table, const QString &where = {})
    {
        QSqlQuery q(m_db->connection());
        QString statement = QStringLiteral("SELECT count(*) FROM ") + table;
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where;
        EXPECT_TRUE(q.exec(statement) && q.next()) << statement.toStdString();
        return q.value(0).toLongLong();
    }

    domain::PreventionClub storeClub()
    {
        domain::PreventionClub c;
        c.name = QStringLiteral("CLB phường Hà Khánh");
        c.era = domain::AdminEra::Pre2025;
        c.communeCode = QStringLiteral("06649");
        c.founded = QDate(2022, 5, 1);
        c.members = 25;
        auto saved = services::PreventionService(m_db.db()).saveClub(m_actor, c);
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved.value() : domain::PreventionClub{};
    }

    FixedClock m_clock{QDateTime(today, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_actor{3, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};
};

} // namespace

TEST_F(PreventionRegisterTest, EmptyRegisterSaysWhatToDo)
{
    services::AppContext context(m_db.db(), m_actor);
    PreventionRegister reg(context);
    EXPECT_EQ(reg.activityTable()->rowCount(), 0);
    EXPECT_TRUE(reg.activityStatus().contains(QLatin1String("No activity recorded yet")))
        << reg.activityStatus().toStdString();
    EXPECT_TRUE(reg.activityStatus().contains(QLatin1String("Ctrl+N")));
    EXPECT_TRUE(reg.clubStatus().contains(QLatin1String("No prevention club yet")));
    EXPECT_FALSE(child<QLabel>(reg, "noticeLabel")->isVisibleTo(&reg));
}

TEST_F(PreventionRegisterTest, TypedActivityIsStoredWithItsAuditRowAndListed)
{
    services::AppContext context(m_db.db(), m_actor);
    PreventionRegister reg(context);
    reg.show();
    QPointer<ActivityEditor> editor = reg.openActivity(0);
    ASSERT_TRUE(editor);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    // Leaflets: copies, no participants, no club.
    choose(child<QComboBox>(*editor, "kindCombo"), QStringLiteral("leaflets"));
    EXPECT_EQ(child<QLabel>(*editor, "unitLabel")->text(), QStringLiteral("copies"));
    EXPECT_FALSE(editor->showsParticipants());
    EXPECT_FALSE(editor->showsClub());
    // A training: sessions and participants.
    choose(child<QComboBox>(*editor, "kindCombo"), QStringLiteral("training"));
    EXPECT_EQ(child<QLabel>(*editor, "unitLabel")->text(), QStringLiteral("sessions"));
    EXPECT_TRUE(editor->showsParticipants());
    retype(child<QLineEdit>(*editor, "startDateEdit"), QStringLiteral("10/03/2025"));
    retype(child<QLineEdit>(*editor, "endDateEdit"), QStringLiteral("11/03/2025"));
    // The start date chose the list before the merger of 1/7/2025.
    EXPECT_EQ(child<QComboBox>(*editor, "eraCombo")->currentData().toString(),
              QStringLiteral("pre_2025"));
    choose(child<QComboBox>(*editor, "communeCombo"), QStringLiteral("06649"));
    retype(child<QSpinBox>(*editor, "quantitySpin"), QStringLiteral("2"));
    retype(child<QSpinBox>(*editor, "participantsTotalSpin"), QStringLiteral("45"));
    retype(child<QSpinBox>(*editor, "participantsWomenSpin"), QStringLiteral("30"));
    retype(child<QSpinBox>(*editor, "participantsMinoritiesSpin"), QStringLiteral("6"));
    QTest::keyClick(child<QCheckBox>(*editor, "target_officials"), Qt::Key_Space);
    retype(child<QLineEdit>(*editor, "organiserEdit"), QStringLiteral("Sở LĐ-TB&XH"));
    QTest::keyClick(child<QLineEdit>(*editor, "organiserEdit"), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.isNull() || !editor->isVisible());

    EXPECT_EQ(rows(QStringLiteral("prevention_activity"),
                   QStringLiteral("kind = 'training' AND participants_total = 45 AND "
                                  "commune_code = '06649' AND end_date = '2025-03-11' AND "
                                  "target_groups = 'officials'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'prevention_activity'")),
              1);
    ASSERT_TRUE(waitFor([&] { return reg.activityTable()->rowCount() == 1; }));
    EXPECT_EQ(reg.activityTable()->item(0, 0)->text(), QStringLiteral("10/03/2025 – 11/03/2025"));
    EXPECT_EQ(reg.activityTable()->item(0, 2)->text(), QStringLiteral("Hà Khánh"));
    EXPECT_EQ(reg.activityTable()->item(0, 3)->text(), QStringLiteral("2 sessions"));

    // The kind filter hides it; the empty state says why.
    reg.setKindFilter(domain::PreventionKind::Leaflets);
    EXPECT_EQ(reg.activityTable()->rowCount(), 0);
    EXPECT_TRUE(reg.activityStatus().contains(QLatin1String("No activity matches the filter")));
}

TEST_F(PreventionRegisterTest, BadInputIsMarkedAndWhatWasTypedStays)
{
    services::AppContext context(m_db.db(), m_actor);
    PreventionRegister reg(context);
    QPointer<ActivityEditor> editor = reg.openActivity(0);
    ASSERT_TRUE(editor);
    choose(child<QComboBox>(*editor, "kindCombo"), QStringLiteral("community_meeting"));
    retype(child<QLineEdit>(*editor, "startDateEdit"), QStringLiteral("12/03/2025"));
    retype(child<QLineEdit>(*editor, "endDateEdit"), QStringLiteral("10/03/2025"));
    retype(child<QSpinBox>(*editor, "participantsTotalSpin"), QStringLiteral("20"));
    retype(child<QSpinBox>(*editor, "participantsWomenSpin"), QStringLiteral("25"));
    retype(child<QLineEdit>(*editor, "partnerEdit"), QStringLiteral("Hội LHPN xã"));
    EXPECT_FALSE(editor->save());
    auto *women = child<QSpinBox>(*editor, "participantsWomenSpin");
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(women));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(*editor, "endDateEdit")));
    EXPECT_TRUE(editor->messageText().contains(
        QLatin1String("cannot be more than the participants in total")))
        << editor->messageText().toStdString();
    EXPECT_TRUE(editor->messageText().contains(QLatin1String("before the start date")));
    EXPECT_EQ(women->value(), 25);
    EXPECT_EQ(child<QLineEdit>(*editor, "partnerEdit")->text(), QStringLiteral("Hội LHPN xã"));
    EXPECT_EQ(rows(QStringLiteral("prevention_activity")), 0);

    // A malformed date is refused before anything is asked of the service.
    retype(child<QLineEdit>(*editor, "startDateEdit"), QStringLiteral("31/02/2025"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(*editor, "startDateEdit")));
    delete editor.data(); // closing would ask whether to discard what was typed
}

TEST_F(PreventionRegisterTest, ClubsListTheirMeetings)
{
    services::AppContext context(m_db.db(), m_actor);
    PreventionRegister reg(context);
    reg.show();
    reg.tabs()->setCurrentIndex(1);
    QPointer<ClubEditor> clubEditor = reg.openClub(0);
    ASSERT_TRUE(clubEditor);
    EXPECT_FALSE(clubEditor->save()); // no name
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(*clubEditor, "nameEdit")));
    retype(child<QLineEdit>(*clubEditor, "nameEdit"), QStringLiteral("CLB phường Cao Xanh"));
    choose(child<QComboBox>(*clubEditor, "eraCombo"), QStringLiteral("pre_2025"));
    choose(child<QComboBox>(*clubEditor, "communeCombo"), QStringLiteral("06658"));
    retype(child<QLineEdit>(*clubEditor, "foundedEdit"), QStringLiteral("01/06/2022"));
    retype(child<QSpinBox>(*clubEditor, "membersSpin"), QStringLiteral("30"));
    ASSERT_TRUE(clubEditor->save()) << clubEditor->messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return reg.clubTable()->rowCount() == 1; }));
    EXPECT_EQ(reg.clubTable()->item(0, 1)->text(), QStringLiteral("Cao Xanh"));
    EXPECT_EQ(reg.clubTable()->item(0, 3)->text(), QStringLiteral("30"));
    reg.clubTable()->selectRow(0);
    EXPECT_TRUE(child<QLabel>(reg, "meetingsLabel")->text().contains(QLatin1String("No meeting")));

    QPointer<ActivityEditor> meeting = reg.newMeeting();
    ASSERT_TRUE(meeting);
    EXPECT_TRUE(meeting->showsClub());
    EXPECT_EQ(meeting->activity().kind, domain::PreventionKind::ClubMeeting);
    retype(child<QSpinBox>(*meeting, "participantsTotalSpin"), QStringLiteral("18"));
    ASSERT_TRUE(meeting->save()) << meeting->messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return reg.meetingTable()->rowCount() == 1; }));
    EXPECT_EQ(reg.clubTable()->item(0, 4)->text(), QStringLiteral("1"));
    EXPECT_EQ(rows(QStringLiteral("prevention_activity"),
                   QStringLiteral("kind = 'club_meeting' AND club_id IS NOT NULL")),
              1);
}

TEST_F(PreventionRegisterTest, AViewerSeesANoticeAndNoForm)
{
    const domain::Actor viewer{4, QStringLiteral("xem"), domain::Role::Viewer};
    services::AppContext context(m_db.db(), viewer);
    PreventionRegister reg(context);
    EXPECT_TRUE(child<QLabel>(reg, "noticeLabel")->isVisibleTo(&reg));
    EXPECT_FALSE(reg.tabs()->isEnabled());
    EXPECT_EQ(reg.openActivity(0), nullptr);
}

TEST_F(PreventionRegisterTest, WindowsFitA1366x768ScreenWithMnemonicsInBothLanguages)
{
    const QSize room = ui::WindowGeometry::fitted(QSize(10000, 10000), QSize(1366, 728));
    storeClub();
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext context(m_db.db(), m_actor);
            PreventionRegister reg(context);
            QPointer<ActivityEditor> editor = reg.openActivity(0);
            QPointer<ClubEditor> club = reg.openClub(0);
            ASSERT_TRUE(editor && club);
            for (QWidget *window : {static_cast<QWidget *>(&reg),
                                    static_cast<QWidget *>(editor),
                                    static_cast<QWidget *>(club)}) {
                const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
                EXPECT_LE(minimum.width(), room.width())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                EXPECT_LE(minimum.height(), room.height())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                EXPECT_EQ(mnemonicProblems(*window).join(QStringLiteral("; ")).toStdString(), "")
                    << lang.toStdString() << " " << window->objectName().toStdString();
            }
            editor->close();
            club->close();
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

// Not a check: the user guide's pictures (docs/user-guide.md, "Phòng ngừa"), on a copy of a
// demonstration database, in both languages.
TEST(PreventionScreenshots, RegisterAndFormsInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("shots.db"));
    ASSERT_TRUE(QFile::copy(dbPath, copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = storage::Database::open(copy);
    ASSERT_TRUE(db.ok());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(at) FROM audit_log WHERE action = 'demo'"))
                && q.next());
    const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
    FixedClock clock{QDateTime(day, QTime(3, 0), Qt::UTC)};
    const domain::Actor worker{1, QStringLiteral("admin"), domain::Role::Administrator};
    const auto save = [&](QWidget &w, const char *name, const QString &lang) {
        QTest::qWait(250);
        const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, QLatin1String(name), lang);
        EXPECT_TRUE(w.grab().save(file)) << file.toStdString();
    };
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext context(**db, worker);
        PreventionRegister reg(context);
        reg.resize(1240, 640);
        reg.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reg));
        save(reg, "prevention-register", lang);
        reg.tabs()->setCurrentIndex(1);
        reg.clubTable()->selectRow(0);
        save(reg, "prevention-clubs", lang);
        reg.tabs()->setCurrentIndex(0);
        reg.activityTable()->selectRow(0);
        QPointer<ActivityEditor> editor = reg.openActivity(reg.listedActivities().value(0).meta.id);
        ASSERT_TRUE(editor);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
        save(*editor, "prevention-activity", lang);
        editor->close();
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace sr::test
