#include "CliAuth.h"
#include "CommandOutput.h"
#include "commands/GeneralCommand.h"
#include "domain/Clock.h"
#include "messages/CliMessages.h"
#include "services/AuthService.h"

namespace sr::app {

storage::Database::Creation UserCommand::creation() const
{
    // Only `user add` may create the database (the first administrator).
    return args().positionals.value(0) == QLatin1String("add")
               ? storage::Database::Creation::CreateIfMissing
               : storage::Database::Creation::MustExist;
}

int UserCommand::execute(storage::Database &db)
{
    const QString sub = args().positionals.value(0);
    const QString name = args().positionals.value(1);
    services::AuthService auth(db);
    const auto newPassword = [&](const QString &userName) {
        return readPassword(newPasswordVariable,
                            tr("New password for %1: ").arg(userName),
                            /*confirm=*/true);
    };
    const auto findUser = [&](const QString &userName) -> std::optional<services::UserAccount> {
        auto all = auth.listUsers(actor());
        if (all) {
            for (const services::UserAccount &account : *all) {
                if (account.userName.compare(userName, Qt::CaseInsensitive) == 0)
                    return account;
            }
        }
        error(tr("no user named %1").arg(userName));
        return std::nullopt;
    };

    if (sub == QLatin1String("add")) {
        const domain::Role role =
            services::roleFromCode(args().role).value_or(domain::Role::SocialWorker);
        auto empty = auth.needsFirstAdministrator();
        if (!empty) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(databasePath()), messages::errorSentence(empty.error().code)));
            return int(ExitCode::Failure);
        }
        if (*empty) {
            if (role != domain::Role::Administrator) {
                error(tr("the first user must be an administrator: add --role administrator"));
                return int(ExitCode::Usage);
            }
            // The first administrator's password: SAFERETURN_NEW_PASSWORD, else
            // SAFERETURN_PASSWORD, else the prompt.
            auto password = qEnvironmentVariableIsSet(newPasswordVariable)
                                ? newPassword(name)
                                : readPassword(passwordVariable,
                                               tr("New password for %1: ").arg(name),
                                               /*confirm=*/true);
            if (!password) {
                error(tr("no password: set SAFERETURN_PASSWORD or run the command on a "
                         "terminal"));
                return int(ExitCode::Usage);
            }
            auto created = auth.createFirstAdministrator(name, args().displayName, *password);
            services::AuthService::wipe(*password);
            if (!created) {
                error(messages::CliCommandMessages::userProblem(created.error(), name));
                return created.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                       : int(ExitCode::Failure);
            }
            print(tr("administrator %1 created").arg(created->userName));
            return int(ExitCode::Ok);
        }
        if (!login(db, services::Permission::ManageUsers))
            return exitCode();
        auto password = newPassword(name);
        if (!password) {
            error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a "
                     "terminal"));
            return int(ExitCode::Usage);
        }
        services::NewUser newUser{name, args().displayName, role, *password, true};
        auto created = auth.createUser(actor(), newUser);
        services::AuthService::wipe(*password);
        services::AuthService::wipe(newUser.password);
        if (!created) {
            error(messages::CliCommandMessages::userProblem(created.error(), name));
            return created.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                   : int(ExitCode::Failure);
        }
        print(tr("user %1 created (%2); the password must be changed at the first login")
                  .arg(created->userName, services::roleCode(created->role)));
        return int(ExitCode::Ok);
    }

    if (sub == QLatin1String("list")) {
        if (!login(db, services::Permission::ManageUsers))
            return exitCode();
        auto all = auth.listUsers(actor());
        if (!all) {
            error(tr("the users could not be read: %1")
                      .arg(messages::errorSentence(all.error().code)));
            return int(ExitCode::Failure);
        }
        QString out;
        for (const services::UserAccount &account : *all) {
            QString state = account.disabled ? tr("disabled") : tr("active");
            if (account.lockedUntil.isValid()
                && account.lockedUntil > domain::Clock::instance().now())
                state += u',' + tr("locked");
            out += QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(account.userName,
                            services::roleCode(account.role),
                            state,
                            account.displayName);
        }
        writeTo(stdout, out);
        return int(ExitCode::Ok);
    }

    if (sub == QLatin1String("disable")) {
        if (!login(db, services::Permission::ManageUsers))
            return exitCode();
        const auto account = findUser(name);
        if (!account)
            return int(ExitCode::Failure);
        auto done = auth.setAccountState(actor(), account->id, services::AccountState::Disabled);
        if (!done) {
            error(messages::CliCommandMessages::userProblem(done.error(), name));
            return int(ExitCode::Failure);
        }
        print(tr("user %1 disabled").arg(account->userName));
        return int(ExitCode::Ok);
    }

    // passwd [NAME]: one's own password, or (administrators) another user's.
    const bool own = name.isEmpty() || name.compare(args().user, Qt::CaseInsensitive) == 0;
    if (own) {
        if (args().user.isEmpty()) {
            error(tr("this command needs --user NAME; the password is read from "
                     "SAFERETURN_PASSWORD or typed at the prompt"));
            return int(ExitCode::Usage);
        }
        auto current =
            readPassword(passwordVariable, tr("Current password for %1: ").arg(args().user));
        if (!current) {
            error(tr("no password: set SAFERETURN_PASSWORD or run the command on a terminal"));
            return int(ExitCode::Usage);
        }
        auto session = auth.login(args().user, *current);
        if (!session) {
            services::AuthService::wipe(*current);
            error(messages::CliCommandMessages::userProblem(session.error(), args().user));
            return int(ExitCode::Failure);
        }
        auto password = newPassword(args().user);
        if (!password) {
            services::AuthService::wipe(*current);
            error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a "
                     "terminal"));
            return int(ExitCode::Usage);
        }
        auto changed = auth.changeOwnPassword(session->actor, *current, *password);
        services::AuthService::wipe(*current);
        services::AuthService::wipe(*password);
        if (!changed) {
            error(messages::CliCommandMessages::userProblem(changed.error(), args().user));
            return changed.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                                   : int(ExitCode::Failure);
        }
        print(tr("password of %1 changed").arg(session->actor.userName));
        return int(ExitCode::Ok);
    }
    if (!login(db, services::Permission::ManageUsers))
        return exitCode();
    const auto account = findUser(name);
    if (!account)
        return int(ExitCode::Failure);
    auto password = newPassword(account->userName);
    if (!password) {
        error(tr("no new password: set SAFERETURN_NEW_PASSWORD or run the command on a terminal"));
        return int(ExitCode::Usage);
    }
    auto reset = auth.resetPassword(actor(), account->id, *password);
    services::AuthService::wipe(*password);
    if (!reset) {
        error(messages::CliCommandMessages::userProblem(reset.error(), account->userName));
        return reset.error().code == ErrorCode::InvalidInput ? int(ExitCode::Usage)
                                                             : int(ExitCode::Failure);
    }
    print(tr("password of %1 reset; it must be changed at the next login").arg(account->userName));
    return int(ExitCode::Ok);
}

} // namespace sr::app
