#include "CaseListModel.h"

#include "EnumLabels.h"
#include "domain/Age.h"
#include "domain/Clock.h"
#include "domain/PartialDate.h"
#include "domain/Person.h"
#include "services/CaseListCounter.h"
#include "services/Permissions.h"

#include <QColor>
#include <QLocale>
#include <QMetaObject>

#include <limits>

namespace sr::ui {

namespace {

std::optional<int> ageToday(const services::CaseListRow &row, const QDate &today)
{
    domain::Person person;
    if (auto birth = domain::PartialDate::fromIsoString(row.birthDate))
        person.birthDate = *birth;
    person.estimatedAgeYears = row.estimatedAgeYears;
    person.estimatedAgeAsOf = row.estimatedAgeAsOf;
    return domain::ageAt(person, today);
}

} // namespace

CaseListModel::CaseListModel(services::CaseListService &service, QObject *parent)
    : CaseListModel(service, nullptr, parent)
{}

CaseListModel::CaseListModel(services::CaseListService &service,
                             services::CaseListCounter *counter,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (QLocale().language() == QLocale::English
        && services::allowed(m_service.actor(), services::Permission::ViewCases)) {
        if (auto choices = m_service.filterChoices()) {
            for (const domain::Agency &agency : choices->agencies) {
                if (!agency.nameEn.isEmpty())
                    m_agencyNamesEn.insert(agency.code, agency.nameEn);
            }
            for (const domain::Country &country : choices->countries) {
                if (!country.nameEn.isEmpty())
                    m_countryNamesEn.insert(country.code, country.nameEn);
            }
        }
    }
    setCounter(counter);
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case CaseCodeColumn:
        return tr("Case code");
    case FullNameColumn:
        return tr("Full name");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case ResidenceColumn:
        return tr("Permanent residence");
    case LastReceptionColumn:
        return tr("Last reception");
    case AgencyColumn:
        return tr("Receiving agency");
    case CountryColumn:
        return tr("Returned from");
    case IdentificationColumn:
        return tr("Identification status");
    case CaseStatusColumn:
        return tr("Case status");
    case ResponsibleColumn:
        return tr("Responsible");
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole && role != PersonIdRole
        && role != ArchivedRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        // Names, residences and agencies can be longer than their column, which elides them.
        if (index.column() == AgencyColumn || index.column() == ResidenceColumn
            || index.column() == FullNameColumn || index.column() == IdentificationColumn
            || index.column() == ResponsibleColumn)
            return displayData(*row, index.column());
        return {};
    case PersonIdRole:
        return row->data.personId;
    case ArchivedRole:
        return row->data.archived;
    case Qt::ForegroundRole:
        // Archived persons (shown only with "show archived") are greyed out.
        if (row->data.archived)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::displayData(const Row &row, int column) const
{
    const services::CaseListRow &r = row.data;
    switch (column) {
    case CaseCodeColumn:
        return r.caseCode;
    case FullNameColumn:
        return r.fullName;
    case SexColumn:
        return EnumLabels::label(r.sex);
    case AgeColumn:
        return row.age ? QVariant(*row.age) : QVariant(QString());
    case ResidenceColumn:
        return r.residence;
    case LastReceptionColumn:
        return r.lastReceptionDate.isValid()
                   ? r.lastReceptionDate.toString(QStringLiteral("dd/MM/yyyy"))
                   : QString();
    case AgencyColumn:
        if (const auto it = m_agencyNamesEn.constFind(r.agencyCode); it != m_agencyNamesEn.cend())
            return *it;
        return r.agencyName.isEmpty() ? r.agencyCode : r.agencyName;
    case CountryColumn:
        if (const auto it = m_countryNamesEn.constFind(r.countryCode);
            it != m_countryNamesEn.cend())
            return *it;
        return r.countryName.isEmpty() ? r.countryCode : r.countryName;
    case IdentificationColumn:
        return r.identificationStatus ? EnumLabels::label(*r.identificationStatus) : QString();
    case CaseStatusColumn:
        return r.caseStatus ? EnumLabels::label(*r.caseStatus) : QString();
    case ResponsibleColumn:
        return r.responsibleName;
    default:
        break;
    }
    return {};
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    // The responsible worker's column is not sortable (its name is joined per page only).
    if (column < 0 || column >= ColumnCount || column == ResponsibleColumn)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

void CaseListModel::setCounter(services::CaseListCounter *counter)
{
    const bool pending = m_countRequest != 0;
    if (m_counter) {
        if (pending)
            m_counter->cancel();
        disconnect(m_counter, nullptr, this, nullptr);
    }
    m_counter = counter;
    m_countRequest = 0;
    if (m_counter) {
        connect(m_counter, &services::CaseListCounter::counted, this, &CaseListModel::countArrived);
        connect(m_counter, &services::CaseListCounter::failed, this, &CaseListModel::countFailed);
    }
    if (pending) // the abandoned count is asked again of the new counter, or counted here
        setFilter(m_filter);
}

void CaseListModel::setFilter(const services::CaseListFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
    Q_EMIT countChanged();
}

void CaseListModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    if (m_countRequest != 0 && m_counter)
        m_counter->cancel(); // frees the other core before this page is read
    m_countRequest = 0;
    m_background = false;
    if (m_counter && services::allowed(m_service.actor(), services::Permission::ViewCases)) {
        const auto size = m_service.sizeEstimate();
        m_background = size && *size >= m_backgroundFrom;
    }
    if (m_background) {
        // Counting a million persons, or every match of a common prefix among them, takes
        // longer than the first page; a page that is not full is the whole answer.
        m_rowCount = int(page(0).size());
        if (m_rowCount == pageSize)
            m_countRequest = m_counter->request(m_filter);
    } else {
        reloadCount();
    }
}

void CaseListModel::countArrived(quint64 request, qint64 count)
{
    if (request != m_countRequest)
        return;
    m_countRequest = 0;
    applyCount(count);
}

void CaseListModel::applyCount(qint64 count)
{
    const int rows = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Records were archived or changed since the first page was read: read again.
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_rowCount = rows;
        endResetModel();
    }
    Q_EMIT countChanged();
}

void CaseListModel::countFailed(quint64 request, ErrorCode)
{
    if (request != m_countRequest)
        return;
    m_countRequest = 0;
    // Count here instead, as without a counter: its failure is reported and shows no rows.
    const auto count = m_service.count(m_filter);
    if (!count)
        reportFailure(count.error().code);
    applyCount(count ? *count : 0);
}

void CaseListModel::refresh()
{
    setFilter(m_filter);
}

qint64 CaseListModel::personIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->data.personId : 0;
}

