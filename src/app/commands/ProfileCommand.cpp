#include "commands/ProfileCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"

#include <cstdio>

namespace sr::app {

namespace {

const QStringList &actions()
{
    static const QStringList list{QStringLiteral("add-profile"),
                                  QStringLiteral("list-profiles"),
                                  QStringLiteral("remove-profile")};
    return list;
}

} // namespace

bool ProfileCommand::handles(const QStringList &arguments)
{
    // The word after "server", skipping options and their values as commandWord() does.
    const qsizetype at = arguments.indexOf(QStringLiteral("server"));
    if (at < 0 || commandWord(arguments) != QLatin1String("server"))
        return false;
    for (qsizetype i = at + 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(u'-'))
            continue;
        return actions().contains(arg);
    }
    return false;
}

ProfileArguments ProfileCommand::parse(const QStringList &arguments)
{
    static const QList<OptionSpec> specs{
        {QStringLiteral("-h"), false},
        {QStringLiteral("--help"), false},
        {QStringLiteral("--lang"), true},
        {QStringLiteral("--host"), true},
        {QStringLiteral("--port"), true},
        {QStringLiteral("--database"), true},
        {QStringLiteral("--user"), true},
        {QStringLiteral("--sslmode"), true},
    };
    const CommandLine line = parseCommandLine(arguments, specs);
    ProfileArguments args;
    SharedArguments shared; // for UsageProblems::report (--lang)
    UsageProblems problems;
    problems.addLineProblems(line.problems, tr("unknown option %1"), tr("option %1 needs a value"));
    QStringList words;
    for (const Word &word : line.words)
        words.append(word.text);
    // words: "server", the action, then its name.
    args.action = words.value(1);
    args.name = words.value(2);
    const bool adding = args.action == QLatin1String("add-profile");
    for (const GivenOption &option : line.options) {
        const QString &name = option.spelling;
        if (name == QLatin1String("-h") || name == QLatin1String("--help"))
            args.help = true;
        else if (name == QLatin1String("--lang"))
            shared.language = option.value;
        else if (!adding)
            problems.add(option.position, tr("unknown option %1").arg(name));
        else if (name == QLatin1String("--host"))
            args.profile.host = option.value;
        else if (name == QLatin1String("--port"))
            args.port = option.value;
        else if (name == QLatin1String("--database"))
            args.profile.database = option.value;
        else if (name == QLatin1String("--user"))
            args.profile.user = option.value;
        else if (name == QLatin1String("--sslmode"))
            args.profile.sslMode = option.value;
    }
    const qsizetype wanted = args.action == QLatin1String("list-profiles") ? 2 : 3;
    if (words.size() > wanted)
        problems.add(arguments.size(), tr("unexpected argument %1").arg(words.at(wanted)));
    else if (words.size() < wanted)
        problems.add(arguments.size(), tr("%1 needs the profile NAME").arg(args.action));
    problems.report(shared, tr("--lang must be vi or en"));
    args.language = shared.language;
    args.error = shared.error;
    args.profile.name = args.name;
    return args;
}

ProfileCommand::ProfileCommand(ProfileArguments arguments)
    : m_args(std::move(arguments))
{}

QString ProfileCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn server add-profile NAME --host HOST [--port PORT] --database DB\n"
              "                    --user USER [--sslmode MODE]\n"
              "  safereturn server list-profiles\n"
              "  safereturn server remove-profile NAME\n"
              "\n"
              "A profile saves how this computer's user reaches a SafeReturn database on a\n"
              "PostgreSQL server; \"--server NAME\" then uses it in every command and the\n"
              "desktop application offers it at login. No password is saved: it is typed at\n"
              "the prompt or read from PGPASSWORD or ~/.pgpass (PGPASSFILE).\n"
              "--port defaults to 5432. --sslmode is disable, allow, prefer, require, verify-ca\n"
              "or verify-full; by default TLS is required unless the host is this computer.\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n");
}

