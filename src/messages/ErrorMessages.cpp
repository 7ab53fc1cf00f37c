#include "ErrorMessages.h"

namespace sr::messages {

QString ErrorMessages::message(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return tr("Some of the information entered is not valid.");
    case ErrorCode::NotFound:
        return tr("The record was not found. It may have been archived.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this record in the meantime. Reload it and try again.");
    case ErrorCode::Duplicate:
        return tr("A record with the same code already exists.");
    case ErrorCode::Busy:
        return tr("The database is in use by another program. Try again in a moment.");
    case ErrorCode::Io:
        return tr("The file could not be read or written.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Free some space and try again.");
    case ErrorCode::NotSafeReturnDatabase:
        return tr("The file is not a SafeReturn database.");
    case ErrorCode::NewerSchema:
        return tr("The database was made by a newer version of SafeReturn.");
    case ErrorCode::Corrupt:
        return tr("The database file is damaged. It is open read-only from now on, so that the "
                  "damage does not spread: restore the latest backup (File → Backup and "
                  "restore).");
    case ErrorCode::ReadOnly:
        return tr("The database is open read-only; changes cannot be saved.");
    case ErrorCode::PermissionDenied:
        return tr("You are not allowed to do this.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorCode::ProtectedFile:
        return tr("This file cannot be written: it is the open database, one of its journal "
                  "files, a file being read, or another SafeReturn database. Choose another "
                  "file name.");
    case ErrorCode::Internal:
        return tr("An unexpected error occurred. Details are in the log file.");
    }
    return tr("An unexpected error occurred. Details are in the log file.");
}

QString ErrorMessages::openFailure(ErrorCode code, const QString &fileName)
{
    switch (code) {
    case ErrorCode::NotSafeReturnDatabase:
        return tr("The file \"%1\" is not a SafeReturn database. It was not changed.\n\n"
                  "Choose a SafeReturn database file, or a new file name to start an empty "
                  "database.")
            .arg(fileName);
    case ErrorCode::NewerSchema:
        return tr("The database \"%1\" was made by a newer version of SafeReturn. It was not "
                  "changed.\n\nInstall the newer version of SafeReturn to open it.")
            .arg(fileName);
    case ErrorCode::Corrupt:
        return tr("The database \"%1\" is damaged and cannot be opened. It was not changed.\n\n"
                  "Restore the latest backup (safereturn restore).")
            .arg(fileName);
    case ErrorCode::Busy:
        return tr("The database \"%1\" is locked by another program. Close the other "
                  "SafeReturn window and try again.")
            .arg(fileName);
    case ErrorCode::ReadOnly:
        return tr("The database \"%1\" is read-only and needs an upgrade to this version of "
                  "SafeReturn. Ask for write access to the file, or open a copy.")
            .arg(fileName);
    case ErrorCode::NotFound:
        return tr("The database \"%1\" does not exist.").arg(fileName);
    case ErrorCode::Io:
    case ErrorCode::PermissionDenied:
        return tr("The database \"%1\" could not be read or created. Check that the folder "
                  "exists and that you may write to it.")
            .arg(fileName);
    default:
        break;
    }
    return tr("The database \"%1\" could not be opened.\n\n%2").arg(fileName, message(code));
}

} // namespace sr::messages
