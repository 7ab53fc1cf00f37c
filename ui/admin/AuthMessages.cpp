#include "AuthMessages.h"

#include "services/AuthService.h"

namespace sr::ui {

QString AuthMessages::error(const Error &error)
{
    const QString &detail = error.detail;
    if (detail == QLatin1String("bad_credentials"))
        return tr("Wrong user name or password.");
    if (detail == QLatin1String("locked"))
        return tr("This account is locked for %1 minutes after %2 wrong passwords.")
            .arg(services::AuthService::lockoutMinutes)
            .arg(services::AuthService::maxFailedAttempts);
    if (detail == QLatin1String("disabled"))
        return tr("This account is disabled. Ask an administrator.");
    if (detail == QLatin1String("changed_outside"))
        return tr("The role or state of this account was changed outside SafeReturn. An "
                  "administrator must set it again in SafeReturn or restore a backup.");
    if (detail == QLatin1String("user_name"))
        return tr("A user name has 2 to 64 letters (a-z), digits, dots, hyphens or underscores.");
    if (detail == QLatin1String("password_too_short"))
        return tr("The password needs at least %1 characters.")
            .arg(services::AuthService::minimumPasswordLength);
    if (detail == QLatin1String("password_too_long"))
        return tr("The password is too long.");
    if (detail == QLatin1String("password_common"))
        return tr("This password is on the list of common passwords. Choose another.");
    if (detail == QLatin1String("password_user_name"))
        return tr("The password must not be the user name.");
    if (detail == QLatin1String("last_administrator"))
        return tr("The last active administrator cannot be disabled or lose the role.");
    if (detail == QLatin1String("own_account"))
        return tr("You cannot disable your own account.");
    if (detail == QLatin1String("idle_minutes"))
        return tr("Choose between 1 and 240 minutes.");
    switch (error.code) {
    case ErrorCode::Duplicate:
        return tr("A user with this name already exists.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this meanwhile. Try again.");
    case ErrorCode::PermissionDenied:
        return notAllowed();
    case ErrorCode::ReadOnly:
        return tr("The database is open read-only.");
    default:
        break;
    }
    return tr("The change could not be saved (error %1).").arg(errorCodeName(error.code));
}

QString AuthMessages::roleName(domain::Role role)
{
    switch (role) {
    case domain::Role::Viewer:
        return tr("Viewer");
    case domain::Role::SocialWorker:
        return tr("Social worker");
    case domain::Role::Manager:
        return tr("Manager");
    case domain::Role::Administrator:
        return tr("Administrator");
    }
    return QString();
}

QString AuthMessages::notAllowed()
{
    return tr("Your role does not allow this. Ask an administrator.");
}

QString AuthMessages::passwordsDiffer()
{
    return tr("The two passwords differ.");
}

} // namespace sr::ui
