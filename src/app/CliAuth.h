#pragma once

#include "domain/Actor.h"
#include "services/Permissions.h"

#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::app {

/** The demo administrator `safereturn demo` creates on a database without users (README). */
inline QString demoAdministratorName()
{
    return QStringLiteral("admin");
}
inline QString demoAdministratorPassword()
{
    return QStringLiteral("SafeReturn-demo-2026");
}

/** Environment variables the CLI reads passwords from (never logged). */
constexpr const char *passwordVariable = "SAFERETURN_PASSWORD";
constexpr const char *newPasswordVariable = "SAFERETURN_NEW_PASSWORD";
/** Environment variable of the encrypted backup's passphrase (never stored or logged). */
constexpr const char *passphraseVariable = "SAFERETURN_PASSPHRASE";

/**
 * One line typed at a no-echo prompt on the terminal (stdin; @a prompt on stderr). Nothing when
 * stdin is not a terminal or ends.
 */
std::optional<QString> promptHidden(const QString &prompt);

/**
 * A password from the environment variable @a variable, else typed at a no-echo prompt on the
 * terminal (stdin; the prompt on stderr; asked twice when @a confirm is set). Nothing when
 * neither is available or the two typings differ.
 */
std::optional<QString>
readPassword(const char *variable, const QString &prompt, bool confirm = false);

/** Outcome of authenticate(): the actor, or the exit code to leave with (message printed). */
struct CliLogin
{
    std::optional<domain::Actor> actor;
    int exitCode = 0;
    /** False after a rescue login on a full disk: the caller records the login elsewhere. */
    bool recorded = true;
};

/** Whether a login that cannot be recorded because the disk is full may go on (backup only). */
enum class FullDiskLogin { Refuse, VerifyWithoutRecording };

/**
 * Logs @a userName in on @a db with the password of SAFERETURN_PASSWORD or the prompt, and
 * checks that the user may do @a permission (when given). Messages on stderr prefixed with @a prefix
 * ("safereturn report: "). Exit 2 without --user or password source, 1 when the login or the
 * permission is refused (both audited by the services). With FullDiskLogin::VerifyWithoutRecording,
 * a login that fails only because the database's disk is full is checked without writing
 * (AuthService::verifyWithoutRecording) and comes back with recorded = false.
 */
CliLogin authenticate(storage::Database &db,
                      const QString &userName,
                      std::optional<services::Permission> permission,
                      const QString &prefix,
                      FullDiskLogin fullDisk = FullDiskLogin::Refuse);

} // namespace sr::app
