#pragma once

#include "services/CaseListService.h"

namespace sr::services {
class CaseListCounter;
} // namespace sr::services

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <map>
#include <optional>

namespace sr::ui {

/**
 * The case list as a lazy table model: rowCount() comes from a COUNT query, and rows are
 * fetched from the service in pages of pageSize when the view asks for them, keeping only
 * the most recently used pages. It never loads every row, so it stays quick at a million
 * persons. Sorting and filtering re-query the service (ORDER BY / WHERE in storage).
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseCodeColumn,
        FullNameColumn,
        SexColumn,
        AgeColumn,
        ResidenceColumn,
        LastReceptionColumn,
        AgencyColumn,
        CountryColumn,
        IdentificationColumn,
        CaseStatusColumn,
        ResponsibleColumn, ///< not sortable: a sort by the worker's name would join every row
        ColumnCount
    };

    enum Role {
        PersonIdRole = Qt::UserRole + 1, ///< qint64 id of the person (for the case editor)
        ArchivedRole,                    ///< bool
    };

    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 8;

    explicit CaseListModel(services::CaseListService &service, QObject *parent = nullptr);
    /** As above, counting with @a counter from the start (see setCounter()). */
    CaseListModel(services::CaseListService &service,
                  services::CaseListCounter *counter,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Persons (estimated by the highest id) from which the list counts in the background. */
    static constexpr qint64 backgroundCountFrom = 100000;

    /**
     * Counts on @a counter's thread (not owned) once the database holds backgroundCountFrom
     * persons or more: the list then shows its first page at once, rowCount() is that page
     * until the count arrives (isCountPending()), and the rest of the rows are added then.
     * Smaller databases, or no counter, count before setFilter() returns (a few ms).
     */
    void setCounter(services::CaseListCounter *counter);
    /** Changes the size from which counts run in the background (tests use 0). */
    void setBackgroundCountFrom(qint64 persons) { m_backgroundFrom = persons; }
    /** True while the rows are being counted: rowCount() is a lower bound. */
    bool isCountPending() const { return m_countRequest != 0; }
    /** True when the last filter was counted on the counter's thread (a large database). */
    bool countsInBackground() const { return m_background; }

    const services::CaseListFilter &filter() const { return m_filter; }
    /** Applies @a filter: counts again and drops every cached page (model reset). */
    void setFilter(const services::CaseListFilter &filter);
    /** Re-reads the count and the pages (after data changed elsewhere). */
    void refresh();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** Id of the person shown in @a row, 0 when out of range. */
    qint64 personIdAt(int row) const;

    /** Rows fetched from the service since construction (pages × their sizes); for tests. */
    qint64 fetchedRowCount() const { return m_fetchedRows; }
    /** Pages fetched from the service since construction; for tests. */
    int fetchedPageCount() const { return m_fetchedPages; }

    /** Maps a model column to the storage sort key. */
    static services::CaseListColumn toListColumn(int column);

Q_SIGNALS:
    /** A count or page query failed (the list shows what it could). */
    void loadFailed(sr::ErrorCode code);
    /** rowCount() or isCountPending() changed (a new filter, or a count arrived). */
    void countChanged();

private:
    struct Row
    {
        services::CaseListRow data;
        std::optional<int> age; ///< today, computed once when the page is read
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    const Page &page(int pageNumber) const;
    void reloadCount();
    /** Drops the pages and counts again (in the background on a large database). */
    void reload();
    void countArrived(quint64 request, qint64 count);
    void applyCount(qint64 count);
    void countFailed(quint64 request, ErrorCode code);
    void reportFailure(ErrorCode code) const;
    QVariant displayData(const Row &row, int column) const;

    services::CaseListService &m_service;
    services::CaseListFilter m_filter;
    // English names of agencies and countries by code, filled when the UI is in English
    // (the case list rows carry the Vietnamese names).
    QHash<QString, QString> m_agencyNamesEn;
    QHash<QString, QString> m_countryNamesEn;
    int m_sortColumn = LastReceptionColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_rowCount = 0;
    services::CaseListCounter *m_counter = nullptr;
    qint64 m_backgroundFrom = backgroundCountFrom;
    bool m_background = false;
    quint64 m_countRequest = 0; ///< the counter's request being waited for, 0 for none

    // Page cache: page number -> rows; m_recent lists page numbers, most recent last.
    mutable std::map<int, Page> m_pages;
    mutable QList<int> m_recent;
    mutable qint64 m_fetchedRows = 0;
    mutable int m_fetchedPages = 0;
};

} // namespace sr::ui
