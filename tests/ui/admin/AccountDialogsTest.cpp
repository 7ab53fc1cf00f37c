// The account dialogs keep what the user typed when a change is refused (new user, reset
// password, change password, first administrator, login), show the password rules up front,
// a "Show password" box and a Caps Lock warning; a required password change comes before any
// window of records; the users table fits its content.
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/admin/AccountForm.h"
#include "ui/admin/ChangePasswordDialog.h"
#include "ui/admin/FirstAdminDialog.h"
#include "ui/admin/LoginDialog.h"
#include "ui/admin/SessionManager.h"
#include "ui/admin/UserAccountDialog.h"
#include "ui/admin/UserAdminDialog.h"
#include "ui/case/CaseFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace sr::ui {
namespace {

using domain::Actor;
using domain::Role;

const QString adminPassword = QStringLiteral("đèn-biển-Cô-Tô");
const QString goodPassword = QStringLiteral("ngày-mai-trời-nắng");

QLineEdit *edit(QObject &parent, const char *name)
{
    auto *found = parent.findChild<QLineEdit *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString message(QObject &parent)
{
    auto *label = parent.findChild<QLabel *>(QStringLiteral("messageLabel"));
    return label ? label->text() : QString();
}

void press(QWidget *widget, Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent event(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &event);
}

class AccountDialogsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto admin = m_auth.createFirstAdministrator(QStringLiteral("admin"), {}, adminPassword);
        ASSERT_TRUE(admin.ok());
        m_admin = admin->actor();
    }

    test::FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    test::TempDatabase m_db;
    services::AuthService m_auth{m_db.db()};
    Actor m_admin;
};

