#include "Result.h"

namespace sr {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::NotSafeReturnDatabase:
        return QStringLiteral("not_safereturn_database");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer_schema");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::ProtectedFile:
        return QStringLiteral("protected_file");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace sr
