#pragma once

#include "domain/Result.h"

#include <QString>

namespace sr::storage {

/**
 * Where a SafeReturn database on a PostgreSQL server lives, and the one way it is written as a
 * database location (docs/server.md, "Connecting"):
 *
 *     postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
 *
 * Anything else given as a database location is an SQLite file. A password never appears in a
 * location: it comes from the prompt (setServerPassword), from PGPASSFILE / ~/.pgpass or from
 * PGPASSWORD, which libpq reads itself. The location is what the command line's --db takes and
 * what a connection profile (services/ConnectionProfiles.h) turns into.
 */
struct ServerLocation
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /**
     * libpq's sslmode: disable, allow, prefer, require, verify-ca or verify-full. Empty means
     * the default: "prefer" for a loopback host, "require" for any other (defaultSslMode).
     */
    QString sslMode;

    /** Whether @a location is written as a server location ("postgresql://…"). */
    static bool isServerLocation(const QString &location);
    /**
     * Parses a server location. Refused (InvalidInput, detail says why, no personal data): a
     * password in the location, a missing user, host or database, a port outside 1-65535, an
     * unknown sslmode or any other query parameter.
     */
    static Result<ServerLocation> parse(const QString &location);

    /** The location text; sslmode only when set. */
    QString toString() const;
    /** sslMode, or the default for the host when empty. */
    QString effectiveSslMode() const;
    static QString defaultSslMode(const QString &host);
    /** 127.0.0.1, ::1, localhost or a Unix socket folder ("/run/postgresql"). */
    static bool isLoopback(const QString &host);
};

/**
 * Keeps the password typed at the prompt for @a location in this process's memory, so that the
 * second connections the program opens (background counts, health checks) use it too. Never
 * written to a file, a setting or a log. An empty password forgets it.
 */
void setServerPassword(const QString &location, const QString &password);
/** The password kept for @a location, or an empty string (then libpq's own sources apply). */
QString serverPassword(const QString &location);

} // namespace sr::storage
