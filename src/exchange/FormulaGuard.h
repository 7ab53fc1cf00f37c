#pragma once

#include <QString>
#include <QStringView>

namespace sr::exchange {

/**
 * Guards spreadsheet cells against formula injection (CSV injection).
 *
 * A cell "triggers" when, after any leading BOM (U+FEFF), control characters or spaces, it
 * begins with one of = + - @ | %, or when that leading run contains a tab, CR or LF.
 * Quoting alone does not help: LibreOffice evaluated a quoted "=1+2" (docs/csv-format.md).
 *
 * neutralise() prefixes one apostrophe to a triggering cell and to a cell made of one or
 * more apostrophes followed by a triggering text, so that restore() can remove exactly the
 * apostrophe that was added: restore(neutralise(x)) == x for every x, and a cell that was
 * never neutralised (e.g. "'abc") is read back unchanged.
 */
class FormulaGuard
{
public:
    /** True when @a cell would be evaluated by a spreadsheet (see class comment). */
    static bool triggers(QStringView cell);
    /** True when neutralise() adds an apostrophe to @a cell. */
    static bool needsApostrophe(QStringView cell);
    static QString neutralise(const QString &cell);
    /** Exact inverse of neutralise(). */
    static QString restore(const QString &cell);
};

} // namespace sr::exchange
