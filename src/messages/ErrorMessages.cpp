// What each ErrorCode says, in the desktop application (ErrorMessages) and on the CLI's stderr
// (errorSentence() and openErrorSentence() of CliMessages.h): one row per code, so that a new
// code gets all its wordings in one place.
#include "ErrorMessages.h"

#include "CliMessages.h"

#include <QDir>
#include <QFileInfo>

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

/**
 * Why the system refused a file (domain/FileErrors.h), for both wordings: cli is a clause after
 * "…: " naming the file or folder ("%1"), ui a sentence that follows the one naming the file
 * (FolderMissing's names the folder, "%1").
 */
struct FileReasonTexts
{
    ErrorReason reason;
    const char *cli;
    const char *ui;
};

constexpr FileReasonTexts fileReasonTexts[] = {
    {.reason = ErrorReason::FolderMissing,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the folder %1 does not exist"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The folder \"%1\" does not exist. Choose an existing folder.")},
    {.reason = ErrorReason::FileMissing,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "%1 does not exist"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages", "The file does not exist.")},
    {.reason = ErrorReason::AccessDenied,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "permission denied for %1 (the file or its folder)"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The system does not allow this user to use the file or its folder "
                             "(permission denied). Choose another folder, such as your "
                             "Documents folder.")},
    {.reason = ErrorReason::ReadOnlyDisk,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "%1 is on a read-only disk"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The disk is read-only (a write-protected USB stick or a CD?). "
                             "Choose another disk.")},
    {.reason = ErrorReason::IsFolder,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "%1 is a folder, not a file"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "This is a folder, not a file. Add a file name.")},
    {.reason = ErrorReason::NameTooLong,
     .cli = QT_TRANSLATE_NOOP("cli_messages", "the name %1 is too long for the disk"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The name is too long for the disk. Choose a shorter name.")},
    {.reason = ErrorReason::DeviceError,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the disk of %1 reported a read or write error (input/output "
                              "error)"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The disk reported a read or write error (input/output error). "
                             "Check the disk or USB stick and try again.")},
};

/**
 * Why a database server could not be used (the reasons storage returns from opening a server
 * location and from its writes, docs/server-connecting.md): what happened and what to do. "%1"
 * is the server location (postgresql://USER@HOST:PORT/DB, never a password) where a text names
 * it. cli is a clause after "…: " (context "cli_messages"), ui whole sentences (context
 * "sr::ui::ErrorMessages").
 */
struct ServerReasonTexts
{
    ErrorReason reason;
    const char *cli;
    const char *ui;
};

constexpr ServerReasonTexts serverReasonTexts[] = {
    {.reason = ErrorReason::ServerUnreachable,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the database server does not answer; check the host name and "
                              "port, the network, and that PostgreSQL runs on the server"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database server does not answer. Check the host name and port "
                             "of the connection (Settings → Servers) and the network, and ask the "
                             "administrator whether the server is running.")},
    {.reason = ErrorReason::ServerLogin,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the database server refused the user name or the password; check "
                              "the user of the location and the password (typed at the prompt, "
                              "in ~/.pgpass or in PGPASSWORD)"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database server refused the user name or the password of the "
                             "connection. Type the server password again, or ask the "
                             "administrator to check the server user.")},
    {.reason = ErrorReason::ServerPasswordNeeded,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the database server needs a password: run the command on a "
                              "terminal to be asked for it, or put it in ~/.pgpass (PGPASSFILE) "
                              "or PGPASSWORD; never on the command line"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The database server needs a password. Type the server password in "
                             "the login window.")},
    {.reason = ErrorReason::ServerTls,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "a secure (TLS) connection to the database server could not be "
                              "set up, or its certificate was not accepted; ask the administrator "
                              "to set up TLS on the server (sslmode=disable is only for a server "
                              "on the same machine)"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "A secure (TLS) connection to the database server could not be set "
                             "up, or its certificate was not accepted. Ask the administrator to "
                             "set up TLS on the server. Turning TLS off is only for a server on "
                             "this same computer.")},
    {.reason = ErrorReason::ServerNoSchema,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the server's database has no SafeReturn tables yet; an "
                              "administrator creates them with: safereturn server init --db %1"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The server's database has no SafeReturn tables yet. An "
                             "administrator creates them with: safereturn server init --db %1")},
    {.reason = ErrorReason::ServerNoRights,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the server user of this connection may not do this in the "
                              "database; ask the administrator to grant it SafeReturn's rights"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The server user of this connection may not do this in the "
                             "database. Ask the administrator to grant it SafeReturn's rights.")},
    {.reason = ErrorReason::ServerConnectionLost,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the connection to the database server was lost; nothing "
                              "half-written was kept: check the network and run the command "
                              "again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The connection to the database server was lost, and what was being "
                             "saved was not saved. Check the network and save again.")},
    {.reason = ErrorReason::ServerBackup,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "on a server, backups are made by the server administrator with "
                              "pg_dump; see docs/server.md"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "On a server, backups are made by the server administrator with "
                             "pg_dump; see docs/server.md.")},
    {.reason = ErrorReason::ServerCommitUnknown,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the connection to the database server was lost while the save was "
                              "being confirmed; it may have been saved: look the record up before "
                              "running the command again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The connection to the database server was lost just as the save was "
                             "being confirmed, so SafeReturn cannot tell whether it was saved. "
                             "Look the record up before entering it again.")},
};

