// Login, first administrator, user administration and the idle lock (docs/users-and-roles.md), offscreen.
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/FirstAdminDialog.h"
#include "ui/admin/LoginDialog.h"
#include "ui/admin/SessionManager.h"
#include "ui/admin/UserAdminDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::ui {
namespace {

using domain::Actor;
using domain::Role;

const QString adminPassword = QStringLiteral("đèn-biển-Cô-Tô");
const QString viewerPassword = QStringLiteral("sóng-vỗ-Bãi-Cháy");

class LoginTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto admin = m_auth.createFirstAdministrator(QStringLiteral("admin"), {}, adminPassword);
        ASSERT_TRUE(admin.ok());
        m_admin = admin->actor();
        auto viewer = m_auth.createUser(m_admin,
                                        services::NewUser{QStringLiteral("xem"),
                                                          QStringLiteral("Người xem"),
                                                          Role::Viewer,
                                                          viewerPassword,
                                                          false});
        ASSERT_TRUE(viewer.ok());
    }

    qint64 audit(const QString &action, const QString &actor)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND actor = ?"));
        query.addBindValue(action);
        query.addBindValue(actor);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static void typeLogin(LoginDialog *dialog, const QString &user, const QString &password)
    {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("userNameLineEdit"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        ASSERT_TRUE(name && secret);
        name->setText(user);
        secret->setText(password);
        dialog->accept();
    }

    /** A main window with an unsaved form, as the factory of the session makes them. */
    static QMainWindow *makeWindow(const Actor &actor)
    {
        auto *window = new QMainWindow;
        window->setObjectName(QStringLiteral("window_") + actor.userName);
        auto *form = new QLineEdit(window);
        form->setObjectName(QStringLiteral("unsavedForm"));
        window->setCentralWidget(form);
        QMenu *cases = window->menuBar()->addMenu(QStringLiteral("Cases"));
        cases->addAction(QStringLiteral("New"))->setObjectName(QStringLiteral("newCaseAction"));
        cases->addAction(QStringLiteral("Report"))
            ->setObjectName(QStringLiteral("periodReportAction"));
        return window;
    }

    test::FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    test::TempDatabase m_db;
    services::AuthService m_auth{m_db.db()};
    Actor m_admin;
};

TEST_F(LoginTest, WrongPasswordKeepsTheDialogOpenWithAMessage)
{
    LoginDialog dialog(m_auth, QString());
    dialog.show();
    typeLogin(&dialog, QStringLiteral("admin"), QStringLiteral("wrong wrong wrong"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
    // What was typed stays; the password is selected so that typing replaces it.
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    EXPECT_EQ(password->text(), QStringLiteral("wrong wrong wrong"));
    EXPECT_EQ(password->selectedText(), password->text());
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("userNameLineEdit"))->text(),
              QStringLiteral("admin"));
    EXPECT_EQ(audit(QStringLiteral("login_failed"), QStringLiteral("admin")), 1);

    typeLogin(&dialog, QStringLiteral("admin"), adminPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session().has_value());
    EXPECT_EQ(dialog.session()->actor.role, Role::Administrator);
    EXPECT_EQ(audit(QStringLiteral("login"), QStringLiteral("admin")), 1);
}

TEST(FirstAdminTest, CreatesTheAdministratorAndLogsIn)
{
    test::TempDatabase db;
    services::AuthService auth(db.db());
    FirstAdminDialog dialog(auth);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("userNameLineEdit"))
        ->setText(QStringLiteral("chi.ha"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))
        ->setText(QStringLiteral("1234567890"));
    dialog.findChild<QLineEdit *>(QStringLiteral("repeatLineEdit"))
        ->setText(QStringLiteral("1234567890"));
    dialog.accept();
    EXPECT_FALSE(dialog.session().has_value()); // a common password is refused
    EXPECT_TRUE(auth.needsFirstAdministrator().value());
    const QString good = QStringLiteral("hoa-phượng-đỏ-2026");
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(good);
    dialog.findChild<QLineEdit *>(QStringLiteral("repeatLineEdit"))->setText(good);
    dialog.accept();
    ASSERT_TRUE(dialog.session().has_value());
    EXPECT_EQ(dialog.session()->actor.userName, QStringLiteral("chi.ha"));
    EXPECT_EQ(dialog.session()->actor.role, Role::Administrator);
    EXPECT_FALSE(auth.needsFirstAdministrator().value());
}

