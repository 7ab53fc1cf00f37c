#include "ServerLocation.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace sr::storage {

namespace {

constexpr QLatin1StringView kScheme("postgresql");

Error invalid(const QString &why)
{
    return Error{ErrorCode::InvalidInput, QStringLiteral("server location: ") + why};
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

QMutex &passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> kept;
    return kept;
}

} // namespace

bool ServerLocation::isServerLocation(const QString &location)
{
    return location.startsWith(kScheme + QStringLiteral("://"), Qt::CaseInsensitive)
           || location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerLocation> ServerLocation::parse(const QString &location)
{
    if (!isServerLocation(location))
        return invalid(QStringLiteral("not a postgresql:// location"));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("malformed"));
    // A password written into a location ends up in shell histories, process lists and
    // settings: refused outright, whatever it is.
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        return invalid(QStringLiteral("a password may not be written in the location"));
    ServerLocation parsed;
    parsed.host = url.host();
    parsed.user = url.userName();
    parsed.database = url.path().mid(1);
    if (parsed.host.isEmpty())
        return invalid(QStringLiteral("no host"));
    if (parsed.user.isEmpty())
        return invalid(QStringLiteral("no user"));
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("no database name"));
    if (url.port() == 0 || url.port() > 65535)
        return invalid(QStringLiteral("port out of range"));
    parsed.port = url.port(5432);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return invalid(QStringLiteral("unknown parameter"));
        if (!sslModes().contains(value))
            return invalid(QStringLiteral("unknown sslmode"));
        parsed.sslMode = value;
    }
    return parsed;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(host);
    url.setUserName(user);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerLocation::effectiveSslMode() const
{
    return sslMode.isEmpty() ? defaultSslMode(host) : sslMode;
}

QString ServerLocation::defaultSslMode(const QString &host)
{
    // Records of victims cross the network only encrypted; on the same machine TLS adds
    // nothing (docs/server.md, "TLS").
    return isLoopback(host) ? QStringLiteral("prefer") : QStringLiteral("require");
}

bool ServerLocation::isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
           || host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
}

void setServerPassword(const QString &location, const QString &password)
{
    QMutexLocker lock(&passwordMutex());
    if (password.isEmpty())
        passwords().remove(location);
    else
        passwords().insert(location, password);
}

QString serverPassword(const QString &location)
{
    QMutexLocker lock(&passwordMutex());
    return passwords().value(location);
}

} // namespace sr::storage
