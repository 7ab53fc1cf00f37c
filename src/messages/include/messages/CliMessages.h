#pragma once

#include "domain/Result.h"

#include <QString>

namespace sr::messages {

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

/** The CLI's login messages (tr() context "cli_auth"). */
namespace cli_login {
QString noUser();
QString noUsers();
QString noPassword();
QString prompt(const QString &user);
/** The prompt that asks a new password a second time. */
QString repeatPrompt();
QString passwordsDiffer();
/** A refused login, by the reason of AuthService::login's error. */
QString refused(const Error &error);
QString notAllowed(const QString &permission);
QString mustChangePassword(const QString &user);
/** A login that failed for another cause than the user's (full disk, busy, damaged). */
QString failed(ErrorCode code);
} // namespace cli_login

/** Messages of the CLI's commands about users, backups and restores (tr() context "cli"). */
namespace cli_command {
/** Why `user add|disable|passwd` failed for @a userName, by the error's code and reason. */
QString userProblem(const Error &error, const QString &userName);
/** Why a backup @a source may not be restored, by the error's reason (maintenance::restore). */
QString restoreRefused(const QString &source, const Error &error);
QString backupFailed(const QString &target, const Error &error);
} // namespace cli_command

} // namespace sr::messages
