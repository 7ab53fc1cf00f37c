#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn user add|list|disable|passwd`: user accounts; on a database without users, `user add --role administrator NAME` creates the first administrator. */
class UserCommand : public GeneralCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    using GeneralCommand::GeneralCommand;

protected:
    storage::Database::Creation creation() const override;
    int execute(storage::Database &db) override;
};

} // namespace sr::app
