// Choosing a database server at login and saving servers in Settings (offscreen): the server
// password is asked only when nothing else gives it, a refused open keeps what was typed, and a
// server's fields are refused next to the field with what was typed kept.
#include "WidgetInput.h"
#include "services/AuthService.h"
#include "services/ConnectionProfiles.h"
#include "support/TempDatabase.h"
#include "ui/ServerProfileDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/admin/LoginDialog.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString adminPassword = QStringLiteral("đèn-biển-Cô-Tô");
const QString serverLocation = QStringLiteral("postgresql://worker@db.province.vn:5432/sr");

class ServerConnectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_organisation = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("SafeReturnTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        m_savedPassword = qgetenv("PGPASSWORD");
        m_savedFile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_settingsDir.filePath(QStringLiteral("none")).toLocal8Bit());
    }
    void TearDown() override
    {
        services::rememberServerPassword(serverLocation, QString());
        QSettings().clear();
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(m_organisation);
        if (m_savedPassword.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", m_savedPassword);
        if (m_savedFile.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", m_savedFile);
    }

    QString m_organisation;
    QByteArray m_savedPassword;
    QByteArray m_savedFile;
    QTemporaryDir m_settingsDir;
};

TEST_F(ServerConnectTest, TheLoginOpensTheChosenDatabaseAndKeepsWhatWasTypedWhenRefused)
{
    TempDatabase file;
    services::AuthService auth(file.db());
    ASSERT_TRUE(auth.createFirstAdministrator(QStringLiteral("admin"), {}, adminPassword));

    QStringList opened;
    QString passwordSeen;
    ui::LoginDialog dialog;
    dialog.setDatabaseChoices(
        {{QStringLiteral("This computer's file"), file.path(), false},
         {QStringLiteral("Server centre"), serverLocation, true}},
        1,
        [&](const QString &location) -> Result<services::AuthService *> {
            opened.append(location);
            if (location == serverLocation) {
                passwordSeen = services::serverPasswordAvailable(location) ? QStringLiteral("yes")
                                                                           : QStringLiteral("no");
                return makeError(ErrorCode::PermissionDenied,
                                 ErrorReason::ServerLogin,
                                 QStringLiteral("password authentication failed"));
            }
            return &auth;
        });
    dialog.show();
    auto *database = child<QComboBox>(dialog, "databaseCombo");
    auto *serverPassword = child<QLineEdit>(dialog, "serverPasswordLineEdit");
    auto *userName = child<QLineEdit>(dialog, "userNameLineEdit");
    auto *password = child<QLineEdit>(dialog, "passwordLineEdit");
    ASSERT_EQ(database->currentIndex(), 1);
    // The last choice is preselected: typing starts in the user name, as without a choice.
    EXPECT_EQ(dialog.focusWidget(), userName);
    // No PGPASSWORD and no ~/.pgpass line: the server's password is asked.
    EXPECT_TRUE(serverPassword->isVisible());

    typeText(serverPassword, QStringLiteral("wrong-server-pw"));
    typeText(userName, QStringLiteral("admin"));
    typeText(password, adminPassword);
    dialog.accept();
    EXPECT_EQ(opened, QStringList{serverLocation});
    EXPECT_EQ(passwordSeen, QStringLiteral("yes")); // the typed password reached the open
    EXPECT_FALSE(services::serverPasswordAvailable(serverLocation)); // then forgotten
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session());
    auto *message = child<QLabel>(dialog, "messageLabel");
    EXPECT_TRUE(message->text().contains(QLatin1String("refused the user name or the password")))
        << message->text().toStdString();
    EXPECT_FALSE(message->text().contains(QLatin1String("wrong-server-pw")));
    EXPECT_EQ(serverPassword->text(), QStringLiteral("wrong-server-pw"));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(serverPassword));
    EXPECT_EQ(userName->text(), QStringLiteral("admin"));
    EXPECT_EQ(password->text(), adminPassword);

    // The file needs no server password: the field goes, the login is made on the file.
    database->setCurrentIndex(0);
    EXPECT_FALSE(serverPassword->isVisible());
    dialog.accept();
    EXPECT_EQ(opened.constLast(), file.path());
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->actor.userName, QStringLiteral("admin"));
    EXPECT_EQ(dialog.chosenLocation(), file.path());
}

