#include "FileErrors.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace sr {

ErrorReason fileErrorReason(int systemError)
{
    switch (systemError) {
    case ENOENT:
        return ErrorReason::FileMissing;
    case ENOTDIR:
        return ErrorReason::FolderMissing;
    case EACCES:
    case EPERM:
        return ErrorReason::AccessDenied;
    case EROFS:
        return ErrorReason::ReadOnlyDisk;
    case EISDIR:
        return ErrorReason::IsFolder;
    case ENAMETOOLONG:
        return ErrorReason::NameTooLong;
    case EIO:
        return ErrorReason::DeviceError;
    default:
        return ErrorReason::None;
    }
}

namespace {

/** Why access(2) refuses @a mode on @a path, or None. */
ErrorReason accessProblem(const QString &path, int mode)
{
    if (::access(QFile::encodeName(path).constData(), mode) == 0)
        return ErrorReason::None;
    const ErrorReason reason = fileErrorReason(errno);
    return reason == ErrorReason::None ? ErrorReason::AccessDenied : reason;
}

} // namespace

ErrorReason whyNotWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ErrorReason::IsFolder;
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return ErrorReason::FolderMissing;
    if (info.fileName().toUtf8().size() > 255)
        return ErrorReason::NameTooLong;
    // A replaced file is written beside it and renamed (QSaveFile), so the folder must be
    // writable even when the file itself is.
    if (const ErrorReason reason = accessProblem(folder.absoluteFilePath(), W_OK | X_OK);
        reason != ErrorReason::None)
        return reason;
    if (info.exists())
        return accessProblem(info.absoluteFilePath(), W_OK);
    return ErrorReason::None;
}

ErrorReason whyWriteFailed(const QString &path, int systemError)
{
    if (const ErrorReason seen = whyNotWritable(path); seen != ErrorReason::None)
        return seen;
    const ErrorReason reason = fileErrorReason(systemError);
    return reason == ErrorReason::FileMissing ? ErrorReason::None : reason;
}

ErrorReason whyNotReadable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        return folder.isDir() ? ErrorReason::FileMissing : ErrorReason::FolderMissing;
    }
    if (info.isDir())
        return ErrorReason::IsFolder;
    return accessProblem(info.absoluteFilePath(), R_OK);
}

Error fileError(ErrorCode code, const QString &path, ErrorReason reason, QString detail)
{
    return Error{code, std::move(detail), reason, QFileInfo(path).absoluteFilePath()};
}

Error aboutFile(Error error, const QString &path, ErrorReason reason)
{
    if (error.code != ErrorCode::Io && error.code != ErrorCode::DiskFull)
        return error;
    if (error.path.isEmpty())
        error.path = QFileInfo(path).absoluteFilePath();
    if (error.reason == ErrorReason::None)
        error.reason = reason;
    return error;
}

} // namespace sr
