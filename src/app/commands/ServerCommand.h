#pragma once

#include "commands/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sr::app {

/** The command line of `safereturn server init|migrate`. */
struct ServerArguments
{
    QString action;   ///< init or migrate
    QString database; ///< init: --db LOCATION
    QString to;       ///< migrate: --to LOCATION
    QString server;   ///< --server NAME (a saved profile) instead of --db / --to
    QString from;     ///< migrate: --from FILE
    QString grant;    ///< init: --grant ROLE
    QString language = QStringLiteral("vi");
    bool help = false;
    QString error; ///< translated usage error, empty when fine
};

/**
 * An administrator's steps on a database server (docs/server.md):
 *
 *     safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
 *     safereturn server migrate --from FILE (--to LOCATION | --server NAME)
 *
 * init gives an empty server database SafeReturn's schema (the server role must be allowed to
 * create tables) and, with --grant, gives the role used every day its rights. migrate copies a
 * database file into an empty server database that init prepared and checks the copy.
 * Exit codes: 0 done, 1 failure (or a check that found a difference), 2 bad usage. tr() context
 * "cli".
 */
class ServerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    /** Whether @a arguments are one of these commands (the word after "server"). */
    static bool handles(const QStringList &arguments);
    static ServerArguments parse(const QStringList &arguments);

    explicit ServerCommand(ServerArguments arguments);

    QString language() const override { return m_args.language; }
    int run() override;

private:
    QString usage() const;
    int usageError(const QString &message) const;
    int failure(const QString &message) const;
    int init(const QString &location);
    int migrate(const QString &location);

    ServerArguments m_args;
};

} // namespace sr::app