TEST_F(ServerConnectTest, APasswordFromPgpasswordIsNotAsked)
{
    qputenv("PGPASSWORD", "from-environment");
    ui::LoginDialog dialog;
    dialog.setDatabaseChoices({{QStringLiteral("Server centre"), serverLocation, true}},
                              0,
                              [](const QString &) -> Result<services::AuthService *> {
                                  return makeError(ErrorCode::Io);
                              });
    dialog.show();
    EXPECT_FALSE(child<QLineEdit>(dialog, "serverPasswordLineEdit")->isVisible());
}

TEST_F(ServerConnectTest, ADatabaseWithoutUsersGoesToTheFirstAdministrator)
{
    TempDatabase file;
    services::AuthService auth(file.db());
    ui::LoginDialog dialog;
    dialog.setDatabaseChoices(
        {{QStringLiteral("File"), file.path(), false}},
        0,
        [&](const QString &) -> Result<services::AuthService *> { return &auth; });
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.needsFirstAdministrator());
    EXPECT_FALSE(dialog.session());
}

TEST_F(ServerConnectTest, AServerIsSavedOnlyWhenEveryFieldIsRightAndKeepsWhatWasTyped)
{
    services::ConnectionProfiles profiles;
    ui::ServerProfileDialog dialog(profiles, nullptr);
    dialog.show();
    auto *name = child<QLineEdit>(dialog, "profileNameEdit");
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    auto *database = child<QLineEdit>(dialog, "databaseEdit");
    auto *user = child<QLineEdit>(dialog, "serverUserEdit");
    auto *tls = child<QComboBox>(dialog, "sslModeCombo");
    typeText(name, QStringLiteral("centre"));
    typeText(host, QStringLiteral("db province"));
    typeText(user, QStringLiteral("worker"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(host));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(database));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(user));
    EXPECT_EQ(host->text(), QStringLiteral("db province"));
    EXPECT_TRUE(
        child<QLabel>(dialog, "profileMessageLabel")->text().contains(QLatin1String("host")));
    EXPECT_TRUE(profiles.list().isEmpty());

    host->clear();
    typeText(host, QStringLiteral("db.province.vn"));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(host)); // the mark goes when edited
    typeText(database, QStringLiteral("sr"));
    choose(tls, QStringLiteral("verify-full"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto saved = profiles.find(QStringLiteral("centre"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->host, QStringLiteral("db.province.vn"));
    EXPECT_EQ(saved->sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(saved->port, 5432);
}

TEST_F(ServerConnectTest, SettingsListsEditsAndRemovesServers)
{
    services::ConnectionProfiles profiles;
    services::ConnectionProfile centre;
    centre.name = QStringLiteral("centre");
    centre.host = QStringLiteral("db.province.vn");
    centre.database = QStringLiteral("sr");
    centre.user = QStringLiteral("worker");
    ASSERT_TRUE(profiles.save(centre));

    ui::SettingsDialog settings;
    auto *list = child<QListWidget>(settings, "serverList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("centre — worker@db.province.vn/sr"));
    auto *remove = child<QPushButton>(settings, "removeServerButton");
    EXPECT_FALSE(remove->isEnabled()); // nothing chosen yet
    list->setCurrentRow(0);
    EXPECT_TRUE(remove->isEnabled());

    // An edit opens the profile's own values.
    ui::ServerProfileDialog edit(profiles, &centre);
    EXPECT_EQ(child<QLineEdit>(edit, "hostEdit")->text(), centre.host);
    EXPECT_EQ(child<QSpinBox>(edit, "portSpin")->value(), 5432);
    edit.reject();

    remove->click();
    EXPECT_EQ(list->count(), 0);
    EXPECT_TRUE(profiles.list().isEmpty());
}

} // namespace
} // namespace sr::test
