#pragma once

#include <QList>
#include <QString>

#include <utility>

class QTableView;

namespace sr::ui {

/** The setup shared by the windows that list records in a table. */
namespace TableViews {

/**
 * Rows to pick from: whole rows, one at a time, no editing, Tab leaving the table and no
 * vertical header.
 */
void setUpRowPicker(QTableView *table);

/**
 * A read-only list of records: setUpRowPicker(), alternating colours and fixed row heights (so
 * that the view never measures every row of a lazy model).
 */
void setUpRecordList(QTableView *table);

/**
 * Sets the width of each column in @a samples from its sample text and its header title, never
 * from the rows (that would read every page of a lazy model). Columns not in @a samples get
 * @a fallback's width, or keep theirs when @a fallback is empty.
 */
void sizeColumns(QTableView *table,
                 const QList<std::pair<int, QString>> &samples,
                 const QString &fallback = {});

/**
 * Widens the columns of @a table to what they show whenever its model is reset or gets rows:
 * the header title and the rows in view (QTableView measures only those, so a lazy model is
 * not read further), each column at most @a maxChars average characters wide, the text beyond
 * elided (models give long texts a tooltip). Columns never shrink, and stretched ones are left
 * to the header.
 */
void keepColumnsFitted(QTableView *table, int maxChars = 40);

} // namespace TableViews

} // namespace sr::ui
