#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn backup [--encrypt] -o FILE`: a backup of the database; on a full disk a rescue copy that records its login in the copy only. */
class BackupCommand : public GeneralCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;

private:
    int backupEncrypted(storage::Database &db, const QString &target);
    /**
     * The end of a backup to @a target: why it failed, or @a writtenMessage and, after a
     * rescue login, where that login is recorded.
     */
    int finish(const Result<void> &done, const QString &target, const QString &writtenMessage);
};

} // namespace sr::app
