#pragma once

#include "Cli.h"
#include "CommandLine.h"
#include "commands/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sr::app {

/** The case command's command line: the shared options, the case code, --document, --reception. */
struct CaseArguments : SharedArguments
{
    QString caseCode;
    QString document = QStringLiteral("case-file");
    QString reception;
};

/**
 * safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME
 *                  -o FILE.pdf [--document case-file|reception-minutes|support-receipts]
 *                  [--reception DATE|N]
 *
 * Writes a paper of one case as a PDF (services::CasePrintService): the case file, the minutes
 * of a reception or the support receipt list. --reception picks a reception by its date
 * (YYYY-MM-DD or dd/MM/yyyy) or its number (1 the oldest); the minutes default to the latest
 * reception, the receipts to every reception. Exit codes: 0 written, 1 runtime failure (database,
 * file, refused access, unknown case), 2 bad usage; messages on stderr in --lang. tr() context
 * "case_cli".
 */
class CaseCommand : public OwnGrammarCommand<CaseArguments>
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)

public:
    /** Whether @a arguments are a case command ("case" is the command word). */
    static bool handles(const QStringList &arguments);
    /** Parses the arguments after the program name (usage errors in the caller's language). */
    static CaseArguments parse(const QStringList &arguments);

    using OwnGrammarCommand::OwnGrammarCommand;

    /** Fonts and the PDF writer need a QGuiApplication (no widgets). */
    bool needsGui() const override { return true; }

protected:
    int execute() override;
    QString usage() const override;
    int usageError(const QString &message) const override;

    QString name() const override { return QStringLiteral("case print"); }
};

} // namespace sr::app
