#include "OverviewPage.h"

#include "WorkModels.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/WorkService.h"
#include "ui/EnumLabels.h"
#include "ui/TableViews.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace sr::ui {

namespace {

/** The chart of overdue work names at most this many workers (the table has them all). */
constexpr int chartWorkers = 10;

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChartView *newChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QPushButton *figureButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    // Reads as a link: it shows the cases behind the figure.
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px; "
                                         "color: palette(link); text-decoration: underline; }"));
    return button;
}

/** Fills @a chart with one bar series of @a values over @a categories. */
QBarSet *fillBars(QChart *chart, const QStringList &categories, const QList<qint64> &values)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // Figures as everywhere else in the language of the interface: 2.532, not 2532.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    auto *set = new QBarSet(QString());
    qint64 top = 0;
    for (qint64 value : values) {
        *set << double(value);
        top = std::max(top, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    // The theme paints bar labels white, for labels inside the bars; outside them, on the
    // chart's white background, they would not show: they take the axis labels' colour.
    set->setLabelColor(chart->titleBrush().color());
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Qt shortens a category that is wider than a conservative share of its bar ("Under 1
    // m…", "Over 12 m…" at 1366×768, where the label had room); the names are the figures'
    // meaning. Many workers' names, which would run into each other, are set at a slant.
    x->setTruncateLabels(false);
    if (categories.size() > 5)
        x->setLabelsAngle(-30);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Room above the tallest bar for its label, on round ticks.
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.15);
    y->applyNiceNumbers();
    // With localized numbers Qt Charts takes only a format with a precision ("%.0f").
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return set;
}

} // namespace

OverviewPage::OverviewPage(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_failure = new QLabel(content);
    m_failure->setWordWrap(true);
    m_failure->hide();
    layout->addWidget(m_failure);

    auto *figures = new QHBoxLayout;
    m_openCases = figureButton(QStringLiteral("openCasesButton"), content);
    m_withoutPlan = figureButton(QStringLiteral("withoutPlanButton"), content);
    m_notVerified = figureButton(QStringLiteral("notVerifiedButton"), content);
    m_pending = figureButton(QStringLiteral("pendingButton"), content);
    for (QPushButton *button : {m_openCases, m_withoutPlan, m_notVerified, m_pending})
        figures->addWidget(button);
    figures->addStretch(1);
    layout->addLayout(figures);
    connect(m_openCases, &QPushButton::clicked, this, [this] {
        Q_EMIT showCases(openCasesFilter(std::nullopt, std::nullopt, m_data.today));
    });
    connect(m_withoutPlan, &QPushButton::clicked, this, [this] {
        domain::CaseListFilter filter = openCasesFilter(std::nullopt, std::nullopt, m_data.today);
        filter.withoutPlan = true;
        Q_EMIT showCases(filter);
    });
    connect(m_notVerified, &QPushButton::clicked, this, [this] {
        Q_EMIT showCases(
            openCasesFilter(domain::IdentificationStatus::NotVerified, std::nullopt, m_data.today));
    });
    connect(m_pending, &QPushButton::clicked, this, [this] {
        Q_EMIT showCases(
            openCasesFilter(domain::IdentificationStatus::Pending, std::nullopt, m_data.today));
    });

    auto *charts = new QHBoxLayout;
    m_ageChart = newChart(tr("Open cases by time since the latest reception"));
    m_overdueChart = newChart(tr("Overdue tasks by worker"));
    m_ageView = newChartView(m_ageChart, content);
    m_ageView->setObjectName(QStringLiteral("ageChartView"));
    m_overdueChartView = newChartView(m_overdueChart, content);
    m_overdueChartView->setObjectName(QStringLiteral("overdueChartView"));
    charts->addWidget(m_ageView, 1);
    charts->addWidget(m_overdueChartView, 1);
    layout->addLayout(charts);

    auto *tables = new QGridLayout;
    auto *openLabel = new QLabel(tr("Open cases by identification status and time since the "
                                    "latest reception (Enter: show the cases)"),
                                 content);
    openLabel->setWordWrap(true);
    m_openModel = new OpenCasesModel(this);
    m_openView = new QTableView(content);
    m_openView->setObjectName(QStringLiteral("openCasesView"));
    m_openView->setModel(m_openModel);
    m_openView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_openView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openView->setTabKeyNavigation(false);
    m_openView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_openView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    openLabel->setBuddy(m_openView);
    connect(m_openView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT showCases(m_openModel->filterAt(index));
    });
    auto *overdueLabel =
        new QLabel(tr("Overdue tasks by worker (Enter: show the worker's cases)"), content);
    overdueLabel->setWordWrap(true);
    m_overdueModel = new OverdueByWorkerModel(this);
    m_overdueView = new QTableView(content);
    m_overdueView->setObjectName(QStringLiteral("overdueByWorkerView"));
    m_overdueView->setModel(m_overdueModel);
    TableViews::setUpRecordList(m_overdueView);
    m_overdueView->horizontalHeader()->setStretchLastSection(true);
    TableViews::keepColumnsFitted(m_overdueView);
    overdueLabel->setBuddy(m_overdueView);
    connect(m_overdueView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showWorker(index.row());
    });
    tables->addWidget(openLabel, 0, 0);
    tables->addWidget(m_openView, 1, 0);
    tables->addWidget(overdueLabel, 0, 1);
    tables->addWidget(m_overdueView, 1, 1);
    tables->setColumnStretch(0, 3);
    tables->setColumnStretch(1, 2);
    layout->addLayout(tables);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(&m_context, &services::AppContext::recordsChanged, this, &OverviewPage::recordsChanged);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

