#pragma once

#include "commands/ExchangeCommand.h"

namespace sr::app {

/**
 * `safereturn export --from D --to D [--table receptions|supports|batches] [--full] [--zip]
 * [-o FILE]` and `safereturn export --template -o FILE`: a period as CSV, de-identified unless
 * --full (audited); --zip writes an AES-256 encrypted ZIP.
 */
class ExportCommand : public ExchangeCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(exchange_cli)

public:
    using ExchangeCommand::ExchangeCommand;

protected:
    int execute() override;
};

} // namespace sr::app
