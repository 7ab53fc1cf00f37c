#include "CliAuth.h"
#include "commands/GeneralCommand.h"
#include "messages/CliMessages.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/ConnectionProfiles.h"
#include "services/MaintenanceService.h"

#include <QFileInfo>

namespace sr::app {

std::optional<int> RestoreCommand::beforeOpening()
{
    const QFileInfo backupFile(args().positionals.constFirst());
    if (!backupFile.exists() || backupFile.isDir()) {
        error(tr("backup file not found: %1").arg(native(args().positionals.constFirst())));
        return int(ExitCode::Failure);
    }
    return std::nullopt;
}

storage::Database::Creation RestoreCommand::creation() const
{
    return storage::Database::Creation::CreateIfMissing;
}

int RestoreCommand::execute(storage::Database &db)
{
    // A server's database is restored by its administrator with pg_restore
    // (PostgresDialect::restore refuses too): said before any login.
    if (services::isServerLocation(db.path())) {
        error(messages::errorSentence(
            Error{ErrorCode::InvalidInput, QString(), ErrorReason::ServerBackup}));
        return int(ExitCode::Failure);
    }
    // A restore needs no login only into a brand-new database (no users, no records), whose
    // backup brings its own users; the rule is AuthService::checkRestoreWithoutLogin.
    {
        services::AuthService auth(db);
        const auto noUsers = auth.needsFirstAdministrator();
        if (!noUsers) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(databasePath()), messages::errorSentence(noUsers.error().code)));
            return int(ExitCode::Failure);
        }
        if (*noUsers) {
            if (const auto allowed = auth.checkRestoreWithoutLogin(); !allowed) {
                if (allowed.error().code == ErrorCode::Conflict)
                    error(noUsersWithRecords());
                else
                    error(tr("the users of %1 could not be read: %2")
                              .arg(native(databasePath()),
                                   messages::errorSentence(allowed.error().code)));
                return int(ExitCode::Failure);
            }
            setActor(domain::Actor{0, QStringLiteral("setup"), domain::Role::Administrator});
        } else if (!login(db, services::Permission::BackupRestore)) {
            return exitCode();
        }
    }
    const QString source = args().positionals.constFirst();
    // A damaged database is read-only for writing records, but a restore is its remedy.
    if (db.isReadOnly() && !db.isDamaged()) {
        error(openErrorMessage(makeError(ErrorCode::ReadOnly), databasePath()));
        return int(ExitCode::Failure);
    }
    if (services::BackupService::isEncryptedBackup(source))
        return restoreEncrypted(db, source);
    services::MaintenanceService service(db);
    if (const auto done = service.restore(actor(), source); !done)
        return refused(source, done.error());
    print(tr("%1 restored from %2").arg(native(databasePath()), native(source)));
    return int(ExitCode::Ok);
}

int RestoreCommand::refused(const QString &source, const Error &error)
{
    QString message;
    switch (error.code) {
    case ErrorCode::NotSafeReturnDatabase:
    case ErrorCode::Corrupt:
        message = messages::CliCommandMessages::restoreRefused(source, error);
        break;
    case ErrorCode::NewerSchema:
        message = tr("%1 was made by a newer version of SafeReturn; the database was not "
                     "changed")
                      .arg(native(source));
        break;
    case ErrorCode::ProtectedFile:
        message = tr("%1 is the database itself, one of its journal files or a database in "
                     "use, not a backup; the database was not changed")
                      .arg(native(source));
        break;
    default:
        message =
            tr("restore from %1 failed: %2").arg(native(source), messages::errorSentence(error));
        break;
    }
    this->error(message);
    return int(ExitCode::Failure);
}

int RestoreCommand::restoreEncrypted(storage::Database &db, const QString &source)
{
    const auto passphrase =
        readPassword(passphraseVariable, tr("Passphrase of the encrypted backup: "));
    if (!passphrase) {
        error(tr("%1 is encrypted: set SAFERETURN_PASSPHRASE or type the passphrase at the "
                 "prompt")
                  .arg(native(source)));
        return int(ExitCode::Usage);
    }
    QByteArray bytes = passphrase->toUtf8();
    services::BackupService service(db);
    const auto done = service.restoreEncrypted(actor(), source, bytes);
    bytes.fill('\0');
    if (!done) {
        if (done.error().code != ErrorCode::InvalidInput)
            return refused(source, done.error());
        error(tr("wrong passphrase for %1, or the file is damaged; the database was not "
                 "changed")
                  .arg(native(source)));
        return int(ExitCode::Failure);
    }
    print(tr("%1 restored from %2").arg(native(databasePath()), native(source)));
    return int(ExitCode::Ok);
}

QString RestoreCommand::noUsersWithRecords() const
{
    return tr("%1 holds records but no user accounts, so a backup may not be restored into it "
              "without a login. Create the first administrator with \"safereturn user add "
              "--role administrator NAME\", then run the restore with --user NAME.")
        .arg(native(databasePath()));
}

} // namespace sr::app
