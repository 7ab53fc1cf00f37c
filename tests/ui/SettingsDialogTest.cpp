// The settings dialog: the language chosen is saved for this computer and used at the next
// start (startupLanguage), unless --lang says otherwise; a settings file that cannot be
// written is reported and changes nothing.
#include "ui/SettingsDialog.h"

#include "WidgetInput.h"
#include "ui/GuiApp.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_blocker.open());
        // QSettings needs an organisation name (the application sets one); restored after.
        m_organisation = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("SafeReturnTests"));
        // This test's own settings file, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    void TearDown() override
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(m_organisation);
    }

    QString m_organisation;

    QTemporaryDir m_settingsDir;
    QTemporaryFile m_blocker{m_settingsDir.filePath(QStringLiteral("blocker-XXXXXX"))};
};

TEST_F(SettingsDialogTest, LanguageChosenIsUsedAtTheNextStart)
{
    EXPECT_EQ(ui::startupLanguage(QString()), QStringLiteral("vi")); // Vietnamese first
    ui::SettingsDialog dialog;
    auto *language = child<QComboBox>(dialog, "languageCombo");
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("vi"));
    choose(language, QStringLiteral("en"));
    ASSERT_TRUE(dialog.apply());
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(QSettings().value(QLatin1String(ui::languageSettingKey)).toString(),
              QStringLiteral("en"));
    EXPECT_EQ(ui::startupLanguage(QString()), QStringLiteral("en"));
    EXPECT_EQ(ui::startupLanguage(QStringLiteral("vi")), QStringLiteral("vi")); // --lang wins

    ui::SettingsDialog again;
    EXPECT_EQ(child<QComboBox>(again, "languageCombo")->currentData().toString(),
              QStringLiteral("en"));
    ASSERT_TRUE(again.apply());
    EXPECT_FALSE(again.languageChanged());
}

TEST_F(SettingsDialogTest, UnwritableSettingsAreReportedAndNothingChanges)
{
    // The settings folder is a file: the choice cannot be saved, and the dialog says so.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_blocker.fileName());
    ui::SettingsDialog dialog;
    choose(child<QComboBox>(dialog, "languageCombo"), QStringLiteral("en"));
    EXPECT_FALSE(dialog.apply());
    EXPECT_FALSE(dialog.languageChanged());
    EXPECT_EQ(ui::startupLanguage(QString()), QStringLiteral("vi"));
    auto *message = child<QLabel>(dialog, "settingsMessageLabel");
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("could not be saved")));
}

} // namespace
} // namespace sr::test
