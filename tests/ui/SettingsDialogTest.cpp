// The settings dialog: the language chosen is saved for this computer and used at the next
// start (startupLanguage), unless --lang says otherwise; an administrator sets the minutes
// before the application locks (stored, audited); others cannot.
#include "ui/SettingsDialog.h"

#include "WidgetInput.h"
#include "domain/Actor.h"
#include "services/AuthService.h"
#include "support/TempDatabase.h"
#include "ui/GuiApp.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // This test's own settings file, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }

    QTemporaryDir m_settingsDir;
    TempDatabase m_db;
    domain::Actor m_admin{1, QStringLiteral("admin"), domain::Role::Administrator};
};

TEST_F(SettingsDialogTest, LanguageChosenIsUsedAtTheNextStart)
{
    EXPECT_EQ(ui::startupLanguage(QString()), QStringLiteral("vi")); // Vietnamese first
    ui::SettingsDialog dialog(m_db.db(), m_admin);
    auto *language = child<QComboBox>(dialog, "languageCombo");
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("vi"));
    choose(language, QStringLiteral("en"));
    ASSERT_TRUE(dialog.apply());
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(QSettings().value(QLatin1String(ui::languageSettingKey)).toString(),
              QStringLiteral("en"));
    EXPECT_EQ(ui::startupLanguage(QString()), QStringLiteral("en"));
    EXPECT_EQ(ui::startupLanguage(QStringLiteral("vi")), QStringLiteral("vi")); // --lang wins

    ui::SettingsDialog again(m_db.db(), m_admin);
    EXPECT_EQ(child<QComboBox>(again, "languageCombo")->currentData().toString(),
              QStringLiteral("en"));
    ASSERT_TRUE(again.apply());
    EXPECT_FALSE(again.languageChanged());
}

TEST_F(SettingsDialogTest, AdministratorSetsTheLockMinutes)
{
    ui::SettingsDialog dialog(m_db.db(), m_admin);
    auto *minutes = child<QSpinBox>(dialog, "lockMinutesSpin");
    ASSERT_TRUE(minutes->isEnabled());
    EXPECT_EQ(minutes->value(), services::AuthService::defaultIdleLockMinutes);
    minutes->setFocus();
    minutes->selectAll();
    typeText(minutes, QStringLiteral("25"));
    ASSERT_TRUE(dialog.apply());
    const auto stored = services::AuthService(m_db.db()).idleLockMinutes();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, 25);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'admin' AND "
                                      "changes LIKE '%idle_lock_minutes%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(SettingsDialogTest, OthersCannotChangeTheLockMinutes)
{
    const domain::Actor worker{2, QStringLiteral("worker"), domain::Role::SocialWorker};
    ui::SettingsDialog dialog(m_db.db(), worker);
    EXPECT_FALSE(child<QSpinBox>(dialog, "lockMinutesSpin")->isEnabled());
    EXPECT_TRUE(child<QComboBox>(dialog, "languageCombo")->isEnabled());
    ASSERT_TRUE(dialog.apply());
    const auto stored = services::AuthService(m_db.db()).idleLockMinutes();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, services::AuthService::defaultIdleLockMinutes);
}

} // namespace
} // namespace sr::test
