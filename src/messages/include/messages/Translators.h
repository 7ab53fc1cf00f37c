#pragma once

#include <QString>

namespace sr::messages {

/** "en" for a language that starts with "en" ("en", "en_GB", "EN"), else "vi". */
QString languageCode(const QString &language);

/**
 * Installs the translators for @a language ("vi", the default, or "en") on the running
 * QCoreApplication (the CLI's, or the desktop application's QApplication): Qt's own
 * qtbase_<lang> when the system has it, and SafeReturn's compiled translations, embedded in
 * this library (:/i18n). Also sets the default QLocale. Installing again replaces the
 * translators installed before. Returns false when SafeReturn's translation could not be
 * loaded (the English source strings are then shown).
 */
bool installTranslators(const QString &language);

} // namespace sr::messages
