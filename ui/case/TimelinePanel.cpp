#include "TimelinePanel.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/WorkService.h"
#include "ui/TableViews.h"
#include "ui/work/WorkModels.h"

#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

TimelinePanel::TimelinePanel(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model = new TimelineModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    TableViews::setUpRecordList(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    TableViews::keepColumnsFitted(m_view, 60);
    layout->addWidget(m_view, 1);
    connect(
        &m_context, &services::AppContext::recordsChanged, this, &TimelinePanel::recordsChanged);
}

void TimelinePanel::setPersonId(qint64 personId)
{
    m_personId = personId;
    m_stale = true;
    if (isVisible())
        refresh();
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TimelinePanel::recordsChanged(domain::ChangeKinds changed)
{
    using domain::ChangeKind;
    if (!(changed
          & (ChangeKind::Case | ChangeKind::CaseWork | ChangeKind::Audit | ChangeKind::Hotline)))
        return;
    m_stale = true;
    if (isVisible())
        refresh();
}

void TimelinePanel::refresh()
{
    m_stale = false;
    if (m_personId <= 0) {
        m_model->setEntries({});
        m_note->setText(tr("The timeline starts when the case is saved."));
        return;
    }
    auto entries = m_context.work().timeline(m_context.actor(), m_personId);
    if (!entries) {
        m_model->setEntries({});
        m_note->setText(messages::ErrorMessages::message(entries.error().code));
        return;
    }
    m_note->setText(tr("What happened on this case, newest first. Days are those in Vietnam."));
    m_model->setEntries(std::move(entries).value());
}

} // namespace sr::ui