int ProfileCommand::usageError(const QString &message) const
{
    return commandUsageError(QStringLiteral("server"),
                             message,
                             tr("run \"safereturn server add-profile --help\" for usage"));
}

int ProfileCommand::run()
{
    if (m_args.help) {
        writeTo(stdout, usage());
        return int(ExitCode::Ok);
    }
    if (!m_args.error.isEmpty())
        return usageError(m_args.error);
    if (m_args.action == QLatin1String("add-profile"))
        return add();
    if (m_args.action == QLatin1String("list-profiles"))
        return list();
    return remove();
}

int ProfileCommand::add()
{
    services::ConnectionProfile profile = m_args.profile;
    if (!m_args.port.isEmpty()) {
        bool ok = false;
        profile.port = m_args.port.toInt(&ok);
        if (!ok)
            profile.port = 0;
    }
    services::ConnectionProfiles profiles;
    const QList<services::ProfileProblem> problems = profiles.problems(profile);
    if (!problems.isEmpty()) {
        const services::ProfileProblem &first = problems.constFirst();
        using services::ProfileField;
        using services::ProfileProblemKind;
        switch (first.field) {
        case ProfileField::Name:
            return usageError(first.kind == ProfileProblemKind::Taken
                                  ? tr("a server profile named \"%1\" already exists; remove it "
                                       "first or choose another name")
                                        .arg(profile.name)
                                  : tr("a profile name is one word without spaces, \"/\" or "
                                       "\"\\\", at most 64 characters"));
        case ProfileField::Host:
            return usageError(first.kind == ProfileProblemKind::Missing
                                  ? tr("add-profile needs --host HOST")
                                  : tr("--host: a host name or IP address, without spaces"));
        case ProfileField::Port:
            return usageError(tr("--port needs a number from 1 to 65535"));
        case ProfileField::Database:
            return usageError(first.kind == ProfileProblemKind::Missing
                                  ? tr("add-profile needs --database DB")
                                  : tr("--database: a name without spaces, \"/\", \"@\", \":\", "
                                       "\"?\" or \"#\", at most 63 bytes"));
        case ProfileField::User:
            return usageError(first.kind == ProfileProblemKind::Missing
                                  ? tr("add-profile needs --user USER")
                                  : tr("--user: a name without spaces, \"/\", \"@\", \":\", "
                                       "\"?\" or \"#\", at most 63 bytes"));
        case ProfileField::SslMode:
            return usageError(tr("--sslmode must be disable, allow, prefer, require, verify-ca "
                                 "or verify-full"));
        }
    }
    const auto saved = profiles.save(profile);
    if (!saved) {
        return commandFailure(QStringLiteral("server"),
                              tr("the profile could not be saved in the settings: %1")
                                  .arg(messages::errorSentence(saved.error())));
    }
    writeTo(stdout,
            tr("server profile %1 saved: %2 (TLS: %3)")
                    .arg(profile.name,
                         services::serverLocation(profile),
                         services::effectiveSslMode(profile))
                + u'\n');
    return int(ExitCode::Ok);
}

int ProfileCommand::list()
{
    for (const services::ConnectionProfile &profile : services::ConnectionProfiles().list()) {
        writeTo(stdout,
                profile.name + u'\t' + services::serverLocation(profile) + u'\t'
                    + services::effectiveSslMode(profile) + u'\n');
    }
    return int(ExitCode::Ok);
}

int ProfileCommand::remove()
{
    const auto removed = services::ConnectionProfiles().remove(m_args.name);
    if (!removed && removed.error().code == ErrorCode::NotFound)
        return usageError(tr("there is no saved server named \"%1\"").arg(m_args.name));
    if (!removed) {
        return commandFailure(QStringLiteral("server"),
                              tr("the profile could not be removed from the settings: %1")
                                  .arg(messages::errorSentence(removed.error())));
    }
    writeTo(stdout, tr("server profile %1 removed").arg(m_args.name) + u'\n');
    return int(ExitCode::Ok);
}

} // namespace sr::app
