#include "ConnectionProfiles.h"

#include "storage/ServerLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace sr::services {

namespace {

const QString groupName = QStringLiteral("servers");

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

/** PostgreSQL cuts identifiers at 63 bytes; a longer name would silently name another one. */
constexpr qsizetype maxIdentifierBytes = 63;
constexpr qsizetype maxNameLength = 64;

/**
 * Characters a user or database name may not hold in a location: they would need quoting that
 * people typing a --db location get wrong, and none is needed for SafeReturn's own names.
 */
bool isPlainIdentifier(const QString &text)
{
    if (text.toUtf8().size() > maxIdentifierBytes)
        return false;
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSpace() || c == u'/' || c == u'@' || c == u':' || c == u'?' || c == u'#'
               || c == u'%' || c == u'\\' || !c.isPrint();
    });
}

bool isPlainHost(const QString &host)
{
    if (host.size() > 253)
        return false;
    return std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' || c == u'_'
               || c == u':';
    });
}

/** A profile name is a QSettings group and a word on the command line (--server NAME). */
bool isPlainName(const QString &name)
{
    if (name.size() > maxNameLength || name.startsWith(u'-'))
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isSpace() || c == u'/' || c == u'\\' || c == u'=' || !c.isPrint();
    });
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),
                                   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),
                                   QStringLiteral("require"),
                                   QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    return modes;
}

ConnectionProfile trimmed(const ConnectionProfile &profile)
{
    ConnectionProfile out = profile;
    out.name = profile.name.trimmed();
    out.host = profile.host.trimmed();
    out.database = profile.database.trimmed();
    out.user = profile.user.trimmed();
    out.sslMode = profile.sslMode.trimmed();
    return out;
}

QString fieldName(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return QStringLiteral("name");
    case ProfileField::Host:
        return QStringLiteral("host");
    case ProfileField::Port:
        return QStringLiteral("port");
    case ProfileField::Database:
        return QStringLiteral("database");
    case ProfileField::User:
        return QStringLiteral("user");
    case ProfileField::SslMode:
        return QStringLiteral("sslmode");
    }
    return QString();
}

Error settingsError(const QSettings &settings)
{
    Q_UNUSED(settings);
    return makeError(ErrorCode::Io, QStringLiteral("connection profiles: settings not written"));
}

storage::ServerLocation toLocation(const ConnectionProfile &profile)
{
    storage::ServerLocation location;
    location.host = profile.host;
    location.port = profile.port;
    location.database = profile.database;
    location.user = profile.user;
    location.sslMode = profile.sslMode;
    return location;
}

/** One field of a ~/.pgpass line: "\:" and "\\" are the escapes libpq reads. */
QStringList pgpassFields(const QString &line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current.append(line.at(++i));
        } else if (c == u':' && fields.size() < 4) {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    fields.append(current);
    return fields;
}

bool pgpassMatches(const QString &pattern, const QString &value)
{
    return pattern == QLatin1String("*") || pattern == value;
}

/** Whether libpq would take a password for @a location from the password file. */
bool pgpassHasEntry(const storage::ServerLocation &location)
{
    QString file = qEnvironmentVariable("PGPASSFILE");
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.pgpass");
    const QFileInfo info(file);
    if (!info.isFile())
        return false;
    // libpq ignores a password file that others may read (and warns); so does this check.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return false;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString port = QString::number(location.port);
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = pgpassFields(line);
        if (fields.size() != 5 || fields.at(4).isEmpty())
            continue;
        if (pgpassMatches(fields.at(0), location.host) && pgpassMatches(fields.at(1), port)
            && pgpassMatches(fields.at(2), location.database)
            && pgpassMatches(fields.at(3), location.user))
            return true;
    }
    return false;
}

} // namespace

ConnectionProfiles::ConnectionProfiles() = default;

