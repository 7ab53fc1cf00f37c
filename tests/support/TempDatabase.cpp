#include "TempDatabase.h"

#include "TestServer.h"

#include <gtest/gtest.h>

namespace sr::test {

TempDatabase::TempDatabase()
    : m_path(onServer() ? createServerDatabase() : m_dir.filePath(QStringLiteral("test.db")))
{
    if (!m_path.isEmpty())
        reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (onServer())
        dropServerDatabase(m_path);
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = storage::Database::open(m_path);
    if (!opened) {
        ADD_FAILURE() << "cannot open test database: " << opened.error().detail.toStdString();
        return;
    }
    m_db = std::move(opened).value();
}

} // namespace sr::test
