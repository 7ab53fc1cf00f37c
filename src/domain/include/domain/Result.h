#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sr {

/** What went wrong, as a stable code. The UI maps codes to translated messages. */
enum class ErrorCode {
    InvalidInput,          ///< validation failed, bad argument or malformed value
    NotFound,              ///< no record with that id or code
    Conflict,              ///< the record was changed by someone else (version mismatch)
    Duplicate,             ///< a unique value (case code, uuid) already exists
    Busy,                  ///< the database stayed locked longer than the busy timeout
    Io,                    ///< file could not be read or written
    DiskFull,              ///< no space left on the device
    NotSafeReturnDatabase, ///< the file is not a SafeReturn database (or not SQLite at all)
    NewerSchema,           ///< made by a newer SafeReturn; refuse to touch it
    Corrupt,               ///< integrity check failed or the file is damaged
    ReadOnly,              ///< write attempted on a database opened read-only
    PermissionDenied,      ///< the acting user may not do this
    Cancelled,             ///< the user cancelled a long operation
    ProtectedFile,         ///< an output would overwrite the database, its journal or an input
    Internal,              ///< a bug or an unexpected SQL error
};

/**
 * Why, more precisely than the code, when a caller acts on the difference: which message to
 * show, whether to offer another step. Stable; code branches on it, never on Error::detail.
 */
enum class ErrorReason {
    None,                  ///< the code says it all
    BadCredentials,        ///< login: unknown user name or wrong password
    AccountLocked,         ///< login: too many failed attempts, locked for a while
    AccountDisabled,       ///< login: the account is disabled
    AccountChangedOutside, ///< login: role or state edited outside the application
    InvalidUserName,       ///< user name not 2-64 of A-Z a-z 0-9 . _ -
    PasswordTooShort,      ///< fewer than the minimum characters
    PasswordTooLong,       ///< more than the maximum characters
    PasswordCommon,        ///< on the list of common passwords
    PasswordIsUserName,    ///< the password is the user name
    PasswordsDiffer,       ///< the new password and its repetition differ
    LastAdministrator,     ///< would leave no active administrator
    OwnAccount,            ///< an administrator may not disable or demote themself
    IdleMinutes,           ///< session lock minutes out of range
    RealRecords,           ///< demo data refused: the database holds records not made by it
    SchemaMismatch,        ///< restore: the backup's tables, indexes or triggers differ
    NoUsers,               ///< restore: the backup has no accounts, the database has
    NoAdministrator,       ///< restore: the backup has no active administrator
    AuditChainBroken,      ///< restore: the backup's audit hash chain is broken
    ForeignKeys,           ///< restore: a record of the backup refers to a missing one
    // Why the system refused a file (with Error::path; src/domain/include/domain/FileErrors.h)
    FolderMissing, ///< file: its folder does not exist
    FileMissing,   ///< file: the file does not exist
    AccessDenied,  ///< file: the system's permissions do not allow it
    ReadOnlyDisk,  ///< file: the disk or file system is read-only
    IsFolder,      ///< file: the name is a folder, not a file
    NameTooLong,   ///< file: the name is too long for the file system
    DeviceError,   ///< file: the disk reported a read or write error
    // Why a database server could not be used (docs/server.md)
    ServerUnreachable,    ///< server: no answer at that host and port (or a bad host name)
    ServerLogin,          ///< server: user name or password refused
    ServerPasswordNeeded, ///< server: asks for a password and none was given
    ServerTls,            ///< server: the TLS connection could not be made or verified
    ServerNoSchema,       ///< server: the database is empty; `server init` creates the schema
    ServerNoRights,       ///< server: the database role may not do this (e.g. change the schema)
    ServerConnectionLost, ///< server: the connection broke; nothing uncommitted was kept
    ServerBackup,         ///< server: backups and restores are the administrator's pg_dump
    ServerCommitUnknown,  ///< server: lost during COMMIT; the save may or may not be there
    // Why a file was refused as an attachment, by its content (exchange/AttachmentFile.h)
    AttachmentEmpty,             ///< attachment: the file is empty
    AttachmentTooLarge,          ///< attachment: over the size limit
    AttachmentOfficeDocument,    ///< attachment: a Word, Excel, … document, not a scan
    AttachmentOtherImage,        ///< attachment: an image format other than JPEG/PNG/TIFF
    AttachmentWrongType,         ///< attachment: not a PDF, JPEG, PNG or TIFF
    AttachmentPdfTruncated,      ///< attachment: a PDF without its end (cut off)
    AttachmentPdfUnreadable,     ///< attachment: a PDF that does not load, or has no page
    AttachmentPdfPassword,       ///< attachment: a PDF that needs a password to open
    AttachmentImageTooBig,       ///< attachment: image dimensions over the limit (image bomb)
    AttachmentImageDamaged,      ///< attachment: an image that cannot be decoded whole
    AttachmentConvertedTooLarge, ///< attachment: a TIFF whose PNG/PDF is over the size limit
};

/**
 * An error: a code for program logic and the UI, a reason where callers need more than the code,
 * and technical detail for logs only (never branched on). The detail never holds personal data
 * (names, document numbers, addresses, phones). A file error names its file in @c path, for the
 * sentence the user sees (messages::ErrorMessages); the path is never logged, since a file name
 * the user chose may be personal.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    ErrorReason reason = ErrorReason::None;
    QString path{}; ///< the file (or folder) a file error is about; empty for other errors
};

/** A value or an Error. Domain and storage return this instead of throwing. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString detail = {})
{
    return Error{code, std::move(detail)};
}

inline Error makeError(ErrorCode code, ErrorReason reason, QString detail)
{
    return Error{code, std::move(detail), reason};
}

/** Stable code string of an ErrorCode, for logs and JSON. */
QString errorCodeName(ErrorCode code);

/** Stable code string of an ErrorReason ("none", "bad_credentials", …), for logs. */
QString errorReasonName(ErrorReason reason);

} // namespace sr
