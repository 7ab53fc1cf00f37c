#include "CliMessages.h"

#include "ErrorMessages.h"
#include "domain/AccountRules.h"

#include <QDir>

namespace sr::messages {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString CliAuthMessages::noUser()
{
    return tr("this command needs --user NAME; the password is read from SAFERETURN_PASSWORD "
              "or typed at the prompt");
}

QString CliAuthMessages::noUsers()
{
    return tr("the database has no users yet; create the first administrator with "
              "\"safereturn user add --role administrator NAME\"");
}

QString CliAuthMessages::noPassword()
{
    return tr("no password: set SAFERETURN_PASSWORD or run the command on a terminal");
}

QString CliAuthMessages::prompt(const QString &user)
{
    return tr("Password for %1: ").arg(user);
}

QString CliAuthMessages::repeatPrompt()
{
    return tr("Repeat: ");
}

QString CliAuthMessages::passwordsDiffer()
{
    return tr("the two passwords differ");
}

QString CliAuthMessages::refused(const Error &error)
{
    switch (error.reason) {
    case ErrorReason::AccountLocked:
        return tr("login refused: the account is locked for %1 minutes after %2 wrong "
                  "passwords")
            .arg(domain::account::lockoutMinutes)
            .arg(domain::account::maxFailedAttempts);
    case ErrorReason::AccountDisabled:
        return tr("login refused: the account is disabled");
    case ErrorReason::AccountChangedOutside:
        return tr("login refused: the role or state of this account was changed outside "
                  "SafeReturn; an administrator must set it again in SafeReturn or restore "
                  "a backup (\"safereturn check\" lists what differs)");
    default:
        return tr("login refused: wrong user name or password");
    }
}

QString CliAuthMessages::notAllowed(const QString &permission)
{
    return tr("permission denied: your role may not do this (%1)").arg(permission);
}

QString CliAuthMessages::mustChangePassword(const QString &user)
{
    return tr("the password of %1 must be changed first (it was set by an administrator): "
              "run \"safereturn user passwd --user %1\"")
        .arg(user);
}

QString CliAuthMessages::failed(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DiskFull:
        return tr("the disk that holds the database is full, so the login cannot be "
                  "recorded; free some space, or first make a rescue copy on another disk "
                  "with \"safereturn backup --user NAME -o FILE\"");
    case ErrorCode::Busy:
        return tr("the database is busy with another program's changes (an import or a "
                  "restore); try again when it has finished");
    case ErrorCode::Corrupt:
        return tr("the database is damaged; restore it from a backup");
    default:
        return tr("login failed: %1").arg(errorSentence(code));
    }
}

QString CliCommandMessages::userProblem(const Error &error, const QString &userName)
{
    if (error.code == ErrorCode::Duplicate)
        return tr("a user named %1 already exists").arg(userName);
    switch (error.reason) {
    case ErrorReason::InvalidUserName:
        return tr("user names are 2 to 64 letters (a-z, A-Z), digits, dots, hyphens or "
                  "underscores");
    case ErrorReason::PasswordTooShort:
        return tr("the password needs at least %1 characters")
            .arg(domain::account::minimumPasswordLength);
    case ErrorReason::PasswordTooLong:
        return tr("the password is too long");
    case ErrorReason::PasswordCommon:
        return tr("this password is on the list of common passwords; choose another");
    case ErrorReason::PasswordIsUserName:
        return tr("the password must not be the user name");
    case ErrorReason::LastAdministrator:
        return tr("the last active administrator cannot be disabled or lose the role");
    case ErrorReason::OwnAccount:
        return tr("you cannot disable your own account");
    default:
        break;
    }
    if (error.code == ErrorCode::NotFound)
        return tr("no user named %1").arg(userName);
    if (error.code == ErrorCode::PermissionDenied)
        return tr("login refused: wrong user name or password");
    return tr("the user could not be saved: %1").arg(errorSentence(error.code));
}

QString CliCommandMessages::restoreRefused(const QString &source, const Error &error)
{
    const QString file = native(source);
    switch (error.reason) {
    case ErrorReason::SchemaMismatch:
        return tr("%1 is not a complete SafeReturn backup: its tables, indexes or triggers "
                  "differ from those of its version; the database was not changed")
            .arg(file);
    case ErrorReason::NoAdministrator:
        return tr("%1 has no active administrator, so nobody could manage the restored "
                  "database; the database was not changed")
            .arg(file);
    case ErrorReason::NoUsers:
        return tr("%1 holds no user accounts and would remove every account of this "
                  "database; restore it only into a new database without users")
            .arg(file);
    case ErrorReason::AuditChainBroken:
        return tr("the audit log in %1 was changed after it was written (its hash chain is "
                  "broken); the database was not changed")
            .arg(file);
    case ErrorReason::ForeignKeys:
        return tr("%1 has records that point to missing records; the database was not "
                  "changed")
            .arg(file);
    default:
        break;
    }
    if (error.code == ErrorCode::Corrupt)
        return tr("%1 is damaged or incomplete; the database was not changed").arg(file);
    return tr("%1 is not a SafeReturn backup; the database was not changed").arg(file);
}

QString CliCommandMessages::backupFailed(const QString &target, const Error &error)
{
    if (isServerReason(error.reason))
        return errorSentence(error);
    switch (error.code) {
    case ErrorCode::DiskFull:
        return tr("backup to %1 failed: the disk is full").arg(native(target));
    case ErrorCode::Busy:
        return tr("backup to %1 failed: the database stayed locked by another program")
            .arg(native(target));
    case ErrorCode::Corrupt:
        return tr("backup to %1 failed: the database is damaged; restore it from a backup")
            .arg(native(target));
    case ErrorCode::ReadOnly:
    case ErrorCode::Io:
        if (!error.path.isEmpty())
            return tr("backup to %1 failed: %2").arg(native(target), errorSentence(error));
        return tr("backup to %1 failed: the database or the target could not be read or "
                  "written")
            .arg(native(target));
    default:
        return tr("backup to %1 failed: %2").arg(native(target), errorSentence(error.code));
    }
}

} // namespace sr::messages
