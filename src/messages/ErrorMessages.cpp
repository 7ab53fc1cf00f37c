// What each ErrorCode says, in the desktop application (ErrorMessages) and on the CLI's stderr
// (errorSentence() and openErrorSentence() of CliMessages.h): one row per code, so that a new
// code gets all its wordings in one place.
#include "ErrorMessages.h"

#include "CliMessages.h"

#include <QDir>

#include <cstddef>
#include <iterator>

namespace sr::messages {

namespace {

/**
 * The wordings of one code. cli is a clause that follows "…: " on the CLI (tr() context
 * "cli_messages"); ui is a whole sentence for the desktop application (context
 * "sr::ui::ErrorMessages"). cliOpen and uiOpen, where a code has them, say why a database file
 * ("%1") could not be opened; without them the general open sentence names the code's wording.
 */
struct ErrorCodeTexts
{
    ErrorCode code;
    const char *cli;
    const char *ui;
    const char *cliOpen = nullptr;
    const char *uiOpen = nullptr;
};

constexpr ErrorCodeTexts errorCodeTexts[] = {
    {.code = ErrorCode::InvalidInput,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the input is not valid"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "Some of the information entered is not valid.")},
    {.code = ErrorCode::NotFound,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "it was not found"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The record was not found. It may have been archived."),
     .cliOpen = QT_TRANSLATE_NOOP("cli_messages", "database file not found: %1"),
     .uiOpen = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "The database \"%1\" does not exist.")},
    {.code = ErrorCode::Conflict,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "someone else changed the same record meanwhile; try again"),
     .ui = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "Someone else changed this record in the meantime. Reload it and try again.")},
    {.code = ErrorCode::Duplicate,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "a record with the same code already exists"),
     .ui =
         QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "A record with the same code already exists.")},
    {.code = ErrorCode::Busy,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the database is busy with another program's change (an import, a "
                              "restore); try again when it has finished"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database is in use by another program. Try again in a moment."),
     .cliOpen =
         QT_TRANSLATE_NOOP("cli_messages", "%1 is locked by another program; try again later"),
     .uiOpen =
         QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                           "The database \"%1\" is locked by another program. Close the other "
                           "SafeReturn window and try again.")},
    {.code = ErrorCode::Io,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the file could not be read or written"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "The file could not be read or written."),
     .cliOpen = QT_TRANSLATE_NOOP("cli_messages", "%1 could not be read or written"),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database \"%1\" could not be read or created. Check that the folder "
         "exists and that you may write to it.")},
    {.code = ErrorCode::DiskFull,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "no space left on the disk; nothing was written"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The disk is full. Free some space and try again."),
     .cliOpen = QT_TRANSLATE_NOOP("cli_messages", "no space left on the disk of %1")},
    {.code = ErrorCode::NotSafeReturnDatabase,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the file is not a SafeReturn database"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "The file is not a SafeReturn database."),
     .cliOpen = QT_TRANSLATE_NOOP("cli_messages",
                                  "%1 is not a SafeReturn database; it was left unchanged"),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The file \"%1\" is not a SafeReturn database. It was not changed.\n\n"
         "Choose a SafeReturn database file, or a new file name to start an empty "
         "database.")},
    {.code = ErrorCode::NewerSchema,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the database was made by a newer version of SafeReturn"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database was made by a newer version of SafeReturn."),
     .cliOpen = QT_TRANSLATE_NOOP(
         "cli_messages",
         "%1 was made by a newer version of SafeReturn; update SafeReturn to open "
         "it"),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database \"%1\" was made by a newer version of SafeReturn. It was not "
         "changed.\n\nInstall the newer version of SafeReturn to open it.")},
    {.code = ErrorCode::Corrupt,
     .cli = QT_TRANSLATE_NOOP(
         "cli_messages",
         "the database file is damaged; it is read-only until it is restored from "
         "a backup (safereturn restore)"),
     .ui = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database file is damaged. It is open read-only from now on, so that the "
         "damage does not spread: restore the latest backup (File → Backup and "
         "restore)."),
     .cliOpen = QT_TRANSLATE_NOOP("cli_messages",
                                  "%1 is damaged (corrupt or truncated); restore it from a backup"),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database \"%1\" is damaged and cannot be opened. It was not changed.\n\n"
         "Restore the latest backup (safereturn restore).")},
    {.code = ErrorCode::ReadOnly,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the database is read-only"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database is open read-only; changes cannot be saved."),
     .cliOpen =
         QT_TRANSLATE_NOOP("cli_messages", "%1 is read-only; this command needs to write to it"),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database \"%1\" is read-only and needs an upgrade to this version of "
         "SafeReturn. Ask for write access to the file, or open a copy.")},
    {.code = ErrorCode::PermissionDenied,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "your role may not do this"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "You are not allowed to do this."),
     .uiOpen = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "The database \"%1\" could not be read or created. Check that the folder "
         "exists and that you may write to it.")},
    {.code = ErrorCode::Cancelled,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "it was cancelled"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "The operation was cancelled.")},
    {.code = ErrorCode::ProtectedFile,
     .cli = QT_TRANSLATE_NOOP(
         "cli_messages",
         "that file is the open database, one of its journal files, a file this "
         "command reads or another SafeReturn database; choose another output file"),
     .ui = QT_TRANSLATE_NOOP(
         "sr::ui::ErrorMessages",
         "This file cannot be written: it is the open database, one of its journal "
         "files, a file being read, or another SafeReturn database. Choose another "
         "file name.")},
    {.code = ErrorCode::Internal,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "an unexpected error occurred; the details are in the log file"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "An unexpected error occurred. Details are in the log file.")},
};

static_assert(std::size(errorCodeTexts) == std::size_t(ErrorCode::Internal) + 1,
              "one row per ErrorCode");
static_assert(std::size(errorCodeTexts) > 0
                  && errorCodeTexts[std::size(errorCodeTexts) - 1].code == ErrorCode::Internal,
              "the last row is the fallback, ErrorCode::Internal");

/** The row of @a code; a value outside the enum gets the wording of ErrorCode::Internal. */
const ErrorCodeTexts &textsOf(ErrorCode code)
{
    for (const ErrorCodeTexts &texts : errorCodeTexts) {
        if (texts.code == code)
            return texts;
    }
    return errorCodeTexts[std::size(errorCodeTexts) - 1];
}

QString cliText(const char *text)
{
    return QCoreApplication::translate("cli_messages", text);
}

} // namespace

QString ErrorMessages::message(ErrorCode code)
{
    return QCoreApplication::translate("sr::ui::ErrorMessages", textsOf(code).ui);
}

QString ErrorMessages::openFailure(ErrorCode code, const QString &fileName)
{
    if (const char *text = textsOf(code).uiOpen)
        return QCoreApplication::translate("sr::ui::ErrorMessages", text).arg(fileName);
    return tr("The database \"%1\" could not be opened.\n\n%2").arg(fileName, message(code));
}

QString errorSentence(ErrorCode code)
{
    return cliText(textsOf(code).cli);
}

QString openErrorSentence(ErrorCode code, const QString &file)
{
    const QString path = QDir::toNativeSeparators(file);
    if (const char *text = textsOf(code).cliOpen)
        return cliText(text).arg(path);
    return QCoreApplication::translate("cli_messages", "%1 could not be opened: %2")
        .arg(path, errorSentence(code));
}

} // namespace sr::messages
