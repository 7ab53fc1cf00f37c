#include "CommandLine.h"

#include <QCommandLineParser>
#include <QHash>

#include <algorithm>

namespace sr::app {

namespace {

QString bareName(const QString &spelling)
{
    return spelling.startsWith(QLatin1String("--")) ? spelling.mid(2) : spelling.mid(1);
}

const OptionSpec *findSpec(const QList<OptionSpec> &specs, const QString &spelling)
{
    for (const OptionSpec &spec : specs) {
        if (spec.spelling == spelling)
            return &spec;
    }
    return nullptr;
}

/** Where each word and option of a command line is, and what is wrong with its options. */
struct Walk
{
    QList<qsizetype> words;
    QList<qsizetype> options;
    QList<LineProblem> problems;
};

/**
 * QCommandLineParser keeps only its last error and also accepts "-db" or "--o"; the commands
 * have always named the first problem and accepted only the documented spellings ("-o",
 * "--db"), so this walk over the same rules finds the problems and the positions.
 */
Walk walk(const QStringList &arguments, const QList<OptionSpec> &specs)
{
    Walk out;
    bool onlyWords = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyWords || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            out.words.append(i);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyWords = true;
            continue;
        }
        const bool inlineValue = arg.startsWith(QLatin1String("--")) && arg.contains(u'=');
        const QString spelling = inlineValue ? arg.section(u'=', 0, 0) : arg;
        const OptionSpec *spec = findSpec(specs, spelling);
        if (!spec) {
            out.problems.append({LineProblem::Kind::UnknownOption, spelling, i});
            continue;
        }
        out.options.append(i);
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= arguments.size())
                out.problems.append({LineProblem::Kind::MissingValue, spelling, i});
            ++i;
        } else if (!spec->takesValue && inlineValue) {
            out.problems.append({LineProblem::Kind::UnexpectedValue, spelling, i});
        }
    }
    return out;
}

} // namespace

CommandLine
parseCommandLine(const QStringList &given, const QList<OptionSpec> &specs, DoubleDash doubleDash)
{
    CommandLine line;
    // Where "--" is not special, it is taken out before parsing (QCommandLineParser always
    // ends the options there) and reported as an unknown option at its place.
    QStringList arguments;
    QList<qsizetype> doubleDashes;
    for (const QString &arg : given) {
        if (doubleDash == DoubleDash::UnknownOption && arg == QLatin1String("--"))
            doubleDashes.append(arguments.size());
        else
            arguments.append(arg);
    }
    const Walk positions = walk(arguments, specs);
    for (const qsizetype position : doubleDashes)
        line.problems.append({LineProblem::Kind::UnknownOption, QStringLiteral("--"), position});
    for (const LineProblem &problem : positions.problems) {
        // After a "--" at the same place (it came first on the line).
        qsizetype at = line.problems.size();
        while (at > 0 && line.problems.at(at - 1).position > problem.position)
            --at;
        line.problems.insert(at, problem);
    }

    // One QCommandLineOption per spelling: optionNames() then tells which one was typed.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QHash<QString, QString> spellingOf; // bare name → spelling
    for (const OptionSpec &spec : specs) {
        const QString name = bareName(spec.spelling);
        spellingOf.insert(name, spec.spelling);
        parser.addOption(spec.takesValue
                             ? QCommandLineOption(name, QString(), QStringLiteral("value"))
                             : QCommandLineOption(name));
    }
    // The result of parse() is the problem above; the parser's words and values stand.
    (void)parser.parse(QStringList{QStringLiteral("safereturn")} + arguments);
    // Both read the same rules, so the n-th word or option of one is the n-th of the other
    // (they differ only on a line with a problem, which is refused anyway).
    const QStringList words = parser.positionalArguments();
    for (qsizetype n = 0; n < words.size(); ++n)
        line.words.append(Word{words.at(n), positions.words.value(n, arguments.size())});
    QHash<QString, qsizetype> seen;
    for (const QString &name : parser.optionNames()) {
        const QString spelling = spellingOf.value(name);
        if (spelling.isEmpty())
            continue;
        const qsizetype index = seen.value(name);
        seen.insert(name, index + 1);
        line.options.append(
            GivenOption{spelling,
                        parser.values(name).value(index),
                        positions.options.value(line.options.size(), arguments.size())});
    }
    return line;
}

QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")
            || arg == QLatin1String("--user") || arg == QLatin1String("--server")) {
            ++i; // skip the value
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return arg;
    }
    return QString();
}

QDate isoDate(const QString &text)
{
    if (text.size() != 10)
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

QList<OptionSpec> withSharedSpecs(const QList<OptionSpec> &own)
{
    QList<OptionSpec> specs{
        {QStringLiteral("-h"), false},
        {QStringLiteral("--help"), false},
        {QStringLiteral("--db"), true},
        {QStringLiteral("--server"), true},
        {QStringLiteral("--lang"), true},
        {QStringLiteral("--from"), true},
        {QStringLiteral("--to"), true},
        {QStringLiteral("-o"), true},
        {QStringLiteral("--output"), true},
        {QStringLiteral("--user"), true},
    };
    return specs + own;
}

bool takeSharedOption(SharedArguments &args, const GivenOption &option)
{
    const QString &name = option.spelling;
    if (name == QLatin1String("-h") || name == QLatin1String("--help"))
        args.help = true;
    else if (name == QLatin1String("--db"))
        args.database = option.value;
    else if (name == QLatin1String("--server"))
        args.server = option.value;
    else if (name == QLatin1String("--lang"))
        args.language = option.value;
    else if (name == QLatin1String("--from"))
        args.from = option.value;
    else if (name == QLatin1String("--to"))
        args.to = option.value;
    else if (name == QLatin1String("--user"))
        args.user = option.value;
    else if (name == QLatin1String("-o") || name == QLatin1String("--output"))
        args.output = option.value;
    else
        return false;
    return true;
}

void UsageProblems::add(qsizetype position, const QString &message, int rank)
{
    m_problems.append({position, rank, message});
}

void UsageProblems::addLineProblems(const QList<LineProblem> &problems,
                                    const QString &unknownOption,
                                    const QString &missingValue)
{
    for (const LineProblem &problem : problems) {
        if (problem.kind == LineProblem::Kind::UnknownOption)
            add(problem.position,
                unknownOption.arg(problem.spelling),
                problem.spelling == QLatin1String("--") ? -1 : 1);
        else if (problem.kind == LineProblem::Kind::MissingValue)
            add(problem.position, missingValue.arg(problem.spelling), 1);
        // A flag's "=value" has always been ignored ("--help=…" means --help).
    }
}

void UsageProblems::report(SharedArguments &args, const QString &badLanguage) const
{
    QList<Problem> problems = m_problems;
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.position != b.position ? a.position < b.position : a.rank < b.rank;
    });
    if (!problems.isEmpty())
        args.error = problems.constFirst().message;
    if (args.language != QLatin1String("vi") && args.language != QLatin1String("en")) {
        args.language = QStringLiteral("vi");
        if (args.error.isEmpty())
            args.error = badLanguage;
    }
}

} // namespace sr::app
