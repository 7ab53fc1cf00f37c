#pragma once

#include <QByteArray>

namespace sr::storage::reportsummary {

/**
 * The upkeep of the period report's summaries (resources/sql/<engine>/0006_report_summary.sql)
 * for the persons noted since the last run, as one script of statements in the SQL both
 * engines speak; each engine's dialect runs it before COMMIT. @a withParts: the schema has
 * report_dirty_part (version 7 and later).
 */
QByteArray script(bool withParts);

} // namespace sr::storage::reportsummary
