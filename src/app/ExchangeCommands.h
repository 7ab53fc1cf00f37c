#pragma once

#include <QStringList>

namespace sr::app {

/**
 * Whether the command line asks for "export" or "import" (the first word that is not a
 * global option --db/--lang or its value).
 */
bool isExchangeCommand(const QStringList &arguments);

/**
 * safereturn export [--db FILE] [--lang vi|en] --from D --to D
 *                   [--table receptions|supports|batches] [--full] [-o FILE]
 * safereturn export --template -o FILE
 * safereturn import [--db FILE] [--lang vi|en] [--dry-run] [--update]
 *                   [--add-missing-reference] FILE.csv
 *
 * CSV exchange (issue 5, docs/csv-format.md). Exit codes: 0 done, 1 runtime failure
 * (database, file system), 2 bad usage or bad input; every refused row is listed on stderr as
 * FILE:ROW: column: value: reason (up to 200, then a count).
 */
int runExchangeCommand(int &argc, char **argv, const QStringList &arguments);

} // namespace sr::app
