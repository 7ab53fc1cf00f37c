#include "TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
{
    reopen();
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
