#include "SqliteReportSummary.h"

#include "storage/ReportSummaryScript.h"
#include "storage/SqlSupport.h"

#include <QByteArray>

#include <sqlite3.h>

namespace sr::storage::sqlite::reportsummary {

namespace {

const QByteArray &refreshScriptFor(bool withParts)
{
    static const QByteArray parts = storage::reportsummary::script(true);
    static const QByteArray whole = storage::reportsummary::script(false);
    return withParts ? parts : whole;
}

Error sqliteError(sqlite3 *db, const char *context)
{
    // SQLite's messages name tables and constraints, never bound values.
    return Error{ErrorCode::Internal,
                 QStringLiteral("%1: %2").arg(QLatin1String(context),
                                              QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace

namespace {

/** Which notes the schema keeps: none before version 6, parts from version 7. */
enum class Notes { None, Whole, WithParts };

bool prepares(sqlite3 *db, const char *statement)
{
    sqlite3_stmt *prepared = nullptr;
    const bool ok = sqlite3_prepare_v2(db, statement, -1, &prepared, nullptr) == SQLITE_OK;
    sqlite3_finalize(prepared);
    return ok;
}

Notes notesOf(sqlite3 *db)
{
    // No such table: a schema from before that version (a fixture being made, or a database
    // still being migrated: migrations refresh the summaries from version 6 on).
    if (!prepares(db, "SELECT 1 FROM report_dirty"))
        return Notes::None;
    return prepares(db, "SELECT 1 FROM report_dirty_part") ? Notes::WithParts : Notes::Whole;
}

Result<bool> anyNoted(sqlite3 *db, Notes notes)
{
    if (notes == Notes::None)
        return false;
    const char *const query = notes == Notes::WithParts
                                  ? "SELECT EXISTS (SELECT 1 FROM report_dirty) "
                                    "OR EXISTS (SELECT 1 FROM report_dirty_part)"
                                  : "SELECT EXISTS (SELECT 1 FROM report_dirty)";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, query, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(db, "report summary: pending");
    }
    const int rc = sqlite3_step(statement);
    const bool noted = rc == SQLITE_ROW && sqlite3_column_int(statement, 0) != 0;
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        return sqliteError(db, "report summary: pending");
    return noted;
}

} // namespace

const char *refreshScript()
{
    return refreshScriptFor(true).constData();
}

Result<bool> pending(const QSqlDatabase &connection)
{
    sqlite3 *db = sql::handle(connection);
    if (!db)
        return Error{ErrorCode::Internal, QStringLiteral("report summary: no handle")};
    return anyNoted(db, notesOf(db));
}

Result<void> flush(const QSqlDatabase &connection)
{
    sqlite3 *db = sql::handle(connection);
    if (!db)
        return Error{ErrorCode::Internal, QStringLiteral("report summary: no handle")};
    const Notes notes = notesOf(db);
    auto noted = anyNoted(db, notes);
    if (!noted)
        return noted.error();
    if (!*noted)
        return {};
    const QByteArray &script = refreshScriptFor(notes == Notes::WithParts);
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, "report summary: refresh");
    return {};
}

} // namespace sr::storage::sqlite::reportsummary