void OverviewPage::refreshIfStale()
{
    if (m_stale)
        refresh();
}

void OverviewPage::recordsChanged(domain::ChangeKinds changed)
{
    using domain::ChangeKind;
    if (!(changed & (ChangeKind::Case | ChangeKind::CaseWork | ChangeKind::User)))
        return;
    // Read when seen: a manager on the case list does not pay for the overview's queries.
    m_stale = true;
    if (isVisible())
        refresh();
}

void OverviewPage::refresh()
{
    auto overview = m_context.work().overview(m_context.actor());
    if (!overview) {
        m_failure->setText(messages::ErrorMessages::message(overview.error().code));
        m_failure->show();
        return;
    }
    m_failure->hide();
    m_stale = false;
    m_data = std::move(overview).value();
    const QLocale locale;
    m_title->setText(
        tr("Overview of case work — %1").arg(m_data.today.toString(QStringLiteral("dd/MM/yyyy"))));
    m_openCases->setText(tr("Open cases: %1").arg(locale.toString(m_data.openCases)));
    m_withoutPlan->setText(tr("Without a plan: %1").arg(locale.toString(m_data.withoutPlan)));
    const auto status = [this](domain::IdentificationStatus s) {
        return m_data.openByIdentification.at(std::size_t(s));
    };
    m_notVerified->setText(
        tr("%1: %2").arg(EnumLabels::label(domain::IdentificationStatus::NotVerified),
                         locale.toString(status(domain::IdentificationStatus::NotVerified))));
    m_pending->setText(tr("Identification pending: %1")
                           .arg(locale.toString(status(domain::IdentificationStatus::Pending))));
    m_openModel->setOverview(m_data);
    m_overdueModel->setWorkers(m_data.overdueByWorker, m_data.today);
    fillCharts();
}

void OverviewPage::fillCharts()
{
    QStringList buckets;
    QList<qint64> ages;
    for (int b = 0; b < domain::caseAgeBucketCount; ++b) {
        buckets << WorkLabels::ageBucket(domain::CaseAgeBucket(b));
        ages << m_data.openByAge.at(std::size_t(b));
    }
    QBarSet *ageBars = fillBars(m_ageChart, buckets, ages);
    connect(ageBars, &QBarSet::clicked, this, &OverviewPage::showAgeBucket);

    QStringList workers;
    QList<qint64> overdue;
    const auto shown = std::min<qsizetype>(m_data.overdueByWorker.size(), chartWorkers);
    for (qsizetype i = 0; i < shown; ++i) {
        workers << WorkLabels::worker(m_data.overdueByWorker.at(i));
        overdue << m_data.overdueByWorker.at(i).tasks;
    }
    QBarSet *workerBars = fillBars(m_overdueChart, workers, overdue);
    connect(workerBars, &QBarSet::clicked, this, &OverviewPage::showWorker);
}

void OverviewPage::showAgeBucket(int bucket)
{
    if (bucket < 0 || bucket >= domain::caseAgeBucketCount)
        return;
    Q_EMIT showCases(openCasesFilter(std::nullopt, domain::CaseAgeBucket(bucket), m_data.today));
}

void OverviewPage::showWorker(int row)
{
    if (row < 0 || row >= m_overdueModel->rowCount())
        return;
    Q_EMIT showCases(m_overdueModel->filterAt(row));
}

} // namespace sr::ui
