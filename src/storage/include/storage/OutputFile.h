#pragma once

#include "domain/Result.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace sr::storage {

class Database;

/** What an output file is: a document (CSV, PDF, HTML, JSON, ZIP) or a database backup. */
enum class OutputKind {
    Document, ///< never replaces any SafeReturn database file
    Backup    ///< may replace an earlier backup, never a database that is in use
};

/**
 * Refuses an output path that would destroy data (docs/security.md, "Files a command writes"):
 * the open database, its -wal, -shm or -journal file; a file the same command reads
 * (@a inputs); a SafeReturn database of another instance, or its -wal/-shm/-journal. Files are
 * compared by identity (device and inode), so a second spelling, a symbolic or a hard link of
 * the database is refused as well; a path that does not exist yet is compared by its canonical
 * folder and name. A Backup may replace an earlier backup (a SafeReturn file not in WAL mode
 * with no -wal or -shm beside it), never a live database.
 *
 * Returns ErrorCode::ProtectedFile (detail: which rule) or ErrorCode::InvalidInput for a path
 * that is a folder or not a regular file.
 */
Result<void> checkOutputTarget(const QString &databasePath,
                               const QString &target,
                               const QStringList &inputs = {},
                               OutputKind kind = OutputKind::Document);
Result<void> checkOutputTarget(const Database &db,
                               const QString &target,
                               const QStringList &inputs = {},
                               OutputKind kind = OutputKind::Document);

/**
 * Whether two paths name the same file (device and inode); false when either does not exist.
 */
bool isSameFile(const QString &a, const QString &b);

/**
 * A document written all at once (QSaveFile: a temporary file renamed into place) that is only
 * reported as written once its bytes are on the disk: commit() flushes, checks every write,
 * fsyncs, renames and then compares the size on disk with the bytes written. A full disk or any
 * other write error is an Error and leaves no file at the target (nor a partial one).
 */
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /**
     * Checks the target against @a databasePath and @a inputs (checkOutputTarget), then opens
     * the temporary file, owner-only.
     */
    Result<void> open(const QString &databasePath, const QStringList &inputs = {});

    QIODevice *device() { return &m_file; }
    QString path() const { return m_path; }

    /** The bytes written so far failed somewhere (a full disk, an I/O error). */
    bool hasError() const;
    /**
     * What a failed write means (ErrorCode::DiskFull for a full disk, else Io): for writers
     * such as CsvWriter that only see that their device failed.
     */
    Error writeError() const { return ioError("write"); }

    /** Makes the file durable at its path; returns the size on disk. */
    Result<qint64> commit();
    /** Drops what was written; the target keeps its previous content, if any. */
    void cancel();

private:
    Error ioError(const char *step) const;

    QString m_path;
    QSaveFile m_file;
    bool m_open = false;
};

} // namespace sr::storage
