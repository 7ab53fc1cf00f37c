#include "DatabaseInfo.h"

#include "AppContext.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace sr::services {

DatabaseInfo databaseInfo(const AppContext &context)
{
    DatabaseInfo info;
    storage::Database &db = context.database();
    info.path = context.databasePath();
    info.schemaVersion = db.schemaVersion();
    info.builtSchemaVersion = storage::Database::currentSchemaVersion();
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        info.sqliteVersion = query.value(0).toString();
    return info;
}

} // namespace sr::services
