#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sr::services {

/**
 * A saved way to reach a SafeReturn database on a PostgreSQL server (docs/server-connecting.md):
 * what the login dialog, Settings → Servers and the command line's --server NAME choose. It never
 * holds a password: that comes from the prompt (rememberServerPassword), PGPASSFILE / ~/.pgpass or
 * PGPASSWORD.
 */
struct ConnectionProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /** libpq's sslmode; empty = the default ("require" off this computer, "prefer" on it). */
    QString sslMode;

    bool operator==(const ConnectionProfile &) const = default;
};

/** A field of a profile, for the problems validation finds. */
enum class ProfileField { Name, Host, Port, Database, User, SslMode };

/** What is wrong with a field. */
enum class ProfileProblemKind {
    Missing,    ///< empty
    BadText,    ///< characters the field may not hold (spaces, "/", "@", …) or too long
    OutOfRange, ///< a port outside 1-65535
    Unknown,    ///< an sslmode libpq does not know
    Taken,      ///< another profile already has this name
};

struct ProfileProblem
{
    ProfileField field;
    ProfileProblemKind kind;

    bool operator==(const ProfileProblem &) const = default;
};

/**
 * The connection profiles of this computer's user, in QSettings (group "servers/<name>": host,
 * port, database, user, sslmode). Never a password.
 */
class ConnectionProfiles
{
public:
    /** The application's settings (QSettings()). */
    ConnectionProfiles();
    /** The settings in the INI file @a settingsFile (tests). */
    explicit ConnectionProfiles(QString settingsFile);

    /** Every profile, by name. */
    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    /**
     * Saves @a profile (trimmed), replacing the one named @a previousName (an edit that may
     * rename it) or adding it. InvalidInput when problems() finds any (detail: the first field),
     * Duplicate when another profile has the name, Io when the settings cannot be written.
     */
    Result<void> save(const ConnectionProfile &profile, const QString &previousName = QString());
    /** NotFound when there is no such profile; Io when the settings cannot be written. */
    Result<void> remove(const QString &name);

    /**
     * Everything wrong with @a profile, in the order of its fields; a name taken by another
     * profile than @a previousName counts.
     */
    QList<ProfileProblem> problems(const ConnectionProfile &profile,
                                   const QString &previousName = QString()) const;
    /** The problems of the fields alone (no settings read). */
    static QList<ProfileProblem> fieldProblems(const ConnectionProfile &profile);

private:
    QString m_settingsFile;
};

/** The location a profile names: postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE]. */
QString serverLocation(const ConnectionProfile &profile);
/** Whether @a location is a server location rather than a database file. */
bool isServerLocation(const QString &location);
/**
 * The profile fields of a server location (name empty); InvalidInput when it is not one, or has
 * a password in it (detail "password" then).
 */
Result<ConnectionProfile> profileOfLocation(const QString &location);
/** The sslmode a profile connects with: its own, else the default for its host. */
QString effectiveSslMode(const ConnectionProfile &profile);
/** "USER@HOST/DATABASE" (with ":PORT" when not 5432): how prompts and titles name a server. */
QString serverDisplayName(const ConnectionProfile &profile);

/**
 * Keeps @a password (typed at a prompt or in the login dialog) in this process's memory for
 * every connection the program opens to @a location; never written anywhere. An empty password
 * forgets it.
 */
void rememberServerPassword(const QString &location, const QString &password);
/**
 * Whether a password for @a location needs no asking: one remembered by
 * rememberServerPassword, PGPASSWORD set, or a matching line in PGPASSFILE (default ~/.pgpass)
 * that libpq would read (the file only its owner may read, as libpq requires).
 */
bool serverPasswordAvailable(const QString &location);

} // namespace sr::services