ConnectionProfiles::ConnectionProfiles(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{}

QList<ConnectionProfile> ConnectionProfiles::list() const
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(groupName);
    QList<ConnectionProfile> profiles;
    for (const QString &name : settings->childGroups()) {
        settings->beginGroup(name);
        ConnectionProfile profile;
        profile.name = name;
        profile.host = settings->value(QStringLiteral("host")).toString();
        profile.port = settings->value(QStringLiteral("port"), 5432).toInt();
        profile.database = settings->value(QStringLiteral("database")).toString();
        profile.user = settings->value(QStringLiteral("user")).toString();
        profile.sslMode = settings->value(QStringLiteral("sslmode")).toString();
        settings->endGroup();
        profiles.append(profile);
    }
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &profile : list()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QList<ProfileProblem> ConnectionProfiles::fieldProblems(const ConnectionProfile &given)
{
    const ConnectionProfile profile = trimmed(given);
    QList<ProfileProblem> problems;
    if (profile.name.isEmpty())
        problems.append({ProfileField::Name, ProfileProblemKind::Missing});
    else if (!isPlainName(profile.name))
        problems.append({ProfileField::Name, ProfileProblemKind::BadText});
    if (profile.host.isEmpty())
        problems.append({ProfileField::Host, ProfileProblemKind::Missing});
    else if (!isPlainHost(profile.host))
        problems.append({ProfileField::Host, ProfileProblemKind::BadText});
    if (profile.port < 1 || profile.port > 65535)
        problems.append({ProfileField::Port, ProfileProblemKind::OutOfRange});
    if (profile.database.isEmpty())
        problems.append({ProfileField::Database, ProfileProblemKind::Missing});
    else if (!isPlainIdentifier(profile.database))
        problems.append({ProfileField::Database, ProfileProblemKind::BadText});
    if (profile.user.isEmpty())
        problems.append({ProfileField::User, ProfileProblemKind::Missing});
    else if (!isPlainIdentifier(profile.user))
        problems.append({ProfileField::User, ProfileProblemKind::BadText});
    if (!profile.sslMode.isEmpty() && !sslModes().contains(profile.sslMode))
        problems.append({ProfileField::SslMode, ProfileProblemKind::Unknown});
    return problems;
}

QList<ProfileProblem> ConnectionProfiles::problems(const ConnectionProfile &given,
                                                   const QString &previousName) const
{
    QList<ProfileProblem> problems = fieldProblems(given);
    const QString name = given.name.trimmed();
    const bool nameFine = std::none_of(problems.cbegin(), problems.cend(), [](const auto &p) {
        return p.field == ProfileField::Name;
    });
    if (nameFine && name != previousName && find(name))
        problems.prepend({ProfileField::Name, ProfileProblemKind::Taken});
    return problems;
}

Result<void> ConnectionProfiles::save(const ConnectionProfile &given, const QString &previousName)
{
    const ConnectionProfile profile = trimmed(given);
    const QList<ProfileProblem> found = problems(profile, previousName);
    if (!found.isEmpty()) {
        const ProfileProblem &first = found.constFirst();
        return Error{first.kind == ProfileProblemKind::Taken ? ErrorCode::Duplicate
                                                             : ErrorCode::InvalidInput,
                     QStringLiteral("connection profile: ") + fieldName(first.field)};
    }
    if (!previousName.isEmpty() && previousName != profile.name && !find(previousName))
        return makeError(ErrorCode::NotFound, QStringLiteral("connection profile: renamed"));
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(groupName);
    if (!previousName.isEmpty())
        settings->remove(previousName);
    settings->beginGroup(profile.name);
    settings->remove(QString());
    settings->setValue(QStringLiteral("host"), profile.host);
    settings->setValue(QStringLiteral("port"), profile.port);
    settings->setValue(QStringLiteral("database"), profile.database);
    settings->setValue(QStringLiteral("user"), profile.user);
    if (!profile.sslMode.isEmpty())
        settings->setValue(QStringLiteral("sslmode"), profile.sslMode);
    settings->endGroup();
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return settingsError(*settings);
    return {};
}

Result<void> ConnectionProfiles::remove(const QString &name)
{
    if (name.isEmpty() || !find(name))
        return makeError(ErrorCode::NotFound, QStringLiteral("connection profile: remove"));
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(groupName);
    settings->remove(name);
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return settingsError(*settings);
    return {};
}

QString serverLocation(const ConnectionProfile &profile)
{
    return toLocation(trimmed(profile)).toString();
}

bool isServerLocation(const QString &location)
{
    return storage::ServerLocation::isServerLocation(location);
}

Result<ConnectionProfile> profileOfLocation(const QString &location)
{
    auto parsed = storage::ServerLocation::parse(location);
    if (!parsed) {
        Error error = parsed.error();
        if (error.detail.contains(QLatin1String("password")))
            error.detail = QStringLiteral("password");
        return error;
    }
    ConnectionProfile profile;
    profile.host = parsed->host;
    profile.port = parsed->port;
    profile.database = parsed->database;
    profile.user = parsed->user;
    profile.sslMode = parsed->sslMode;
    return profile;
}

QString effectiveSslMode(const ConnectionProfile &profile)
{
    return toLocation(trimmed(profile)).effectiveSslMode();
}

QString serverDisplayName(const ConnectionProfile &profile)
{
    const QString host =
        profile.port == 5432 ? profile.host : profile.host + u':' + QString::number(profile.port);
    return profile.user + u'@' + host + u'/' + profile.database;
}

void rememberServerPassword(const QString &location, const QString &password)
{
    storage::setServerPassword(location, password);
    // The storage layer may look the password up under the location as written or under its
    // normal form (the one a profile gives): both find it.
    if (auto parsed = storage::ServerLocation::parse(location)) {
        const QString normal = parsed->toString();
        if (normal != location)
            storage::setServerPassword(normal, password);
    }
}

bool serverPasswordAvailable(const QString &location)
{
    if (!storage::serverPassword(location).isEmpty())
        return true;
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return true;
    auto parsed = storage::ServerLocation::parse(location);
    return parsed && pgpassHasEntry(*parsed);
}

} // namespace sr::services
