#include "OutputFile.h"

#include "Database.h"
#include "domain/FileErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace sr::storage {

namespace {

const QStringList &journalSuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool regular = false;
    bool operator==(const FileId &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

std::optional<FileId> fileId(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino, S_ISREG(st.st_mode)};
}

/** The canonical spelling of a path that may not exist yet: canonical folder + file name. */
QString canonicalSpelling(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

/** Same file by identity when both exist, else by canonical spelling. */
bool samePlace(const QString &a, const QString &b)
{
    const auto idA = fileId(a);
    const auto idB = fileId(b);
    if (idA && idB)
        return *idA == *idB;
    if (idA || idB)
        return false;
    return canonicalSpelling(a) == canonicalSpelling(b);
}

struct DatabaseHeader
{
    bool safeReturn = false;
    bool walMode = false;
};

/** Reads the SQLite header of a regular file (never opens a FIFO or a device). */
DatabaseHeader readHeader(const QString &path)
{
    DatabaseHeader header;
    const auto id = fileId(path);
    if (!id || !id->regular)
        return header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3")))
        return header;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    header.safeReturn = qFromBigEndian<quint32>(data + 68) == quint32(Database::applicationId);
    // File format write/read versions 2 mean WAL mode: a live database, never a backup
    // (maintenance::backup writes its copies in rollback-journal mode).
    header.walMode = data[18] == 2 || data[19] == 2;
    return header;
}

Error refused(const QString &target, const char *rule)
{
    return fileError(ErrorCode::ProtectedFile,
                     target,
                     ErrorReason::None,
                     QStringLiteral("output refused: %1").arg(QLatin1String(rule)));
}

} // namespace

bool isSameFile(const QString &a, const QString &b)
{
    const auto idA = fileId(a);
    const auto idB = fileId(b);
    return idA && idB && *idA == *idB;
}

Result<void> checkOutputTarget(const QString &databasePath,
                               const QString &target,
                               const QStringList &inputs,
                               OutputKind kind)
{
    if (target.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("output: no file name")};
    const auto targetId = fileId(target);
    if (QFileInfo(target).isDir())
        return fileError(ErrorCode::InvalidInput,
                         target,
                         ErrorReason::IsFolder,
                         QStringLiteral("output: a folder"));
    if (targetId && !targetId->regular)
        return fileError(ErrorCode::InvalidInput,
                         target,
                         ErrorReason::None,
                         QStringLiteral("output: not a regular file"));

    if (!databasePath.isEmpty()) {
        if (samePlace(target, databasePath))
            return refused(target, "the open database");
        for (const QString &suffix : journalSuffixes()) {
            if (samePlace(target, databasePath + suffix))
                return refused(target, "a journal of the open database");
        }
    }
    for (const QString &input : inputs) {
        if (!input.isEmpty() && samePlace(target, input))
            return refused(target, "a file this command reads");
    }
    // Another SafeReturn database, perhaps open in another running instance.
    const DatabaseHeader header = readHeader(target);
    if (header.safeReturn) {
        if (kind == OutputKind::Document)
            return refused(target, "a SafeReturn database");
        const bool inUse = header.walMode || QFileInfo::exists(target + QStringLiteral("-wal"))
                           || QFileInfo::exists(target + QStringLiteral("-shm"));
        if (inUse)
            return refused(target, "a SafeReturn database in use");
    }
    const QString name = QFileInfo(target).fileName();
    for (const QString &suffix : journalSuffixes()) {
        if (!name.endsWith(suffix))
            continue;
        const QString base = target.left(target.size() - suffix.size());
        if (readHeader(base).safeReturn)
            return refused(target, "a journal of a SafeReturn database");
    }
    return {};
}

Result<void> checkOutputTarget(const Database &db,
                               const QString &target,
                               const QStringList &inputs,
                               OutputKind kind)
{
    return checkOutputTarget(db.path(), target, inputs, kind);
}

// OutputFile --------------------------------------------------------------------------------

OutputFile::OutputFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_file(m_path)
{}

OutputFile::~OutputFile()
{
    if (m_open)
        m_file.cancelWriting();
}

Result<void> OutputFile::open(const QString &databasePath, const QStringList &inputs)
{
    if (auto allowed = checkOutputTarget(databasePath, m_path, inputs); !allowed)
        return allowed;
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError("open");
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_open = true;
    return {};
}

bool OutputFile::hasError() const
{
    return m_file.error() != QFileDevice::NoError;
}

Error OutputFile::ioError(const char *step) const
{
    // The path may hold a name the user chose: log the step and the system's text only. The
    // user's message names the path and why (Error::path and reason, domain/FileErrors.h).
    const QString text = m_file.errorString();
    const bool full = text == QString::fromLocal8Bit(std::strerror(ENOSPC));
    spdlog::error("output: {} failed ({})", step, text.toStdString());
    ErrorReason reason = full ? ErrorReason::None : whyNotWritable(m_path);
    if (!full && reason == ErrorReason::None && qstrcmp(step, "open") != 0)
        reason = ErrorReason::DeviceError;
    return fileError(full ? ErrorCode::DiskFull : ErrorCode::Io,
                     m_path,
                     reason,
                     QStringLiteral("output: %1: %2").arg(QLatin1String(step), text));
}

Result<qint64> OutputFile::commit()
{
    if (!m_open)
        return Error{ErrorCode::Internal, QStringLiteral("output: not open")};
    // QIODevice buffers: a full disk may only show when the buffer is flushed, so flush and
    // look at the error before anything is reported (a 0-byte "written" file otherwise).
    if (!m_file.flush() || hasError()) {
        const Error error = ioError("write");
        cancel();
        return error;
    }
    const qint64 expected = m_file.size();
    if (::fsync(m_file.handle()) != 0) {
        const int saved = errno;
        spdlog::error("output: fsync failed ({})", std::strerror(saved));
        cancel();
        return fileError(
            saved == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
            m_path,
            fileErrorReason(saved),
            QStringLiteral("output: fsync: %1").arg(QString::fromLocal8Bit(std::strerror(saved))));
    }
    m_open = false;
    if (!m_file.commit())
        return ioError("commit");
    // The renamed file must hold every byte; anything else is not a written file.
    const auto written = QFileInfo(m_path).size();
    if (written != expected) {
        QFile::remove(m_path);
        spdlog::error("output: {} bytes on disk, {} written", written, expected);
        return fileError(ErrorCode::Io,
                         m_path,
                         ErrorReason::DeviceError,
                         QStringLiteral("output: size on disk differs"));
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (const int fd = ::open(folder.constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd); // the rename itself; some file systems do not support it on folders
        ::close(fd);
    }
    return written;
}

void OutputFile::cancel()
{
    if (m_open)
        m_file.cancelWriting();
    m_open = false;
}

} // namespace sr::storage
