#pragma once

#include "storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

namespace sr::test {

/** Rows in @a table, read with plain SQL (tests check outcomes in the database itself). */
inline qint64 countRows(storage::Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery query(db.connection());
    QString statement = QStringLiteral("SELECT count(*) FROM ") + table;
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    if (!query.exec(statement) || !query.next()) {
        ADD_FAILURE() << "count failed on " << table.toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace sr::test
