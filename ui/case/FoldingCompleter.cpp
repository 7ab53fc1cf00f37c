#include "ui/case/FoldingCompleter.h"

#include "domain/TextFold.h"

#include <QStandardItemModel>

namespace sr::ui {

FoldingCompleter::FoldingCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCompletionRole(FoldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

void FoldingCompleter::setChoices(const QStringList &choices)
{
    m_model->clear();
    for (const QString &choice : choices) {
        auto *item = new QStandardItem(choice);
        item->setData(domain::foldForSearch(choice), FoldedRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    // Folding trims: a trailing space typed between two words is kept, so "ha l" and "ha "
    // narrow the choices as they would without folding.
    QString folded = domain::foldForSearch(path);
    if (!folded.isEmpty() && path.endsWith(QLatin1Char(' ')))
        folded += QLatin1Char(' ');
    return {folded};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace sr::ui
