#pragma once

#include "commands/Command.h"
#include "services/ConnectionProfiles.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sr::app {

/** The command line of `safereturn server add-profile|list-profiles|remove-profile`. */
struct ProfileArguments
{
    QString action; ///< add-profile, list-profiles or remove-profile
    QString name;
    services::ConnectionProfile
        profile;  ///< add-profile's --host, --port, --database, --user, --sslmode
    QString port; ///< --port as typed
    QString language = QStringLiteral("vi");
    bool help = false;
    QString error; ///< translated usage error, empty when fine
};

/**
 * The connection profiles of this computer's user (services/ConnectionProfiles.h) on the
 * command line; no database is opened and no password is ever asked or stored:
 *
 *     safereturn server add-profile NAME --host H [--port P] --database D --user U [--sslmode M]
 *     safereturn server list-profiles
 *     safereturn server remove-profile NAME
 *
 * Exit codes: 0 done, 1 the settings could not be written, 2 bad usage or a bad field. tr()
 * context "ProfileCommand".
 */
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    /** Whether @a arguments are one of these commands (the word after "server"). */
    static bool handles(const QStringList &arguments);
    static ProfileArguments parse(const QStringList &arguments);

    explicit ProfileCommand(ProfileArguments arguments);

    QString language() const override { return m_args.language; }
    int run() override;

private:
    QString usage() const;
    int usageError(const QString &message) const;
    int add();
    int list();
    int remove();

    ProfileArguments m_args;
};

} // namespace sr::app
