#pragma once

#include <QString>

namespace sr::app {

enum class LogMode {
    Gui, ///< log file only
    Cli, ///< log file only: stderr carries the commands' own sentences
};

/**
 * The application's data folder (QStandardPaths::AppDataLocation), created with owner-only
 * permissions (0700) when missing. Empty when it cannot be created.
 */
QString dataDirectory();

/** The default database: <data folder>/safereturn.db. */
QString defaultDatabasePath();

/**
 * Installs the default spdlog logger: a rotating file <data folder>/logs/safereturn.log
 * (5 MB × 5 files), level info, which also receives Qt's own messages. Nothing is logged to
 * stderr: it carries the CLI's translated sentences only. Log lines carry events, counts and
 * error codes only, never personal data. Call before the database is opened (and before a
 * QApplication is made, whose warnings it catches); later calls do nothing. Returns false when
 * the log file could not be opened (nothing is logged then).
 */
bool setupLogging(LogMode mode);

} // namespace sr::app
