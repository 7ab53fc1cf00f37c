#include "TableViews.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

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

namespace {

void fitColumns(QTableView *table, int maxChars)
{
    QAbstractItemModel *model = table->model();
    if (!model)
        return;
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int cap = metrics.averageCharWidth() * maxChars;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column)
            || header->sectionResizeMode(column) != QHeaderView::Interactive
            || (header->stretchLastSection() && column == model->columnCount() - 1))
            continue;
        const int wanted = std::min(
            std::max(header->sectionSizeHint(column),
                     static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column)),
            cap);
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

} // namespace

void keepColumnsFitted(QTableView *table, int maxChars)
{
    table->setTextElideMode(Qt::ElideRight);
    auto fit = [table, maxChars] {
        // After the view has laid out the new rows, so that the rows in view are known.
        QTimer::singleShot(0, table, [table, maxChars] { fitColumns(table, maxChars); });
    };
    QAbstractItemModel *model = table->model();
    if (!model)
        return;
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, fit);
    fit();
}

} // namespace sr::ui::TableViews
