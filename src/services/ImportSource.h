#pragma once

#include "ImportRows.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Where an import reads its rows (ImportService.cpp): a CSV file, or one sheet of an .xlsx
// workbook. Both give the import the same thing, rows of cells as text, so the header, the
// parsers of ImportRows.h and the checks and writes of ImportService.cpp are one pipeline for
// both; only the syntax checks and the numbering of the issues differ (docs/spreadsheets.md).

namespace sr::services {

/** One refusal of the file's syntax, before any row is checked. */
using SourceIssueSink = std::function<void(const ImportIssue &issue)>;

class ImportSource
{
public:
    virtual ~ImportSource() = default;

    /**
     * Reads the whole file once: checks its syntax, finds the header and counts the data
     * rows (over ImportOptions::maxRows refuses). False when the file is refused, its issues
     * given to @a addIssue.
     */
    virtual bool scan(const SourceIssueSink &addIssue) = 0;
    /** The data rows the scan counted (blank rows not counted). */
    qint64 dataRows() const { return m_dataRows; }

    /** Called with each row after the header: its own row number and its cells. */
    using EachRow = std::function<Result<void>(qint64 row, const QStringList &cells)>;
    /**
     * Reads the file again: @a onHeader with the header row, which returns the columns it
     * recognised (nothing stops the reading), then @a each with every row after it.
     */
    virtual Result<void> forEachRow(
        const std::function<std::optional<ImportColumns>(qint64 row, const QStringList &cells)>
            &onHeader,
        const EachRow &each) = 0;

    /**
     * The spreadsheet's column letter of the header column @a name ("D"); empty for a CSV file
     * (its issues keep naming the column by its header) or a name not in the header.
     */
    virtual QString columnLetter(const QString &name) const
    {
        Q_UNUSED(name);
        return {};
    }
    /**
     * Whether a row with fewer cells than the header is complete: a spreadsheet stores no
     * empty cell at the end of a row; a CSV row must have the header's count.
     */
    virtual bool shortRowsComplete() const { return false; }
    /** The name of the sheet read (after scan()); empty for a CSV file. */
    virtual QString sheet() const { return {}; }

protected:
    qint64 m_dataRows = 0;
};

/** Whether @a path is an .xlsx workbook: a ZIP signature, or the extension. */
bool isWorkbookFile(const QString &path);

/** The source of @a path: a workbook's sheet (options.sheet, else the first) or a CSV file. */
std::unique_ptr<ImportSource> makeImportSource(const QString &path, const ImportOptions &options);

} // namespace sr::services
