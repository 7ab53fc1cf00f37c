#pragma once

#include <QString>
#include <QStringList>

namespace sr::app {

/** The database a command works on, from --db and --server (docs/server-connecting.md). */
struct CommandLocation
{
    /** A database file's absolute path or a server location (postgresql://…). */
    QString location;
    /** A translated usage sentence when --db / --server cannot name a database (exit code 2). */
    QString problem;
};

/**
 * The location of --db @a database or --server @a server (a saved connection profile): the
 * default database file when neither is given, a server location as written, a file's absolute
 * path. A problem when both are given, when the profile does not exist, or when a postgresql://
 * location is malformed.
 */
CommandLocation commandLocation(const QString &database, const QString &server);

/**
 * Before a server location is opened: when no password for it is available (none typed yet,
 * no PGPASSWORD, no matching PGPASSFILE / ~/.pgpass line) and stdin is a terminal, asks
 * "Password for USER@HOST/DB: " without echo and keeps the answer in memory for the process's
 * connections (services::rememberServerPassword). Without a terminal it asks nothing: the open
 * then fails with ErrorReason::ServerPasswordNeeded and its sentence. Nothing for a file.
 */
void askServerPassword(const QString &location);

/**
 * Whether @a arguments carry a password: a --password option (any spelling with a value) or a
 * postgresql:// location with one. Command lines end up in shell histories and process lists.
 */
bool passwordOnCommandLine(const QStringList &arguments);

/** The sentence that refuses a password on the command line (context "cli"). */
QString passwordOnCommandLineSentence();

} // namespace sr::app
