#pragma once

#include <QString>

namespace sr::storage {

/**
 * A private folder (mode 0700) for the plain text of an encrypted operation — an encrypted
 * backup's snapshot, a restore's decrypted copy, the CSV of an encrypted ZIP export — which
 * SQLite or libzip needs as a file (docs/security.md, "Encrypted backups").
 *
 * The owner holds an exclusive flock on its "lock" file as long as the folder exists, so
 * removeAbandoned() of another process never takes a folder still in use; the destructor removes
 * everything. A crash (kill -9) leaves the folder to the next removeAbandoned(), which every
 * Database::open() runs. Made beside the database first (the owner-only data folder: same disk,
 * room for a copy), then in the system's temporary folder (a read-only or full database folder);
 * never beside an output, which may be a USB stick. For a database on a server (no folder of its
 * own here), in the temporary folder.
 */
class PrivateFolder
{
public:
    explicit PrivateFolder(const QString &databasePath);
    ~PrivateFolder();
    PrivateFolder(const PrivateFolder &) = delete;
    PrivateFolder &operator=(const PrivateFolder &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString filePath(const QString &name) const { return m_path + u'/' + name; }

    /**
     * Removes the private folders of @a databasePath that a killed process left (their lock is
     * free, or, with no lock file yet, their process is gone), beside the database and in the
     * system's temporary folder.
     */
    static void removeAbandoned(const QString &databasePath);

private:
    QString m_path;
    int m_lock = -1;
};

} // namespace sr::storage