/**
 * Why a file was refused as an attachment, by its content (exchange/AttachmentFile.h,
 * docs/attachments.md): what is wrong and what to do. cli is a clause after "…: " (context
 * "cli_messages"), ui whole sentences (context "sr::ui::ErrorMessages"); a sentence naming the
 * file comes first when Error::path is set. The limits written in them (20 MB, 100 megapixels,
 * 30,000 pixels) are those of exchange/AttachmentFile.h; tests/messages/AttachmentMessagesTest.cpp
 * holds them together.
 */
struct AttachmentReasonTexts
{
    ErrorReason reason;
    const char *cli;
    const char *ui;
};

constexpr AttachmentReasonTexts attachmentReasonTexts[] = {
    {.reason = ErrorReason::AttachmentEmpty,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the file is empty (0 bytes); choose the scanned file itself, or "
                              "scan the paper again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The file is empty (0 bytes). Choose the scanned file itself, or scan "
                             "the paper again.")},
    {.reason = ErrorReason::AttachmentTooLarge,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the file is larger than 20 MB; scan at 200 or 300 dpi or in black "
                              "and white, or split the document into several files"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The file is larger than 20 MB. Scan at 200 or 300 dpi or in black "
                             "and white, or split the document into several files.")},
    {.reason = ErrorReason::AttachmentOfficeDocument,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the file is a Word, Excel or other office document; attach a PDF, "
                              "JPEG or PNG scan, or save the document as PDF first"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The file is a Word, Excel or other office document. Attach a PDF, "
                             "JPEG or PNG scan, or save the document as PDF first and attach "
                             "the PDF.")},
    {.reason = ErrorReason::AttachmentOtherImage,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the file is a picture in a format SafeReturn does not keep (GIF, "
                              "BMP, WebP, HEIC…); save it as JPEG or PNG and attach that"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The file is a picture in a format SafeReturn does not keep (GIF, "
                             "BMP, WebP, HEIC…). Save it as JPEG or PNG and attach that.")},
    {.reason = ErrorReason::AttachmentWrongType,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the file is not a PDF, JPEG, PNG or TIFF file, whatever its name "
                              "says; attach a PDF, JPEG or PNG scan"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The file is not a PDF, JPEG, PNG or TIFF file, whatever its name "
                             "says. Attach a PDF, JPEG or PNG scan.")},
    {.reason = ErrorReason::AttachmentPdfTruncated,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the PDF file is incomplete: its end is missing (cut off while "
                              "copying or downloading?); copy or download it again, or scan the "
                              "paper again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The PDF file is incomplete: its end is missing (cut off while "
                             "copying or downloading?). Copy or download it again, or scan the "
                             "paper again.")},
    {.reason = ErrorReason::AttachmentPdfUnreadable,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the PDF file is damaged or has no page and cannot be opened; save "
                              "it again from the program that made it, or scan the paper again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The PDF file is damaged or has no page and cannot be opened. Save "
                             "it again from the program that made it, or scan the paper again.")},
    {.reason = ErrorReason::AttachmentPdfPassword,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the PDF file is protected by a password; save a copy without the "
                              "password and attach that"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The PDF file is protected by a password, so nobody could open it "
                             "later. Save a copy without the password and attach that.")},
    {.reason = ErrorReason::AttachmentImageTooBig,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the picture is too large: over 100 megapixels or a side over "
                              "30,000 pixels; scan at 200 or 300 dpi or make the photo smaller"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The picture is too large: over 100 megapixels or a side over 30,000 "
                             "pixels. Scan at 200 or 300 dpi or make the photo smaller, and "
                             "attach it again.")},
    {.reason = ErrorReason::AttachmentImageDamaged,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the picture is damaged or incomplete (cut off while copying?) and "
                              "cannot be shown whole; copy it again, or scan or photograph the "
                              "paper again"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The picture is damaged or incomplete (cut off while copying?) and "
                             "cannot be shown whole. Copy it again, or scan or photograph the "
                             "paper again.")},
    {.reason = ErrorReason::AttachmentConvertedTooLarge,
     .cli = QT_TRANSLATE_NOOP("cli_messages",
                              "the scanned TIFF file, converted to PDF or PNG to be kept, is "
                              "larger than 20 MB; scan at 200 or 300 dpi or in black and white, "
                              "or split the pages into several files"),
     .ui = QT_TRANSLATE_NOOP("sr::ui::ErrorMessages",
                             "The scanned TIFF file, converted to PDF or PNG to be kept, is "
                             "larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or "
                             "split the pages into several files.")},
};

