#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace sr::storage::sqlite::reportsummary {

/**
 * Brings the report's facts and monthly summaries (resources/sql/sqlite/0006_report_summary.sql)
 * up to date for every person noted in report_dirty (all their facts) or report_dirty_part (their
 * supports' or follow-ups' facts) by the record triggers, then empties them.
 * The SQLite dialect's refreshReportSummary(): run inside the write transaction, before its
 * COMMIT (Database registers it as a pre-commit step of storage::Transaction; migrations run it
 * from version 6 on), so the summaries always change in the same transaction as the records.
 * Set-based: one statement per table for all the noted persons together. A no-op on a schema
 * older than version 6 or when nothing is noted.
 */
Result<void> flush(const QSqlDatabase &db);

/** The statements flush() runs, separated by ';' (tests check their query plans). */
const char *refreshScript();

/**
 * Whether report_dirty or report_dirty_part (0007_report_dirty_parts.sql) notes persons not yet
 * summarised (false on a schema older than version 6).
 */
Result<bool> pending(const QSqlDatabase &db);

} // namespace sr::storage::sqlite::reportsummary
