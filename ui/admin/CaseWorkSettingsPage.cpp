#include "ui/admin/CaseWorkSettingsPage.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "services/ReferenceService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

CaseWorkSettingsPage::CaseWorkSettingsPage(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("caseWorkSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_approvals = new QCheckBox(
        tr("Closing a case and approving a support plan need a &manager's approval"), this);
    m_approvals->setObjectName(QStringLiteral("approvalsRequiredCheckBox"));
    layout->addWidget(m_approvals);
    m_recordAccess =
        new QCheckBox(tr("Social workers see only the cases assigned to them (&record-level "
                         "access)"),
                      this);
    m_recordAccess->setObjectName(QStringLiteral("recordLevelAccessCheckBox"));
    layout->addWidget(m_recordAccess);
    auto *hint = new QLabel(tr("With record-level access on, a social worker lists, finds, opens "
                               "and exports only their own cases; a manager those of the "
                               "workers of their team (Users → Change team) and their own, or "
                               "every case without a team; an administrator every case."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseWorkMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveCaseWorkButton"));
    m_save->setEnabled(!context.isReadOnly()
                       && services::allowed(m_actor, services::Permission::ManageReference));
    connect(m_save, &QPushButton::clicked, this, &CaseWorkSettingsPage::save);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    reload();
}

void CaseWorkSettingsPage::reload()
{
    auto settings = m_context.references().caseWorkSettings();
    if (!settings) {
        m_message->setText(messages::ErrorMessages::message(settings.error()));
        return;
    }
    m_approvals->setChecked(settings->approvalsRequired);
    m_recordAccess->setChecked(settings->recordLevelAccess);
}

bool CaseWorkSettingsPage::save()
{
    domain::CaseWorkSettings settings;
    settings.approvalsRequired = m_approvals->isChecked();
    settings.recordLevelAccess = m_recordAccess->isChecked();
    // A refusal keeps the ticks as the user left them.
    if (auto saved = m_context.references().saveCaseWorkSettings(m_actor, settings); !saved) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(messages::ErrorMessages::message(saved.error()));
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The case-work settings are saved."));
    return true;
}

} // namespace sr::ui