TEST_F(AccountDialogsTest, NewUserDialogKeepsEverythingTypedUntilTheUserIsCreated)
{
    UserAdminDialog users(m_auth, m_admin);
    std::unique_ptr<UserAccountDialog> dialog(users.newUserDialog());
    dialog->show();
    // The rules are shown before anything is typed.
    auto *rules = dialog->findChild<QLabel *>(QStringLiteral("passwordRulesLabel"));
    ASSERT_NE(rules, nullptr);
    EXPECT_TRUE(rules->isVisible());
    EXPECT_TRUE(rules->text().contains(QStringLiteral("10")));

    edit(*dialog, "userNameLineEdit")->setText(QStringLiteral("lan"));
    edit(*dialog, "displayNameLineEdit")->setText(QStringLiteral("Nguyễn Thị Lan"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleComboBox"));
    role->setCurrentIndex(role->findData(int(Role::Manager)));
    QLineEdit *password = edit(*dialog, "passwordLineEdit");
    QLineEdit *repeat = edit(*dialog, "repeatLineEdit");

    // Too short: refused in the dialog, the password marked, nothing lost.
    password->setText(QStringLiteral("ngắn"));
    repeat->setText(QStringLiteral("ngắn"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->account().has_value());
    EXPECT_FALSE(message(*dialog).isEmpty());
    EXPECT_TRUE(CaseFields::isMarkedInvalid(password));
    EXPECT_EQ(password->text(), QStringLiteral("ngắn"));
    EXPECT_EQ(edit(*dialog, "displayNameLineEdit")->text(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(role->currentData().toInt(), int(Role::Manager));

    // The repetition differs: the repeat field is marked, the password unmarked once edited.
    password->setText(goodPassword);
    Q_EMIT password->textEdited(password->text());
    EXPECT_FALSE(CaseFields::isMarkedInvalid(password));
    repeat->setText(goodPassword + QStringLiteral("x"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(CaseFields::isMarkedInvalid(repeat));
    EXPECT_EQ(repeat->text(), goodPassword + QStringLiteral("x"));

    // A taken name: the user name is marked and kept.
    edit(*dialog, "userNameLineEdit")->setText(QStringLiteral("admin"));
    repeat->setText(goodPassword);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(CaseFields::isMarkedInvalid(edit(*dialog, "userNameLineEdit")));
    EXPECT_EQ(password->text(), goodPassword);

    edit(*dialog, "userNameLineEdit")->setText(QStringLiteral("lan"));
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_TRUE(dialog->account().has_value());
    EXPECT_EQ(dialog->account()->role, Role::Manager);
    EXPECT_TRUE(dialog->account()->mustChangePassword);
    auto session = m_auth.login(QStringLiteral("lan"), goodPassword);
    ASSERT_TRUE(session.ok());
    EXPECT_TRUE(session->mustChangePassword);
}

TEST_F(AccountDialogsTest, TheNewUserButtonKeepsItsDialogOpenOnARefusal)
{
    UserAdminDialog users(m_auth, m_admin);
    users.show();
    bool sawRefusal = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<UserAccountDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        edit(*dialog, "userNameLineEdit")->setText(QStringLiteral("hoa"));
        edit(*dialog, "passwordLineEdit")->setText(goodPassword);
        edit(*dialog, "repeatLineEdit")->setText(QStringLiteral("khác"));
        dialog->accept();
        sawRefusal = dialog->isVisible() && !message(*dialog).isEmpty();
        edit(*dialog, "repeatLineEdit")->setText(goodPassword);
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    users.findChild<QPushButton *>(QStringLiteral("addUserButton"))->click();
    EXPECT_TRUE(sawRefusal);
    EXPECT_TRUE(message(users).contains(QStringLiteral("hoa")));
    auto *table = users.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    EXPECT_EQ(table->rowCount(), 2);
}

TEST_F(AccountDialogsTest, ResetPasswordKeepsTheTypedPasswordsOnARefusal)
{
    UserAdminDialog users(m_auth, m_admin);
    ASSERT_TRUE(users.createUser(services::NewUser{
        QStringLiteral("lan"), QStringLiteral("Lan"), Role::SocialWorker, goodPassword, true}));
    users.selectUser(QStringLiteral("lan"));
    std::unique_ptr<UserAccountDialog> dialog(users.resetPasswordDialog());
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("userNameLineEdit")), nullptr);
    edit(*dialog, "passwordLineEdit")->setText(QStringLiteral("lan"));
    edit(*dialog, "repeatLineEdit")->setText(QStringLiteral("lan"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(edit(*dialog, "passwordLineEdit")->text(), QStringLiteral("lan"));
    EXPECT_TRUE(CaseFields::isMarkedInvalid(edit(*dialog, "passwordLineEdit")));
    const QString fresh = QStringLiteral("mật-khẩu-mới-tinh");
    edit(*dialog, "passwordLineEdit")->setText(fresh);
    edit(*dialog, "repeatLineEdit")->setText(fresh);
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(m_auth.login(QStringLiteral("lan"), fresh).ok());
}

TEST_F(AccountDialogsTest, ChangePasswordKeepsWhatWasTypedAndMarksTheWrongField)
{
    ChangePasswordDialog dialog(m_auth, m_admin);
    dialog.show();
    EXPECT_NE(dialog.findChild<QLabel *>(QStringLiteral("passwordRulesLabel")), nullptr);
    edit(dialog, "currentPasswordLineEdit")->setText(QStringLiteral("không phải nó"));
    edit(dialog, "newPasswordLineEdit")->setText(goodPassword);
    edit(dialog, "repeatLineEdit")->setText(goodPassword);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(CaseFields::isMarkedInvalid(edit(dialog, "currentPasswordLineEdit")));
    EXPECT_EQ(edit(dialog, "newPasswordLineEdit")->text(), goodPassword);
    EXPECT_EQ(edit(dialog, "repeatLineEdit")->text(), goodPassword);
    edit(dialog, "currentPasswordLineEdit")->setText(adminPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(m_auth.login(QStringLiteral("admin"), goodPassword).ok());
}

TEST(FirstAdminDialogTest, DifferingPasswordsKeepBothAndNameTheDatabase)
{
    test::TempDatabase db;
    services::AuthService auth(db.db());
    FirstAdminDialog dialog(auth);
    dialog.setDatabasePath(db.filePath(QStringLiteral("trung-tam.db")));
    dialog.show();
    auto *database = dialog.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(database->text().contains(QStringLiteral("trung-tam.db")));
    EXPECT_FALSE(dialog.windowTitle().contains(QStringLiteral("trung-tam")));
    edit(dialog, "userNameLineEdit")->setText(QStringLiteral("chi.ha"));
    edit(dialog, "passwordLineEdit")->setText(goodPassword);
    edit(dialog, "repeatLineEdit")->setText(QStringLiteral("khác hẳn"));
    dialog.accept();
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_EQ(edit(dialog, "passwordLineEdit")->text(), goodPassword);
    EXPECT_EQ(edit(dialog, "repeatLineEdit")->text(), QStringLiteral("khác hẳn"));
    EXPECT_TRUE(CaseFields::isMarkedInvalid(edit(dialog, "repeatLineEdit")));
    edit(dialog, "repeatLineEdit")->setText(goodPassword);
    dialog.accept();
    ASSERT_TRUE(dialog.session().has_value());
}

TEST_F(AccountDialogsTest, LoginNamesTheDatabaseShowsThePasswordAndWarnsOfCapsLock)
{
    LoginDialog dialog(m_auth, QString());
    const QString path = m_db.filePath(QStringLiteral("hai-phong.db"));
    dialog.setDatabasePath(path);
    dialog.show();
    auto *database = dialog.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(database->isVisible());
    EXPECT_TRUE(database->text().contains(QStringLiteral("hai-phong.db")));
    EXPECT_FALSE(database->text().contains(QFileInfo(path).path()));
    EXPECT_TRUE(database->toolTip().contains(QStringLiteral("hai-phong.db")));
    // Wide enough for its title, and no wider than a 1366×768 screen.
    EXPECT_GE(dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 120);
    EXPECT_LE(dialog.width(), 1366);

    QLineEdit *password = edit(dialog, "passwordLineEdit");
    auto *show = dialog.findChild<QCheckBox *>(QStringLiteral("showPasswordCheckBox"));
    ASSERT_NE(show, nullptr);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    show->setChecked(true);
    EXPECT_EQ(password->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);

    auto *caps = dialog.findChild<QLabel *>(QStringLiteral("capsLockLabel"));
    ASSERT_NE(caps, nullptr);
    EXPECT_FALSE(caps->isVisible());
    press(password, Qt::Key_A, QStringLiteral("A"), Qt::NoModifier); // upper without Shift
    EXPECT_TRUE(caps->isVisible());
    press(password, Qt::Key_1, QStringLiteral("1"), Qt::NoModifier); // says nothing
    EXPECT_TRUE(caps->isVisible());
    press(password, Qt::Key_CapsLock, QString(), Qt::NoModifier); // turned off
    EXPECT_FALSE(caps->isVisible());
    press(password, Qt::Key_A, QStringLiteral("a"), Qt::ShiftModifier); // lower with Shift
    EXPECT_TRUE(caps->isVisible());
    press(password, Qt::Key_A, QStringLiteral("a"), Qt::NoModifier);
    EXPECT_FALSE(caps->isVisible());
}

TEST(CapsLockTest, ALetterWhoseCaseContradictsShiftMeansCapsLock)
{
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("A"), false), 1);
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("a"), true), 1);
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("Ư"), false), 1);
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("a"), false), 0);
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("A"), true), 0);
    EXPECT_EQ(account_form::capsLockFromKey(QStringLiteral("7"), false), -1);
    EXPECT_EQ(account_form::capsLockFromKey(QString(), false), -1);
}

