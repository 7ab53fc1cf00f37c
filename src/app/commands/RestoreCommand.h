#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn restore FILE`: replaces the database with a backup that proves itself whole; without a login only into a new database without users or records. */
class RestoreCommand : public GeneralCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    using GeneralCommand::GeneralCommand;

protected:
    std::optional<int> beforeOpening() override;
    storage::Database::Creation creation() const override;
    int execute(storage::Database &db) override;

private:
    int restoreEncrypted(storage::Database &db, const QString &source);
    /** The sentence for a refused or failed restore of @a source on stderr; exit code 1. */
    int refused(const QString &source, const Error &error);
    /** The refusal of a restore without login into a database with records but no users. */
    QString noUsersWithRecords() const;
};

} // namespace sr::app
