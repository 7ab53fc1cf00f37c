#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace sr::storage::reportsummary {

/**
 * Brings the report's facts and monthly summaries (resources/sql/0006_report_summary.sql) up to
 * date for every person noted in report_dirty by the record triggers, then empties it. Called
 * inside the write transaction, before its COMMIT (storage::Transaction::commit, migrations), so
 * the summaries always change in the same transaction as the records. Set-based: one statement
 * per table for all the noted persons together. A no-op on a schema older than version 6 or when
 * nothing is noted.
 */
Result<void> flush(const QSqlDatabase &db);

/** The statements flush() runs, separated by ';' (tests check their query plans). */
const char *refreshScript();

/** Whether report_dirty holds persons not yet summarised (false on an older schema). */
Result<bool> pending(const QSqlDatabase &db);

} // namespace sr::storage::reportsummary
