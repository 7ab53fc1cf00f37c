#pragma once

#include "domain/Actor.h"

#include <QDialog>
#include <QList>

class QTabWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class AgencyListPage;
class AttachmentTypeListPage;
class BorderGateListPage;
class OrganisationForm;
class ReferenceListPage;
class ShelterListPage;
class ShelterRoomListPage;
class SupportTypeListPage;
class TaskRuleListPage;

/**
 * The reference lists editor (administrators, Permission::ManageReference): the organisation's
 * details, agencies, border gates and support types with their default amounts. Every change is
 * validated, audited and archived rather than deleted (ReferenceService); windows showing the
 * lists re-read them from the context's notices.
 */
class ReferenceEditor : public QDialog
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the editor. */
    explicit ReferenceEditor(services::AppContext &context, QWidget *parent = nullptr);

    OrganisationForm *organisationForm() const { return m_organisation; }
    AgencyListPage *agencies() const { return m_agencies; }
    BorderGateListPage *borderGates() const { return m_borderGates; }
    SupportTypeListPage *supportTypes() const { return m_supportTypes; }
    TaskRuleListPage *taskRules() const { return m_taskRules; }
    AttachmentTypeListPage *attachmentTypes() const { return m_attachmentTypes; }
    ShelterListPage *shelters() const { return m_shelters; }
    ShelterRoomListPage *shelterRooms() const { return m_shelterRooms; }
    /** The list pages in tab order. */
    const QList<ReferenceListPage *> &listPages() const { return m_pages; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void reject() override;

private:
    services::AppContext &m_context;
    domain::Actor m_actor;
    QTabWidget *m_tabs = nullptr;
    OrganisationForm *m_organisation = nullptr;
    AgencyListPage *m_agencies = nullptr;
    BorderGateListPage *m_borderGates = nullptr;
    SupportTypeListPage *m_supportTypes = nullptr;
    TaskRuleListPage *m_taskRules = nullptr;
    AttachmentTypeListPage *m_attachmentTypes = nullptr;
    ShelterListPage *m_shelters = nullptr;
    ShelterRoomListPage *m_shelterRooms = nullptr;
    QList<ReferenceListPage *> m_pages;
};

} // namespace sr::ui