const AttachmentReasonTexts *attachmentReasonOf(ErrorReason reason)
{
    for (const AttachmentReasonTexts &texts : attachmentReasonTexts) {
        if (texts.reason == reason)
            return &texts;
    }
    return nullptr;
}

const ServerReasonTexts *serverReasonOf(ErrorReason reason)
{
    for (const ServerReasonTexts &texts : serverReasonTexts) {
        if (texts.reason == reason)
            return &texts;
    }
    return nullptr;
}

/** A server text with its location: the error's, else a placeholder the user recognises. */
QString withLocation(QString text, const QString &location)
{
    if (!text.contains(QLatin1String("%1")))
        return text;
    return text.arg(location.isEmpty() ? QStringLiteral("postgresql://USER@HOST/DATABASE")
                                       : location);
}

const FileReasonTexts *fileReasonOf(ErrorReason reason)
{
    for (const FileReasonTexts &texts : fileReasonTexts) {
        if (texts.reason == reason)
            return &texts;
    }
    return nullptr;
}

/** The folder a FolderMissing error names: the one the file would be in. */
QString folderOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

QString ErrorMessages::message(ErrorCode code)
{
    return QCoreApplication::translate("sr::ui::ErrorMessages", textsOf(code).ui);
}

QString ErrorMessages::message(const Error &error)
{
    // Record-level access (services/CaseAccess.h): the case is another worker's.
    if (error.code == ErrorCode::PermissionDenied && error.detail == QLatin1String("case_access"))
        return tr("This case is assigned to another worker, so you cannot open it. Ask your "
                  "manager to assign it to you if you need it.");
    if (const ServerReasonTexts *server = serverReasonOf(error.reason)) {
        return withLocation(QCoreApplication::translate("sr::ui::ErrorMessages", server->ui),
                            error.path);
    }
    if (const AttachmentReasonTexts *attachment = attachmentReasonOf(error.reason)) {
        const QString why = QCoreApplication::translate("sr::ui::ErrorMessages", attachment->ui);
        if (error.path.isEmpty())
            return why;
        return tr("The file \"%1\" was not attached.").arg(QDir::toNativeSeparators(error.path))
               + QLatin1Char(' ') + why;
    }
    if (error.path.isEmpty())
        return message(error.code);
    const QString path = QDir::toNativeSeparators(error.path);
    QString first;
    switch (error.code) {
    case ErrorCode::Io:
        first = tr("The file \"%1\" could not be read or written.").arg(path);
        break;
    case ErrorCode::DiskFull:
        first = tr("The disk that holds \"%1\" is full. Free some space or choose another "
                   "disk, and try again.")
                    .arg(path);
        break;
    default:
        first = message(error.code) + QLatin1Char(' ') + tr("File: \"%1\".").arg(path);
        break;
    }
    const FileReasonTexts *reason = fileReasonOf(error.reason);
    if (!reason)
        return first;
    QString why = QCoreApplication::translate("sr::ui::ErrorMessages", reason->ui);
    if (error.reason == ErrorReason::FolderMissing)
        why = why.arg(folderOf(error.path));
    return first + QLatin1Char(' ') + why;
}

