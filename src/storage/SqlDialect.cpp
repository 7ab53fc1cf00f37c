#include "SqlDialect.h"

#include "sqlite/SqliteDialect.h"

namespace sr::storage {

SqlDialect::~SqlDialect() = default;

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    // The one place that knows the engines. Every location is a SQLite file today; a second
    // engine is recognised here by its own form of location (a connection URL).
    Q_UNUSED(location)
    return std::make_unique<sqlite::SqliteDialect>();
}

} // namespace sr::storage
