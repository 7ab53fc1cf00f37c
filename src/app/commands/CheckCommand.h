#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn check`: integrity, foreign keys, the audit chain and accounts changed outside SafeReturn, with the record counts. */
class CheckCommand : public GeneralCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    using GeneralCommand::GeneralCommand;

protected:
    bool readsOnly() const override { return true; }
    int execute(storage::Database &db) override;
};

} // namespace sr::app