TEST_F(LoginTest, IdleLockHidesWindowsAndTheSameUserGetsThemBack)
{
    ASSERT_TRUE(m_auth.setIdleLockMinutes(m_admin, 10).ok());
    auto session = m_auth.login(QStringLiteral("admin"), adminPassword);
    ASSERT_TRUE(session.ok());
    services::AppContext context(m_db.db());
    SessionManager manager(context, *session, &LoginTest::makeWindow);
    manager.start();
    QPointer<QMainWindow> window = manager.mainWindow();
    ASSERT_TRUE(window);
    EXPECT_TRUE(window->isVisible());
    auto *form = window->findChild<QLineEdit *>(QStringLiteral("unsavedForm"));
    form->setText(QStringLiteral("nửa chừng, chưa lưu"));

    // 9 minutes idle, then a key press: the clock starts again.
    m_clock.advanceSecs(9 * 60);
    manager.checkIdle();
    EXPECT_FALSE(manager.isLocked());
    QTest::keyClick(form, Qt::Key_Space);
    const QString typed = form->text();
    EXPECT_EQ(typed, QStringLiteral("nửa chừng, chưa lưu "));
    m_clock.advanceSecs(9 * 60);
    manager.checkIdle();
    EXPECT_FALSE(manager.isLocked());
    // 10 minutes without input: locked, window hidden but alive, login shown.
    m_clock.advanceSecs(60);
    manager.checkIdle();
    ASSERT_TRUE(manager.isLocked());
    EXPECT_TRUE(window);
    EXPECT_FALSE(window->isVisible());
    ASSERT_NE(manager.lockDialog(), nullptr);
    EXPECT_TRUE(manager.lockDialog()->isVisible());
    EXPECT_EQ(audit(QStringLiteral("session_lock"), QStringLiteral("admin")), 1);

    // A wrong password keeps it locked; the right one gives the same window back.
    typeLogin(manager.lockDialog(), QStringLiteral("admin"), QStringLiteral("not it at all"));
    EXPECT_TRUE(manager.isLocked());
    typeLogin(manager.lockDialog(), QStringLiteral("admin"), adminPassword);
    EXPECT_FALSE(manager.isLocked());
    ASSERT_TRUE(window);
    EXPECT_EQ(manager.mainWindow(), window.data());
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(form->text(), typed);
    EXPECT_EQ(audit(QStringLiteral("session_unlock"), QStringLiteral("admin")), 1);
}

TEST_F(LoginTest, IdleLockCoversAnOpenModalDialogAndKeepsIt)
{
    auto session = m_auth.login(QStringLiteral("admin"), adminPassword);
    ASSERT_TRUE(session.ok());
    services::AppContext context(m_db.db());
    SessionManager manager(context, *session, &LoginTest::makeWindow);
    manager.start();
    ASSERT_TRUE(manager.mainWindow());
    // A modal form (as the case editor is) with typed content.
    QPointer<QDialog> dialog = new QDialog(manager.mainWindow());
    dialog->setModal(true);
    auto *field = new QLineEdit(dialog);
    field->setText(QStringLiteral("Nguyễn Thị Hằng"));
    dialog->resize(400, 300);
    dialog->open();
    ASSERT_TRUE(dialog->isVisible());

    manager.lock();
    ASSERT_TRUE(manager.isLocked());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible()) << "hiding would cancel the dialog's work";
    auto *cover = dialog->findChild<QLabel *>(QStringLiteral("lockCover"));
    ASSERT_NE(cover, nullptr);
    EXPECT_TRUE(cover->isVisible());
    EXPECT_TRUE(cover->autoFillBackground());
    EXPECT_EQ(cover->geometry(), dialog->rect());
    EXPECT_FALSE(cover->text().contains(QStringLiteral("Nguyễn")));
    // The cover follows the window when it is resized.
    dialog->resize(500, 420);
    EXPECT_EQ(cover->geometry(), dialog->rect());
    // The form is the topmost child at its own position: the cover hides it.
    EXPECT_EQ(dialog->childAt(field->geometry().center()), cover);

    typeLogin(manager.lockDialog(), QStringLiteral("admin"), adminPassword);
    EXPECT_FALSE(manager.isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("lockCover")), nullptr);
    EXPECT_EQ(field->text(), QStringLiteral("Nguyễn Thị Hằng"));
    delete dialog;
}

