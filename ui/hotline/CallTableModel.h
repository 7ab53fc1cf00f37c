#pragma once

#include "domain/Actor.h"
#include "domain/Hotline.h"
#include "domain/Result.h"
#include "services/HotlineService.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sr::ui {

/**
 * The hotline register's rows: the calls a query selects, newest first, read from the
 * HotlineService in pages of pageSize as the view scrolls. Dates as dd/MM/yyyy; codes by their
 * translated labels (domain/Hotline.h); never the caller's name, phone or the notes.
 */
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TimeColumn,
        DurationColumn,
        LineColumn,
        CallerColumn,
        ReasonColumn,
        UrgencyColumn,
        ActionsColumn,
        CaseColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;

    CallTableModel(services::HotlineService &service,
                   domain::Actor actor,
                   QObject *parent = nullptr);

    void setQuery(const services::CallQuery &query);
    const services::CallQuery &query() const { return m_query; }
    /** Re-reads the count and the first page. */
    void refresh();

    qint64 total() const { return m_total; }
    /** The call of a loaded row (null meta.id when out of range). */
    domain::HotlineCall callAt(int row) const;
    /** Row of the loaded call with @a id, -1 when not loaded. */
    int rowOf(qint64 id) const;

    /** Translated labels of the hotline's codes (domain/Hotline.h, context kHotlineContext). */
    template<typename E>
    static QString label(E value);
    /** "Advised, Referred to the police" */
    static QString actionsText(const QList<domain::CallAction> &actions);

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
    /** The case codes of the loaded rows that became cases. */
    void readCases(qsizetype from);

    services::HotlineService &m_service;
    domain::Actor m_actor;
    services::CallQuery m_query;
    QList<domain::HotlineCall> m_rows;
    QHash<qint64, QString> m_caseCodes; ///< call id → case code
    qint64 m_total = 0;
    bool m_resetting = false;
};

template<typename E>
QString CallTableModel::label(E value)
{
    return QCoreApplication::translate(domain::kHotlineContext, domain::label(value));
}

} // namespace sr::ui
