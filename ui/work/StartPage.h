#pragma once

#include "domain/CaseWorkViews.h"
#include "domain/ChangeKind.h"

#include <QWidget>

#include <array>

class QGroupBox;
class QLabel;
class QTableView;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class WorkItemModel;

/**
 * "Việc của tôi", the worker's start page (docs/case-work.md): the acting user's overdue tasks,
 * those due this week, the cases assigned to them lately and, for managers, the approvals
 * waiting for them. Enter or a double click on a line opens the case at the place the line is
 * about (openCaseRequested()). It re-reads itself after every committed change of cases or
 * case work (AppContext::recordsChanged()) and tells the counts for the status bar.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    enum class List { Overdue, ThisWeek, Assigned, Approvals };
    static constexpr int listCount = 4;

    /** @a context must outlive the page. */
    explicit StartPage(services::AppContext &context, QWidget *parent = nullptr);

    WorkItemModel *model(List list) const { return m_models.at(std::size_t(list)); }
    QTableView *view(List list) const { return m_views.at(std::size_t(list)); }
    /** The text shown instead of @a list's table when it is empty (empty when not shown). */
    QString emptyText(List list) const;
    const domain::StartPageData &data() const { return m_data; }

public Q_SLOTS:
    /** Re-reads the page. */
    void refresh();
    /** Opens the case of line @a row of @a list (what Enter does). */
    void openItem(List list, int row);
    /** Puts the keyboard on the first line of the first list with lines (Enter opens it). */
    void focusFirstList();

Q_SIGNALS:
    /**
     * Open the case of @a personId at @a section, showing reception @a receptionId (0: the
     * latest).
     */
    void openCaseRequested(qint64 personId, qint64 receptionId, domain::CaseSection section);
    /** After each refresh: the acting user's overdue and this week's task counts. */
    void countsChanged(qint64 overdue, qint64 thisWeek, qint64 toApprove);

private:
    void recordsChanged(domain::ChangeKinds changed);
    void fitHeight(List list);

    services::AppContext &m_context;
    domain::StartPageData m_data;
    QLabel *m_title = nullptr;
    QLabel *m_failure = nullptr;
    std::array<QGroupBox *, listCount> m_boxes{};
    std::array<WorkItemModel *, listCount> m_models{};
    std::array<QTableView *, listCount> m_views{};
    std::array<QLabel *, listCount> m_empty{};
};

} // namespace sr::ui
