#include "ui/hotline/CallTableModel.h"

#include "ui/case/CaseFields.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace sr::ui {

CallTableModel::CallTableModel(services::HotlineService &service,
                               domain::Actor actor,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{}

void CallTableModel::setQuery(const services::CallQuery &query)
{
    m_query = query;
    refresh();
}

void CallTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_caseCodes.clear();
    m_total = 0;
    const Result<qint64> total = m_service.count(m_actor, m_query);
    if (total) {
        m_total = *total;
        Result<QList<domain::HotlineCall>> page = m_service.list(m_actor, m_query, 0, pageSize);
        if (page) {
            m_rows = std::move(page).value();
            readCases(0);
        } else {
            Q_EMIT loadFailed(page.error().code);
        }
    } else {
        Q_EMIT loadFailed(total.error().code);
    }
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void CallTableModel::readCases(qsizetype from)
{
    for (qsizetype i = from; i < m_rows.size(); ++i) {
        const domain::HotlineCall &call = m_rows.at(i);
        if (!call.personId)
            continue;
        if (const Result<services::CallCase> linked = m_service.caseOf(m_actor, call); linked)
            m_caseCodes.insert(call.meta.id, linked->caseCode);
    }
}

domain::HotlineCall CallTableModel::callAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row);
}

int CallTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

QString CallTableModel::actionsText(const QList<domain::CallAction> &actions)
{
    QStringList labels;
    for (const domain::CallAction action : actions)
        labels << label(action);
    return labels.join(QStringLiteral(", "));
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::HotlineCall &c = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == ActionsColumn || column == ReasonColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (c.meta.archived)
            return QColor(Qt::gray);
        if (column == UrgencyColumn && c.isEmergency())
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return CaseFields::formatDate(c.date);
    case TimeColumn:
        return c.time;
    case DurationColumn:
        return tr("%1 min").arg(QLocale().toString(c.durationMinutes));
    case LineColumn:
        return c.line;
    case CallerColumn:
        return label(c.callerType);
    case ReasonColumn:
        return label(c.reason);
    case UrgencyColumn:
        return label(c.urgency);
    case ActionsColumn:
        return actionsText(c.actions);
    case CaseColumn:
        return m_caseCodes.value(c.meta.id);
    default:
        return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case DurationColumn:
        return tr("Duration");
    case LineColumn:
        return tr("Line");
    case CallerColumn:
        return tr("Caller");
    case ReasonColumn:
        return tr("Reason");
    case UrgencyColumn:
        return tr("Urgency");
    case ActionsColumn:
        return tr("Action taken");
    case CaseColumn:
        return tr("Case");
    default:
        return {};
    }
}

bool CallTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void CallTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<domain::HotlineCall>> page =
        m_service.list(m_actor, m_query, int(m_rows.size()), pageSize);
    if (!page) {
        m_total = m_rows.size();
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
    readCases(first);
    endInsertRows();
}

} // namespace sr::ui
