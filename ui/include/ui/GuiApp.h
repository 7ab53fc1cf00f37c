#pragma once

#include <QString>

namespace sr::ui {

/**
 * Installs the translators for @a language ("vi", the default, or "en") on the running
 * QCoreApplication (or QApplication): Qt's own qtbase_<lang> when the system has it, and
 * SafeReturn's compiled translations from the resources (:/i18n). Also sets the default
 * QLocale. Usable by the CLI. Returns false when SafeReturn's translation could not be
 * loaded (the English source strings are then shown).
 */
bool installTranslators(const QString &language);

/** The QSettings key of the interface language chosen in Settings ("vi" or "en"). */
inline constexpr const char *languageSettingKey = "ui/language";

/**
 * The interface language to start with: @a commandLine ("--lang") when given, else the one
 * saved in Settings (QSettings, languageSettingKey), else "vi".
 */
QString startupLanguage(const QString &commandLine);

/**
 * Runs the desktop application: creates the QApplication, installs translators (for
 * startupLanguage(@a language)) and the
 * Noto Sans font, opens the database at @a databasePath (refusing clearly what cannot be
 * opened; a read-only file opens read-only with a notice), shows the main window and runs
 * the event loop. Returns the process exit code (1 when the database could not be opened).
 */
int runGui(int &argc, char **argv, const QString &databasePath, const QString &language);

} // namespace sr::ui
