#pragma once

#include <QString>

namespace sr::app {

enum class LogMode {
    Gui, ///< log file only
    Cli, ///< log file, and warnings and errors also on stderr
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
 * (5 MB × 5 files), level info, and in CLI mode a stderr sink for warnings and errors.
 * Log lines carry events, counts and error codes only, never personal data. Call before
 * the database is opened. Returns false when the log file could not be opened (logging
 * then goes to stderr only).
 */
bool setupLogging(LogMode mode);

} // namespace sr::app