services::CaseListColumn CaseListModel::toListColumn(int column)
{
    using services::CaseListColumn;
    switch (column) {
    case CaseCodeColumn:
        return CaseListColumn::CaseCode;
    case FullNameColumn:
        return CaseListColumn::FullName;
    case SexColumn:
        return CaseListColumn::Sex;
    case AgeColumn:
        return CaseListColumn::Age;
    case ResidenceColumn:
        return CaseListColumn::Residence;
    case LastReceptionColumn:
        return CaseListColumn::LastReceptionDate;
    case AgencyColumn:
        return CaseListColumn::Agency;
    case CountryColumn:
        return CaseListColumn::Country;
    case IdentificationColumn:
        return CaseListColumn::IdentificationStatus;
    case CaseStatusColumn:
        return CaseListColumn::CaseStatus;
    default:
        break;
    }
    return CaseListColumn::LastReceptionDate;
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page &rows = page(row / pageSize);
    const int offset = row % pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

const CaseListModel::Page &CaseListModel::page(int pageNumber) const
{
    if (auto it = m_pages.find(pageNumber); it != m_pages.end()) {
        if (m_recent.isEmpty() || m_recent.constLast() != pageNumber) {
            m_recent.removeOne(pageNumber);
            m_recent.append(pageNumber);
        }
        return it->second;
    }

    Page rows;
    auto fetched = m_service.fetch(
        m_filter, toListColumn(m_sortColumn), m_sortOrder, qint64(pageNumber) * pageSize, pageSize);
    if (fetched) {
        const QDate today = domain::Clock::instance().today();
        rows.reserve(fetched->size());
        for (services::CaseListRow &row : fetched.value()) {
            const std::optional<int> age = ageToday(row, today);
            rows.append(Row{std::move(row), age});
        }
        ++m_fetchedPages;
        m_fetchedRows += rows.size();
    } else {
        // Keep the empty page so that painting does not retry the failing query forever;
        // refresh() clears it.
        reportFailure(fetched.error().code);
    }

    while (int(m_pages.size()) >= maxCachedPages && !m_recent.isEmpty())
        m_pages.erase(m_recent.takeFirst());
    m_recent.append(pageNumber);
    return m_pages.emplace(pageNumber, std::move(rows)).first->second;
}

void CaseListModel::reloadCount()
{
    if (!services::allowed(m_service.actor(), services::Permission::ViewCases)) {
        m_rowCount = 0; // a role without case access asks nothing (docs/users-and-roles.md)
        return;
    }
    auto count = m_service.count(m_filter);
    if (!count) {
        m_rowCount = 0;
        reportFailure(count.error().code);
        return;
    }
    // A view cannot show more than INT_MAX rows; a case list never gets near that.
    m_rowCount = int(qMin<qint64>(*count, std::numeric_limits<int>::max()));
}

void CaseListModel::reportFailure(ErrorCode code) const
{
    // data() is const and may run while the view paints: tell listeners afterwards.
    auto *self = const_cast<CaseListModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, code] { Q_EMIT self->loadFailed(code); }, Qt::QueuedConnection);
}

} // namespace sr::ui
