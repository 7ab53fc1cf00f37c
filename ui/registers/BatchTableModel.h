#pragma once

#include "domain/Actor.h"
#include "domain/HandoverBatch.h"
#include "domain/Result.h"
#include "services/BatchService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sr::ui {

/**
 * The handover register's rows: batches of a period, newest first, read from the
 * BatchService in pages of pageSize as the view scrolls (canFetchMore/fetchMore). Counts are
 * shown with the UI locale's grouping ("2.532" in Vietnamese); dates as dd/MM/yyyy.
 */
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        BorderGateColumn,
        ForeignAgencyColumn,
        ReceivingUnitColumn,
        TotalColumn,
        MaleColumn,
        FemaleColumn,
        ChildrenColumn,
        ClassifiedColumn,
        VerifiedColumn,
        CasesColumn,
        VictimsColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;

    BatchTableModel(services::BatchService &service,
                    domain::Actor actor,
                    QObject *parent = nullptr);

    /** Names shown for border gate and agency codes (code → name). */
    void setNames(QHash<QString, QString> borderGates, QHash<QString, QString> agencies);

    void setQuery(const services::BatchQuery &query);
    const services::BatchQuery &query() const { return m_query; }
    /** Re-reads the count and the first page. */
    void refresh();

    /** Batches the query selects (all pages, loaded or not). */
    qint64 total() const { return m_total; }
    /** The batch of a loaded row (null meta.id when out of range). */
    domain::HandoverBatch batchAt(int row) const;
    /** Row of the loaded batch with @a id, -1 when not loaded. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(ErrorCode code);

private:
    services::BatchService &m_service;
    domain::Actor m_actor;
    services::BatchQuery m_query;
    QList<domain::HandoverBatch> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    QHash<QString, QString> m_gateNames;
    QHash<QString, QString> m_agencyNames;
};

} // namespace sr::ui
