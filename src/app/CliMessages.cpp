#include "CliMessages.h"

#include <QCoreApplication>
#include <QDir>

namespace sr::app {

namespace {

class CliMessages
{
    Q_DECLARE_TR_FUNCTIONS(cli_messages)

public:
    static QString sentence(ErrorCode code)
    {
        switch (code) {
        case ErrorCode::InvalidInput:
            return tr("the input is not valid");
        case ErrorCode::NotFound:
            return tr("it was not found");
        case ErrorCode::Conflict:
            return tr("someone else changed the same record meanwhile; try again");
        case ErrorCode::Duplicate:
            return tr("a record with the same code already exists");
        case ErrorCode::Busy:
            return tr("the database is busy with another program's change (an import, a "
                      "restore); try again when it has finished");
        case ErrorCode::Io:
            return tr("the file could not be read or written");
        case ErrorCode::DiskFull:
            return tr("no space left on the disk; nothing was written");
        case ErrorCode::NotSafeReturnDatabase:
            return tr("the file is not a SafeReturn database");
        case ErrorCode::NewerSchema:
            return tr("the database was made by a newer version of SafeReturn");
        case ErrorCode::Corrupt:
            return tr("the database file is damaged; it is read-only until it is restored from "
                      "a backup (safereturn restore)");
        case ErrorCode::ReadOnly:
            return tr("the database is read-only");
        case ErrorCode::PermissionDenied:
            return tr("your role may not do this");
        case ErrorCode::Cancelled:
            return tr("it was cancelled");
        case ErrorCode::ProtectedFile:
            return tr("that file is the open database, one of its journal files, a file this "
                      "command reads or another SafeReturn database; choose another output file");
        case ErrorCode::Internal:
            break;
        }
        return tr("an unexpected error occurred; the details are in the log file");
    }

    static QString openFailure(ErrorCode code, const QString &file)
    {
        const QString path = QDir::toNativeSeparators(file);
        switch (code) {
        case ErrorCode::NotFound:
            return tr("database file not found: %1").arg(path);
        case ErrorCode::NotSafeReturnDatabase:
            return tr("%1 is not a SafeReturn database; it was left unchanged").arg(path);
        case ErrorCode::NewerSchema:
            return tr("%1 was made by a newer version of SafeReturn; update SafeReturn to open "
                      "it")
                .arg(path);
        case ErrorCode::Corrupt:
            return tr("%1 is damaged (corrupt or truncated); restore it from a backup").arg(path);
        case ErrorCode::ReadOnly:
            return tr("%1 is read-only; this command needs to write to it").arg(path);
        case ErrorCode::Busy:
            return tr("%1 is locked by another program; try again later").arg(path);
        case ErrorCode::DiskFull:
            return tr("no space left on the disk of %1").arg(path);
        case ErrorCode::Io:
            return tr("%1 could not be read or written").arg(path);
        default:
            break;
        }
        return tr("%1 could not be opened: %2").arg(path, sentence(code));
    }
};

} // namespace

QString errorSentence(ErrorCode code)
{
    return CliMessages::sentence(code);
}

QString openErrorSentence(ErrorCode code, const QString &file)
{
    return CliMessages::openFailure(code, file);
}

} // namespace sr::app
