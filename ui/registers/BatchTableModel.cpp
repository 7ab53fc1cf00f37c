#include "ui/registers/BatchTableModel.h"

#include "ui/case/CaseFields.h"

#include <QColor>
#include <QLocale>

namespace sr::ui {

BatchTableModel::BatchTableModel(services::BatchService &service,
                                 domain::Actor actor,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{}

void BatchTableModel::setNames(QHash<QString, QString> borderGates,
                               QHash<QString, QString> agencies)
{
    m_gateNames = std::move(borderGates);
    m_agencyNames = std::move(agencies);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BorderGateColumn),
                           index(int(m_rows.size()) - 1, ReceivingUnitColumn));
}

void BatchTableModel::setQuery(const services::BatchQuery &query)
{
    m_query = query;
    refresh();
}

void BatchTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    const Result<qint64> total = m_service.count(m_actor, m_query);
    if (total) {
        m_total = *total;
        Result<QList<domain::HandoverBatch>> page = m_service.list(m_actor, m_query, 0, pageSize);
        if (page)
            m_rows = std::move(page).value();
        else
            Q_EMIT loadFailed(page.error().code);
    } else {
        Q_EMIT loadFailed(total.error().code);
    }
    // Listeners of modelReset (views, testers) may ask for more rows at once; the reset is
    // still in flight then, so the next page waits for their next request.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

domain::HandoverBatch BatchTableModel::batchAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row);
}

int BatchTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::HandoverBatch &b = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column >= TotalColumn && column != ClassifiedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ClassifiedColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == DateColumn && !b.notes.isEmpty())
            return b.notes;
        if (column == BorderGateColumn || column == ForeignAgencyColumn
            || column == ReceivingUnitColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::ForegroundRole && b.meta.archived)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return CaseFields::formatDate(b.date);
    case BorderGateColumn:
        return m_gateNames.value(b.borderGateCode, b.borderGateCode);
    case ForeignAgencyColumn:
        return b.foreignAgency;
    case ReceivingUnitColumn:
        return m_agencyNames.value(b.receivingAgencyCode, b.receivingAgencyCode);
    case TotalColumn:
        return locale.toString(b.personsTotal);
    case MaleColumn:
        return locale.toString(b.personsMale);
    case FemaleColumn:
        return locale.toString(b.personsFemale);
    case ChildrenColumn:
        return locale.toString(b.personsChildren);
    case ClassifiedColumn:
        return b.classified ? tr("Yes") : tr("No");
    case VerifiedColumn:
        return locale.toString(b.personsVerified);
    case CasesColumn:
        return locale.toString(b.casesIdentified);
    case VictimsColumn:
        return locale.toString(b.victimsIdentified);
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BorderGateColumn:
        return tr("Border gate");
    case ForeignAgencyColumn:
        return tr("Handing-over agency");
    case ReceivingUnitColumn:
        return tr("Receiving unit");
    case TotalColumn:
        return tr("Persons");
    case MaleColumn:
        return tr("Male");
    case FemaleColumn:
        return tr("Female");
    case ChildrenColumn:
        return tr("Children");
    case ClassifiedColumn:
        return tr("Classified");
    case VerifiedColumn:
        return tr("Verified");
    case CasesColumn:
        return tr("Cases");
    case VictimsColumn:
        return tr("Victims");
    default:
        return {};
    }
}

bool BatchTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void BatchTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<domain::HandoverBatch>> page =
        m_service.list(m_actor, m_query, int(m_rows.size()), pageSize);
    if (!page) {
        m_total = m_rows.size(); // stop asking
        Q_EMIT loadFailed(page.error().code);
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

} // namespace sr::ui
