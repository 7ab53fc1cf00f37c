// "Admit to shelter…" in the case editor (ui/case/CaseEditor.cpp; docs/centre-work.md,
// "Shelter"): offscreen, a real database in a temporary folder. Clicking it on a saved
// reception opens the stay dialog for that reception; admitting stores the stay (read back from
// the database) and the editor reads the case again. A new, unsaved reception or case finds the
// button disabled, the tooltip saying why. (Every role that may open a case has
// Permission::AdmitToShelter, services/Permissions.cpp, and a case does not open on a read-only
// database: those two refusals of CaseEditor::updateAdmitAction are not reachable here.)
#include "ShelterTestSupport.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/case/CaseEditor.h"
#include "ui/shelter/StayDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::CaseEditor;
using ui::StayDialog;

const QDate kToday(2025, 3, 15);

class AdmitFromCaseTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    qint64 personOf(qint64 receptionId)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT person_id FROM reception WHERE id = ?"));
        q.addBindValue(receptionId);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }

    FixedClock m_clock{QDateTime(kToday, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_worker{0, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};
};

TEST_F(AdmitFromCaseTest, ClickingAdmitOnASavedReceptionStoresTheStay)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1, QDate(2025, 3, 10));
    services::AppContext context(m_db.db(), m_worker);
    CaseEditor editor(context);
    ASSERT_TRUE(editor.openCase(personOf(reception)));
    editor.show();
    QPushButton *admit = editor.admitButton();
    ASSERT_TRUE(admit);
    ASSERT_TRUE(admit->isEnabled()) << admit->toolTip().toStdString();

    QTest::mouseClick(admit, Qt::LeftButton);
    StayDialog *dialog = editor.stayDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    // The reception is given: no case code to type.
    EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("caseCodeEdit")));
    auto *rooms = dialog->findChild<QComboBox *>(QStringLiteral("roomComboBox"));
    ASSERT_TRUE(rooms);
    rooms->setCurrentIndex(rooms->findData(QStringLiteral("ad_02")));
    ASSERT_GE(rooms->currentIndex(), 0);
    auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("stayDateEdit"));
    ASSERT_TRUE(date);
    date->setText(QStringLiteral("12/03/2025"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QApplication::processEvents();

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT reception_id, room_code, admitted_date, left_date "
                                      "FROM shelter_stay")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), reception);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("ad_02"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2025-03-12"));
    EXPECT_EQ(q.value(3).toString(), QString()); // still there
    EXPECT_FALSE(q.next());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' "
                                      "AND entity = 'shelter_stay'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);

    // The dialog closed; the editor says so and stays on the case, nothing unsaved.
    EXPECT_FALSE(editor.stayDialog() && editor.stayDialog()->isVisible());
    auto *status = editor.findChild<QLabel *>(QStringLiteral("editorStatusLabel"));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->text(), QStringLiteral("Admitted to shelter."));
    EXPECT_EQ(editor.personId(), personOf(reception));
    EXPECT_TRUE(editor.admitButton()->isEnabled());
}

TEST_F(AdmitFromCaseTest, DisabledForAnUnsavedReceptionOrCase)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 2, QDate(2025, 3, 10));
    {
        services::AppContext context(m_db.db(), m_worker);
        CaseEditor editor(context);
        ASSERT_TRUE(editor.openCase(personOf(reception)));
        ASSERT_TRUE(editor.admitButton()->isEnabled());
        // A new reception, not saved yet: nothing to admit.
        QTest::mouseClick(editor.addReceptionButton(), Qt::LeftButton);
        EXPECT_FALSE(editor.admitButton()->isEnabled());
        EXPECT_TRUE(editor.admitButton()->toolTip().contains(QStringLiteral("Save the reception")))
            << editor.admitButton()->toolTip().toStdString();
        // Back on the saved one, it is offered again.
        editor.setCurrentReception(0);
        EXPECT_TRUE(editor.admitButton()->isEnabled());
    }
    {
        services::AppContext context(m_db.db(), m_worker);
        CaseEditor editor(context);
        editor.newCase();
        EXPECT_FALSE(editor.admitButton()->isEnabled());
        QTest::mouseClick(editor.admitButton(), Qt::LeftButton);
        EXPECT_FALSE(editor.stayDialog());
    }
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM shelter_stay")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(AdmitFromCaseTest, ScreenshotsForTheUserGuides)
{
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DIR";
    const qint64 reception = shelterCase(m_db.db(), m_worker, 4, QDate(2025, 3, 10));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        QLocale::setDefault(
            QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
        services::AppContext context(m_db.db(), m_worker);
        CaseEditor editor(context);
        ASSERT_TRUE(editor.openCase(personOf(reception)));
        editor.resize(1180, 740);
        editor.show();
        QTest::mouseClick(editor.admitButton(), Qt::LeftButton);
        ASSERT_TRUE(editor.stayDialog());
        QApplication::processEvents();
        // The window at the smallest screen the centre uses, the dialog over it.
        EXPECT_LE(editor.frameGeometry().width(), 1366);
        EXPECT_LE(editor.frameGeometry().height(), 768);
        QPixmap picture = editor.grab();
        {
            QPainter painter(&picture);
            const QPixmap dialog = editor.stayDialog()->grab();
            painter.drawPixmap((picture.width() - dialog.width()) / 2,
                               (picture.height() - dialog.height()) / 2,
                               dialog);
        }
        ASSERT_TRUE(picture.save(
            QDir(outDir).filePath(QStringLiteral("shelter-admit-from-case-%1.png").arg(lang))));
        editor.stayDialog()->reject();
    }
    messages::installTranslators(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English));
}

} // namespace
} // namespace sr::test
