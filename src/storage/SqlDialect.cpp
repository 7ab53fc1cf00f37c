#include "SqlDialect.h"

#include "ServerLocation.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

namespace sr::storage {

SqlDialect::~SqlDialect() = default;

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    // The one place that knows the engines: a server is named by its connection URL
    // (ServerLocation.h), anything else is an SQLite file.
    if (ServerLocation::isServerLocation(location))
        return std::make_unique<postgres::PostgresDialect>();
    return std::make_unique<sqlite::SqliteDialect>();
}

QString SqlDialect::upsertStatement(const QString &table,
                                    const QStringList &keyColumns,
                                    const QStringList &valueColumns) const
{
    // The same in SQLite (3.24 and later) and PostgreSQL (9.5 and later).
    const QStringList columns = keyColumns + valueColumns;
    QStringList marks;
    QStringList updates;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    for (const QString &column : valueColumns)
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table,
             columns.join(QStringLiteral(", ")),
             marks.join(QStringLiteral(", ")),
             keyColumns.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString SqlDialect::groupConcat(const QString &expression, const QString &separator) const
{
    return QStringLiteral("string_agg(%1, %2)").arg(expression, separator);
}

QString SqlDialect::searchIndexText(const QString &content) const
{
    return content;
}

Result<void> SqlDialect::reportRowWrites(const QSqlDatabase &db)
{
    Q_UNUSED(db)
    return {};
}

bool SqlDialect::connectionLost(const QSqlDatabase &db) const
{
    Q_UNUSED(db) // a file's connection cannot break
    return false;
}

Result<QVariant> SqlDialect::transactionId(const QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return QVariant();
}

Result<bool> SqlDialect::committedAfterLoss(const QSqlDatabase &db, const QVariant &id) const
{
    Q_UNUSED(db)
    Q_UNUSED(id)
    return false;
}

} // namespace sr::storage
