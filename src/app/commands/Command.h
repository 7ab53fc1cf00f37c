#pragma once

#include "Cli.h"
#include "CommandOutput.h"

#include <QString>

#include <cstdio>
#include <utility>

namespace sr::app {

/**
 * One CLI command. The dispatcher (src/app/CliDispatcher.cpp) makes it from the command line,
 * creates the Qt application object, installs the translators of language() and calls run().
 */
class Command
{
public:
    virtual ~Command() = default;

    /** --lang of the command line: "vi", "en", or empty for the default (Vietnamese). */
    virtual QString language() const = 0;
    /** Whether the command needs a QGuiApplication (fonts, images, PDF) instead of a core one. */
    virtual bool needsGui() const { return false; }
    /** Runs the command; returns the process exit code (ExitCode in src/app/Cli.h). */
    virtual int run() = 0;
};

/**
 * A command with a grammar of its own over the shared options of CommandLine.h (report, export,
 * import): it owns its parsed @a Arguments (a SharedArguments), answers --help with its usage and
 * a usage problem found while parsing with exit code 2, and only then runs execute().
 */
template<typename Arguments>
class OwnGrammarCommand : public Command
{
public:
    explicit OwnGrammarCommand(Arguments arguments)
        : m_args(std::move(arguments))
    {}

    QString language() const override { return m_args.language; }

    int run() override
    {
        if (m_args.help) {
            writeTo(stdout, usage());
            return int(ExitCode::Ok);
        }
        if (!m_args.error.isEmpty())
            return usageError(m_args.error);
        return execute();
    }

protected:
    /** The command itself, once the command line is fine. */
    virtual int execute() = 0;
    /** The usage text of --help (translated). */
    virtual QString usage() const = 0;
    /** Writes @a message and where the usage is on stderr; returns ExitCode::Usage. */
    virtual int usageError(const QString &message) const = 0;

    const Arguments &args() const { return m_args; }

private:
    Arguments m_args;
};

} // namespace sr::app
