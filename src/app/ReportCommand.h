#pragma once

#include <QStringList>

namespace sr::app {

/**
 * Whether the command line asks for "report" (the first word that is not a global option
 * --db/--lang or its value).
 */
bool isReportCommand(const QStringList &arguments);

/**
 * safereturn report [--db FILE] [--lang vi|en] --from D --to D [--format pdf|html|json] -o FILE
 *
 * Writes the period summary report. Dates are ISO (YYYY-MM-DD); the format defaults to pdf.
 * Creates its own QGuiApplication on the offscreen platform (fonts and the PDF writer need
 * one; no window is shown). Exit codes: 0 written, 1 runtime failure (database, file), 2 bad usage,
 * bad dates or a period that ends before it starts; messages on stderr in --lang.
 */
int runReportCommand(int &argc, char **argv, const QStringList &arguments);

} // namespace sr::app
