#include "ui/admin/ReferenceEditor.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "ui/admin/CaseWorkSettingsPage.h"
#include "ui/admin/OrganisationForm.h"
#include "ui/admin/ReferenceListPages.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sr::ui {

ReferenceEditor::ReferenceEditor(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("ReferenceEditor"));
    setWindowTitle(tr("Reference lists"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    layout->addWidget(m_tabs, 1);

    auto *orgPage = new QWidget(m_tabs);
    auto *orgLayout = new QVBoxLayout(orgPage);
    auto *orgHint = new QLabel(tr("Printed at the head of every report."), orgPage);
    orgHint->setWordWrap(true);
    orgLayout->addWidget(orgHint);
    m_organisation = new OrganisationForm(m_context, orgPage);
    orgLayout->addWidget(m_organisation);
    orgLayout->addStretch(1);
    auto *orgButtons = new QHBoxLayout;
    orgButtons->addStretch(1);
    auto *orgSave = new QPushButton(tr("&Save"), orgPage);
    orgSave->setObjectName(QStringLiteral("saveOrganisationButton"));
    orgSave->setEnabled(!m_organisation->isReadOnly());
    connect(orgSave, &QPushButton::clicked, m_organisation, &OrganisationForm::save);
    orgButtons->addWidget(orgSave);
    orgLayout->addLayout(orgButtons);
    m_tabs->addTab(orgPage, tr("&Organisation"));

    // Each list re-reads itself when reference lists are committed (Page).
    auto lists = m_context.references().lists(m_actor);
    const services::ReferenceLists loaded = lists ? *lists : services::ReferenceLists{};
    m_agencies = new AgencyListPage(m_context, loaded, m_tabs);
    m_borderGates = new BorderGateListPage(m_context, loaded, m_tabs);
    m_supportTypes = new SupportTypeListPage(m_context, loaded, m_tabs);
    m_taskRules = new TaskRuleListPage(m_context, loaded, m_tabs);
    m_attachmentTypes = new AttachmentTypeListPage(m_context, loaded, m_tabs);
    const std::pair<ReferenceListPage *, QString> pages[] = {
        {m_agencies, tr("A&gencies")},
        {m_borderGates, tr("&Border gates")},
        {m_supportTypes, tr("S&upport types")},
        {m_taskRules, tr("Rules &for tasks")},
    };
    for (const auto &[page, title] : pages) {
        m_pages.append(page);
        m_tabs->addTab(page, title);
    }
    // The organisation's case-work settings (approvals, record-level access).
    auto *caseWork = new CaseWorkSettingsPage(m_context, m_tabs);
    m_tabs->addTab(caseWork, tr("Case &work"));
    // Last, so that the tabs before it keep their numbers in the Vietnamese titles ("&6. …").
    m_pages.append(m_attachmentTypes);
    m_tabs->addTab(m_attachmentTypes, tr("Attachment t&ypes"));
    // The shelters and their rooms (docs/centre-work.md), after the tabs that were there.
    m_shelters = new ShelterListPage(m_context, loaded, m_tabs);
    m_shelterRooms = new ShelterRoomListPage(m_context, loaded, m_tabs);
    m_pages.append(m_shelters);
    m_tabs->addTab(m_shelters, tr("S&helters"));
    m_pages.append(m_shelterRooms);
    m_tabs->addTab(m_shelterRooms, tr("Shelter roo&ms"));
    if (!lists) {
        auto *error = new QLabel(messages::ErrorMessages::message(lists.error().code), this);
        error->setWordWrap(true);
        layout->addWidget(error);
    }

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &ReferenceEditor::reject);
    layout->addWidget(close);

    // Ctrl+S saves the page in front; Ctrl+N starts a new entry on a list page.
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == 0) {
            m_organisation->save();
        } else if (auto *page = qobject_cast<ReferenceListPage *>(m_tabs->currentWidget())) {
            page->save();
        } else if (auto *settings = qobject_cast<CaseWorkSettingsPage *>(m_tabs->currentWidget())) {
            settings->save();
        }
    });
    addAction(saveAction);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<ReferenceListPage *>(m_tabs->currentWidget()))
            page->newEntry();
    });
    addAction(newAction);
    resize(1000, 560);
}

void ReferenceEditor::reject()
{
    for (ReferenceListPage *page : std::as_const(m_pages)) {
        if (!page->confirmDiscard()) {
            m_tabs->setCurrentWidget(page);
            return;
        }
    }
    QDialog::reject();
}

} // namespace sr::ui
