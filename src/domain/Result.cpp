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

QString errorReasonName(ErrorReason reason)
{
    switch (reason) {
    case ErrorReason::None:
        return QStringLiteral("none");
    case ErrorReason::BadCredentials:
        return QStringLiteral("bad_credentials");
    case ErrorReason::AccountLocked:
        return QStringLiteral("locked");
    case ErrorReason::AccountDisabled:
        return QStringLiteral("disabled");
    case ErrorReason::AccountChangedOutside:
        return QStringLiteral("changed_outside");
    case ErrorReason::InvalidUserName:
        return QStringLiteral("user_name");
    case ErrorReason::PasswordTooShort:
        return QStringLiteral("password_too_short");
    case ErrorReason::PasswordTooLong:
        return QStringLiteral("password_too_long");
    case ErrorReason::PasswordCommon:
        return QStringLiteral("password_common");
    case ErrorReason::PasswordIsUserName:
        return QStringLiteral("password_user_name");
    case ErrorReason::PasswordsDiffer:
        return QStringLiteral("differ");
    case ErrorReason::LastAdministrator:
        return QStringLiteral("last_administrator");
    case ErrorReason::OwnAccount:
        return QStringLiteral("own_account");
    case ErrorReason::IdleMinutes:
        return QStringLiteral("idle_minutes");
    case ErrorReason::RealRecords:
        return QStringLiteral("real_records");
    case ErrorReason::SchemaMismatch:
        return QStringLiteral("schema_mismatch");
    case ErrorReason::NoUsers:
        return QStringLiteral("no_users");
    case ErrorReason::NoAdministrator:
        return QStringLiteral("no_administrator");
    case ErrorReason::AuditChainBroken:
        return QStringLiteral("audit_chain");
    case ErrorReason::ForeignKeys:
        return QStringLiteral("foreign_keys");
    case ErrorReason::FolderMissing:
        return QStringLiteral("folder_missing");
    case ErrorReason::FileMissing:
        return QStringLiteral("file_missing");
    case ErrorReason::AccessDenied:
        return QStringLiteral("access_denied");
    case ErrorReason::ReadOnlyDisk:
        return QStringLiteral("read_only_disk");
    case ErrorReason::IsFolder:
        return QStringLiteral("is_folder");
    case ErrorReason::NameTooLong:
        return QStringLiteral("name_too_long");
    case ErrorReason::DeviceError:
        return QStringLiteral("device_error");
    case ErrorReason::ServerUnreachable:
        return QStringLiteral("server_unreachable");
    case ErrorReason::ServerLogin:
        return QStringLiteral("server_login");
    case ErrorReason::ServerPasswordNeeded:
        return QStringLiteral("server_password_needed");
    case ErrorReason::ServerTls:
        return QStringLiteral("server_tls");
    case ErrorReason::ServerNoSchema:
        return QStringLiteral("server_no_schema");
    case ErrorReason::ServerNoRights:
        return QStringLiteral("server_no_rights");
    case ErrorReason::ServerConnectionLost:
        return QStringLiteral("server_connection_lost");
    case ErrorReason::ServerBackup:
        return QStringLiteral("server_backup");
    case ErrorReason::ServerCommitUnknown:
        return QStringLiteral("server_commit_unknown");
    case ErrorReason::AttachmentEmpty:
        return QStringLiteral("attachment_empty");
    case ErrorReason::AttachmentTooLarge:
        return QStringLiteral("attachment_too_large");
    case ErrorReason::AttachmentOfficeDocument:
        return QStringLiteral("attachment_office_document");
    case ErrorReason::AttachmentOtherImage:
        return QStringLiteral("attachment_other_image");
    case ErrorReason::AttachmentWrongType:
        return QStringLiteral("attachment_wrong_type");
    case ErrorReason::AttachmentPdfTruncated:
        return QStringLiteral("attachment_pdf_truncated");
    case ErrorReason::AttachmentPdfUnreadable:
        return QStringLiteral("attachment_pdf_unreadable");
    case ErrorReason::AttachmentPdfPassword:
        return QStringLiteral("attachment_pdf_password");
    case ErrorReason::AttachmentImageTooBig:
        return QStringLiteral("attachment_image_too_big");
    case ErrorReason::AttachmentImageDamaged:
        return QStringLiteral("attachment_image_damaged");
    case ErrorReason::AttachmentConvertedTooLarge:
        return QStringLiteral("attachment_converted_too_large");
    }
    return QStringLiteral("none");
}

} // namespace sr
