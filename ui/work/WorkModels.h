#pragma once

#include "domain/CaseList.h"
#include "domain/CaseWorkViews.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sr::ui {

/** Labels of the case-work views' codes (translation context sr::ui::WorkLabels). */
class WorkLabels
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::WorkLabels)

public:
    static QString ageBucket(domain::CaseAgeBucket bucket);
    /** What a start page line asks for: a task's title or rule, an approval, an assignment. */
    static QString what(const domain::WorkItem &item);
    /** A timeline line's text. */
    static QString what(const domain::TimelineEntry &entry);
    /** "N overdue · M this week" for the status bar, and "· K to approve" when K > 0. */
    static QString taskCounts(qint64 overdue, qint64 thisWeek, qint64 toApprove = 0);
    /** A worker's name in the overview ("Nobody" for tasks assigned to nobody). */
    static QString worker(const domain::WorkerOverdue &worker);
};

/** One list of the start page: date, case code, name, what to do. Read-only. */
class WorkItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, CaseCodeColumn, NameColumn, WhatColumn, ColumnCount };

    /** @a dateTitle heads the date column ("Due", "Assigned on", "Asked on"). */
    WorkItemModel(QString dateTitle, QObject *parent = nullptr);

    void setItems(QList<domain::WorkItem> items);
    const QList<domain::WorkItem> &items() const { return m_items; }
    const domain::WorkItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_dateTitle;
    QList<domain::WorkItem> m_items;
};

/**
 * The overview's open cases: one row per identification status, one column per age bucket,
 * then the row's total; a last row of totals. Each cell is a case list filter (filterAt()).
 */
class OpenCasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit OpenCasesModel(QObject *parent = nullptr);

    void setOverview(const domain::CaseOverviewData &data);
    /** The case list filter of a cell: open cases, its status (none for totals), its age. */
    domain::CaseListFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    domain::CaseOverviewData m_data;
    bool m_loaded = false;
};

/** The overview's overdue work: worker, overdue tasks, cases. */
class OverdueByWorkerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WorkerColumn, TasksColumn, CasesColumn, ColumnCount };

    explicit OverdueByWorkerModel(QObject *parent = nullptr);
    void setWorkers(QList<domain::WorkerOverdue> workers, const QDate &today);
    const domain::WorkerOverdue &worker(int row) const { return m_workers.at(row); }
    /** The worker's cases with an open task due before today. */
    domain::CaseListFilter filterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::WorkerOverdue> m_workers;
    QDate m_today;
};

/** A case's timeline: when, who, what, newest first. */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);
    void setEntries(QList<domain::TimelineEntry> entries);
    const domain::TimelineEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::TimelineEntry> m_entries;
};

/** Open cases of an age bucket on @a today (the overview's click-through). */
domain::CaseListFilter openCasesFilter(std::optional<domain::IdentificationStatus> status,
                                       std::optional<domain::CaseAgeBucket> bucket,
                                       const QDate &today);

} // namespace sr::ui
