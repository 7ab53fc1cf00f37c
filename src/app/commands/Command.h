#pragma once

#include <QString>

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

} // namespace sr::app
