#pragma once

#include "commands/ExchangeCommand.h"

namespace sr::services {
struct ImportIssue;
} // namespace sr::services

namespace sr::app {

/**
 * `safereturn import [--dry-run] [--update] [--add-missing-reference] FILE.csv`: all or
 * nothing; every refused row is listed on stderr as FILE: row N, column C, value "V": reason
 * [code] (up to 200, then a count).
 */
class ImportCommand : public ExchangeCommand
{
    // The context of the base class (lupdate reads it here, where tr() is called).
    Q_DECLARE_TR_FUNCTIONS(exchange_cli)

public:
    using ExchangeCommand::ExchangeCommand;

protected:
    int execute() override;

private:
    static QString describeIssue(const QString &file, const services::ImportIssue &issue);
};

} // namespace sr::app