TEST_F(LoginTest, AnotherUserAtTheLockScreenStartsFresh)
{
    auto session = m_auth.login(QStringLiteral("admin"), adminPassword);
    ASSERT_TRUE(session.ok());
    services::AppContext context(m_db.db());
    SessionManager manager(context, *session, &LoginTest::makeWindow);
    manager.start();
    QPointer<QMainWindow> adminWindow = manager.mainWindow();
    auto *users = adminWindow->findChild<QAction *>(QStringLiteral("usersAction"));
    ASSERT_NE(users, nullptr);
    EXPECT_TRUE(users->isEnabled());

    manager.lock();
    ASSERT_TRUE(manager.isLocked());
    typeLogin(manager.lockDialog(), QStringLiteral("xem"), viewerPassword);
    EXPECT_FALSE(manager.isLocked());
    EXPECT_EQ(manager.actor().userName, QStringLiteral("xem"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(adminWindow.isNull()) << "the administrator's window must be gone";
    QMainWindow *viewerWindow = manager.mainWindow();
    ASSERT_NE(viewerWindow, nullptr);
    EXPECT_TRUE(viewerWindow->isVisible());
    EXPECT_TRUE(
        viewerWindow->findChild<QLineEdit *>(QStringLiteral("unsavedForm"))->text().isEmpty());
    EXPECT_EQ(audit(QStringLiteral("logout"), QStringLiteral("admin")), 1);
    EXPECT_EQ(audit(QStringLiteral("login"), QStringLiteral("xem")), 1);

    // The viewer's menu: no new case, no users; reports allowed; a tooltip says why.
    auto *newCase = viewerWindow->findChild<QAction *>(QStringLiteral("newCaseAction"));
    auto *report = viewerWindow->findChild<QAction *>(QStringLiteral("periodReportAction"));
    auto *viewerUsers = viewerWindow->findChild<QAction *>(QStringLiteral("usersAction"));
    ASSERT_TRUE(newCase && report && viewerUsers);
    EXPECT_FALSE(newCase->isEnabled());
    EXPECT_FALSE(newCase->toolTip().isEmpty());
    EXPECT_FALSE(viewerUsers->isEnabled());
    EXPECT_TRUE(report->isEnabled());
}

TEST_F(LoginTest, UserAdminDialogCreatesDisablesResetsAndChangesRoles)
{
    UserAdminDialog dialog(m_auth, m_admin);
    const auto table = [&] {
        return dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    };
    ASSERT_NE(table(), nullptr);
    EXPECT_EQ(table()->rowCount(), 2);
    EXPECT_FALSE(dialog.createUser(services::NewUser{
        QStringLiteral("lan"), {}, Role::SocialWorker, QStringLiteral("short"), true}));
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
    ASSERT_TRUE(dialog.createUser(services::NewUser{QStringLiteral("lan"),
                                                    QStringLiteral("Lan"),
                                                    Role::SocialWorker,
                                                    QStringLiteral("ngày-mai-trời-nắng"),
                                                    true}));
    EXPECT_EQ(table()->rowCount(), 3);
    dialog.selectUser(QStringLiteral("lan"));
    ASSERT_TRUE(dialog.changeRole(Role::Manager));
    // The team (docs/case-work.md) shows in its own column once changed.
    ASSERT_TRUE(dialog.changeTeam(QStringLiteral("Hạ Long")));
    const QTableWidgetItem *team =
        table()->currentRow() >= 0 ? table()->item(table()->currentRow(), 3) : nullptr;
    ASSERT_NE(team, nullptr);
    EXPECT_EQ(team->text(), QStringLiteral("Hạ Long"));
    EXPECT_EQ(table()->horizontalHeaderItem(3)->text(), QStringLiteral("Team"));
    ASSERT_TRUE(dialog.resetPassword(QStringLiteral("mật-khẩu-mới-tinh")));
    ASSERT_TRUE(dialog.toggleDisabled());
    auto refused = m_auth.login(QStringLiteral("lan"), QStringLiteral("mật-khẩu-mới-tinh"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("disabled"));
    EXPECT_EQ(audit(QStringLiteral("user_role_change"), QStringLiteral("admin")), 1);
    EXPECT_EQ(audit(QStringLiteral("user_password_reset"), QStringLiteral("admin")), 1);
    EXPECT_EQ(audit(QStringLiteral("user_disable"), QStringLiteral("admin")), 1);
    // The last administrator cannot disable themselves.
    dialog.selectUser(QStringLiteral("admin"));
    EXPECT_FALSE(dialog.toggleDisabled());
}

TEST_F(LoginTest, ViewerMainWindowShowsANoticeAndAsksForNoCases)
{
    auto session = m_auth.login(QStringLiteral("xem"), viewerPassword);
    ASSERT_TRUE(session.ok());
    services::AppContext windowContext(m_db.db(), session->actor);
    MainWindow window(windowContext);
    window.show();
    QCoreApplication::processEvents();
    auto *notice = window.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_FALSE(notice->text().isEmpty());
    // Nothing refused was even asked: no "denied" rows for the viewer.
    QSqlQuery query(m_db->connection());
    QStringList refused;
    if (query.exec(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'denied'"))) {
        while (query.next())
            refused << query.value(0).toString();
    }
    EXPECT_TRUE(refused.isEmpty()) << refused.join(u' ').toStdString();
}

} // namespace
} // namespace sr::ui