TEST_F(AccountDialogsTest, ARequiredPasswordChangeComesBeforeAnyWindowOfRecords)
{
    ASSERT_TRUE(m_auth
                    .createUser(m_admin,
                                services::NewUser{QStringLiteral("lan"),
                                                  QStringLiteral("Lan"),
                                                  Role::SocialWorker,
                                                  goodPassword,
                                                  true})
                    .ok());
    auto session = m_auth.login(QStringLiteral("lan"), goodPassword);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE(session->mustChangePassword);
    services::AppContext context(m_db.db());
    int windowsMade = 0;
    bool windowBeforeChange = true;
    bool dialogSeen = false;
    SessionManager manager(context, *session, [&](const Actor &) {
        ++windowsMade;
        return new QMainWindow;
    });
    const QString fresh = QStringLiteral("mật-khẩu-của-Lan");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialogSeen = true;
        bool visibleWindow = windowsMade > 0;
        for (QWidget *window : QApplication::topLevelWidgets())
            visibleWindow =
                visibleWindow || (window->isVisible() && qobject_cast<QMainWindow *>(window));
        windowBeforeChange = visibleWindow;
        edit(*dialog, "currentPasswordLineEdit")->setText(goodPassword);
        edit(*dialog, "newPasswordLineEdit")->setText(fresh);
        edit(*dialog, "repeatLineEdit")->setText(fresh);
        dialog->accept();
    });
    manager.start();
    EXPECT_TRUE(dialogSeen);
    EXPECT_FALSE(windowBeforeChange);
    EXPECT_EQ(windowsMade, 1);
    ASSERT_NE(manager.mainWindow(), nullptr);
    EXPECT_TRUE(manager.mainWindow()->isVisible());
    auto again = m_auth.login(QStringLiteral("lan"), fresh);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePassword);
}

TEST_F(AccountDialogsTest, TheUsersTableSizesColumnsToContentAndElidesLongNames)
{
    const QString longName = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh — "
                                            "Phòng Tiếp nhận và Hỗ trợ nạn nhân bị mua bán");
    ASSERT_TRUE(
        m_auth
            .createUser(
                m_admin,
                services::NewUser{
                    QStringLiteral("lan"), longName, Role::SocialWorker, goodPassword, true})
            .ok());
    UserAdminDialog users(m_auth, m_admin);
    users.show();
    auto *table = users.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    ASSERT_NE(table, nullptr);
    const QFontMetrics metrics = table->fontMetrics();
    // The role and user name columns show their text whole.
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column : {0, 2}) {
            const QString text = table->item(row, column)->text();
            EXPECT_GE(table->columnWidth(column), metrics.horizontalAdvance(text))
                << text.toStdString();
        }
    }
    // The long display name is elided, with its full text in the tooltip, and does not
    // push the state column out of the dialog.
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->text() != QStringLiteral("lan"))
        ++row;
    ASSERT_LT(row, table->rowCount());
    EXPECT_LT(table->columnWidth(1), metrics.horizontalAdvance(longName));
    EXPECT_EQ(table->item(row, 1)->toolTip(), longName);
    EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width() + 1);
}

} // namespace
} // namespace sr::ui
