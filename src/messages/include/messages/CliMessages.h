#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sr::messages {

/**
 * What went wrong, as a sentence in the user's language for the CLI's stderr (tr() context
 * "cli_messages"): every command says "X could not be written: <sentence>" instead of a raw
 * error code. The code itself stays in the log file.
 */
QString errorSentence(ErrorCode code);
/**
 * errorSentence() of @a error's code, or for a file error (Error::path set) which file and why
 * ("the folder /media/usb/exports does not exist").
 */
QString errorSentence(const Error &error);

/**
 * Why a database file could not be opened, naming @a file: the same sentences for every
 * command (find, check, backup, export, import, report, …).
 */
QString openErrorSentence(ErrorCode code, const QString &file);
/**
 * Why the database at @a location could not be opened: a server's reason (unreachable, login
 * refused, no password, TLS, no schema, …) says what happened and what to do; anything else is
 * openErrorSentence(code, location).
 */
QString openErrorSentence(const Error &error, const QString &location);

/** The CLI's login messages (tr() context "cli_auth"). */
class CliAuthMessages
{
    Q_DECLARE_TR_FUNCTIONS(cli_auth)

public:
    static QString noUser();
    static QString noUsers();
    static QString noPassword();
    static QString prompt(const QString &user);
    /** The prompt that asks a new password a second time. */
    static QString repeatPrompt();
    static QString passwordsDiffer();
    /** A refused login, by the reason of AuthService::login's error. */
    static QString refused(const Error &error);
    static QString notAllowed(const QString &permission);
    static QString mustChangePassword(const QString &user);
    /** A login that failed for another cause than the user's (full disk, busy, damaged). */
    static QString failed(ErrorCode code);
};

/** Messages of the CLI's commands about users, backups and restores (tr() context "cli"). */
class CliCommandMessages
{
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    /** Why `user add|disable|passwd` failed for @a userName, by the error's code and reason. */
    static QString userProblem(const Error &error, const QString &userName);
    /** Why a backup @a source may not be restored, by the error's reason (maintenance::restore). */
    static QString restoreRefused(const QString &source, const Error &error);
    static QString backupFailed(const QString &target, const Error &error);
};

} // namespace sr::messages
