#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn demo [--persons N] [--seed S]`: realistic synthetic records, into a new database or one with demo records only; a database without users gets the demo administrator (README). */
class DemoCommand : public GeneralCommand
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
