#pragma once

#include <QString>

namespace sr::services {

class AppContext;

/** What About shows of the open database: no personal data, the path included. */
struct DatabaseInfo
{
    QString path;               ///< the database file, as opened
    int schemaVersion = 0;      ///< the file's schema version (PRAGMA user_version)
    int builtSchemaVersion = 0; ///< the version this build writes (resources/sql migrations)
    QString sqliteVersion;      ///< the SQLite library's, as SQLite reports it
};

/** Reads @a context's database path and versions (one small query, no audit row). */
DatabaseInfo databaseInfo(const AppContext &context);

} // namespace sr::services
