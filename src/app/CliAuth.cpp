#include "CliAuth.h"

#include "messages/CliMessages.h"
#include "services/AuthService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>
#include <sodium.h>

// Echo off at a password prompt has no Qt or std equivalent: termios on POSIX, the console
// mode on Windows (the Windows branch has not been compiled yet: docs/windows.md).
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sr::app {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

std::optional<QString> promptHidden(const QString &prompt)
{
#ifdef Q_OS_WIN
    if (::_isatty(::_fileno(stdin)) == 0)
        return std::nullopt;
    // Echo goes off before the prompt appears (see below); the console has no ECHONL, so the
    // line end is written after the password is read.
    const HANDLE console = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool haveTerm = ::GetConsoleMode(console, &saved) != 0;
    if (haveTerm)
        ::SetConsoleMode(console, saved & ~DWORD(ENABLE_ECHO_INPUT));
#else
    if (::isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    // Echo goes off before the prompt appears: whoever types as soon as they see it must not
    // have the first characters shown (and, with TCSAFLUSH after the prompt, thrown away).
    termios saved{};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    writeTo(stderr, prompt);
    char buffer[4096];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
#ifdef Q_OS_WIN
    if (haveTerm) {
        ::SetConsoleMode(console, saved);
        writeTo(stderr, QStringLiteral("\n"));
    }
#else
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
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
    auto second = promptHidden(messages::CliAuthMessages::repeatPrompt());
    if (!second || *second != *first) {
        if (second)
            services::AuthService::wipe(*second);
        services::AuthService::wipe(*first);
        writeTo(stderr, messages::CliAuthMessages::passwordsDiffer() + u'\n');
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
        writeTo(stderr, prefix + messages::CliAuthMessages::noUsers() + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (userName.isEmpty()) {
        writeTo(stderr, prefix + messages::CliAuthMessages::noUser() + u'\n');
        result.exitCode = 2;
        return result;
    }
    auto password = readPassword(passwordVariable, messages::CliAuthMessages::prompt(userName));
    if (!password) {
        writeTo(stderr, prefix + messages::CliAuthMessages::noPassword() + u'\n');
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
                    + (error.code == ErrorCode::PermissionDenied
                           ? messages::CliAuthMessages::refused(error)
                           : messages::CliAuthMessages::failed(error.code))
                    + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (session->mustChangePassword) {
        // As in the desktop application: nothing else until the password is the user's own.
        writeTo(stderr,
                prefix + messages::CliAuthMessages::mustChangePassword(session->actor.userName)
                    + u'\n');
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
                prefix
                    + messages::CliAuthMessages::notAllowed(services::permissionName(*permission))
                    + u'\n');
        result.exitCode = 1;
        return result;
    }
    result.actor = session->actor;
    return result;
}

} // namespace sr::app
