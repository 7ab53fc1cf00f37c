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

namespace sr::services {
struct ImportIssue;
} // namespace sr::services

namespace sr::app {

/** The command line of export and import (one grammar, one usage text). */
struct ExchangeArguments : SharedArguments
{
    QString command; ///< "export" or "import"
    QString table = QStringLiteral("receptions");
    bool tableGiven = false;
    QString caseCode; ///< --case: the encrypted ZIP of one case
    bool withAttachments = false;
    bool full = false;
    bool zip = false; ///< AES-256 encrypted ZIP (passphrase: SAFERETURN_PASSPHRASE or prompt)
    bool templateFile = false;
    QString format; ///< --format: csv or xlsx (export)
    bool formatGiven = false;
    bool dryRun = false;
    bool update = false;
    bool addMissingReference = false;
    QString sheet; ///< import --sheet: the sheet of an .xlsx workbook (default: the first)
    QStringList files;
};

/**
 * CSV exchange (docs/csv-format.md): the shared grammar, usage and start of ExportCommand and
 * ImportCommand. Exit codes: 0 done, 1 runtime failure (database, file system), 2 bad usage or
 * bad input. tr() strings use the class name as context (as lupdate writes it).
 */
class ExchangeCommand : public OwnGrammarCommand<ExchangeArguments>
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommand)

public:
    /** Parses the arguments after the program name (usage errors in the caller's language). */
    static ExchangeArguments parse(const QStringList &arguments);

    using OwnGrammarCommand::OwnGrammarCommand;

protected:
    QString usage() const override;
    int usageError(const QString &message) const override;
    QString name() const override { return args().command; }
    static QString native(const QString &path);
    /** The codes of the exchange tables (exchange::exchangeTables()) joined by @a separator. */
    static QString tableCodes(const QString &separator);
};

// The two exchange commands, each implemented in its own <Name>Command.cpp. Each repeats the
// base class's tr() context so that lupdate reads it where tr() is called.

/**
 * `safereturn export --from D --to D [--table TABLE] [--full] [--format csv|xlsx]
 * [--zip] [-o FILE]`, `safereturn export --case CODE --full --zip [--with-attachments]
 * -o FILE.zip` and `safereturn export --template -o FILE`: a period as CSV, de-identified unless
 * --full (audited); --zip writes an AES-256 encrypted ZIP; --case the encrypted ZIP of one case
 * (services/CaseZipExport.h).
 */
class ExportCommand : public ExchangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using ExchangeCommand::ExchangeCommand;

protected:
    int execute() override;

private:
    /** `export --case CODE --full --zip [--with-attachments] -o FILE.zip`. */
    int exportCase();
    /** `export --template --format xlsx -o FILE.xlsx`: lists from the database's references. */
    int writeXlsxTemplate();
};

/**
 * `safereturn import [--dry-run] [--update] [--add-missing-reference] [--sheet NAME]
 * FILE.csv|FILE.xlsx`: all or nothing; every refused row is listed on stderr as FILE: row N,
 * column C, value "V": reason [code] (up to 200, then a count); for a workbook the sheet's own
 * row and its column letter: FILE: row 7, column D (birth_date), … (docs/spreadsheets.md).
 */
class ImportCommand : public ExchangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using ExchangeCommand::ExchangeCommand;

protected:
    int execute() override;

private:
    static QString describeIssue(const QString &file, const services::ImportIssue &issue);
};

} // namespace sr::app
