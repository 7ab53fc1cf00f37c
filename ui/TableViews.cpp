#include "TableViews.h"

#include <QHeaderView>
#include <QTableView>

namespace sr::ui::TableViews {

void setUpRowPicker(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
}

void setUpRecordList(QTableView *table)
{
    setUpRowPicker(table);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
}

void sizeColumns(QTableView *table,
                 const QList<std::pair<int, QString>> &samples,
                 const QString &fallback)
{
    if (!table->model())
        return;
    const QFontMetrics metrics = table->fontMetrics();
    const int columns = table->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        QString sample = fallback;
        bool listed = false;
        for (const auto &[c, text] : samples) {
            if (c == column) {
                sample = text;
                listed = true;
            }
        }
        if (!listed && fallback.isEmpty())
            continue;
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(metrics.horizontalAdvance(sample),
                               metrics.horizontalAdvance(title) + metrics.height());
        table->horizontalHeader()->resizeSection(column, width + metrics.averageCharWidth() * 2);
    }
}

} // namespace sr::ui::TableViews
