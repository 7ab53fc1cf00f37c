#include "CliAuth.h"

#include "CliMessages.h"
#include "services/AuthService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace sr::app {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/** Messages of the CLI's login; tr() context "cli_auth". */
class CliAuth
{
    Q_DECLARE_TR_FUNCTIONS(cli_auth)

public:
    static QString noUser()
    {
        return tr("this command needs --user NAME; the password is read from SAFERETURN_PASSWORD "
                  "or typed at the prompt");
    }
    static QString noUsers()
    {
        return tr("the database has no users yet; create the first administrator with "
                  "\"safereturn user add --role administrator NAME\"");
    }
    static QString noPassword()
    {
        return tr("no password: set SAFERETURN_PASSWORD or run the command on a terminal");
    }
    static QString prompt(const QString &user) { return tr("Password for %1: ").arg(user); }
    static QString refused(const QString &detail)
    {
        if (detail == QLatin1String("locked"))
            return tr("login refused: the account is locked for %1 minutes after %2 wrong "
                      "passwords")
                .arg(services::AuthService::lockoutMinutes)
                .arg(services::AuthService::maxFailedAttempts);
        if (detail == QLatin1String("disabled"))
            return tr("login refused: the account is disabled");
        if (detail == QLatin1String("changed_outside"))
            return tr("login refused: the role or state of this account was changed outside "
                      "SafeReturn; an administrator must set it again in SafeReturn or restore "
                      "a backup (\"safereturn check\" lists what differs)");
        return tr("login refused: wrong user name or password");
    }
    static QString notAllowed(const QString &permission)
    {
        return tr("permission denied: your role may not do this (%1)").arg(permission);
    }
    static QString mustChangePassword(const QString &user)
    {
        return tr("the password of %1 must be changed first (it was set by an administrator): "
                  "run \"safereturn user passwd --user %1\"")
            .arg(user);
    }
    static QString loginFailed(ErrorCode code)
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
};

/** One line from the terminal without echo. */
std::optional<QString> promptHidden(const QString &prompt)
{
    if (::isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    writeTo(stderr, prompt);
    termios saved{};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!read) {
        sodium_memzero(buffer, sizeof buffer);
        return std::nullopt;
    }
    size_t length = std::strlen(buffer);
    while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
        --length;
    QString text = QString::fromLocal8Bit(buffer, qsizetype(length));
    sodium_memzero(buffer, sizeof buffer);
    return text;
}

} // namespace

std::optional<QString> readPassword(const char *variable, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(variable)) {
        QString value = qEnvironmentVariable(variable);
        // Children (none today) would not inherit it.
        qunsetenv(variable);
        return value;
    }
    auto first = promptHidden(prompt);
    if (!first || !confirm)
        return first;
    auto second = promptHidden(QCoreApplication::translate("cli_auth", "Repeat: "));
    if (!second || *second != *first) {
        if (second)
            services::AuthService::wipe(*second);
        services::AuthService::wipe(*first);
        writeTo(stderr,
                QCoreApplication::translate("cli_auth", "the two passwords differ") + u'\n');
        return std::nullopt;
    }
    services::AuthService::wipe(*second);
    return first;
}

CliLogin authenticate(storage::Database &db,
                      const QString &userName,
                      std::optional<services::Permission> permission,
                      const QString &prefix,
                      FullDiskLogin fullDisk)
{
    CliLogin result;
    services::AuthService auth(db);
    auto empty = auth.needsFirstAdministrator();
    if (empty && *empty) {
        writeTo(stderr, prefix + CliAuth::noUsers() + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (userName.isEmpty()) {
        writeTo(stderr, prefix + CliAuth::noUser() + u'\n');
        result.exitCode = 2;
        return result;
    }
    auto password = readPassword(passwordVariable, CliAuth::prompt(userName));
    if (!password) {
        writeTo(stderr, prefix + CliAuth::noPassword() + u'\n');
        result.exitCode = 2;
        return result;
    }
    auto session = auth.login(userName, *password);
    if (!session && session.error().code == ErrorCode::DiskFull
        && fullDisk == FullDiskLogin::VerifyWithoutRecording) {
        // A rescue copy must stay possible when the disk is full; the caller records this
        // login in the copy (docs/security.md "Rescue backup on a full disk").
        session = auth.verifyWithoutRecording(userName, *password);
        result.recorded = false;
    }
    services::AuthService::wipe(*password);
    if (!session) {
        const Error &error = session.error();
        writeTo(stderr,
                prefix
                    + (error.code == ErrorCode::PermissionDenied ? CliAuth::refused(error.detail)
                                                                 : CliAuth::loginFailed(error.code))
                    + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (session->mustChangePassword) {
        // As in the desktop application: nothing else until the password is the user's own.
        writeTo(stderr, prefix + CliAuth::mustChangePassword(session->actor.userName) + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (!permission) {
        result.actor = session->actor;
        return result;
    }
    const auto allowed = result.recorded ? services::require(db, session->actor, *permission)
                                         : services::require(session->actor, *permission);
    if (!allowed) {
        writeTo(stderr,
                prefix + CliAuth::notAllowed(services::permissionName(*permission)) + u'\n');
        result.exitCode = 1;
        return result;
    }
    result.actor = session->actor;
    return result;
}

} // namespace sr::app
