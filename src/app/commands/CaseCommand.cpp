#include "commands/CaseCommand.h"

#include "CliAuth.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "Logging.h"
#include "messages/CliMessages.h"
#include "services/CasePrintService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace sr::app {

namespace {

std::optional<reports::CaseDocument> documentFromCode(const QString &code)
{
    if (code == QLatin1String("case-file"))
        return reports::CaseDocument::CaseFile;
    if (code == QLatin1String("reception-minutes"))
        return reports::CaseDocument::ReceptionMinutes;
    if (code == QLatin1String("support-receipts"))
        return reports::CaseDocument::SupportReceipts;
    return std::nullopt;
}

} // namespace

bool CaseCommand::handles(const QStringList &arguments)
{
    return commandWord(arguments) == QLatin1String("case");
}

CaseArguments CaseCommand::parse(const QStringList &arguments)
{
    static const QList<OptionSpec> specs = withSharedSpecs(
        {{QStringLiteral("--document"), true}, {QStringLiteral("--reception"), true}});
    const CommandLine line = parseCommandLine(arguments, specs, DoubleDash::UnknownOption);

    CaseArguments args;
    UsageProblems problems;
    problems.addLineProblems(line.problems, tr("unknown option %1"), tr("option %1 needs a value"));
    // Words in order: "case", "print", the case code; nothing else.
    int seen = 0;
    for (const Word &word : line.words) {
        if (seen == 0 && word.text == QLatin1String("case")) {
            seen = 1;
        } else if (seen == 1) {
            if (word.text != QLatin1String("print"))
                problems.add(
                    word.position,
                    tr("unknown case command %1 (the only one is \"print\")").arg(word.text));
            seen = 2;
        } else if (seen == 2 && word.text != QLatin1String("-")) {
            args.caseCode = word.text;
            seen = 3;
        } else {
            problems.add(word.position, tr("unexpected argument %1").arg(word.text));
        }
    }
    if (seen == 1 && !args.help)
        problems.add(arguments.size(),
                     tr("what to do with the case is missing: case print CASE-CODE"));
    for (const GivenOption &option : line.options) {
        if (option.spelling == QLatin1String("--from") || option.spelling == QLatin1String("--to"))
            problems.add(option.position, tr("unknown option %1").arg(option.spelling));
        else if (option.spelling == QLatin1String("--document"))
            args.document = option.value;
        else if (option.spelling == QLatin1String("--reception"))
            args.reception = option.value;
        else
            takeSharedOption(args, option);
    }
    problems.report(args, tr("--lang must be vi or en"));
    return args;
}

int CaseCommand::execute()
{
    if (args().caseCode.isEmpty())
        return usageError(tr("the case code is missing: case print CASE-CODE -o FILE.pdf"));
    const auto document = documentFromCode(args().document);
    if (!document)
        return usageError(
            tr("--document must be case-file, reception-minutes or support-receipts"));
    if (args().output.isEmpty())
        return usageError(tr("-o FILE.pdf is required"));
    if (!args().reception.isEmpty() && *document == reports::CaseDocument::CaseFile)
        return usageError(tr("--reception goes with reception-minutes or support-receipts"));
    // --reception: a number (1 the oldest reception) or a date.
    bool isNumber = false;
    const int number = args().reception.toInt(&isNumber);
    QDate date;
    if (!args().reception.isEmpty() && !isNumber) {
        date = isoDate(args().reception);
        if (!date.isValid())
            date = QDate::fromString(args().reception, QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            return usageError(tr("--reception: %1 is neither a number nor a date "
                                 "(YYYY-MM-DD or dd/MM/yyyy)")
                                  .arg(args().reception));
    }

    const bool readsOnly = true; // Cli.h: the print's audit row is its only write
    const auto db = openDatabase(readsOnly);
    if (!db)
        return int(ExitCode::Failure);
    const reports::Language language = documentLanguage();
    const CliLogin login = logIn(*db, services::Permission::PrintCase);
    if (!login.actor)
        return login.exitCode;
    const services::CasePrintService service(*db);
    auto person = service.personOfCaseCode(*login.actor, args().caseCode);
    if (!person) {
        spdlog::info("case print: no case ({})", errorCodeName(person.error().code).toStdString());
        if (person.error().code == ErrorCode::NotFound)
            return failure(tr("there is no case %1").arg(args().caseCode));
        return failure(messages::errorSentence(person.error()));
    }
    auto dossier = service.dossier(*login.actor, *person);
    if (!dossier) {
        spdlog::info("case print: refused ({})", errorCodeName(dossier.error().code).toStdString());
        return failure(messages::errorSentence(dossier.error()));
    }
    std::optional<qsizetype> reception;
    if (isNumber) {
        if (number < 1 || number > dossier->receptions.size())
            return failure(tr("the case has %n reception(s): --reception %1 is not one of them",
                              nullptr,
                              int(dossier->receptions.size()))
                               .arg(args().reception));
        reception = number - 1;
    } else if (date.isValid()) {
        for (qsizetype i = 0; i < dossier->receptions.size(); ++i)
            if (dossier->receptions.at(i).reception.receptionDate == date)
                reception = i; // the latest of that day
        if (!reception)
            return failure(tr("the case has no reception on %1")
                               .arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    } else if (*document == reports::CaseDocument::ReceptionMinutes) {
        if (dossier->receptions.isEmpty())
            return failure(tr("the case has no reception to make minutes of"));
        reception = dossier->receptions.size() - 1;
    }

    auto written = service.writePdf(*login.actor,
                                    *dossier,
                                    *document,
                                    reception,
                                    language,
                                    QFileInfo(args().output).absoluteFilePath());
    if (!written) {
        spdlog::info("case print: not written ({})",
                     errorCodeName(written.error().code).toStdString());
        return failure(tr("the case document could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(args().output),
                                messages::errorSentence(written.error())));
    }
    writeTo(stderr,
            tr("case print: %1 written to %2\n")
                .arg(args().document, QDir::toNativeSeparators(args().output)));
    return int(ExitCode::Ok);
}

QString CaseCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] "
              "[--lang vi|en] --user NAME -o FILE.pdf "
              "[--document case-file|reception-minutes|support-receipts] "
              "[--reception DATE|N]\n"
              "\n"
              "Writes a paper of one case as a PDF: the case file (default), the minutes of a "
              "reception for signatures, or the list of supports for the person to sign.\n"
              "--reception picks a reception by its date (YYYY-MM-DD or dd/MM/yyyy) or its "
              "number (1 is the oldest); the minutes default to the latest reception, the "
              "support list to every reception.\n"
              "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
              "prompt. Every paper written is recorded in the audit log.\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage.\n");
}

int CaseCommand::usageError(const QString &message) const
{
    return commandUsageError(QStringLiteral("case print"),
                             message,
                             tr("run \"safereturn case print --help\" for usage"));
}

} // namespace sr::app
