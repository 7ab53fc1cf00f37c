// Widget tests of the shelter board and the stay dialog (offscreen, a real database in a
// temporary folder): the rooms' occupancy and the empty state, admitting through the dialog by
// case code, a full room refused with the room marked and the typed date kept, leaving, a viewer
// seeing counts only. With SAFERETURN_SCREENSHOT_DIR set, pictures of the board for the user
// guides (docs/images/shelter-board-*.png) in both languages.
#include "../ui/WidgetInput.h"
#include "ShelterTestSupport.h"
#include "domain/Clock.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/case/CaseFields.h"
#include "ui/shelter/ShelterBoardPage.h"
#include "ui/shelter/StayDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::ShelterBoardPage;
using ui::StayDialog;

const QDate kToday(2025, 3, 15);

class ShelterBoardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    qint64 rows(const QString &where)
    {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM shelter_stay WHERE ") + where));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    /** The board's tree item whose first column is @a text, nullptr when none. */
    static QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &text)
    {
        const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    static QString caseCodeOf(storage::Database &db, qint64 receptionId)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT p.case_code FROM person p JOIN reception r ON "
                                 "r.person_id = p.id WHERE r.id = ?"));
        q.addBindValue(receptionId);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toString();
    }

    FixedClock m_clock{QDateTime(kToday, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_worker{0, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};
};

TEST_F(ShelterBoardTest, EmptyBoardListsEveryRoomWithItsBeds)
{
    services::AppContext context(m_db.db(), m_worker);
    ShelterBoardPage board(context);
    board.show();
    QTreeWidget *tree = board.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Social Work Centre"));
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("0/32"));
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 10);
    EXPECT_EQ(tree->topLevelItem(1)->text(1), QStringLiteral("0/8"));
    auto *empty = board.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Nobody is in a shelter on 15/03/2025")))
        << empty->text().toStdString();
    EXPECT_EQ(board.summaryText(), QStringLiteral("0 of 40 beds taken on 15/03/2025"));
    // Fits the smallest screen the centre uses.
    EXPECT_LE(board.width(), 1366);
    EXPECT_LE(board.height(), 768);
}

TEST_F(ShelterBoardTest, AdmitByCaseCodeThenAFullRoomIsRefusedWithTheRoomMarked)
{
    const qint64 first = shelterCase(m_db.db(), m_worker, 1);
    const qint64 second = shelterCase(m_db.db(), m_worker, 2);
    const qint64 third = shelterCase(m_db.db(), m_worker, 3);
    services::AppContext context(m_db.db(), m_worker);
    ShelterBoardPage board(context);
    board.show();

    const auto admitTo = [&](qint64 reception, const QString &room) {
        auto dialog = std::make_unique<StayDialog>(context, 0, &board);
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("caseCodeEdit"));
        EXPECT_TRUE(code);
        code->setText(caseCodeOf(m_db.db(), reception));
        Q_EMIT code->editingFinished();
        auto *rooms = dialog->findChild<QComboBox *>(QStringLiteral("roomComboBox"));
        rooms->setCurrentIndex(rooms->findData(room));
        EXPECT_GE(rooms->currentIndex(), 0);
        return dialog;
    };
    // ctxh_07 has 2 beds.
    EXPECT_TRUE(admitTo(first, QStringLiteral("ctxh_07"))->save());
    EXPECT_TRUE(admitTo(second, QStringLiteral("ctxh_07"))->save());
    auto refused = admitTo(third, QStringLiteral("ctxh_07"));
    auto *date = refused->findChild<QLineEdit *>(QStringLiteral("stayDateEdit"));
    date->setText(QStringLiteral("14/03/2025"));
    EXPECT_FALSE(refused->save());
    EXPECT_TRUE(refused->messageText().contains(QStringLiteral("is full")))
        << refused->messageText().toStdString();
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(
        refused->findChild<QComboBox *>(QStringLiteral("roomComboBox"))));
    EXPECT_EQ(date->text(), QStringLiteral("14/03/2025"));
    EXPECT_EQ(rows(QStringLiteral("room_code = 'ctxh_07'")), 2);

    // The board follows the commits of the context: 2/2 and the two names.
    QApplication::processEvents();
    QTreeWidgetItem *room = itemNamed(board.tree(), QStringLiteral("Room 7"));
    ASSERT_TRUE(room);
    EXPECT_EQ(room->text(1), QStringLiteral("2/2"));
    ASSERT_EQ(room->childCount(), 2);
    EXPECT_TRUE(room->child(0)->text(0).contains(QStringLiteral("Nguyễn Thị Lưu Trú 1")));
    EXPECT_EQ(room->child(0)->text(2), QStringLiteral("15/03/2025"));
}

