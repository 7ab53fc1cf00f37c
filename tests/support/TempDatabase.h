#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sr::test {

/**
 * A fresh SafeReturn database in its own temporary directory, removed afterwards.
 * Fails the current test (gtest ASSERT) when it cannot be created.
 */
class TempDatabase
{
public:
    TempDatabase();
    storage::Database &db() { return *m_db; }
    storage::Database *operator->() { return m_db.get(); }
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
