#pragma once

#include "Cli.h"
#include "CommandLine.h"
#include "commands/Command.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sr::app {

/** The command line of export and import (one grammar, one usage text). */
struct ExchangeArguments : SharedArguments
{
    QString command; ///< "export" or "import"
    QString table = QStringLiteral("receptions");
    bool full = false;
    bool zip = false; ///< AES-256 encrypted ZIP (passphrase: SAFERETURN_PASSPHRASE or prompt)
    bool templateFile = false;
    bool dryRun = false;
    bool update = false;
    bool addMissingReference = false;
    QStringList files;
};

/**
 * CSV exchange (docs/csv-format.md): the shared grammar, usage and start of ExportCommand and
 * ImportCommand. Exit codes: 0 done, 1 runtime failure (database, file system), 2 bad usage or
 * bad input. tr() strings use the context "exchange_cli".
 */
class ExchangeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(exchange_cli)

public:
    /** Parses the arguments after the program name (usage errors in the caller's language). */
    static ExchangeArguments parse(const QStringList &arguments);

    explicit ExchangeCommand(ExchangeArguments arguments);

    QString language() const override { return m_args.language; }
    int run() override;

protected:
    /** The command itself, once the command line is fine. */
    virtual int execute() = 0;

    std::optional<std::unique_ptr<storage::Database>>
    openDatabase(storage::Database::Creation creation);
    int usageError(const QString &message) const;
    int failure(const QString &message) const;
    static QString native(const QString &path);

    const ExchangeArguments &args() const { return m_args; }

private:
    QString usage() const;

    ExchangeArguments m_args;
};

} // namespace sr::app
