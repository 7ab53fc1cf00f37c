#pragma once

#include "domain/Result.h"

#include <QString>

namespace sr::app {

/**
 * What went wrong, as a sentence in the user's language for the CLI's stderr (tr() context
 * "cli_messages"): every command says "X could not be written: <sentence>" instead of a raw
 * error code. The code itself stays in the log file.
 */
QString errorSentence(ErrorCode code);

/**
 * Why a database file could not be opened, naming @a file: the same sentences for every
 * command (find, check, backup, export, import, report, …).
 */
QString openErrorSentence(ErrorCode code, const QString &file);

} // namespace sr::app
