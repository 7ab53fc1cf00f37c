#include "commands/ExchangeCommand.h"

#include "CommandLine.h"
#include "Logging.h"
#include "messages/CliMessages.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace sr::app {

namespace {

bool isExportFlag(const QString &name)
{
    return name == QLatin1String("--full") || name == QLatin1String("--template")
           || name == QLatin1String("--zip");
}

bool isImportFlag(const QString &name)
{
    return name == QLatin1String("--dry-run") || name == QLatin1String("--update")
           || name == QLatin1String("--add-missing-reference");
}

/** Options only export takes a value for (--db, --lang and --user belong to both). */
bool isExportValue(const QString &name)
{
    return name == QLatin1String("--from") || name == QLatin1String("--to")
           || name == QLatin1String("--table") || name == QLatin1String("-o")
           || name == QLatin1String("--output");
}

} // namespace

ExchangeArguments ExchangeCommand::parse(const QStringList &arguments)
{
    static const QList<OptionSpec> specs{
        {QStringLiteral("-h"), false},
        {QStringLiteral("--help"), false},
        {QStringLiteral("--full"), false},
        {QStringLiteral("--template"), false},
        {QStringLiteral("--dry-run"), false},
        {QStringLiteral("--update"), false},
        {QStringLiteral("--add-missing-reference"), false},
        {QStringLiteral("--zip"), false},
        {QStringLiteral("--db"), true},
        {QStringLiteral("--lang"), true},
        {QStringLiteral("--from"), true},
        {QStringLiteral("--to"), true},
        {QStringLiteral("--table"), true},
        {QStringLiteral("-o"), true},
        {QStringLiteral("--output"), true},
        {QStringLiteral("--user"), true},
    };
    const CommandLine line = parseCommandLine(arguments, specs, DoubleDash::UnknownOption);

    ExchangeArguments args;
    // Usage errors in command-line order; the first one is reported. At one position an
    // option's own rule (an export option on import) comes before its missing value.
    struct Problem
    {
        qsizetype position;
        int rank;
        QString message;
    };
    QList<Problem> problems;
    qsizetype commandPosition = std::numeric_limits<qsizetype>::max();
    for (const Word &word : line.words) {
        if (args.command.isEmpty()
            && (word.text == QLatin1String("export") || word.text == QLatin1String("import"))) {
            args.command = word.text;
            commandPosition = word.position;
        } else {
            args.files.append(word.text);
        }
    }
    for (const LineProblem &problem : line.problems) {
        if (problem.kind == LineProblem::Kind::UnknownOption)
            problems.append({problem.position,
                             // A "--" comes before the option that follows it.
                             problem.spelling == QLatin1String("--") ? -1 : 1,
                             tr("unknown option %1").arg(problem.spelling)});
        else if (problem.kind == LineProblem::Kind::MissingValue)
            problems.append(
                {problem.position, 1, tr("option %1 needs a value").arg(problem.spelling)});
        // A flag's "=value" has always been ignored.
    }
    for (const GivenOption &option : line.options) {
        const QString &name = option.spelling;
        // Whether the command word came before this option (the rules apply from there on).
        const bool exporting =
            args.command == QLatin1String("export") && commandPosition < option.position;
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            args.help = true;
        } else if (isExportFlag(name) || isImportFlag(name)) {
            if (isExportFlag(name) != exporting)
                problems.append({option.position, 0, tr("unknown option %1").arg(name)});
            else if (name == QLatin1String("--full"))
                args.full = true;
            else if (name == QLatin1String("--template"))
                args.templateFile = true;
            else if (name == QLatin1String("--zip"))
                args.zip = true;
            else if (name == QLatin1String("--dry-run"))
                args.dryRun = true;
            else if (name == QLatin1String("--update"))
                args.update = true;
            else
                args.addMissingReference = true;
        } else {
            if (isExportValue(name) && !exporting)
                problems.append({option.position, 0, tr("unknown option %1").arg(name)});
            if (name == QLatin1String("--db"))
                args.database = option.value;
            else if (name == QLatin1String("--lang"))
                args.language = option.value;
            else if (name == QLatin1String("--from"))
                args.from = option.value;
            else if (name == QLatin1String("--to"))
                args.to = option.value;
            else if (name == QLatin1String("--table"))
                args.table = option.value;
            else if (name == QLatin1String("--user"))
                args.user = option.value;
            else
                args.output = option.value;
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.position != b.position ? a.position < b.position : a.rank < b.rank;
    });
    if (!problems.isEmpty())
        args.error = problems.constFirst().message;
    if (args.language != QLatin1String("vi") && args.language != QLatin1String("en")) {
        args.language = QStringLiteral("vi");
        if (args.error.isEmpty())
            args.error = tr("--lang must be vi or en");
    }
    return args;
}

ExchangeCommand::ExchangeCommand(ExchangeArguments arguments)
    : m_args(std::move(arguments))
{}

int ExchangeCommand::run()
{
    if (m_args.help) {
        writeTo(stdout, usage());
        return int(ExitCode::Ok);
    }
    if (!m_args.error.isEmpty())
        return usageError(m_args.error);
    return execute();
}

void ExchangeCommand::writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

QString ExchangeCommand::native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<std::unique_ptr<storage::Database>>
ExchangeCommand::openDatabase(storage::Database::Creation creation)
{
    setupLogging(LogMode::Cli);
    const QString path = m_args.database.isEmpty() ? defaultDatabasePath()
                                                   : QFileInfo(m_args.database).absoluteFilePath();
    storage::Database::Options options;
    options.creation = creation;
    if (m_args.command == QLatin1String("export")) { // a reader (Cli.h)
        options.busyTimeoutMs = readerWaitMs;
        options.writeWaitMs = readerWaitMs;
    }
    auto db = storage::Database::open(path, options);
    if (!db) {
        spdlog::info("{}: database not opened ({})",
                     m_args.command.toStdString(),
                     errorCodeName(db.error().code).toStdString());
        failure(messages::openErrorSentence(db.error().code, path));
        return std::nullopt;
    }
    return std::move(db).value();
}

QString ExchangeCommand::usage() const
{
    return tr("Usage:\n"
              "  safereturn export [--db FILE] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD\n"
              "                    [--table receptions|supports|batches] [--full] [--zip] "
              "[-o FILE]\n"
              "  safereturn export --template -o FILE\n"
              "  safereturn import [--db FILE] --user NAME [--dry-run] [--update] "
              "[--add-missing-reference] FILE.csv\n"
              "\n"
              "Exports are de-identified unless --full is given (full exports are audited).\n"
              "--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) "
              "is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.\n"
              "Imports are all-or-nothing; every refused row is listed.\n"
              "The password of --user is read from SAFERETURN_PASSWORD or typed at the "
              "prompt.\n"
              "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.\n");
}

int ExchangeCommand::usageError(const QString &message) const
{
    writeTo(stderr, QStringLiteral("safereturn %1: ").arg(m_args.command) + message + u'\n');
    writeTo(stderr, tr("run \"safereturn %1 --help\" for usage").arg(m_args.command) + u'\n');
    return int(ExitCode::Usage);
}

int ExchangeCommand::failure(const QString &message) const
{
    writeTo(stderr, QStringLiteral("safereturn %1: ").arg(m_args.command) + message + u'\n');
    return int(ExitCode::Failure);
}

} // namespace sr::app
