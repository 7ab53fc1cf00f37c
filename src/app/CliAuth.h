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
};

/**
 * Logs @a userName in on @a db with the password of SAFERETURN_PASSWORD or the prompt, and
 * checks that the user may do @a permission (when given). Messages on stderr prefixed with @a prefix
 * ("safereturn report: "). Exit 2 without --user or password source, 1 when the login or the
 * permission is refused (both audited by the services).
 */
CliLogin authenticate(storage::Database &db,
                      const QString &userName,
                      std::optional<services::Permission> permission,
                      const QString &prefix);

} // namespace sr::app