QString ErrorMessages::openFailure(ErrorCode code, const QString &fileName)
{
    if (const char *text = textsOf(code).uiOpen)
        return QCoreApplication::translate("sr::ui::ErrorMessages", text).arg(fileName);
    return tr("The database \"%1\" could not be opened.\n\n%2").arg(fileName, message(code));
}

QString ErrorMessages::openFailure(const Error &error, const QString &location)
{
    if (const ServerReasonTexts *server = serverReasonOf(error.reason)) {
        return tr("The server database %1 could not be opened.\n\n%2")
            .arg(location,
                 withLocation(QCoreApplication::translate("sr::ui::ErrorMessages", server->ui),
                              location));
    }
    return openFailure(error.code, QFileInfo(location).fileName());
}

bool isServerReason(ErrorReason reason)
{
    return serverReasonOf(reason) != nullptr;
}

QString errorSentence(ErrorCode code)
{
    return cliText(textsOf(code).cli);
}

QString errorSentence(const Error &error)
{
    if (const ServerReasonTexts *server = serverReasonOf(error.reason))
        return withLocation(cliText(server->cli), error.path);
    if (const AttachmentReasonTexts *attachment = attachmentReasonOf(error.reason)) {
        if (error.path.isEmpty())
            return cliText(attachment->cli);
        return QCoreApplication::translate("cli_messages", "%1 (%2)")
            .arg(cliText(attachment->cli), QDir::toNativeSeparators(error.path));
    }
    if (error.path.isEmpty())
        return errorSentence(error.code);
    const QString path = QDir::toNativeSeparators(error.path);
    if (const FileReasonTexts *reason = fileReasonOf(error.reason)) {
        return cliText(reason->cli)
            .arg(error.reason == ErrorReason::FolderMissing ? folderOf(error.path) : path);
    }
    if (error.code == ErrorCode::DiskFull) {
        return QCoreApplication::translate("cli_messages",
                                           "no space left on the disk of %1; nothing was written")
            .arg(path);
    }
    return QCoreApplication::translate("cli_messages", "%1 (%2)")
        .arg(errorSentence(error.code), path);
}

QString openErrorSentence(ErrorCode code, const QString &file)
{
    const QString path = QDir::toNativeSeparators(file);
    if (const char *text = textsOf(code).cliOpen)
        return cliText(text).arg(path);
    return QCoreApplication::translate("cli_messages", "%1 could not be opened: %2")
        .arg(path, errorSentence(code));
}

QString openErrorSentence(const Error &error, const QString &location)
{
    if (const ServerReasonTexts *server = serverReasonOf(error.reason)) {
        return QCoreApplication::translate("cli_messages", "%1 could not be opened: %2")
            .arg(location, withLocation(cliText(server->cli), location));
    }
    return openErrorSentence(error.code, location);
}

} // namespace sr::messages
