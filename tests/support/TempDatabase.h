#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sr::test {

/**
 * A fresh SafeReturn database, removed afterwards: a file in its own temporary directory, or on
 * the server run (TestServer.h) a database of its own on the test server, with the directory
 * still there for the test's other files. Fails the current test when it cannot be created.
 */
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    storage::Database &db() { return *m_db; }
    storage::Database *operator->() { return m_db.get(); }
    /** The database's location: the file's path, or the server database's postgresql:// URL. */
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /** A path inside the temporary directory (the file is not created). */
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /** Closes the connection (so the file can be reopened or inspected). */
    void close() { m_db.reset(); }
    /** Reopens the file after close(). */
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace sr::test
