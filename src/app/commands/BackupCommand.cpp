#include "CliAuth.h"
#include "commands/GeneralCommand.h"
#include "messages/CliMessages.h"
#include "services/BackupService.h"
#include "services/ConnectionProfiles.h"
#include "services/MaintenanceService.h"

#include <QFileInfo>

namespace sr::app {

int BackupCommand::execute(storage::Database &db)
{
    // A server's database is backed up by its administrator (PostgresDialect::backup refuses
    // too): said before any login, so that nobody types a password for nothing.
    if (services::isServerLocation(db.path())) {
        error(messages::errorSentence(
            Error{ErrorCode::InvalidInput, QString(), ErrorReason::ServerBackup}));
        return int(ExitCode::Failure);
    }
    // Only a backup may go on when the disk is full: it is the way out (a rescue copy).
    if (!login(db, services::Permission::BackupRestore, /*rescueOnFullDisk=*/true))
        return exitCode();
    // Storage compares the target with the database by identity (any spelling, any link).
    const QString target = QFileInfo(args().output).absoluteFilePath();
    if (args().encrypt)
        return backupEncrypted(db, target);
    services::MaintenanceService service(db);
    const auto done =
        loginRecorded() ? service.backup(actor(), target) : service.rescueBackup(actor(), target);
    return finish(done, target, tr("backup written to %1").arg(native(target)));
}

int BackupCommand::backupEncrypted(storage::Database &db, const QString &target)
{
    const auto passphrase =
        readPassword(passphraseVariable, tr("Passphrase for the encrypted backup: "), true);
    if (!passphrase) {
        error(tr("an encrypted backup needs a passphrase: set SAFERETURN_PASSPHRASE or type it "
                 "twice at the prompt"));
        return int(ExitCode::Usage);
    }
    QByteArray bytes = passphrase->toUtf8();
    services::BackupService service(db);
    const auto done = loginRecorded() ? service.backupEncrypted(actor(), target, bytes)
                                      : service.rescueBackupEncrypted(actor(), target, bytes);
    bytes.fill('\0');
    if (!done && done.error().code == ErrorCode::InvalidInput) {
        error(tr("the passphrase needs at least %1 characters")
                  .arg(services::BackupService::minimumPassphraseLength));
        return int(ExitCode::Usage);
    }
    return finish(done, target, tr("encrypted backup written to %1").arg(native(target)));
}

int BackupCommand::finish(const Result<void> &done,
                          const QString &target,
                          const QString &writtenMessage)
{
    if (!done) {
        error(messages::CliCommandMessages::backupFailed(target, done.error()));
        return int(ExitCode::Failure);
    }
    print(writtenMessage);
    if (!loginRecorded())
        error(tr("note: the disk of the database is full; this login and this backup are "
                 "recorded in the backup copy only"));
    return int(ExitCode::Ok);
}

} // namespace sr::app
