#pragma once

#include "commands/GeneralCommand.h"

namespace sr::app {

/** `safereturn find TEXT`: case codes and names matching TEXT (each word a prefix). */
class FindCommand : public GeneralCommand
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
