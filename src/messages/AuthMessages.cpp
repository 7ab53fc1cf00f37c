#include "AuthMessages.h"

#include "domain/AccountRules.h"

namespace sr::messages {

QString AuthMessages::error(const Error &error)
{
    switch (error.reason) {
    case ErrorReason::BadCredentials:
        return tr("Wrong user name or password.");
    case ErrorReason::AccountLocked:
        return tr("This account is locked for %1 minutes after %2 wrong passwords.")
            .arg(domain::account::lockoutMinutes)
            .arg(domain::account::maxFailedAttempts);
    case ErrorReason::AccountDisabled:
        return tr("This account is disabled. Ask an administrator.");
    case ErrorReason::AccountChangedOutside:
        return tr("The role or state of this account was changed outside SafeReturn. An "
                  "administrator must set it again in SafeReturn or restore a backup.");
    case ErrorReason::InvalidUserName:
        return tr("A user name has 2 to 64 letters (a-z), digits, dots, hyphens or underscores.");
    case ErrorReason::PasswordTooShort:
        return tr("The password needs at least %1 characters.")
            .arg(domain::account::minimumPasswordLength);
    case ErrorReason::PasswordTooLong:
        return tr("The password is too long.");
    case ErrorReason::PasswordCommon:
        return tr("This password is on the list of common passwords. Choose another.");
    case ErrorReason::PasswordIsUserName:
        return tr("The password must not be the user name.");
    case ErrorReason::PasswordsDiffer:
        return passwordsDiffer();
    case ErrorReason::LastAdministrator:
        return tr("The last active administrator cannot be disabled or lose the role.");
    case ErrorReason::OwnAccount:
        return tr("You cannot disable your own account.");
    case ErrorReason::IdleMinutes:
        return tr("Choose between 1 and 240 minutes.");
    default:
        break;
    }
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

} // namespace sr::messages