TEST_F(ShelterBoardTest, LeavingFreesTheBedAndAViewerSeesCountsOnly)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    services::ShelterService service(m_db.db());
    const auto stay =
        service.admit(m_worker, stayOf(reception, QStringLiteral("ad_01"), QDate(2025, 3, 10)));
    ASSERT_TRUE(stay.ok());
    services::AppContext context(m_db.db(), m_worker);
    {
        StayDialog leave(context, stay->meta.id, stay->meta.version, nullptr);
        auto *reason = leave.findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
        ASSERT_TRUE(reason);
        reason->setCurrentIndex(reason->findData(QStringLiteral("handed_over_to_family")));
        ASSERT_TRUE(leave.save()) << leave.messageText().toStdString();
    }
    EXPECT_EQ(rows(QStringLiteral("left_date = '2025-03-15' AND leaving_reason = "
                                  "'handed_over_to_family'")),
              1);

    ASSERT_TRUE(
        service.admit(m_worker, stayOf(reception, QStringLiteral("ad_01"), QDate(2025, 3, 15)))
            .ok());
    const domain::Actor viewer{0, QStringLiteral("xem"), domain::Role::Viewer};
    services::AppContext viewerContext(m_db.db(), viewer);
    ShelterBoardPage board(viewerContext);
    QTreeWidgetItem *room = board.tree()->topLevelItem(1)->child(0);
    EXPECT_EQ(room->text(1), QStringLiteral("1/3"));
    EXPECT_EQ(room->childCount(), 0); // who is there is not shown
    EXPECT_FALSE(board.findChild<QPushButton *>(QStringLiteral("admitButton"))->isEnabled());
}

TEST_F(ShelterBoardTest, BoardAndDialogMnemonicsWorkInBothLanguages)
{
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext context(m_db.db(), m_worker);
        ShelterBoardPage board(context);
        StayDialog dialog(context, 0, nullptr);
        EXPECT_EQ(mnemonicProblems(board).join(QStringLiteral("; ")).toStdString(), "")
            << lang.toStdString();
        EXPECT_EQ(mnemonicProblems(dialog).join(QStringLiteral("; ")).toStdString(), "")
            << lang.toStdString();
    }
    messages::installTranslators(QStringLiteral("en"));
}

TEST_F(ShelterBoardTest, ScreenshotsForTheUserGuides)
{
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DIR";
    services::ShelterService service(m_db.db());
    const QStringList rooms{QStringLiteral("ctxh_01"),
                            QStringLiteral("ctxh_01"),
                            QStringLiteral("ctxh_02"),
                            QStringLiteral("ctxh_07"),
                            QStringLiteral("ad_01")};
    for (int i = 0; i < rooms.size(); ++i) {
        const qint64 reception = shelterCase(m_db.db(), m_worker, i + 1);
        ASSERT_TRUE(
            service.admit(m_worker, stayOf(reception, rooms.at(i), QDate(2025, 3, 2 + i))).ok());
    }
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        QLocale::setDefault(
            QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
        services::AppContext context(m_db.db(), m_worker);
        ShelterBoardPage board(context);
        board.resize(1000, 640);
        board.show();
        board.tree()->setCurrentItem(board.tree()->topLevelItem(0)->child(0)->child(0));
        QApplication::processEvents();
        ASSERT_TRUE(board.grab().save(
            QDir(outDir).filePath(QStringLiteral("shelter-board-%1.png").arg(lang))));
        StayDialog dialog(context, 0, nullptr);
        dialog.show();
        QApplication::processEvents();
        ASSERT_TRUE(dialog.grab().save(
            QDir(outDir).filePath(QStringLiteral("shelter-admit-%1.png").arg(lang))));
    }
    messages::installTranslators(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English));
}

} // namespace
} // namespace sr::test
