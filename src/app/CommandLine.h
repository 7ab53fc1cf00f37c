#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::app {

/** An option the CLI accepts: one spelling ("-o", "--output") and whether it takes a value. */
struct OptionSpec
{
    QString spelling;
    bool takesValue = false;
};

/** One option as given, in command-line order. */
struct GivenOption
{
    QString spelling;       ///< as in its OptionSpec
    QString value;          ///< empty for a flag
    qsizetype position = 0; ///< index in the arguments
};

/** One argument that is not an option, in command-line order. */
struct Word
{
    QString text;
    qsizetype position = 0; ///< index in the arguments
};

/** Something wrong with an option of a command line. */
struct LineProblem
{
    enum class Kind {
        UnknownOption,   ///< not one of the specs
        MissingValue,    ///< an option that takes a value, last on the line
        UnexpectedValue, ///< "--flag=value"
    };
    Kind kind;
    QString spelling; ///< the option as typed, without an "=value" part
    qsizetype position = 0;
};

/** A command line split into words (the command, its arguments) and options. */
struct CommandLine
{
    QList<Word> words;           ///< arguments that are not options ("--" ends the options)
    QList<GivenOption> options;  ///< in command-line order
    QList<LineProblem> problems; ///< in command-line order; each command words the first
};

/** What "--" means on a command line. */
enum class DoubleDash {
    EndsOptions,   ///< every later argument is a word (the general commands)
    UnknownOption, ///< an unknown option like any other (export, import, report)
};

/**
 * Splits @a arguments (after the program name) with QCommandLineParser against @a specs. A value
 * comes inline ("--db=FILE", long spellings only) or as the next argument; "-" is a word.
 */
CommandLine parseCommandLine(const QStringList &arguments,
                             const QList<OptionSpec> &specs,
                             DoubleDash doubleDash = DoubleDash::EndsOptions);

/**
 * The options report, export and import share (one spelling each, one meaning): -h/--help,
 * --db, --server, --lang, --user, --from, --to and -o/--output.
 */
struct SharedArguments
{
    QString database;
    QString server; ///< --server NAME: a saved connection profile instead of --db
    QString language = QStringLiteral("vi");
    QString from;
    QString to;
    QString output;
    QString user; ///< --user NAME
    bool help = false;
    QString error; ///< translated usage error, empty when fine
};

/**
 * @a text as a date when it is written exactly YYYY-MM-DD (--from, --to); an invalid date
 * otherwise, also for the longer forms that Qt::ISODate alone accepts.
 */
QDate isoDate(const QString &text);

/** The specs of the shared options, followed by @a own. */
QList<OptionSpec> withSharedSpecs(const QList<OptionSpec> &own);

/** Takes @a option into @a args when it is a shared one; false otherwise. */
bool takeSharedOption(SharedArguments &args, const GivenOption &option);

/**
 * The usage problems of a command line. The first in command-line order is the one reported;
 * at one position the lower rank comes first, then the one found first.
 */
class UsageProblems
{
public:
    void add(qsizetype position, const QString &message, int rank = 0);
    /**
     * Adds the problems of parseCommandLine() with their messages, "%1" the option: after an
     * option's own rule at the same place (rank 0), but a "--" before the option after it.
     */
    void addLineProblems(const QList<LineProblem> &problems,
                         const QString &unknownOption,
                         const QString &missingValue);
    /**
     * Sets @a args.error to the first problem; then, when --lang is neither "vi" nor "en", sets
     * it to "vi" and, when there was no problem, the error to @a badLanguage.
     */
    void report(SharedArguments &args, const QString &badLanguage) const;

private:
    struct Problem
    {
        qsizetype position;
        int rank;
        QString message;
    };
    QList<Problem> m_problems;
};

/**
 * The command word: the first argument that is neither an option nor the value of --db,
 * --server, --lang or --user. Empty when there is none (the desktop application).
 */
QString commandWord(const QStringList &arguments);

} // namespace sr::app
