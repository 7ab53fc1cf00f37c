#include "ResponsibleBar.h"

#include "ResponsibleDialog.h"
#include "services/AppContext.h"
#include "services/AssignmentService.h"
#include "services/Permissions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sr::ui {

ResponsibleBar::ResponsibleBar(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("responsibleBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("responsibleLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changeResponsibleButton"));
    m_change->setToolTip(tr("Make another worker responsible for this case"));
    m_change->setVisible(services::allowed(m_actor, services::Permission::AssignCases)
                         && !context.isReadOnly());
    layout->addWidget(m_change);
    connect(m_change, &QPushButton::clicked, this, &ResponsibleBar::change);
    connect(&m_context,
            &services::AppContext::recordsChanged,
            this,
            [this](domain::ChangeKinds changed) {
                if (changed & (domain::ChangeKind::CaseWork | domain::ChangeKind::User))
                    reload();
            });
    hide();
}

void ResponsibleBar::setPersonId(qint64 personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    reload();
}

void ResponsibleBar::reload()
{
    if (m_personId <= 0) {
        hide();
        return;
    }
    auto current = m_context.assignments().responsibleOf(m_actor, m_personId);
    if (!current) {
        hide();
        return;
    }
    m_current = *current ? std::optional<qint64>((*current)->userId) : std::nullopt;
    const QString name = *current ? (*current)->name : tr("nobody (unassigned)");
    m_label->setText(tr("Responsible: %1").arg(name));
    show();
}

void ResponsibleBar::change()
{
    if (m_personId <= 0)
        return;
    ResponsibleDialog dialog(m_context, m_personId, m_current, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(); // also told by recordsChanged(); read now so the label is right at once
}

} // namespace sr::ui
