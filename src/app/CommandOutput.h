#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QString>

#include <cstdio>
#include <memory>

namespace sr::app {

// What every CLI command does alike (the general commands, export and import, report): its
// text on stdout and stderr, its usage and failure lines, and how it opens the database.

/** Writes @a text to @a stream as UTF-8, as it is (no newline added). */
void writeTo(FILE *stream, const QString &text);

/** Whether stderr is a terminal: progress lines are redrawn there, not written to a log. */
bool stderrIsTerminal();

/** Writes "safereturn <command>: <message>" on stderr; returns ExitCode::Failure. */
int commandFailure(const QString &command, const QString &message);

/** As commandFailure(), then @a hint (where the usage is) on its own line; ExitCode::Usage. */
int commandUsageError(const QString &command, const QString &message, const QString &hint);

/** The file of --db @a given: the default database when empty, else its absolute path. */
QString databasePathOf(const QString &given);

/**
 * The database at @a path for a command, created only with @a creation; a reader (@a readsOnly)
 * does not queue behind another program's write (readerWaitMs in Cli.h). A failure is logged as
 * "<logName>: database not opened (<code>)": technical, never personal data.
 */
Result<std::unique_ptr<storage::Database>> openCommandDatabase(const QString &path,
                                                               storage::Database::Creation creation,
                                                               bool readsOnly,
                                                               const QString &logName);

} // namespace sr::app
