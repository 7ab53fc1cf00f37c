#pragma once

#include <QString>

namespace sr::ui {

/** The QSettings key of the interface language chosen in Settings ("vi" or "en"). */
inline constexpr const char *languageSettingKey = "ui/language";

/**
 * The interface language to start with: @a commandLine ("--lang") when given, else the one
 * saved in Settings (QSettings, languageSettingKey), else "vi".
 */
QString startupLanguage(const QString &commandLine);

/**
 * Makes every file, colour and font dialog Qt's own rather than the platform's: Qt's are
 * translated into Vietnamese by SafeReturn's catalogue (messages/QtTexts.h), a platform's
 * (GTK, portal) speaks the system's language whatever the user chose. runGui() calls it.
 */
void useTranslatedDialogs();

/**
 * Runs the desktop application: creates the QApplication, installs translators
 * (messages::installTranslators, for startupLanguage(@a language)) and the Noto Sans font,
 * opens the database at @a databasePath (refusing clearly what cannot be opened; a read-only
 * file opens read-only with a notice), shows the main window and runs the event loop. Returns
 * the process exit code (1 when the database could not be opened).
 *
 * @a databasePath may be a server location (postgresql://…): the login dialog then asks the
 * server's password where needed and opens it. With @a chooseDatabase (no --db or --server on
 * the command line) and saved server profiles, the login dialog offers this computer's file
 * (@a databasePath) and each server, and opens the one chosen (docs/server-connecting.md).
 */
int runGui(int &argc,
           char **argv,
           const QString &databasePath,
           const QString &language,
           bool chooseDatabase = false);

} // namespace sr::ui
