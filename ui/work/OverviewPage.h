#pragma once

#include "domain/CaseList.h"
#include "domain/CaseWorkViews.h"
#include "domain/ChangeKind.h"

#include <QWidget>

class QBarSet;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;
class QValueAxis;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class OpenCasesModel;
class OverdueByWorkerModel;

/**
 * The manager's overview of case work (docs/case-work.md), for managers and administrators:
 * open cases by identification status and by the age of their latest reception, overdue tasks
 * by worker, open cases without a plan and identification decisions pending, as figures,
 * small bar charts and tables. Every figure, bar and cell clicks through to the case list,
 * filtered (showCases()).
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    /** @a context must outlive the page. */
    explicit OverviewPage(services::AppContext &context, QWidget *parent = nullptr);

    const domain::CaseOverviewData &data() const { return m_data; }
    OpenCasesModel *openCasesModel() const { return m_openModel; }
    OverdueByWorkerModel *overdueModel() const { return m_overdueModel; }
    QTableView *openCasesView() const { return m_openView; }
    QTableView *overdueView() const { return m_overdueView; }
    QPushButton *withoutPlanButton() const { return m_withoutPlan; }
    QPushButton *notVerifiedButton() const { return m_notVerified; }
    QPushButton *pendingButton() const { return m_pending; }
    QChart *ageChart() const { return m_ageChart; }
    QChart *overdueChart() const { return m_overdueChart; }

public Q_SLOTS:
    void refresh();
    /** Re-reads the overview when changes arrived since it was last read (its tab shown). */
    void refreshIfStale();
    /** What a click on bar @a bucket of the age chart does. */
    void showAgeBucket(int bucket);
    /** What a click on the bar of row @a row of the overdue chart does. */
    void showWorker(int row);

Q_SIGNALS:
    /** Show the case list filtered by @a filter. */
    void showCases(const domain::CaseListFilter &filter);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void recordsChanged(domain::ChangeKinds changed);
    void fillCharts();

    services::AppContext &m_context;
    domain::CaseOverviewData m_data;
    bool m_stale = true;
    QLabel *m_title = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_openCases = nullptr;
    QPushButton *m_withoutPlan = nullptr;
    QPushButton *m_notVerified = nullptr;
    QPushButton *m_pending = nullptr;
    QChart *m_ageChart = nullptr;
    QChart *m_overdueChart = nullptr;
    QChartView *m_ageView = nullptr;
    QChartView *m_overdueChartView = nullptr;
    OpenCasesModel *m_openModel = nullptr;
    OverdueByWorkerModel *m_overdueModel = nullptr;
    QTableView *m_openView = nullptr;
    QTableView *m_overdueView = nullptr;
};

} // namespace sr::ui
