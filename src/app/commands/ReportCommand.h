#pragma once

#include "Cli.h"
#include "CommandLine.h"
#include "commands/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sr::app {

/** The report command's command line: the shared options and --format. */
struct ReportArguments : SharedArguments
{
    QString format = QStringLiteral("pdf");
};

/**
 * safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME --from D --to D
 *                   [--format pdf|html|json|odt|xlsx] -o FILE
 *
 * Writes the period summary report. Dates are ISO (YYYY-MM-DD); the format defaults to pdf.
 * Exit codes: 0 written, 1 runtime failure (database, file), 2 bad usage, bad dates or a period
 * that ends before it starts; messages on stderr in --lang. tr() context "report_cli".
 */
class ReportCommand : public OwnGrammarCommand<ReportArguments>
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    /** Parses the arguments after the program name (usage errors in the caller's language). */
    static ReportArguments parse(const QStringList &arguments);

    using OwnGrammarCommand::OwnGrammarCommand;

    /** Fonts, the chart image and the PDF writer need a QGuiApplication (no widgets). */
    bool needsGui() const override { return true; }

protected:
    int execute() override;
    QString usage() const override;
    int usageError(const QString &message) const override;

    QString name() const override { return QStringLiteral("report"); }
};

} // namespace sr::app
