#include "ServerConnection.h"

#include "CliAuth.h"
#include "CommandOutput.h"
#include "services/AuthService.h"
#include "services/ConnectionProfiles.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace sr::app {

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

CommandLocation commandLocation(const QString &database, const QString &server)
{
    CommandLocation out;
    if (!server.isEmpty()) {
        if (!database.isEmpty()) {
            out.problem = cliText(QT_TRANSLATE_NOOP(
                "cli", "--db and --server both name a database; give only one of them"));
            return out;
        }
        const std::optional<services::ConnectionProfile> profile =
            services::ConnectionProfiles().find(server);
        if (!profile) {
            out.problem = cliText(QT_TRANSLATE_NOOP(
                                      "cli",
                                      "there is no saved server named \"%1\"; \"safereturn "
                                      "server list-profiles\" lists them and \"safereturn server "
                                      "add-profile\" saves one"))
                              .arg(server);
            return out;
        }
        out.location = services::serverLocation(*profile);
        return out;
    }
    if (services::isServerLocation(database)) {
        if (!services::profileOfLocation(database)) {
            // The location is not repeated: it may hold something the user did not mean to
            // show (a password is refused before this, passwordOnCommandLine).
            out.problem =
                cliText(QT_TRANSLATE_NOOP("cli",
                                          "--db: a server location is written "
                                          "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]"));
            return out;
        }
        out.location = database;
        return out;
    }
    out.location = databasePathOf(database);
    return out;
}

void askServerPassword(const QString &location)
{
    if (!services::isServerLocation(location) || services::serverPasswordAvailable(location))
        return;
#ifdef Q_OS_WIN
    if (::_isatty(::_fileno(stdin)) == 0)
        return;
#else
    if (::isatty(STDIN_FILENO) != 1)
        return;
#endif
    const auto profile = services::profileOfLocation(location);
    if (!profile)
        return;
    std::optional<QString> password =
        promptHidden(cliText(QT_TRANSLATE_NOOP("cli", "Password for %1: "))
                         .arg(services::serverDisplayName(*profile)));
    if (!password || password->isEmpty())
        return;
    services::rememberServerPassword(location, *password);
    services::AuthService::wipe(*password);
}

bool passwordOnCommandLine(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--password")
            || argument.startsWith(QLatin1String("--password=")))
            return true;
        // "--db=postgresql://…" as well as a separate value.
        const QString value = argument.startsWith(QLatin1String("--db="))
                                  ? argument.mid(int(qstrlen("--db=")))
                                  : argument;
        if (!services::isServerLocation(value))
            continue;
        const auto parsed = services::profileOfLocation(value);
        if (!parsed && parsed.error().detail == QLatin1String("password"))
            return true;
    }
    return false;
}

QString passwordOnCommandLineSentence()
{
    return cliText(QT_TRANSLATE_NOOP(
        "cli",
        "a database server password is never given on the command line (shell histories and "
        "process lists keep it): type it at the prompt, or put it in ~/.pgpass (PGPASSFILE) or "
        "PGPASSWORD"));
}

} // namespace sr::app
