#include "StartPage.h"

#include "WorkModels.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "services/WorkService.h"
#include "ui/TableViews.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

/** At most this many lines show without scrolling the list itself. */
constexpr int visibleRows = 8;

} // namespace

StartPage::StartPage(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // The page scrolls as a whole, so that four lists fit a 1366×768 screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("startPageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_failure = new QLabel(content);
    m_failure->setObjectName(QStringLiteral("startPageFailure"));
    m_failure->setWordWrap(true);
    m_failure->hide();
    layout->addWidget(m_failure);

    const std::array<QString, listCount> names{QStringLiteral("overdue"),
                                               QStringLiteral("thisWeek"),
                                               QStringLiteral("assigned"),
                                               QStringLiteral("approvals")};
    const std::array<QString, listCount> dateTitles{
        tr("Due"), tr("Due"), tr("Assigned on"), tr("Asked on")};
    for (int i = 0; i < listCount; ++i) {
        auto *box = new QGroupBox(content);
        box->setObjectName(names.at(std::size_t(i)) + QStringLiteral("Box"));
        auto *boxLayout = new QVBoxLayout(box);
        auto *model = new WorkItemModel(dateTitles.at(std::size_t(i)), this);
        auto *view = new QTableView(box);
        view->setObjectName(names.at(std::size_t(i)) + QStringLiteral("View"));
        view->setModel(model);
        TableViews::setUpRecordList(view);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        TableViews::keepColumnsFitted(view);
        auto *empty = new QLabel(box);
        empty->setObjectName(names.at(std::size_t(i)) + QStringLiteral("Empty"));
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        boxLayout->addWidget(view);
        boxLayout->addWidget(empty);
        layout->addWidget(box);
        const List list = List(i);
        // Enter (and a double click, by the style) opens the case where the work is.
        connect(view, &QAbstractItemView::activated, this, [this, list](const QModelIndex &index) {
            openItem(list, index.row());
        });
        m_boxes.at(std::size_t(i)) = box;
        m_models.at(std::size_t(i)) = model;
        m_views.at(std::size_t(i)) = view;
        m_empty.at(std::size_t(i)) = empty;
    }
    m_empty.at(std::size_t(List::Overdue))->setText(tr("Nothing is overdue."));
    m_empty.at(std::size_t(List::ThisWeek))
        ->setText(tr("Nothing falls due in the next seven days. Tasks made by hand or by the "
                     "rules (follow-ups after a handover, pending decisions) show here."));
    m_empty.at(std::size_t(List::Assigned))
        ->setText(tr("No case was assigned to you in the last 30 days. Your cases are in the "
                     "case list (Ctrl+2)."));
    m_empty.at(std::size_t(List::Approvals))->setText(tr("No request waits for your approval."));
    m_boxes.at(std::size_t(List::Approvals))
        ->setVisible(services::allowed(context.actor(), services::Permission::ApproveCaseWork));
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(&m_context, &services::AppContext::recordsChanged, this, &StartPage::recordsChanged);
    refresh();
}

QString StartPage::emptyText(List list) const
{
    const QLabel *label = m_empty.at(std::size_t(list));
    return label->isVisibleTo(this) ? label->text() : QString();
}

void StartPage::recordsChanged(domain::ChangeKinds changed)
{
    using domain::ChangeKind;
    if (changed & (ChangeKind::Case | ChangeKind::CaseWork | ChangeKind::User))
        refresh();
}

void StartPage::refresh()
{
    auto page = m_context.work().startPage(m_context.actor());
    if (!page) {
        m_failure->setText(messages::ErrorMessages::message(page.error().code));
        m_failure->show();
        return;
    }
    m_failure->hide();
    m_data = std::move(page).value();
    m_title->setText(tr("My work — %1").arg(m_data.today.toString(QStringLiteral("dd/MM/yyyy"))));
    const std::array<const QList<domain::WorkItem> *, listCount> lists{
        &m_data.overdue, &m_data.dueThisWeek, &m_data.recentlyAssigned, &m_data.awaitingApproval};
    const std::array<qint64, listCount> counts{m_data.overdueCount,
                                               m_data.dueThisWeekCount,
                                               m_data.recentlyAssignedCount,
                                               m_data.awaitingApprovalCount};
    const std::array<QString, listCount> titles{tr("Overdue (%1)"),
                                                tr("Due this week (%1)"),
                                                tr("Recently assigned to me (%1)"),
                                                tr("Waiting for my approval (%1)")};
    for (int i = 0; i < listCount; ++i) {
        const auto at = std::size_t(i);
        m_models.at(at)->setItems(*lists.at(at));
        QString title = titles.at(at).arg(QLocale().toString(counts.at(at)));
        if (counts.at(at) > lists.at(at)->size())
            title += QLatin1Char(' ')
                     + tr("— the first %1 shown").arg(QLocale().toString(lists.at(at)->size()));
        m_boxes.at(at)->setTitle(title);
        const bool empty = lists.at(at)->isEmpty();
        m_views.at(at)->setVisible(!empty);
        m_empty.at(at)->setVisible(empty);
        fitHeight(List(i));
    }
    Q_EMIT countsChanged(
        m_data.overdueCount, m_data.dueThisWeekCount, m_data.awaitingApprovalCount);
}

void StartPage::focusFirstList()
{
    for (QTableView *view : m_views) {
        if (view->isHidden() || view->model()->rowCount() == 0)
            continue;
        if (!view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void StartPage::fitHeight(List list)
{
    QTableView *view = m_views.at(std::size_t(list));
    const int rows = std::min(view->model()->rowCount(), visibleRows);
    const int height = view->horizontalHeader()->sizeHint().height()
                       + std::max(rows, 1) * view->verticalHeader()->defaultSectionSize()
                       + 2 * view->frameWidth() + 2;
    view->setFixedHeight(height);
}

void StartPage::openItem(List list, int row)
{
    const WorkItemModel *model = m_models.at(std::size_t(list));
    if (row < 0 || row >= model->rowCount())
        return;
    const domain::WorkItem &item = model->item(row);
    Q_EMIT openCaseRequested(
        item.personId, item.receptionId.value_or(0), domain::sectionOf(item.kind));
}

} // namespace sr::ui
